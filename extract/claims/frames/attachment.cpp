// Attachment: which actor group fills a frame's slot. The subject is the first actor group
// of the trigger's clause (or the group a relative pronoun refers to, or the previous
// clause's subject for "it"/"they"); the object is the first group after the phrase in the
// same clause; nouns take their actors from a possessor or modifier ("Russia's sanctions",
// "US sanctions") and a preposition ("on Iran").

#include "extract/claims/frames/sentence_view.h"
#include "extract/claims/morphology.h"

#include <algorithm>

namespace irkg::frames {

// The place of a clause whose subject names people and no actor: the first actor after a
// locative before `at`, when the clause's first noun phrase has a people noun as its head
// or in its of-complement ("hundreds of thousands of people"). -1 otherwise.
std::int32_t SentenceView::people_subject_place(std::size_t start, std::size_t at) const {
  bool people = false;
  std::size_t p = start;
  // The subject phrase and its of-complements, up to the first verb group.
  for (; p < at; ++p) {
    const std::int32_t c = s_.chunk_at[p];
    if (c >= 0 && chunk(c).kind == ChunkKind::Verb) break;
    if (s_.group_at[p] >= 0) return -1;  // the subject names an actor: the usual rules apply
    if (c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head == p && has(tok(p), word_class("people_noun")))
      people = true;
  }
  if (!people) return -1;
  // "in Hong Kong", "through the streets of Tehran": the locative's noun phrase and its
  // of-complements.
  for (; p + 1 < at; ++p)
    if (has(tok(p), word_class("locative")))
      if (const std::int32_t gi = group_after(p + 1, p, Reach::Phrase); gi >= 0 && group(gi).end <= at) return gi;
  return -1;
}

// A group that only says where private people come from: a demonym before their noun
// ("Indian tourists", "Mexican cartels") or the actor after "from"/"of" that follows it
// ("refugees from Syria"). States' agents and crowds (troops, officials, protesters) are
// people nouns of another class and do act for their state.
bool SentenceView::names_private_people(const Group& grp) const {
  const ActorMention& m = s_.mentions[static_cast<std::size_t>(grp.mentions.back())];
  if (m.kind == MentionKind::Adjective && grp.mentions.size() == 1) {
    const std::int32_t c = s_.chunk_at[grp.begin];
    if (c >= 0 && chunk(c).head >= grp.end && has(tok(chunk(c).head), word_class("private_people_noun"))) return true;
  }
  std::size_t p = grp.begin;
  if (p > 0 && has(tok(p - 1), word_class("article_the"))) --p;
  return p >= 2 && (tok(p - 1).lower == "from" || has(tok(p - 1), word_class("complement_of"))) &&
         has(tok(p - 2), word_class("private_people_noun"));
}

// Whether the first actor group of the clause before `at` names private people.
bool SentenceView::private_people_subject(std::size_t at) const {
  const std::size_t start = clause_start(at);
  for (const Group& grp : s_.groups)
    if (grp.begin >= start && grp.end <= at) return names_private_people(grp);
  return false;
}

// The first group of the trigger's clause before it, else the group a relative pronoun
// at the clause start refers to, else the previous clause's subject.
std::vector<std::int32_t> SentenceView::clause_subject(std::size_t at) const {
  const std::int32_t clause = s_.clause_at[at];
  const std::size_t start = clause_start(at);
  // "The State Department reaffirmed that ..., in a statement backing Manila's position": a
  // participle on a document with no actor of its own, in an "in" phrase, is the document's
  // author's: the subject of the sentence's first verb, nobody else named on the way.
  if (at >= 2 && tok(at).pos == Pos::VBG && g_.in("authored_noun", tok(at - 1).lower))
    if (const std::int32_t c = s_.chunk_at[at - 1]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head == at - 1 &&
                                                    chunk(c).begin > 0 && tok(chunk(c).begin - 1).lower == "in") {
      bool owned = false;
      for (std::size_t q = chunk(c).begin; q < chunk(c).end; ++q) owned = owned || s_.group_at[q] >= 0;
      if (!owned) {
        for (std::size_t v = 0; v + 1 < chunk(c).begin; ++v)
          if (s_.group_at[v] < 0 && is_finite_verb(tok(v).pos)) {
            // (A speech verb's subject is the sentence's speaker: "Canberra said ...".)
            auto author = v > 0 ? clause_subject(v) : std::vector<std::int32_t>{};
            if (author.empty() && s_.speaker_group >= 0 && group(s_.speaker_group).end <= v) author = actors(group(s_.speaker_group));
            return author;
          }
        return {};
      }
    }
  // "The report released by the United Nations accused Eritrea", "a statement issued by
  // Cairo condemned ...": a document named as the subject, with its author in a participle's
  // by-phrase, speaks for that author (grammar.tsv authored_noun).
  {
    std::size_t f = start;
    while (f < at && !tok(f).word) ++f;
    if (const std::int32_t c0 = f < at ? s_.chunk_at[f] : -1;
        c0 >= 0 && chunk(c0).kind == ChunkKind::Noun && chunk(c0).begin == f && g_.in("authored_noun", tok(chunk(c0).head).lower))
      if (const std::int32_t agent = participle_agent_after(chunk(c0).end);
          agent >= 0 && group(agent).end <= at && !verb_between(group(agent).end, at))
        return actors(group(agent));
  }
  // "Greece, which has ties with Serbia and where polls show ..., is allowing NATO to ...": a
  // "where" clause set off by commas, closed before the verb, describes the subject before it
  // (itself, or the antecedent of the relative clause it is coordinated with).
  if (tok(start).lower == "where" && start > 1 && relative_closed_between(start, at)) {
    std::size_t b = start;
    if (has(tok(b - 1), word_class("conjunction_and"))) --b;
    if (b > 0 && tok(b - 1).lower == ",")
      if (const std::int32_t g = group_ending_at(b - 1); g >= 0) return actors(group(g));
    if (b > 0 && b < start) {
      const std::size_t before = clause_start(b - 1);
      if (const std::int32_t g = antecedent_of(before); g >= 0) return actors(group(g));
    }
  }
  // "intercepted missiles Russia fired at Lviv": in an object relative clause with no "that"
  // (the name right after a common noun, with its own verb: chunks.cpp) the name is the
  // subject of the verb after it.
  {
    std::size_t v = at;
    while (v > start && s_.group_at[v - 1] < 0 && (has(tok(v - 1), word_class("auxiliary")) || tok(v - 1).lower == "had" ||
                                                   tok(v - 1).lower == "has" || is_adverb(tok(v - 1).pos)))
      --v;
    if (const std::int32_t gi = group_ending_at(v); gi >= 0 && group(gi).begin > start && opens_object_relative(group(gi).begin))
      return actors(group(gi));
    // "Moscow's response shows why we joined NATO": a first person right before the verb is
    // its subject, whoever was named before it in the clause; the speaker, else nobody known.
    if (v > start && v - 1 >= start && has(tok(v - 1), word_class("first_person")) && !has(tok(v - 1), word_class("object_pronoun")) &&
        s_.group_at[v - 1] < 0 && !s_.speaker_token[v - 1] && s_.chunk_at[v - 1] >= 0 &&
        chunk(s_.chunk_at[v - 1]).begin == v - 1 && chunk(s_.chunk_at[v - 1]).end == v)
      return s_.speaker_group >= 0 ? actors(group(s_.speaker_group)) : std::vector<std::int32_t>{};
  }
  // "Kenya's minister said the talks with the UN had stalled, and she blamed Somalia": "he"
  // or "she" right before the verb is its subject, and stands for no actor of the clause
  // that is not a person. ("It" and "they" may well stand for such an actor: "Oman kept its
  // channels open, as it did ...".)
  std::size_t pronoun_subject = s_.tokens.size();
  {
    std::size_t v = at;
    while (v > start && s_.group_at[v - 1] < 0 && (has(tok(v - 1), word_class("auxiliary")) || is_adverb(tok(v - 1).pos) ||
                                                   tok(v - 1).pos == Pos::MD))
      --v;
    if (v > start && has(tok(v - 1), word_class("subject_pronoun")) && g_.in("pronoun_person", tok(v - 1).lower) &&
        s_.group_at[v - 1] < 0 && s_.chunk_at[v - 1] >= 0 &&
        chunk(s_.chunk_at[v - 1]).begin == v - 1)
      pronoun_subject = v - 1;
  }
  std::size_t main_start = start;  // past a sentence-opening phrase, once one is read past
  // "Angered by the vote, Seoul recalled ...": an opening participle phrase naming no actor
  // ends at its comma; its verb is not the main clause's.
  if (start == 0 && (tok(0).pos == Pos::VBG || tok(0).pos == Pos::VBN)) {
    std::size_t comma = 1;
    while (comma < at && tok(comma).lower != "," && s_.group_at[comma] < 0) ++comma;
    std::size_t next = comma + 1;
    if (next < at && has(tok(next), word_class("article_the")) && s_.group_at[next] < 0) ++next;
    if (comma < at && tok(comma).lower == "," && next < at && s_.group_at[next] >= 0 && group(s_.group_at[next]).begin == next)
      main_start = comma + 1;
  }
  for (const Group& grp : s_.groups) {
    if (grp.begin < start || grp.end > at) continue;
    if (s_.speaker_token[grp.begin]) continue;
    // "Unlike Hungary, Poland supports ...": the contrasted actor does not act.
    if (grp.begin > 0 && has(tok(grp.begin - 1), word_class("contrast_word"))) continue;
    // "The accord, guaranteed by Norway and Cuba, was signed by ...": the agent of a host's or
    // broker's participle inside the subject's phrase is that participle's, not the clause's.
    if (grp.begin >= 2 && grp.begin - 2 > start && has(tok(grp.begin - 1), word_class("agent_by")) &&
        g_.in("hosting_participle", tok(grp.begin - 2).lower))
      continue;
    // "Washington's ally Israel struck Iran", "Iran's proxy Hezbollah fired ...": the
    // possessor of a title before a name is not the subject; the name is.
    if (titled_name_after(grp) >= 0) continue;
    // "An accident in Kenya killed ...", "talks in Moscow": an actor after a locative is a
    // place, not who acts, unless it names people ("protesters in Dili" act for Timor-Leste).
    if (const std::size_t p = grp.begin > 0 && has(tok(grp.begin - 1), word_class("article_the")) ? grp.begin - 1 : grp.begin;
        p > 0 && has(tok(p - 1), word_class("locative")) && !(p >= 2 && has(tok(p - 2), word_class("people_noun"))) &&
        !(grp.end < s_.tokens.size() && tok(grp.end).lower == "'s"))  // "in Obama's plan": a possessor
      continue;
    // "Following the invasion of Ukraine, Finland joined NATO", "Encouraged by Washington,
    // Seoul resumed talks", "At a summit with China,
    // the EU ...": an actor inside a phrase that opens the sentence is not the subject when
    // an actor opens the main clause right after the phrase's comma.
    if (start == 0 && (has(tok(0), word_class("preposition")) || tok(0).pos == Pos::VBG || tok(0).pos == Pos::VBN)) {
      std::size_t comma = grp.end;
      while (comma < at && tok(comma).lower != ",") ++comma;
      std::size_t next = comma + 1;
      // ("the Solomon Islands": "the" may be part of the name)
      if (next < at && has(tok(next), word_class("article_the")) && s_.group_at[next] < 0) ++next;
      if (comma < at && next < at && s_.group_at[next] >= 0 && group(s_.group_at[next]).begin == next &&
          group(s_.group_at[next]).end <= at && !verb_between(grp.end, comma)) {
        main_start = comma + 1;  // the opening phrase's verb is not the main clause's
        continue;
      }
    }
    // An actor after the clause's first verb is that verb's object, not the subject:
    // "The joint statement expressed concern about Japan's ... and criticised ...".
    if (verb_between(std::max(start, main_start), grp.begin)) break;
    // "The observers were Russia, Iran and the OSCE": after a copula whose subject is a noun
    // phrase naming no actor, the actors say what the subject is; none of them acts.
    {
      bool predicate_nominal = false;
      // (The actors right after the copula: "a slap in Obama's strategy" is no such list.)
      std::size_t p = grp.begin;
      if (p > 0 && has(tok(p - 1), word_class("article_the"))) --p;
      if (p >= 2 && p - 1 > std::max(start, main_start))
        predicate_nominal = s_.group_at[p - 1] < 0 && has(tok(p - 1), word_class("be")) && is_finite_verb(tok(p - 1).pos) &&
                            s_.group_at[p - 2] < 0 && (tok(p - 2).pos == Pos::NN || tok(p - 2).pos == Pos::NNS);
      if (predicate_nominal) break;
    }
    // "India and Japan, which both distrust China, signed ...": a verb right after the
    // comma that closes the relative clause is the antecedent's (an apposition after a
    // comma is not: "..., which trades freely with Iran, Riyadh's old rival").
    // ("Peru said that Chile, a mediator, had sold ...": "that" after a verb opens a
    // complement clause, whose subject may have an apposition.)
    const bool complement_that = tok(start).lower == "that" && start > 0 && (is_verb(tok(start - 1).pos) || speech_verb_before(start));
    if (has(tok(start), word_class("relative")) && !complement_that && grp.end < at && relative_closed_between(grp.end, at)) break;
    // "The two sides said they were concerned about American plans and opposed ...": a
    // subject pronoun before the first actor is the subject; the actor is further in.
    if (nominative_pronoun_between(start, grp.begin)) break;
    if (pronoun_subject < at && grp.end <= pronoun_subject && !names_person(grp)) continue;
    // "Moscow's closest partner in the region, Minsk has ...": a possessor inside a
    // fronted apposition; the subject is the group right after the comma that closes the
    // apposition's noun phrase.
    if (grp.end < s_.tokens.size() && tok(grp.end).lower == "'s") {
      const std::size_t p = complemented_phrase_end(s_, grp.begin);
      // ("Chad's neighbour, the Central African Republic, ...": past an article.)
      const std::size_t q = p + 2 < at && has(tok(p + 1), word_class("article_the")) && s_.group_at[p + 1] < 0 ? p + 2 : p + 1;
      if (q < at && tok(p).lower == "," && s_.group_at[q] >= 0 && group(s_.group_at[q]).end <= at)
        return actors(group(s_.group_at[q]));
    }
    std::vector<std::int32_t> subjects = actors(grp);
    // "Peruvian troops and Chilean soldiers traded fire": two noun phrases, each named by
    // its actor, coordinated as the subject.
    {
      std::size_t p = grp.end;
      while (p < at && p < grp.end + 3 && s_.group_at[p] < 0 && is_noun(tok(p).pos)) ++p;
      if (p > grp.end && p + 1 < at && has(tok(p), word_class("conjunction_and"))) {
        std::size_t q = p + 1;
        // ("... and two Chinese bombers": a determiner or a count before the second actor.)
        while (q + 1 < at && q < p + 3 && s_.group_at[q] < 0 && (has(tok(q), word_class("determiner")) || tok(q).pos == Pos::CD)) ++q;
        if (const std::int32_t gi = s_.group_at[q]; gi >= 0 && group(gi).begin == q && group(gi).end < at &&
                                                   !verb_between(grp.end, group(gi).begin)) {
          std::size_t r = group(gi).end;
          while (r < at && s_.group_at[r] < 0 && is_noun(tok(r).pos)) ++r;
          if (r > group(gi).end) {
            const auto more = actors(group(gi));
            subjects.insert(subjects.end(), more.begin(), more.end());
          }
        }
      }
    }
    // "The Quad, an alliance of ..., as well as ASEAN are united against ...": a co-subject
    // added after an apposition, before the verb.
    for (const Group& more : s_.groups) {
      if (more.begin <= grp.begin || more.end > at || finite_verb_between(grp.end, more.begin)) continue;
      std::size_t p = more.begin;
      if (p > 0 && has(tok(p - 1), word_class("article_the"))) --p;
      const bool added = (p >= 3 && tok(p - 3).lower == "as" && tok(p - 2).lower == "well" && tok(p - 1).lower == "as") ||
                         (p >= 2 && tok(p - 2).lower == "along" && tok(p - 1).lower == "with");
      if (added) {
        const auto extra = actors(more);
        subjects.insert(subjects.end(), extra.begin(), extra.end());
      }
    }
    return subjects;
  }
  // "Paraguay recognised Beijing after severing relations with Taipei", "After cutting
  // ties with Taipei, Paraguay ...": a gerund clause opened by a time word has the main
  // clause's subject.
  if (start + 1 <= at && at < s_.tokens.size() && tok(start + 1).pos == Pos::VBG &&
      (has(tok(start), word_class("time_preposition")) || has(tok(start), word_class("temporal_conjunction")) ||
       has(tok(start), word_class("time_adjunct")))) {
    if (start > 0) return clause_subject(start - 1);
    for (std::size_t p = at; p + 1 < s_.tokens.size(); ++p) {
      if (tok(p).lower != ",") continue;
      std::size_t q = p + 1;
      if (has(tok(q), word_class("article_the")) && q + 1 < s_.tokens.size()) ++q;
      if (s_.group_at[q] >= 0 && group(s_.group_at[q]).begin == q) return actors(group(s_.group_at[q]));
      break;
    }
  }
  // "Crowds of students filled the squares of Nairobi in protest at ...": a subject that
  // names people but no actor acts for the state of the place the clause puts them in
  // (the event coders' convention, as for "protesters in Dili").
  if (const std::int32_t first = people_subject_place(start, at); first >= 0) return actors(group(first));
  // '"We condemn the raid," the Chinese foreign ministry said': the first person is the
  // speaker of the sentence.
  if (s_.speaker_group >= 0)
    for (std::size_t p = start; p < at; ++p)
      if (has(tok(p), word_class("first_person")) && s_.group_at[p] < 0 && !s_.speaker_token[p])
        return actors(group(s_.speaker_group));
  // "Brazil said the raid had violated Ecuador's sovereignty and called for an apology": a
  // verb coordinated after a reported clause whose own subject names no actor is the
  // speaker's second act, not the reported subject's.
  {
    std::size_t v = at;
    while (v > start && is_adverb(tok(v - 1).pos) && s_.group_at[v - 1] < 0) --v;
    // (The reported clause opens at its speech verb, "said (that) ...".)
    const bool reported = has(tok(start), word_class("speech_verb")) && is_verb(tok(start).pos);
    std::size_t first = start + 1;
    if (first < at && has(tok(first), word_class("complementizer"))) ++first;
    const bool first_pronoun = first < at && has(tok(first), word_class("pronoun"));
    bool own_verb = false;  // the reported clause has its own finite verb before "and"
    for (std::size_t p = first; p + 1 < v && !own_verb; ++p)
      own_verb = s_.group_at[p] < 0 && (is_finite_verb(tok(p).pos) || tok(p).pos == Pos::MD);
    if (reported && !first_pronoun && v > first + 2 && has(tok(v - 1), word_class("verb_coordinator")) &&
        // (The tagger may read the past form after "was illegal and" as a participle; one
        // coordinated with another participle, "was condemned and criticised", is passive.)
        (tok(at).pos == Pos::VBD || tok(at).pos == Pos::VBZ || (tok(at).pos == Pos::VBN && tok(v - 2).pos != Pos::VBN)) &&
        own_verb) {
      if (s_.speaker_group >= 0 && group(s_.speaker_group).end <= start) return actors(group(s_.speaker_group));
      if (start > 0) return clause_subject(start - 1);
    }
  }
  // "Pakistan, which has refused ...": the group before the relative pronoun.
  if (const std::int32_t antecedent = antecedent_of(start); antecedent >= 0) return actors(group(antecedent));
  // "The General Assembly adopted a resolution that condemned Russia": a document that a
  // relative clause makes act speaks for whoever issued it, the subject of the verb that
  // takes the document as its object (as "a statement issued by Cairo condemned" does).
  if (has(tok(start), word_class("relative")) && start >= 2) {
    std::size_t noun = start - 1;
    if (tok(noun).lower == "," && noun > 0) --noun;
    const std::int32_t c = s_.chunk_at[noun];
    // (Issued, adopted, sponsored, backed: not "vetoed a resolution that condemned Syria".)
    if (c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).head == noun && g_.in("authored_noun", tok(noun).lower) &&
        s_.group_at[chunk(c).begin] < 0)
      if (auto issuer = issuer_of(chunk(c)); !issuer.empty()) return issuer;
  }
  // A clause without its own actor continues the last subject when a pronoun stands for
  // it ("Syria says it will withdraw ...") or when it is what a speaker announced
  // ("Italy announced a suspension of ..."). Otherwise its subject is someone the
  // dictionaries do not know ("state media accused ..."), and there is no claim.
  bool pronoun = false;
  std::string which;
  for (std::size_t p = start; p < at; ++p)
    if (has(tok(p), word_class("pronoun"))) {
      pronoun = true;
      if (which.empty()) which = tok(p).lower;
    }
  // "..., as its minister rejected ...": a possessive pronoun opening the verb's own subject
  // phrase stands for a clause's subject, not for the object after its verb.
  bool possessive_subject = false;
  for (std::size_t p = at; p-- > start;) {
    if (s_.group_at[p] >= 0 || is_finite_verb(tok(p).pos)) break;
    if (has(tok(p), word_class("pronoun"))) {
      possessive_subject = has(tok(p), word_class("possessive_pronoun"));
      break;
    }
  }
  // "..., but was still refusing ...": a coordinated verb phrase shares the subject.
  const bool elliptic = has(tok(start), word_class("coordinating_break"));
  // Only right after the speech verb (", said, rejecting ...") or inside its own object
  // phrase ("announced a suspension of", "announced plans for a suspension of"); past
  // that, another (unknown) subject may intervene ("said the vote was fair, and state
  // media accused").
  std::size_t first = start + 1;
  // "said on Monday that ...": the reported clause opens after the complementizer.
  for (std::size_t p = start + 1; p < at && s_.group_at[p] < 0; ++p) {
    if (s_.chunk_at[p] >= 0 && chunk(s_.chunk_at[p]).kind == ChunkKind::Verb) break;
    if (has(tok(p), word_class("complementizer"))) {
      first = p + 1;
      break;
    }
  }
  // "said on Monday, rejecting ...": a time phrase after the speech verb is the verb's own
  // adjunct, and the participle after its comma is still right after the verb.
  std::size_t when_at = first;
  while (when_at + 1 < at && is_adverb(tok(when_at).pos)) ++when_at;  // "late on Tuesday"
  if (when_at + 1 < at && tok(when_at).pos == Pos::IN && s_.chunk_at[when_at + 1] >= 0) {
    const Chunk& when = chunk(s_.chunk_at[when_at + 1]);
    bool names_actor = false;
    for (std::size_t p = when.begin; p < when.end; ++p) names_actor = names_actor || s_.group_at[p] >= 0;
    if (when.kind == ChunkKind::Noun && when.begin == when_at + 1 && when.end < at && !names_actor &&
        has(tok(when.end - 1), word_class("time_unit")) && tok(when.end).lower == ",")
      first = when.end;
  }
  while (first < at && !tok(first).word) ++first;
  // "said that removing the sanctions on X ...": a gerund's object phrase is still the
  // reported clause's first phrase.
  const std::size_t object = first < at && tok(first).pos == Pos::VBG && s_.chunk_at[first] >= 0
                                 ? std::min(chunk(s_.chunk_at[first]).end, at)
                                 : first;
  // ("said the strikes on Damascus were unacceptable": a noun phrase that the act noun heads,
  // with a verb of its own after it, is the reported clause's subject, no act of the
  // speaker's; "said responsibility for the tension lay with Washington" names the speaker's
  // own stance in a complement.)
  const bool own_predicate = [&] {
    if (at >= s_.tokens.size() || s_.chunk_at[at] < 0 || chunk(s_.chunk_at[at]).kind != ChunkKind::Noun ||
        complemented_phrase_begin(s_, at) != chunk(s_.chunk_at[at]).begin)
      return false;
    std::size_t e = std::max(complemented_phrase_end(s_, at), static_cast<std::size_t>(chunk(s_.chunk_at[at]).end));
    while (e < s_.tokens.size() && is_adverb(tok(e).pos)) ++e;
    return e < s_.tokens.size() && s_.group_at[e] < 0 &&
           (has(tok(e), word_class("be")) || tok(e).pos == Pos::MD || tok(e).pos == Pos::VBD || tok(e).pos == Pos::VBZ ||
            tok(e).pos == Pos::VBP);
  }();
  const bool after_speech =
      elliptic || ((has(tok(start), word_class("speech_verb")) ||
                    (has(tok(start), word_class("complementizer")) && speech_verb_before(start))) &&
                   (at == first || at == object || (object < at && complemented_phrase_begin(s_, at) == object)) &&
                   !(has(tok(start), word_class("speech_verb")) && own_predicate));
  if (!pronoun && !after_speech) return {};
  // "Putin warned that the alliance was ... and said ...": a speech verb coordinated with
  // an earlier verb shares that verb's subject, not the subject of the that-clause between.
  const bool coordinated_speech = has(tok(start), word_class("speech_verb")) && start > 0 &&
                                  has(tok(start - 1), word_class("conjunction_and"));
  for (std::int32_t c = clause - 1; c >= 0; --c) {
    if (coordinated_speech && c > 0) {
      std::size_t first_of_c = 0;
      while (first_of_c < s_.tokens.size() && s_.clause_at[first_of_c] != c) ++first_of_c;
      if (first_of_c < s_.tokens.size() &&
          (has(tok(first_of_c), word_class("complementizer")) || has(tok(first_of_c), word_class("clause_break"))))
        continue;
    }
    // A relative clause before ("Kenyan officers, who served in Haiti until ..., were
    // praised"): its antecedent, not an actor inside it.
    std::size_t first_of_c = 0;
    while (first_of_c < s_.tokens.size() && s_.clause_at[first_of_c] != c) ++first_of_c;
    if (first_of_c < s_.tokens.size() && has(tok(first_of_c), word_class("relative")) && first_of_c > 0 &&
        tok(first_of_c - 1).lower == ",")
      if (const std::int32_t antecedent = antecedent_of(first_of_c); antecedent >= 0) return actors(group(antecedent));
    for (const Group& grp : s_.groups) {
      if (s_.clause_at[grp.begin] != c) continue;
      // ("Lavrov said the strikes went beyond the UN mandate, and he asked Paris for an
      // explanation": "he" and "she" pass over a clause that names no person.)
      // (Not "his" and "her": "The Holy Father repeated his plea" is the subject's, whatever
      // it is.)
      if (pronoun && g_.in("pronoun_person", which) && g_.in("subject_pronoun", which) && !names_person(grp)) continue;
      // ("Ethiopia told the Security Council that it would not be bound, as its minister
      // rejected ...": a pronoun continues a clause's subject, not the object after its verb.)
      if (possessive_subject && (verb_between(first_of_c, grp.begin) || (is_finite_verb(tok(first_of_c).pos) && first_of_c < grp.begin) ||
                                 (has(tok(first_of_c), word_class("speech_verb")) && first_of_c < grp.begin)))
        continue;
      return actors(grp);
    }
  }
  if (!pronoun) return {};
  if (pronoun_fits(which, carried_.actors)) return carried_.actors;
  // "Armenia's foreign minister spoke ... He accused Azerbaijan": "he" and "she" for an
  // official named by title.
  if (carried_.person && carried_.actors.size() == 1 && g_.in("pronoun_person", which)) return carried_.actors;
  return {};
}

