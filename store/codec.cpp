// Varint-length-prefixed fields in a fixed order; decoding checks every bound, so a damaged
// record is reported as corruption instead of read past its end.
#include "store/codec.h"

#include "store/record_io.h"

#include <cstring>

namespace irkg::store_codec {
namespace {

constexpr char kClaimFormat = 'C';
constexpr char kDocumentFormat = 'D';
constexpr char kDyadFormat = 'F';
constexpr char kActorFormat = 'A';

using record_io::put_string;
using record_io::put_varint;
using record_io::unzigzag;
using record_io::zigzag;

// Claims, documents and index values: corruption reads "malformed record".
class Reader : public record_io::Reader {
 public:
  explicit Reader(std::string_view bytes) : record_io::Reader(bytes, "record") {}
};

void put_actor(std::string& out, const Actor& a) {
  put_string(out, a.id);
  put_string(out, a.name);
  put_string(out, a.country);
  put_string(out, a.type);
}

void read_actor(Reader& r, Actor& a) {
  r.string_into(a.id);
  r.string_into(a.name);
  r.string_into(a.country);
  r.string_into(a.type);
}


}  // namespace

std::string encode_claim(const Claim& c) {
  std::string out;
  out.reserve(64 + c.evidence.text.size() + c.url.size() + c.subject.name.size() + c.object.name.size());
  append_claim(out, c);
  return out;
}

void append_claim(std::string& out, const Claim& c) {
  out.push_back(kClaimFormat);
  put_string(out, c.doc);
  put_actor(out, c.subject);
  put_actor(out, c.object);
  for (const std::string* s : {&c.relation, &c.category, &c.cameo}) put_string(out, *s);
  put_varint(out, zigzag(c.polarity));
  char w[sizeof(double)];
  std::memcpy(w, &c.weight, sizeof w);
  out.append(w, sizeof w);
  out.push_back(c.negated ? 1 : 0);
  for (const std::string* s : {&c.modality, &c.speaker, &c.outlet, &c.url, &c.date, &c.date_source, &c.source,
                               &c.evidence.text})
    put_string(out, *s);
  put_varint(out, c.evidence.start);
  put_varint(out, c.evidence.end);
  // Fields added after schema 3 go last and only when set, so records written before
  // them (and claims without them) keep their bytes, and the decoder reads them when
  // present.
  if (!c.agency.empty() || !c.story.empty()) {
    put_string(out, c.agency);
    put_string(out, c.story);
  }
}

Claim decode_claim(std::string_view id, std::string_view bytes) {
  Claim c;
  decode_claim_into(id, bytes, c);
  return c;
}

void decode_claim_into(std::string_view id, std::string_view bytes, Claim& c) {
  Reader r(bytes);
  if (r.byte() != kClaimFormat) r.fail();
  c.id.assign(id);
  r.string_into(c.doc);
  read_actor(r, c.subject);
  read_actor(r, c.object);
  for (std::string* s : {&c.relation, &c.category, &c.cameo}) r.string_into(*s);
  c.polarity = static_cast<int>(unzigzag(r.varint()));
  c.weight = r.real();
  c.negated = r.byte() != 0;
  for (std::string* s : {&c.modality, &c.speaker, &c.outlet, &c.url, &c.date, &c.date_source, &c.source,
                         &c.evidence.text})
    r.string_into(*s);
  c.evidence.start = r.varint();
  c.evidence.end = r.varint();
  c.agency.clear();
  c.story.clear();
  if (!r.at_end()) {
    r.string_into(c.agency);
    r.string_into(c.story);
  }
  r.expect_end();
}

// The hash comes first so decode_document_hash reads one field.
std::string encode_document(const StoredDocument& d) {
  std::string out;
  out.reserve(32 + d.text.size() + d.url.size() + d.title.size());
  out.push_back(kDocumentFormat);
  for (const std::string* s : {&d.content_hash, &d.outlet, &d.url, &d.published, &d.title, &d.source, &d.text})
    put_string(out, *s);
  // Added after schema 3: trailing, written only when set (see encode_claim). The story
  // is kept only for a copy (another document's story); a first document is its own.
  const std::string_view copy_of = d.story == d.id ? std::string_view() : std::string_view(d.story);
  if (!d.agency.empty() || !copy_of.empty()) {
    put_string(out, d.agency);
    put_string(out, copy_of);
  }
  return out;
}

StoredDocument decode_document(std::string_view id, std::string_view bytes) {
  Reader r(bytes);
  if (r.byte() != kDocumentFormat) r.fail();
  StoredDocument d;
  d.id = std::string(id);
  for (std::string* s : {&d.content_hash, &d.outlet, &d.url, &d.published, &d.title, &d.source, &d.text})
    *s = r.string();
  if (!r.at_end()) {
    d.agency = r.string();
    d.story = r.string();
  }
  r.expect_end();
  return d;
}

std::string decode_document_hash(std::string_view bytes) {
  Reader r(bytes);
  if (r.byte() != kDocumentFormat) r.fail();
  return r.string();
}

std::string encode_ids(const std::vector<std::string>& ids) {
  std::string out;
  put_varint(out, ids.size());
  for (const auto& id : ids) put_string(out, id);
  return out;
}

std::vector<std::string> decode_ids(std::string_view bytes) {
  Reader r(bytes);
  const std::uint64_t n = r.varint();
  if (n > bytes.size()) r.fail();  // every id takes at least one byte
  std::vector<std::string> ids;
  ids.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) ids.push_back(r.string());
  r.expect_end();
  return ids;
}

