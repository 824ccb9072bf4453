#pragma once
// Calendar dates as YYYY-MM-DD strings, the only date form irkg stores.
#include <optional>
#include <string>
#include <string_view>

namespace irkg {

struct Ymd {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Ymd&) const = default;
};

// Parses exactly YYYY-MM-DD with a real calendar check (2021-02-30 is rejected).
std::optional<Ymd> parse_iso_date(std::string_view s);
std::string format_iso_date(const Ymd& d);
bool is_valid_date(int year, int month, int day);
// Days since 1970-01-01 and back (proleptic Gregorian), for "last week"-style arithmetic.
long days_from_civil(const Ymd& d);
Ymd civil_from_days(long days);

}  // namespace irkg
