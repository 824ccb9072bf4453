// Lists whose last member opens a clause of its own (list_split.h).
#include "extract/claims/list_split.h"

#include "extract/claims/pos.h"
#include "extract/claims/word_class.h"

namespace irkg {

std::vector<std::size_t> split_clause_opening_members(const Lexicon& lex, SentenceAnalysis& s) {
  const auto& t = s.tokens;
  const std::size_t n = t.size();
  std::vector<std::size_t> opened;
  bool changed = false;
  for (std::size_t gi = 0; gi < s.groups.size(); ++gi) {
    Group& g = s.groups[gi];
    if (g.mentions.size() < 2 || g.compound || g.anaphor || g.begin == 0) continue;
    const ActorMention& last = s.mentions[static_cast<std::size_t>(g.mentions.back())];
    const ActorMention& before_last = s.mentions[static_cast<std::size_t>(g.mentions[g.mentions.size() - 2])];
    // The two last members joined by "and" alone (an article may follow it).
    std::size_t conj = before_last.end;
    if (conj >= last.begin || !has(t[conj], word_class("conjunction_and"))) continue;
    // (An article or a person's title may stand between: "... to Jakarta and President Bill
    // Clinton suspended ...".)
    std::size_t first_word = conj + 1;
    if (first_word < last.begin && has(t[first_word], word_class("article_the"))) ++first_word;
    while (first_word < last.begin && t[first_word].capitalized && (lex.grammar.in("title_person_noun", t[first_word].lower) || has(t[first_word], word_class("honorific")))) ++first_word;
    if (first_word != last.begin) continue;
    // The last member has a finite verb right after it (past adverbs).
    std::size_t v = last.end;
    while (v < n && t[v].pos == Pos::RB) ++v;
    if (v >= n || !(t[v].pos == Pos::VBD || t[v].pos == Pos::VBZ || t[v].pos == Pos::VBP || t[v].pos == Pos::MD)) continue;
    // The list stands after a verb or a preposition of a clause that has its finite verb.
    std::size_t p = g.begin;
    if (p > 0 && has(t[p - 1], word_class("article_the"))) --p;
    if (p == 0 || !(t[p - 1].pos == Pos::IN || t[p - 1].pos == Pos::TO || is_verb(t[p - 1].pos))) continue;
    // (Not the pair of "between" or "among", nor the subject a subordinating word opens: "as
    // Peru and Ecuador traded accusations".)
    // ("mediated between Israel and Hamas and Qatar hosted ...": a pair and one more.)
    const bool pair_word = has(t[p - 1], word_class("pair_preposition")) || has(t[p - 1], word_class("within_preposition"));
    if ((pair_word && g.mentions.size() < 3) || has(t[p - 1], word_class("clause_break")) || has(t[p - 1], word_class("as_word")))
      continue;
    bool finite_before = false;
    for (std::size_t q = 0; q < p && !finite_before; ++q)
      finite_before = s.group_at[q] < 0 && (t[q].pos == Pos::VBD || t[q].pos == Pos::VBZ || t[q].pos == Pos::VBP ||
                                            t[q].pos == Pos::MD || (t[q].pos == Pos::VB && q > 0 && s.group_at[q - 1] >= 0));
    if (!finite_before) continue;
    Group tail;
    tail.mentions = {g.mentions.back()};
    tail.begin = last.begin;
    tail.end = last.end;
    g.mentions.pop_back();
    g.end = before_last.end;
    s.groups.insert(s.groups.begin() + static_cast<std::ptrdiff_t>(gi + 1), tail);
    opened.push_back(conj);
    changed = true;
  }
  if (changed) index_groups(s);
  return opened;
}

}  // namespace irkg
