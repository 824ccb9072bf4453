#include "core/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <memory>

#include "core/utf8_decode.h"

namespace irkg {

namespace {

// Windows-1252 0x80-0x9F per the WHATWG Encoding Standard's index; 0xA0-0xFF equal
// Latin-1 and so Unicode. Written out rather than taken from iconv because glibc's CP1252
// rejects the five unassigned bytes that browsers (and so real pages) map to C1 controls.
constexpr std::array<std::uint16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The value after "charset" in a <meta> tag's text: charset="x", charset=x, or inside
// content="text/html; charset=x". Empty when the tag has none.
std::string charset_value(std::string_view tag) {
  const std::size_t at = tag.find("charset");
  if (at == std::string_view::npos) return "";
  std::size_t i = at + 7;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
  if (i >= tag.size() || tag[i] != '=') return "";
  ++i;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '"' || tag[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < tag.size() && tag[end] != '"' && tag[end] != '\'' && tag[end] != ';' && tag[end] != ' ' &&
         tag[end] != '>' && tag[end] != '/' && tag[end] != '\t' && tag[end] != '\n' && tag[end] != '\r')
    ++end;
  return std::string(tag.substr(i, end - i));
}

}  // namespace

Charset charset_of_label(std::string_view label) {
  const std::string l = lower_trimmed(label);
  if (l.empty()) return Charset::Unknown;
  // WHATWG: a page that says UTF-16 in a <meta> is read as UTF-8 (a real UTF-16 page has a
  // byte-order mark, which wins over any declaration).
  for (const char* utf8 : {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"})
    if (l == utf8) return Charset::Utf8;
  for (const char* latin : {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
                            "iso88591", "iso_8859-1:1987", "latin1", "l1", "ibm819", "cp819", "csisolatin1",
                            "iso-ir-100", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-1:1987"})
    if (l == latin) return Charset::Windows1252;
  return Charset::Other;
}

DeclaredCharset declared_html_charset(std::string_view bytes) {
  // Browsers look for the declaration in the first 1024 bytes only.
  const std::string head = lower_trimmed(bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024)));
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? head.npos : end - at);
    const std::string value = charset_value(tag);
    if (value.empty()) continue;
    return {charset_of_label(value), value};
  }
  return {};
}

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) continue;
    if (c < 0x80) out.push_back(ch);
    else append_utf8(out, c < 0xA0 ? kWindows1252High[c - 0x80] : c);
  }
  return out;
}

bool looks_windows1252(std::string_view b) {
  std::size_t valid_multibyte = 0, invalid = 0;
  for (std::size_t i = 0; i < b.size();) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8_at(b, i, cp);
    if (len == 0) {
      ++invalid;
      ++i;
    } else {
      valid_multibyte += len > 1;
      i += len;
    }
  }
  return invalid > valid_multibyte;
}

bool iconv_to_utf8(std::string_view bytes, const std::string& label, std::string& out) {
  // Only for charsets irkg does not decode itself (windows-1251, Shift_JIS, GBK, KOI8-R
  // ...): glibc knows hundreds, and a table per charset here would be a poorer copy.
  iconv_t cd = ::iconv_open("UTF-8", label.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  const std::unique_ptr<void, int (*)(iconv_t)> closer(cd, ::iconv_close);
  out.clear();
  std::array<char, 4096> chunk{};
  std::string input(bytes);  // iconv takes a non-const char**
  char* in = input.data();
  std::size_t in_left = input.size();
  while (in_left > 0) {
    char* dst = chunk.data();
    std::size_t dst_left = chunk.size();
    const std::size_t r = ::iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(chunk.data(), chunk.size() - dst_left);
    if (r == static_cast<std::size_t>(-1) && (errno == EILSEQ || errno == EINVAL)) {
      out.append("\xEF\xBF\xBD");  // an invalid or truncated sequence: replace one byte, go on
      ++in;
      --in_left;
      ::iconv(cd, nullptr, nullptr, nullptr, nullptr);
    } else if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
      return false;
    }
  }
  char* dst = chunk.data();
  std::size_t dst_left = chunk.size();
  ::iconv(cd, nullptr, nullptr, &dst, &dst_left);  // flush a stateful encoding's shift state
  out.append(chunk.data(), chunk.size() - dst_left);
  return true;
}

}  // namespace irkg
