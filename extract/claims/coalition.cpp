// Coalitions and their leaders (coalition.h). Mentions come before tagging, so the words are
// read by their forms (grammar.tsv coalition_noun, coalition_leading_verb).
#include "extract/claims/coalition.h"

#include "extract/claims/word_class.h"

namespace irkg {

namespace {

// Sentences after which a coalition no longer stands for "it" in a contribution: the
// paragraph that names it ("The coalition Riyadh assembled is broad. The UAE and Kuwait have
// sent aircraft. Jordan contributed jets").
constexpr std::uint32_t kCoalitionSentences = 3;

bool state_actor(const Lexicon& lex, std::int32_t actor) {
  return actor >= 0 && lex.actors[static_cast<std::size_t>(actor)].territorial();
}

// The state of the mention at token `p` when one starts there, else -1.
std::int32_t state_at(const Lexicon& lex, const SentenceAnalysis& s, std::size_t p) {
  for (const ActorMention& m : s.mentions)
    if (m.begin == p && state_actor(lex, m.actor)) return m.actor;
  return -1;
}

// The state of the mention ending right before token `end`, else -1.
std::int32_t state_ending_at(const Lexicon& lex, const SentenceAnalysis& s, std::size_t end) {
  for (const ActorMention& m : s.mentions)
    if (m.end == end && state_actor(lex, m.actor)) return m.actor;
  return -1;
}

// The leader of a coalition this sentence names, else -1.
std::int32_t leader_named(const Lexicon& lex, const SentenceAnalysis& s) {
  const auto& t = s.tokens;
  const std::size_t n = t.size();
  for (std::size_t p = 0; p < n; ++p) {
    if (!lex.grammar.in("coalition_noun", t[p].lower)) continue;
    // "the Saudi-led coalition": LEADER - led (adjective) coalition
    for (std::size_t q = p; q-- > 0 && q + 4 > p;)
      if (t[q].lower == "led" && q >= 2 && (t[q - 1].lower == "-" || t[q - 1].raw == "\xE2\x80\x91"))
        if (const std::int32_t leader = state_ending_at(lex, s, q - 1); leader >= 0) return leader;
    // "a coalition led by France", "the coalition Washington assembled"
    if (p + 3 < n && t[p + 1].lower == "led" && t[p + 2].lower == "by") {
      std::size_t q = p + 3;
      if (q < n && t[q].lower == "the") ++q;
      if (const std::int32_t leader = state_at(lex, s, q); leader >= 0) return leader;
    }
    if (p + 2 < n)
      if (const std::int32_t leader = state_at(lex, s, p + 1); leader >= 0) {
        for (const ActorMention& m : s.mentions)
          if (m.begin == p + 1 && m.end < n && lex.grammar.in("coalition_leading_verb", t[m.end].lower)) return leader;
      }
    // "Riyadh assembled a coalition": LEADER VERB (a|an|the) [adjectives] coalition
    for (std::size_t q = p; q-- > 0 && q + 5 > p;) {
      if (!lex.grammar.in("coalition_leading_verb", t[q].lower) || q == 0) continue;
      if (const std::int32_t leader = state_ending_at(lex, s, q); leader >= 0) return leader;
    }
  }
  return -1;
}

}  // namespace

void remember_coalition(const Lexicon& lex, SentenceAnalysis& s, RecentActors& recent) {
  if (recent.coalition_leader >= 0 && recent.coalition_sentence + kCoalitionSentences >= recent.sentences_seen)
    s.coalition_leader = recent.coalition_leader;
  if (const std::int32_t leader = leader_named(lex, s); leader >= 0) {
    s.coalition_leader = leader;
    recent.coalition_leader = leader;
    recent.coalition_sentence = recent.sentences_seen;
  }
}

}  // namespace irkg
