#pragma once
// Noun phrases, verb groups and prepositions of a tagged sentence (SentenceAnalysis::chunks),
// so the frames attach subjects and objects to phrases instead of counting tokens.
#include "extract/claims/analysis.h"

namespace irkg {

// Fills s.chunks and s.chunk_at from the tokens' parts of speech and the actor groups
// (an actor group is always inside one noun phrase). Needs tag_tokens and find_mentions.
void find_chunks(SentenceAnalysis& s);

}  // namespace irkg
