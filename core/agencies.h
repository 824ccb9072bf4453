#pragma once
// Wire services (data/agencies.tsv): the agencies whose stories other papers run, with the
// spellings a page credits them by.
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

struct AgencySpelling {
  std::string text;       // "Associated Press", "AP"
  std::string canonical;  // "Associated Press"
  bool short_form = false;  // an acronym that counts only in a dateline, a whole byline or credit
  std::string lower;        // `text` in lower case, for case-insensitive search
};

// Every spelling, longest first (so "The Associated Press" is tried before "AP").
const std::vector<AgencySpelling>& agency_spellings();

// The canonical agency for a spelling or canonical name, ignoring case, spaces and
// punctuation; empty when `name` is no agency.
std::string canonical_agency(std::string_view name);

// The canonical name when `name` is an agency, else `name` trimmed (users may filter on an
// agency the table does not list).
std::string normalize_agency(std::string_view name);

}  // namespace irkg
