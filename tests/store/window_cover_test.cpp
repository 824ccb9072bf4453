// The cover of a date window by pair aggregate rows (schema 6, store/window_cover.h): the
// exact ranges for typical windows, and for every window of a span of days that the cover
// counts each day of the window once, nothing outside it, and uses only units whose next
// larger unit does not fit (so no cover has fewer rows).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/date.h"
#include "store/pair_rows.h"
#include "store/store.h"
#include "store/window_cover.h"

namespace irkg::pair_rows {
namespace {

using Ranges = std::vector<LabelRange>;

TEST(WindowCover, ElevenMonthsFromMidMonthReadThirteenLabelsInSixSizes) {
  // The window: 6 days, the last ten days of March, three quarters, two months, the
  // first ten days of March and 4 days.
  EXPECT_EQ(window_cover("2023-03-15", "2024-03-14"), (Ranges{{kDay, "2023-03-15", "2023-03-20"},
                                                             {kDekad, "2023-03-3", "2023-03-3"},
                                                             {kQuarter, "2023-Q2", "2023-Q4"},
                                                             {kMonth, "2024-01", "2024-02"},
                                                             {kDekad, "2024-03-1", "2024-03-1"},
                                                             {kDay, "2024-03-11", "2024-03-14"}}));
}

TEST(WindowCover, TypicalWindows) {
  EXPECT_EQ(window_cover("2024-06-05", "2024-06-05"), (Ranges{{kDay, "2024-06-05", "2024-06-05"}}));
  // A week across a new year: days of two years in one range (adjacent labels).
  EXPECT_EQ(window_cover("2023-12-28", "2024-01-03"), (Ranges{{kDay, "2023-12-28", "2024-01-03"}}));
  EXPECT_EQ(window_cover("2024-06-01", "2024-06-07"), (Ranges{{kDay, "2024-06-01", "2024-06-07"}}));
  EXPECT_EQ(window_cover("2024-06-11", "2024-06-30"), (Ranges{{kDekad, "2024-06-2", "2024-06-3"}}));
  // The last ten days of February end on its last day, leap year or not.
  EXPECT_EQ(window_cover("2024-02-21", "2024-02-29"), (Ranges{{kDekad, "2024-02-3", "2024-02-3"}}));
  EXPECT_EQ(window_cover("2023-02-21", "2023-02-28"), (Ranges{{kDekad, "2023-02-3", "2023-02-3"}}));
  EXPECT_EQ(window_cover("2023-02-21", "2023-02-27"), (Ranges{{kDay, "2023-02-21", "2023-02-27"}}));
  EXPECT_EQ(window_cover("2023-03-01", "2023-05-31"), (Ranges{{kMonth, "2023-03", "2023-05"}}));
  EXPECT_EQ(window_cover("2023-04-01", "2023-09-30"), (Ranges{{kQuarter, "2023-Q2", "2023-Q3"}}));
  EXPECT_EQ(window_cover("2023-01-01", "2024-12-31"), (Ranges{{kYear, "2023", "2024"}}));
  // Mid-quarter to mid-quarter across a year.
  EXPECT_EQ(window_cover("2022-11-01", "2024-02-29"),
            (Ranges{{kMonth, "2022-11", "2022-12"}, {kYear, "2023", "2023"}, {kMonth, "2024-01", "2024-02"}}));
  EXPECT_EQ(window_cover("2023-05-11", "2023-05-31"), (Ranges{{kDekad, "2023-05-2", "2023-05-3"}}));
  EXPECT_TRUE(window_cover("2024-01-02", "2024-01-01").empty());
}

TEST(WindowCover, OpenBoundsReadEveryEarlierOrLaterYear) {
  EXPECT_EQ(window_cover("2024-01-01", ""), (Ranges{{kYear, "2024", ""}}));
  EXPECT_EQ(window_cover("", "2023-12-31"), (Ranges{{kYear, "", "2023"}}));
  EXPECT_EQ(window_cover("2023-02-11", ""), (Ranges{{kDekad, "2023-02-2", "2023-02-3"},
                                                    {kMonth, "2023-03", "2023-03"},
                                                    {kQuarter, "2023-Q2", "2023-Q4"},
                                                    {kYear, "2024", ""}}));
  EXPECT_EQ(window_cover("", "2023-07-12"), (Ranges{{kYear, "", "2022"},
                                                    {kQuarter, "2023-Q1", "2023-Q2"},
                                                    {kDekad, "2023-07-1", "2023-07-1"},
                                                    {kDay, "2023-07-11", "2023-07-12"}}));
  EXPECT_EQ(window_cover("9999-12-31", ""), (Ranges{{kDay, "9999-12-31", "9999-12-31"}}));
  EXPECT_THROW(window_cover("2023-02-30", ""), StoreError);
  EXPECT_THROW(window_cover("", "yesterday"), StoreError);
}

// The labels of a day in each dated section, as the rows' keys spell them.
std::map<char, std::string> labels_of(const Ymd& d) {
  return {{kYear, year_label(d)}, {kQuarter, quarter_label(d)}, {kMonth, month_label(d)},
          {kDekad, dekad_label(d)}, {kDay, day_label(d)}};
}

bool in_range(const LabelRange& r, const std::string& label) {
  return (r.from.empty() || label >= r.from) && (r.to.empty() || label <= r.to);
}

TEST(WindowCover, EveryWindowIsCoveredExactlyOnceByTheLargestUnitsThatFit) {
  const long span_first = days_from_civil({2023, 11, 20}), span_last = days_from_civil({2024, 4, 12});
  // Every day of a wider span with its labels, and each unit's first and last day.
  const long wide_first = span_first - 400, wide_last = span_last + 400;
  std::vector<std::map<char, std::string>> labels;
  std::map<std::pair<char, std::string>, std::pair<long, long>> unit_days;
  for (long day = wide_first; day <= wide_last; ++day) {
    labels.push_back(labels_of(civil_from_days(day)));
    for (const auto& [section, label] : labels.back()) {
      auto [it, added] = unit_days.try_emplace({section, label}, day, day);
      it->second.second = day;
    }
  }
  // The next larger unit of each size: a unit is in the fewest-rows cover only if that
  // one does not fit the window.
  const std::map<char, char> parent = {{kDay, kDekad}, {kDekad, kMonth}, {kMonth, kQuarter}, {kQuarter, kYear}};
  for (long first = span_first; first <= span_last; first += 3) {
    for (long last = first; last <= span_last; last += (last - first < 40 ? 1 : 5)) {
      const std::string since = format_iso_date(civil_from_days(first)), until = format_iso_date(civil_from_days(last));
      const Ranges ranges = window_cover(since, until);
      ASSERT_LE(ranges.size(), 9u);
      std::set<std::pair<char, std::string>> used;
      for (long day = wide_first; day <= wide_last; ++day) {
        const auto& day_labels = labels[static_cast<std::size_t>(day - wide_first)];
        int times = 0;
        for (const LabelRange& r : ranges)
          if (in_range(r, day_labels.at(r.section))) {
            ++times;
            used.emplace(r.section, day_labels.at(r.section));
          }
        ASSERT_EQ(times, day >= first && day <= last ? 1 : 0)
            << format_iso_date(civil_from_days(day)) << " in " << since << ".." << until;
      }
      // Fewest rows: no unit used lies in a larger unit that fits in the window.
      for (const auto& [section, label] : used) {
        const auto up = parent.find(section);
        if (up == parent.end()) continue;
        const long day = unit_days.at({section, label}).first;
        const std::string& up_label = labels[static_cast<std::size_t>(day - wide_first)].at(up->second);
        const auto [up_first, up_last] = unit_days.at({up->second, up_label});
        EXPECT_FALSE(up_first >= first && up_last <= last) << label << " in " << since << ".." << until;
      }
    }
  }
}

TEST(WindowCover, RowKeysUseTheCoversLabels) {
  PairClaim c;
  c.a = "RUS";
  c.b = "USA";
  c.relation = "condemn";
  c.claim_id = "0123456789abcdef01234567";
  c.polarity = -1;
  for (const char* date : {"2024-02-29", "2023-10-10", "2023-10-11", "2023-12-31", "2024-01-01"}) {
    c.date = date;
    std::vector<std::string> keys;
    row_keys(c, keys);
    const Ymd d = *parse_iso_date(date);
    for (const auto& [section, label] : labels_of(d)) {
      const std::string key = std::string(1, section) + '\x1f' + label + "\x1fRUS\x1fUSA";
      EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << key;
      ParsedKey parsed;
      ASSERT_TRUE(parse_key(key, parsed));
      EXPECT_EQ(parsed.label, label);
      EXPECT_EQ(parsed.a, "RUS");
      EXPECT_EQ(parsed.b, "USA");
    }
  }
}

}  // namespace
}  // namespace irkg::pair_rows
