#pragma once
// Noun phrases, verb groups and prepositions of a tagged sentence (SentenceAnalysis::chunks),
// so the frames attach subjects and objects to phrases instead of counting tokens.
#include "extract/claims/analysis.h"

namespace irkg {

// Fills s.chunks and s.chunk_at from the tokens' parts of speech and the actor groups
// (an actor group is always inside one noun phrase). Needs tag_tokens and find_mentions.
void find_chunks(SentenceAnalysis& s);

// A noun phrase with its prepositional complements: "Moscow's closest partner in the
// region", "expectations of a trade deal", "the attack on a market in Kabul". The frames
// use it where an apposition, a predicate or a modality word must belong to the same
// phrase as a relation word: how far that reaches is a matter of structure, not of counted
// tokens.
//
// The end (exclusive) of that phrase when a noun phrase covers `at` (from `at` on: the
// rest of its noun phrase, then each preposition followed by a noun phrase); `at` when no
// noun phrase covers it.
std::size_t complemented_phrase_end(const SentenceAnalysis& s, std::size_t at);
// The first token of that phrase when a noun phrase covers `at` (back over each noun phrase
// that a preposition right before a covered phrase complements); `at` when none covers it.
std::size_t complemented_phrase_begin(const SentenceAnalysis& s, std::size_t at);

}  // namespace irkg
