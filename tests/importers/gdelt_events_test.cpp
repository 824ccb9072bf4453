#include <gtest/gtest.h>

#include "fixture_util.h"

namespace irkg {
namespace {

using test::Collected;
using test::fixture;
using test::skipped;

class GdeltEvents : public ::testing::Test {
 protected:
  void SetUp() override { report = import_gdelt_events(fixture("gdelt2_events.export.CSV"), out.sink()); }
  const Claim& claim_of(const std::string& doc) {
    const ImportedDocument* d = out.find(doc);
    if (!d || d->claims.size() != 1) throw std::runtime_error("no single claim for " + doc);
    return d->claims.front();
  }
  Collected out;
  ImportReport report;
};

TEST_F(GdeltEvents, CountsEveryRowOnceUnderOneOutcome) {
  EXPECT_EQ(report.rows, 14u);
  EXPECT_EQ(report.claims, 7u);
  EXPECT_EQ(report.documents, 7u);
  EXPECT_EQ(out.docs.size(), 7u);
  EXPECT_EQ(report.claims + report.skipped_total(), report.rows);
  EXPECT_EQ(skipped(report, SkipReason::BadColumns), 1u);
  EXPECT_EQ(skipped(report, SkipReason::BadDate), 1u);       // 2019-02-31
  EXPECT_EQ(skipped(report, SkipReason::BadEventCode), 1u);  // 999
  EXPECT_EQ(skipped(report, SkipReason::MissingActor), 2u);  // empty actor, senator without country
  EXPECT_EQ(skipped(report, SkipReason::UnmappedActor), 1u); // "AFR" is a region
  EXPECT_EQ(skipped(report, SkipReason::SameActor), 1u);     // US government vs US police
  EXPECT_EQ(report.repaired_codes, 1u);
  EXPECT_EQ(report.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt2Events)], 13u);
  EXPECT_EQ(report.variant_summary(), "GDELT 2.0 events (61 columns)");
}

TEST_F(GdeltEvents, MapsAStateToStateRow) {
  const Claim& c = claim_of("gdelt2:880100001");
  EXPECT_EQ(c.subject, (Actor{"USA", "United States", "USA", "state"}));
  EXPECT_EQ(c.object, (Actor{"CHN", "China", "CHN", "state"}));
  EXPECT_EQ(c.relation, "visit");
  EXPECT_EQ(c.category, "CONSULT");
  EXPECT_EQ(c.cameo, "042");
  EXPECT_EQ(c.polarity, 1);
  EXPECT_DOUBLE_EQ(c.weight, 1.9);
  EXPECT_EQ(c.date, "2019-10-24");
  EXPECT_EQ(c.date_source, "text");
  EXPECT_EQ(c.source, "gdelt");
  EXPECT_EQ(c.outlet, "reuters.com");
  EXPECT_EQ(c.url, "https://www.reuters.com/article/us-usa-china-talks/us-envoy-visits-beijing-idUSKBN1X3");
  EXPECT_EQ(c.evidence.text, c.url);
  EXPECT_EQ(c.id, compute_claim_id(c));
  const ImportedDocument* d = out.find("gdelt2:880100001");
  EXPECT_EQ(d->published, "2019-10-24");  // from DATEADDED 20191024143000
  EXPECT_EQ(d->outlet, "reuters.com");
  EXPECT_EQ(d->source, "gdelt");
  EXPECT_EQ(d->content_hash.size(), 32u);
}

TEST_F(GdeltEvents, ConflictRowsArePolarisedByQuadClass) {
  const Claim& c = claim_of("gdelt2:880100002");
  EXPECT_EQ(c.subject.id, "RUS");
  EXPECT_EQ(c.object.id, "UKR");
  EXPECT_EQ(c.polarity, -1);
  EXPECT_EQ(c.category, "FIGHT");
  EXPECT_DOUBLE_EQ(c.weight, -10.0);
  EXPECT_EQ(c.outlet, "kyivpost.com");  // lower-cased, port and www. removed
}

TEST_F(GdeltEvents, OrganisationsComeFromTheIgoActorCode) {
  const Claim& eu = claim_of("gdelt2:880100003");
  EXPECT_EQ(eu.subject, (Actor{"EU", "European Union", "EU", "igo"}));
  EXPECT_EQ(eu.object.id, "TUR");
  EXPECT_EQ(eu.category, "DISAPPROVE");
  EXPECT_EQ(claim_of("gdelt2:880100011").subject.id, "NATO");
  // IGOUNODEVWBK: the most specific known group (World Bank), not the UN family around it.
  const Claim& wb = claim_of("gdelt2:880100012");
  EXPECT_EQ(wb.subject.id, "WB");
  EXPECT_EQ(wb.object.id, "ROU");  // CAMEO ROM
}

TEST_F(GdeltEvents, ZeroPaddingDecidesTheEventCode) {
  // "43" with root "4": a code that lost its zero in a spreadsheet, repaired to 043.
  const Claim& hosted = claim_of("gdelt2:880100006");
  EXPECT_EQ(hosted.cameo, "043");
  EXPECT_EQ(hosted.relation, "host_visit");
  // "10" with root "10" is the DEMAND root code, not a stripped "010".
  const Claim& demand = claim_of("gdelt2:880100007");
  EXPECT_EQ(demand.cameo, "10");
  EXPECT_EQ(demand.relation, "demand");
  EXPECT_EQ(demand.polarity, -1);
}

