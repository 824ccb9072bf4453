#include "core/embedded_data.h"
#include <array>
#include <utility>
namespace irkg {
namespace {
constexpr char file_0[] = {'\x78','\x09','\x79','\x0a', 0};
}  // namespace
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files() {
  static const std::vector<std::pair<std::string_view, std::string_view>> files = {
  {"probe.tsv", std::string_view(file_0, 4)},
  };
  return files;
}
}  // namespace irkg
