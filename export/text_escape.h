#pragma once
// Text hygiene for the writers: news text can hold any byte, the formats cannot.
#include <string>
#include <string_view>

namespace irkg::exportfmt {

// Valid UTF-8 with every character XML 1.0 forbids removed (C0 controls except tab, LF,
// CR; U+FFFE/U+FFFF; surrogates) and the ones it says to avoid (DEL, C1 controls U+0080-
// U+009F), so no escape sequence survives into any export. Invalid bytes become U+FFFD.
std::string xml_clean(std::string_view s);
// xml_clean plus escaping of & < > " ' for use in element text and attribute values.
std::string xml_escape(std::string_view s);
// The same, appended to `out`.
void append_xml_escaped(std::string& out, std::string_view s);
// A JSON string literal (quoted), cleaned like XML so every format carries the same text.
std::string json_string(std::string_view s);
// The same, appended to `out`.
void append_json_string(std::string& out, std::string_view s);
// A CSV field per RFC 4180: cleaned like XML, quoted when it holds , " CR or LF. A text
// that starts with = + - @ TAB or CR is prefixed with ' and quoted, so spreadsheets show
// it instead of running it as a formula (OWASP CSV injection). Numbers are written by
// the callers directly, not through here, so a negative weight stays a number.
std::string csv_field(std::string_view s);
// The same, appended to `out`.
void append_csv_field(std::string& out, std::string_view s);
// Numbers printed the same way on every machine: up to 6 decimals, trailing zeros cut.
std::string number(double x);
// #RRGGBB for an edge sign and for a bloc number.
std::string sign_colour(int sign);
std::string bloc_colour(int bloc);
// The same colours as 0-255 components, for GEXF viz:color.
struct Rgb {
  int r, g, b;
};
Rgb rgb_of(const std::string& hex);
// Edge label for Gephi: the dominant reading of a sign.
const char* sign_word(int sign);

}  // namespace irkg::exportfmt