std::string encode_dyad_value(const Claim& c, std::uint8_t sides) {
  std::string out;
  out.reserve(24 + c.relation.size() + c.category.size() + c.modality.size());
  append_dyad_value(out, c, sides);
  return out;
}

void append_dyad_value(std::string& out, const Claim& c, std::uint8_t sides) {
  out.push_back(kDyadFormat);
  out.push_back(static_cast<char>(sides | (c.negated ? 0x80 : 0) | (is_copy(c) ? kCopy : 0)));
  put_varint(out, zigzag(c.polarity));
  char w[sizeof(double)];
  std::memcpy(w, &c.weight, sizeof w);
  out.append(w, sizeof w);
  for (const std::string* s : {&c.relation, &c.category, &c.modality}) put_string(out, *s);
  // Schema 9: the claim's wire agency, only when it has one, so the pair x agency rows are
  // derived from the dyad index as the other rows are (check, replaced documents, shards).
  if (!c.agency.empty()) put_string(out, c.agency);
}

void decode_dyad_value(std::string_view bytes, DyadFact& f) {
  Reader r(bytes);
  if (r.byte() != kDyadFormat) r.fail();
  const auto sides = static_cast<std::uint8_t>(r.byte());
  f.a_state = sides & kAState;
  f.a_actor = sides & kAActor;
  f.b_state = sides & kBState;
  f.b_actor = sides & kBActor;
  f.subject_is_a = sides & kSubjectIsA;
  f.copy = sides & kCopy;
  f.negated = sides & 0x80;
  f.polarity = static_cast<int>(unzigzag(r.varint()));
  f.weight = r.real();
  f.relation = r.view();
  f.category = r.view();
  f.modality = r.view();
  f.agency = r.at_end() ? std::string_view() : r.view();
  r.expect_end();
}

std::string encode_actor_value(const Claim& c) {
  std::string out;
  out.reserve(40 + c.relation.size() + c.category.size() + c.modality.size() + c.subject.id.size() + c.object.id.size());
  append_actor_value(out, c);
  return out;
}

void append_actor_value(std::string& out, const Claim& c) {
  const auto state = [](const Actor& a) -> const std::string& { return a.country.empty() ? a.id : a.country; };
  out.push_back(kActorFormat);
  out.push_back(static_cast<char>(c.negated ? 1 : 0));
  put_varint(out, zigzag(c.polarity));
  char w[sizeof(double)];
  std::memcpy(w, &c.weight, sizeof w);
  out.append(w, sizeof w);
  for (const std::string* s : {&c.relation, &c.category, &c.modality, &state(c.subject), &c.subject.id,
                               &state(c.object), &c.object.id})
    put_string(out, *s);
}

namespace {

// The actor index value's fields, read from `r` (shared by the actor and agency values).
void read_actor_fields(Reader& r, ActorFact& f) {
  if (r.byte() != kActorFormat) r.fail();
  f.negated = r.byte() != 0;
  f.polarity = static_cast<int>(unzigzag(r.varint()));
  f.weight = r.real();
  for (std::string_view* v : {&f.relation, &f.category, &f.modality, &f.subject_state, &f.subject_id, &f.object_state,
                              &f.object_id})
    *v = r.view();
}

}  // namespace

void decode_actor_value(std::string_view bytes, ActorFact& f) {
  Reader r(bytes);
  read_actor_fields(r, f);
  r.expect_end();
}

void append_agency_value(std::string& out, const Claim& c) {
  append_actor_value(out, c);
  put_string(out, c.outlet);
}

void decode_agency_value(std::string_view bytes, ActorFact& f) {
  Reader r(bytes);
  read_actor_fields(r, f);
  f.outlet = r.view();
  r.expect_end();
}

std::string encode_ref(std::uint64_t count, const Actor* actor) {
  std::string out;
  put_varint(out, count);
  if (actor)
    for (const std::string* s : {&actor->name, &actor->country, &actor->type}) put_string(out, *s);
  return out;
}

std::uint64_t decode_ref_count(std::string_view bytes) {
  Reader r(bytes);
  return r.varint();
}

std::optional<Actor> decode_ref_actor(std::string_view id, std::string_view bytes) {
  Reader r(bytes);
  r.varint();
  if (r.at_end()) return std::nullopt;
  Actor a;
  a.id.assign(id);
  r.string_into(a.name);
  r.string_into(a.country);
  r.string_into(a.type);
  r.expect_end();
  return a;
}

std::string encode_counters(const Counters& c) {
  std::string out;
  for (std::uint64_t v : {c.documents, c.claims, c.actors, c.outlets}) put_varint(out, v);
  return out;
}

Counters decode_counters(std::string_view bytes) {
  Reader r(bytes);
  Counters c;
  for (std::uint64_t* v : {&c.documents, &c.claims, &c.actors, &c.outlets}) *v = r.varint();
  r.expect_end();
  return c;
}

}  // namespace irkg::store_codec