// "an alliance of the US, India and Japan to contain China": the group a noun's "of"
// introduces right before an infinitive is who acts; otherwise the clause subject.
// "vetoed a UN resolution condemning X": an -ing form right after "DET ACTOR NOUN"
// describes that noun, and the actor modifying it acts (the UN, not the subject who
// vetoed). Without a modifier ("issued a statement condemning X") the clause subject
// stays the likelier author: nullopt.
std::optional<std::vector<std::int32_t>> SentenceView::participle_owner(std::size_t at) const {
  if (at < 2 || !tok(at).lower.ends_with("ing")) return std::nullopt;
  const Token& noun = tok(at - 1);
  if (!noun.word || noun.capitalized || s_.group_at[at - 1] >= 0) return std::nullopt;
  for (int cls : {word_class("preposition"), word_class("be"), word_class("adverb"), word_class("auxiliary"),
                  word_class("pronoun"), word_class("speech_verb"), word_class("determiner"),
                  word_class("clause_break"), word_class("negator"), word_class("coordinating_break")})
    if (has(noun, cls)) return std::nullopt;
  if (has(noun, word_class("coordinator")) || verb_ends_at(at)) return std::nullopt;
  const std::int32_t modifier = group_ending_at(at - 1);
  if (modifier < 0 || phrase_start(modifier) == group(modifier).begin) return std::nullopt;  // no determiner
  return actors(group(modifier));
}

