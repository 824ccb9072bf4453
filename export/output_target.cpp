#include "export/output_target.h"

#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace irkg {

namespace fs = std::filesystem;

namespace {
// Linux's MAXSYMLINKS: a longer chain is almost certainly a loop.
constexpr int kMaxSymlinkHops = 40;

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw std::runtime_error("cannot write " + path + ": " + reason);
}
}  // namespace

OutputTarget resolve_output_target(const std::string& path) {
  fs::path p(path);
  std::error_code ec;
  for (int hops = 0;; ++hops) {
    const fs::file_status link = fs::symlink_status(p, ec);
    if (ec || !fs::is_symlink(link)) break;
    if (hops == kMaxSymlinkHops) fail(path, "too many levels of symbolic links");
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) fail(path, ec.message());
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  OutputTarget target;
  target.path = p.string();
  const fs::file_status st = fs::status(p, ec);
  if (ec || !fs::exists(st) || fs::is_regular_file(st)) return target;  // new path or regular file
  if (fs::is_directory(st)) fail(path, "is a directory");
  target.kind = OutputTarget::Kind::Direct;
  return target;
}

}  // namespace irkg