TEST_F(GdeltEvents, InvalidUtf8InAUrlIsReplacedNotPassedOn) {
  const Claim& c = claim_of("gdelt2:880100012");
  EXPECT_NE(c.url.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(c.url.find('\xff'), std::string::npos);
  EXPECT_EQ(c.outlet, "romania-insider.com");
}

TEST_F(GdeltEvents, SkippedRowsProduceNoDocuments) {
  for (const char* id : {"gdelt2:880100004", "gdelt2:880100005", "gdelt2:880100008", "gdelt2:880100009",
                         "gdelt2:880100010", "gdelt2:880100013"})
    EXPECT_EQ(out.find(id), nullptr) << id;
}

TEST(GdeltEventsFormats, CrlfLineEndingsGiveTheSameClaims) {
  std::string lf = fixture("gdelt2_events.export.CSV"), crlf;
  for (char c : lf) {
    if (c == '\n') crlf.push_back('\r');
    crlf.push_back(c);
  }
  Collected a, b;
  const ImportReport ra = import_gdelt_events(lf, a.sink());
  const ImportReport rb = import_gdelt_events(crlf, b.sink());
  EXPECT_EQ(ra.rows, rb.rows);
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (std::size_t i = 0; i < a.docs.size(); ++i) {
    EXPECT_EQ(a.docs[i].claims, b.docs[i].claims);
    EXPECT_EQ(a.docs[i].content_hash, b.docs[i].content_hash);  // the hash ignores line endings
  }
}

TEST(GdeltEventsFormats, MixedVersion1FileIsSplitByColumnCount) {
  Collected out;
  const ImportReport r = import_gdelt_events(fixture("gdelt1_mixed.tsv"), out.sink());
  EXPECT_EQ(r.rows, 5u);
  EXPECT_EQ(r.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt1Historical)], 3u);
  EXPECT_EQ(r.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt1Daily)], 2u);
  EXPECT_EQ(r.claims, 4u);
  EXPECT_EQ(skipped(r, SkipReason::MissingActor), 1u);
  EXPECT_EQ(r.variant_summary(),
            "GDELT 1.0 historical events (57 columns): 3 rows + GDELT 1.0 daily events (58 columns): 2 rows");
  // Historical rows have no SOURCEURL: no outlet, and no publication date.
  const ImportedDocument* falklands = out.find("gdelt1:100000001");
  ASSERT_NE(falklands, nullptr);
  EXPECT_EQ(falklands->claims[0].subject.id, "GBR");
  EXPECT_EQ(falklands->claims[0].object.id, "ARG");
  EXPECT_EQ(falklands->claims[0].date, "1982-04-12");
  EXPECT_EQ(falklands->claims[0].outlet, "");
  EXPECT_EQ(falklands->published, "");
  const ImportedDocument* daily = out.find("gdelt1:550000001");
  ASSERT_NE(daily, nullptr);
  EXPECT_EQ(daily->outlet, "lemonde.fr");
  EXPECT_EQ(daily->published, "2016-07-28");
  EXPECT_EQ(daily->claims[0].relation, "sign_agreement");
  // CAMEO's Gaza Strip code is the Palestinian territory.
  EXPECT_EQ(out.find("gdelt1:550000002")->claims[0].object.id, "PSE");
}

TEST(GdeltEventsFormats, HeaderRowAndGarbageDoNotCrash) {
  Collected out;
  std::string header = "GLOBALEVENTID";
  for (int i = 1; i < 61; ++i) header += "\tCOL" + std::to_string(i);
  const ImportReport r = import_gdelt_events(header + "\n\n\x01\x02\xff\tbinary\n" + std::string(3000, '\t') + "\n",
                                             out.sink());
  EXPECT_EQ(r.rows, 2u);
  EXPECT_EQ(skipped(r, SkipReason::BadColumns), 2u);
  EXPECT_TRUE(out.docs.empty());
}

TEST(GdeltEventsFormats, SameBytesGiveSameIdsAndHashes) {
  Collected a, b;
  import_gdelt_events(fixture("gdelt2_events.export.CSV"), a.sink());
  import_gdelt_events(fixture("gdelt2_events.export.CSV"), b.sink());
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (std::size_t i = 0; i < a.docs.size(); ++i) {
    EXPECT_EQ(a.docs[i].id, b.docs[i].id);
    EXPECT_EQ(a.docs[i].content_hash, b.docs[i].content_hash);
    EXPECT_EQ(a.docs[i].claims[0].id, b.docs[i].claims[0].id);
  }
}

TEST(UrlAndDateHelpers, OutletIsTheLowerCaseHostWithoutWww) {
  EXPECT_EQ(outlet_from_url("https://www.Reuters.com:443/x?y=1"), "reuters.com");
  EXPECT_EQ(outlet_from_url("http://user@news.example.org./a#b"), "news.example.org");
  EXPECT_EQ(outlet_from_url("https://www.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(outlet_from_url("not a url"), "");
  EXPECT_EQ(outlet_from_url(""), "");
}

TEST(UrlAndDateHelpers, SqlDatesAreCalendarChecked) {
  EXPECT_EQ(date_from_yyyymmdd("20191024"), "2019-10-24");
  EXPECT_EQ(date_from_yyyymmdd("20200229"), "2020-02-29");
  EXPECT_EQ(date_from_yyyymmdd("20190229"), "");
  EXPECT_EQ(date_from_yyyymmdd("2019102"), "");
  EXPECT_EQ(date_from_yyyymmdd("2019-10-2"), "");
  EXPECT_EQ(date_from_yyyymmdd("00000000"), "");
}

}  // namespace
}  // namespace irkg
