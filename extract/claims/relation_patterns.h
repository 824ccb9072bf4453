#pragma once
// Relation patterns: the phrases of data/relations.tsv compiled into token patterns over
// word forms, so one entry reads every inflection and every modifier news puts inside a
// phrase. "restore &TIES with" reads "restored full diplomatic ties with"; "be critical
// of" reads "was sharply critical of"; "hold OBJ responsible for" finds its object inside.
// The language is documented in the header of data/relations.tsv.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/claims/tokenizer.h"
#include "extract/claims/word_set.h"

namespace irkg {

struct Grammar;

// The object_group of a hit whose OBJ slot is the possessive "its" ("violated its airspace"):
// the frames decide whom it stands for.
inline constexpr std::int32_t kPossessivePronounObject = -2;

struct RelationMatch {
  std::int32_t relation = -1;  // index into Lexicon::relations
  bool participle = false;     // the matched form is a past participle (passive candidate)
  bool gerund = false;
  bool base = false;           // the bare base form ("request"), which a singular noun cannot precede
  bool operator==(const RelationMatch&) const = default;
};

// One way a pattern matched at a token: the relation with its verb form, where the
// phrase ends, and the actor group an OBJ slot took (-1 without one).
struct PatternHit {
  RelationMatch match;
  std::size_t end = 0;
  std::int32_t object_group = -1;
  std::uint32_t pattern = 0;  // which pattern (RelationPatterns::source), for irkg explain
};

class RelationPatterns {
 public:
  // How the first word of a pattern is read.
  enum class Head : std::uint8_t {
    Verb,     // every inflection, each reading flagged (participle, gerund, base)
    Noun,     // a noun frame's head: a singular first word also in the plural ("cyberattack on"
              // reads "cyberattacks on"), as nouns later in a phrase do
    Literal,  // as written
  };

  // Compiles `pattern` for `relation`. Sets (&NAME) must be defined before use. Returns an
  // error message, empty on success.
  // `composes`: the relation is a stance on a relation noun ("withdrew from the talks with
  // X"); such readings are tried before the plain ones of the same length.
  std::string add(std::string_view pattern, std::int32_t relation, Head head, const Grammar& grammar,
                  bool composes = false);

  // Defines the synonym set `name` ("&TIES") as the given words; a later definition adds.
  void define_set(std::string_view name, const std::vector<std::string>& words) {
    auto& set = sets_[std::string(name)];
    set.insert(set.end(), words.begin(), words.end());
  }
  bool has_set(std::string_view name) const { return sets_.count(std::string(name)) > 0; }

  // Every match starting at tokens[i], longest first. Among equally long ones: stances on
  // a relation first (they make a claim only when their object is a relation noun, and then
  // they are the more specific reading), then the pattern that skipped fewer modifiers (it
  // names more of the words), then the order the patterns were added. `group_at` maps
  // tokens to actor groups (-1 outside): actors are never skipped as modifiers, and an OBJ
  // slot takes one whole group.
  std::vector<PatternHit> all(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at,
                              std::size_t i) const;

  // Whether any pattern matches at tokens[i].
  bool any(const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at, std::size_t i) const;

  std::size_t size() const { return patterns_.size(); }
  // The pattern as written in the dictionary ("hold OBJ responsible for"), to show which
  // one fired.
  std::string_view source(std::uint32_t pattern) const { return patterns_[pattern].source; }

 private:
  struct Element {
    std::vector<std::string> forms;  // accepted lower-case words (empty for OBJ)
    bool object = false;             // OBJ: one actor group
    bool optional = false;
    bool modifiers_before = false;   // determiners, adjectives, numbers, noun modifiers may precede it
    bool set = false;                // a &SET: the noun of the phrase, which may end a list ("fuel, food and medicine")
    bool name_word = false;          // written capitalised: a word of a name, matched inside actor names too
    bool pronoun_ok = false;         // OBJ inside a verb's phrase: "its" may stand for the actor
    bool possessive_marker = false;  // the "'s" of OBJ's, which "its" already contains
  };
  struct Pattern {
    std::vector<Element> rest;  // the elements after the first
    std::int32_t relation = -1;
    bool needs_be = false;      // opened with "be": a form of be stands before the first element
    bool verb_head = false;     // a verb row's pattern: its first word is a verb
    std::size_t order = 0;      // insertion order, for stable ordering of equal matches
    std::string source;         // the pattern as written
    bool composes = false;
  };
  struct Start {
    std::uint32_t pattern = 0;
    RelationMatch match;  // the first word's reading (verb form flags)
  };

  bool match_rest(const Pattern& p, std::size_t k, const std::vector<Token>& tokens,
                  const std::vector<std::int32_t>& group_at, std::size_t j, std::size_t& end,
                  std::int32_t& object, std::size_t& skipped) const;
  bool element_at(const Element& e, const std::vector<Token>& tokens, const std::vector<std::int32_t>& group_at,
                  std::size_t j, std::size_t& next, std::int32_t& object) const;
  void add_start(const std::string& form, std::uint32_t pattern, RelationMatch match);

  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<Start>, TransparentStringHash, std::equal_to<>> by_first_;
  std::unordered_map<std::string, std::vector<std::string>> sets_;
};

}  // namespace irkg
