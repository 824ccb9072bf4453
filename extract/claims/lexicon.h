#pragma once
// What the claim extractor knows, loaded from the data files (data/actors.tsv,
// data/relations.tsv, data/grammar.tsv) plus users' --lexicon files.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/claims/phrase_index.h"
#include "extract/claims/relation_patterns.h"
#include "extract/claims/word_class.h"
#include "extract/claims/word_set.h"

namespace irkg {

struct RoleSpell {
  std::string role;  // head_of_government, foreign_minister ...
  int from = 0;      // days since 1970-01-01, inclusive; INT32_MIN when open
  int to = 0;        // exclusive; INT32_MAX for a current holder
  // Whom the person acts for during the spell, when that is not their `country`: dated
  // CAMEO codes of TABARI/PETRARCH actor files (Ann Veneman: USAGOV, then IGOUNOKID = UN).
  // Empty for actors.tsv roles.
  std::string country = {};
};

// What an actor is (data/actors.tsv, second column). The rules ask it per mention, so it is
// an enum; claims carry its name (actor_type_name).
enum class ActorType : std::uint8_t { State, Territory, Igo, Group, Person, Government };
inline constexpr std::array<std::string_view, 6> kActorTypeNames = {"state", "territory", "igo",
                                                                    "group", "person", "government"};
inline std::string_view actor_type_name(ActorType type) { return kActorTypeNames[static_cast<std::size_t>(type)]; }

struct ActorEntry {
  std::string id;
  ActorType type = ActorType::State;
  std::string country;
  std::string name;  // display name: the first name= value, else the id
  std::vector<std::string> members;
  std::vector<RoleSpell> roles;
  // The country the actor counts as on `day`: the first role spell with a country that
  // covers the day, else `country`.
  const std::string& country_on(int day) const {
    for (const RoleSpell& r : roles)
      if (!r.country.empty() && r.from <= day && day < r.to) return r.country;
    return country;
  }
  // A state or a territory: what a place name, a capital or a combining form stands for.
  bool territorial() const { return type == ActorType::State || type == ActorType::Territory; }
};

// How an actor is named at a position in the text; decides where the mention counts.
enum class MentionKind : std::uint8_t {
  Name,       // "Japan", "the Quad": the actor wherever it appears
  Adjective,  // "Japanese": the state when it modifies an actor-like noun
  Metonym,    // "Tokyo": the state where it acts or is acted upon, not as a place
  Combining,  // "Sino": only inside a compound with another actor ("Sino-Russian")
  Blocked,    // "Latin America": a longer name that is NOT the actor its parts suggest
};

struct ActorName {
  std::int32_t actor = -1;  // index into Lexicon::actors, -1 for Blocked
  MentionKind kind = MentionKind::Name;
  bool operator==(const ActorName&) const = default;
};

// The syntactic frame that decides where a relation's two actors are.
enum class Frame : std::uint8_t {
  Verb,    // SUBJECT condemned OBJECT; passive: OBJECT was condemned by SUBJECT
  Noun,    // sanctions against OBJECT (subject: possessor, modifier or clause subject)
  Pair,    // tensions between A and B, A-B tensions, an alliance of A, B and C
  Stance,   // A's closest ally / an ally of A, said of the clause subject B
  Speaker,  // the sentence's speaker toward the reported clause's subject ("X said Y must")
};

struct RelationEntry {
  std::string relation;  // lexicon name: condemn, sanction, alliance
  std::string category;  // PLOVER category
  bool place_agent = false;  // passive with no by-phrase: the state of the place acts (hosting)
  bool guests_meet = false;  // verbs: a host's guests of different states meet each other
  bool ends_conflict = false;  // pair nouns: with no parties of its own, it ends the fighting just told (a truce)
  bool ties_subject = false;  // pair rows: a predicate whose subject is a ties noun ("relations between A and B soured")
  bool violent = false;  // category ASSAULT or FIGHT: with no named target, the place is coded
  bool threat = false;   // category THREATEN: the target is whoever must act to avert it
  bool with_partner = false;  // verbs: the object follows "with" past the verb's topic ("discussed the war in Sudan with X")
  // The object's kind the row requires: an organisation ("withdrew from the OAS" leaves it)
  // or anything but one ("withdrew from Syria" is a retreat). 0 = any.
  enum class ObjectKind : std::uint8_t { Any, Organisation, NotOrganisation };
  ObjectKind object_kind = ObjectKind::Any;
  bool off_pitch = false;  // stands in a sentence about sport (visas, bans): a state's act, not a team's
  std::string cameo;
  double weight = 0.0;   // Goldstein-like, -10..+10; the sign is the polarity
  Frame frame = Frame::Verb;
  bool symmetric = false;  // "A and B agreed" relates A and B to each other
  bool infinitive = false;  // takes an infinitive complement whose object is its own
                            // ("threatened to bomb Armenian posts", "refused to station troops in Libya")
  bool compose = false;     // a stance verb: its object may be a relation ("opposes sanctions on X")
  bool compose_only = false;  // only meaningful on a relation noun ("ease tensions", "end the dispute")
  bool across = false;     // the object may open a following that-clause ("demanded that X")
  bool direct = false;     // no preposition before the object: "welcomed the Israeli premier"
                           // is hosting, "welcomed the ceasefire between Israel and Hamas" is not
  bool perceived_only = false;  // stance frames: only as a verdict on an object ("called X dangerous")
  bool craft_object = false;   // verbs: what is acted on is ships, aircraft or missiles ("intercepted
                               // Russian bombers", not "intercepted Russian phone calls")
  bool copies_act = false;     // verbs: no claim of its own; the subject does the act told last
                               // ("Manila joined the criticism", "Ottawa followed suit")
  bool object_acts = false;    // verbs: the object's actor does the act to the subject ("Beijing's
                               // crackdown drew British criticism": Britain criticizes China)
  bool goods_from = false;     // verbs: the subject receives goods from the actor after "from",
                               // who is the claim's subject ("received tanks from the US")
  bool goods_by = false;       // verbs: a giving verb in the passive keeps its goods after it and
                               // the by-agent gives them ("Haiti was sent rice by Japan")
  bool force_subject = false;  // verbs: only with armed forces for subject ("troops crossed into")
  bool answers_act = false;    // verbs: with no object, the doer of the latest hostile act on the subject
  bool bare_object = false;    // verbs: an object with a possessor's 's is no object: it names a
                               // thing the act is about ("turned to Iran's nuclear programme")
  bool undoes_sanctions = false;  // easing or lifting sanctions: presupposes the subject's sanctions on the object
  bool arms_goods = false;     // goods-subject rows: weapons and craft count as goods ("Iranian
                               // drones were supplied to Russia"), for verbs of transfer only
  bool goods_subject = false;  // verbs: the subject is goods an actor owns, delivered to the object
                               // ("Japanese aid arrived in Turkey": Japan aids Turkey)
  bool owned = false;      // noun frames: the subject only from the noun's own possessor,
                           // modifier or agent, never the clause subject ("Turkish bases in
                           // Qatar"; "Israel struck a base in Syria" relates no base's owner)
  bool agent_of = false;   // noun frames: the group after the preposition acts on the clause
                           // subject ("Australia, with the help of the US, ..." = US aids Australia)
  std::vector<std::string> preps;  // prepositions that introduce the object (noun frames)
  int polarity() const { return weight > 0 ? 1 : weight < 0 ? -1 : 0; }
};


// Closed word classes the frames consult (data/grammar.tsv).
struct Grammar {
  std::unordered_map<std::string, WordSet, TransparentStringHash, std::equal_to<>> classes;
  bool in(std::string_view cls, const std::string& lower_word) const;
  const WordSet& words(std::string_view cls) const;

