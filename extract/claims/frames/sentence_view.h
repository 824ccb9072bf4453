#pragma once
// What every frame asks of an analysed sentence: where a trigger's actors are (attachment),
// whether a trigger is read as a verb there (verb readings), and how the claim is hedged
// (flags). Read-only; the frames (sentence_frames.h) add what they have already emitted.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/analysis.h"
#include "extract/claims/chunks.h"
#include "extract/claims/frames.h"

namespace irkg::frames {

// The prepositions that may introduce an object: a relation row's list (data/relations.tsv)
// or a grammar class.
class Prepositions {
 public:
  Prepositions(const std::vector<std::string>& words) : words_(&words) {}  // implicit: call sites read as lists
  Prepositions(int cls) : word_class_(cls) {}
  bool contain(const Token& t) const {
    return words_ ? std::find(words_->begin(), words_->end(), t.lower) != words_->end() : has(t, word_class_);
  }

 private:
  const std::vector<std::string>* words_ = nullptr;
  int word_class_ = -1;
};

// What set a flag, for irkg explain: the rule's name (a string literal) and its word.
struct FlagReason {
  std::string_view rule;
  std::int32_t at = -1;  // token index, -1 when no single word
};

class SentenceView {
 public:
  SentenceView(const Lexicon& lex, const SentenceAnalysis& s, CarriedSubject& carried)
      : lex_(lex), s_(s), g_(lex.grammar), carried_(carried) {
    count_verb_readings();
  }

 protected:
  const Lexicon& lex_;
  const SentenceAnalysis& s_;
  const Grammar& g_;
  // The actors the previous sentence was about ("It also condemned ..."); the driver
  // replaces them with this sentence's once all triggers are read.
  CarriedSubject& carried_;
  // Prefix counts of the tokens that start a relation phrase read as a verb (and of those
  // not after an infinitive "to"), so verb_between answers in constant time: subject
  // attachment asks it for every group of every clause.
  std::vector<std::uint32_t> verbs_before_, finite_verbs_before_;
  void count_verb_readings();

  // ---- sentence access
  const Token& tok(std::size_t i) const { return s_.tokens[i]; }
  const Chunk& chunk(std::int32_t ci) const { return s_.chunks[static_cast<std::size_t>(ci)]; }
  const Group& group(std::int32_t gi) const { return s_.groups[static_cast<std::size_t>(gi)]; }
  std::vector<std::int32_t> actors(const Group& grp) const {
    std::vector<std::int32_t> out;
    for (std::int32_t m : grp.mentions) out.push_back(s_.mentions[static_cast<std::size_t>(m)].actor);
    return out;
  }
  bool non_state(std::int32_t actor) const {
    return lex_.actors[static_cast<std::size_t>(actor)].type == ActorType::Group;
  }
  const std::string& country(std::int32_t actor) const { return lex_.actors[static_cast<std::size_t>(actor)].country; }
  const RelationEntry& relation(std::int32_t index) const { return lex_.relations[static_cast<std::size_t>(index)]; }
  // The first row of relation `name` with frame `frame` ("oppose", "ease", "appeal" ...), else -1:
  // what a derived claim is told as (rare paths only: a scan of the relation table).
  std::int32_t first_row(std::string_view name, Frame frame) const {
    for (std::size_t k = 0; k < lex_.relations.size(); ++k)
      if (lex_.relations[k].relation == name && lex_.relations[k].frame == frame) return static_cast<std::int32_t>(k);
    return -1;
  }
  // The first token of the clause that `at` is in.
  std::size_t clause_start(std::size_t at) const {
    const std::int32_t clause = s_.clause_at[at];
    std::size_t start = at;
    while (start > 0 && s_.clause_at[start - 1] == clause) --start;
    return start;
  }
  bool trigger_starts_at(std::size_t p) const {
    for (const Trigger& t : s_.triggers)
      if (t.begin == p) return true;
    return false;
  }
  // The actor group that ends right before `end`, else -1.
  std::int32_t group_ending_at(std::size_t end) const {
    if (end == 0) return -1;
    const std::int32_t gi = s_.group_at[end - 1];
    return gi >= 0 && group(gi).end == end ? gi : -1;
  }
  // Where the noun phrase of group `gi` starts: the group, or a determiner before it.
  std::size_t phrase_start(std::int32_t gi) const {
    const std::size_t begin = group(gi).begin;
    return begin > 0 && has(tok(begin - 1), word_class("determiner")) ? begin - 1 : begin;
  }
  // "the visit of X", "an attack by X": the preposition that names a noun's own actor.
  static bool noun_agent_preposition(const Token& t) {
    return has(t, word_class("complement_of")) || has(t, word_class("agent_by"));
  }
  // "sanctions on", "in defiance of": the phrase ends with its preposition.
  bool ends_with_preposition(const Trigger& trig) const {
    return has(tok(trig.end - 1), word_class("preposition")) && trig.end > trig.begin + 1;
  }

