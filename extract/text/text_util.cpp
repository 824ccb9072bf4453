#include "extract/text/text_util.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "core/strings.h"

namespace irkg::text {
namespace {

// Length in bytes of a Unicode space starting at s[i], or 0. Covers NBSP, the U+2000 block
// of typographic spaces, narrow NBSP, ideographic space and zero-width characters that
// scrapers leave between words.
std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  const auto c0 = static_cast<unsigned char>(s[i]);
  if (c0 == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c0 == 0xE2 && i + 2 < s.size()) {
    const auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) return 3;  // U+2000..U+200B, U+202F
    if (c1 == 0x81 && c2 == 0x9F) return 3;                   // U+205F
  }
  if (c0 == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000
  if (c0 == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF)
    return 3;  // U+FEFF inside text
  return 0;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The most frequent English function words; their density separates prose from menus and
// headline lists (jusText's main feature). Sorted for binary search.
constexpr std::array<std::string_view, 120> kStopWords = {
    "a",     "about",   "after",  "again",  "against", "all",    "also",   "am",     "an",     "and",
    "any",   "are",     "as",     "at",     "be",      "because", "been",  "before", "being",  "between",
    "both",  "but",     "by",     "can",    "could",   "did",    "do",     "does",   "doing",  "down",
    "during", "each",   "even",   "few",    "for",     "from",   "further", "had",   "has",    "have",
    "having", "he",     "her",    "here",   "hers",    "him",    "his",    "how",    "i",      "if",
    "in",    "into",    "is",     "it",     "its",     "just",   "like",   "many",   "may",    "me",
    "might", "more",    "most",   "much",   "must",    "my",     "no",     "nor",    "not",    "now",
    "of",    "off",     "on",     "once",   "one",     "only",   "or",     "other",  "our",    "out",
    "over",  "own",     "said",   "same",   "she",     "should", "since",  "so",     "some",   "such",
    "than",  "that",    "the",    "their",  "them",    "then",   "there",  "these",  "they",   "this",
    "those", "through", "to",     "too",    "under",   "until",  "up",     "very",   "was",    "we",
    "were",  "what",    "when",   "where",  "which",   "while",  "who",    "will",   "with",   "would"};

static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()), "binary search needs sorted stop words");

bool is_stop_word(std::string_view lower_word) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), lower_word);
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '\'';
}

}  // namespace

bool is_clean_utf8(std::string_view s) {
  if (s.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return false;  // UTF-16
    if (s.size() >= 3 && b0 == 0xEF && b1 == 0xBB && static_cast<unsigned char>(s[2]) == 0xBF) return false;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // ASCII fast path, eight bytes at a time: no high bit and no zero byte.
    if (end - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      const bool ascii = (v & 0x8080808080808080ULL) == 0;
      const bool has_zero = ((v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL) != 0;
      if (ascii && !has_zero) {
        p += 8;
        continue;
      }
    }
    const unsigned c = *p;
    if (c >= 0x01 && c < 0x80) {
      ++p;
      continue;
    }
    if (c == 0) return false;
    std::size_t len = 0;
    std::uint32_t cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return false;
    if (static_cast<std::size_t>(end - p) < len) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += len;
  }
  return true;
}

void append_normalized(std::string& out, std::string_view s) {
  bool pending_space = !out.empty() && out.back() == ' ';
  if (pending_space) out.pop_back();
  for (std::size_t i = 0; i < s.size();) {
    std::size_t sp = is_ascii_space(s[i]) ? 1 : 0;
    if (!sp && static_cast<unsigned char>(s[i]) >= 0xC2) sp = unicode_space_at(s, i);
    if (sp) {
      pending_space = true;
      i += sp;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
    pending_space = false;
    out.push_back(s[i]);
    ++i;
  }
  if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
}

std::string normalize_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_normalized(out, s);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string lower_ascii(std::string_view s) { return ascii_lower(s); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

bool contains_ci(std::string_view haystack, std::string_view lower_needle) {
  if (lower_needle.empty()) return true;
  if (haystack.size() < lower_needle.size()) return false;
  for (std::size_t i = 0; i + lower_needle.size() <= haystack.size(); ++i)
    if (starts_with_ci(haystack.substr(i), lower_needle)) return true;
  return false;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

WordStats word_stats(std::string_view s) {
  WordStats w;
  std::string lower;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!is_word_byte(c)) {
      if (c == ',') ++w.commas;
      if ((c == '.' || c == '?' || c == '!') && i + 1 < s.size() && s[i + 1] == ' ' && i > 0 &&
          is_word_byte(static_cast<unsigned char>(s[i - 1])))
        ++w.sentence_ends;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    const std::string_view word = s.substr(start, i - start);
    ++w.words;
    if (word.size() <= 7) {
      lower.assign(word);
      for (char& ch : lower)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (is_stop_word(lower)) ++w.stop_words;
    }
    if (w.words > 1 && char_count(word) >= 4) {
      ++w.long_words;
      if (word[0] >= 'A' && word[0] <= 'Z') ++w.capitalised;
    }
  }
  return w;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    // Closing quotes ” ’ » (UTF-8) are skipped like ASCII ones.
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") {
      s.remove_suffix(2);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\xA6" ||  // …
                           s.substr(s.size() - 3) == "\xE3\x80\x82");   // 。
}

bool strip_bullet(std::string_view& s) {
  static constexpr std::array<std::string_view, 9> kBullets = {"\xE2\x80\xA2", "\xC2\xB7",     "\xE2\x96\xAA",
                                                               "\xE2\x96\xBA", "\xE2\x80\xA3", "\xE2\x97\x8F",
                                                               "-",            "*",            "\xE2\x80\x93"};
  for (auto b : kBullets) {
    if (s.size() > b.size() + 1 && s.substr(0, b.size()) == b && s[b.size()] == ' ') {
      s.remove_prefix(b.size() + 1);
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      return true;
    }
  }
  return false;
}

}  // namespace irkg::text
