// DayBitmap (graph/day_bitmap.h): the spells of the exports as bitmap unions must be the
// runs the sorted day lists gave, across word boundaries and at the range's ends.
#include <gtest/gtest.h>

#include <random>

#include "graph/day_bitmap.h"
#include "graph/graph_impl.h"

namespace irkg {
namespace {

TEST(DayBitmap, RunsAcrossWordsAndAtTheEnds) {
  const std::int32_t first = 19000, last = 19000 + 200;  // 201 days: four words
  DayBitmap days(first, last);
  // A run at the first day, one across the 64-day word boundary, a single day, and a run
  // to the range's last day.
  days.add(std::vector<std::int32_t>{19000, 19001, 19062, 19063, 19064, 19065, 19130, 19199, 19200});
  const std::vector<DateSpell> expected = {{19000, 19001}, {19062, 19065}, {19130, 19130}, {19199, 19200}};
  EXPECT_EQ(days.spells(), expected);
  // A union, then clearing the words an edge set.
  DayBitmap other(first, last);
  other.add(19002);
  days.add(other);
  EXPECT_EQ(days.spells().front(), (DateSpell{19000, 19002}));
  days.clear(first, last);
  EXPECT_TRUE(days.spells().empty());
}

TEST(DayBitmap, SameSpellsAsSortedDays) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    const std::int32_t first = 18000 + static_cast<std::int32_t>(random() % 100);
    const std::int32_t last = first + static_cast<std::int32_t>(random() % 400);
    std::vector<std::int32_t> list;
    DayBitmap days(first, last);
    const int count = static_cast<int>(random() % 300);
    for (int i = 0; i < count; ++i) {
      const auto day = first + static_cast<std::int32_t>(random() % static_cast<std::uint32_t>(last - first + 1));
      list.push_back(day);
      days.add(day);
    }
    EXPECT_EQ(days.spells(), spells_from_days(list)) << "round " << round;
  }
}

// The sorted-input form (the streamed export's) gives what the general one gives, repeats
// and runs included, and replaces what its output held.
TEST(SpellsFromSortedDays, SameSpellsAsTheGeneralForm) {
  std::vector<DateSpell> spells{{1, 2}, {5, 9}};
  spells_from_sorted_days({}, spells);
  EXPECT_TRUE(spells.empty());
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::int32_t> days;
    std::int32_t day = 19000 + static_cast<std::int32_t>(random() % 50);
    for (int k = static_cast<int>(random() % 30); k > 0; --k) {
      days.push_back(day);
      day += static_cast<std::int32_t>(random() % 3);  // 0: a repeat, 1: the next day, 2: a gap
    }
    spells_from_sorted_days(days, spells);
    EXPECT_EQ(spells, spells_from_days(days)) << "round " << round;
  }
}

}  // namespace
}  // namespace irkg
