#pragma once
// Shared error handling for subcommands: every failure becomes one line on stderr and
// the documented exit code.
#include <functional>
#include <string>
#include <vector>

#include "cli/args.h"

namespace irkg::cli {

// Parses argv into `args`, then calls `body`. UsageError -> "irkg NAME: msg" + exit 2;
// --help -> usage on stdout + exit 0; any other std::exception -> "irkg NAME: msg" +
// exit 1. `body` returns the exit code.
int run_guarded(const std::string& name, Args& args, const std::vector<std::string>& argv,
                const std::function<int()>& body);

}  // namespace irkg::cli