std::vector<std::int32_t> SentenceView::infinitive_subject(std::size_t at) const {
  if (const auto owner = participle_owner(at)) return *owner;
  // "forced Russia to withdraw", "urged Serbia to recognise": the object acts.
  if (at > 0)
    if (const std::int32_t gi = controlled_object(at - 1); gi >= 0) return actors(group(gi));
  // "will not permit any group to undermine Bolivia", "urged the rebels to ...": an object we
  // cannot name acts, so nobody we know does.
  if (at >= 3 && has(tok(at - 1), word_class("infinitive_to")))
    if (const std::int32_t c = s_.chunk_at[at - 2]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).end == at - 1 &&
                                                     chunk(c).begin > 0 && s_.group_at[at - 2] < 0) {
      const Token& verb = tok(chunk(c).begin - 1);
      bool names_actor = false;
      for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p) names_actor |= s_.group_at[p] >= 0;
      if (!names_actor && is_verb(verb.pos) && (has(verb, word_class("request_verb")) || has(verb, word_class("causative_verb"))))
        return {};
    }
  if (at >= 2 && has(tok(at - 1), word_class("infinitive_to")) && s_.group_at[at - 2] >= 0) {
    const Group& grp = group(s_.group_at[at - 2]);
    if (grp.end == at - 1 && grp.begin > 0) {
      std::size_t p = grp.begin - 1;
      if (has(tok(p), word_class("article_the")) && p > 0) --p;
      // "an alliance of the US and Japan to contain China": the members act; "a version of
      // NATO to contain China", "the expansion of NATO to ..." name no actor who acts.
      const bool members = has(tok(p), word_class("member_preposition")) &&
                           (!has(tok(p), word_class("complement_of")) ||
                            (p > 0 && (has(tok(p - 1), word_class("collective_noun")) || has(tok(p - 1), word_class("people_noun")))));
      if (members) return actors(grp);
      // "the decision by Honduras to cut ties": a noun's agent (not a passive's: "was
      // asked by Japan to mediate" leaves the asking to Japan, the mediating to the subject).
      if (has(tok(p), word_class("agent_by")) && p > 0 && !tok(p - 1).lower.ends_with("ed") && !has(tok(p - 1), word_class("be")) &&
          s_.group_at[p - 1] < 0)
        return actors(grp);
    }
  }
  // "defended the right of Russian troops to fire on ...", "the decision of Turkey's army to
  // withdraw": after a noun that names someone's act or capacity, its "of" phrase names
  // the doer of the infinitive.
  if (at >= 3 && has(tok(at - 1), word_class("infinitive_to")) && s_.chunk_at[at - 2] >= 0) {
    const Chunk& np = chunk(s_.chunk_at[at - 2]);
    if (np.kind == ChunkKind::Noun && np.end == at - 1 && np.begin >= 2 && has(tok(np.begin - 1), word_class("complement_of")) &&
        (has(tok(np.begin - 2), word_class("intent_noun")) || lex_.grammar.in("act_of_doer_noun", tok(np.begin - 2).lower) ||
         lex_.grammar.in("capacity_noun", tok(np.begin - 2).lower)))
      for (std::size_t p = np.begin; p < np.end; ++p)
        if (s_.group_at[p] >= 0) return actors(group(s_.group_at[p]));
  }
  return clause_subject(at);
}

// Who does the act of the nearest verb group before `at` in its clause, whose object the
// words before `at` are: "urged the two factions TO RESUME the talks, hosted by Uganda"
// has the factions resume (an infinitive's subject may be the object of the verb that
// governs it); a finite verb's is the clause subject.
std::vector<std::int32_t> SentenceView::doer_of_governing_verb(std::size_t at) const {
  const std::int32_t clause = s_.clause_at[at];
  for (std::size_t p = at; p-- > 0 && s_.clause_at[p] == clause;) {
    const std::int32_t c = s_.chunk_at[p];
    if (c < 0 || chunk(c).kind != ChunkKind::Verb || chunk(c).begin != p) continue;
    if (!has(tok(p), word_class("infinitive_to"))) break;
    return infinitive_subject(chunk(c).head);
  }
  return clause_subject(at);
}

// "the seizure of a British tanker BY IRAN": the by-phrase right after the noun phrase of
// an act noun's object `obj` names the act's doer; its group, else -1.
std::int32_t SentenceView::agent_after_object(std::int32_t obj) const {
  std::size_t e = group(obj).end;
  if (const std::int32_t c = s_.chunk_at[e - 1]; c >= 0) e = std::max(e, chunk(c).end);
  if (e + 1 >= s_.tokens.size() || !has(tok(e), word_class("agent_by"))) return -1;
  const std::int32_t by = group_after(e + 1, e, Reach::Phrase);
  return by >= 0 && by != obj && group(by).begin <= e + 2 ? by : -1;
}

// Who issued the text a noun phrase names: the subject of the verb right before the phrase
// when it is a verb of issuing ("adopted a resolution", "tabled a draft"; grammar.tsv
// issuing_verb), else nobody (a text vetoed, rejected or abstained on is not the verb's).
std::vector<std::int32_t> SentenceView::issuer_of(const Chunk& phrase) const {
  if (phrase.begin == 0) return {};
  const std::size_t verb = phrase.begin - 1;
  if (!is_verb(tok(verb).pos) || s_.group_at[verb] >= 0 || !g_.in("issuing_verb", lemma(tok(verb).lower, tok(verb).pos))) return {};
  return clause_subject(verb);
}

// "Attacks on shipping were attributed to Iran", "the cyberattack on Estonia, blamed on
// Russia": an act noun whose clause says in the passive whom it is put down to (grammar.tsv
// attribution_participle and its preposition) has that group for doer. `from` is where the
// noun's phrase ends; the participle must follow within its clause, past only a form of "be",
// adverbs and a comma. Returns the group, else -1.
std::int32_t SentenceView::attributed_doer(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  if (from >= n) return -1;
  std::size_t p = from;
  if (const std::int32_t c = s_.chunk_at[p]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin < p) p = chunk(c).end;
  if (p < n && tok(p).lower == ",") ++p;
  while (p < n && s_.group_at[p] < 0 && (has(tok(p), word_class("be")) || has(tok(p), word_class("auxiliary")) || is_adverb(tok(p).pos))) {
    if (has(tok(p), word_class("negator"))) return -1;  // "was not attributed to": put down to nobody
    ++p;
  }
  if (p + 2 >= n || !g_.in("attribution_participle", tok(p).lower)) return -1;
  const std::string& prep = tok(p + 1).lower;
  if (prep != "to" && prep != "on") return -1;
  return group_after(p + 2, p + 1, Reach::Phrase);
}

// "Egypt blamed the attack on Israel ON HAMAS", "the bombing was blamed ON HAMAS": after a verb
// that puts an act down to someone (grammar.tsv blame_on_verb), the last "on" of its
// complement names that someone; the act's own "on" comes first. `from` is where the
// complement starts. Returns the group after that last "on", else -1.
std::int32_t SentenceView::blamed_on_group(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  if (from >= n) return -1;
  std::int32_t blamed = -1;
  for (std::size_t p = from; p + 1 < n && s_.clause_at[p] == s_.clause_at[from]; ++p) {
    if (s_.group_at[p] >= 0) continue;
    if (has(tok(p), word_class("agent_by")) || tok(p).lower == "," || (p > from && is_finite_verb(tok(p).pos))) break;
    if (tok(p).lower != "on") continue;
    const bool after_noun = p > from && (s_.group_at[p - 1] >= 0 || is_noun(tok(p - 1).pos));
    if (const std::int32_t g = group_after(p + 1, p, Reach::Phrase); g >= 0 && (after_noun || p == from)) blamed = g;
  }
  return blamed;
}

bool SentenceView::blame_on_verb_at(std::size_t at) const {
  return at < s_.tokens.size() && is_verb(tok(at).pos) && s_.group_at[at] < 0 &&
         g_.in("blame_on_verb", lemma(tok(at).lower, tok(at).pos));
}

// "the strikes LAUNCHED BY IRAN on Israel", "the attack CARRIED OUT BY RUSSIA": a participle
// (and its particle) right at `at`, after an act noun, whose by-agent did the act; its group,
// else -1. A host or broker does not own what it hosted ("the talks hosted by Qatar").
std::int32_t SentenceView::participle_agent_after(std::size_t at) const {
  const std::size_t n = s_.tokens.size();
  if (at + 2 >= n || tok(at).pos != Pos::VBN || s_.group_at[at] >= 0 || g_.in("hosting_participle", tok(at).lower)) return -1;
  std::size_t by = at + 1;
  if (tok(by).pos == Pos::RP) ++by;
  if (by + 1 >= n || !has(tok(by), word_class("agent_by"))) return -1;
  std::size_t g = by + 1;
  if (g + 1 < n && has(tok(g), word_class("article_the")) && s_.group_at[g] < 0) ++g;
  return s_.group_at[g] >= 0 && group(s_.group_at[g]).begin == g ? s_.group_at[g] : -1;
}

// The number of tokens of a word at `p` that says a title is not (or no longer) held:
// "former", "supposed", and "one-time", "so-called" as the tokenizer splits them around
// their hyphen (grammar.tsv former_word, hedged_title_word); 0 if none.
std::size_t SentenceView::unheld_title_word_at(std::size_t p) const {
  const auto unheld = [&](const std::string& w) { return g_.in("former_word", w) || g_.in("hedged_title_word", w); };
  if (unheld(tok(p).lower)) return 1;
  if (p + 2 < s_.tokens.size() && tok(p + 1).lower == "-" && unheld(tok(p).lower + "-" + tok(p + 2).lower)) return 3;
  return 0;
}

// For a possessor group ("Washington's"), the group its title noun describes right after
// ("Washington's [closest] ally Israel"), else -1 (grammar.tsv title_relation_noun).
std::int32_t SentenceView::titled_name_after(const Group& owner) const {
  std::size_t p = owner.end;
  if (p + 2 >= s_.tokens.size() || tok(p).lower != "'s") return -1;
  ++p;
  while (p + 1 < s_.tokens.size() && s_.group_at[p] < 0) {
    if (const std::size_t n = unheld_title_word_at(p); n > 0) p += n;
    else if (is_adjective(tok(p).pos)) ++p;
    else break;
  }
  // ("arch-foe": the hyphenated title)
  if (p + 3 < s_.tokens.size() && tok(p + 1).lower == "-" && g_.in("title_relation_noun", tok(p + 2).lower)) p += 2;
  if (!g_.in("title_relation_noun", tok(p).lower) || p + 1 >= s_.tokens.size()) return -1;
  const std::int32_t g = s_.group_at[p + 1];
  return g >= 0 && group(g).begin == p + 1 ? g : -1;
}

// The group a relative pronoun refers to ("Ukraine, which ..."), for a relative clause
// starting at `start`; -1 when there is none.
std::int32_t SentenceView::antecedent_of(std::size_t start) const {
  if (!has(tok(start), word_class("relative"))) return -1;
  std::size_t p = start;
  while (p > 0 && (tok(p - 1).lower == "," || !tok(p - 1).word) && s_.group_at[p - 1] < 0) --p;
  if (p == 0) return -1;
  if (s_.group_at[p - 1] >= 0) return s_.group_at[p - 1];
  // "Kenyan officers, who ...": people named by their state, before the comma of a "who"
  // clause. ("which" after a phrase may sum up an act, "detained three Paraguayan officials,
  // which Asuncion condemned", or describe a thing, "the EU aid package, which ..."; a
  // restrictive "that" may belong to a noun further back.) A "which" clause after a
  // state's forces or craft is theirs: "Chinese vessels, which rammed ...", "the Russian
  // army, which shelled ...", "the Kenyan-led coalition, which deployed ...".
  // (Only as the relative clause's subject: "Russian drones, which China denies supplying"
  // has its own.)
  const auto subject_relative = [&] {
    std::size_t q = start + 1;
    while (q < s_.tokens.size() && is_adverb(tok(q).pos)) ++q;
    return q < s_.tokens.size() && s_.group_at[q] < 0 && (is_verb(tok(q).pos) || tok(q).pos == Pos::MD);
  };
  const auto doer_head = [&](const Chunk& ch) {
    const Token& head = tok(ch.head);
    return tok(start).lower == "who" ||
           (tok(start).lower == "which" && subject_relative() &&
            (g_.in("craft_noun", head.lower) || has(head, word_class("people_noun")) || has(head, word_class("collective_noun")) ||
             has(head, word_class("armed_force_noun")))) ||
           // "Syria's government, which Moscow supports": a state's government is the state,
           // whether the relative clause has its own subject or not.
           (tok(start).lower == "which" && has(head, word_class("government_noun"))) ||
           // "Mali's junta, whom ECOWAS ordered to ...": "whom" stands for people or a government.
           // So does "whose": "the Tunisian authorities, whose capital was bombed".
           ((tok(start).lower == "whom" || has(tok(start), word_class("relative_possessive"))) &&
            (has(head, word_class("government_noun")) || has(head, word_class("people_noun"))));
  };
  // "Paraguay is the only country in South America that recognises Taiwan": a state noun as
  // the predicate of a copula ("is", "remains", "stands out as") stands for its subject.
  if (const std::int32_t subject = predicate_state_subject(p); subject >= 0 && subject_relative()) return subject;
  if (const std::int32_t c = s_.chunk_at[p - 1]; p < start && c >= 0 && chunk(c).kind == ChunkKind::Noun &&
                                                 chunk(c).end == p && chunk(c).head == p - 1 && doer_head(chunk(c))) {
    for (std::size_t q = chunk(c).begin; q < chunk(c).end; ++q)
      if (s_.group_at[q] >= 0) return s_.group_at[q];
    // "the Kenyan-led coalition": the leader before the hyphen, in the phrase before.
    const std::size_t b = chunk(c).begin;
    if (b > 0 && tok(b).lower == "-" && s_.group_at[b - 1] >= 0) return s_.group_at[b - 1];
  }
  return -1;
}

