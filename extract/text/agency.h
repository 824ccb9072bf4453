#pragma once
// The wire service a story comes from (data/agencies.tsv), read off the page the way a
// reader sees it: a dateline "WASHINGTON (AP) —", "NEW DELHI (PTI):", "MOSCOW, May 3. /TASS/.",
// a byline "By The Associated Press", "Reuters Staff", a credit line "Copyright 2026 The
// Associated Press", "(With inputs from PTI)", "— AFP". A mention of an agency inside the
// story ("Reuters reported") is not a credit and is never taken.
#include <string>
#include <vector>

namespace irkg::text {

// `paragraphs`: the main text's paragraphs in order; `author`: the detected byline;
// `credits`: other short blocks of the page that may carry a credit line (dropped
// copyright/credit furniture). Returns the canonical agency or empty.
std::string detect_agency(const std::vector<std::string>& paragraphs, const std::string& author,
                          const std::vector<std::string>& credits);

}  // namespace irkg::text
