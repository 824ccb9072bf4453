// irkg sst: one shard's claims (JSON lines from `irkg extract`) as sorted RocksDB SST files,
// the "sort" stage of the bulk path in docs/SCALE.md. Needs no database.
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

// Reads claim lines from one input ("-" = stdin); bad lines are reported and skipped.
std::size_t read_claims(const std::string& input, std::vector<Claim>& out) {
  std::ifstream file;
  if (input != "-") {
    file.open(input, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + input);
  }
  std::istream& in = input == "-" ? std::cin : file;
  std::size_t skipped = 0, number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      Claim c = claim_from_json_line(line);
      if (c.id.empty() || c.doc.empty()) throw std::runtime_error("claim without id or doc");
      out.push_back(std::move(c));
    } catch (const std::exception& e) {
      warn("sst", input + ":" + std::to_string(number), e.what());
      ++skipped;
    }
  }
  return skipped;
}

int run_sst(const std::vector<std::string>& argv) {
  Args args("usage: irkg sst --out DIR CLAIMS.jsonl...\n\n"
            "Writes claims (JSON lines as printed by `irkg extract`; - reads stdin) as sorted SST\n"
            "files, one per column family, into DIR, for `irkg ingest-sst`. All claims of one\n"
            "document must be in the same shard.",
            {{"--out", true, false, "DIR  the shard directory (created; its shard files are replaced)"}});
  return run_guarded("sst", args, argv, [&] {
    const std::string out = args.require("--out");
    if (args.positionals().empty()) throw UsageError("no CLAIMS file given");
    std::vector<Claim> claims;
    std::size_t skipped = 0;
    for (const auto& input : args.positionals()) skipped += read_claims(input, claims);
    if (claims.empty() && skipped > 0) throw std::runtime_error("no readable claim in the input");
    const SstShardSummary summary = Store::write_sst_shard(claims, out);
    std::cout << "shard: " << summary.documents << " documents, " << summary.claims << " claims, " << skipped
              << " lines skipped\n"
              << "files: " << summary.files.size() << " in " << out << "\n";
    return kExitOk;
  });
}

const bool registered = register_command({"sst", "write claims as sorted SST files for ingest-sst", run_sst});

}  // namespace
}  // namespace irkg::cli
