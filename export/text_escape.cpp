#include "export/text_escape.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8_decode.h"

namespace irkg::exportfmt {

namespace {

bool xml_allowed(char32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
  if (cp < 0x20) return false;
  // DEL and the C1 controls: XML 1.0 (section 2.2) says to avoid them, and in CSV or JSON
  // printed to a terminal U+009B is a one-character escape sequence.
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xFFFE || cp == 0xFFFF) return false;
  return true;
}

}  // namespace

// What each byte asks of a writer, looked up once per byte: a large export checks ~1 GB of
// text, and the comparisons the checks made per byte were the largest part of its
// formatting (docs/BENCHMARKS.md "session 17").
enum : unsigned char {
  kNotPlain = 1,  // outside printable ASCII: xml_clean has work to do
  kXml = 2,       // & < > " ': escaped in XML
  kJson = 4,      // " and backslash: escaped in JSON
  kCsv = 8,       // , and ": a CSV field is quoted
};

constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (int u = 0; u < 256; ++u)
    if (u < 0x20 || u >= 0x7F) t[static_cast<std::size_t>(u)] = kNotPlain;
  for (const unsigned char c : {'&', '<', '>', '"', '\''}) t[c] |= kXml;
  for (const unsigned char c : {'"', '\\'}) t[c] |= kJson;
  for (const unsigned char c : {',', '"'}) t[c] |= kCsv;
  return t;
}();

// True when no byte of `s` has any of the `classes` bits.
bool none_of_class(std::string_view s, unsigned char classes) {
  unsigned char seen = 0;
  for (const char c : s) seen |= kByteClass[static_cast<unsigned char>(c)];
  return (seen & classes) == 0;
}

// Plain printable ASCII needs no work: most ids, dates, numbers and outlet names.
bool plain_ascii(std::string_view s) { return none_of_class(s, kNotPlain); }

std::string xml_clean(std::string_view s) {
  if (plain_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8_at(s, i, cp);
    if (len == 0) {
      append_utf8(out, 0xFFFD);
      ++i;
      continue;
    }
    if (xml_allowed(cp)) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

// Printable ASCII without a character XML escapes. Sixteen bytes at a time where SSE2 is
// there (every x86-64): most of a large export's text goes through here.
bool xml_plain(std::string_view s) {
  std::size_t at = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F), amp = _mm_set1_epi8('&'),
                lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'), quot = _mm_set1_epi8('"'),
                apos = _mm_set1_epi8('\'');
  for (; at + 16 <= s.size(); at += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
    // Signed bytes: below 0x20 holds the controls and every byte from 0x80 up.
    __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del));
    bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)));
    bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, quot)));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, apos));
    if (_mm_movemask_epi8(bad) != 0) return false;
  }
#endif
  return none_of_class(s.substr(at), kNotPlain | kXml);
}

std::string xml_escape(std::string_view s) {
  std::string out;
  append_xml_escaped(out, s);
  return out;
}

void append_xml_escaped(std::string& out, std::string_view s) {
  if (xml_plain(s)) {
    out.append(s);
    return;
  }
  const std::string clean = xml_clean(s);
  out.reserve(out.size() + clean.size() + 16);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // Attribute values normalise raw newlines and tabs to spaces; keep them as written.
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default: out.push_back(c);
    }
  }
}

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

void append_json_string(std::string& out, std::string_view s) {
  if (none_of_class(s, kNotPlain | kJson)) {  // most text: quoted as it is
    out.push_back('"');
    out.append(s);
    out.push_back('"');
    return;
  }
  const std::string clean = xml_clean(s);
  out.reserve(out.size() + clean.size() + 2);
  out.push_back('"');
  for (char c : clean) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out.push_back(c);
    }
  }
  out.push_back('"');
}

std::string csv_field(std::string_view s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

void append_csv_field(std::string& out, std::string_view s) {
  // OWASP CSV injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or
  // CR before one) as a formula, so such a cell gets a leading ' and is quoted.
  const auto formula_start = [](std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  };
  // Printable ASCII has no tab, CR or LF: only , and " and a formula's first byte matter.
  if (none_of_class(s, kNotPlain | kCsv) && !formula_start(s)) {
    out.append(s);
    return;
  }
  const std::string clean = xml_clean(s);
  const bool formula = formula_start(clean);
  if (!formula && clean.find_first_of(",\"\r\n") == std::string::npos) {
    out.append(clean);
    return;
  }
  out.append(formula ? "\"'" : "\"");
  for (char c : clean) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string number(double x) {
  if (!std::isfinite(x)) return "0";
  // std::to_chars with a precision rounds exactly as printf("%.6f") does, without the
  // format parsing (a large export prints millions of numbers).
  char buf[400];
  const auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 6);
  if (result.ec != std::errc()) return "0";
  std::string s(buf, result.ptr);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

std::string sign_colour(int sign) { return sign > 0 ? "#2CA02C" : sign < 0 ? "#D62728" : "#7F7F7F"; }

std::string bloc_colour(int bloc) {
  // A qualitative palette (Tableau 10 without red and green, which mean rivalry and
  // alliance on edges); blocs beyond it repeat colours.
  static const char* kPalette[] = {"#1F77B4", "#FF7F0E", "#9467BD", "#8C564B", "#E377C2",
                                   "#17BECF", "#BCBD22", "#AEC7E8", "#FFBB78", "#C5B0D5"};
  if (bloc < 0) return "#7F7F7F";
  return kPalette[bloc % 10];
}

Rgb rgb_of(const std::string& hex) {
  const auto part = [&](std::size_t at) { return std::stoi(hex.substr(at, 2), nullptr, 16); };
  return {part(1), part(3), part(5)};
}

const char* sign_word(int sign) { return sign > 0 ? "alliance" : sign < 0 ? "rivalry" : "mixed"; }

}  // namespace irkg::exportfmt
