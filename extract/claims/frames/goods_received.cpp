// Goods received: "Ukraine received 31 Abrams tanks from the United States" is the giver's
// aid to the subject, the claim running against the verb's direction. A giving verb in the
// passive with its goods still after it says the same ("Haiti was sent 20 tonnes of rice by
// Japan"): the recipient is the subject, the giver the by-agent.

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

// For a goods-from row ("receive", "obtain", "take delivery of"): the verb's object phrase
// must be goods (grammar.tsv received_goods_noun; "received the Japanese premier" is
// hosting, another row), and the actor after the "from" that follows it gives them to the
// subject. Nothing else is claimed: without goods or a giver named the row relates nobody.
// A goods-by row ("be given", "be sent") is read only in the passive and takes its giver
// after "by" instead: only the passive of a two-object verb keeps goods after the participle.
void SentenceFrames::received_goods(const Trigger& trig, const RelationEntry& row, std::int32_t relation) {
  const bool passive_gift = row.goods_by;
  if (passive_at(trig.begin) != passive_gift) return;
  const std::string_view giver_word = passive_gift ? "by" : "from";
  const std::size_t n = s_.tokens.size();
  // The goods phrase: the first noun phrase after the verb (past numbers, "$1 billion", and
  // an article), with no actor of its own but a state's adjective ("Russian wheat"). A
  // quantity's "of" leads to the goods ("50 tonnes of food").
  std::size_t p = trig.end;
  std::int32_t goods = -1;
  for (; p < n && p < trig.end + 6; ++p) {
    const std::int32_t c = s_.chunk_at[p];
    if (c < 0 || chunk(c).kind != ChunkKind::Noun) continue;
    std::int32_t head_chunk = c;
    const std::size_t after = chunk(c).end;
    if (g_.in("quantity_noun", tok(chunk(c).head).lower) && after + 1 < n && has(tok(after), word_class("complement_of")) &&
        s_.chunk_at[after + 1] >= 0 && chunk(s_.chunk_at[after + 1]).kind == ChunkKind::Noun)
      head_chunk = s_.chunk_at[after + 1];
    if (g_.in("received_goods_noun", tok(chunk(head_chunk).head).lower)) goods = head_chunk;
    break;
  }
  if (goods < 0) return;
  std::size_t from = chunk(goods).end;
  // "tanks and howitzers from", "a loan of $2 billion from": the phrase's own complements.
  while (from < n && from < chunk(goods).end + 5 && tok(from).lower != giver_word && tok(from).lower != "," &&
         s_.group_at[from] < 0 && !is_verb(tok(from).pos))
    ++from;
  if (from + 1 >= n || tok(from).lower != giver_word) return;
  const std::int32_t giver = group_after(from + 1, from, Reach::Phrase);
  if (giver < 0 || phrase_start(giver) != from + 1) return;
  const std::vector<std::int32_t> recipients = infinitive_subject(trig.begin);
  emit(actors(group(giver)), recipients, relation, trig, {passive_gift ? "by-agent that gives the goods" : "actor after 'from' that the goods come from",
                                                              "the verb's subject, who receives them"});
}

}  // namespace irkg::frames
