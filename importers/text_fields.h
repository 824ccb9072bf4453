#pragma once
// Line and field splitting for the importers. Event files are large (a GDELT day is ~100 MB),
// so fields are string_views into the file's bytes: nothing is copied until a claim is built.
#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::import_detail {

// Yields lines without their "\n" or "\r\n" (GDELT and ICEWS files exist with both).
class LineReader {
 public:
  explicit LineReader(std::string_view bytes) : rest_(bytes) {}
  bool next(std::string_view& line) {
    if (rest_.empty()) return false;
    const std::size_t nl = rest_.find('\n');
    line = rest_.substr(0, nl);
    rest_ = nl == std::string_view::npos ? std::string_view{} : rest_.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return true;
  }

 private:
  std::string_view rest_;
};

// Splits on TAB with no quoting (GDELT and ICEWS never quote). Returns the real number of
// fields; only the first N are stored, so a row with too many columns is still counted.
template <std::size_t N>
std::size_t split_tabs(std::string_view line, std::array<std::string_view, N>& out) {
  std::size_t count = 0, start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::size_t end = tab == std::string_view::npos ? line.size() : tab;
    if (count < N) out[count] = line.substr(start, end - start);
    ++count;
    if (tab == std::string_view::npos) return count;
    start = tab + 1;
  }
}

// Splits one CSV line (RFC 4180 quoting, no newlines inside fields: the gdeltPyR Mentions
// files have none) into `out`, unquoting fields.
void split_csv(std::string_view line, std::vector<std::string>& out);

inline bool parse_u64(std::string_view s, std::uint64_t& value) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc{} && end == s.data() + s.size();
}

inline bool parse_int(std::string_view s, int& value) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc{} && end == s.data() + s.size();
}

inline bool parse_double(std::string_view s, double& value) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);  // from_chars rejects a plus sign
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc{} && end == s.data() + s.size();
}

// The field as valid UTF-8: ASCII is copied as is (the common case, fast), anything else
// goes through the core decoder, which replaces invalid sequences with U+FFFD.
std::string clean_text(std::string_view field);

// ASCII lower case, for case-insensitive dictionary keys.
std::string ascii_lower(std::string_view s);

}  // namespace irkg::import_detail
