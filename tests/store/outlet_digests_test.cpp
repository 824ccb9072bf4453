// The outlet index's claim digests (schema 7, store/outlet_digests.cpp): every way claims
// enter or leave the store (ingest, a document replaced, re-extraction, bulk shards,
// a shard written by an older irkg) leaves each outlet entry holding its claim's facts,
// and Store::for_each_outlet_fact gives exactly the claims, in the order, that
// Store::for_each_claim gives for the same outlets and window. `check` verifies them.
#include <gtest/gtest.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>

#include <string>
#include <vector>

#include "store/codec.h"
#include "store/store.h"
#include "tests/store/raw_db.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"
#include "tests/store/varied_claims.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

// One claim's facts as a line: what the digest must hold, plus the key's parts.
std::string line_of(std::string_view id, std::string_view date, std::string_view outlet, std::string_view relation,
                    std::string_view category, std::string_view modality, int polarity, double weight, bool negated,
                    std::string_view subject_state, std::string_view subject_id, std::string_view object_state,
                    std::string_view object_id) {
  std::string line;
  for (std::string_view part : {id, date, outlet, relation, category, modality, subject_state, subject_id,
                                object_state, object_id})
    line.append(part).push_back('|');
  return line + std::to_string(polarity) + "|" + std::to_string(weight) + "|" + (negated ? "negated" : "");
}

std::string state_of(const Actor& a) { return a.country.empty() ? a.id : a.country; }

std::vector<std::string> from_claims(const Store& store, const std::vector<std::string>& outlets,
                                     const std::string& since, const std::string& until) {
  ClaimFilter filter;
  if (outlets.size() == 1) filter.outlet = outlets[0];
  else filter.outlets = outlets;
  filter.since = since;
  filter.until = until;
  std::vector<std::string> lines;
  store.for_each_claim(filter, [&](const Claim& c) {
    lines.push_back(line_of(c.id, c.date, c.outlet, c.relation, c.category, c.modality, c.polarity, c.weight,
                            c.negated, state_of(c.subject), c.subject.id, state_of(c.object), c.object.id));
  });
  return lines;
}

std::vector<std::string> from_digests(const Store& store, const std::vector<std::string>& outlets,
                                      const std::string& since, const std::string& until) {
  std::vector<std::string> lines;
  store.for_each_outlet_fact(outlets, since, until, [&](const ActorFact& f) {
    lines.push_back(line_of(f.claim_id, f.date, f.outlet, f.relation, f.category, f.modality, f.polarity, f.weight,
                            f.negated, f.subject_state, f.subject_id, f.object_state, f.object_id));
  });
  return lines;
}

// The digests agree with the claims for every outlet set and window tried, and check
// finds nothing wrong.
void expect_digests_match(const fs::path& dir, std::size_t expected_claims) {
  const Store store = Store::open(dir, Store::Mode::ReadOnly);
  const std::vector<std::vector<std::string>> outlet_sets = {
      {"Daily"}, {"Weekly"}, {"Daily", "Weekly"}, {"Weekly", "Daily", "Monthly"}, {"Nowhere"}};
  const std::vector<std::pair<std::string, std::string>> windows = {
      {"", ""}, {"2022-03-01", ""}, {"", "2022-06-30"}, {"2022-02-10", "2022-08-20"}, {"2022-05-05", "2022-05-05"}};
  std::size_t seen = 0;
  for (const auto& outlets : outlet_sets)
    for (const auto& [since, until] : windows) {
      const auto expected = from_claims(store, outlets, since, until);
      EXPECT_EQ(from_digests(store, outlets, since, until), expected) << outlets.size() << " " << since << ".." << until;
      if (outlets.size() == 3 && since.empty() && until.empty()) seen = expected.size();
    }
  EXPECT_EQ(seen, expected_claims);
  const auto report = Store::check(dir);
  EXPECT_TRUE(report.sound()) << (report.problems.empty() ? "" : report.problems.front());
}


// Document `d`'s claims (tests/store/varied_claims.h).
std::vector<Claim> claims_of(const std::string& doc, int d, int round = 0) {
  return test::varied_claims(doc, d, round, /*day_step=*/1);
}

StoredDocument doc_of(const std::string& id, const std::string& hash) {
  StoredDocument doc;
  doc.id = id;
  doc.outlet = "Daily";
  doc.content_hash = hash;
  doc.text = "text of " + id;
  return doc;
}

