// irkg check: verifies a whole store and says what is wrong with it (issue 19).
#include <iostream>

#include "cli/command.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

int run_check(const std::vector<std::string>& argv) {
  Args args("usage: irkg check --db DIR\n\n"
            "Verifies a whole store: the checksums of every table file, every record, each claim's\n"
            "index entries, each document's claim list, the reference counts and the counters.\n"
            "Prints one line per problem found; exits 0 only when the store is sound. Reads the\n"
            "whole store, so it takes about as long as an export.",
            {{"--db", true, false, "DIR  the claim store"}});
  return run_guarded("check", args, argv, [&] {
    const std::string db = args.require("--db");
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    const StoreCheckReport report = Store::check(db);
    for (const auto& problem : report.problems) std::cout << db << ": " << problem << '\n';
    std::cout.flush();
    if (!report.sound()) {
      std::cerr << "irkg check: " << db << " is damaged (the lines above say how)\n";
      return kExitRuntime;
    }
    std::cout << db << ": sound: " << report.table_files << " table files, " << report.documents << " documents, "
              << report.claims << " claims and " << report.index_entries << " index entries verified\n";
    return kExitOk;
  });
}

const bool registered = register_command({"check", "verify a whole store and say what is wrong", run_check});

}  // namespace
}  // namespace irkg::cli
