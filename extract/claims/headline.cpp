// Headlines are claims too: "Britain expels 23 Russian diplomats over Salisbury attack" is
// what the article asserts first, and main-text extraction keeps it as metadata (the title)
// rather than as body text. The extractor reads it, once, before the body.
#include "extract/claims/headline.h"

#include <algorithm>
#include <cctype>

namespace irkg {
namespace {

constexpr std::size_t kMaxHeadlineBytes = 300;

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A site name: the outlet itself, or up to four capitalised words ("Northwind Wire",
// "The Meridian Ledger").
bool site_name(std::string_view tail, const std::string& outlet) {
  const std::string t = trimmed(tail);
  if (t.empty()) return false;
  if (!outlet.empty() && lower(t) == lower(outlet)) return true;
  std::size_t words = 0;
  bool word_start = true;
  for (const char c : t) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      ++words;
      if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    word_start = false;
  }
  return words <= 4;
}

}  // namespace

std::string headline_to_read(const Document& doc) {
  std::string title = trimmed(doc.title);
  for (const std::string_view separator : {" | ", " - ", " – ", " — "}) {
    const std::size_t cut = title.rfind(separator);
    if (cut != std::string::npos && cut > 0 && site_name(std::string_view(title).substr(cut + separator.size()), doc.outlet))
      title = trimmed(std::string_view(title).substr(0, cut));
  }
  if (title.empty() || title.size() > kMaxHeadlineBytes) return "";
  // The body opens with it already (plain text whose first line is the headline).
  const std::string body = trimmed(std::string_view(doc.text).substr(0, std::min(doc.text.size(), title.size() + 8)));
  if (lower(body).starts_with(lower(title))) return "";
  return title;
}

}  // namespace irkg