// The subject group of a copula whose predicate is a state noun phrase ending right before
// `end` ("is the only country (in South America)", "stands out as the first state"), or -1.
std::int32_t SentenceView::predicate_state_subject(std::size_t end) const {
  if (end == 0) return -1;
  std::size_t q = end - 1;
  // Past a place phrase after the noun: "the only country in South America".
  for (std::size_t back = 0; back < 4 && q > 1 && !g_.in("state_noun", tok(q).lower); ++back, --q)
    if (has(tok(q), word_class("locative")) || tok(q).lower == "of") {
      --q;
      break;
    }
  if (!g_.in("state_noun", tok(q).lower) || s_.group_at[q] >= 0) return -1;
  std::size_t b = q;
  for (int k = 0; k < 6 && b > 0; ++k) {
    const Token& w = tok(b - 1);
    if (s_.group_at[b - 1] >= 0 || w.lower == "'s" || has(w, word_class("determiner")) || is_adjective(w.pos) ||
        w.pos == Pos::CD || w.pos == Pos::NNP || w.lower == "as" || w.lower == "out")
      --b;
    else
      break;
  }
  if (b == 0 || !(has(tok(b - 1), word_class("be")) || g_.in("copula_verb", tok(b - 1).lower) || tok(b - 1).lower == "stands" ||
                  tok(b - 1).lower == "stood"))
    return -1;
  std::size_t v = b - 1;
  while (v > 0 && s_.group_at[v - 1] < 0 && (is_adverb(tok(v - 1).pos) || has(tok(v - 1), word_class("auxiliary")))) --v;
  return group_ending_at(v);
}

// "welcomed Rome's decision to join", "praised the Italian offer": the actor that owns an
// act named by a summary noun right after `from` (its possessor or state adjective, past
// an article and adjectives), or -1.
std::int32_t SentenceView::owner_of_act_after(std::size_t from) const {
  const std::size_t n = s_.tokens.size();
  std::size_t p = from;
  if (p < n && s_.group_at[p] < 0 && has(tok(p), word_class("determiner"))) ++p;
  if (p >= n || s_.group_at[p] < 0 || group(s_.group_at[p]).begin != p) return -1;
  const std::int32_t owner = s_.group_at[p];
  p = group(owner).end;
  if (p < n && tok(p).lower == "'s") ++p;
  while (p < n && s_.group_at[p] < 0 && is_adjective(tok(p).pos)) ++p;
  // The act noun heads its phrase: "the US charge d'affaires" is an envoy, not a charge.
  const std::int32_t c = p < n ? s_.chunk_at[p] : -1;
  return c >= 0 && chunk(c).head == p && s_.group_at[p] < 0 && has(tok(p), word_class("act_summary_noun")) ? owner : -1;
}

// The noun phrase right before the verb group of the verb at `at` (past its auxiliaries and
// adverbs), or -1.
std::int32_t SentenceView::subject_chunk_before(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && s_.group_at[p - 1] < 0 && (has(tok(p - 1), word_class("auxiliary")) || has(tok(p - 1), word_class("be")) ||
                                             is_adverb(tok(p - 1).pos) || tok(p - 1).pos == Pos::MD))
    --p;
  // "Senegalese troops, backed by Nigerian aircraft, crossed ...": past an aside set off by
  // commas that opens with a participle or a relative word.
  if (p > 2 && tok(p - 1).lower == ",")
    for (std::size_t open = p - 2; open > 0 && open + 14 > p; --open) {
      if (tok(open).lower != ",") continue;
      const Token& first = tok(open + 1);
      if (first.pos == Pos::VBN || first.pos == Pos::VBG || has(first, word_class("relative"))) p = open;
      break;
    }
  const std::int32_t c = p > 0 ? s_.chunk_at[p - 1] : -1;
  return c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).end == p ? c : -1;
}

// "Turkish-made drones, supplied to Baku,", "Israeli-built munitions were sold to Baku": the
// maker named by a compound before weapons the verb at `at` hands over (grammar.tsv
// maker_participle), else -1. The subject phrase may end at a comma before a participle.
std::int32_t SentenceView::arms_maker_before(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && s_.group_at[p - 1] < 0 && (has(tok(p - 1), word_class("be")) || is_adverb(tok(p - 1).pos))) --p;
  if (p > 1 && tok(p - 1).lower == "," && tok(at).pos == Pos::VBN) --p;
  const std::int32_t c = p > 0 ? s_.chunk_at[p - 1] : -1;
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).end != p) return -1;
  const std::string& head = tok(chunk(c).head).lower;
  if (!g_.in("transferred_weapon_noun", head) && !g_.in("craft_noun", head) && !g_.in("materiel_noun", head) &&
      !g_.in("delivered_goods_noun", head))
    return -1;
  for (std::size_t q = chunk(c).begin; q + 2 < chunk(c).end; ++q) {
    const auto* name = lex_.actor_names.longest(s_.tokens, q);
    if (!name || name->values.front().kind != MentionKind::Adjective) continue;
    const std::size_t hy = q + name->lower.size();
    if (hy + 1 < chunk(c).end && tok(hy).lower == "-" && tok(hy).joined && g_.in("maker_participle", tok(hy + 1).lower))
      return name->values.front().actor;
  }
  return -1;
}

// "Japanese aid arrived in Turkey", "a shipment of Indian vaccines landed in Dhaka": when
// the subject of the verb at `at` is goods (aid, a shipment, trucks) an actor owns (its
// state adjective or possessor, in the goods' phrase or their "of" or "from"
// complement), that actor; else -1.
std::int32_t SentenceView::goods_owner_subject(std::size_t at, bool arms) const {
  const std::int32_t c = subject_chunk_before(at);
  if (c < 0) return -1;
  // With `arms`, weapons and craft are goods too ("Iranian drones were supplied to Russia");
  // elsewhere they are forces ("Iranian drones entered Iraqi airspace").
  const auto goods = [&](std::int32_t k) {
    const std::string& head = tok(chunk(k).head).lower;
    return g_.in("delivered_goods_noun", head) ||
           (arms && (g_.in("transferred_weapon_noun", head) || g_.in("craft_noun", head) || g_.in("materiel_noun", head)));
  };
  const auto owner_in = [&](std::int32_t k) {
    for (std::size_t q = chunk(k).begin; q < chunk(k).head; ++q)
      if (s_.group_at[q] >= 0) return s_.group_at[q];
    const std::size_t b = chunk(k).begin;
    return b >= 2 && tok(b - 1).lower == "'s" ? group_ending_at(b - 1) : std::int32_t{-1};
  };
  if (goods(c)) return owner_in(c);
  // "a shipment of Indian vaccines", "a convoy of Egyptian trucks"; "aid from Japan"
  const std::size_t b = chunk(c).begin;
  if (b >= 2 && has(tok(b - 1), word_class("complement_of")) && s_.chunk_at[b - 2] >= 0 &&
      chunk(s_.chunk_at[b - 2]).kind == ChunkKind::Noun && (goods(s_.chunk_at[b - 2]) || goods(c)))
    return owner_in(c);
  if (b >= 2 && tok(b - 1).lower == "from" && s_.chunk_at[b - 2] >= 0 && chunk(s_.chunk_at[b - 2]).kind == ChunkKind::Noun &&
      goods(s_.chunk_at[b - 2]) && s_.group_at[b] >= 0 && group(s_.group_at[b]).begin == b)
    return s_.group_at[b];
  return -1;
}

// "Tents were flown into Mozambique by Norway", "Tonnes of flour were delivered to Gaza by
// Jordan": goods with no owner named in the subject, sent by the by-agent that follows the
// passive verb's destination in its clause (else -1).
std::int32_t SentenceView::goods_sender_by(std::size_t at, std::size_t verb_end) const {
  const std::int32_t c = subject_chunk_before(at);
  if (c < 0 || !g_.in("delivered_goods_noun", tok(chunk(c).head).lower)) return -1;
  const std::int32_t clause = s_.clause_at[at];
  for (std::size_t p = verb_end; p + 1 < s_.tokens.size() && s_.clause_at[p] == clause; ++p) {
    if (tok(p).lower == ",") return -1;
    if (!has(tok(p), word_class("agent_by")) || s_.group_at[p] >= 0) continue;
    const std::int32_t by = group_after(p + 1, p, Reach::Phrase);
    return by >= 0 && phrase_start(by) == p + 1 ? by : -1;
  }
  return -1;
}

// Whom a possessive "its" in a verb's object stands for. In words another actor reports
// ("Kenya said militants had attacked its troops", "..., Poland said") or charges ("Ankara
// accused Athens of harassing its boats"), the reporter: English points "its" in the
// reported clause back to it, and an act seldom targets its own doer's things. Otherwise
// (unless `reporter_only`), the nearest actor named before the verb that is not the verb's
// subject ("urged Washington to respect its sovereignty" after Beijing). Never one of the
// subjects ("reconsider its position" is the subject's own): -1 then.
std::int32_t SentenceView::possessive_antecedent(std::size_t verb_begin, const std::vector<std::int32_t>& subjects,
                                                 bool reporter_only) const {
  const auto disjoint = [&](std::int32_t gi) {
    const auto members = actors(group(gi));
    return std::none_of(members.begin(), members.end(), [&](std::int32_t a) {
      return std::find(subjects.begin(), subjects.end(), a) != subjects.end();
    });
  };
  std::int32_t reporter = s_.speaker_group;
  if (reporter < 0)
    for (std::size_t q = verb_begin; q-- > 0 && reporter < 0;) {
      if (s_.group_at[q] >= 0 || !is_verb(tok(q).pos) ||
          !(has(tok(q), word_class("speech_verb")) || has(tok(q), word_class("accusation"))))
        continue;
      for (std::size_t r = q; r-- > 0 && s_.clause_at[r] == s_.clause_at[q];)
        if (s_.group_at[r] >= 0) {
          reporter = s_.group_at[r];
          break;
        }
      break;
    }
  if (reporter >= 0) return disjoint(reporter) ? reporter : -1;
  if (reporter_only) return -1;
  // (Only an actor that is a clause's subject: one after a preposition is a place or a
  // complement, "hijacked a ship in the Gulf of Aden and took its crew hostage".)
  for (std::size_t q = verb_begin; q-- > 0;)
    if (const std::int32_t gi = s_.group_at[q]; gi >= 0) {
      const std::size_t before = phrase_start(gi);
      const auto finite_at = [&](std::size_t p) {
        return p < s_.tokens.size() && (is_verb(tok(p).pos) || tok(p).pos == Pos::MD || has(tok(p), word_class("auxiliary")));
      };
      const bool not_complement = before == 0 || !has(tok(before - 1), word_class("preposition"));
      bool subject = not_complement && finite_at(group(gi).end);
      // "Morocco's position was strengthened when Washington recognised its sovereignty": the
      // possessor of a clause's subject is as salient as the subject itself.
      if (!subject && not_complement && group(gi).end + 1 < s_.tokens.size() && tok(group(gi).end).lower == "'s")
        if (const std::int32_t c = s_.chunk_at[group(gi).end + 1]; c >= 0 && chunk(c).kind == ChunkKind::Noun)
          subject = finite_at(chunk(c).end);
      if (subject && disjoint(gi) && actors(group(gi)).size() == 1) return gi;
      q = group(gi).begin;
    }
  return -1;
}

// "Kenya said militants had attacked its troops": a hostile act whose object phrase opens
// with "its" (not "its own", and naming no actor itself) acts on the reporter the pronoun
// stands for (possessive_antecedent), else on nobody.
std::int32_t SentenceView::reporter_owning_object(std::size_t verb_end, std::size_t verb_begin,
                                                  const std::vector<std::int32_t>& subjects) const {
  const std::size_t n = s_.tokens.size();
  if (verb_end + 1 >= n || tok(verb_end).lower != "its" || tok(verb_end + 1).lower == "own") return -1;
  const std::int32_t c = s_.chunk_at[verb_end];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).begin != verb_end) return -1;
  for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p)
    if (s_.group_at[p] >= 0) return -1;
  return possessive_antecedent(verb_begin, subjects, true);
}

// For a verb at `at` inside a relative clause whose own subject stands between the
// pronoun and the verb ("which Russia invaded"): the antecedent, else -1.
std::int32_t SentenceView::object_relative_antecedent(std::size_t at) const {
  const std::size_t start = clause_start(at);
  if (has(tok(start), word_class("relative_possessive")) || start + 1 >= at) return -1;
  std::int32_t antecedent = antecedent_of(start);
  // "the Security Council plan for free elections in Namibia that Pretoria had refused to
  // implement": a state after a locative places the noun before it; the antecedent is that
  // noun, whose owner named in its phrase is the object (none: no object).
  if (antecedent >= 0) {
    std::size_t b = group(antecedent).begin;
    if (b > 0 && has(tok(b - 1), word_class("article_the"))) --b;
    if (b > 1 && has(tok(b - 1), word_class("locative")) && is_noun(tok(b - 2).pos) && s_.group_at[b - 2] < 0) {
      antecedent = -1;
      for (std::size_t q = b - 1; q-- > 0 && q + 12 > b;) {
        if (tok(q).lower == "," || (is_verb(tok(q).pos) && s_.group_at[q] < 0)) break;
        if (s_.group_at[q] >= 0) {
          antecedent = s_.group_at[q];
          break;
        }
      }
      if (antecedent < 0) return -1;
    }
  }
  // The clause's own subject may open with an article: "which the EU urged".
  const std::size_t subject_at = has(tok(start + 1), word_class("article_the")) ? start + 2 : start + 1;
  if (antecedent < 0 || subject_at >= at || s_.group_at[subject_at] < 0) return -1;
  const Group& own = group(s_.group_at[subject_at]);
  // "imposed sanctions on Iran, which Tehran condemned": a state is not its own relative
  // clause's object; "which" is the act told before (appositive_act_doers).
  {
    const auto named = actors(group(antecedent));
    const auto doers = actors(own);
    if (std::any_of(named.begin(), named.end(), [&](std::int32_t a) {
          return std::any_of(doers.begin(), doers.end(), [&](std::int32_t b) { return country(a) == country(b); });
        }))
      return -1;
  }
  // Only the subject between them: "which Russia invaded", "that Japan has long courted",
  // "which Moscow's air campaign supports" (a possessed noun phrase).
  std::size_t subject_end = own.end;
  if (subject_end + 1 < at && tok(subject_end).lower == "'s")
    for (++subject_end; subject_end < at && s_.group_at[subject_end] < 0 &&
                        (is_noun(tok(subject_end).pos) || is_adjective(tok(subject_end).pos));)
      ++subject_end;
  for (std::size_t p = subject_end; p < at; ++p)
    if (!has(tok(p), word_class("adverb")) && !has(tok(p), word_class("auxiliary")) && !has(tok(p), word_class("be")))
      return -1;
  return antecedent;
}

