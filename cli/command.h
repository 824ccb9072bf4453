#pragma once
// Subcommand registry: each cli/cmd_*.cpp registers itself, main() dispatches.
#include <string>
#include <vector>

namespace irkg::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;  // the command ran and failed (bad file, bad store)
inline constexpr int kExitUsage = 2;    // the command line is wrong

struct Command {
  std::string name;     // "extract"
  std::string summary;  // one line for `irkg --help`
  int (*run)(const std::vector<std::string>& args);  // args after the subcommand name
};

// Called from a static initializer in each command file.
bool register_command(Command command);
const std::vector<Command>& commands();

}  // namespace irkg::cli
