#include "extract/text/html_dom.h"

#include <gumbo.h>

#include <array>
#include <memory>
#include <string_view>

#include "extract/text/html_nesting.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

std::string_view attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// Subtrees that hold no readable text (or text no reader sees).
bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_DATALIST: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

// Elements that start a new block of text.
bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:  case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

BlockKind kind_of(GumboTag t, int& level) {
  level = 0;
  switch (t) {
    case GUMBO_TAG_H1: level = 1; return BlockKind::Heading;
    case GUMBO_TAG_H2: level = 2; return BlockKind::Heading;
    case GUMBO_TAG_H3: level = 3; return BlockKind::Heading;
    case GUMBO_TAG_H4: level = 4; return BlockKind::Heading;
    case GUMBO_TAG_H5: level = 5; return BlockKind::Heading;
    case GUMBO_TAG_H6: level = 6; return BlockKind::Heading;
    case GUMBO_TAG_P: return BlockKind::Paragraph;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return BlockKind::ListItem;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return BlockKind::Cell;
    case GUMBO_TAG_BLOCKQUOTE: return BlockKind::Quote;
    case GUMBO_TAG_PRE: return BlockKind::Preformatted;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return BlockKind::Caption;
    default: return BlockKind::Other;
  }
}

// Words in class/id names that mark page furniture, with the reason reported when a
// block is dropped for it. Substring matches on the lower-cased "class id" string.
struct Hint {
  std::string_view word;
  const char* reason;
};
constexpr std::array<Hint, 46> kNegativeHints = {{
    {"cookie", "cookie-notice"},   {"gdpr", "cookie-notice"},      {"consent", "cookie-notice"},
    {"comment", "comments"},       {"disqus", "comments"},        {"related", "related-headlines"},
    {"recommend", "related-headlines"}, {"more-stories", "related-headlines"}, {"trending", "related-headlines"},
    {"popular", "related-headlines"}, {"outbrain", "related-headlines"}, {"taboola", "related-headlines"},
    {"read-more", "related-headlines"}, {"readmore", "related-headlines"}, {"also-read", "related-headlines"},
    {"teaser", "related-headlines"}, {"share", "share"},          {"social", "share"},
    {"sharing", "share"},          {"sidebar", "sidebar"},         {"rail", "sidebar"},
    {"widget", "sidebar"},         {"footer", "footer"},           {"masthead", "navigation"},
    {"breadcrumb", "navigation"},  {"navbar", "navigation"},       {"menu", "navigation"},
    {"pagination", "navigation"},  {"pager", "navigation"},        {"skip", "navigation"},
    {"newsletter", "subscribe"},   {"subscri", "subscribe"},       {"signup", "subscribe"},
    {"sign-up", "subscribe"},      {"promo", "advertisement"},     {"advert", "advertisement"},
    {"sponsor", "advertisement"},  {"banner", "advertisement"},    {"-ad-", "advertisement"},
    {"ad-slot", "advertisement"},  {"adslot", "advertisement"},    {"ad-container", "advertisement"},
    {"popup", "popup"},            {"modal", "popup"},             {"author-bio", "author-bio"},
    {"tags", "tags"},
}};

constexpr std::array<std::string_view, 12> kPositiveHints = {
    "article", "body", "content", "entry", "story", "post", "text", "main", "blog", "hentry", "prose", "rich"};

constexpr std::array<std::string_view, 14> kBodyHints = {
    "article-body", "articlebody",  "article__body", "article-content", "articlecontent", "story-body",
    "storybody",    "entry-content", "post-content", "post-body",       "postbody",       "story-content",
    "article-text", "body-text"};

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// Token-ish match: "ad" alone as a class token ("ad", "ads", "ad-unit") is an ad slot.
bool has_ad_token(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != 'a' || s[i + 1] != 'd') continue;
    const bool start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '-' || s[i - 1] == '_';
    std::size_t j = i + 2;
    if (j < s.size() && s[j] == 's') ++j;
    const bool end = j == s.size() || s[j] == ' ' || s[j] == '-' || s[j] == '_';
    if (start && end) return true;
  }
  return false;
}

