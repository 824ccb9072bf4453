// The real samples in the shared data set (GDELT 1.0/2.0, Mentions, ICEWS): ../shared/data
// beside the repository, or $IRKG_SHARED/data. A missing sample fails the test, never
// skips it, so a machine without the data cannot pass unnoticed.
// Expected counts were checked independently with awk on the files (see docs/IMPORT.md):
// e.g. 590 of 2,111 v2 rows have both actor country codes; 121 of those are one country on
// both sides, 422 are two different states.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixture_util.h"

namespace irkg {
namespace {

using test::Collected;
using test::skipped;

std::filesystem::path shared_sample(const std::string& relative) { return test::shared_dir() / "data" / relative; }

std::string missing(const std::filesystem::path& path) {
  return "shared sample missing: " + path.string() +
         " (put the shared data set beside the repository as ../shared, or set IRKG_SHARED)";
}

bool is_state(const Actor& a) { return a.type == "state" || a.type == "territory"; }

std::size_t state_to_state(const Collected& c) {
  std::size_t n = 0;
  for (const auto& d : c.docs) n += is_state(d.claims[0].subject) && is_state(d.claims[0].object);
  return n;
}

TEST(SharedSamples, Gdelt2Events) {
  const auto path = shared_sample("gdelt/v2/20191024143000.export.CSV");
  ASSERT_TRUE(std::filesystem::is_regular_file(path)) << missing(path);
  const std::string bytes = test::read_bytes(path);
  EXPECT_EQ(detect_variant(bytes), ImportVariant::Gdelt2Events);
  Collected out;
  const ImportReport r = import_gdelt_events(bytes, out.sink());
  EXPECT_EQ(r.rows, 2111u);
  EXPECT_EQ(r.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt2Events)], 2111u);
  EXPECT_EQ(skipped(r, SkipReason::SameActor), 121u);
  EXPECT_EQ(state_to_state(out), 422u);
  EXPECT_EQ(r.claims, 446u);  // 422 between states + 24 with an organisation
  EXPECT_EQ(r.claims + r.skipped_total(), r.rows);
  EXPECT_EQ(skipped(r, SkipReason::BadDate) + skipped(r, SkipReason::BadEventCode), 0u);
  for (const auto& d : out.docs) {
    // GoldsteinScale equals the CAMEO table on every row of this sample.
    EXPECT_DOUBLE_EQ(d.claims[0].weight, CameoTables::embedded().event(d.claims[0].cameo)->goldstein) << d.id;
    EXPECT_FALSE(d.claims[0].outlet.empty()) << d.id;
  }
}

TEST(SharedSamples, Gdelt1MixedEvents) {
  const auto path = shared_sample("gdelt/v1/gdelt1-events-sample.tsv");
  ASSERT_TRUE(std::filesystem::is_regular_file(path)) << missing(path);
  const std::string bytes = test::read_bytes(path);
  Collected out;
  const ImportReport r = import_gdelt_events(bytes, out.sink());
  EXPECT_EQ(r.rows, 710u);
  EXPECT_EQ(r.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt1Historical)], 201u);
  EXPECT_EQ(r.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt1Daily)], 509u);
  EXPECT_EQ(skipped(r, SkipReason::SameActor), 57u);
  EXPECT_EQ(state_to_state(out), 125u);
  EXPECT_EQ(r.claims, 129u);
}

TEST(SharedSamples, MentionsCsv) {
  const auto path = shared_sample("gdelt/v2/mentions-sample.csv");
  ASSERT_TRUE(std::filesystem::is_regular_file(path)) << missing(path);
  const std::string bytes = test::read_bytes(path);
  EXPECT_EQ(detect_variant(bytes), ImportVariant::Gdelt2Mentions);
  MentionIndex index;
  const ImportReport r = read_gdelt_mentions(bytes, index);
  EXPECT_EQ(r.rows, 1635u);
  EXPECT_EQ(r.skipped_total(), 0u);
  EXPECT_EQ(index.events(), 1430u);
}

TEST(SharedSamples, IcewsEvents) {
  const auto path = shared_sample("icews/events.2018.sample.tab");
  ASSERT_TRUE(std::filesystem::is_regular_file(path)) << missing(path);
  const std::string bytes = test::read_bytes(path);
  EXPECT_EQ(detect_variant(bytes), ImportVariant::Icews);
  Collected out;
  const ImportReport r = import_icews_events(bytes, out.sink());
  EXPECT_EQ(r.rows, 3705u);
  // 3,337 rows name a country on both sides; 1,741 of them two different countries.
  EXPECT_EQ(state_to_state(out), 1741u);
  EXPECT_EQ(skipped(r, SkipReason::UnmappedActor), 0u);  // every ICEWS country name is known
  EXPECT_EQ(r.claims + r.skipped_total(), r.rows);
  std::size_t with_publisher = 0;
  for (const auto& d : out.docs) with_publisher += !d.outlet.empty();
  EXPECT_EQ(with_publisher, out.docs.size());
}

}  // namespace
}  // namespace irkg
