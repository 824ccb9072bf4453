#pragma once
// The dictionaries under data/ compiled into the binary (see cmake/EmbedData.cmake).
#include <string_view>
#include <utility>
#include <vector>

namespace irkg {

// Every embedded file as (path relative to data/, contents).
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files();

// Contents of one embedded file, or an empty view when it does not exist.
std::string_view embedded_file(std::string_view relative_path);

}  // namespace irkg
