#include "extract/text/agency.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/agencies.h"
#include "core/strings.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

// A dateline sits at the very start of the first paragraphs: the place and date before the
// agency take at most this many bytes ("WASHINGTON, Nov. 19 (AP) —").
constexpr std::size_t kDatelineReach = 100;
constexpr std::size_t kDatelineParagraphs = 3;
// Credit lines are short; a long paragraph that mentions "copyright" is story text.
constexpr std::size_t kCreditMaxBytes = 250;
constexpr std::size_t kCreditParagraphs = 3;

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// A text and its lower-case copy, made once for all spellings.
struct Haystack {
  std::string_view exact;
  std::string lower;
  explicit Haystack(std::string_view text) : exact(text), lower(lower_ascii(text)) {}
};

// Where `spelling` occurs as a whole word in `text` (case-insensitive for full spellings,
// exact for acronyms, which are words in lower case: "aa", "pa"), or npos.
std::size_t find_spelling(const Haystack& text, const AgencySpelling& s, std::size_t from = 0) {
  const std::string_view hay = s.short_form ? text.exact : std::string_view(text.lower);
  const std::string_view needle = s.short_form ? std::string_view(s.text) : std::string_view(s.lower);
  for (std::size_t p = hay.find(needle, from); p != std::string_view::npos; p = hay.find(needle, p + 1)) {
    const bool start_ok = p == 0 || !is_word_byte(hay[p - 1]);
    const std::size_t end = p + needle.size();
    const bool end_ok = end == hay.size() || !is_word_byte(hay[end]);
    if (start_ok && end_ok) return p;
  }
  return std::string_view::npos;
}

bool equals_spelling(const Haystack& text, const AgencySpelling& s) {
  return s.short_form ? text.exact == s.text : text.lower == s.lower;
}

// After the closing parenthesis of "(Reuters)" a dateline goes on with a dash or colon.
bool dateline_tail(std::string_view rest) {
  rest = trim_space(rest);
  if (rest.empty()) return true;
  for (std::string_view dash : {"-", ":", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95"})
    if (rest.rfind(dash, 0) == 0) return true;
  return false;
}

std::string from_dateline(std::string_view p) {
  const std::string_view window = p.substr(0, kDatelineReach + 40);
  const Haystack hay(window);
  for (const auto& s : agency_spellings()) {
    for (std::size_t at = find_spelling(hay, s); at != std::string_view::npos; at = find_spelling(hay, s, at + 1)) {
      if (at == 0 || at > kDatelineReach) continue;
      const char open = window[at - 1];
      const std::size_t close_at = at + s.text.size();
      if (close_at >= window.size()) continue;
      const char close = window[close_at];
      // "(Reuters) -", "(PTI):" and TASS's "/TASS/."
      if (open == '(' && close == ')' && dateline_tail(window.substr(close_at + 1))) return s.canonical;
      if (open == '/' && close == '/') return s.canonical;
    }
  }
  return {};
}

std::string from_byline(std::string_view author) {
  author = trim_space(author);
  if (author.rfind("By ", 0) == 0 || author.rfind("by ", 0) == 0) author.remove_prefix(3);
  std::size_t start = 0;
  while (start <= author.size()) {
    std::size_t end = author.size();
    for (std::string_view sep : {",", "|", " and ", "/", " - ", ";", " \xE2\x80\x94 "}) {
      const std::size_t at = author.find(sep, start);
      if (at != std::string_view::npos && at < end) end = at;
    }
    std::string_view part = trim_space(author.substr(start, end - start));
    for (std::string_view suffix : {" Staff", " staff", " Wire", " wire"})
      if (part.size() > suffix.size() && part.substr(part.size() - suffix.size()) == suffix)
        part.remove_suffix(suffix.size());
    const Haystack hay(part);
    for (const auto& s : agency_spellings())
      if (equals_spelling(hay, s)) return s.canonical;
    if (end == author.size()) break;
    start = end + 1;
  }
  return {};
}

// A four-digit year from 1900 to 2099 anywhere in `s`.
bool has_year(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i)
    if ((s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 3])))
      return true;
  return false;
}

std::string from_credit_line(std::string_view line) {
  line = trim_space(line);
  if (line.empty() || line.size() > kCreditMaxBytes) return {};
  const std::string lower = lower_ascii(line);
  const bool copyright = lower.rfind("copyright", 0) == 0 || lower.rfind("\xC2\xA9", 0) == 0 || lower.rfind("(c)", 0) == 0;
  // A story's copyright line carries a year or "rights reserved"; a photo credit
  // ("© REUTERS / POOL") credits the picture, not the story.
  const bool story_copyright = copyright && (lower.find("rights reserved") != std::string::npos || has_year(lower));
  if (story_copyright) {
    const Haystack hay(line);
    for (const auto& s : agency_spellings())
      if (find_spelling(hay, s) != std::string_view::npos) return s.canonical;
  }
  if (const std::size_t at = lower.find("with inputs from "); at != std::string::npos) {
    const Haystack rest(line.substr(at + 17));
    for (const auto& s : agency_spellings())
      if (find_spelling(rest, s) == 0) return s.canonical;
  }
  // "— AFP", "(Reuters)", "-Reuters.": the credit alone on its line.
  std::string_view bare = line;
  while (!bare.empty() && (bare.front() == '(' || bare.front() == '-' || bare.front() == ' ' ||
                           static_cast<unsigned char>(bare.front()) >= 0x80))
    bare.remove_prefix(1);
  while (!bare.empty() && (bare.back() == ')' || bare.back() == '.' || bare.back() == ' ')) bare.remove_suffix(1);
  if (bare.size() < line.size()) {
    const Haystack hay(bare);
    for (const auto& s : agency_spellings())
      if (equals_spelling(hay, s)) return s.canonical;
  }
  // Reuters signs every story "Reporting by ...; Editing by ..." (house style).
  if (lower.find("reporting by ") != std::string::npos && lower.find("editing by ") != std::string::npos)
    return canonical_agency("Reuters");
  return {};
}

}  // namespace

std::string detect_agency(const std::vector<std::string>& paragraphs, const std::string& author,
                          const std::vector<std::string>& credits) {
  for (std::size_t i = 0; i < paragraphs.size() && i < kDatelineParagraphs; ++i)
    if (auto a = from_dateline(paragraphs[i]); !a.empty()) return a;
  if (auto a = from_byline(author); !a.empty()) return a;
  const std::size_t tail = paragraphs.size() > kCreditParagraphs ? paragraphs.size() - kCreditParagraphs : 0;
  for (std::size_t i = paragraphs.size(); i-- > tail;)
    if (auto a = from_credit_line(paragraphs[i]); !a.empty()) return a;
  for (const auto& c : credits)
    if (auto a = from_credit_line(c); !a.empty()) return a;
  return {};
}

}  // namespace irkg::text
