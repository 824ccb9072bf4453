#include "extract/text/char_references.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <utility>

#include "core/utf8_decode.h"

namespace irkg {
namespace {

constexpr std::array<std::pair<std::string_view, std::uint32_t>, 6> kNamed{
    {{"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"lt", '<'}, {"gt", '>'}, {"nbsp", ' '}}};

// The code point of the reference between '&' and ';' ("#x27", "amp"), or 0 for none.
std::uint32_t code_point_of(std::string_view name) {
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t cp = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return 0;
    // (No NUL, surrogate or value past Unicode: those stay as written.)
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return cp;
  }
  for (const auto& [named, cp] : kNamed)
    if (name == named) return cp;
  return 0;
}

}  // namespace

std::string decode_char_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      // A reference is short: "&#x10FFFF;" is the longest one read here.
      const std::size_t semi = text.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 9) {
        if (const std::uint32_t cp = code_point_of(text.substr(i + 1, semi - i - 1)); cp != 0) {
          append_utf8(out, cp);
          i = semi;
          continue;
        }
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace irkg