void classify_attributes(const GumboElement& el, HtmlElement& e) {
  std::string ci = lower_ascii(attr(el, "class"));
  const std::string_view id = attr(el, "id");
  if (!id.empty()) {
    ci.push_back(' ');
    ci += lower_ascii(id);
  }
  const std::string role = lower_ascii(attr(el, "role"));
  const std::string itemprop = lower_ascii(attr(el, "itemprop"));
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "complementary" ||
      role == "contentinfo" || role == "banner" || role == "dialog" || role == "search")
    e.flags |= kFlagNavTag;
  if (role == "main" || itemprop == "articlebody") e.flags |= kFlagArticleTag | kFlagBodyHint;
  if (ci.empty()) return;
  for (auto b : kBodyHints)
    if (contains(ci, b)) e.flags |= kFlagBodyHint | kFlagPositive;
  bool positive = false;
  for (auto p : kPositiveHints)
    if (contains(ci, p)) positive = true;
  if (positive) e.flags |= kFlagPositive;
  // Embedded posts ("social-media-embed", "twitter-tweet") quote the story's sources.
  const bool embed = contains(ci, "embed") || contains(ci, "tweet") || el.tag == GUMBO_TAG_BLOCKQUOTE;
  for (const auto& h : kNegativeHints)
    if (!embed && contains(ci, h.word)) {
      e.flags |= kFlagNegative;
      e.negative_reason = h.reason;
      break;
    }
  if (!(e.flags & kFlagNegative) && !embed && has_ad_token(ci)) {
    e.flags |= kFlagNegative;
    e.negative_reason = "advertisement";
  }
  if (contains(ci, "caption") || contains(ci, "credit")) e.flags |= kFlagCaption;
  if (contains(ci, "byline") || contains(ci, "author") || contains(ci, "dateline") || contains(ci, "timestamp") ||
      contains(ci, "published") || contains(ci, "meta"))
    e.flags |= kFlagByline;
  e.class_id = std::move(ci);
}

bool hidden(const GumboElement& el) {
  if (gumbo_get_attribute(&el.attributes, "hidden")) return true;
  if (attr(el, "aria-hidden") == "true") return true;
  const std::string_view style = attr(el, "style");
  if (style.empty()) return false;
  const std::string s = lower_ascii(style);
  std::string compact;
  for (char c : s)
    if (c != ' ') compact.push_back(c);
  return contains(compact, "display:none") || contains(compact, "visibility:hidden");
}

std::uint32_t tag_flags(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU: 
      return kFlagNavTag;
    case GUMBO_TAG_HEADER: return kFlagHeaderTag;
    case GUMBO_TAG_FORM: return kFlagForm;
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: return kFlagFigure;
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return kFlagArticleTag;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: return kFlagList;
    case GUMBO_TAG_TABLE: return kFlagTable;
    default: return 0;
  }
}

const char* tag_reason(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: return "navigation";
    case GUMBO_TAG_ASIDE: return "sidebar";
    case GUMBO_TAG_FOOTER: return "footer";
    case GUMBO_TAG_HEADER: return "page-header";
    case GUMBO_TAG_FORM: return "form";
    default: return "";
  }
}

// Collects text into blocks while walking the tree without recursion (pages nest
// thousands of levels deep when tags are left unclosed).
class Flattener {
 public:
  explicit Flattener(HtmlPage& page) : page_(page) {}

