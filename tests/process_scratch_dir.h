#pragma once
// A folder of this test process's own, removed with everything in it when the process ends:
// ctest runs tests in parallel processes, so a fixed path in /tmp would be shared by them,
// and a folder per process left behind piles up run after run.
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace irkg::test {

struct ProcessScratchDir {
  std::filesystem::path path;
  explicit ProcessScratchDir(const std::string& prefix)
      : path(std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path);
  }
  ~ProcessScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  ProcessScratchDir(const ProcessScratchDir&) = delete;
  ProcessScratchDir& operator=(const ProcessScratchDir&) = delete;
};

}  // namespace irkg::test
