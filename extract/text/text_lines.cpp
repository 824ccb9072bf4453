#include "extract/text/text_lines.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "core/strings.h"

namespace irkg::text {
namespace {

struct RawLine {
  std::string_view text;
  bool group_start;
};

bool starts_lower(std::string_view s) {
  const std::size_t i = s.find_first_not_of(" \"'(");
  return i != std::string_view::npos && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'));
}

// A run of non-blank lines is hard-wrapped prose when its lines (but the last) have about
// the same width, that width is a typical wrap column, and some lines continue a
// sentence onto a line starting in lower case. Headline lists fail the last test.
bool is_wrapped_group(const std::vector<RawLine>& lines, std::size_t from, std::size_t to) {
  if (to - from < 2) return false;
  std::size_t width = 0;
  for (std::size_t i = from; i < to; ++i) width = std::max(width, char_count(lines[i].text));
  if (width < 40 || width > 110) return false;
  std::size_t lower_continuations = 0;
  for (std::size_t i = from; i + 1 < to; ++i) {
    if (char_count(lines[i].text) * 10 < width * 6) return false;
    std::string_view t = lines[i].text;
    if (strip_bullet(t)) return false;
    if (starts_lower(lines[i + 1].text)) ++lower_continuations;
  }
  return lower_continuations * 3 >= (to - from - 1);
}

}  // namespace

std::vector<TextLine> split_text_lines(std::string_view text) {
  // Raw lines, each marked as starting a blank-line separated group or not.
  std::vector<RawLine> raw;
  std::vector<bool> indented;
  bool after_blank = true;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find_first_of("\n\r", pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    const std::string_view t = trim_space(line);
    if (t.empty()) {
      after_blank = true;
    } else {
      raw.push_back({t, after_blank});
      indented.push_back(line.size() >= 2 && (line[0] == ' ' || line[0] == '\t') && (line[1] == ' ' || line[0] == '\t'));
      after_blank = false;
    }
    if (end == text.size()) break;
    pos = end + 1;
    if (text[end] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
  }

  std::vector<TextLine> out;
  out.reserve(raw.size());
  for (std::size_t g = 0; g < raw.size();) {
    std::size_t end = g + 1;
    while (end < raw.size() && !raw[end].group_start) ++end;
    if (is_wrapped_group(raw, g, end)) {
      TextLine l;
      for (std::size_t i = g; i < end; ++i) {
        if (i > g) l.text.push_back(' ');
        append_normalized(l.text, raw[i].text);
      }
      l.group_start = true;
      out.push_back(std::move(l));
    } else {
      for (std::size_t i = g; i < end; ++i) {
        TextLine l;
        std::string_view t = raw[i].text;
        l.bullet = strip_bullet(t);
        l.indented = indented[i];
        l.text = normalize_space(t);
        l.group_start = raw[i].group_start;
        out.push_back(std::move(l));
      }
    }
    g = end;
  }

  // Repetition: menus and logos printed several times. Long lines are prose and are
  // left out of the count (duplicated paragraphs are handled by the content pass).
  std::unordered_map<std::string, int> counts;
  std::vector<std::string> keys(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].text.size() > 300) continue;
    keys[i] = lower_ascii(out[i].text);
    ++counts[keys[i]];
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    TextLine& l = out[i];
    if (!keys[i].empty()) l.repeats = counts[keys[i]];
    l.chars = char_count(l.text);
    l.words = word_stats(l.text);
    l.furniture = classify_furniture(l.text);
  }
  return out;
}

}  // namespace irkg::text
