#pragma once
// Which pair aggregate rows answer a date window (schema 6, docs/STORE.md "Pair
// aggregates"): the window as the fewest calendar units of the rows' five sizes. Each size
// is cut into the next smaller one (a year into quarters, a quarter into months, a month
// into ten-day units (days 1-10, 11-20, 21-end), a ten-day unit into days), so the fewest
// units covering a window exactly are its largest units that fit, taken from its start:
// days up to the first ten-day start, ten-day units up to the first month, ... whole
// years, then smaller units again towards its end. An 11-month window from mid-March to
// mid-March reads 6 days, 1 ten-day unit, 3 quarters, 2 months, 1 ten-day unit and 4 days
// of rows (13 labels) where months and days needed 42.
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace irkg::pair_rows {

// The labels of a row of each size: "YYYY", "YYYY-Qn", "YYYY-MM", "YYYY-MM-n" (n = 1, 2,
// 3: the month's ten-day unit) and "YYYY-MM-DD". Each sorts in calendar order among its
// size's labels.
std::string year_label(const Ymd& d);
std::string quarter_label(const Ymd& d);
std::string month_label(const Ymd& d);
std::string dekad_label(const Ymd& d);
std::string day_label(const Ymd& d);

// A run of one section's labels, inclusive at both ends; an empty bound is open (every
// earlier or later label of the section).
struct LabelRange {
  char section = 0;
  std::string from, to;
  bool operator==(const LabelRange&) const = default;
};

// The rows of the claims dated from `since` to `until` (YYYY-MM-DD, inclusive; an empty
// bound is open, not both), in calendar order, one range per run of units of one size:
// at most nine ranges. Empty when since > until. Throws StoreError for a bound that is
// not a calendar date.
std::vector<LabelRange> window_cover(std::string_view since, std::string_view until);

}  // namespace irkg::pair_rows