std::vector<std::pair<StoredDocument, std::vector<Claim>>> corpus(int documents, int round = 0) {
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  for (int d = 0; d < documents; ++d) {
    const std::string id = "doc" + std::to_string(d);
    docs.emplace_back(doc_of(id, "h" + std::to_string(round)), claims_of(id, d, round));
  }
  return docs;
}

TEST(OutletDigests, IngestWritesThemWithTheClaims) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(30));
  }
  expect_digests_match(dir.path, 120);
}

TEST(OutletDigests, AReplacedDocumentTakesItsOldDigestsAway) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(30));
    // Other claims (other outlets and dates) for ten documents, one left with none.
    auto replaced = corpus(10, /*round=*/1);
    replaced[3].second.clear();
    for (const auto& r : store.put_documents(replaced)) EXPECT_EQ(r, IngestResult::Replaced);
  }
  expect_digests_match(dir.path, 120 - 4);
}

TEST(OutletDigests, ReExtractionReplacesThem) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(30));
    store.replace_claims("doc4", claims_of("doc4", 4, /*round=*/2));
    store.replace_claims("doc5", {});
  }
  expect_digests_match(dir.path, 120 - 4);
}

std::vector<Claim> flat(const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs) {
  std::vector<Claim> claims;
  for (const auto& [doc, cs] : docs) claims.insert(claims.end(), cs.begin(), cs.end());
  return claims;
}

TEST(OutletDigests, BulkShardsCarryThemAndAReplacingShardRemovesTheOld) {
  test::TempStoreDir dir, shards("-shards");
  Store::write_sst_shard(flat(corpus(30)), shards.path / "a");
  // The same ten documents with other claims: replaced at load.
  Store::write_sst_shard(flat(corpus(10, /*round=*/1)), shards.path / "b");
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.ingest_sst({shards.path / "a"});
  }
  expect_digests_match(dir.path, 120);
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    const auto summary = store.ingest_sst({shards.path / "b"});
    EXPECT_EQ(summary.replaced, 10u);
  }
  expect_digests_match(dir.path, 120);
}

TEST(OutletDigests, AShardOfAnOlderIrkgGetsThemFromItsClaims) {
  test::TempStoreDir dir, shards("-shards");
  const fs::path shard = shards.path / "old";
  Store::write_sst_shard(flat(corpus(30)), shard);
  // What irkg wrote before schema 7: the same outlet keys with empty values.
  const fs::path file = shard / "by_outlet.sst";
  std::vector<std::string> keys;
  {
    rocksdb::SstFileReader reader(store_schema::sst_options(store_schema::ByOutlet));
    ASSERT_TRUE(reader.Open(file.string()).ok());
    std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
    for (it->SeekToFirst(); it->Valid(); it->Next()) keys.push_back(it->key().ToString());
  }
  ASSERT_EQ(keys.size(), 120u);
  fs::remove(file);
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_schema::sst_options(store_schema::ByOutlet));
  ASSERT_TRUE(writer.Open(file.string()).ok());
  for (const auto& key : keys) ASSERT_TRUE(writer.Put(key, "").ok());
  ASSERT_TRUE(writer.Finish().ok());
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.ingest_sst({shard});
  }
  expect_digests_match(dir.path, 120);
  // Nothing of the rewrite is left beside the store, and the shard is as it was.
  for (const auto& entry : fs::directory_iterator(dir.path))
    EXPECT_EQ(entry.path().filename().string().find("by_outlet"), std::string::npos) << entry.path();
  EXPECT_TRUE(fs::exists(file));
}

TEST(OutletDigests, CheckFindsADigestThatDiffersFromItsClaim) {
  test::TempStoreDir dir;
  Claim changed;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(5));
    changed = claims_of("doc2", 2)[0];
  }
  {
    test::RawDb raw(dir.path);
    Claim other = changed;
    other.polarity = -other.polarity;  // the digest of another claim under this claim's key
    const std::string key = changed.outlet + "\x1f" + changed.date + "\x1f" + changed.id;
    std::string stored;
    ASSERT_TRUE(raw.db->Get(rocksdb::ReadOptions(), raw.cfs[store_schema::ByOutlet], key, &stored).ok());
    ASSERT_EQ(stored, store_codec::encode_actor_value(changed));
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::ByOutlet], key,
                            store_codec::encode_actor_value(other)).ok());
  }
  const auto report = Store::check(dir.path);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], "claim " + changed.id + ": its by_outlet index entry differs from the claim");
}

}  // namespace
}  // namespace irkg
