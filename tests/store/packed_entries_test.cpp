// PackedEntries must order keys exactly as RocksDB's bytewise comparator does, whatever
// their shared prefixes, lengths or bytes, since SstFileWriter rejects any other order.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "store/packed_entries.h"

namespace irkg {
namespace {

std::vector<std::string> keys_in_order(const PackedEntries& p) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < p.size(); ++i) out.emplace_back(p.key(i));
  return out;
}

TEST(PackedEntries, SortsLikeBytewiseComparison) {
  // Index-like keys sharing long prefixes, keys that are prefixes of others, bytes above
  // 0x7f and embedded zero bytes (a zero-padded prefix alone would tie "AB" with "AB\0").
  std::vector<std::string> keys = {"CHN\x1fRUS\x1f" "2021-03-04\x1f" "a", "CHN\x1fRUS\x1f" "2021-03-04\x1f" "b",
                                   "CHN\x1fRUS\x1f" "2020-12-31", "CHN", "CHN\x1f", "AB", std::string("AB\0", 3),
                                   std::string("AB\0\0", 4), "\xc3\xa9t\xc3\xa9", "zz", "", "2021-03-04\x1f" "ffff",
                                   "2021-03-04\x1f" "0000", "2021-03-04"};
  std::mt19937 rng(3);
  for (int i = 0; i < 500; ++i) {
    std::string k = "USA\x1fIRN\x1f";
    const int extra = static_cast<int>(rng() % 20);
    for (int j = 0; j < extra; ++j) k.push_back(static_cast<char>("019AZaz\x1f\xff"[rng() % 10]));
    keys.push_back(k);
  }
  PackedEntries packed;
  for (const auto& k : keys) packed.add(k, "v:" + k);
  packed.sort_unique();

  std::vector<std::string> expected = keys;
  std::sort(expected.begin(), expected.end());  // std::string compares bytes as unsigned char
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  EXPECT_EQ(keys_in_order(packed), expected);
  for (std::size_t i = 0; i < packed.size(); ++i) EXPECT_EQ(packed.value(i), "v:" + std::string(packed.key(i)));
}

TEST(PackedEntries, ARepeatedKeyKeepsTheValueAddedFirst) {
  PackedEntries packed;
  packed.add("claim-2", "second claim");
  packed.add("claim-1", "first version");
  packed.add("claim-1", "later version");
  packed.sort_unique();
  ASSERT_EQ(packed.size(), 2u);
  EXPECT_EQ(packed.key(0), "claim-1");
  EXPECT_EQ(packed.value(0), "first version");
  EXPECT_EQ(packed.value(1), "second claim");
}

}  // namespace
}  // namespace irkg
