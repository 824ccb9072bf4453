#pragma once
// Text from crawled pages and stores, made safe to show on a terminal. Outlet names,
// evidence sentences and ids are whatever a page said; an escape sequence in them would
// reach the terminal raw and could recolour it, move the cursor, retitle the window or
// hide text. Human-readable output passes every such string through here; JSON and CSV
// output have their own escaping (nlohmann, export/text_escape.h).
#include <string>
#include <string_view>

namespace irkg::cli {

// One line of a table or listing: tab, CR and LF become a space; other C0 controls, DEL
// and C1 controls (U+0080-U+009F, e.g. the one-byte CSI U+009B) are shown escaped as
// \xHH or \uHHHH; bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069),
// which reorder what a terminal shows, are shown as \uHHHH; bytes that are not UTF-8
// become U+FFFD.
std::string display_line(std::string_view s);

// The same for running text that keeps its line breaks and tabs (irkg text, explain).
std::string display_text(std::string_view s);

}  // namespace irkg::cli
