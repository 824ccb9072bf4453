#pragma once
// The frames of one sentence: for each trigger, every reading's frame fills subject and
// object and emits hits (apply_frames.cpp drives; one file per frame kind).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/claims/frames/sentence_view.h"

namespace irkg::frames {

// The rules that chose a hit's subject and object (Why::subject, Why::object): string
// literals naming them.
struct Because {
  std::string_view subject, object;
};

class SentenceFrames : public SentenceView {
 public:
  using SentenceView::SentenceView;
  std::vector<FrameHit> run();
  // The acts the sentences just before asserted (apply_frames's `recent_acts`).
  void recall_acts(const std::vector<RecentAct>& acts) { recent_acts_ = &acts; }
  // The acts the document asserted so far (apply_frames's `story_acts`).
  void recall_story_acts(const std::vector<RecentAct>& acts) { story_acts_ = &acts; }
  // Hostile acts the sentences just before told with a target and no doer named ("More than
  // 20 countries have expelled Russian diplomats"), for an act told again without its target.
  void recall_doerless_acts(const std::vector<RecentAct>& acts) { doerless_acts_ = &acts; }
  // The state the document is mostly about, or -1: the target of a hostile measure told
  // with none ("The United States suspended military aid" in a story about Fiji's coup).
  void recall_story_state(std::int32_t state) { story_state_ = state; }
  // This sentence's such acts (subject -1), after run().
  const std::vector<RecentAct>& doerless_acts_here() const { return doerless_here_; }

 private:
  std::vector<FrameHit> hits_;
  const std::vector<RecentAct>* recent_acts_ = nullptr;
  const std::vector<RecentAct>* doerless_acts_ = nullptr;
  const std::vector<RecentAct>* story_acts_ = nullptr;
  std::int32_t story_state_ = -1;
  std::vector<RecentAct> doerless_here_;
  std::vector<bool> consumed_;   // relation nouns already read as a verb's object
  std::vector<bool> noun_only_;  // relation nouns inside a verb's object: no verb reading
  // The members a pair noun related ("a truce between A and B"), per trigger, for the agents
  // that act on them ("a US-brokered truce", "a truce brokered by Qatar").
  std::vector<std::vector<std::int32_t>> parties_;
  // Where the hits being emitted come from, recorded in each hit's Why.
  std::int32_t trigger_ = -1, reading_ = -1, composed_ = -1;