// For a verb at `at` in an object relative clause on an event noun ("the Iranian nuclear
// talks (that) it hosted", "the Armenian-Turkish meeting Switzerland brokered"): the actors
// the event noun's own phrase names as its parties, else -1. The clause's subject, a
// pronoun or an actor, stands right before the verb, and "that"/"which" may open it.
std::int32_t SentenceView::event_noun_antecedent(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && (has(tok(p - 1), word_class("adverb")) || has(tok(p - 1), word_class("auxiliary")) || is_adverb(tok(p - 1).pos))) --p;
  std::size_t subject = p;
  if (p > 0 && s_.group_at[p - 1] < 0 && has(tok(p - 1), word_class("subject_pronoun"))) subject = p - 1;
  else if (const std::int32_t own = group_ending_at(p); own >= 0) subject = phrase_start(own);
  if (subject == p || subject == 0) return -1;
  std::size_t q = subject;
  if (q > 0 && has(tok(q - 1), word_class("relative"))) --q;
  if (q == 0) return -1;
  const std::int32_t c = s_.chunk_at[q - 1];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).end != q || !g_.in("hosted_event_noun", tok(chunk(c).head).lower)) return -1;
  for (std::size_t r = chunk(c).begin; r < chunk(c).end; ++r)
    if (s_.group_at[r] >= 0) return s_.group_at[r];
  return -1;
}

// "Turkey bought Russian missiles, a move (that) Washington condemned": the verb at `at`
// has its subject right before it (`subject` is set to that group), and before that
// subject an appositive noun that sums up the act of the clause before the comma (a move, a
// decision, a step). That clause's subject did the act; empty when the sentence is not so built.
std::vector<std::int32_t> SentenceView::appositive_act_doers(std::size_t at, std::int32_t& subject) const {
  std::size_t p = at;
  while (p > 0 && (has(tok(p - 1), word_class("adverb")) || has(tok(p - 1), word_class("auxiliary")))) --p;
  subject = group_ending_at(p);
  if (subject < 0) return {};
  std::size_t q = phrase_start(subject);
  // "a move Venezuela's Nicolas Maduro denounced": past the person's possessor.
  if (q >= 2 && tok(q - 1).lower == "'s")
    if (const std::int32_t owner = group_ending_at(q - 1); owner >= 0) q = phrase_start(owner);
  // "a step Argentina welcomed but Paraguay denounced": a stance-taker coordinated after
  // another's verb takes the same appositive noun.
  for (int hops = 0; hops < 2 && q >= 3 && has(tok(q - 1), word_class("verb_coordinator")) && tok(q - 2).word &&
                     is_verb(tok(q - 2).pos) && s_.group_at[q - 2] < 0;
       ++hops) {
    const std::int32_t first = group_ending_at(q - 2);
    if (first < 0) break;
    q = phrase_start(first);
  }
  // ", which Asuncion called absurd": "which" after the comma that closes a clause whose
  // last word is no actor refers to that clause's act (after a state's name it is the
  // state: "..., which Russia invaded", read by object_relative_antecedent; people named
  // by nationality are "who", so after "three Paraguayans" it is still the act).
  // Only after people ("three Paraguayans", "two officials"): after a thing "which" is that
  // thing ("the EU aid package, which Ukraine had welcomed").
  const auto act_before = [&](std::size_t last) {
    if (!tok(last).word) return false;
    const std::int32_t gi = s_.group_at[last];
    if (gi >= 0) {
      if (s_.mentions[static_cast<std::size_t>(group(gi).mentions.back())].kind == MentionKind::Adjective) return true;
      // "imposed sanctions on Iran, which Tehran called illegal": a state is not its own
      // relative clause's object, so "which" with that state as its subject is the act.
      const auto named = actors(group(gi));
      const auto own = actors(group(subject));
      return std::any_of(named.begin(), named.end(), [&](std::int32_t a) {
        return std::any_of(own.begin(), own.end(), [&](std::int32_t b) { return country(a) == country(b); });
      });
    }
    // (or a place: "Russia annexed Crimea, which Ukraine condemned").
    return has(tok(last), word_class("people_noun")) || has(tok(last), word_class("private_people_noun")) || tok(last).capitalized;
  };
  if (q >= 3 && has(tok(q - 1), word_class("relative")) && tok(q - 1).lower == "which" && tok(q - 2).lower == "," &&
      act_before(q - 3))
    return clause_subject(q - 3);
  // "Chile floated a proposal for a three-week extension, which Washington rejected": "which"
  // after an act noun's phrase (with its complement) that a verb took; that verb's subject did
  // the act. (No actor in the phrase: "a proposal by Peru" names its own author.)
  if (q >= 4 && tok(q - 1).lower == "which" && tok(q - 2).lower == ",")
    for (std::size_t h = q - 3; h + 14 > q && h > 1; --h) {
      if (s_.group_at[h] >= 0 || tok(h).lower == "," || (s_.chunk_at[h] >= 0 && chunk(s_.chunk_at[h]).kind == ChunkKind::Verb)) break;
      // ("Washington called for an independent inquiry, which Tashkent refused": what a call
      // or demand asked for, its object after "for", was the caller's to put forward.)
      const auto called_for = [&] {
        std::size_t b = h;
        while (b > 1 && s_.group_at[b - 1] < 0 && (is_adjective(tok(b - 1).pos) || has(tok(b - 1), word_class("determiner")))) --b;
        return b >= 2 && tok(b - 1).lower == "for" && is_verb(tok(b - 2).pos) && g_.in("call_for_verb", tok(b - 2).lower);
      };
      if (!(has(tok(h), word_class("act_summary_noun")) || has(tok(h), word_class("proposal_noun")) ||
            (is_noun(tok(h).pos) && called_for())) ||
          !(has(tok(h - 1), word_class("determiner")) || called_for()))
        continue;
      std::size_t v = h - 1;  // the verb that took the phrase, past a particle ("put forward")
      if (called_for()) {  // past the phrase's modifiers and "for"
        while (v > 1 && s_.group_at[v - 1] < 0 && tok(v).lower != "for") --v;
      }
      while (v > 0 && s_.group_at[v - 1] < 0 && (tok(v - 1).pos == Pos::RB || tok(v - 1).pos == Pos::RP)) --v;
      if (v > 0 && s_.chunk_at[v - 1] >= 0 && chunk(s_.chunk_at[v - 1]).kind == ChunkKind::Verb) return clause_subject(v - 1);
      break;
    }
  if (q > 0 && has(tok(q - 1), word_class("relative"))) --q;  // "a move that Washington condemned"
  // "Washington and Seoul wrapped up joint drills (that) Pyongyang condemned": a relation
  // noun right before the relative clause is the act; its owner (possessor or modifier),
  // else the subject of its own clause, did it.
  for (const Trigger& t : s_.triggers) {
    if (t.end != q || q == 0 || s_.group_at[q - 1] >= 0 || !is_noun(tok(q - 1).pos)) continue;
    const bool noun_reading = std::any_of(t.readings.begin(), t.readings.end(), [&](const Reading& r) {
      const Frame f = lex_.relations[static_cast<std::size_t>(r.match.relation)].frame;
      return f == Frame::Noun || f == Frame::Pair;
    });
    if (!noun_reading) continue;
    if (const std::int32_t owner = modifier_before(t.begin); owner >= 0) return actors(group(owner));
    return clause_subject(t.begin);
  }
  if (q < 4 || !has(tok(q - 1), word_class("act_summary_noun")) || !has(tok(q - 2), word_class("determiner")) ||
      tok(q - 3).lower != ",")
    return {};
  return clause_subject(q - 4);
}

// A comma in [from, to) followed (past adverbs) by a verb form: the comma that closes a
// relative clause ("..., which both distrust China, signed", "..., applied to join").
// After an apposition's comma a noun phrase follows instead ("..., Tokyo's ... enemy").
bool SentenceView::relative_closed_between(std::size_t from, std::size_t to) const {
  for (std::size_t c = from; c < to; ++c) {
    if (tok(c).lower != ",") continue;
    std::size_t p = c + 1;
    // (The adverb class holds "has" and "been" too: ", has been trying" closes the clause.)
    bool auxiliary = false;
    while (p < to && has(tok(p), word_class("adverb"))) {
      auxiliary = auxiliary || has(tok(p), word_class("be")) || has(tok(p), word_class("perfect_have")) ||
                  tok(p).lower == "has" || tok(p).lower == "had" || tok(p).lower == "have";
      ++p;
    }
    if (auxiliary && p <= to && c + 1 < p && s_.group_at[c + 1] < 0) return true;
    if (p > to || p >= s_.tokens.size() || s_.group_at[p] >= 0 || tok(p).capitalized) continue;
    const Token& w = tok(p);
    if (verb_between(p, p + 1) || w.lower.ends_with("ed") || has(w, word_class("auxiliary")) || has(w, word_class("be")) ||
        has(w, word_class("perfect_have")) || (is_verb(w.pos) && w.pos != Pos::VBG) ||
        has(w, word_class("modal_future")) || has(w, word_class("modal_hypothetical")))
      return true;
  }
  return false;
}

// "it", "they", "he", "she": pronouns that can only be a subject.
bool SentenceView::nominative_pronoun(const Token& t) {
  return has(t, word_class("subject_pronoun"));
}

bool SentenceView::nominative_pronoun_between(std::size_t from, std::size_t to) const {
  for (std::size_t p = from; p < to; ++p)
    if (nominative_pronoun(tok(p)) && s_.group_at[p] < 0) return true;
  return false;
}

// A pronoun continues the previous sentence's actors only if it can refer to them:
// "they" to several, "he/she" to a person, "it" to one state or organisation
// ("Backers of tariffs say that they help ..." does not continue "China").
bool SentenceView::pronoun_fits(const std::string& pronoun, const std::vector<std::int32_t>& actors) const {
  if (actors.empty()) return false;
  const bool person = lex_.actors[static_cast<std::size_t>(actors.front())].type == ActorType::Person;
  if (g_.in("pronoun_plural", pronoun)) return actors.size() >= 2;
  if (g_.in("pronoun_person", pronoun)) return actors.size() == 1 && person;
  return actors.size() == 1 && !person;
}

bool SentenceView::names_person(const Group& grp) const {
  if (pronoun_fits("he", actors(grp))) return true;
  // A state's official named by title ("Russia's foreign minister", "Senegalese President
  // Macky Sall", whom the dictionaries may not know).
  const std::int32_t c = s_.chunk_at[grp.begin];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return false;
  for (std::size_t p = chunk(c).begin; p < chunk(c).end; ++p)
    if (g_.in("title_person_noun", tok(p).lower)) return true;
  return false;
}

bool SentenceView::metonym_only(const Group& grp) const {
  for (std::int32_t m : grp.mentions)
    if (s_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Metonym) return false;
  return true;
}

// First group after `from`, in the clause of `clause_token`, not in a speaker tail, read by
// chunks instead of a window of tokens:
// - Reach::Phrase: the noun phrase at `from` (the object of a preposition, a by-agent,
//   the subject of a that- or if-clause): "by the United Arab Emirates", "that Hamas".
// - Reach::Complement: a verb's complement, its noun phrase and the prepositional phrases
//   after it: "condemned on Tuesday the Chinese incursion", "opposed the invitation
//   extended to Russia". It ends at a second noun phrase with no preposition before it
//   (the complement is complete), at a finite verb (another predicate), at an infinitive
//   that opens another action, and at a second preposition that deepens the phrase.
// A noun chunk at `p` right after "and"/"or" that follows another noun chunk.
bool SentenceView::coordinated_noun_phrase(std::size_t p) const {
  if (p < 2 || !has(tok(p - 1), word_class("coordinator"))) return false;
  const std::int32_t before = s_.chunk_at[p - 2];
  return before >= 0 && chunk(before).kind == ChunkKind::Noun;
}

// "Thai and Cambodian commanders met at the border, and Malaysia's envoy urged THEM to ...",
// "Sudanese negotiators reached Jeddah, and Saudi officials received THEM": an object
// "them" is the last plural actor group of the sentence's earlier clauses (coordinated
// actors, or a state's people named in the plural), else -1.
std::int32_t SentenceView::plural_antecedent(std::size_t before) const {
  for (std::size_t gi = s_.groups.size(); gi-- > 0;) {
    const Group& g = s_.groups[gi];
    if (g.end > before || s_.speaker_token[g.begin]) continue;
    if (g.mentions.size() >= 2) return static_cast<std::int32_t>(gi);
    const std::int32_t c = s_.chunk_at[g.begin];
    if (c >= 0 && chunk(c).head >= g.end && tok(chunk(c).head).pos == Pos::NNS &&
        has(tok(chunk(c).head), word_class("people_noun")))
      return static_cast<std::int32_t>(gi);
  }
  return -1;
}

