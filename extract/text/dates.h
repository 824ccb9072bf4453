#pragma once
// Publication dates as pages write them, normalised to YYYY-MM-DD.
#include <string>
#include <string_view>

namespace irkg::text {

// A date that makes up the whole value (meta tags, JSON-LD, <time datetime>):
// "2021-06-23", "2021-06-23T10:00:00+05:30", "2021/06/23", "20210623" and every form
// find_date_in accepts. Empty when it is not a date.
std::string parse_date_value(std::string_view value);

// The first written date inside running text: "June 23, 2021", "Jun. 23 2021",
// "23 June 2021", "23rd of June, 2021", "2021-06-23". Empty when none.
std::string find_date_in(std::string_view text);

// True when the line is a date and little else (a byline date line such as
// "June 23, 2021" or "Updated: 23 June 2021 10:41 IST").
bool is_date_line(std::string_view line);

}  // namespace irkg::text
