#include "cli/display.h"

#include <cstdio>

#include "core/utf8_decode.h"

namespace irkg::cli {

namespace {

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }
bool is_bidi_control(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

void append_escaped(std::string& out, char32_t cp) {
  char buf[16];
  if (cp < 0x80) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
  else std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  out += buf;
}

std::string make_safe(std::string_view s, bool keep_line_breaks) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: the common case
      out.push_back(s[i++]);
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = decode_utf8_at(s, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (cp == '\n' || cp == '\t' || cp == '\r') {
      // A CR on its own would move the cursor back over what was printed: in running text
      // it ends a line (the LF of a CRLF does that already), in a one-line field it is a space.
      if (!keep_line_breaks) out.push_back(' ');
      else if (cp != '\r') out.push_back(static_cast<char>(cp));
      else if (i + 1 >= s.size() || s[i + 1] != '\n') out.push_back('\n');
    } else if (is_control(cp) || is_bidi_control(cp)) {
      append_escaped(out, cp);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string display_line(std::string_view s) { return make_safe(s, false); }
std::string display_text(std::string_view s) { return make_safe(s, true); }

}  // namespace irkg::cli
