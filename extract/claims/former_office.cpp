// Groups naming only the state of an office someone once held (the contract is in former_office.h).

#include "extract/claims/former_office.h"

#include "extract/claims/word_class.h"

namespace irkg {

namespace {

// Whether the group names nobody but the state of a former office: every mention is a
// state's adjective or possessive, and its noun phrase says "former" (or the like) before
// a people noun or an office title that heads it.
bool former_office_group(const Lexicon& lex, const SentenceAnalysis& s, const Group& g) {
  // (A person named by name is kept; one an office resolved to, "the French president", is
  // the office's current holder, whom "former" rules out.)
  for (const std::int32_t mi : g.mentions) {
    const ActorMention& m = s.mentions[static_cast<std::size_t>(mi)];
    if (m.kind != MentionKind::Adjective && !m.possessive) return false;
  }
  const std::int32_t c = s.chunk_at[g.begin];
  if (c < 0) return false;
  const Chunk& np = s.chunks[static_cast<std::size_t>(c)];
  if (np.kind != ChunkKind::Noun || np.head < g.begin) return false;
  bool former = false;
  for (std::size_t p = np.begin; p < np.end; ++p)
    if (s.group_at[p] < 0 && lex.grammar.in("former_word", s.tokens[p].lower)) former = true;
  if (!former) return false;
  const Token& head = s.tokens[np.head];
  return np.head >= g.end ? has(head, word_class("people_noun")) || lex.grammar.in("office_noun", head.lower)
                          : lex.grammar.in("office_noun", head.lower);  // "Peru's former president": the title is in the group
}

}  // namespace

void drop_former_office_groups(const Lexicon& lex, SentenceAnalysis& s) {
  std::vector<Group> kept;
  kept.reserve(s.groups.size());
  bool dropped = false;
  for (const Group& g : s.groups) {
    if (former_office_group(lex, s, g)) {
      dropped = true;
      continue;
    }
    kept.push_back(g);
  }
  if (!dropped) return;
  s.groups = std::move(kept);
  index_groups(s);
}

}  // namespace irkg