  // word -> bits of the classes in kWordClasses it belongs to; built by finalize() once all
  // grammar files are loaded.
  std::unordered_map<std::string, WordMask, TransparentStringHash, std::equal_to<>> masks;
  void finalize();
  WordMask mask_of(std::string_view lower_word) const {
    const auto it = masks.find(lower_word);
    return it == masks.end() ? 0 : it->second;
  }
};

class Lexicon {
 public:
  std::vector<ActorEntry> actors;
  PhraseIndex<ActorName> actor_names;
  std::vector<RelationEntry> relations;
  RelationPatterns relation_patterns;
  PhraseIndex<std::string> role_titles;  // "prime minister" -> head_of_government
  PhraseIndex<bool> pair_anaphora;       // "the two countries", "both sides"
  PhraseIndex<bool> state_anaphora;      // "the country", "the kingdom"
  PhraseIndex<bool> neighbour_anaphora;     // "its neighbour": another state named before
  PhraseIndex<bool> owner_state_anaphora;  // "his country": the state of a person named before
  PhraseIndex<bool> org_anaphora;        // "the bloc", "the alliance": the organisation named last
  PhraseIndex<std::int32_t> places;      // "Beira" -> Mozambique: the gazetteer (places.h)
  Grammar grammar;
  std::unordered_map<std::string, std::int32_t> actor_by_id;  // upper-case id -> index
  // Lower-case surname -> persons whose display name ends with it (person_surnames.cpp).
  std::unordered_map<std::string, std::vector<std::int32_t>> person_surnames;
  // The relation a refused concession becomes ("refuse_yield" in data/relations.tsv), or -1.
  std::int32_t refusal_relation = -1;
  // The relation a warned-of hostile act gives the one who warns ("warn"), or -1.
  std::int32_t warning_relation = -1;
  std::int32_t suspension_relation = -1;  // "suspend": a friendly act stopped
  std::int32_t sanction_relation = -1;    // "sanction": what easing sanctions presupposes
  std::int32_t show_force_relation = -1;  // "show_force": drills held near a third state's border
  // What a foreign state's friendly act toward another state's insurgents is to that state
  // ("undermine", the first verb row; frames/insurgents.cpp), or -1.
  std::int32_t undermining_relation = -1;
  // What preventing a friendly act toward another is to it ("reject", the first verb row;
  // "blocked planning to defend Turkey"), or -1.
  std::int32_t prevention_relation = -1;
  // What the host and the broker of an event are to its parties ("host", "mediate": the
  // first verb rows; frames/hosted_event.cpp), or -1.
  std::int32_t hosting_relation = -1, mediation_relation = -1;
  // The relation a hostile act announced on a condition gives the announcer toward whoever
  // can avert it ("threaten", the first such row), or -1.
  std::int32_t conditional_threat_relation = -1;
  // The relation a finder has toward the doer of a hostile act it found ("accuse"), or -1.
  std::int32_t finding_relation = -1;
  // The relation guests hosted together have with each other ("meet"; `guests-meet` rows), or -1.
  std::int32_t meeting_relation = -1;
  // The relation states that strike a third together have with each other (the `coalition` row), or -1.
  std::int32_t coalition_relation = -1;
  // What forces sent into a state at its own request or invitation do for it (the `invited`
  // row), or -1.
  std::int32_t invited_relation = -1;
  std::string version;

  // The person holding `role` for `country` on `day`, or -1.
  std::int32_t role_holder(const std::string& country, const std::string& role, int day) const;
};

// Parsers for each file kind; `origin` names the file in error messages.
void load_actor_table(Lexicon& lexicon, std::string_view text, const std::string& origin);
void load_relation_table(Lexicon& lexicon, std::string_view text, const std::string& origin);
void load_grammar_table(Lexicon& lexicon, std::string_view text, const std::string& origin);
// A TABARI/PETRARCH actor dictionary (.actors; Phoenix.*.actors.txt), its CAMEO codes read
// through data/cameo_countries.tsv and data/cameo_actor_codes.tsv (extract/claims/tabari_actors.cpp).
void load_tabari_actor_table(Lexicon& lexicon, std::string_view text, const std::string& origin);

// Regular English inflections of a verb ("court" -> courts, courted, courting), with
// irregular forms from grammar class `irregular:VERB` when present.
struct VerbForms {
  std::vector<std::string> finite;      // base, 3rd person, past
  std::vector<std::string> participle;  // past participle
  std::vector<std::string> gerund;
};
VerbForms inflect_verb(const std::string& base, const Grammar& grammar);

}  // namespace irkg
