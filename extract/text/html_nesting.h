#pragma once
// Caps how deeply elements nest before the HTML reaches gumbo. The HTML5 tree builder
// scans the stack of open elements for every start tag, so 100,000 unclosed <div>s cost
// O(n^2) (about 30 s); no real page nests deeper than a few hundred elements.
#include <cstddef>
#include <string>
#include <string_view>

namespace irkg::text {

inline constexpr std::size_t kMaxHtmlNesting = 400;

// Returns true and fills `out` with the page minus the start tags (and their end tags)
// that would open elements deeper than `max_depth`; returns false, leaving `out`
// untouched, when the page stays within the limit. Text is never removed.
bool limit_html_nesting(std::string_view html, std::size_t max_depth, std::string& out);

}  // namespace irkg::text
