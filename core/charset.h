#pragma once
// Character sets of real-world news files. Pages declare theirs in a <meta> tag; plain
// text and undeclared pages from older sites are often Windows-1252 (Latin-1), which read
// as UTF-8 would turn "François" into "Fran\uFFFDois" and lose the actor. Everything is
// decoded to UTF-8 before any other stage sees it (to_clean_utf8 in document_reader.h).
#include <string>
#include <string_view>

namespace irkg {

enum class Charset {
  Unknown,      // nothing declared: decided from the bytes
  Utf8,
  Windows1252,  // also what ISO-8859-1, Latin-1 and US-ASCII labels mean (WHATWG Encoding)
  Other,        // another declared label, decoded with iconv when the system knows it
};

struct DeclaredCharset {
  Charset charset = Charset::Unknown;
  std::string label;  // as declared, lower-cased ("windows-1251"); empty when none
};

// The charset a page declares in its first 1024 bytes, as browsers prescan it:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
DeclaredCharset declared_html_charset(std::string_view bytes);

// A charset label ("ISO-8859-1", " utf8 ") to what irkg does with it.
Charset charset_of_label(std::string_view label);

// Windows-1252 bytes as UTF-8 (the WHATWG table: 0x80-0x9F are the typographic
// characters, the five unassigned ones map to the C1 controls of the same value). NUL
// bytes are dropped, as by to_clean_utf8.
std::string windows1252_to_utf8(std::string_view bytes);

// True when bytes that are not valid UTF-8 read better as Windows-1252: more bytes would
// be replaced by U+FFFD than there are well-formed multi-byte UTF-8 characters. A UTF-8
// file with a stray bad byte stays UTF-8; "Fran\xE7ois" with no UTF-8 in sight does not.
bool looks_windows1252(std::string_view bytes);

// Decodes with the C library's iconv when it knows `label`: invalid or incomplete input
// bytes become U+FFFD. False when the label is unknown to iconv.
bool iconv_to_utf8(std::string_view bytes, const std::string& label, std::string& out);

}  // namespace irkg
