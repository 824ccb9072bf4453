#include "extract/claims/tokenizer.h"

namespace irkg {
namespace {

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence at i (1 for ASCII or a stray byte).
std::size_t utf8_len(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return i + n <= s.size() ? n : 1;
}

// Code point of a multi-byte sequence (no validation needed: input is clean UTF-8).
char32_t decode(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  if (n == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (n == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  if (n == 4) return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  return b(0);
}

// Non-ASCII characters count as letters (names like "Erdoğan") except punctuation,
// symbols and spaces of the Latin-1 and General Punctuation blocks.
bool wide_letter(char32_t cp) {
  if (cp >= 0xA0 && cp <= 0xBF) return false;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return true;
}

bool is_apostrophe(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == '\'') { len = 1; return true; }
  if (s.compare(i, 3, "\xE2\x80\x99") == 0) { len = 3; return true; }
  return false;
}

bool letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii_alpha(c) || ascii_digit(c);
  const std::size_t n = utf8_len(s, i);
  return n > 1 && wide_letter(decode(s, i, n));
}

// "U.S.", "U.S.A.", "D.C.": single letters each followed by a dot, at least two of them.
std::size_t dotted_abbreviation(std::string_view s, std::size_t i) {
  std::size_t j = i;
  int letters = 0;
  while (j + 1 < s.size() && ascii_alpha(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') {
    ++letters;
    j += 2;
  }
  return letters >= 2 ? j - i : 0;
}

// "F-16s", "Su-25", "MiG-29", "S-400", "T-72s": a model designation, up to three ASCII
// letters (the first upper-case), a hyphen and one to four digits, with up to two letters
// after them, is one word, so dictionaries can name it ("sent F-16s against"). A hyphen
// elsewhere splits ("Sino-Russian", "Russia-Ukraine"). Returns its length, else 0.
std::size_t model_designation(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] < 'A' || s[i] > 'Z') return 0;
  std::size_t j = i + 1;
  while (j < s.size() && j < i + 3 && ascii_alpha(static_cast<unsigned char>(s[j]))) ++j;
  if (j + 1 >= s.size() || s[j] != '-' || !ascii_digit(static_cast<unsigned char>(s[j + 1]))) return 0;
  std::size_t k = j + 1;
  while (k < s.size() && k < j + 5 && ascii_digit(static_cast<unsigned char>(s[k]))) ++k;
  if (k < s.size() && ascii_digit(static_cast<unsigned char>(s[k]))) return 0;
  std::size_t e = k;
  while (e < s.size() && e < k + 2 && ascii_alpha(static_cast<unsigned char>(s[e]))) ++e;
  if (letter_at(s, e)) return 0;
  return e - i;
}

// "US$3 million", "S$15 million", "HK$2 billion": one to three upper-case letters joined to
// a dollar sign before a figure name the dollar, not a state ("US" would be one). Returns
// the prefix's length with its "$", else 0.
std::size_t dollar_prefix(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && j < i + 3 && s[j] >= 'A' && s[j] <= 'Z') ++j;
  if (j == i || j + 1 >= s.size() || s[j] != '$' || !ascii_digit(static_cast<unsigned char>(s[j + 1]))) return 0;
  return j + 1 - i;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return out;
}

}  // namespace

bool is_quote_mark(const Token& t) {
  static constexpr std::string_view kQuotes[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                                 "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB"};
  if (t.word) return false;
  for (std::string_view q : kQuotes)
    if (t.lower == q) return true;
  return false;
}

bool is_all_caps(std::string_view word) {
  bool any = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any = true;
  }
  return any;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);
  std::size_t i = 0;
  bool space_before = true;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (ascii_space(c)) { ++i; space_before = true; continue; }
    const std::size_t n = utf8_len(s, i);
    if (n > 1 && decode(s, i, n) == 0xA0) { i += n; space_before = true; continue; }
    Token t;
    t.start = i;
    t.joined = !space_before && !out.empty();
    std::size_t end = i;
    std::size_t apos = 0;
    if (is_apostrophe(s, i, apos) && (i + apos + 1 == s.size() || !letter_at(s, i + apos + 1)) &&
        i + apos < s.size() && (s[i + apos] == 's' || s[i + apos] == 'S') && t.joined) {
      end = i + apos + 1;  // possessive "'s" after a word
      t.word = true;
      t.raw = s.substr(i, end - i);
      t.lower = "'s";
    } else if (const std::size_t dollar = space_before || out.empty() ? dollar_prefix(s, i) : 0; dollar > 0) {
      end = i + dollar;  // a currency sign, read as "$" (its raw text keeps the prefix)
      t.raw = s.substr(i, end - i);
      t.lower = "$";
    } else if (letter_at(s, i)) {
      if (const std::size_t abbr = dotted_abbreviation(s, i); abbr > 0 && !letter_at(s, i + abbr)) {
        end = i + abbr;
      } else if (const std::size_t model = space_before || out.empty() || !out.back().word ? model_designation(s, i) : 0;
                 model > 0) {
        end = i + model;
      } else {
        end = i;
        while (end < s.size()) {
          if (letter_at(s, end)) { end += utf8_len(s, end); continue; }
          // keep "don't", "O'Brien" whole, but split the possessive "'s"
          std::size_t a = 0;
          if (is_apostrophe(s, end, a) && letter_at(s, end + a)) {
            const bool possessive = (s[end + a] == 's' || s[end + a] == 'S') && !letter_at(s, end + a + 1);
            if (possessive) break;
            end += a;
            continue;
          }
          // decimals and thousands: 1,000 / 3.5
          if ((s[end] == '.' || s[end] == ',') && end > i && ascii_digit(static_cast<unsigned char>(s[end - 1])) &&
              end + 1 < s.size() && ascii_digit(static_cast<unsigned char>(s[end + 1]))) {
            ++end;
            continue;
          }
          break;
        }
      }
      t.word = true;
      t.raw = s.substr(i, end - i);
      t.lower = lower_ascii(t.raw);
      const auto first = static_cast<unsigned char>(t.raw[0]);
      t.capitalized = (first >= 'A' && first <= 'Z') || first >= 0x80;
    } else {
      end = i + n;
      t.raw = s.substr(i, end - i);
      t.lower = std::string(t.raw);
    }
    out.push_back(std::move(t));
    i = end;
    space_before = false;
  }
  return out;
}

}  // namespace irkg
