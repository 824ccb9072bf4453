#pragma once
// A readable dump of one sentence's analysis, printed to stderr when the environment
// variable IRKG_DEBUG_EXTRACT is set: how dictionary writers see why a claim was (not) found.
#include <string>

#include "extract/claims/analysis.h"

namespace irkg {

std::string describe_analysis(const Lexicon& lex, const SentenceAnalysis& s);

}  // namespace irkg
