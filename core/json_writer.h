#pragma once
// A small JSON writer for the hot output path (one claim line per relation found): the
// generic nlohmann serializer builds a tree per claim and was a sixth of `irkg extract`'s
// time. Output is byte-identical to nlohmann's compact dump with invalid UTF-8 replaced
// by U+FFFD (tested against it).
#include <string>
#include <string_view>

namespace irkg {

// Appends `s` as a JSON string literal (quoted, escaped).
void append_json_string(std::string& out, std::string_view s);
// Appends a double as nlohmann prints it ("-2.0", "0.5", "1e-07").
void append_json_number(std::string& out, double v);

}  // namespace irkg
