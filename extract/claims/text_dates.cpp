#include "extract/claims/text_dates.h"

#include <array>
#include <string_view>

namespace irkg {
namespace {

// Months and weekdays are closed sets of the language, not dictionary entries.
int month_number(const std::string& w) {
  static const std::array<std::string_view, 12> full = {"january", "february", "march",     "april",   "may",      "june",
                                                         "july",    "august",   "september", "october", "november", "december"};
  static const std::array<std::string_view, 12> abbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t i = 0; i < 12; ++i)
    if (w == full[i] || w == abbr[i]) return static_cast<int>(i) + 1;
  if (w == "sept") return 9;
  return 0;
}

int weekday_number(const std::string& w) {  // 0 = Sunday
  static const std::array<std::string_view, 7> days = {"sunday",   "monday", "tuesday", "wednesday",
                                                        "thursday", "friday", "saturday"};
  for (std::size_t i = 0; i < 7; ++i)
    if (w == days[i]) return static_cast<int>(i);
  return -1;
}

int small_number(const std::string& w, int lo, int hi) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

// "8th" -> 8
int day_number(const std::string& w) {
  std::string digits = w;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (digits.size() > 2 && digits.compare(digits.size() - 2, 2, suffix) == 0) digits.resize(digits.size() - 2);
  return small_number(digits, 1, 31);
}

Ymd shift(const Ymd& d, long days) { return civil_from_days(days_from_civil(d) + days); }

}  // namespace

SentenceDates dates_in_sentence(const std::vector<Token>& t, const std::optional<Ymd>& published) {
  SentenceDates out;
  for (std::size_t i = 0; i < t.size() && !out.day; ++i) {
    const std::string& w = t[i].lower;
    if (const int month = month_number(w); month > 0 && t[i].capitalized) {
      // "July 8", "July 8, 2021", "8 July 2021"
      int day = 0, year = 0;
      std::size_t k = i + 1;
      if (k < t.size() && (day = day_number(t[k].lower)) > 0) {
        ++k;
        if (k < t.size() && t[k].lower == ",") ++k;
      } else if (i > 0 && (day = day_number(t[i - 1].lower)) > 0) {
      }
      if (k < t.size()) year = small_number(t[k].lower, 1800, 2100);
      if (day == 0) continue;
      if (year == 0) {
        if (!published) continue;
        year = published->year;
        if (Ymd{year, month, day} > shift(*published, 1)) --year;  // "December 30" read in January
      }
      if (is_valid_date(year, month, day)) out.day = Ymd{year, month, day};
      continue;
    }
    if (!published) continue;
    if (w == "yesterday") out.day = shift(*published, -1);
    else if (w == "today" || w == "tonight") out.day = *published;
    else if (w == "week" && i > 0 && t[i - 1].lower == "last") out.day = shift(*published, -7);
    else if (const int wd = weekday_number(w); wd >= 0 && t[i].capitalized) {
      // news convention: "on Monday" is the latest Monday up to the publication day
      const int pub_wd = static_cast<int>(((days_from_civil(*published) % 7) + 11) % 7);  // 1970-01-01 was a Thursday
      int back = (pub_wd - wd + 7) % 7;
      if (back == 0 && i > 0 && t[i - 1].lower == "last") back = 7;
      out.day = shift(*published, -back);
    }
  }
  if (published) {
    for (const Token& tok : t)
      if (const int y = small_number(tok.lower, 1800, 2100); y > 0 && y < published->year - 10) {
        out.old_year = y;
        break;
      }
  }
  return out;
}

}  // namespace irkg