  // ---- attachment (attachment.cpp): which actor group fills a slot
  std::vector<std::int32_t> clause_subject(std::size_t at) const;
  std::int32_t plural_antecedent(std::size_t before) const;
  // The group's one actor when it is a state or territory ("out of Chad", "In Niger,"), else -1.
  std::int32_t territory_of(std::int32_t gi) const {
    const auto members = actors(group(gi));
    return members.size() == 1 && lex_.actors[static_cast<std::size_t>(members.front())].territorial() ? members.front() : -1;
  }
  std::vector<std::int32_t> appositive_act_doers(std::size_t at, std::int32_t& subject) const;
  std::int32_t people_subject_place(std::size_t start, std::size_t at) const;
  std::vector<std::int32_t> infinitive_subject(std::size_t at) const;
  std::vector<std::int32_t> doer_of_governing_verb(std::size_t at) const;
  std::optional<std::vector<std::int32_t>> participle_owner(std::size_t at) const;
  std::optional<std::vector<std::int32_t>> gerund_doer(const Trigger& trig, const RelationMatch& m) const;
  std::optional<std::vector<std::int32_t>> gerund_doer_at(std::size_t at) const;
  bool opens_object_relative(std::size_t p) const;
  std::vector<std::int32_t> possessive_pronoun_owner(std::size_t at) const;
  std::size_t reason_preposition_before(std::size_t at) const;
  std::int32_t antecedent_of(std::size_t start) const;
  std::int32_t titled_name_after(const Group& owner) const;
  std::size_t unheld_title_word_at(std::size_t p) const;
  std::int32_t agent_after_object(std::int32_t obj) const;
  std::int32_t attributed_doer(std::size_t from) const;
  std::vector<std::int32_t> issuer_of(const Chunk& phrase) const;
  std::int32_t blamed_on_group(std::size_t from) const;
  bool blame_on_verb_at(std::size_t at) const;
  std::int32_t participle_agent_after(std::size_t at) const;
  std::int32_t predicate_state_subject(std::size_t end) const;
  std::int32_t owner_of_act_after(std::size_t from) const;
  std::int32_t goods_owner_subject(std::size_t at, bool arms = false) const;
  std::int32_t arms_maker_before(std::size_t at) const;
  std::int32_t goods_sender_by(std::size_t at, std::size_t verb_end) const;
  std::int32_t subject_chunk_before(std::size_t at) const;
  std::int32_t object_relative_antecedent(std::size_t at) const;
  std::int32_t event_noun_antecedent(std::size_t at) const;
  std::int32_t opposition_state(std::int32_t actor) const;
  bool helper_phrase_owner(std::int32_t g) const;
  std::int32_t possessive_antecedent(std::size_t verb_begin, const std::vector<std::int32_t>& subjects,
                                     bool reporter_only) const;
  std::int32_t reporter_owning_object(std::size_t verb_end, std::size_t verb_begin,
                                      const std::vector<std::int32_t>& subjects) const;
  // How far an object search reads (group_after).
  enum class Reach : std::uint8_t { Phrase, Complement };
  // `through_infinitive`: the object may be an infinitive's ("threatened to shell X"), unless
  // that infinitive is a relation phrase with its own claim; `through_relations`: even then
  // (a threat is aimed at what the threatened act would hit).
  std::int32_t group_after(std::size_t from, std::size_t clause_token, Reach reach,
                           bool through_infinitive = false, bool through_relations = false) const;
  std::int32_t apposition_actor(std::size_t at, std::int32_t object) const;
  std::int32_t modifier_before(std::size_t at) const;
  bool in_object_phrase(std::size_t verb_end, std::size_t at) const;
  std::int32_t prep_object(std::size_t end, const Prepositions& preps, std::string* which,
                           bool past_complements = true) const;
  std::int32_t controlled_object(std::size_t to, bool requests_only = false) const;
  std::int32_t place_after(std::size_t from, std::size_t clause_token, std::size_t triggers_from = 0) const;
  std::int32_t place_at(std::size_t at) const;
  bool relative_closed_between(std::size_t from, std::size_t to) const;
  static bool nominative_pronoun(const Token& t);
  bool nominative_pronoun_between(std::size_t from, std::size_t to) const;
  bool pronoun_fits(const std::string& pronoun, const std::vector<std::int32_t>& actors) const;
  // A person: one of the dictionaries' people, or an official named by title.
  bool names_person(const Group& grp) const;
  bool metonym_only(const Group& grp) const;
  bool speech_verb_before(std::size_t that_at) const;
  bool after_of_for_with(std::size_t begin) const;
  bool same_agents_clause(std::size_t p) const;
  // insurgents.cpp: "Syrian rebels", "separatists in eastern Ukraine".
  bool insurgent_mention(const ActorMention& m) const;
  bool insurgents_after(std::int32_t actor, std::size_t from) const;

