#include <cstdint>
#include <string>
#include <string_view>

#include "core/document_reader.h"
#include "core/utf8_decode.h"

namespace irkg {

namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

std::string from_utf16(std::string_view b, bool big_endian) {
  std::string out;
  out.reserve(b.size());
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto hi = static_cast<unsigned char>(b[big_endian ? i : i + 1]);
    const auto lo = static_cast<unsigned char>(b[big_endian ? i + 1 : i]);
    return (static_cast<std::uint32_t>(hi) << 8) | lo;
  };
  for (std::size_t i = 2; i + 1 < b.size(); i += 2) {
    std::uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      const std::uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u == 0) continue;
    append_utf8(out, (u >= 0xD800 && u <= 0xDFFF) ? kReplacement : u);
  }
  return out;
}
}  // namespace

namespace {
std::string decode_to_utf8(std::string_view b, const DeclaredCharset& declared);
}  // namespace

std::string to_clean_utf8(std::string_view b) { return to_clean_utf8(b, DeclaredCharset{}); }

std::string to_clean_utf8(std::string_view b, const DeclaredCharset& declared) {
  std::string out = decode_to_utf8(b, declared);
  // A BOM can surface after decoding ("\0\0\xEF\xBB\xBF...": the NULs are dropped), and the
  // result must be clean in one pass: cleaning clean text changes nothing (fuzz_utf8).
  std::size_t bom = 0;
  while (out.compare(bom, 3, "\xEF\xBB\xBF") == 0) bom += 3;
  if (bom) out.erase(0, bom);
  return out;
}

namespace {
// Valid UTF-8 from bytes meant as UTF-8: invalid sequences become U+FFFD, NULs are dropped.
std::string clean_utf8(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  std::size_t i = 0;
  const std::size_t n = b.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      if (c != 0) out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    bool ok = len > 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(b[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (cc & 0x3F);
    }
    if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (ok) {
      out.append(b.substr(i, len));
      i += len;
    } else {
      append_utf8(out, kReplacement);
      ++i;  // resynchronise on the next byte
    }
  }
  return out;
}

// A byte-order mark wins over any declaration (as in browsers); then what the page
// declares; with neither, the bytes decide between UTF-8 and Windows-1252.
std::string decode_to_utf8(std::string_view b, const DeclaredCharset& declared) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE)
    return from_utf16(b, false);
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF)
    return from_utf16(b, true);
  bool utf8_bom = false;
  while (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {  // editors stack them
    b.remove_prefix(3);
    utf8_bom = true;
  }
  if (utf8_bom) return clean_utf8(b);
  switch (declared.charset) {
    case Charset::Utf8: return clean_utf8(b);
    case Charset::Windows1252: return windows1252_to_utf8(b);
    case Charset::Other: {
      std::string decoded;
      if (iconv_to_utf8(b, declared.label, decoded)) return clean_utf8(decoded);
      break;  // a label iconv does not know: decide from the bytes
    }
    case Charset::Unknown: break;
  }
  return looks_windows1252(b) ? windows1252_to_utf8(b) : clean_utf8(b);
}
}  // namespace

bool looks_binary(std::string_view b) {
  if (b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'))) return false;
  const std::size_t sample = b.size() < 8192 ? b.size() : 8192;
  if (sample == 0) return false;
  std::size_t control = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) ++control;
  }
  // Text has essentially no control bytes; compressed or executable data has many.
  return control * 20 > sample;
}

}  // namespace irkg
