#pragma once
// The tagger's and morphology's tables, generated at build time by cmake/gen_tag_tables.py
// from Debian's python3-pattern (Brill's lexicon and rules, en-verbs.txt) and wordnet-base
// (the exception lists). Everything is constant data: nothing is read at run time.
// Private to extract/claims.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/claims/pos.h"

namespace irkg::tag_tables {

// All strings live in one blob; an id indexes kStrings. Id 0 is "", an empty slot.
struct StringRef {
  std::uint32_t offset;
  std::uint32_t length;
};
extern const char kText[];
extern const StringRef kStrings[];
extern const std::size_t kStringCount;
inline std::string_view str(std::uint32_t id) { return {kText + kStrings[id].offset, kStrings[id].length}; }

// Open addressing with linear probing, at most half full, keyed by FNV-1a of the bytes:
// the generator computed the slots with the same hash.
struct Slot {
  std::uint32_t key;  // string id, 0 when empty
  std::uint32_t value;
};
struct Table {
  const Slot* slots;
  std::uint32_t mask;
};
// The value stored under key, or nullptr.
const std::uint32_t* find(const Table& table, std::string_view key);

extern const Table kLexicon;       // word as written -> Pos (its most frequent tag)
extern const Table kVerbByBase;    // infinitive -> index in kVerbRows
extern const Table kVerbByForm;    // any other form -> index of the first verb with it
extern const Table kNounSingular;  // WordNet noun.exc: irregular plural -> singular id
extern const Table kNounPlural;    // its inverse: singular -> irregular plural id
extern const Table kAdjBase;       // WordNet adj.exc: "better" -> "good" id
extern const Table kVerbExc;       // WordNet verb.exc: "froze" -> "freeze" id
extern const Table kWordNetClasses;  // lexicon word, lower-case -> WordNet parts of speech:
                                     // 1 noun, 2 verb, 4 adjective, 8 adverb

// en-verbs.txt's first twelve columns, as string ids (0 when the table leaves it empty).
enum VerbColumn : std::size_t {
  kInfinitive = 0, kPresent1sg, kPresent2sg, kPresent3sg, kPresentPlural, kGerund,
  kPast1sg, kPast2sg, kPast3sg, kPastPlural, kPast, kParticiple, kVerbColumns
};
struct VerbRow {
  std::array<std::uint32_t, kVerbColumns> form;
};
extern const VerbRow kVerbRows[];
extern const std::size_t kVerbRowCount;

// Brill's lexical rules for unknown words, applied in order; `from` None means any tag.
enum class MorphCmd : std::uint8_t {
  Word, Char, HasPref, HasSuf, AddPref, AddSuf, DeletePref, DeleteSuf, GoodLeft, GoodRight
};
struct MorphRule {
  Pos from;
  MorphCmd cmd;
  Pos to;
  std::uint32_t x;  // string id of the affix or word
};
extern const MorphRule kMorphology[];
extern const std::size_t kMorphologyCount;

// Brill's contextual rules, applied in order; `from` None means any tag ("*"). Tag
// arguments of Pos::None stand for the sentence boundary (Brill's STAART).
enum class ContextCmd : std::uint8_t {
  PrevTag, NextTag, Prev2Tag, Next2Tag, Prev1or2Tag, Next1or2Tag, Prev1or2or3Tag, Next1or2or3Tag,
  SurroundTag, CurWd, PrevWd, NextWd, Prev1or2Wd, Next1or2Wd, Prev1or2or3Wd, Next1or2or3Wd,
  PrevWdTag, NextWdTag, WdPrevTag, WdNextTag, WdAnd2Aft, WdAnd2TagBfr, WdAnd2TagAft, LBigram,
  RBigram, PrevBigram, NextBigram
};
struct ContextRule {
  Pos from, to;
  ContextCmd cmd;
  Pos xtag, ytag;              // tag arguments, in the order the rule names them
  std::uint32_t xword, yword;  // word arguments (string ids); for a Punct tag argument,
                               // its Penn punctuation tag (".", ",", "``", ...)
};
extern const ContextRule kContext[];
extern const std::size_t kContextCount;

}  // namespace irkg::tag_tables
