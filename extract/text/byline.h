#pragma once
// Bylines: "By Jane Doe", "Jane Doe by Jane Doe" (avatar alt text + byline), "Written by
// Jane Doe", "By Jane Doe | June 1, 2021". Shared by the HTML and plain-text paths.
#include <string>
#include <string_view>

namespace irkg::text {

// The author's name, or empty when the line is not a byline.
std::string byline_author(std::string_view line);

}  // namespace irkg::text
