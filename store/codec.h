#pragma once
// Binary records of the claim store (schema 3). JSON stays the output format; inside the
// store a length-prefixed binary record is ~3x faster to write and read and ~40% smaller.
// Every record starts with a format byte so a later change is detected, not misread.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "store/store.h"

namespace irkg::store_codec {

// The claim id is the record's key, so it is not repeated in the value.
std::string encode_claim(const Claim& c);
// The encode_* functions' bytes appended to `out` (the ingest path reuses one buffer).
void append_claim(std::string& out, const Claim& c);
Claim decode_claim(std::string_view id, std::string_view bytes);  // throws StoreError
// The same into an existing claim, reusing its strings' storage (full scans).
void decode_claim_into(std::string_view id, std::string_view bytes, Claim& c);

std::string encode_document(const StoredDocument& d);
StoredDocument decode_document(std::string_view id, std::string_view bytes);
// Only the content hash (the ingest path needs nothing else from an existing document).
std::string decode_document_hash(std::string_view bytes);

std::string encode_ids(const std::vector<std::string>& ids);
std::vector<std::string> decode_ids(std::string_view bytes);

// The dyad index value (schema 3): what aggregations need of a claim besides the key's
// codes, date, outlet and id. `sides` holds the DyadFact side bits (kA* / kB* below).
inline constexpr std::uint8_t kAState = 1, kAActor = 2, kBState = 4, kBActor = 8, kSubjectIsA = 16;
// Set by append_dyad_value for a claim from a later copy of a story (is_copy): the outlet
// matrix counts independent stories from index values. Entries written before it read 0.
// A claim with a wire agency has it last (schema 9; DyadFact::agency).
inline constexpr std::uint8_t kCopy = 32;
std::string encode_dyad_value(const Claim& c, std::uint8_t sides);
void append_dyad_value(std::string& out, const Claim& c, std::uint8_t sides);
// Fills the value fields of `f` (views into `bytes`); throws StoreError when malformed.
void decode_dyad_value(std::string_view bytes, DyadFact& f);

// The actor index value (schema 3): the claim's facts and both actors' state-level code
// and own id (which code the key holds is the index's business).
std::string encode_actor_value(const Claim& c);
void append_actor_value(std::string& out, const Claim& c);
// Fills the value fields of `f` (views into `bytes`); throws StoreError when malformed.
void decode_actor_value(std::string_view bytes, ActorFact& f);
// The agency index value (schema 8): the actor index value followed by the claim's outlet
// (the key holds the agency), so agency-filtered graphs read no claim record.
void append_agency_value(std::string& out, const Claim& c);
// Fills the value fields of `f` and its outlet; throws StoreError when malformed.
void decode_agency_value(std::string_view bytes, ActorFact& f);

// refs values: the number of stored claims naming an actor or outlet, and for an actor the
// name, country and type the first of them gave it (graph labels without a claim read).
std::string encode_ref(std::uint64_t count, const Actor* actor);
std::uint64_t decode_ref_count(std::string_view bytes);
// nullopt for an outlet ref or a ref stored without the actor.
std::optional<Actor> decode_ref_actor(std::string_view id, std::string_view bytes);


// Store-wide counters, kept in the meta column family and rewritten in every ingest batch.
struct Counters {
  std::uint64_t documents = 0, claims = 0, actors = 0, outlets = 0;
  bool operator==(const Counters&) const = default;
};
std::string encode_counters(const Counters& c);
Counters decode_counters(std::string_view bytes);

}  // namespace irkg::store_codec
