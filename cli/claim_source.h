#pragma once
// Claims for the commands that read many claims (compare, the graph commands): from a store
// (--db DIR, read-only) or a claims JSONL file (--claims FILE).
#include <functional>
#include <string>

#include "cli/args.h"
#include "core/claim.h"
#include "store/store.h"

namespace irkg::cli {

// Calls fn for every claim of --db or --claims (exactly one must be given). A bad JSONL
// line is reported on stderr as FILE:LINE and skipped. From a store, `narrow` picks the
// index to read (Store::for_each_claim); a file is read whole, so callers still check
// each claim themselves. The claim passed to fn is reused: copy what must be kept.
void for_each_source_claim(const std::string& command, const Args& args, const std::function<void(const Claim&)>& fn,
                           const ClaimFilter& narrow = {});

}  // namespace irkg::cli
