#pragma once
// Reading fixtures and collecting imported documents for the importer tests.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "importers/importers.h"

namespace irkg::test {

inline std::filesystem::path fixture_path(const std::string& name) {
  return std::filesystem::path(IRKG_SOURCE_DIR) / "tests/fixtures/importers" / name;
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

inline std::string fixture(const std::string& name) { return read_bytes(fixture_path(name)); }

// The shared data set lives beside the repository (../shared), where CI and every
// developer have it; IRKG_SHARED names another place.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("IRKG_SHARED"); env && *env) return env;
  return std::filesystem::path(IRKG_SOURCE_DIR).parent_path() / "shared";
}

struct Collected {
  std::vector<ImportedDocument> docs;
  DocumentSink sink() {
    return [this](ImportedDocument&& d) { docs.push_back(std::move(d)); };
  }
  const ImportedDocument* find(const std::string& id) const {
    for (const auto& d : docs)
      if (d.id == id) return &d;
    return nullptr;
  }
};

inline std::uint64_t skipped(const ImportReport& r, SkipReason reason) {
  return r.skipped[static_cast<std::size_t>(reason)];
}

}  // namespace irkg::test