  // ---- verb readings (verb_readings.cpp): is a trigger a verb where it stands?
  bool verb_between(std::size_t from, std::size_t to) const;
  bool finite_verb_between(std::size_t from, std::size_t to) const;
  bool verb_ends_at(std::size_t end) const;
  bool verb_position_ok(const Trigger& trig, bool gerund) const;
  bool reduced_relative(const Trigger& trig) const;
  bool agent_participle_before_main_verb(const Trigger& trig) const;
  bool main_verb_before(std::size_t at, std::size_t limit) const;
  bool aside_participle(std::size_t at) const;
  bool coordinated_noun_phrase(std::size_t p) const;
  bool names_private_people(const Group& grp) const;
  bool private_people_subject(std::size_t at) const;
  bool unknown_possessor_before(std::size_t at) const;
  std::size_t agent_by_after(const Trigger& trig) const;
  bool passive_at(std::size_t begin) const;
  bool noun_compound(const Trigger& trig, const RelationMatch& m) const;
  bool object_taken(std::size_t verb_end, std::int32_t object_group, int polarity) const;

  // ---- flags (flags.cpp): negation, refusal, modality
  // `why`, when given, receives the rule and the word that negated (or set the modality).
  bool negated_at(std::size_t begin, FlagReason* why = nullptr) const;
  std::ptrdiff_t negator_before(std::size_t begin) const;
  bool refused_at(std::size_t begin) const;
  bool ceased_at(std::size_t begin) const;
  bool cut_in_relative(std::size_t begin) const;
  std::size_t withholding_phrase_at(std::size_t start) const;
  std::ptrdiff_t withheld_before(std::size_t begin) const;
  std::size_t withholding_phrase_ending_at(std::size_t last) const;
  bool negated_phrase_verb(std::size_t verb) const;
  bool cancelled_predicate_at(std::size_t p, std::size_t begin) const;
  std::ptrdiff_t ban_over(std::size_t begin, bool& reversed) const;
  std::vector<std::int32_t> announcers_of(std::size_t begin, int verb_class) const;
  std::vector<std::int32_t> warners_of(std::size_t begin) const { return announcers_of(begin, word_class("warning_verb")); }
  Modality modality_at(std::size_t begin, FlagReason* why = nullptr) const;
  bool modal(std::size_t p, int cls) const;
  bool future_marker(std::size_t p) const;
  bool reported_before(std::size_t clause_begin, std::size_t modal_at) const;
  std::size_t predicate_begin(std::size_t begin, std::size_t start) const;
  bool predicate_of(std::size_t from, std::size_t to) const;
  bool requested_infinitive(std::size_t to) const;
  bool threatened_infinitive(std::size_t to) const;
  bool cancelled_negation(std::size_t negator) const;
  bool alleged_act(std::size_t begin) const;
  // A condition of the sentence as a token range: an "if"/"unless" clause or an inverted
  // condition ("Had Iran attacked Saudi Arabia", "Were Russia to invade Finland").
  struct Condition {
    std::size_t begin = 0, end = 0;
  };
  std::vector<Condition> conditions() const;
  std::size_t inverted_condition_end(std::size_t p) const;
  std::int32_t governing_verb_group(std::size_t begin) const;
  std::ptrdiff_t conditional_at(std::size_t begin, std::string_view* rule) const;
  std::ptrdiff_t possibility_left_open(std::size_t begin) const;
  bool dismissed_claims(std::size_t that_at, std::size_t begin) const;
  std::ptrdiff_t negated_verb_group(std::size_t begin) const;
};

}  // namespace irkg::frames