  // apply_frames.cpp
  void apply(std::size_t ti);
  void emit(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& objects,
            std::int32_t relation, const Trigger& trig, Because because, int polarity = 0);
  void emit_as_told(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& objects,
                    std::int32_t relation, const Trigger& trig, Because because, int polarity);
  // Every pair among `members`; `rule` names where the group came from.
  void emit_within(const std::vector<std::int32_t>& members, std::int32_t relation, const Trigger& trig,
                   std::string_view rule, int polarity = 0);
  // verb_frame.cpp
  // `slot_object`: the group a pattern's OBJ slot took, else -1 (the object is searched for).
  std::int32_t official_of_place(std::size_t from) const;
  std::int32_t border_state_after(std::size_t from) const;
  std::vector<std::int32_t> objects_before(std::size_t at) const;
  bool invited_by(const std::vector<std::int32_t>& hosts, std::size_t from) const;
  std::int32_t attacker_of(std::int32_t victim, std::size_t before) const;
  std::vector<std::int32_t> author_of_proposal(const Trigger& trig) const;
  std::int32_t measure_subject_relation(const Trigger& trig) const;
  std::size_t object_clause_token(const Trigger& trig) const;
  std::int32_t gapped_object(std::int32_t obj) const;
  std::int32_t fronted_place(std::size_t at) const;
  bool stance_on_proposal(const Trigger& trig, const RelationMatch& m, const std::vector<std::int32_t>& subjects,
                          std::string_view subject_rule);
  bool stance_on_summed_act(const Trigger& trig, const RelationMatch& m);
  bool act_noun_subject(std::size_t verb) const;
  bool stance_on_owned_act(const Trigger& trig, const RelationMatch& m);
  void verb(const Trigger& trig, const RelationEntry& r, const RelationMatch& m, std::int32_t slot_object);
  bool concern_for_welfare(const Trigger& trig, std::int32_t obj) const;
  std::vector<std::int32_t> opening_adjunct_doer(const Trigger& trig) const;
  bool compose(std::size_t ti, const Trigger& trig, const RelationEntry& r, std::int32_t relation);
  std::int32_t doer_of_act_on(const std::vector<std::int32_t>& subjects, std::size_t before) const;
  bool stance_on_told_act(const std::vector<std::int32_t>& subjects, std::int32_t relation, const Trigger& trig,
                          const Trigger& act_noun, const RelationEntry& noun_relation, int polarity);
  void consume_through(std::size_t tj, std::size_t np_end);
  void joint_agents(std::int32_t by, const Trigger& trig, std::int32_t relation);
  bool asked_pair_between(std::size_t verb_end, std::size_t group_begin) const;
  // pair_frame.cpp
  void ties_predicate(const Trigger& trig, std::int32_t relation);
  void pair_members(const std::vector<std::int32_t>& members, std::int32_t relation, const Trigger& trig, std::string_view rule);
  std::vector<std::int32_t> coordinated_phrases_after(std::size_t at) const;
  bool adjunct_opener(const Token& t) const;
  bool own_complement_at(std::size_t at) const;
  std::vector<std::int32_t> sides_of_definite_conflict(const Trigger& trig) const;
  void answered_in_adjunct();
  std::vector<std::int32_t> fighters_before(const Trigger& trig) const;
  void compound_agent(const Trigger& trig, const std::vector<std::int32_t>& parties);
  std::vector<std::int32_t> parties_before(std::size_t at) const;
  void host_of_pair(const Trigger& trig, const std::vector<std::int32_t>& members);
  // noun_frame.cpp
  void noun(const Trigger& trig, const RelationEntry& r, std::int32_t relation, std::int32_t slot_object = -1);
  bool noun_in_object_relative(const Trigger& trig, const RelationEntry& r, std::int32_t relation);
  std::int32_t protest_place_after(std::size_t from, std::int32_t obj) const;
  bool generic_protesters_before(std::size_t verb) const;
  std::int32_t pressure_source_after(std::size_t from) const;
  std::int32_t launcher_of_craft_after(std::size_t from) const;
  std::vector<std::int32_t> summed_act_doers(std::size_t at) const;
  bool victim_clause_before(std::size_t at) const;
  bool passive_purpose_adjunct(std::size_t at, std::int32_t& agent) const;
  std::vector<std::int32_t> fronted_adjunct_subject(std::size_t at) const;
  std::vector<std::int32_t> subject_after_opening_phrase(std::size_t from) const;
  std::vector<std::int32_t> actors_opening_after(std::size_t comma) const;
  std::int32_t act_agent_in_object(std::size_t verb_end) const;
  std::vector<std::int32_t> provoker_of(std::size_t at) const;
  std::int32_t partner_after(std::size_t from) const;
  std::int32_t destination_place(std::size_t at) const;
  std::int32_t actor_it_follows(std::size_t from) const;
  bool same_act_followed(std::int32_t cause, std::string_view category) const;
  bool text_participle(std::size_t object_at, std::size_t at) const;
  bool unauthored_text_participle(const Trigger& trig) const;
  bool self_defence_at(std::size_t at) const;
  std::int32_t group_after_against(std::size_t at) const;
  bool same_state_groups(std::int32_t a, std::int32_t b) const;
  bool undone_in_passive(const Trigger& trig) const;
  std::int32_t seat_venue_after(std::size_t from) const;
  bool topic_of_verb(const Trigger& trig) const;
  void conditional_threat(const std::vector<std::int32_t>& subjects, std::size_t condition, const Why& why);
  void threaten(const std::vector<std::int32_t>& subjects, const std::vector<std::int32_t>& voices,
                const std::vector<std::int32_t>& targets, const Why& why, std::string_view object_rule,
                std::string_view polarity_rule);
  bool announced_will(std::size_t condition) const;
  bool speech_in_sentence() const;
  void finding(const std::vector<std::int32_t>& doers, const Trigger& trig, Modality modality, const Why& why);
  void found_act(const Trigger& trig, const RelationEntry& r, bool trigger_unread);
  void add_derived(const FrameHit& hit);
  void reported_stance(const Trigger& trig, std::int32_t relation);
  bool reported_verdict(const Trigger& trig, std::int32_t relation);
  // pair_frame.cpp
  void pair(const Trigger& trig, const RelationEntry& r, std::int32_t relation);
  // stance_frame.cpp
  void stance(const Trigger& trig, const RelationEntry& r, std::int32_t relation);
  bool perceived_as(const Trigger& trig, std::int32_t relation);
  bool called(const Trigger& trig, std::int32_t relation);
  bool verdict_on_told_act(const Trigger& trig, std::int32_t relation, std::size_t verb);
  bool stance_on_act_at(const Trigger& trig, std::int32_t relation, std::size_t det, std::size_t end,
                        const std::vector<std::int32_t>& subjects, std::string_view rule);
  std::int32_t listed_after(std::size_t p) const;
  // speaker_frame.cpp
  void speaker(const Trigger& trig, std::int32_t relation);
  bool quoted_before(std::size_t at) const;
  bool provocation_doer(const Group& grp) const;
  std::int32_t warned_condition_subject(std::size_t from, const std::vector<std::int32_t>& warners) const;
  // presupposition.cpp
  bool presupposed_owned_act(const Trigger& trig, std::string_view modal_rule) const;
  bool ended_act(const FlagReason& negation) const;
  // goods_received.cpp
  void received_goods(const Trigger& trig, const RelationEntry& row, std::int32_t relation);
  // followed_doers.cpp
  void followed_doers();
  // elided_object.cpp
  void elided_objects();
  bool ties_left_partnerless(const RelationEntry& r, const Chunk& object_np) const;
  bool finite_active_verb(std::size_t at) const;
  // joint_doers.cpp
  void joint_doers();
  void joined_in_passive();
  void drills_near_border();
  std::size_t joint_doer_phrase_at(std::size_t p) const;
  // hosted_event.cpp
  void hosts_of_told_event();
  // coalition_contributions.cpp
  void coalition_contributions();
  // right_to_defend.cpp
  void right_to_defend();
  // reaction_to_act.cpp
  bool reaction_to_act(const Trigger& trig, const RelationMatch& m);
  // witnesses.cpp
  void witnesses_of_agreement();
  std::size_t witness_role_end(std::size_t p) const;
  std::int32_t group_ending_before(std::size_t at) const;
  int relation_sign(std::int32_t relation) const { return lex_.relations[static_cast<std::size_t>(relation)].polarity(); }
  // summed_up_act.cpp
  enum class SummedAct { Deed, Force, Agreement, Negotiation };
  std::ptrdiff_t summing_up_phrase(std::size_t from, SummedAct& kind) const;
  std::vector<std::int32_t> summed_up_doers(SummedAct kind, const RecentAct*& main) const;
  bool stance_on_summed_up_act(const Trigger& trig, std::int32_t relation, const std::vector<std::int32_t>& subjects,
                               std::string_view subject_rule);
  // copied_act.cpp
  void copied_act(const Trigger& trig);
  std::string act_noun_root(const std::string& noun) const;
  // deterrence.cpp
  std::ptrdiff_t consequence_modal(std::size_t condition) const;
  void deterrent_threat(const std::vector<std::int32_t>& doers, std::size_t condition, bool hostile_condition, const Why& why);
  bool announced_answer(std::size_t verb, bool hostile_condition) const;
  std::vector<std::int32_t> announcing_voices(const std::vector<std::int32_t>& doers, std::size_t condition) const;
  bool unnamed_official_speaker() const;
  bool undone_act(std::size_t at) const;
};

}  // namespace irkg::frames
