#include "extract/claims/sentences.h"

namespace irkg {
namespace {

bool upper_start(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' ||
         c >= 0xC0;  // non-ASCII letter or a curly quote
}

bool letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The word right before position `dot`, lower-cased.
std::string word_before(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (letter(s[b - 1]) || s[b - 1] == '.')) --b;
  std::string w(s.substr(b, dot - b));
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return w;
}

void push(std::vector<SentenceSpan>& out, std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  if (e > b) out.push_back({b, e});
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view s, const WordSet& abbreviations) {
  std::vector<SentenceSpan> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n') {
      push(out, s, begin, i);
      begin = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // closing quotes/brackets belong to the sentence they end
    std::size_t end = i + 1;
    while (end < s.size() && (s[end] == '"' || s[end] == '\'' || s[end] == ')')) ++end;
    if (end + 2 < s.size() && s.compare(end, 3, "\xE2\x80\x9D") == 0) end += 3;
    if (end >= s.size() || (s[end] != ' ' && s[end] != '\t')) continue;
    std::size_t next = end;
    while (next < s.size() && (s[next] == ' ' || s[next] == '\t')) ++next;
    if (!upper_start(s, next)) continue;
    if (c == '.') {
      const std::string w = word_before(s, i);
      const std::string bare = w.substr(w.rfind('.') == std::string::npos ? 0 : w.rfind('.') + 1);
      if (bare.size() == 1 && w.find('.') == std::string::npos) continue;  // an initial: "W. Bush"
      if (abbreviations.contains(w) || abbreviations.contains(bare)) continue;
    }
    push(out, s, begin, end);
    begin = end;
  }
  push(out, s, begin, s.size());
  return out;
}

}  // namespace irkg
