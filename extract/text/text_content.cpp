#include "extract/text/text_content.h"

#include <algorithm>
#include <unordered_set>

#include "extract/text/byline.h"
#include "extract/text/dates.h"
#include "extract/text/text_lines.h"
#include "extract/text/text_metadata.h"

namespace irkg::text {
namespace {

enum class LineClass { Good, Neutral, Bad };

struct Decision {
  LineClass cls = LineClass::Neutral;
  const char* reason = "";
  bool hard_break = false;     // the article is over (tags, author box, comments)
  bool opens_related = false;  // a list of other articles' headlines follows
};

// Teasers of other articles are cut short with an ellipsis.
bool is_teaser(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return (s.size() >= 3 && (s.substr(s.size() - 3) == "..." || s.substr(s.size() - 3) == "\xE2\x80\xA6")) ||
         (s.size() >= 4 && s.substr(s.size() - 4) == "...]");
}

// jusText's core test, on one line: long enough, sentence-shaped, written in function
// words rather than capitalised names. `english` says whether stop words are a usable
// signal for this page at all.
bool is_prose_line(const TextLine& l, bool english) {
  const std::size_t words = l.words.words;
  if (words < 10) return false;
  if (is_teaser(l.text) && words < 80) return false;
  if (!ends_sentence(l.text) && words < 30) return false;
  // News prose is full of names ("Finland and Estonia met in Tallinn on Friday"), so
  // only lines where nearly every longer word is capitalised read as headlines.
  if (title_case_ratio(l.words) >= 0.7 && words < 40) return false;
  if (english && stop_density(l.words) < 0.15) return false;
  return true;
}

// Sentence-shaped enough to end a run of related headlines: headlines are one clause in
// title case without a full stop; body paragraphs are longer.
bool ends_related_run(const TextLine& l, bool english) {
  return is_prose_line(l, english) && title_case_ratio(l.words) < 0.4 && (l.words.words >= 20 || l.words.sentence_ends >= 1);
}

// "(Photo: Reuters)", "(PC: AFP)", "Image credit: ...": picture credits.
bool is_credit_line(const TextLine& l) {
  if (l.chars > 80) return false;
  const bool parenthesised = !l.text.empty() && l.text.front() == '(' && l.text.back() == ')';
  return parenthesised || starts_with_ci(l.text, "photo") || starts_with_ci(l.text, "image") ||
         contains_ci(l.text, "getty images") || contains_ci(l.text, " cc by");
}

Decision decide(const TextLine& l, bool english) {
  Decision d;
  switch (l.furniture.kind) {
    case FurnitureKind::RelatedHeader:
      return {LineClass::Bad, l.furniture.reason, false, true};
    case FurnitureKind::RelatedInline:
      return {LineClass::Bad, l.furniture.reason, false, false};
    case FurnitureKind::EndMarker: {
      const std::string_view r = l.furniture.reason;
      // Share rows and newsletter prompts also sit above or inside articles; only
      // sections that always close an article end it.
      const bool closes = r == "tags" || r == "author-bio" || r == "comments" || r == "end-of-article" ||
                          r == "related-headlines";
      return {LineClass::Bad, l.furniture.reason, closes, r == "related-headlines"};
    }
    case FurnitureKind::Line:
      return {LineClass::Bad, l.furniture.reason, false, false};
    case FurnitureKind::None:
      break;
  }
  if (l.bullet && l.chars < 80) return {LineClass::Bad, "navigation", false, false};
  if (l.repeats >= 2 && l.chars <= 300 && !is_prose_line(l, english)) return {LineClass::Bad, "repeated", false, false};
  if (is_prose_line(l, english)) return {LineClass::Good, "", false, false};
  if (is_credit_line(l)) return {LineClass::Bad, "caption", false, false};
  if (l.chars <= 80 && (is_date_line(l.text) || !byline_author(l.text).empty()))
    return {LineClass::Bad, "byline", false, false};
  // Very short title-case lines ("Indo-Pacific", "See Every Match") are menu entries.
  if (l.words.words <= 3 && !ends_sentence(l.text)) return {LineClass::Neutral, "short", false, false};
  return d;
}

// Weight of a line in the search for the article: prose counts by its words, everything
// else costs a little, furniture costs more.
double weight(const TextLine& l, const Decision& d) {
  switch (d.cls) {
    case LineClass::Good: return static_cast<double>(std::min<std::size_t>(l.words.words, 200));
    case LineClass::Neutral: return d.reason[0] ? -5.0 : -3.0;
    case LineClass::Bad: return -8.0;
  }
  return 0;
}

struct Segment {
  std::size_t begin = 0, end = 0;  // [begin, end)
  double score = 0;
};

// The contiguous run of lines with the highest total weight, never crossing a line that
// closes an article (Kadane's maximum subarray).
Segment best_segment(const std::vector<double>& w, const std::vector<Decision>& d) {
  Segment best, cur;
  bool have = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (d[i].hard_break) {
      cur = {i + 1, i + 1, 0};
      continue;
    }
    if (cur.score <= 0) cur = {i, i, 0};
    cur.score += w[i];
    cur.end = i + 1;
    if (cur.score > 0 && (!have || cur.score > best.score)) {
      best = cur;
      have = true;
    }
  }
  return have ? best : Segment{};
}

bool page_is_english(const std::vector<TextLine>& lines) {
  std::size_t words = 0, stops = 0;
  for (const auto& l : lines) {
    words += l.words.words;
    stops += l.words.stop_words;
  }
  return words > 0 && stops * 10 >= words;  // English prose runs at 40-50 % function words
}

}  // namespace

