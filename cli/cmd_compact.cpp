// irkg compact: one sorted run per level in every column family (after bulk loads).
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

int run_compact(const std::vector<std::string>& argv) {
  Args args("usage: irkg compact --db DIR\n\n"
            "Compacts a store: after `irkg ingest-sst` the shards' files overlap, and whole-store\n"
            "reads (the graph of every claim, compare --outlets) merge them on every scan.\n"
            "Takes the writer lock; the contents do not change.",
            {{"--db", true, false, "DIR  the claim store"}});
  return run_guarded("compact", args, argv, [&] {
    Store store = Store::open(args.require("--db"), Store::Mode::ReadWrite);
    const auto before = store.stats().bytes_on_disk;
    store.compact();
    const auto after = store.stats().bytes_on_disk;
    std::cout << "compacted " << args.require("--db") << ": " << before / (1024 * 1024) << " MiB -> "
              << after / (1024 * 1024) << " MiB\n";
    return kExitOk;
  });
}

const bool registered = register_command({"compact", "compact a store after bulk loads", run_compact});

}  // namespace
}  // namespace irkg::cli