std::int32_t SentenceView::group_after(std::size_t from, std::size_t clause_token, Reach reach,
                                       bool through_infinitive, bool through_relations) const {
  const std::size_t n = s_.tokens.size();
  if (from >= n) return -1;
  std::int32_t clause = s_.clause_at[clause_token];
  if (reach == Reach::Phrase) {
    // The noun phrase and its of-complements: "the foreign minister of Peru", "the
    // government of the Islamic Republic of Iran".
    std::size_t at = from;
    for (int level = 0; level < 3 && at < n; ++level) {
      const std::int32_t c = s_.chunk_at[at];
      if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).begin != at || s_.clause_at[at] != clause) return -1;
      for (std::size_t p = at; p < chunk(c).end; ++p) {
        // (The speaker is no object; inside the speaker's apposition, "Serbia, a country with
        // deep ties to Russia, said", the phrase's own object is.)
        if (s_.speaker_token[p] && !s_.speaker_token[clause_token]) return -1;
        if (s_.group_at[p] >= 0 && group(s_.group_at[p]).begin == p) return s_.group_at[p];
      }
      at = chunk(c).end;
      // "wheat deliveries to several poorer states, including Chad and Niger": a phrase with
      // no actor is named by the list it includes.
      if (at + 2 < n && tok(at).lower == "," && has(tok(at + 1), word_class("inclusion_word")) && s_.group_at[at + 2] >= 0 &&
          group(s_.group_at[at + 2]).begin == at + 2)
        return s_.group_at[at + 2];
      // "hardliners in Colombo", "protesters in Dili": people named by their place act for
      // its state (as the mentions read a capital after a people noun).
      if (at + 1 < n && has(tok(at), word_class("locative")) && has(tok(chunk(c).head), word_class("people_noun")) &&
          s_.group_at[at + 1] >= 0 && group(s_.group_at[at + 1]).begin == at + 1)
        return s_.group_at[at + 1];
      if (at + 1 >= n || !has(tok(at), word_class("complement_of"))) return -1;
      ++at;
    }
    return -1;
  }
  // "The Dutch inspectors, who had visited the site, were expelled by Venezuela": in a
  // relative clause set off by commas, the comma that closes it before the main verb ends
  // the search (the main clause's actors are not the relative verb's object).
  const std::size_t relative_start = clause_start(clause_token);
  const bool relative_aside = relative_start > 0 && tok(relative_start - 1).lower == "," &&
                              has(tok(relative_start), word_class("relative"));
  int prepositions = 0;  // "released the transcript of his call with X": X is too deep
  int bare_phrases = 0;  // noun phrases with no preposition before them
  bool after_preposition = false;
  bool after_participle = false;   // the last chunk was a participle's verb group
  bool right_after_object = false; // the last chunk was the verb's object, its first bare phrase
  std::int32_t object_chunk = -1;   // that object's chunk
  for (std::size_t p = from; p < n; ++p) {
    // ("to" and "against" name a target or recipient: they do not deepen the phrase)
    // Nor does the "of" of a quantity ("hundreds of thousands of Afghans").
    // Nor the "of" that names a settlement ("the town of Kupiansk in Ukraine": the town is
    // where, and the state after it is the town's).
    const bool quantity_of = has(tok(p), word_class("complement_of")) && p > 0 &&
                             (has(tok(p - 1), word_class("quantity_noun")) || tok(p - 1).pos == Pos::CD);
    const bool settlement_of = has(tok(p), word_class("complement_of")) && p > 0 && has(tok(p - 1), word_class("settlement")) &&
                               p + 1 < n && tok(p + 1).capitalized && s_.group_at[p + 1] < 0;
    if (p > from && s_.group_at[p] < 0 && has(tok(p), word_class("preposition")) &&
        !has(tok(p), word_class("recipient_preposition")) && !quantity_of && !settlement_of && ++prepositions >= 2)
      return -1;
    // "called for the return of a trawler that had been impounded by Morocco": a passive
    // relative clause on the object, with its agent, is read on like the participle it
    // stands for ("a tanker seized by ..."); a host's or broker's agent stays its own.
    if (p > from && s_.clause_at[p] != clause && s_.group_at[p] < 0 && has(tok(p), word_class("relative")) && tok(p - 1).word &&
        is_noun(tok(p - 1).pos)) {
      std::size_t q = p + 1;
      while (q < n && s_.group_at[q] < 0 && (has(tok(q), word_class("be")) || has(tok(q), word_class("adverb")))) ++q;
      if (q > p + 1 && q + 1 < n && tok(q).pos == Pos::VBN && has(tok(q + 1), word_class("agent_by")) &&
          !g_.in("hosting_participle", tok(q).lower)) {
        clause = s_.clause_at[q];
        p = q;
        continue;
      }
    }
    if (s_.clause_at[p] != clause) return -1;
    // "voted against a resolution condemning the embargo on Venezuela": the verb's object is
    // the text; what its participle acts on is the text's, not the verb's.
    if (p > from && tok(p).pos == Pos::VBG && s_.group_at[p] < 0 && s_.chunk_at[p - 1] >= 0 &&
        chunk(s_.chunk_at[p - 1]).kind == ChunkKind::Noun && chunk(s_.chunk_at[p - 1]).end == p &&
        g_.in("authored_noun", tok(chunk(s_.chunk_at[p - 1]).head).lower))
      return -1;
    // "called for an end to the war in Ukraine": a state after a locative that places a war
    // or a crisis (grammar.tsv situation_noun) is where it happens, nobody's object.
    if (p > from + 1 && s_.group_at[p] >= 0 && group(s_.group_at[p]).begin == p) {
      std::size_t l = p - 1;
      if (has(tok(l), word_class("article_the")) && l > from) --l;
      if (l > from && has(tok(l), word_class("locative")) && g_.in("situation_noun", tok(l - 1).lower)) return -1;
    }
    if (relative_aside && p > from && tok(p).lower == "," && relative_closed_between(p, p + 2)) return -1;
    // "accused Kosovo of provoking violence, an accusation Washington echoed": a summary of
    // the act after a comma is a clause of its own; its actors are nobody's object here.
    if (p > from && tok(p).lower == "," && p + 2 < n && has(tok(p + 1), word_class("determiner")) &&
        has(tok(p + 2), word_class("act_summary_noun")))
      return -1;
    // "expressing solidarity with the kingdom, as did the Palestinian Authority": a joint
    // doer's phrase after a comma names more doers, not this verb's object.
    if (p > from && tok(p).lower == "," && p + 1 < n &&
        (g_.in("joint_doer_phrase", tok(p + 1).lower) ||
         (p + 2 < n && g_.in("joint_doer_phrase", tok(p + 1).lower + " " + tok(p + 2).lower))))
      return -1;
    // "signed a trade deal, prompting a protest from Beijing": a participle after a comma
    // opens a clause of its own, whose actors are not this verb's object.
    // (An adverb may come first: ", each accusing the other".)
    // (Also a comma right after the phrase: "recalled its envoy, describing the attacks on ...".)
    if (p >= from && tok(p).lower == "," && p + 1 < n && s_.group_at[p + 1] < 0) {
      const std::size_t q = p + 2 < n && tok(p + 1).pos == Pos::RB ? p + 2 : p + 1;
      if (tok(q).pos == Pos::VBG && s_.group_at[q] < 0 && !has(tok(q), word_class("inclusion_word"))) return -1;
      // (", drafted by Germany": an aside with its own agent names no object of this verb.)
      if (tok(q).pos == Pos::VBN && q + 1 < n && has(tok(q + 1), word_class("agent_by"))) return -1;
    }
    // "Kyiv gave up its arsenal, and in return Washington pledged ...": ", and" before
    // anything but a listed actor ("Iran, Syria, and Libya") opens a clause of its own.
    if (p > from && tok(p).lower == "," && p + 2 < n && has(tok(p + 1), word_class("coordinator")) &&
        s_.group_at[p + 2] < 0 && !has(tok(p + 2), word_class("determiner")))
      return -1;
    // "protested against what they called Russian meddling": the hedge quoting someone's
    // words ("what X called", "what X described as") stands before the object itself.
    if (tok(p).lower == "what" && p + 2 < n && (s_.group_at[p + 1] >= 0 || has(tok(p + 1), word_class("pronoun"))) &&
        (has(tok(p + 2), word_class("verdict_verb")) || has(tok(p + 2), word_class("perceive")))) {
      p += 2;
      if (p + 1 < n && has(tok(p + 1), word_class("as_word"))) ++p;
      continue;
    }
    // "detained Paul Whelan, a former US Marine", "freed two hostages, a German and a
    // Canadian": an apposition after the verb's object, a person named or counted, says
    // whose national the object is; its actor is the object.
    if (tok(p).lower == "," && right_after_object && object_chunk >= 0 && p + 1 < n &&
        has(tok(p + 1), word_class("determiner")) && !has(tok(p + 1), word_class("article_the")))
      if (const std::int32_t g = apposition_actor(p + 1, object_chunk); g >= 0) return g;
    // "extradited 12 traffickers, including a former mayor, to Spain": an aside listing
    // members that names no actor is read past, closing comma included.
    if (tok(p).lower == "," && p + 1 < n && has(tok(p + 1), word_class("inclusion_word"))) {
      std::size_t close = p + 1;
      bool names_actor = false;
      for (; close < n && close < p + 12 && tok(close).lower != ","; ++close)
        if (s_.group_at[close] >= 0) names_actor = true;
      if (!names_actor && close < n && tok(close).lower == ",") {
        p = close;
        continue;
      }
    }
    // "rejected the proposal AND EXPELLED Togo's ambassador": past the verb's own object, a
    // coordinated verb's actors are its object, not this one's ("condemned and sanctioned
    // Russia", right after the verb, share it).
    if (p > from && s_.group_at[p] < 0 && has(tok(p), word_class("conjunction_and")) && p + 1 < n &&
        s_.group_at[p + 1] < 0 && (tok(p + 1).pos == Pos::VBD || tok(p + 1).pos == Pos::VBZ) && trigger_starts_at(p + 1))
      return -1;
    // "of funding militants AND OF COSYING up to Iran": a second of-gerund coordinated with
    // this one has its own object.
    if (p > from && s_.group_at[p] < 0 && has(tok(p), word_class("conjunction_and")) && p + 2 < n &&
        has(tok(p + 1), word_class("gerund_preposition")) &&
        (tok(p + 2).pos == Pos::VBG || (tok(p + 2).pos == Pos::NN && tok(p + 2).lower.ends_with("ing"))))
      return -1;
    // "signed a gas deal Athens criticised": a name right after the object's noun, with a
    // finite verb of its own, opens an object relative clause (chunks.cpp); it is that
    // clause's subject, not this verb's object.
    if (p > from && opens_object_relative(p)) return -1;
    // "signed five agreements during Ruto's visit": a time adjunct is not the object's phrase.
    if (s_.group_at[p] < 0 && has(tok(p), word_class("time_adjunct"))) return -1;
    if (s_.speaker_token[p]) continue;
    // "to help him oust X": "him" is the object; X belongs to the next verb.
    // ("her" before a noun phrase is its possessor: "rang her Finnish counterpart".)
    if (s_.group_at[p] < 0 && !tok(p).capitalized && has(tok(p), word_class("object_pronoun")) &&
        !(tok(p).pos == Pos::PRPS && p + 1 < n && s_.chunk_at[p + 1] >= 0 && s_.chunk_at[p + 1] == s_.chunk_at[p])) {
      // "extradited him to the United States", "handed them over to Kyiv": a person handed
      // to a recipient named right after (past a particle) leaves the recipient the object.
      // ("them" right after the verb may name actors, as below.)
      const bool person = tok(p).lower == "him" || tok(p).lower == "her";
      std::size_t q = p + 1;
      if (q < n && (tok(q).pos == Pos::RP || has(tok(q), word_class("particle")))) ++q;
      if (p == from && person && q + 1 < n && has(tok(q), word_class("recipient_preposition")) && !trigger_starts_at(q + 1) &&
          (s_.group_at[q + 1] >= 0 || has(tok(q + 1), word_class("article_the")))) {
        p = q;
        continue;
      }
      // (Only right after the verb: a "them" further on is another verb's object.)
      return p == from && has(tok(p), word_class("pronoun_plural")) ? plural_antecedent(clause_start(clause_token)) : -1;
    }
    // "work together to blunt the Russian threat": an infinitive starts another
    // action; its actors are not this phrase's object. "to" before a noun phrase is a
    // preposition and the search goes on ("offered its troops to Lebanon").
    // Through an infinitive complement only when its verb is not a relation phrase of
    // its own: "agreed to work together to address X" leaves X to "work together".
    if ((!through_infinitive || (trigger_starts_at(p + 1) && !through_relations)) && has(tok(p), word_class("infinitive_to")) && p + 1 < n &&
        s_.group_at[p + 1] < 0 && !has(tok(p + 1), word_class("determiner")))
      return -1;
    // A host or broker does not own what it hosted: "agreed to a truce brokered by Egypt"
    // agrees with the truce's parties, whom the broker frames relate Egypt to (however the
    // tagger read "brokered").
    if (p > from && g_.in("hosting_participle", tok(p).lower) && p + 1 < n && has(tok(p + 1), word_class("agent_by"))) return -1;
    // "has been wary of antagonising Beijing": a gerund right after the phrase that is a
    // relation phrase of its own takes its own object (the verb's stance is on the act).
    if (p == from && !through_relations && tok(p).pos == Pos::VBG && s_.group_at[p] < 0 && trigger_starts_at(p)) return -1;
    if (s_.group_at[p] >= 0 && group(s_.group_at[p]).begin == p) return s_.group_at[p];
    const std::int32_t c = s_.chunk_at[p];
    if (c < 0 || chunk(c).begin != p) continue;
    // "a videoconference hosted by Moscow": the by-agent is the participle's, not the verb's;
    // but of the object itself it is its owner, as a possessor would be ("condemned the
    // decision taken by Iran" condemns Iran).
    if (after_participle && has(tok(p), word_class("agent_by"))) return -1;
    after_participle = chunk(c).kind == ChunkKind::Verb && tok(chunk(c).head).pos == Pos::VBN && !right_after_object;
    right_after_object = chunk(c).kind == ChunkKind::Noun && !after_preposition && bare_phrases == 0;
    if (right_after_object) object_chunk = c;
    switch (chunk(c).kind) {
      case ChunkKind::Prep:
        after_preposition = true;
        break;
      case ChunkKind::Noun:
        // "threatened Monday to ...": a time phrase is said of the verb, not its object.
        // "requested doctors and nurses from Cuba": a noun phrase coordinated with the one
        // before it continues that phrase.
        if (!after_preposition && !has(tok(chunk(c).head), word_class("time_unit")) && !coordinated_noun_phrase(p) &&
            ++bare_phrases >= 2)
          return -1;
        after_preposition = false;
        break;
      case ChunkKind::Verb: {
        // ("... the pipelines WAS HANDED over to German prosecutors": an auxiliary's tense
        // makes the group finite as its head's would.)
        bool finite = is_finite_verb(tok(chunk(c).head).pos);
        for (std::size_t q = chunk(c).begin; q < chunk(c).end && !finite; ++q)
          finite = has(tok(q), word_class("be")) && is_finite_verb(tok(q).pos);
        if (p > from && finite && !through_infinitive) return -1;
        // A participle or an infinitive the search reads through has a complement of its
        // own: "opposed the invitation issued to Serbia", "threatened to resume attacks in X".
        bare_phrases = 0;
        prepositions = 0;
        break;
      }
    }
  }
  return -1;
}

