#include "extract/text/html_nesting.h"

#include <array>
#include <unordered_map>
#include <vector>

#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

// Elements that never have children.
constexpr std::array<std::string_view, 14> kVoid = {"area", "base", "br",   "col",   "embed", "hr",     "img",
                                                    "input", "link", "meta", "param", "source", "track", "wbr"};
// Elements closed implicitly by their next sibling (<p><p>, <li><li>): they do not
// deepen the tree however many are left open, so they are not counted.
constexpr std::array<std::string_view, 13> kSelfClosing = {"p",  "li", "td",       "th",       "tr", "dd", "dt",
                                                          "option", "optgroup", "rp", "rt", "thead", "tbody"};
// Elements whose content is raw text, where '<' is not markup.
constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea", "title", "xmp", "plaintext"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view name) {
  for (auto x : list)
    if (x == name) return true;
  return false;
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

}  // namespace

bool limit_html_nesting(std::string_view html, std::size_t max_depth, std::string& out) {
  std::vector<std::string> open;                  // counted open elements, innermost last
  std::unordered_map<std::string, std::size_t> dropped;  // start tags removed, per name
  std::size_t copied = 0;
  bool changed = false;
  auto remove = [&](std::size_t from, std::size_t to) {
    if (!changed) {
      out.clear();
      out.reserve(html.size());
      changed = true;
    }
    out.append(html.substr(copied, from - copied));
    copied = to;
  };

  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t n = i + (closing ? 2 : 1);
    const std::size_t name_start = n;
    while (n < html.size() && name_char(html[n])) ++n;
    if (n == name_start) {
      ++i;
      continue;
    }
    const std::string name = lower_ascii(html.substr(name_start, n - name_start));
    std::size_t tag_end = html.find('>', n);
    if (tag_end == std::string_view::npos) break;
    ++tag_end;

    if (closing) {
      if (auto it = dropped.find(name); it != dropped.end() && it->second > 0) {
        --it->second;
        remove(i, tag_end);
      } else {
        // Pop to the nearest matching open element (as the tree builder would).
        for (std::size_t k = open.size(), seen = 0; k-- > 0 && seen < 16; ++seen)
          if (open[k] == name) {
            open.resize(k);
            break;
          }
      }
      i = tag_end;
      continue;
    }
    if (one_of(kRawText, name)) {
      // Skip to the matching end tag so '<' inside scripts is not read as markup.
      const std::string close = "</" + name;
      std::size_t end = tag_end;
      while ((end = html.find("</", end)) != std::string_view::npos && !starts_with_ci(html.substr(end), close)) end += 2;
      i = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    const bool self_closed = tag_end >= 2 && html[tag_end - 2] == '/';
    if (!one_of(kVoid, name) && !one_of(kSelfClosing, name) && !self_closed) {
      if (open.size() >= max_depth) {
        ++dropped[name];
        remove(i, tag_end);
      } else {
        open.push_back(name);
      }
    }
    i = tag_end;
  }
  if (changed) out.append(html.substr(copied));
  return changed;
}

}  // namespace irkg::text
