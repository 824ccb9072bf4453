// irkg extract: claims as JSON lines on stdout, one line per claim, flushed per
// document, so it runs unchanged as a streaming map stage (Spark pipe, Hadoop Streaming).
#include <iostream>

#include "cli/checked_stdout.h"
#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"

namespace irkg::cli {
namespace {

int run_extract(const std::vector<std::string>& argv) {
  Args args("usage: irkg extract [OPTIONS] INPUT...\n\n"
            "Prints the claims found in each input as JSON lines. INPUT is a .txt or .html file,\n"
            "a .jsonl file of documents ({\"id\", \"text\" or \"html\", \"outlet\"?, \"url\"?,\n"
            "\"published\"?, \"title\"?}), a directory (walked), or - for JSONL on stdin.",
            input_flags());
  return run_guarded("extract", args, argv, [&] {
    if (args.positionals().empty()) throw UsageError("no INPUT given");
    const InputOptions opts = input_options(args);
    const Extractor extractor = make_extractor(opts.lexicons);
    std::size_t failed = 0;
    Pipeline pipeline(extractor, opts.jobs, [&](ProcessedDocument&& r) {
      if (!r.error.empty()) {
        warn("extract", r.doc.id, r.error);
        ++failed;
        return;
      }
      for (const auto& c : r.claims) std::cout << claim_to_json_line(c) << '\n';
      flush_stdout_or_throw();  // nobody reads the claims any more: stop extracting
    });
    DocumentReader reader(opts.overrides, [&](Document&& d) { pipeline.add(std::move(d)); },
                          [](const std::string& where, const std::string& problem) { warn("extract", where, problem); });
    for (const auto& input : args.positionals()) reader.read_input(input);
    pipeline.flush();
    const std::size_t skipped = reader.report().skipped + failed;
    // Fail only when nothing at all could be read (or every document read failed).
    const bool nothing_done = reader.report().documents == failed && skipped > 0;
    // A lone failed input has said why in its own line; the count adds nothing then.
    if (skipped > 0 && !(nothing_done && skipped == 1))
      std::cerr << "irkg extract: " << skipped << " input(s) skipped\n";
    return nothing_done ? kExitRuntime : kExitOk;
  });
}

const bool registered = register_command({"extract", "print claims found in documents as JSON lines", run_extract});

}  // namespace
}  // namespace irkg::cli
