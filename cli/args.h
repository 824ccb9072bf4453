#pragma once
// A small, strict command-line parser: unknown flags and missing values are usage errors
// (exit 2) with one clear line, --help prints the command's usage and exits 0.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace irkg::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown by parse() when --help is given; the dispatcher prints usage and exits 0.
struct HelpRequested {};

struct FlagSpec {
  std::string name;        // "--db"
  bool takes_value = true;  // false for switches like --json
  bool repeatable = false;  // --lexicon A --lexicon B
  std::string help;         // "DIR  the claim store"
};

class Args {
 public:
  Args(std::string usage, std::vector<FlagSpec> flags);
  // Throws UsageError or HelpRequested.
  void parse(const std::vector<std::string>& argv);

  bool has(const std::string& flag) const;
  std::string get(const std::string& flag, const std::string& fallback = "") const;
  std::vector<std::string> get_all(const std::string& flag) const;
  // A required flag: UsageError when missing.
  std::string require(const std::string& flag) const;
  // A YYYY-MM-DD flag: UsageError when malformed; empty when absent.
  std::string date(const std::string& flag) const;
  // A positive integer flag.
  long integer(const std::string& flag, long fallback, long min, long max) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

  std::string usage_text() const;

 private:
  std::string usage_;
  std::vector<FlagSpec> specs_;
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
};

}  // namespace irkg::cli
