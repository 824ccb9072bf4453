#pragma once
// One sentence as the frames see it: tokens, actor mentions, coordinated groups of
// mentions, clauses, relation triggers. Built by mentions.cpp and clauses.cpp, read by
// extract/claims/frames/.
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/claims/lexicon.h"
#include "extract/claims/tokenizer.h"

namespace irkg {

struct ActorMention {
  std::size_t begin = 0, end = 0;  // token range
  std::int32_t actor = -1;         // Lexicon::actors index (a person when a role resolved)
  MentionKind kind = MentionKind::Name;
  bool possessive = false;         // followed by 's
  std::int32_t compound_with = -1;  // the other half of "Sino-Russian", "US-India"
};

// Mentions joined by "and", "or", commas: "Canada and the UK", "Hungarian and Romanian".
struct Group {
  std::vector<std::int32_t> mentions;
  std::size_t begin = 0, end = 0;  // token range covering the group
  bool compound = false;           // a hyphenated pair: its members relate to each other
  bool anaphor = false;            // "the two countries": the last two actors named
};

struct Reading {
  RelationMatch match;
  std::size_t end = 0;            // this reading's phrase ends here (readings may be shorter)
  std::int32_t object_group = -1;  // the group an OBJ slot of the pattern took ("held X responsible")
  std::uint32_t pattern = 0;       // the pattern that fired (RelationPatterns::source)
};

struct Trigger {
  std::size_t begin = 0, end = 0;  // token range of the longest relation phrase
  std::vector<Reading> readings;   // every dictionary reading starting here, longest first
};

// A chunk: a noun phrase ("Russia's new sanctions", "the two Gulf states"), a verb group
// ("has not yet condemned"), or a preposition. Chunks are flat and do not nest; tokens
// outside any (punctuation, conjunctions, adverbs alone) belong to none.
enum class ChunkKind : std::uint8_t { Noun, Verb, Prep };
struct Chunk {
  ChunkKind kind = ChunkKind::Noun;
  std::size_t begin = 0, end = 0;  // token range
  std::size_t head = 0;            // the noun of a noun phrase, the main verb of a verb group
};

struct SentenceAnalysis {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<ActorMention> mentions;
  std::vector<Group> groups;
  std::vector<std::int32_t> group_at;   // token -> group index or -1
  std::vector<Chunk> chunks;            // in token order (chunks.h)
  std::vector<std::int32_t> chunk_at;   // token -> chunk index or -1
  std::vector<std::int32_t> clause_at;  // token -> clause number
  std::vector<bool> speaker_token;      // inside "..., an official said" / "according to ..."
  std::vector<Trigger> triggers;
  std::int32_t speaker_group = -1;
  // The leader of the coalition the story told of lately ("the Saudi-led coalition"), for
  // states that send it forces (coalition.h), else -1.
  std::int32_t coalition_leader = -1;
};

// Finds actor mentions (longest dictionary match, metonym and adjective rules, compounds,
// role titles resolved to the office holder on `day` when known) and groups them.
// A person the document introduced with an office and an actor the dictionaries do not
// know as a person (named_people.h): the words of the name, lower-cased, and the actor the
// person speaks for (a state or an organisation), -1 once two introductions disagree.
struct NamedPerson {
  std::vector<std::string> words;
  std::int32_t actor = -1;
};

// Actors named so far in a document, for "the two countries", "both sides".
struct RecentActors {
  std::vector<std::int32_t> actors;           // most recent last
  std::int32_t pair_a = -1, pair_b = -1;      // the last pair named together ("Japan and Russia"),
                                              // else related by the last sentence's act ("Modi met Putin")
  bool pair_named_here = false;               // the current sentence named a pair together
  // The pair of states with the most asserted hostile acts between them in the document so
  // far: "both sides" of a quarrel are its adversaries, whoever was named together last.
  std::int32_t hostile_a = -1, hostile_b = -1;
  // The last two parties a mediator or host was said to stand between ("mediated between
  // Israel and Hamas"): "both sides" of the next sentences when no quarrel was told.
  std::int32_t mediated_a = -1, mediated_b = -1;
  int pair_acts = 0;  // asserted acts told between pair_a and pair_b so far (naming them together is none)
  int pair_hostile_acts = 0;  // of them, the clearly hostile ones (no mere appeal to comply)
  std::int32_t lead = -1;                     // the first state named by the last sentence that named one
  std::vector<std::int32_t> last_list;        // the last list of three or more named together ("the three capitals")
  // Officials named with their state, most recent last: the title's head word and the
  // actor ("Kenya's president" -> president, KEN), for "the president" later on.
  std::vector<std::pair<std::string, std::int32_t>> officials;
  std::vector<NamedPerson> people;  // introduced with an office: "Iraqi Deputy Prime Minister Tariq Aziz"
  // The state of the document's dateline ("ABUJA -" -> Nigeria), -1 when none or two:
  // "the government" before any state is named is its government.
  std::int32_t dateline_state = -1;
  bool dateline_seen = false;
  // How often each state (Lexicon::actors index) was named in the document so far, and when
  // last (sentence ordinal): "the government" in a story is the state it is mostly about.
  std::vector<std::pair<std::int32_t, std::pair<int, std::uint32_t>>> state_mentions;
  std::uint32_t sentences_seen = 0;
  // The leader of the coalition named last and when (coalition.h).
  std::int32_t coalition_leader = -1;
  std::uint32_t coalition_sentence = 0;
};

// `recent`: "the two countries" becomes the last pair named together, else the last two
// actors; the sentence's own actors are added to it.
void find_mentions(const Lexicon& lex, SentenceAnalysis& s, int day, bool day_known, RecentActors& recent);

// The state a document is mostly about so far: named at least three times and at least
// twice as often as any other state; -1 when none stands out.
std::int32_t story_state(const RecentActors& recent);

// Sets `s.group_at` from `s.groups` (after groups are formed or some are dropped).
void index_groups(SentenceAnalysis& s);

// Clause numbers, speaker segments and relation triggers. Needs find_mentions, tag_tokens
// and find_chunks (attributions and subjects are read as phrases).
void find_clauses_and_triggers(const Lexicon& lex, SentenceAnalysis& s);

}  // namespace irkg
