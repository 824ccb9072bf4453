#include "extract/text/byline.h"

#include <algorithm>

#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

bool name_word(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// One to five capitalised words with at most two particles ("Jane Doe", "Mary-Ann van Dyke").
bool looks_like_name(std::string_view s) {
  int words = 0, particles = 0;
  while (!s.empty()) {
    const std::size_t sp = s.find(' ');
    const std::string_view w = s.substr(0, sp);
    if (name_word(w)) ++words;
    else if (w == "van" || w == "de" || w == "von" || w == "da" || w == "bin" || w == "al" || w == "and") ++particles;
    else return false;
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return words >= 1 && words <= 5 && particles <= 2;
}

}  // namespace

std::string byline_author(std::string_view line) {
  if (line.size() > 100) return {};
  std::size_t at = std::string::npos;
  if (starts_with_ci(line, "by ")) at = 3;
  else if (const std::size_t p = line.find(" by "); p != std::string::npos) at = p + 4;
  if (at == std::string::npos) return {};
  std::string_view name = line.substr(at);
  // The name ends where the date, the agency or the role begins: "By Jane Doe | June 1",
  // "By Jane Doe - 11/18/19", "By Jane Doe — Reuters", "by Jane Doe on June 1, 2021".
  std::size_t cut = name.find_first_of("|,\n0123456789");
  for (std::string_view sep : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " on "}) cut = std::min(cut, name.find(sep));
  if (cut != std::string_view::npos) name = name.substr(0, cut);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  // The text before " by " must itself be a name (an avatar's alt text) or a label.
  if (at > 3) {
    const std::string_view before = line.substr(0, at - 4);
    if (!looks_like_name(before) && !starts_with_ci(before, "written") && !starts_with_ci(before, "posted") &&
        !starts_with_ci(before, "story"))
      return {};
  }
  return looks_like_name(name) ? std::string(name) : std::string();
}

}  // namespace irkg::text
