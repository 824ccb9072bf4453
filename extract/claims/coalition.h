// A coalition the story tells of, and who leads it: "the Saudi-led coalition", "a coalition
// led by France", "Riyadh assembled a coalition of Arab states", "the coalition Washington
// built". States that later send it forces without naming a recipient ("The UAE and Kuwait
// have sent aircraft", "Jordan contributed jets") or join it cooperate with its leader
// (frames/coalition_contributions.cpp).
#pragma once

#include "extract/claims/analysis.h"
#include "extract/claims/lexicon.h"

namespace irkg {

// Sets `s.coalition_leader` from `recent` (a coalition named in the last sentences) and from
// this sentence, and remembers this sentence's coalition in `recent`. Call once mentions and
// groups are found, after `recent.sentences_seen` counts this sentence.
void remember_coalition(const Lexicon& lex, SentenceAnalysis& s, RecentActors& recent);

}  // namespace irkg
