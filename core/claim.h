#pragma once
// The record every stage passes on: one relation between two actors, with its source.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace irkg {

// An actor as it appears in a claim. `country` is the state (ISO 3166-1 alpha-3) or the
// organisation acronym the actor counts as; for a state or organisation it equals `id`.
struct Actor {
  std::string id;       // stable code: "JPN", "NATO", "person:shinzo-abe"
  std::string name;     // display name: "Japan", "Shinzo Abe"
  std::string country;  // "JPN"; organisations: their acronym
  std::string type;     // state, territory, igo, group, person, government
  bool operator==(const Actor&) const = default;
};

// The sentence that supports a claim; start/end are byte offsets into the document's
// main text (as printed by `irkg text`).
struct Evidence {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
  bool operator==(const Evidence&) const = default;
};

struct Claim {
  std::string id;        // stable across runs: a hash of doc, actors, relation and span
  std::string doc;       // document id (JSONL id, else the input path as given)
  Actor subject;
  Actor object;
  std::string relation;  // lexicon relation name, e.g. "condemn", "alliance"
  std::string category;  // PLOVER category, e.g. DISAPPROVE
  std::string cameo;     // CAMEO event code as a string ("122"), may be empty
  int polarity = 0;      // -1 conflictual, 0 neutral, +1 cooperative
  double weight = 0.0;   // Goldstein-like intensity, -10 .. +10
  bool negated = false;
  std::string modality = "asserted";  // asserted, reported, hypothetical, future, historical
  std::string speaker;   // who the text attributes the claim to, if anyone
  std::string outlet;
  std::string agency;    // wire service when the story is syndicated (data/agencies.tsv), else empty
  // Story group (set at ingest): documents whose main text is a near-copy of one another
  // share it; it is the id of the group's first document, so a claim whose story is not
  // its doc comes from a copy. Empty when never grouped.
  std::string story;
  std::string url;
  std::string date;          // YYYY-MM-DD or empty
  std::string date_source;   // text, published, none
  std::string source = "text";  // text, gdelt, icews
  Evidence evidence;
  bool operator==(const Claim&) const = default;
};

void to_json(nlohmann::json& j, const Actor& a);
void from_json(const nlohmann::json& j, Actor& a);
void to_json(nlohmann::json& j, const Evidence& e);
void from_json(const nlohmann::json& j, Evidence& e);
void to_json(nlohmann::json& j, const Claim& c);
void from_json(const nlohmann::json& j, Claim& c);

// One JSON line (no trailing newline), fields in a fixed order so output is deterministic.
std::string claim_to_json_line(const Claim& c);
// The same line through nlohmann's generic serializer: the reference the fast writer is
// tested against.
std::string claim_to_json_line_reference(const Claim& c);
Claim claim_from_json_line(const std::string& line);  // throws std::runtime_error

// A stable id for a claim computed from its identifying fields (doc, subject, object,
// relation, negation, evidence span). Same input, same id, on every machine.
std::string compute_claim_id(const Claim& c);

// A claim from a later copy of a story that another document carried first.
inline bool is_copy(const Claim& c) { return !c.story.empty() && c.story != c.doc; }

}  // namespace irkg