TextContent select_text_content(std::string_view raw) {
  TextContent out;
  const std::vector<TextLine> lines = split_text_lines(raw);
  if (lines.empty()) return out;
  const bool english = page_is_english(lines);
  std::vector<Decision> decisions;
  std::vector<double> weights;
  decisions.reserve(lines.size());
  weights.reserve(lines.size());
  std::size_t since_byline = 100;
  for (const auto& l : lines) {
    decisions.push_back(decide(l, english));
    weights.push_back(weight(l, decisions.back()));
    // The article starts right under its byline; a short body there must beat a long
    // boilerplate paragraph (contact details, disclaimers) further down.
    const bool byline = decisions.back().cls == LineClass::Bad && std::string_view(decisions.back().reason) == "byline";
    if (byline) since_byline = 0;
    else ++since_byline;
    if (decisions.back().cls == LineClass::Good && since_byline <= 4) {
      weights.back() += 40;
      since_byline = 100;
    }
  }
  Segment body = best_segment(weights, decisions);
  // A short text with no prose-length line ("France criticised Mali on Tuesday." and a line
  // more) has no page around it to tell apart: its sentence-shaped lines are the text.
  if (body.begin == body.end &&
      std::any_of(lines.begin(), lines.end(), [](const TextLine& l) { return ends_sentence(l.text) && l.words.words >= 3; }))
    body = {0, lines.size(), 0};

  int title_line = -1;
  out.meta = text_metadata(lines, body.begin, title_line);
  const std::string title_key = lower_ascii(out.meta.title);

  bool in_related = false;
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    const Decision& d = decisions[i];
    auto drop = [&](const char* reason) { out.dropped.push_back({l.text, reason}); };
    if (static_cast<int>(i) == title_line || (!title_key.empty() && l.chars < 300 && lower_ascii(l.text) == title_key)) {
      drop("title");
      continue;
    }
    if (i < body.begin || i >= body.end) {
      drop(d.reason[0] ? d.reason : (i < body.begin ? "page-header" : "after-article"));
      continue;
    }
    if (d.opens_related) {
      in_related = true;
      drop(d.reason);
      continue;
    }
    if (in_related) {
      if (!ends_related_run(l, english)) {
        drop("related-headlines");
        continue;
      }
      in_related = false;
    }
    if (d.cls == LineClass::Bad) {
      drop(d.reason);
      continue;
    }
    if (l.chars >= 60 && !seen.insert(l.text).second) {
      drop("duplicate");
      continue;
    }
    out.paragraphs.push_back(l.text);
  }
  return out;
}

}  // namespace irkg::text
