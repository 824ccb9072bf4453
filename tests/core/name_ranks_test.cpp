// NameRanks (core/name_ranks.h): every name found at its position, whatever its length
// (the hash and the comparison read words and overlapping tails), and nothing else found.
#include "core/name_ranks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace irkg {
namespace {

TEST(NameRanks, FindsEveryNameAtItsPositionAndNothingElse) {
  std::vector<std::string> names;
  for (std::size_t length = 0; length <= 40; ++length) {
    names.push_back(std::string(length, 'o'));
    if (length > 0) names.push_back(std::string(length - 1, 'o') + 'x');  // differs in its last byte only
    if (length > 8) names.push_back(std::string(1, 'x').append(length - 1, 'o'));  // in its first only
  }
  const NameRanks ranks(names);
  for (std::uint32_t i = 0; i < names.size(); ++i) {
    const auto found = ranks.find(names[i]);
    ASSERT_TRUE(found) << names[i];
    EXPECT_EQ(*found, i) << names[i];
  }
  EXPECT_FALSE(ranks.find("y"));
  EXPECT_FALSE(ranks.find(std::string(41, 'o')));
  EXPECT_FALSE(ranks.find(std::string(20, 'o') + 'y'));
  EXPECT_FALSE(NameRanks().find("o"));  // an empty map finds nothing
}

TEST(NameRanks, ANameGivenTwiceKeepsItsFirstPosition) {
  const std::vector<std::string> names{"outlet1.example", "outlet2.example", "outlet1.example"};
  const NameRanks ranks(names);  // the map views the names: they outlive it
  EXPECT_EQ(*ranks.find("outlet1.example"), 0u);
  EXPECT_EQ(*ranks.find("outlet2.example"), 1u);
}

}  // namespace
}  // namespace irkg
