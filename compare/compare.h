#pragma once
// Comparing claims across outlets: who says what about a pair, where outlets agree and
// where they contradict, and corroboration of the same claim by several outlets.
// Works on claims already loaded (from the store or a JSONL file), so it is testable alone.
#include <string>
#include <vector>

#include "core/claim.h"

namespace irkg {
// Declarations are added by the compare stage (issue 9).
}  // namespace irkg