// The actor of an apposition opened by "a"/"an" at `at` that describes the person in the
// object chunk `object` (a name, or people counted: "two hostages"), or -1. Its first actor
// within a few words, before any comma, preposition or verb, is taken ("a German and a
// Canadian": the German); an apposition of a thing ("the deal, a Russian proposal") is
// not a national's.
std::int32_t SentenceView::apposition_actor(std::size_t at, std::int32_t object) const {
  const Token& head = tok(chunk(object).head);
  // (people_noun lists plurals: "a Canadian diplomat" is one of the "diplomats".)
  const auto is_person = [&](const Token& w) {
    return w.pos == Pos::NNP || has(w, word_class("people_noun")) || g_.in("people_noun", w.lower + "s") ||
           g_.in("private_people_noun", w.lower) || g_.in("private_people_noun", w.lower + "s") ||
           g_.in("captive_noun", w.lower);
  };
  if (!is_person(head)) return -1;
  for (std::size_t p = at; p < s_.tokens.size() && p < at + 8 && s_.clause_at[p] == s_.clause_at[at]; ++p) {
    if (tok(p).lower == "," || has(tok(p), word_class("preposition")) || is_verb(tok(p).pos)) return -1;
    if (s_.group_at[p] < 0 || s_.speaker_token[p]) continue;
    // The apposition is a person too: the nationality itself ("a Canadian") or a noun of
    // people after it ("a Canadian diplomat", "a former US Marine"); "a Marshall
    // Islands-flagged tanker" is a ship's.
    const std::int32_t c = s_.chunk_at[p];
    const std::size_t h = c >= 0 ? chunk(c).head : p;
    // It ends there: at a comma, the sentence's end or an "and" ("a Marshall Islands -flagged
    // tanker" goes on).
    const std::size_t e = c >= 0 ? chunk(c).end : group(s_.group_at[p]).end;
    const bool closed = e >= s_.tokens.size() || tok(e).lower == "," || tok(e).lower == "." ||
                        has(tok(e), word_class("conjunction_and"));
    return closed && (s_.group_at[h] == s_.group_at[p] || is_person(tok(h))) ? s_.group_at[p] : -1;
  }
  return -1;
}

// A group directly modifying the phrase at `at`: "US sanctions", "Russia's new sanctions",
// "Sino-Russian strategic partnership".
std::int32_t SentenceView::modifier_before(std::size_t at) const {
  // The actor inside the noun's own phrase, before it: chunks end at conjunctions ("Poland
  // and other allies" is two phrases), prepositions and verbs, so what is left between
  // the actor and the noun only modifies the noun.
  const std::int32_t c = s_.chunk_at[at];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return -1;
  for (std::size_t p = at; p > chunk(c).begin; --p) {
    const std::int32_t gi = s_.group_at[p - 1];
    if (gi < 0) continue;
    if (group(gi).begin < chunk(c).begin) return -1;
    // (Inside the speaker's own words, "Russia, Syria's closest ally, said", a phrase that is
    // itself the speaker's keeps its modifier.)
    return s_.speaker_token[p - 1] && !s_.speaker_token[at] ? -1 : gi;
  }
  return -1;
}

// Whether the token at `at` lies in the first noun phrase after `verb_end` (the verb's
// object), with nothing but chunkless words (adverbs, quotes) between.
bool SentenceView::in_object_phrase(std::size_t verb_end, std::size_t at) const {
  const std::int32_t c = s_.chunk_at[at];
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return false;
  // "on easing tensions with": the tagger may open the phrase with the gerund itself.
  if (chunk(c).begin < verb_end) return verb_end >= 1 && chunk(c).begin == verb_end - 1 && tok(verb_end - 1).pos == Pos::VBG;
  std::size_t from = verb_end;
  // "blocked A FRESH ROUND OF EU sanctions": a phrase that only counts or bundles the
  // relation noun (`collection_noun`) stands between.
  if (const std::int32_t first = from < at ? s_.chunk_at[from] : -1;
      first >= 0 && first != c && chunk(first).kind == ChunkKind::Noun && chunk(first).begin == from &&
      g_.in("collection_noun", tok(chunk(first).head).lower) && chunk(first).end + 1 == chunk(c).begin &&
      has(tok(chunk(first).end), word_class("complement_of")))
    return true;
  for (std::size_t p = from; p < chunk(c).begin; ++p)
    if (s_.chunk_at[p] >= 0) return false;
  return true;
}

// A group introduced by one of `preps` right after the phrase ending at `end`, read by
// chunks: "sanctions ON Iran". With `past_complements`, the noun's own actor ("the visit OF
// the Indonesian president TO Australia", "an attack BY Russia ON ...") and an
// of-complement the noun does not take as its object ("the delivery of twenty diesel
// generators TO Moldova") may stand between; pairs take only the phrase right after
// ("unity ... seen as a response to China" is not unity with China).
std::int32_t SentenceView::prep_object(std::size_t end, const Prepositions& preps, std::string* which,
                                       bool past_complements) const {
  const std::size_t n = s_.tokens.size();
  if (end == 0 || end >= n) return -1;
  const std::int32_t clause = s_.clause_at[end - 1];
  std::size_t p = end;
  // "the coalition's eastern frontier with Belarus": a possessor's phrase is the owned noun's.
  if (tok(end).lower == "'s") return -1;
  // The rest of the noun's own phrase ("the mediation effort", "sanctions relief").
  if (const std::int32_t c = s_.chunk_at[end - 1]; c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).end > end)
    p = s_.group_at[end] >= 0 ? end : chunk(c).end;
  // "its 'comprehensive partnership' with Seoul": the quote closes the noun, not the phrase.
  while (p < n && is_quote_mark(tok(p))) ++p;
  // The noun's own predicate or participle: "fighting erupted between A and B", "tensions
  // broke out between", "the aid sent to Ukraine".
  if (p < n && s_.chunk_at[p] >= 0 && chunk(s_.chunk_at[p]).kind == ChunkKind::Verb && chunk(s_.chunk_at[p]).begin == p) {
    p = chunk(s_.chunk_at[p]).end;
    if (p < n && (tok(p).pos == Pos::RP || has(tok(p), word_class("particle"))) && !preps.contain(tok(p))) ++p;
  }
  // "a mediation effort ON SATURDAY between", "talks LAST WEEK with": a short time phrase
  // before the noun's preposition.
  if (p + 2 < n && s_.group_at[p] < 0 && has(tok(p), word_class("time_phrase_word"))) {
    std::size_t q = p + 1;
    while (q < n && q < p + 4 && s_.group_at[q] < 0 && (has(tok(q), word_class("time_unit")) || tok(q).pos == Pos::CD)) ++q;
    if (q > p + 1 && q < n && preps.contain(tok(q))) p = q;
  }
  while (p < n && s_.clause_at[p] == clause) {
    if (preps.contain(tok(p))) {
      // "cooperation to counter China": "to" before a relation verb is an infinitive
      if (has(tok(p), word_class("infinitive_to")) && trigger_starts_at(p + 1)) return -1;
      const std::int32_t gi = group_after(p + 1, p, Reach::Phrase);
      if (gi >= 0 && which) *which = tok(p).lower;
      return gi;
    }
    if (!past_complements || p + 1 >= n) return -1;
    // "of wheat and barley to ...": a coordinated noun phrase inside the complement.
    if (has(tok(p), word_class("coordinator")) && s_.chunk_at[p + 1] >= 0 &&
        chunk(s_.chunk_at[p + 1]).kind == ChunkKind::Noun && s_.group_at[p + 1] < 0) {
      p = chunk(s_.chunk_at[p + 1]).end;
      continue;
    }
    const bool agent = noun_agent_preposition(tok(p)) || g_.in("noun_source_preposition", tok(p).lower);
    if (!agent && !has(tok(p), word_class("complement_of"))) return -1;
    // Past the complement's noun phrase and its own of-complements.
    const std::int32_t c = s_.chunk_at[p + 1];
    if (c < 0 || chunk(c).kind != ChunkKind::Noun || chunk(c).begin != p + 1) return -1;
    bool has_actor = false;
    for (std::size_t q = chunk(c).begin; q < chunk(c).end; ++q) has_actor = has_actor || s_.group_at[q] >= 0;
    // An of-phrase naming an actor is the object's owner or the noun's own actor only
    // after an agent preposition ("the visit of the president of Japan to ...").
    if (has_actor && !agent) return -1;
    p = chunk(c).end;
  }
  return -1;
}

// "said that", "said yesterday that", "announced on Monday that": a speech verb before
// `that_at`, with only time words between.
bool SentenceView::speech_verb_before(std::size_t that_at) const {
  for (std::size_t back = 1; back <= that_at; ++back) {
    const Token& w = tok(that_at - back);
    if (has(w, word_class("speech_verb"))) return true;
    if (!(has(w, word_class("time_unit")) || has(w, word_class("time_phrase_word"))))
      return false;
  }
  return false;
}

// For the "to" at `to`: the actor group between a verb that makes its object the
// infinitive's doer and "to" ("urged Serbia to", "called on Iran to", "forced Russia
// to"), else -1. With requests_only, only a request verb counts ("urged", not "forced").
std::int32_t SentenceView::controlled_object(std::size_t to, bool requests_only) const {
  if (to < 2 || !has(tok(to), word_class("infinitive_to"))) return -1;
  // "warned Finland not to join": the negated infinitive is still the object's.
  std::size_t end = has(tok(to - 1), word_class("negator")) ? to - 1 : to;
  // "Serbia, which the EU has urged (for years) to recognise Kosovo": a request verb right
  // before "to" in an object relative clause has the clause's antecedent for object, and
  // so for the doer of what it asks.
  if (std::size_t v = end; v >= 2) {
    if (v >= 3 && has(tok(v - 1), word_class("time_unit")) && tok(v - 2).lower == "for") v -= 2;
    else if (v >= 4 && has(tok(v - 1), word_class("time_unit")) && tok(v - 3).lower == "for") v -= 3;
    const Token& verb = tok(v - 1);
    if (has(verb, word_class("request_verb")) || (has(verb, word_class("causative_verb")) && !requests_only))
      if (const std::int32_t antecedent = object_relative_antecedent(v - 1); antecedent >= 0) return antecedent;
  }
  // "urged France and Belgium, which chair the monitoring group, to pressure ...": past a
  // relative clause set off by commas, to the object it describes.
  if (end >= 4 && tok(end - 1).lower == ",") {
    std::size_t open = end - 1;
    while (open > 0 && open + 16 > end && tok(open - 1).lower != ",") --open;
    if (open >= 2 && tok(open - 1).lower == "," && has(tok(open), word_class("relative"))) end = open - 1;
  }
  // "urged the two Somali factions to": a demonym and the nouns it modifies (up to two)
  // are the object as much as a name is; the phrase may open with a number.
  std::size_t nouns = 0;
  while (nouns < 2 && end > 1 && s_.group_at[end - 1] < 0 && is_noun(tok(end - 1).pos) && !tok(end - 1).capitalized) --end, ++nouns;
  const std::int32_t gi = group_ending_at(end);
  if (gi < 0 || (nouns > 0 && s_.mentions[static_cast<std::size_t>(group(gi).mentions.back())].kind != MentionKind::Adjective))
    return -1;
  std::size_t before = phrase_start(gi);
  if (before == group(gi).begin && before >= 2 && tok(before - 1).pos == Pos::CD && has(tok(before - 2), word_class("determiner")))
    before -= 2;
  if (before >= 2 && has(tok(before - 1), word_class("request_particle")) && has(tok(before - 2), word_class("request_verb"))) --before;
  // "repeated its plea (last week) for Chad to": a request noun, a time phrase between.
  if (before >= 2 && tok(before - 1).lower == "for") {
    std::size_t q = before - 1;
    if (q >= 2 && has(tok(q - 1), word_class("time_unit")) && has(tok(q - 2), word_class("time_phrase_word"))) q -= 2;
    if (q >= 1 && has(tok(q - 1), word_class("request_noun"))) return gi;
  }
  if (before == 0) return -1;
  const Token& verb = tok(before - 1);
  const bool request = has(verb, word_class("request_verb")), causes = has(verb, word_class("causative_verb"));
  return (request || (causes && !requests_only)) ? gi : -1;
}

// Who does what a gerund after of/for/with says, when it is not the clause subject:
// - the object of the verb before: "Britain accused Iran of supplying drones to Russia",
//   "Delhi praised Tokyo for backing it" (Iran supplies, Tokyo backs);
// - after an accusation's participle, the actor before it ("Iran, accused of supplying")
//   or, with none, someone unnamed ("companies accused of helping Russia": empty).
// nullopt when the clause subject acts ("Iran was accused of supplying", "China opposed
// Japan's plan of ...": no verb before the group).
std::optional<std::vector<std::int32_t>> SentenceView::gerund_doer(const Trigger& trig, const RelationMatch& m) const {
  if (!m.gerund || trig.begin < 3) return std::nullopt;
  // "Israeli raids targeting militants in Beirut", "Russia's strikes hitting power plants":
  // a participle right after a noun whose phrase names its owner is the owner's act.
  if (const std::int32_t c = s_.chunk_at[trig.begin - 1];
      c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).end == trig.begin && is_noun(tok(trig.begin - 1).pos) &&
      s_.group_at[trig.begin - 1] < 0)
    for (std::size_t p = chunk(c).begin; p + 1 < trig.begin; ++p)
      if (const std::int32_t gi = s_.group_at[p]; gi >= 0 && group(gi).end < trig.begin) {
        const ActorMention& owner = s_.mentions[static_cast<std::size_t>(group(gi).mentions.back())];
        if (owner.kind == MentionKind::Adjective || owner.possessive) return actors(group(gi));
      }
  // "hailed Petro's efforts in restoring relations with Caracas": a gerund completing a noun
  // that has a possessor is the possessor's act.
  if (has(tok(trig.begin - 1), word_class("preposition")) && is_noun(tok(trig.begin - 2).pos) && s_.group_at[trig.begin - 2] < 0) {
    std::size_t p = trig.begin - 2;
    while (p > 0 && s_.group_at[p - 1] < 0 && (is_noun(tok(p - 1).pos) || is_adjective(tok(p - 1).pos))) --p;
    if (p >= 2 && tok(p - 1).lower == "'s") {
      if (const std::int32_t owner = group_ending_at(p - 1); owner >= 0) return actors(group(owner));
      return std::vector<std::int32_t>{};  // someone the dictionaries do not know
    }
  }
  // "accused Tehran of arming and training the Houthis": a gerund coordinated right after
  // another shares its doer.
  if (has(tok(trig.begin - 1), word_class("conjunction_and")) && s_.group_at[trig.begin - 2] < 0 &&
      (tok(trig.begin - 2).pos == Pos::VBG || (tok(trig.begin - 2).pos == Pos::NN && tok(trig.begin - 2).lower.ends_with("ing"))))
    return gerund_doer_at(trig.begin - 2);
  if (!after_of_for_with(trig.begin)) return std::nullopt;
  std::size_t q = trig.begin - 2;
  // "accused Doha of funding militants and of cosying up to Iran": a second of-gerund
  // coordinated with the first shares its doer.
  if (has(tok(q), word_class("conjunction_and")))
    for (std::size_t r = q; r-- > 1;) {
      if (is_finite_verb(tok(r).pos) || s_.clause_at[r] != s_.clause_at[q]) break;
      if (has(tok(r), word_class("gerund_preposition")) && r + 1 < q &&
          (tok(r + 1).pos == Pos::VBG || (tok(r + 1).pos == Pos::NN && tok(r + 1).lower.ends_with("ing")))) {
        q = r - 1;
        break;
      }
    }
  if (const std::int32_t gi = group_ending_at(q + 1); gi >= 0) {
    const std::size_t before = phrase_start(gi);
    if (before > 0 && (has(tok(before - 1), word_class("accusation")) || verb_ends_at(before)))
      return actors(group(gi));
    return std::nullopt;
  }
  // "held Iran and Syria responsible for arming Hezbollah": whom the verb holds responsible
  // or accountable did the act.
  if (q > 0 && g_.in("responsible_word", tok(q).lower))
    if (const std::int32_t gi = group_ending_at(q); gi >= 0 && phrase_start(gi) > 0 && is_verb(tok(phrase_start(gi) - 1).pos))
      return actors(group(gi));
  if (!has(tok(q), word_class("accusation")) || (q > 0 && has(tok(q - 1), word_class("be")))) return std::nullopt;
  const std::size_t p = q > 0 && tok(q - 1).lower == "," ? q - 1 : q;
  if (const std::int32_t gi = group_ending_at(p); gi >= 0) return actors(group(gi));
  return std::vector<std::int32_t>{};
}

