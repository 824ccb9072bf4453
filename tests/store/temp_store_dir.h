#pragma once
// A store directory of the running test's own, removed before and after it: named after the
// process (ctest runs tests in parallel processes) and the test; a test holding several
// stores gives each a suffix.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace irkg::test {

struct TempStoreDir {
  std::filesystem::path path;
  explicit TempStoreDir(const std::string& suffix = "") {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path = std::filesystem::temp_directory_path() / ("irkg-store-" + std::to_string(::getpid()) + "-" +
                                                     info->test_suite_name() + "-" + info->name() + suffix);
    std::filesystem::remove_all(path);
  }
  ~TempStoreDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempStoreDir(const TempStoreDir&) = delete;
  TempStoreDir& operator=(const TempStoreDir&) = delete;
};

}  // namespace irkg::test
