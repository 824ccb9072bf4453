#pragma once
// A file with the given text in a folder of this test process's own: ctest runs tests in
// parallel processes, and two of them writing one fixed path in /tmp read each other's text.
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/process_scratch_dir.h"

namespace irkg::test {

inline std::string temp_file(const std::string& name, const std::string& text) {
  static const ProcessScratchDir dir("irkg_test_");
  const auto path = dir.path / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace irkg::test
