// Goods received: "Ukraine received 31 Abrams tanks from the United States" is the giver's
// aid to the subject, the claim running against the verb's direction.

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// For a goods-from row ("receive", "obtain", "take delivery of"): the verb's object phrase
// must be goods (grammar.tsv received_goods_noun; "received the Japanese premier" is
// hosting, another row), and the actor after the "from" that follows it gives them to the
// subject. Nothing else is claimed: without goods or a giver named the row relates nobody.
void SentenceFrames::received_goods(const Trigger& trig, std::int32_t relation) {
  if (passive_at(trig.begin)) return;
  const std::size_t n = s_.tokens.size();
  // The goods phrase: the first noun phrase after the verb (past numbers, "$1 billion", and
  // an article), with no actor of its own but a state's adjective ("Russian wheat").
  std::size_t p = trig.end;
  std::int32_t goods = -1;
  for (; p < n && p < trig.end + 6; ++p) {
    const std::int32_t c = s_.chunk_at[p];
    if (c < 0 || chunk(c).kind != ChunkKind::Noun) continue;
    if (g_.in("received_goods_noun", tok(chunk(c).head).lower)) goods = c;
    break;
  }
  if (goods < 0) return;
  std::size_t from = chunk(goods).end;
  // "tanks and howitzers from", "a loan of $2 billion from": the phrase's own complements.
  while (from < n && from < chunk(goods).end + 5 && tok(from).lower != "from" && tok(from).lower != "," &&
         s_.group_at[from] < 0 && !is_verb(tok(from).pos))
    ++from;
  if (from + 1 >= n || tok(from).lower != "from") return;
  const std::int32_t giver = group_after(from + 1, from, Reach::Phrase);
  if (giver < 0 || phrase_start(giver) != from + 1) return;
  const std::vector<std::int32_t> recipients = infinitive_subject(trig.begin);
  emit(actors(group(giver)), recipients, relation, trig, {"actor after 'from' that the goods come from", "the verb's subject, who receives them"});
}

}  // namespace irkg::frames
