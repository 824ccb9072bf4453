#include "core/embedded_data.h"
#include <array>
#include <utility>
namespace irkg {
namespace {
}  // namespace
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files() {
  static const std::vector<std::pair<std::string_view, std::string_view>> files = {
  };
  return files;
}
}  // namespace irkg
