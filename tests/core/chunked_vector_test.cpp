// ChunkedVector (core/chunked_vector.h): an array in fixed blocks for the outlet matrix.
#include <gtest/gtest.h>

#include <cstdint>

#include "core/chunked_vector.h"

namespace irkg {
namespace {

struct Item {
  std::uint32_t a = 0;
  std::int64_t b = 0;
};

TEST(ChunkedVector, IndexesAndIteratesAcrossBlocks) {
  ChunkedVector<Item, 3> v;  // blocks of 8
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.begin(), v.end());
  for (std::uint32_t i = 0; i < 1000; ++i) v.push_back({i, -static_cast<std::int64_t>(i) * 3});
  ASSERT_EQ(v.size(), 1000u);
  for (std::uint32_t i = 0; i < 1000; ++i) {
    EXPECT_EQ(v[i].a, i);
    EXPECT_EQ(v[i].b, -static_cast<std::int64_t>(i) * 3);
  }
  std::uint32_t expected = 0;
  for (const Item& item : v) EXPECT_EQ(item.a, expected++);
  EXPECT_EQ(expected, 1000u);
}

TEST(ChunkedVector, ElementsStayWhereTheyAreAsItGrows) {
  ChunkedVector<Item, 2> v;
  v.push_back({7, 7});
  const Item* first = &v[0];
  for (std::uint32_t i = 0; i < 100; ++i) v.push_back({i, i});
  EXPECT_EQ(first, &v[0]);
  v[0].b = 42;
  EXPECT_EQ(first->b, 42);
}

}  // namespace
}  // namespace irkg
