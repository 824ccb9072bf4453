// split_pair_stats_window (store/pair_aggregates.cpp): which date windows are read as two
// halves on two threads, and that the halves cover the window exactly.
#include <gtest/gtest.h>

#include "store/store.h"

namespace irkg {
namespace {

PairStatsQuery window(const std::string& since, const std::string& until) {
  PairStatsQuery q;
  q.since = since;
  q.until = until;
  return q;
}

TEST(WindowSplit, ManyMonthsSplitAtAMonthStartIntoAdjacentHalves) {
  const auto halves = split_pair_stats_window(window("2023-03-15", "2024-03-14"));
  ASSERT_TRUE(halves);
  EXPECT_EQ(halves->first.since, "2023-03-15");
  EXPECT_EQ(halves->second.until, "2024-03-14");
  EXPECT_EQ(halves->second.since.substr(8), "01");  // a month start
  EXPECT_LT(halves->first.until, halves->second.since);
  // Adjacent: the first half ends the day before the second starts.
  EXPECT_EQ(halves->first.until, "2023-08-31");
  EXPECT_EQ(halves->second.since, "2023-09-01");
}

TEST(WindowSplit, CheapWindowsAndOtherQueriesStayWhole) {
  EXPECT_FALSE(split_pair_stats_window(window("2024-06-01", "2024-06-07")));  // a week: 7 day labels
  EXPECT_FALSE(split_pair_stats_window(window("2023-01-01", "2023-12-31")));  // one year row per pair
  EXPECT_FALSE(split_pair_stats_window(window("2023-01-01", "")));            // open end
  EXPECT_FALSE(split_pair_stats_window(window("", "2023-06-30")));
  PairStatsQuery outlets = window("2023-03-15", "2024-03-14");
  outlets.outlets = {"a.example"};
  EXPECT_FALSE(split_pair_stats_window(outlets));
  PairStatsQuery classes;
  classes.rows = PairStatsQuery::Rows::Classes;
  EXPECT_FALSE(split_pair_stats_window(classes));
}

TEST(WindowSplit, TwoYearsAndAHalfSplitAtAYearStart) {
  const auto halves = split_pair_stats_window(window("2021-07-01", "2023-12-31"));
  ASSERT_TRUE(halves);
  EXPECT_EQ(halves->first.until.substr(5), "12-31");
  EXPECT_EQ(halves->second.since.substr(5), "01-01");
}

}  // namespace
}  // namespace irkg
