#pragma once
// Claims for the commands that work on claim lists (compare, claims --corroborated-by):
// from a store (--db DIR, read-only) or a claims JSONL file (--claims FILE).
#include <functional>
#include <string>

#include "cli/args.h"
#include "core/claim.h"

namespace irkg::cli {

// Calls fn for every claim of --db or --claims (exactly one must be given). A bad JSONL
// line is reported on stderr as FILE:LINE and skipped.
void for_each_source_claim(const std::string& command, const Args& args, const std::function<void(Claim&&)>& fn);

}  // namespace irkg::cli
