#include "extract/text/html_content.h"

#include <gumbo.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "extract/text/byline.h"
#include "extract/text/dates.h"
#include "extract/text/furniture.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

// Flags that make a subtree furniture wherever it sits.
constexpr std::uint32_t kFurnitureBits = kFlagNavTag | kFlagHeaderTag | kFlagForm | kFlagNegative;

struct Knobs {
  bool class_hints = true;  // trust furniture words in class/id names
};

bool is_body_tag(int tag) { return tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML; }

double tag_base_score(int tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

double class_weight(std::uint32_t flags) {
  double w = 0;
  if (flags & kFlagPositive) w += 25;
  if (flags & kFlagBodyHint) w += 25;
  if (flags & kFlagNegative) w -= 25;
  if (flags & kFlagArticleTag) w += 10;
  return w;
}

// A block that reads like running prose (used to end related-article runs).
bool is_prose(const HtmlBlock& b) {
  if (b.chars < 120 || b.link_chars * 5 > b.chars) return false;
  return ends_sentence(b.text) && title_case_ratio(b.words) < 0.6;
}

// A block written as a sentence rather than a headline or a link.
bool is_sentence_like(const HtmlBlock& b) {
  if (b.chars < 40 || b.link_chars * 10 > b.chars * 3) return false;
  return ends_sentence(b.text) && title_case_ratio(b.words) < 0.6;
}

// Sentence-shaped text regardless of links (is_sentence_like also rejects linked blocks).
bool is_sentence_like_text(const HtmlBlock& b) {
  return b.words.sentence_ends >= 1 && ends_sentence(b.text) && title_case_ratio(b.words) < 0.6;
}

// "Updated at 1:23 p.m.", "Published 10:41 IST": time stamps without a full date.
bool is_update_stamp(const HtmlBlock& b) {
  if (b.words.words > 8) return false;
  return starts_with_ci(b.text, "updated") || starts_with_ci(b.text, "published") || starts_with_ci(b.text, "posted") ||
         starts_with_ci(b.text, "last updated");
}

class Selector {
 public:
  Selector(HtmlPage& page, Knobs knobs, const std::string& hint)
      : page_(page), els_(page.elements), knobs_(knobs), hint_(hint) {}

  HtmlContent run() {
    const std::size_t n = els_.size();
    eff_.assign(n, 0);
    furn_.assign(n, 0);
    reason_.assign(n, "");
    compute_subtree_sums();
    compute_effective_flags();
    score_elements();
    int top = best_candidate();
    HtmlContent out;
    if (top < 0) top = body_element();  // text straight in <body>: take the page
    if (top < 0) {
      drop_all(out);
      return out;
    }
    top = widen(top);
    select_with_siblings(top);
    select_cousins(top);
    filter_blocks(out);
    return out;
  }

 private:
  std::size_t idx(int i) const { return static_cast<std::size_t>(i); }

  void compute_subtree_sums() {
    for (auto& e : els_) {
      e.text_chars = e.link_chars = 0;
      e.score = 0;
      e.scored = false;
    }
    children_.assign(els_.size(), 0);
    for (const auto& b : page_.blocks) {
      els_[idx(b.owner)].text_chars += b.chars;
      els_[idx(b.owner)].link_chars += b.link_chars;
    }
    contains_body_.assign(els_.size(), 0);
    for (std::size_t i = els_.size(); i-- > 0;) {
      if (els_[i].flags & (kFlagBodyHint | kFlagArticleTag)) contains_body_[i] = 1;
      const int p = els_[i].parent;
      if (p < 0) continue;
      els_[idx(p)].text_chars += els_[i].text_chars;
      els_[idx(p)].link_chars += els_[i].link_chars;
      ++children_[idx(p)];
      contains_body_[idx(p)] |= contains_body_[i];
    }
  }

  void compute_effective_flags() {
    for (std::size_t i = 0; i < els_.size(); ++i) {
      const HtmlElement& e = els_[i];
      std::uint32_t f = e.flags & ~(kFlagForm | kFlagNegative | kFlagNavTag | kFlagHeaderTag);
      const char* why = "";
      // Whole-page ASP.NET forms wrap the article; only small forms are furniture.
      if ((e.flags & kFlagForm) && e.text_chars < 2000) {
        f |= kFlagForm;
        why = "form";
      }
      // A furniture word does not condemn an element that holds the article itself.
      const bool holds_article = contains_body_[i] && !(e.flags & kFlagBodyHint);
      if ((e.flags & (kFlagNavTag | kFlagHeaderTag)) && !holds_article) {
        f |= e.flags & (kFlagNavTag | kFlagHeaderTag);
        why = e.tag_reason[0] ? e.tag_reason : "navigation";  // role=navigation on a <div>
      }
      if (knobs_.class_hints && (e.flags & kFlagNegative) && !(e.flags & kFlagBodyHint) && !contains_body_[i]) {
        f |= kFlagNegative;
        why = e.negative_reason;
      }
      eff_[i] = f;
      const int p = e.parent;
      furn_[i] = (p >= 0 ? furn_[idx(p)] : 0) | (f & kFurnitureBits);
      reason_[i] = (f & kFurnitureBits) ? why : (p >= 0 ? reason_[idx(p)] : "");
    }
  }

  void init_score(HtmlElement& e) {
    if (e.scored) return;
    e.scored = true;
    e.score = tag_base_score(e.tag) + class_weight(e.flags);
  }

  // Credits `content` to the ancestors of element `from` (level 0 = `from` itself).
  void credit(int from, double content) {
    int a = from;
    for (int level = 0; a >= 0 && level < 5; ++level, a = els_[idx(a)].parent) {
      HtmlElement& e = els_[idx(a)];
      if (is_body_tag(e.tag)) break;
      init_score(e);
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      e.score += content / divider;
    }
  }

  static double paragraph_content(const WordStats& w, std::size_t chars) {
    return 1.0 + static_cast<double>(w.commas) + std::min(static_cast<double>(chars) / 100.0, 3.0);
  }

  void score_elements() {
    for (const auto& b : page_.blocks) {
      if (furn_[idx(b.owner)] || b.chars < 25) continue;
      if (b.kind == BlockKind::Heading || b.kind == BlockKind::ListItem || b.kind == BlockKind::Caption) continue;
      if (b.kind == BlockKind::Other && b.text.find('\n') != std::string::npos) {
        // Text written straight into a container with <br> breaks: each line is a
        // paragraph and the container itself holds them (readability wraps them in <p>).
        std::size_t start = 0;
        while (start < b.text.size()) {
          std::size_t end = b.text.find('\n', start);
          if (end == std::string::npos) end = b.text.size();
          const std::string_view line = std::string_view(b.text).substr(start, end - start);
          const std::size_t chars = char_count(line);
          if (chars >= 25) credit(b.owner, paragraph_content(word_stats(line), chars));
          start = end + 1;
        }
        continue;
      }
      credit(els_[idx(b.owner)].parent, paragraph_content(b.words, b.chars));
    }
  }

  double final_score(int i) const {
    const HtmlElement& e = els_[idx(i)];
    const double ld = e.text_chars ? static_cast<double>(e.link_chars) / static_cast<double>(e.text_chars) : 0.0;
    return e.score * (1.0 - ld);
  }

  int best_candidate() {
    int best = -1;
    double best_score = 0;
    for (std::size_t i = 0; i < els_.size(); ++i) {
      if (!els_[i].scored || furn_[i]) continue;
      const double s = final_score(static_cast<int>(i));
      if (best < 0 || s > best_score) {
        best = static_cast<int>(i);
        best_score = s;
      }
    }
    return best;
  }

  int body_element() {
    for (std::size_t i = 0; i < els_.size(); ++i)
      if (els_[i].tag == GUMBO_TAG_BODY) {
        init_score(els_[i]);
        return static_cast<int>(i);
      }
    return -1;
  }

  bool is_ancestor(int anc, int i) const {
    for (int a = i; a >= 0; a = els_[idx(a)].parent)
      if (a == anc) return true;
    return false;
  }

  // Readability's climbing rules: when several strong candidates share an ancestor the
  // article was split (by ads, by pull quotes), so take the ancestor; an ancestor that
  // scores higher than its child wins; an only child hands over to its parent.
  int widen(int top) {
    const double top_score = final_score(top);
    std::vector<int> alternatives;
    for (std::size_t i = 0; i < els_.size(); ++i)
      if (els_[i].scored && !furn_[i] && static_cast<int>(i) != top && final_score(static_cast<int>(i)) >= 0.75 * top_score)
        alternatives.push_back(static_cast<int>(i));
    if (alternatives.size() >= 3) {
      for (int a = els_[idx(top)].parent; a >= 0 && !is_body_tag(els_[idx(a)].tag); a = els_[idx(a)].parent) {
        int shared = 0;
        for (int alt : alternatives)
          if (is_ancestor(a, alt)) ++shared;
        if (shared >= 3) {
          top = a;
          break;
        }
      }
    }
    init_score(els_[idx(top)]);
    double last = final_score(top);
    const double threshold = last / 3.0;
    for (int p = els_[idx(top)].parent; p >= 0 && !is_body_tag(els_[idx(p)].tag); p = els_[idx(p)].parent) {
      if (!els_[idx(p)].scored) continue;
      const double ps = final_score(p);
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    for (int p = els_[idx(top)].parent; p >= 0 && !is_body_tag(els_[idx(p)].tag) && children_[idx(p)] == 1;
         p = els_[idx(p)].parent)
      top = p;
    return top;
  }

  // Articles cut into chunks by ad rails ("grid > body chunk", "grid > body chunk") put
  // the chunks in cousins, not siblings: select every element that shares the chosen
  // container's tag and class names within a few levels of it.
  void select_cousins(int top) {
    const HtmlElement& t = els_[idx(top)];
    if (t.class_id.empty()) return;
    int root = top;
    for (int level = 0; level < 3; ++level) {
      const int p = els_[idx(root)].parent;
      if (p < 0 || is_body_tag(els_[idx(p)].tag)) break;
      root = p;
    }
    for (std::size_t i = idx(root) + 1; i < els_.size() && els_[i].depth > els_[idx(root)].depth; ++i) {
      const HtmlElement& e = els_[i];
      if (e.tag == t.tag && e.class_id == t.class_id && !furn_[i] && e.text_chars > 0 && !is_ancestor(top, static_cast<int>(i)))
        selected_[i] = 1;
    }
  }

  void select_with_siblings(int top) {
    selected_.assign(els_.size(), 0);
    selected_[idx(top)] = 1;
    const int parent = els_[idx(top)].parent;
    if (parent < 0) return;
    const double top_score = final_score(top);
    const double threshold = std::max(10.0, top_score * 0.2);
    const std::string& top_class = els_[idx(top)].class_id;
    // Texts of sibling <p> elements, for readability's short-paragraph rule.
    for (std::size_t i = idx(parent) + 1; i < els_.size(); ++i) {
      if (els_[i].parent != parent || static_cast<int>(i) == top || furn_[i]) continue;
      const HtmlElement& s = els_[i];
      bool append = false;
      if (s.scored) {
        const double bonus = (!top_class.empty() && s.class_id == top_class) ? top_score * 0.2 : 0.0;
        append = final_score(static_cast<int>(i)) + bonus >= threshold;
      }
      if (!append && s.tag == GUMBO_TAG_P) {
        const double ld = s.text_chars ? static_cast<double>(s.link_chars) / static_cast<double>(s.text_chars) : 1.0;
        append = (s.text_chars > 80 && ld < 0.25) || (s.text_chars > 0 && s.text_chars <= 80 && ld == 0.0);
      }
      if (append) selected_[i] = 1;
    }
  }

  void drop(HtmlContent& out, const HtmlBlock& b, const char* reason) { out.dropped.push_back({b.text, reason}); }

  void drop_all(HtmlContent& out) {
    for (const auto& b : page_.blocks) drop(out, b, "no-article-found");
  }

  void filter_blocks(HtmlContent& out) {
    const std::size_t n = els_.size();
    // inside: element is in a selected subtree; below: furniture flags between the
    // selected root and the element (the root's own flags do not count).
    std::vector<char> inside(n, 0);
    std::vector<std::uint32_t> below(n, 0);
    std::vector<const char*> below_reason(n, "");
    for (std::size_t i = 0; i < n; ++i) {
      const int p = els_[i].parent;
      if (selected_[i]) {
        inside[i] = 1;
        continue;
      }
      if (p < 0) continue;
      inside[i] = inside[idx(p)];
      const std::uint32_t own = eff_[i] & (kFurnitureBits | kFlagFigure | kFlagCaption | kFlagByline);
      below[i] = below[idx(p)] | own;
      below_reason[i] = (own & kFurnitureBits) ? reason_[i] : below_reason[idx(p)];
    }

    struct Kept {
      std::size_t block;
      bool heading;
      bool prose;
    };
    std::vector<Kept> kept;
    bool in_related_run = false;
    bool seen_body = false;
    int headline_block = -1;
    std::unordered_set<std::string_view> seen_text;
    for (std::size_t bi = 0; bi < page_.blocks.size(); ++bi) {
      const HtmlBlock& b = page_.blocks[bi];
      const std::size_t o = idx(b.owner);
      if (b.kind == BlockKind::Heading && b.heading_level == 1 && !(furn_[o] & kFlagNavTag) && out.headline.empty()) {
        out.headline = b.text;
        headline_block = static_cast<int>(bi);
      }
      if (!inside[o]) {
        if (!seen_body && headline_block >= 0) note_byline(out, b);
        const char* why = furn_[o] ? reason_[o] : outside_reason(b);
        // The page's own articleBody vouches for a paragraph the container missed (a
        // lede in a separate header box); it never removes anything.
        if (!(std::string_view(why) == "outside-content" && in_hint(b))) {
          drop(out, b, why);
          continue;
        }
      } else if (below[o] & kFurnitureBits) {
        drop(out, b, below_reason[o]);
        continue;
      }
      if (b.kind == BlockKind::Heading && b.heading_level == 1) {
        drop(out, b, "title");
        continue;
      }
      if (below[o] & (kFlagCaption | kFlagFigure) || b.kind == BlockKind::Caption) {
        drop(out, b, "caption");
        continue;
      }
      const Furniture f = classify_furniture(b.text);
      // Share buttons often sit above the article, so only list headers open a run of
      // dropped headlines; the run ends at the first block that reads like a sentence.
      if (f.kind == FurnitureKind::RelatedHeader ||
          (f.kind == FurnitureKind::EndMarker && std::string_view(f.reason) != "share")) {
        in_related_run = true;
        drop(out, b, f.reason);
        continue;
      }
      if (f.kind != FurnitureKind::None) {
        drop(out, b, f.reason);
        continue;
      }
      const bool prose = is_prose(b);
      if (in_related_run) {
        if (!is_sentence_like(b)) {
          drop(out, b, "related-headlines");
          continue;
        }
        in_related_run = false;
      }
      if ((below[o] & kFlagByline) && b.chars < 200 && !prose) {
        if (!seen_body) note_byline(out, b);
        drop(out, b, "byline");
        continue;
      }
      if (is_date_line(b.text) || !byline_author(b.text).empty() || is_update_stamp(b)) {
        if (!seen_body) note_byline(out, b);
        drop(out, b, "byline");
        continue;
      }
      const double ld = b.chars ? static_cast<double>(b.link_chars) / static_cast<double>(b.chars) : 0.0;
      // Long sentences survive heavy linking (name links, hover cards); lists of links do not.
      const bool linked_prose = b.chars >= 200 && ld < 0.8 && is_sentence_like_text(b);
      if ((ld > 0.5 && !linked_prose) || (b.chars < 100 && ld > 0.3)) {
        drop(out, b, "links");
        continue;
      }
      if (b.chars >= 50 && !seen_text.insert(b.text).second) {
        drop(out, b, "duplicate");
        continue;
      }
      if (prose) seen_body = true;
      kept.push_back({bi, b.kind == BlockKind::Heading, prose});
    }
    // A heading is kept only when body text follows it before the next heading.
    for (std::size_t k = 0; k < kept.size(); ++k) {
      const HtmlBlock& b = page_.blocks[kept[k].block];
      if (kept[k].heading) {
        bool leads = false;
        for (std::size_t j = k + 1; j < kept.size() && !kept[j].heading; ++j)
          if (page_.blocks[kept[j].block].chars >= 60) leads = true;
        if (!leads) {
          drop(out, b, "heading");
          continue;
        }
      }
      out.paragraphs.push_back(b.text);
    }
  }

  // Why a block outside the chosen container was left out, as precisely as we can say.
  const char* outside_reason(const HtmlBlock& b) const {
    if (b.kind == BlockKind::Heading && b.heading_level == 1) return "title";
    if (b.kind == BlockKind::Caption || (b.context & (kFlagFigure | kFlagCaption))) return "caption";
    if ((b.context & kFlagByline) || is_date_line(b.text) || !byline_author(b.text).empty()) return "byline";
    const Furniture f = classify_furniture(b.text);
    if (f.kind != FurnitureKind::None) return f.reason;
    return "outside-content";
  }

  bool in_hint(const HtmlBlock& b) const {
    if (hint_.empty() || b.chars < 40 || b.text.find('\n') != std::string::npos) return false;
    return hint_.find(b.text) != std::string::npos;
  }

  void note_byline(HtmlContent& out, const HtmlBlock& b) {
    if (b.chars > 200) return;
    if (out.byline_date.empty()) out.byline_date = find_date_in(b.text);
    if (out.byline_author.empty()) out.byline_author = byline_author(b.text);
  }

  HtmlPage& page_;
  std::vector<HtmlElement>& els_;
  Knobs knobs_;
  const std::string& hint_;  // normalised JSON-LD articleBody, may be empty
  std::vector<std::uint32_t> eff_, furn_;
  std::vector<const char*> reason_;
  std::vector<int> children_;
  std::vector<char> contains_body_, selected_;
};

std::size_t kept_chars(const HtmlContent& c) {
  std::size_t n = 0;
  for (const auto& p : c.paragraphs) n += p.size();
  return n;
}

}  // namespace

HtmlContent select_html_content(HtmlPage& page, const std::string& article_hint) {
  const std::string hint = article_hint.size() >= 200 ? normalize_space(article_hint) : std::string();
  HtmlContent first = Selector(page, Knobs{true}, hint).run();
  if (kept_chars(first) >= 300) return first;
  // Class names can be misleading ("content has-sidebar" on the page wrapper): when they
  // leave almost nothing, decide again without them.
  HtmlContent second = Selector(page, Knobs{false}, hint).run();
  return kept_chars(second) > kept_chars(first) ? second : first;
}

}  // namespace irkg::text
