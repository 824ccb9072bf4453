#include "core/embedded_data.h"

namespace irkg {

std::string_view embedded_file(std::string_view relative_path) {
  for (const auto& [path, contents] : embedded_files())
    if (path == relative_path) return contents;
  return {};
}

}  // namespace irkg
