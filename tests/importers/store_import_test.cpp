// Importing into a real store: idempotency comes from the document ids and content hashes.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixture_util.h"
#include "importers/store_sink.h"

namespace irkg {
namespace {

using test::fixture;

class StoreImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("irkg-import-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  // Imports the GDELT fixture (with its Mentions) and the ICEWS fixture into `store`.
  StoreWriteCounts import_all(Store& store, std::size_t batch) {
    ImportStoreSink writer(store, batch);
    MentionIndex mentions;
    read_gdelt_mentions(fixture("gdelt2_mentions.tsv"), mentions);
    import_gdelt_events(fixture("gdelt2_events.export.CSV"), writer.as_sink(), &mentions);
    import_icews_events(fixture("icews_events.tab"), writer.as_sink());
    writer.flush();
    return writer.counts();
  }

  std::filesystem::path dir;
};

TEST_F(StoreImport, ImportingTwiceAddsNothing) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  const StoreWriteCounts first = import_all(store, 3);  // a small batch: several put_documents calls
  EXPECT_EQ(first.added, 14u);  // 7 GDELT events + 3 joined articles + 4 ICEWS events
  EXPECT_EQ(first.claims_stored, 14u);
  const std::string before = store.fingerprint();
  EXPECT_EQ(store.stats().claims, 14u);

  const StoreWriteCounts second = import_all(store, 4096);
  EXPECT_EQ(second.added, 0u);
  EXPECT_EQ(second.replaced, 0u);
  EXPECT_EQ(second.unchanged, 14u);
  EXPECT_EQ(second.claims_stored, 0u);
  EXPECT_EQ(store.fingerprint(), before);
}

TEST_F(StoreImport, TheSameDocumentTwiceInOneRunIsStoredOnce) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  ImportStoreSink writer(store);
  import_gdelt_events(fixture("gdelt2_events.export.CSV"), writer.as_sink());
  import_gdelt_events(fixture("gdelt2_events.export.CSV"), writer.as_sink());
  writer.flush();
  EXPECT_EQ(writer.counts().added, 7u);
  EXPECT_EQ(writer.counts().unchanged, 7u);
  EXPECT_EQ(store.stats().claims, 7u);
}

TEST_F(StoreImport, ClaimsAreQueryableByOutletAndDyad) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  import_all(store, 4096);
  ClaimFilter by_outlet;
  by_outlet.outlet = "xinhuanet.com";
  const auto xinhua = store.claims(by_outlet);
  ASSERT_EQ(xinhua.size(), 1u);
  EXPECT_EQ(xinhua[0].subject.id, "USA");
  EXPECT_EQ(xinhua[0].source, "gdelt");

  ClaimFilter dyad;
  dyad.subject = "USA";
  dyad.object = "CHN";
  dyad.either_direction = true;
  EXPECT_EQ(store.claims(dyad).size(), 4u);  // the visit by 3 outlets + China's demand

  const auto doc = store.document("icews:40000001:2018-06-01");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->source, "icews");
  EXPECT_EQ(doc->outlet, "Vietnam News Agency Bulletin");
}

}  // namespace
}  // namespace irkg
