// irkg ingest-sst: the "load" stage of the bulk path — shards written by `irkg sst` go
// into the store with RocksDB's IngestExternalFiles, one atomic step per shard.
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

int run_ingest_sst(const std::vector<std::string>& argv) {
  Args args("usage: irkg ingest-sst --db DIR SSTDIR...\n\n"
            "Loads shards written by `irkg sst` into the store. A document already stored with the\n"
            "same claims is left as it is, so loading a shard twice adds nothing; a document with\n"
            "other claims has its old claims replaced.",
            {{"--db", true, false, "DIR  the claim store (created if missing)"}});
  return run_guarded("ingest-sst", args, argv, [&] {
    const std::string db = args.require("--db");
    if (args.positionals().empty()) throw UsageError("no SSTDIR given");
    std::vector<std::filesystem::path> dirs(args.positionals().begin(), args.positionals().end());
    for (const auto& d : dirs)
      if (!std::filesystem::is_directory(d)) throw std::runtime_error("no shard directory " + d.string());
    Store store = Store::open(db, Store::Mode::ReadWrite);
    const SstIngestSummary s = store.ingest_sst(dirs);
    std::cout << "shards: " << s.shards << "\n"
              << "documents: " << s.added << " added, " << s.replaced << " replaced, " << s.unchanged << " unchanged\n"
              << "claims stored: " << s.claims_added << " (" << s.claims_removed << " old claims removed)\n"
              << "store: " << db << "\n";
    return kExitOk;
  });
}

const bool registered = register_command({"ingest-sst", "load shards written by `irkg sst` into a store", run_ingest_sst});

}  // namespace
}  // namespace irkg::cli
