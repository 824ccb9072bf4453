#pragma once
// Runs the irkg binary from tests and captures exit code, stdout and stderr.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/process_scratch_dir.h"

namespace irkg::test {

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// `args` is a shell fragment appended to the binary path (quote paths with shell_quote).
inline CommandResult run_irkg(const std::string& args, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  // (A folder of the test process's own for the command's stdin and stderr.)
  static const ProcessScratchDir scratch("irkg-cli-");
  const fs::path& dir = scratch.path;
  const fs::path err_file = dir / "stderr", in_file = dir / "stdin";
  std::ofstream(in_file) << stdin_text;
  const std::string cmd = shell_quote(IRKG_BINARY) + " " + args + " <" + shell_quote(in_file.string()) + " 2>" +
                          shell_quote(err_file.string());
  CommandResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 65536> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream e(err_file);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  return r;
}

inline std::string source_path(const std::string& rel) { return std::string(IRKG_SOURCE_DIR) + "/" + rel; }

// A fresh empty temporary directory, removed when the object goes out of scope.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = std::filesystem::temp_directory_path() /
            ("irkg-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str(const std::string& child = "") const { return child.empty() ? path_.string() : (path_ / child).string(); }

 private:
  static int& counter() {
    static int c = 0;
    return c;
  }
  std::filesystem::path path_;
};

}  // namespace irkg::test
