#pragma once
// Small string helpers shared by the dictionary readers and the text rules.
#include <cctype>
#include <string>
#include <string_view>

namespace irkg {

// `s` without leading and trailing white space (blank, tab, CR, LF ...).
inline std::string_view trim_space(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// ASCII letters lower-cased; other bytes (UTF-8 included) as they are.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return out;
}

// A name reduced to its letters and digits, lower case, so spellings compare equal:
// "France-Presse" and "france presse", "TFI Global News" and "tfi-global news".
inline std::string name_key(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
  return out;
}

}  // namespace irkg
