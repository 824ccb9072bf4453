// Damage a reader must refuse and `Store::check` must report (issue 19): an index entry
// whose claim is gone, a lost column family, counters out of step. The damage is made with
// RocksDB's own API, as a lost table file or a bad tool would leave it.
#include <rocksdb/db.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "store/store.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

using TempDir = test::TempStoreDir;

Claim make_claim(const std::string& doc, const std::string& s, const std::string& o, const std::string& date) {
  Claim c;
  c.doc = doc;
  c.subject = {s, s, s, "state"};
  c.object = {o, o, o, "state"};
  c.relation = "condemn";
  c.polarity = -1;
  c.date = date;
  c.outlet = "nhk";
  c.evidence = {s + " condemned " + o + ".", 0, 10};
  c.id = compute_claim_id(c);
  return c;
}

// A store of two documents, JPN-RUS and JPN-CHN; returns the JPN-RUS claim's id.
std::string fill(const fs::path& dir) {
  auto store = Store::open(dir, Store::Mode::ReadWrite);
  const auto doc = [](std::string id, std::string published, std::string hash, std::string text) {
    StoredDocument d;
    d.id = std::move(id);
    d.outlet = "nhk";
    d.published = std::move(published);
    d.content_hash = std::move(hash);
    d.text = std::move(text);
    return d;
  };
  const StoredDocument a = doc("a", "2021-03-04", "h1", "Japan condemned Russia.");
  const StoredDocument b = doc("b", "2021-03-05", "h2", "Japan condemned China.");
  const Claim rus = make_claim("a", "JPN", "RUS", "2021-03-04");
  store.put_documents({{a, {rus}}, {b, {make_claim("b", "JPN", "CHN", "2021-03-05")}}});
  return rus.id;
}

// Runs `edit` on the raw RocksDB database with every family open.
void with_raw_db(const fs::path& dir, const std::function<void(rocksdb::DB&, std::vector<rocksdb::ColumnFamilyHandle*>&)>& edit) {
  std::vector<std::string> names;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.string(), &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.string(), descs, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  edit(*db, handles);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
}

rocksdb::ColumnFamilyHandle* family(std::vector<rocksdb::ColumnFamilyHandle*>& handles, const std::string& name) {
  for (auto* h : handles)
    if (h->GetName() == name) return h;
  return nullptr;
}

std::string error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

bool mentions(const StoreCheckReport& report, const std::string& text) {
  return std::any_of(report.problems.begin(), report.problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

TEST(StoreIntegrity, ASoundStorePassesTheCheck) {
  TempDir t;
  fill(t.path);
  const auto report = Store::check(t.path);
  EXPECT_TRUE(report.sound()) << report.problems.front();
  EXPECT_EQ(report.claims, 2u);
  EXPECT_EQ(report.documents, 2u);
  EXPECT_GT(report.table_files, 0u);
}

TEST(StoreIntegrity, AnIndexEntryWithoutItsClaimIsCorruptionNotAShorterAnswer) {
  TempDir t;
  const std::string lost = fill(t.path);
  with_raw_db(t.path, [&](rocksdb::DB& db, auto& handles) {
    ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), family(handles, "claims"), lost).ok());
  });
  const auto reader = Store::open(t.path, Store::Mode::ReadOnly);
  ClaimFilter by_subject;
  by_subject.subject = "JPN";
  const std::string error = error_of([&] { reader.claims(by_subject); });
  EXPECT_NE(error.find("database is corrupt"), std::string::npos) << error;
  EXPECT_NE(error.find(lost), std::string::npos) << error;
  EXPECT_NE(error_of([&] { reader.indexed_claims({lost}); }).find("database is corrupt"), std::string::npos);

  const auto report = Store::check(t.path);
  EXPECT_FALSE(report.sound());
  EXPECT_TRUE(mentions(report, "names claim " + lost));
  EXPECT_TRUE(mentions(report, "the counters say 2 claims, the store holds 1"));
}

TEST(StoreIntegrity, AMissingIndexEntryIsReportedByTheCheck) {
  TempDir t;
  const std::string id = fill(t.path);
  with_raw_db(t.path, [&](rocksdb::DB& db, auto& handles) {
    auto* by_date = family(handles, "by_date");
    std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), by_date));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().ToString().ends_with(id)) {
        ASSERT_TRUE(db.Delete(rocksdb::WriteOptions(), by_date, it->key()).ok());
      }
    }
  });
  const auto report = Store::check(t.path);
  EXPECT_TRUE(mentions(report, "claim " + id + ": its by_date index entry is missing"));
  EXPECT_TRUE(mentions(report, "by_date: 1 entries where the claims imply 2"));
}

TEST(StoreIntegrity, ALostColumnFamilyIsCorruptionNotAnotherSchema) {
  TempDir t;
  fill(t.path);
  with_raw_db(t.path, [&](rocksdb::DB& db, auto& handles) {
    ASSERT_TRUE(db.DropColumnFamily(family(handles, "refs")).ok());
  });
  for (auto mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
    const std::string error = error_of([&] { Store::open(t.path, mode); });
    EXPECT_NE(error.find("database is corrupt"), std::string::npos) << error;
    EXPECT_NE(error.find("column family refs is missing"), std::string::npos) << error;
    EXPECT_EQ(error.find("schema version"), std::string::npos) << error;
  }
  EXPECT_TRUE(mentions(Store::check(t.path), "column family refs is missing"));
}

TEST(StoreIntegrity, ASecondWriterInTheSameProcessIsRefused) {
  TempDir t;
  fill(t.path);
  auto writer = Store::open(t.path, Store::Mode::ReadWrite);
  fs::remove(t.path / "LOCK");  // RocksDB's own lock file gone: the directory lock still holds
  const std::string error = error_of([&] { Store::open(t.path, Store::Mode::ReadWrite); });
  EXPECT_NE(error.find("database is in use by another process"), std::string::npos) << error;
}

}  // namespace
}  // namespace irkg
