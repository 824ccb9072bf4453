#pragma once
// Shared helpers for the main-text tests: fixture loading and lookups in MainText.
#include <fstream>
#include <sstream>
#include <string>

#include "extract/main_text.h"

namespace irkg::testing {

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(IRKG_SOURCE_DIR) + "/tests/fixtures/text/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline MainText extract_fixture(const std::string& name) {
  Document doc;
  doc.id = name;
  doc.raw = read_fixture(name);
  doc.format = name.ends_with(".html") ? DocumentFormat::Html : DocumentFormat::Text;
  return extract_main_text(doc);
}

inline MainText extract_text(const std::string& raw, DocumentFormat format = DocumentFormat::Text) {
  Document doc;
  doc.raw = raw;
  doc.format = format;
  return extract_main_text(doc);
}

inline bool kept(const MainText& m, const std::string& fragment) { return m.text.find(fragment) != std::string::npos; }

// The reason the first dropped block containing `fragment` was dropped, or "" if none was.
inline std::string drop_reason(const MainText& m, const std::string& fragment) {
  for (const auto& d : m.dropped)
    if (d.text.find(fragment) != std::string::npos) return d.reason;
  return "";
}

inline std::size_t occurrences(const std::string& text, const std::string& fragment) {
  std::size_t n = 0;
  for (std::size_t p = text.find(fragment); p != std::string::npos; p = text.find(fragment, p + 1)) ++n;
  return n;
}

}  // namespace irkg::testing
