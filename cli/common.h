#pragma once
// Helpers shared by several subcommands.
#include <memory>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"

namespace irkg::cli {

// Flags every input-reading command accepts.
std::vector<FlagSpec> input_flags();
// Reads --outlet/--url/--published/--lexicon/--jobs.
InputOptions input_options(const Args& args);

// The extractor with the embedded dictionaries plus --lexicon files.
Extractor make_extractor(const std::vector<std::string>& lexicons);

// An actor as typed by a user ("CHN", "China", "Beijing") to its code; UsageError when unknown.
std::string resolve_actor_or_throw(const Extractor& extractor, const std::string& typed);

// Prints "irkg CMD: WHERE: PROBLEM" on stderr.
void warn(const std::string& command, const std::string& where, const std::string& problem);

// True when stderr is a terminal (progress lines are for people, not for logs).
bool stderr_is_terminal();

}  // namespace irkg::cli
