#include "store/window_cover.h"

#include <array>
#include <cstdio>
#include <optional>

#include "store/pair_rows.h"
#include "store/store.h"

namespace irkg::pair_rows {

namespace {

// The five sizes of dated rows, smallest first.
enum class Unit { Day, Dekad, Month, Quarter, Year };
constexpr std::array<Unit, 5> kLargestFirst = {Unit::Year, Unit::Quarter, Unit::Month, Unit::Dekad, Unit::Day};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int dekad_of(int day) { return day <= 10 ? 1 : day <= 20 ? 2 : 3; }

// The first and last day of the unit of size `u` that holds `d`.
Ymd unit_start(Unit u, const Ymd& d) {
  switch (u) {
    case Unit::Day: return d;
    case Unit::Dekad: return {d.year, d.month, (dekad_of(d.day) - 1) * 10 + 1};
    case Unit::Month: return {d.year, d.month, 1};
    case Unit::Quarter: return {d.year, (d.month - 1) / 3 * 3 + 1, 1};
    case Unit::Year: return {d.year, 1, 1};
  }
  return d;
}

Ymd unit_end(Unit u, const Ymd& d) {
  switch (u) {
    case Unit::Day: return d;
    case Unit::Dekad:
      return {d.year, d.month, dekad_of(d.day) < 3 ? dekad_of(d.day) * 10 : days_in_month(d.year, d.month)};
    case Unit::Month: return {d.year, d.month, days_in_month(d.year, d.month)};
    case Unit::Quarter: {
      const int last_month = (d.month - 1) / 3 * 3 + 3;
      return {d.year, last_month, days_in_month(d.year, last_month)};
    }
    case Unit::Year: return {d.year, 12, 31};
  }
  return d;
}

char section_of(Unit u) {
  switch (u) {
    case Unit::Day: return kDay;
    case Unit::Dekad: return kDekad;
    case Unit::Month: return kMonth;
    case Unit::Quarter: return kQuarter;
    case Unit::Year: return kYear;
  }
  return kDay;
}

std::string label_of(Unit u, const Ymd& d) {
  switch (u) {
    case Unit::Day: return day_label(d);
    case Unit::Dekad: return dekad_label(d);
    case Unit::Month: return month_label(d);
    case Unit::Quarter: return quarter_label(d);
    case Unit::Year: return year_label(d);
  }
  return {};
}

Ymd day_after(const Ymd& d) { return civil_from_days(days_from_civil(d) + 1); }

// Appends a unit's label, extending the previous range when it is of the same size (units
// of one size taken one after another are adjacent labels of their section).
void append(std::vector<LabelRange>& ranges, char section, std::string from, std::string to) {
  if (!ranges.empty() && ranges.back().section == section) {
    ranges.back().to = std::move(to);
    return;
  }
  ranges.push_back({section, std::move(from), std::move(to)});
}

// The largest units that fit, from `first` to `last` (both inclusive).
void cover_days(Ymd first, const Ymd& last, std::vector<LabelRange>& ranges) {
  while (first <= last) {
    for (Unit u : kLargestFirst) {
      if (unit_start(u, first) != first || unit_end(u, first) > last) continue;
      std::string label = label_of(u, first);
      append(ranges, section_of(u), label, label);
      first = day_after(unit_end(u, first));
      break;  // a day always fits, so some unit does
    }
  }
}

Ymd parse_bound(std::string_view date) {
  const auto parsed = parse_iso_date(date);
  if (!parsed) throw StoreError("date bounds must be YYYY-MM-DD, not '" + std::string(date) + "'");
  return *parsed;
}

// Labels are four-digit years: "10000" would sort before "2023".
constexpr int kFirstYear = 0, kLastYear = 9999;

}  // namespace

std::string year_label(const Ymd& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", d.year);
  return buf;
}

std::string quarter_label(const Ymd& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", d.year, (d.month - 1) / 3 + 1);
  return buf;
}

std::string month_label(const Ymd& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

std::string dekad_label(const Ymd& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%d", d.year, d.month, dekad_of(d.day));
  return buf;
}

std::string day_label(const Ymd& d) { return format_iso_date(d); }

std::vector<LabelRange> window_cover(std::string_view since, std::string_view until) {
  const std::optional<Ymd> first = since.empty() ? std::nullopt : std::optional<Ymd>(parse_bound(since));
  const std::optional<Ymd> last = until.empty() ? std::nullopt : std::optional<Ymd>(parse_bound(until));
  std::vector<LabelRange> ranges;
  if (first && last) {
    cover_days(*first, *last, ranges);
  } else if (last) {
    // Every year before the last one's, then its year up to `last`.
    if (last->year > kFirstYear) ranges.push_back({kYear, "", year_label({last->year - 1, 1, 1})});
    cover_days({last->year, 1, 1}, *last, ranges);
  } else if (first) {
    // `first`'s year from `first`, then every later year.
    cover_days(*first, {first->year, 12, 31}, ranges);
    if (first->year < kLastYear) append(ranges, kYear, year_label({first->year + 1, 1, 1}), "");
  } else {
    ranges.push_back({kYear, "", ""});
  }
  return ranges;
}

}  // namespace irkg::pair_rows
