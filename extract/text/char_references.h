#pragma once
// HTML character references in text that no HTML parser decoded.
#include <string>
#include <string_view>

namespace irkg {

// `text` with its character references decoded: numeric ("&#x27;", "&#8217;") and the
// named ones that pages escape in text ("&amp;", "&quot;", "&#39;"'s name "&apos;", "&lt;",
// "&gt;", "&nbsp;" as a space). JSON-LD is script content, which the HTML parser leaves as
// written, yet many sites escape its strings as if they were HTML ("Moscow&#x27;s response");
// a literal "&#x27;" is never what a headline means. Anything else, a reference to no
// valid code point included, stays as written.
std::string decode_char_references(std::string_view text);

}  // namespace irkg