  void run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
      int element;         // index in page_.elements, -1 for non-elements
      bool opened_block;
      bool link;
      std::uint32_t context;  // flags of ancestors including this element
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, -1, false, false, 0});
    open_element(stack.back(), root, -1, 0);
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector* children = children_of(f.node);
      if (!children || f.next_child >= children->length) {
        close_element(f);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children->data[f.next_child++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
        add_text(child->v.text.text);
        continue;
      }
      if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& el = child->v.element;
      if (look_at_leaf(child, el)) continue;
      if (skipped_tag(el.tag) || hidden(el)) continue;
      const int parent_element = f.element;
      const std::uint32_t parent_context = f.context;
      stack.push_back({child, 0, -1, false, false, parent_context});
      open_element(stack.back(), child, parent_element, parent_context);
    }
    flush();
  }

 private:
  template <class Frame>
  void open_element(Frame& f, const GumboNode* node, int parent, std::uint32_t parent_context) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& el = node->v.element;
    HtmlElement e;
    e.parent = parent;
    e.depth = parent >= 0 ? page_.elements[static_cast<std::size_t>(parent)].depth + 1 : 0;
    e.tag = el.tag;
    e.flags = tag_flags(el.tag);
    e.tag_reason = tag_reason(el.tag);
    classify_attributes(el, e);
    f.element = static_cast<int>(page_.elements.size());
    f.context = parent_context | e.flags;
    page_.elements.push_back(std::move(e));
    if (el.tag == GUMBO_TAG_A) {
      f.link = true;
      ++link_depth_;
    }
    if (block_tag(el.tag)) {
      flush();
      f.opened_block = true;
      block_owners_.push_back({f.element, f.context});
    }
  }

  template <class Frame>
  void close_element(Frame& f) {
    if (f.link) --link_depth_;
    if (f.opened_block) {
      flush();
      block_owners_.pop_back();
    }
  }

  static const GumboVector* children_of(const GumboNode* n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    return nullptr;
  }

  // Elements read for metadata or line breaks rather than walked: returns true when done.
  bool look_at_leaf(const GumboNode* node, const GumboElement& el) {
    switch (el.tag) {
      case GUMBO_TAG_BR:
        if (!current_.empty() && current_.back() == ' ') current_.pop_back();
        if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
        return true;
      case GUMBO_TAG_META: {
        std::string_view key = attr(el, "property");
        if (key.empty()) key = attr(el, "name");
        if (key.empty()) key = attr(el, "itemprop");
        const std::string_view value = attr(el, "content");
        if (!key.empty() && !value.empty()) page_.meta.push_back({lower_ascii(key), std::string(value)});
        return true;
      }
      case GUMBO_TAG_LINK: {
        const std::string rel = lower_ascii(attr(el, "rel"));
        if (rel == "canonical") page_.meta.push_back({"canonical", std::string(attr(el, "href"))});
        return true;
      }
      case GUMBO_TAG_TITLE:
        if (page_.title_tag.empty()) page_.title_tag = normalize_space(child_text(node));
        return true;
      case GUMBO_TAG_SCRIPT:
        if (lower_ascii(attr(el, "type")) == "application/ld+json") page_.json_ld.push_back(child_text(node));
        return true;
      case GUMBO_TAG_HEAD:
        // Walk the head only for its metadata elements.
        for (unsigned i = 0; i < el.children.length; ++i) {
          const auto* c = static_cast<const GumboNode*>(el.children.data[i]);
          if (c->type == GUMBO_NODE_ELEMENT) look_at_leaf(c, c->v.element);
        }
        return true;
      case GUMBO_TAG_TIME: {
        const std::string_view dt = attr(el, "datetime");
        if (!dt.empty() && page_.first_time.empty()) {
          page_.first_time = std::string(dt);
          page_.first_time_block = static_cast<int>(page_.blocks.size());
        }
        return false;
      }
      default: {
        const std::string_view itemprop = attr(el, "itemprop");
        if (itemprop == "datePublished" || itemprop == "author" || itemprop == "headline") {
          std::string_view v = attr(el, "datetime");
          if (v.empty()) v = attr(el, "content");
          if (!v.empty()) page_.meta.push_back({lower_ascii(itemprop), std::string(v)});
        }
        return false;
      }
    }
  }

  static std::string child_text(const GumboNode* node) {
    std::string out;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(kids.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
        out += c->v.text.text;
    }
    return out;
  }

  void add_text(const char* text) {
    const std::size_t before = current_.size();
    append_normalized(current_, text);
    if (current_.size() > before && link_depth_ > 0) current_links_ += char_count(std::string_view(current_).substr(before));
  }

  void flush() {
    // Trim and drop whitespace-only text.
    std::size_t b = 0, e = current_.size();
    while (b < e && (current_[b] == ' ' || current_[b] == '\n')) ++b;
    while (e > b && (current_[e - 1] == ' ' || current_[e - 1] == '\n')) --e;
    if (e > b && !block_owners_.empty()) {
      HtmlBlock blk;
      blk.text = current_.substr(b, e - b);
      blk.chars = char_count(blk.text);
      blk.words = word_stats(blk.text);
      blk.link_chars = std::min(current_links_, blk.chars);
      blk.owner = block_owners_.back().element;
      const auto& owner = page_.elements[static_cast<std::size_t>(blk.owner)];
      blk.kind = kind_of(static_cast<GumboTag>(owner.tag), blk.heading_level);
      // The block's context comes from its block-level ancestors only: an inline
      // <a class="share-link"> inside a paragraph does not make the paragraph furniture.
      blk.context = block_owners_.back().context;
      page_.blocks.push_back(std::move(blk));
    }
    current_.clear();
    current_links_ = 0;
  }

  HtmlPage& page_;
  std::string current_;
  std::size_t current_links_ = 0;
  int link_depth_ = 0;
  struct Owner {
    int element;
    std::uint32_t context;
  };
  std::vector<Owner> block_owners_;
};

}  // namespace

HtmlPage parse_html_page(const std::string& html) {
  HtmlPage page;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; recording them costs time and memory
  std::string capped;
  const std::string& input = limit_html_nesting(html, kMaxHtmlNesting, capped) ? capped : html;
  GumboPtr output(gumbo_parse_with_options(&options, input.data(), input.size()));
  if (!output) return page;
  Flattener(page).run(output->document);
  return page;
}

}  // namespace irkg::text
