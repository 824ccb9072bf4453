// The real samples in /work/shared/data (GDELT 1.0/2.0, Mentions, ICEWS), when present.
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

const std::filesystem::path kShared = "/work/shared/data";

std::string shared_or_skip(const std::string& relative) {
  const auto path = kShared / relative;
  if (!std::filesystem::exists(path)) return {};
  return test::read_bytes(path);
}

bool is_state(const Actor& a) { return a.type == "state" || a.type == "territory"; }

std::size_t state_to_state(const Collected& c) {
  std::size_t n = 0;
  for (const auto& d : c.docs) n += is_state(d.claims[0].subject) && is_state(d.claims[0].object);
  return n;
}

TEST(SharedSamples, Gdelt2Events) {
  const std::string bytes = shared_or_skip("gdelt/v2/20191024143000.export.CSV");
  if (bytes.empty()) GTEST_SKIP() << "shared GDELT 2.0 sample not present";
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
  const std::string bytes = shared_or_skip("gdelt/v1/gdelt1-events-sample.tsv");
  if (bytes.empty()) GTEST_SKIP() << "shared GDELT 1.0 sample not present";
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
  const std::string bytes = shared_or_skip("gdelt/v2/mentions-sample.csv");
  if (bytes.empty()) GTEST_SKIP() << "shared Mentions sample not present";
  EXPECT_EQ(detect_variant(bytes), ImportVariant::Gdelt2Mentions);
  MentionIndex index;
  const ImportReport r = read_gdelt_mentions(bytes, index);
  EXPECT_EQ(r.rows, 1635u);
  EXPECT_EQ(r.skipped_total(), 0u);
  EXPECT_EQ(index.events(), 1430u);
}

TEST(SharedSamples, IcewsEvents) {
  const std::string bytes = shared_or_skip("icews/events.2018.sample.tab");
  if (bytes.empty()) GTEST_SKIP() << "shared ICEWS sample not present";
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
