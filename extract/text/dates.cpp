#include "extract/text/dates.h"

#include <array>
#include <cctype>
#include <optional>

#include "core/date.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Month number for a word starting at s (full name or 3+ letter abbreviation, "Sept"),
// with the word's length; 0 when it is not a month.
int month_at(std::string_view s, std::size_t& len) {
  std::size_t n = 0;
  while (n < s.size() && is_alpha(s[n])) ++n;
  if (n < 3) return 0;
  const std::string word = lower_ascii(s.substr(0, n));
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view full = kMonths[m];
    if (word == full || (word.size() >= 3 && word.size() < full.size() && full.substr(0, word.size()) == word &&
                         (word.size() == 3 || word == "sept"))) {
      len = n;
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// Reads 1..max digits at s[i]; returns the value and advances i, or nullopt.
std::optional<int> number_at(std::string_view s, std::size_t& i, std::size_t max_digits) {
  std::size_t j = i;
  int v = 0;
  while (j < s.size() && is_digit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  if (j == i || (j < s.size() && is_digit(s[j]))) return std::nullopt;
  i = j;
  return v;
}

void skip(std::string_view s, std::size_t& i, std::string_view chars) {
  while (i < s.size() && chars.find(s[i]) != std::string_view::npos) ++i;
}

void skip_ordinal(std::string_view s, std::size_t& i) {
  if (i + 1 < s.size()) {
    const std::string two = lower_ascii(s.substr(i, 2));
    if (two == "st" || two == "nd" || two == "rd" || two == "th") i += 2;
  }
}

std::string make(int y, int m, int d) {
  // Years outside this window are page furniture (copyright 1970 placeholders) or typos.
  if (y < 1900 || y > 2100 || !is_valid_date(y, m, d)) return {};
  return format_iso_date(Ymd{y, m, d});
}

// "June 23, 2021" / "Jun. 23 2021" starting at a month word.
std::string month_first(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  const int m = month_at(s.substr(i), len);
  if (!m) return {};
  i += len;
  skip(s, i, ". ");
  const auto d = number_at(s, i, 2);
  if (!d) return {};
  skip_ordinal(s, i);
  skip(s, i, ", ");
  const auto y = number_at(s, i, 4);
  if (!y || *y < 1000) return {};
  return make(*y, m, *d);
}

// "23 June 2021" / "23rd of June, 2021" / "23. Juni"-like starting at a day number.
std::string day_first(std::string_view s, std::size_t i) {
  const auto d = number_at(s, i, 2);
  if (!d) return {};
  skip_ordinal(s, i);
  skip(s, i, ". ");
  if (starts_with_ci(s.substr(i), "of ")) i += 3;
  std::size_t len = 0;
  const int m = month_at(s.substr(i), len);
  if (!m) return {};
  i += len;
  skip(s, i, "., ");
  const auto y = number_at(s, i, 4);
  if (!y || *y < 1000) return {};
  return make(*y, m, *d);
}

// "2021-06-23", "2021/06/23", "2021.06.23" starting at a four-digit year.
std::string year_first(std::string_view s, std::size_t i) {
  const auto y = number_at(s, i, 4);
  if (!y || *y < 1000 || i >= s.size()) return {};
  const char sep = s[i];
  if (sep != '-' && sep != '/' && sep != '.') return {};
  ++i;
  const auto m = number_at(s, i, 2);
  if (!m || i >= s.size() || s[i] != sep) return {};
  ++i;
  const auto d = number_at(s, i, 2);
  if (!d) return {};
  return make(*y, *m, *d);
}

bool word_start(std::string_view s, std::size_t i) { return i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])); }

}  // namespace

std::string find_date_in(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!word_start(s, i)) continue;
    std::string r;
    if (is_alpha(s[i])) r = month_first(s, i);
    else if (is_digit(s[i])) {
      r = year_first(s, i);
      if (r.empty()) r = day_first(s, i);
    }
    if (!r.empty()) return r;
  }
  return {};
}

std::string parse_date_value(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '"')) v.remove_prefix(1);
  if (v.size() >= 8 && is_digit(v[0])) {
    bool eight_digits = true;
    for (std::size_t i = 0; i < 8; ++i) eight_digits = eight_digits && is_digit(v[i]);
    if (eight_digits && (v.size() == 8 || !is_digit(v[8]))) {
      auto num = [&](std::size_t from, std::size_t n) {
        int x = 0;
        for (std::size_t i = from; i < from + n; ++i) x = x * 10 + (v[i] - '0');
        return x;
      };
      if (auto r = make(num(0, 4), num(4, 2), num(6, 2)); !r.empty()) return r;
    }
  }
  if (auto r = year_first(v, 0); !r.empty()) return r;
  return find_date_in(v.substr(0, 80));
}

bool is_date_line(std::string_view line) {
  if (line.size() > 80) return false;
  const std::string date = find_date_in(line);
  if (date.empty()) return false;
  // A date line is mostly the date: few words besides month, day, year, time and labels.
  const WordStats w = word_stats(line);
  return w.words <= 9;
}

}  // namespace irkg::text
