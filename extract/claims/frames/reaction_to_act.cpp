// An act that angers or irritates another, named only as the verb's subject: "Lithuania
// let Taiwan open an office, a move that angered Beijing", "..., which infuriated Ankara",
// "Japan expelled two Chinese diplomats. The decision irked Beijing". Verbs of causing
// displeasure (grammar.tsv act_reaction_verb) take events as subjects as readily as actors; when
// the subject is the act told before, its doer is the one who moved the verb's object, so the
// claim relates the doer to the object with the verb's own relation ("Lithuania angered
// China"). The act is the clause's before the comma ("which" right after that comma, or an
// appositive summing-up noun and "that"), else the latest deed the sentences before told (a
// definite summing-up noun opening the clause: summed_up_act.cpp), or the act's owner names
// it ("Kenya's decision to host the rebels angered Sudan").
#include <algorithm>

#include "extract/claims/frames/sentence_frames.h"

namespace irkg::frames {

bool SentenceFrames::reaction_to_act(const Trigger& trig, const RelationMatch& m) {
  std::size_t v = trig.begin;
  while (v > 0 && s_.group_at[v - 1] < 0 && (is_adverb(tok(v - 1).pos) || has(tok(v - 1), word_class("auxiliary")))) --v;
  std::vector<std::int32_t> doers;
  std::string_view rule;
  if (v >= 3 && has(tok(v - 1), word_class("relative")) && (tok(v - 1).lower == "which" || tok(v - 1).lower == "that")) {
    const std::size_t rel = v - 1;
    // "..., which angered Beijing": right after the comma that closes a clause whose last
    // word is no actor. After a state that is the clause's object, "which" is still the act
    // that angers ("Morocco restored ties with Israel, which angered Algeria"); after the
    // clause's own subject it is that state.
    if (tok(rel - 1).lower == "," && tok(rel - 2).word) {
      std::vector<std::int32_t> subjects = clause_subject(rel - 2);
      const bool object_before = s_.group_at[rel - 2] >= 0 && !subjects.empty() &&
                                 std::none_of(subjects.begin(), subjects.end(), [&](std::int32_t a) {
                                   const auto last = actors(group(s_.group_at[rel - 2]));
                                   return std::find(last.begin(), last.end(), a) != last.end();
                                 });
      if (s_.group_at[rel - 2] < 0 || object_before) {
        doers = std::move(subjects);
        rule = "subject of the clause 'which' refers to";
      }
    }
    // "..., a move that angered Beijing": an appositive noun summing up the clause's act.
    else if (rel >= 4 && has(tok(rel - 1), word_class("act_summary_noun")) && has(tok(rel - 2), word_class("determiner")) &&
             tok(rel - 3).lower == ",") {
      doers = clause_subject(rel - 4);
      rule = "subject of the clause the appositive noun sums up";
    }
  } else if (const std::size_t start = clause_start(trig.begin); start < v) {
    // "The decision alarmed Beijing": a definite summing-up noun phrase right before the verb.
    SummedAct kind = SummedAct::Deed;
    const std::ptrdiff_t head = summing_up_phrase(start, kind);
    if (head >= 0 && chunk(s_.chunk_at[static_cast<std::size_t>(head)]).end == v) {
      const RecentAct* main = nullptr;
      doers = summed_up_doers(kind, main);
      rule = "doer of the act told before that the noun sums up";
    }
    // "Kenya's decision to host the rebels angered Sudan": the act's owner opens the clause.
    std::size_t q = start;
    if (doers.empty() && q < v && has(tok(q), word_class("article_the")) && s_.group_at[q] < 0) ++q;
    if (doers.empty() && q < v && s_.group_at[q] >= 0) {
      const Group& owner = group(s_.group_at[q]);
      const std::size_t noun = owner.end + (owner.end < v && tok(owner.end).lower == "'s" ? 1 : 0);
      // (Its own infinitive may follow, "decision to host ...", but no finite verb.)
      bool finite_between = false;
      for (std::size_t p = noun + 1; p < v; ++p)
        finite_between = finite_between || tok(p).pos == Pos::VBD || tok(p).pos == Pos::VBZ || tok(p).pos == Pos::VBP ||
                         tok(p).pos == Pos::MD;
      if (s_.mentions[static_cast<std::size_t>(owner.mentions.back())].possessive && noun < v &&
          has(tok(noun), word_class("act_summary_noun")) && !finite_between) {
        doers = actors(owner);
        rule = "owner of the act the clause's subject names";
      }
    }
  }
  if (doers.empty()) return false;
  const std::int32_t moved = group_after(trig.end, trig.begin, Reach::Phrase);
  if (moved < 0) return false;
  emit(doers, actors(group(moved)), m.relation, trig, {rule, "object of the verb of feeling"});
  return true;
}

}  // namespace irkg::frames
