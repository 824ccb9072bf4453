#include <gtest/gtest.h>

#include "fixture_util.h"

namespace irkg {
namespace {

using test::Collected;
using test::fixture;
using test::skipped;

TEST(GdeltMentions, TabAndCsvFormsReadTheSame) {
  MentionIndex tab, csv;
  const ImportReport rt = read_gdelt_mentions(fixture("gdelt2_mentions.tsv"), tab);
  const ImportReport rc = read_gdelt_mentions(fixture("gdelt2_mentions.csv"), csv);
  EXPECT_EQ(rt.rows, 5u);
  EXPECT_EQ(rc.rows, 5u);  // the CSV header row is not a mention
  EXPECT_EQ(tab.mentions(), 5u);
  EXPECT_EQ(csv.mentions(), 5u);
  EXPECT_EQ(tab.events(), 3u);
  const auto* a = tab.find(880100003);
  const auto* b = csv.find(880100003);
  ASSERT_TRUE(a && b);
  // The quoted CSV field keeps its comma.
  EXPECT_EQ(b->front().identifier, "https://www.politico.eu/article/eu-turkey-criticism,sanctions/");
  EXPECT_EQ(a->front().identifier, b->front().identifier);
  EXPECT_EQ(a->front().outlet, "politico.eu");
  EXPECT_EQ(a->front().date, "2019-10-24");
}

TEST(GdeltMentions, SameArticleIsKeptOncePerEvent) {
  MentionIndex index;
  read_gdelt_mentions(fixture("gdelt2_mentions.tsv"), index);
  read_gdelt_mentions(fixture("gdelt2_mentions.tsv"), index);
  EXPECT_EQ(index.mentions(), 5u);
}

TEST(GdeltMentions, BadRowsAreCountedByReason) {
  MentionIndex index;
  const ImportReport r = read_gdelt_mentions("x1\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\nonly\ttwo\n", index);
  EXPECT_EQ(r.rows, 2u);
  EXPECT_EQ(skipped(r, SkipReason::BadEventId), 1u);
  EXPECT_EQ(skipped(r, SkipReason::BadColumns), 1u);
  EXPECT_EQ(index.mentions(), 0u);
}

TEST(GdeltMentions, EachOtherArticleBecomesAClaimByItsOutlet) {
  MentionIndex index;
  read_gdelt_mentions(fixture("gdelt2_mentions.csv"), index);
  Collected out;
  const ImportReport r = import_gdelt_events(fixture("gdelt2_events.export.CSV"), out.sink(), &index);
  EXPECT_EQ(r.mentions_joined, 4u);  // 3 for the US-China visit, 1 for the EU-Turkey row
  EXPECT_EQ(index.unjoined(), 1u);  // the 2017 mention has no event here
  // Importing the same events again joins the same mentions: nothing new is unjoined.
  Collected again;
  import_gdelt_events(fixture("gdelt2_events.export.CSV"), again.sink(), &index);
  EXPECT_EQ(index.unjoined(), 1u);
  EXPECT_EQ(again.docs.size(), 10u);
  EXPECT_EQ(r.documents, 10u);  // 7 events + 3 articles (the Reuters one is the SOURCEURL)
  EXPECT_EQ(r.claims, 10u);
  std::vector<std::string> outlets;
  for (const auto& d : out.docs)
    if (d.id.starts_with("gdelt2:880100001")) outlets.push_back(d.claims[0].outlet);
  EXPECT_EQ(outlets, (std::vector<std::string>{"reuters.com", "xinhuanet.com", "nytimes.com"}));
  for (const auto& d : out.docs) {
    if (!d.id.starts_with("gdelt2:880100001:m")) continue;
    EXPECT_EQ(d.claims[0].subject.id, "USA");
    EXPECT_EQ(d.claims[0].object.id, "CHN");
    EXPECT_EQ(d.claims[0].date, "2019-10-24");  // the event's date, whoever reported it
    EXPECT_EQ(d.claims[0].url, d.url);
    EXPECT_NE(d.claims[0].id, out.find("gdelt2:880100001")->claims[0].id);
  }
}

TEST(Icews, MapsNamesCountriesAndPublisher) {
  Collected out;
  const ImportReport r = import_icews_events(fixture("icews_events.tab"), out.sink());
  EXPECT_EQ(r.rows, 9u);  // the header row is not counted
  EXPECT_EQ(r.claims, 4u);
  EXPECT_EQ(r.claims + r.skipped_total(), r.rows);
  EXPECT_EQ(skipped(r, SkipReason::SameActor), 1u);      // Indian citizens vs Indian police
  EXPECT_EQ(skipped(r, SkipReason::MissingActor), 1u);   // "Africa", country NA
  EXPECT_EQ(skipped(r, SkipReason::UnmappedActor), 1u);  // "Atlantis"
  EXPECT_EQ(skipped(r, SkipReason::BadDate), 1u);        // 2018-06-31
  EXPECT_EQ(skipped(r, SkipReason::BadEventCode), 1u);   // 999
  EXPECT_EQ(r.repaired_codes, 1u);                       // "51" -> "051"
  EXPECT_EQ(r.variant_summary(), "ICEWS coded events (20 columns)");

  const ImportedDocument* consult = out.find("icews:40000001:2018-06-01");
  ASSERT_NE(consult, nullptr);
  const Claim& c = consult->claims[0];
  EXPECT_EQ(c.subject.id, "BGD");
  EXPECT_EQ(c.object.id, "VNM");
  EXPECT_EQ(c.relation, "consult");
  EXPECT_EQ(c.polarity, 1);
  EXPECT_DOUBLE_EQ(c.weight, 1.0);  // ICEWS Intensity
  EXPECT_EQ(c.outlet, "Vietnam News Agency Bulletin");
  EXPECT_EQ(c.source, "icews");
  EXPECT_EQ(c.evidence.text, "Foreign Affairs (Bangladesh) | Consult | Defense / Security Ministry (Vietnam)");
  EXPECT_EQ(consult->published, "2018-06-01");

  const Claim& eu = out.find("icews:40000002:2018-06-01")->claims[0];
  EXPECT_EQ(eu.subject.id, "EU");
  EXPECT_EQ(eu.object.id, "RUS");  // "Russian Federation"
  EXPECT_EQ(eu.polarity, -1);
  EXPECT_EQ(out.find("icews:40000008:2018-06-02")->claims[0].subject.id, "UN");

  const Claim& praise = out.find("icews:40000007:2018-06-02")->claims[0];
  EXPECT_EQ(praise.cameo, "051");
  EXPECT_EQ(praise.subject.id, "MDA");
  EXPECT_EQ(praise.outlet, "Agerpres \xEF\xBF\xBD News");  // invalid byte replaced
}

TEST(Icews, RowsWithoutTheHeaderAreReadToo) {
  std::string bytes = fixture("icews_events.tab");
  bytes.erase(0, bytes.find('\n') + 1);
  Collected out;
  const ImportReport r = import_icews_events(bytes, out.sink());
  EXPECT_EQ(r.rows, 9u);
  EXPECT_EQ(r.claims, 4u);
}

TEST(Icews, TruncatedRowIsCountedNotFatal) {
  Collected out;
  const ImportReport r = import_icews_events("Event ID\tEvent Date\n123\t2018-06-01\tJapan\n", out.sink());
  EXPECT_EQ(r.rows, 1u);
  EXPECT_EQ(skipped(r, SkipReason::BadColumns), 1u);
}

}  // namespace
}  // namespace irkg
