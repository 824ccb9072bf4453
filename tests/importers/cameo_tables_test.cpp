#include <gtest/gtest.h>

#include "importers/importers.h"

namespace irkg {
namespace {

TEST(CameoTables, MapsCameoCountryCodesToIso3) {
  const CameoTables& t = CameoTables::embedded();
  ASSERT_NE(t.country("USA"), nullptr);
  EXPECT_EQ(t.country("USA")->id, "USA");
  EXPECT_EQ(t.country("USA")->type, "state");
  // CAMEO codes that differ from ISO 3166-1 alpha-3.
  EXPECT_EQ(t.country("ROM")->id, "ROU");
  EXPECT_EQ(t.country("MTN")->id, "MNE");
  EXPECT_EQ(t.country("TMP")->id, "TLS");
  EXPECT_EQ(t.country("WSB")->id, "PSE");
  EXPECT_EQ(t.country("GZS")->id, "PSE");
  EXPECT_EQ(t.country("KSV")->id, "XKX");
  EXPECT_EQ(t.country("XYZ"), nullptr);
}

TEST(CameoTables, RegionsAreKnownButNotActors) {
  const CameoTables& t = CameoTables::embedded();
  ASSERT_NE(t.country("EUR"), nullptr);
  EXPECT_EQ(t.country("EUR")->type, "region");
  EXPECT_EQ(t.country("AFR")->type, "region");
  EXPECT_EQ(t.by_name("Europe"), nullptr);  // region names never match an ICEWS actor
}

TEST(CameoTables, MapsKnownGroupCodesToOrganisationAcronyms) {
  const CameoTables& t = CameoTables::embedded();
  EXPECT_EQ(t.organisation("NAT")->id, "NATO");
  EXPECT_EQ(t.organisation("EEC")->id, "EU");
  EXPECT_EQ(t.organisation("UNO")->id, "UN");
  EXPECT_EQ(t.organisation("AFU")->id, "AU");
  EXPECT_EQ(t.organisation("NAT")->type, "igo");
  EXPECT_EQ(t.organisation("USA"), nullptr);  // country codes are not organisation codes
}

TEST(CameoTables, FindsIcewsNamesCaseInsensitively) {
  const CameoTables& t = CameoTables::embedded();
  EXPECT_EQ(t.by_name("Russian Federation")->id, "RUS");
  EXPECT_EQ(t.by_name("moldova, republic of")->id, "MDA");
  EXPECT_EQ(t.by_name("Occupied Palestinian Territory")->id, "PSE");
  EXPECT_EQ(t.by_name("UN Security Council")->id, "UN");
  EXPECT_EQ(t.by_name("European Commission")->id, "EU");
  EXPECT_EQ(t.by_name("Atlantis"), nullptr);
}

TEST(CameoTables, EventCodesKeepTheirLeadingZeros) {
  const CameoTables& t = CameoTables::embedded();
  EXPECT_EQ(t.event_count(), 311u);
  const CameoEvent* statement = t.event("010");
  const CameoEvent* demand = t.event("10");
  ASSERT_NE(statement, nullptr);
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(statement->relation, "statement");
  EXPECT_EQ(statement->plover, "");  // CAMEO 01 has no PLOVER category
  EXPECT_EQ(demand->relation, "demand");
  EXPECT_EQ(demand->plover, "DEMAND");
  EXPECT_EQ(demand->polarity, -1);
  EXPECT_EQ(t.event("43"), nullptr);
}

TEST(CameoTables, EventEntriesCarryCategoryPolarityAndGoldstein) {
  const CameoTables& t = CameoTables::embedded();
  const CameoEvent* visit = t.event("042");
  EXPECT_EQ(visit->plover, "CONSULT");
  EXPECT_EQ(visit->relation, "visit");
  EXPECT_EQ(visit->polarity, 1);
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  EXPECT_EQ(t.event("111")->plover, "DISAPPROVE");
  EXPECT_EQ(t.event("163")->plover, "SANCTION");
  EXPECT_EQ(t.event("190")->plover, "FIGHT");
  EXPECT_EQ(t.event("1823")->relation, "physical_assault");  // 4-digit codes share the base name
  EXPECT_DOUBLE_EQ(t.event("1823")->goldstein, -10.0);
}

TEST(CameoTables, MalformedDictionaryLineIsReportedWithItsNumber) {
  try {
    CameoTables t("USA\tUSA\tstate\tUnited States\t\n", "# c\n010\t-\t-\tstatement\t+1\tnot-a-number\n");
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_STREQ(e.what(), "cameo_events.tsv:2: goldstein must be a number in -10..10");
  }
  EXPECT_THROW(CameoTables("USA\tUSA\tplanet\tEarth\n", ""), ImportError);
}

}  // namespace
}  // namespace irkg