// gerund_doer for the -ing word at `at` read as a gerund ("of meddling in", "of waging").
std::optional<std::vector<std::int32_t>> SentenceView::gerund_doer_at(std::size_t at) const {
  Trigger gerund;
  gerund.begin = at;
  gerund.end = at + 1;
  RelationMatch as_gerund;
  as_gerund.gerund = true;
  return gerund_doer(gerund, as_gerund);
}

// "the drones Iran launched", "signed a gas deal Athens criticised": the group at `p`
// follows a common noun in a phrase of its own (chunks.cpp splits them) and has a finite
// verb after it: the subject of an object relative clause with no "that".
bool SentenceView::opens_object_relative(std::size_t p) const {
  const std::size_t n = s_.tokens.size();
  if (p == 0 || p >= n || s_.group_at[p] < 0 || group(s_.group_at[p]).begin != p || s_.group_at[p - 1] >= 0 ||
      !(tok(p - 1).pos == Pos::NN || tok(p - 1).pos == Pos::NNS) || s_.chunk_at[p - 1] < 0 || s_.chunk_at[p - 1] == s_.chunk_at[p])
    return false;
  std::size_t v = group(s_.group_at[p]).end;
  while (v < n && s_.group_at[v] < 0 && is_adverb(tok(v).pos)) ++v;
  return v < n && s_.group_at[v] < 0 &&
         (tok(v).pos == Pos::VBD || tok(v).pos == Pos::VBZ || tok(v).pos == Pos::VBP || tok(v).pos == Pos::MD ||
          tok(v).lower == "had" || tok(v).lower == "has");
}

// A possessive "'s" before the noun at `at` (past its adjectives and noun modifiers)
// whose owner is no actor.
bool SentenceView::unknown_possessor_before(std::size_t at) const {
  std::size_t p = at;
  while (p > 0 && s_.group_at[p - 1] < 0 && tok(p - 1).word && (is_adjective(tok(p - 1).pos) || is_noun(tok(p - 1).pos)) &&
         !tok(p - 1).capitalized)
    --p;
  return p >= 2 && tok(p - 1).lower == "'s" && group_ending_at(p - 1) < 0;
}

// The phrase at `begin` follows of/for/with, with a word before that ("accused Iran of").
bool SentenceView::after_of_for_with(std::size_t begin) const {
  if (begin < 2) return false;
  return has(tok(begin - 1), word_class("gerund_preposition"));
}

// The reason preposition that opens the noun phrase headed at `at` ("over the repeated
// attacks", "for its strikes"), or npos: only determiners, numbers, adjectives, nouns and
// participles may stand between, at most four words.
std::size_t SentenceView::reason_preposition_before(std::size_t at) const {
  for (std::size_t p = at; p > 0 && at - p <= 4; --p) {
    const Token& w = tok(p - 1);
    if (s_.group_at[p - 1] >= 0 || !w.word) return std::string_view::npos;
    if (has(w, word_class("preposition"))) return has(w, word_class("reason_preposition")) ? p - 1 : std::string_view::npos;
    const bool modifier = w.pos == Pos::DT || w.pos == Pos::CD || w.pos == Pos::JJ || w.pos == Pos::JJR ||
                          w.pos == Pos::JJS || w.pos == Pos::NN || w.pos == Pos::NNS || w.pos == Pos::VBN ||
                          w.pos == Pos::VBG || w.pos == Pos::PRPS;
    if (!modifier) return std::string_view::npos;
  }
  return std::string_view::npos;
}

// "praised Hezbollah for its attacks on Israel": "its"/"their" (up to two words before
// the noun) stands for the nearest actor before it, which need not be the clause subject.
std::vector<std::int32_t> SentenceView::possessive_pronoun_owner(std::size_t at) const {
  // The pronoun is the determiner of the relation word's own noun phrase.
  const std::int32_t c = at < s_.tokens.size() ? s_.chunk_at[at] : -1;
  if (c < 0 || chunk(c).kind != ChunkKind::Noun) return {};
  for (std::size_t q = chunk(c).begin; q < at; ++q) {
    if (s_.group_at[q] >= 0) return {};
    if (!has(tok(q), word_class("possessive_pronoun"))) continue;
    for (std::size_t p = q; p > 0; --p) {
      const std::int32_t gi = s_.group_at[p - 1];
      if (gi < 0) continue;
      if (s_.speaker_token[p - 1]) return {};
      // "vetoed a UN resolution condemning its annexation": a group after a determiner
      // modifies a noun ("a UN resolution"); "its" is an actor's own.
      const std::size_t begin = group(gi).begin;
      if (begin > 0 && has(tok(begin - 1), word_class("determiner"))) {
        p = begin + 1;
        continue;
      }
      return actors(group(gi));
    }
    return {};
  }
  return {};
}

// The state named as the place of an action: "in Tallinn", "outside Baghdad", "outside
// of the Malian town of Gao" (an adjective before a settlement noun places it in that
// state); "near the Syrian border" is not one. -1 when none before the clause ends.
// Relation words before `triggers_from` do not end the search.
// The state of the gazetteer's place at `at`, or -1. A capitalised word running on after
// it makes a longer name that is not the place ("Lincoln Memorial", "Kent State").
std::int32_t SentenceView::place_at(std::size_t at) const {
  const auto* place = lex_.places.longest(s_.tokens, at);
  if (!place) return -1;
  const std::size_t end = at + place->lower.size();
  if (end < s_.tokens.size() && tok(end).word && tok(end).capitalized) return -1;
  return place->values.front();
}

std::int32_t SentenceView::place_after(std::size_t from, std::size_t clause_token, std::size_t triggers_from) const {
  std::int32_t clause = s_.clause_at[clause_token];
  // The place is in the phrases after the verb (its object, adjuncts and their
  // complements); another verb group ends them unless it is coordinated with "and"
  // ("killed three and wounded ten in Kabul") or opens the same agents' when-clause.
  bool verb_allowed = false;
  for (std::size_t p = from; p + 1 < s_.tokens.size(); ++p) {
    // "killed nine people when they opened fire in Niger": a when-clause whose
    // subject is a pronoun tells where the same agents did it.
    if (s_.clause_at[p] != clause && same_agents_clause(p)) {
      clause = s_.clause_at[p];
      verb_allowed = true;
      continue;
    }
    // ("struck military TARGETS near Tripoli": a verb row's word that heads a noun phrase
    // begun before it is that phrase's noun, no relation of its own.)
    const auto noun_use = [&] {
      const std::int32_t c = s_.chunk_at[p];
      return c >= 0 && chunk(c).kind == ChunkKind::Noun && chunk(c).begin < p && is_noun(tok(p).pos) &&
             std::all_of(s_.triggers.begin(), s_.triggers.end(), [&](const Trigger& t) {
               return t.begin != p || std::all_of(t.readings.begin(), t.readings.end(), [&](const Reading& r) {
                        return lex_.relations[static_cast<std::size_t>(r.match.relation)].frame == Frame::Verb;
                      });
             });
    };
    if (s_.clause_at[p] != clause || (p > from && p >= triggers_from && trigger_starts_at(p) && !noun_use())) return -1;
    // "struck what the Foreign Secretary called a training camp near ...": the hedge
    // quoting someone's words has its own verb, which opens no predicate.
    if (tok(p).lower == "what") {
      std::size_t hedge_end = p;
      for (std::size_t q = p + 1; q < s_.tokens.size() && q < p + 6 && hedge_end == p; ++q)
        if (is_verb(tok(q).pos) && (has(tok(q), word_class("verdict_verb")) || has(tok(q), word_class("perceive"))))
          hedge_end = q + 1 < s_.tokens.size() && has(tok(q + 1), word_class("as_word")) ? q + 1 : q;
      if (hedge_end > p) {
        p = hedge_end;  // the loop goes on after it
        continue;
      }
    }
    // Only a finite verb opens another predicate: a participle may be an adjective the
    // tagger took for a verb ("an improvised bomb"), a particle is the verb's
    // own ("blew themselves up at a market in Mosul").
    const Pos pos = tok(p).pos;
    const bool finite = pos == Pos::VBD || pos == Pos::VBZ || pos == Pos::VBP || pos == Pos::MD;
    if (const std::int32_t c = s_.chunk_at[p]; p > from && c >= 0 && chunk(c).kind == ChunkKind::Verb && chunk(c).begin == p &&
                                               finite && !has(tok(p), word_class("particle"))) {
      const bool coordinated = has(tok(p - 1), word_class("conjunction_and"));
      if (!verb_allowed && !coordinated) return -1;
      verb_allowed = false;
    }
    if (!has(tok(p), word_class("locative"))) continue;
    std::size_t q = p + 1;
    if (q < s_.tokens.size() && has(tok(q), word_class("complement_of"))) ++q;  // "outside of", "inside of"
    if (q < s_.tokens.size() && has(tok(q), word_class("article_the"))) ++q;
    // "in eastern Ukraine", "across northern Syria": a part of the state is the state.
    if (q + 1 < s_.tokens.size() && has(tok(q), word_class("compass_adjective")) && !lex_.actor_names.longest(s_.tokens, q)) ++q;
    const auto* phrase = q < s_.tokens.size() ? lex_.actor_names.longest(s_.tokens, q) : nullptr;
    // A place of the gazetteer is its state here ("shelled villages near Kharkiv").
    if (!phrase && q < s_.tokens.size() && s_.group_at[q] < 0)
      if (const std::int32_t state = place_at(q); state >= 0) return state;
    if (!phrase) continue;
    const ActorName& name = phrase->values.front();
    const std::size_t after = q + phrase->lower.size();
    const bool settlement_of = name.kind == MentionKind::Adjective && after < s_.tokens.size() &&
                               has(tok(after), word_class("settlement"));
    if (name.kind != MentionKind::Name && name.kind != MentionKind::Metonym && !settlement_of) continue;
    if (lex_.actors[static_cast<std::size_t>(name.actor)].territorial()) return name.actor;
  }
  return -1;
}

// A temporal clause opened at `p` whose subject is a pronoun ("when they ...", "as it
// ..."): it continues the event of the clause before it.
bool SentenceView::same_agents_clause(std::size_t p) const {
  if (!has(tok(p), word_class("temporal_conjunction"))) return false;
  return p + 1 < s_.tokens.size() && s_.group_at[p + 1] < 0 && has(tok(p + 1), word_class("pronoun")) &&
         s_.clause_at[p + 1] == s_.clause_at[p];
}

// Whether [from, to) is the predicate between a subject and its relation noun: phrases
// with no actor ("on Tuesday"), one verb group ("are expected to form"), then the noun's
// phrase ("signed a new defence pact", "waged a short border war over ..."). A verb after the
// object began (", pulling back from friction points"), punctuation or another actor
// outside the noun's own phrase means the noun belongs to another predicate or an aside.
bool SentenceView::predicate_of(std::size_t from, std::size_t to) const {
  if (from == to) return true;
  const std::int32_t own = to < s_.tokens.size() ? s_.chunk_at[to] : -1;
  bool verb = false, object = false;
  for (std::size_t p = from; p < to; ++p) {
    const Token& w = tok(p);
    const std::int32_t c = s_.chunk_at[p];
    if (s_.group_at[p] >= 0 && (own < 0 || c != own)) return false;
    if (!w.word && !(w.joined && w.lower == "-")) return false;
    if (c >= 0 && chunk(c).kind == ChunkKind::Verb) {
      // Still the subject's predicate after an object: an infinitive ("instructed their
      // teams to continue consultations"), a gerund after a preposition ("a statement on
      // strengthening their partnership"), a verb coordinated with "and".
      const std::size_t b = chunk(c).begin;
      const bool continues = has(tok(b), word_class("infinitive_to")) ||
                             (b > from && (has(tok(b - 1), word_class("preposition")) ||
                                           has(tok(b - 1), word_class("conjunction_and"))));
      if (object && !continues) return false;
      verb = true;
    } else if (verb && c >= 0) {
      object = true;
    }
  }
  return verb;
}

// Whether `g` owns a helper's phrase after "with" ("with the help of Brazil", "with the
// backing of the UN"; grammar.tsv helper_noun): who helped, no partner of the act.
bool SentenceView::helper_phrase_owner(std::int32_t g) const {
  const std::size_t p = phrase_start(g);
  if (p < 4 || !has(tok(p - 1), word_class("complement_of")) || !g_.in("helper_noun", tok(p - 2).lower)) return false;
  std::size_t q = p - 2;
  while (q > 0 && (has(tok(q - 1), word_class("determiner")) || is_adjective(tok(q - 1).pos))) --q;
  return q > 0 && tok(q - 1).lower == "with";
}

}  // namespace irkg::frames
