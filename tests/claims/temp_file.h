#pragma once
// A file with the given text in a folder of this test process's own: ctest runs tests in
// parallel processes, and two of them writing one fixed path in /tmp read each other's text.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace irkg::test {

// The folder, removed with everything in it when the test process ends.
struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("irkg_test_" + std::to_string(::getpid()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

inline std::string temp_file(const std::string& name, const std::string& text) {
  static const TempDir dir;
  const auto path = dir.path / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace irkg::test
