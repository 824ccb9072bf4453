#pragma once
// A store's RocksDB opened directly (every family, the store's options), to leave it as
// damage or an older irkg would.
#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "store/schema.h"

namespace irkg::test {

struct RawDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;
  explicit RawDb(const std::filesystem::path& dir) {
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (std::size_t i = 0; i < store_schema::family_names().size(); ++i)
      descs.emplace_back(store_schema::family_names()[i], store_schema::cf_options(static_cast<store_schema::Cf>(i)));
    rocksdb::DB* raw = nullptr;
    const auto s = rocksdb::DB::Open(store_schema::db_options(), dir.string(), descs, &cfs, &raw);
    EXPECT_TRUE(s.ok()) << s.ToString();
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : cfs) db->DestroyColumnFamilyHandle(h);
  }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;
};

}  // namespace irkg::test
