#include "store/status_error.h"

#include <regex>
#include <string>

namespace irkg {
namespace {
bool says(const std::string& text, const char* what) { return text.find(what) != std::string::npos; }
}  // namespace

bool is_out_of_space(const rocksdb::Status& s) {
  const std::string text = s.ToString();
  // ulimit -f makes write() fail with EFBIG, which RocksDB reports as a plain IO error.
  return s.IsNoSpace() || says(text, "No space left") || says(text, "File too large");
}

bool is_read_only(const rocksdb::Status& s) {
  const std::string text = s.ToString();
  return says(text, "Permission denied") || says(text, "Read-only file system");
}

StoreError error_from_status(const rocksdb::Status& s, const std::filesystem::path& dir, StoreStep step) {
  const std::string text = s.ToString();
  const std::string where = dir.string();
  if (is_out_of_space(s)) {
    if (step == StoreStep::Open)
      return StoreError("no space to open " + where + " for writing (" + text + "); nothing stored was changed");
    return StoreError("no space to write to " + where + " (" + text +
                      "); the last batch was not stored, earlier ones are intact");
  }
  if (is_read_only(s))
    return StoreError("database is read-only: " + where + " (" + text + "); queries work, storing needs write access");
  // A table file the MANIFEST names that is gone is damage, like a checksum mismatch.
  // RocksDB looks for it under its old LevelDB name last and reports that name
  // ("000027.ldb: No such file"): the user needs the name that is in the directory.
  static const std::regex missing_table(R"(([0-9]+)\.ldb: No such file)");
  if (std::smatch m; std::regex_search(text, m, missing_table))
    return StoreError("database is corrupt: " + where + ": table file " + m[1].str() + ".sst is missing");
  // A table file shorter than its own index says (read through a mapping) was truncated.
  if (s.IsCorruption() || (s.IsIOError() && s.IsPathNotFound()) || says(text, "No such file") ||
      says(text, "larger than file length"))
    return StoreError("database is corrupt: " + where + ": " + text);
  return StoreError("database error: " + where + ": " + text);
}

}  // namespace irkg
