#include "extract/text/text_metadata.h"

#include <algorithm>
#include <map>

#include "extract/text/byline.h"
#include "extract/text/dates.h"

namespace irkg::text {
namespace {

bool is_headline_candidate(const TextLine& l) {
  // Mail headers and link lines ("From: desk@...", "Source: https://...") are not titles.
  const std::size_t colon = l.text.find(':');
  if (l.text.find('@') != std::string::npos || l.text.find("://") != std::string::npos ||
      (colon != std::string::npos && colon < 12 && l.text.find(' ') > colon))
    return false;
  return !l.bullet && l.furniture.kind == FurnitureKind::None && l.words.words >= 4 && l.chars <= 250 &&
         !is_date_line(l.text) && byline_author(l.text).empty();
}

// The site name: a short line repeated near the top of the page (logo alt text, menu
// title), preferably one that shares a word with the copyright holder.
std::string detect_outlet(const std::vector<TextLine>& lines) {
  std::string holder;
  for (auto it = lines.rbegin(); it != lines.rend() && holder.empty(); ++it)
    holder = std::string(copyright_holder(it->text));
  const std::string holder_lower = lower_ascii(holder);
  std::map<std::string, int> score;
  std::map<std::string, std::string> original;
  const std::size_t top = std::min<std::size_t>(lines.size(), 8);
  for (std::size_t i = 0; i < top; ++i) {
    const TextLine& l = lines[i];
    if (l.bullet || l.repeats < 2 || l.words.words == 0 || l.words.words > 3 || l.chars > 40) continue;
    if (l.furniture.kind != FurnitureKind::None) continue;
    const std::string key = lower_ascii(l.text);
    int s = l.repeats + (i == 0 ? 3 : 0);
    // Shares its first three letters with the copyright holder's name.
    if (holder_lower.size() >= 3 && key.size() >= 3 && holder_lower.find(key.substr(0, 3)) != std::string::npos) s += 5;
    if (s > score[key]) {
      score[key] = s;
      original[key] = l.text;
    }
  }
  std::string best;
  int best_score = 0;
  for (const auto& [key, s] : score)
    if (s > best_score) {
      best = original[key];
      best_score = s;
    }
  return best.empty() ? holder : best;
}

}  // namespace

PageMetadata text_metadata(const std::vector<TextLine>& lines, std::size_t body_start, int& title_line) {
  PageMetadata m;
  title_line = -1;
  const std::size_t n = lines.size();
  // The byline block sits between the headline and the body; allow it to spill into the
  // first few body lines.
  const std::size_t scan_end = std::min(n, body_start + 3);
  int byline_line = -1;
  for (std::size_t i = 0; i < scan_end; ++i) {
    const TextLine& l = lines[i];
    if (l.chars > 100) continue;
    const std::string author = byline_author(l.text);
    if (!author.empty()) {
      if (m.author.empty()) m.author = author;
      if (byline_line < 0) byline_line = static_cast<int>(i);
    }
  }
  // Headline: the candidate line just above the byline; else a candidate printed more
  // than once before the body; else the last candidate before the body.
  if (byline_line > 0) {
    for (int i = byline_line - 1; i >= 0 && i >= byline_line - 3; --i)
      if (is_headline_candidate(lines[static_cast<std::size_t>(i)])) {
        title_line = i;
        break;
      }
  }
  if (title_line < 0)
    for (std::size_t i = 0; i < body_start; ++i)
      if (is_headline_candidate(lines[i]) && lines[i].repeats >= 2) {
        title_line = static_cast<int>(i);
        break;
      }
  if (title_line < 0)
    for (std::size_t i = body_start; i-- > 0;)
      if (is_headline_candidate(lines[i])) {
        title_line = static_cast<int>(i);
        break;
      }
  if (title_line >= 0) m.title = lines[static_cast<std::size_t>(title_line)].text;

  // Date: the first date line after the headline (or after the top of the page) and
  // before the body's third line; related lists further down carry other articles' dates.
  const std::size_t date_from =
      title_line >= 0 ? static_cast<std::size_t>(title_line) : (body_start > 6 ? body_start - 6 : 0);
  for (std::size_t i = date_from; i < scan_end && m.published.empty(); ++i) {
    const TextLine& l = lines[i];
    if (l.chars <= 80 && (is_date_line(l.text) || !byline_author(l.text).empty())) m.published = find_date_in(l.text);
  }
  m.outlet = detect_outlet(lines);
  return m;
}

}  // namespace irkg::text
