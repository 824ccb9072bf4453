// irkg: international-relations claims from news text into a signed knowledge graph.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/checked_stdout.h"
#include "cli/command.h"

namespace irkg::cli {

namespace {
std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}

// The command's name for the last-resort message below (set before any work starts).
char g_command[64] = "irkg";

// When memory runs out where not even the exception can be allocated (libstdc++ then calls
// std::terminate), or a thread cannot be started: one line and exit 1, not an abort and a
// core dump. Every store write is one atomic batch, so nothing is half-written. Only
// async-signal-safe calls: the heap may be exhausted.
[[noreturn]] void last_resort() {
  const char tail[] = ": out of memory or a resource limit; stopped (stored batches are whole)\n";
  ssize_t ignored = ::write(STDERR_FILENO, g_command, std::strlen(g_command));
  ignored = ::write(STDERR_FILENO, tail, sizeof tail - 1);
  (void)ignored;
  ::_exit(1);
}

void print_overview(std::ostream& out) {
  out << "usage: irkg COMMAND [OPTIONS] ...\n\n"
         "Turns news text into international-relations claims (actor, relation, actor, outlet,\n"
         "date, evidence), stores them, and answers who opposes whom.\n\nCommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name << std::string(c.name.size() < 12 ? 12 - c.name.size() : 1, ' ') << c.summary << "\n";
  }
  out << "\nRun 'irkg COMMAND --help' for a command's options.\n";
}
}  // namespace

bool register_command(Command command) {
  registry().push_back(std::move(command));
  return true;
}

const std::vector<Command>& commands() {
  auto& all = registry();
  std::sort(all.begin(), all.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
  return all;
}

}  // namespace irkg::cli

int main(int argc, char** argv) {
  using namespace irkg::cli;
  std::ios::sync_with_stdio(false);
  install_checked_stdout();
  if (argc < 2) {
    print_overview(std::cerr);
    return kExitUsage;
  }
  const std::string name = argv[1];
  std::snprintf(g_command, sizeof g_command, "irkg %s", name.c_str());
  std::set_terminate(last_resort);
  if (name == "--help" || name == "-h" || name == "help") {
    print_overview(std::cout);
    return finish_stdout(kExitOk);
  }
  if (name == "--version") {
    std::cout << "irkg 0.1.0\n";
    return finish_stdout(kExitOk);
  }
  for (const auto& c : commands()) {
    if (c.name == name) return finish_stdout(c.run(std::vector<std::string>(argv + 2, argv + argc)));
  }
  std::cerr << "irkg: unknown command '" << name << "' (see irkg --help)\n";
  return kExitUsage;
}
