#include "store/claim_entries.h"

#include <algorithm>

#include "store/codec.h"

namespace irkg::store_schema {
namespace {

// Codes an actor is indexed under: its country and, when different, its own id.
struct Codes {
  std::string_view code[2];
  int size = 0;
  std::string_view state() const { return code[0]; }
};

Codes actor_codes(const Actor& a) {
  Codes k;
  k.code[k.size++] = a.country.empty() ? a.id : a.country;
  if (!a.id.empty() && a.id != k.code[0]) k.code[k.size++] = a.id;
  return k;
}

}  // namespace

const std::vector<ClaimEntries::Entry>& ClaimEntries::of(const Claim& c) {
  bytes_.clear();
  spans_.clear();
  actor_value_.clear();
  store_codec::append_actor_value(actor_value_, c);  // by_subject, by_object and by_outlet share it
  for (Cf cf : kIndexCfs) add(cf, c);
  return views();
}

const std::vector<ClaimEntries::Entry>& ClaimEntries::of(Cf cf, const Claim& c) {
  bytes_.clear();
  spans_.clear();
  actor_value_.clear();
  if (cf == BySubject || cf == ByObject || cf == ByOutlet) store_codec::append_actor_value(actor_value_, c);
  add(cf, c);
  return views();
}

// As store_schema::join: a separator before every part but the key's first bytes.
void ClaimEntries::start_key(std::initializer_list<std::string_view> parts) {
  key_start_ = bytes_.size();
  // A separator between every two parts, also after an empty first part: an undated
  // claim's date key is "\x1fID", below every date, not "ID" sorted among the dates.
  bool first = true;
  for (std::string_view p : parts) {
    if (!first) bytes_ += kSep;
    first = false;
    bytes_ += p;
  }
}

void ClaimEntries::finish(Cf cf, std::string_view value) {
  const std::string_view key(bytes_.data() + key_start_, bytes_.size() - key_start_);
  for (const Span& s : spans_)
    if (s.cf == cf && std::string_view(bytes_.data() + s.key, s.value - s.key) == key) {
      bytes_.resize(key_start_);
      return;
    }
  const std::size_t value_at = bytes_.size();
  bytes_ += value;
  spans_.push_back({cf, key_start_, value_at, bytes_.size()});
}

void ClaimEntries::add(Cf cf, const Claim& c) {
  namespace codec = store_codec;
  switch (cf) {
    case BySubject:
    case ByObject: {
      const Codes codes = actor_codes(cf == BySubject ? c.subject : c.object);
      for (int i = 0; i < codes.size; ++i) {
        start_key({codes.code[i], c.date, c.outlet, c.id});
        finish(cf, actor_value_);
      }
      break;
    }
    case ByDyad: {
      const Codes subject = actor_codes(c.subject), object = actor_codes(c.object);
      // Which codes a side is: its state-level code and/or its own id.
      auto side_bits = [](const Actor& actor, const Codes& codes, std::string_view code, std::uint8_t state,
                          std::uint8_t own) {
        return static_cast<std::uint8_t>((code == codes.state() ? state : 0) | (code == actor.id ? own : 0));
      };
      for (int i = 0; i < subject.size; ++i)
        for (int j = 0; j < object.size; ++j) {
          const std::string_view s = subject.code[i], o = object.code[j];
          const bool subject_first = s <= o;
          const std::string_view a = subject_first ? s : o, b = subject_first ? o : s;
          const std::uint8_t sides =
              side_bits(subject_first ? c.subject : c.object, subject_first ? subject : object, a, codec::kAState,
                        codec::kAActor) |
              side_bits(subject_first ? c.object : c.subject, subject_first ? object : subject, b, codec::kBState,
                        codec::kBActor) |
              (subject_first ? codec::kSubjectIsA : 0);
          start_key({a, b, c.date, c.outlet, c.id});
          dyad_value_.clear();
          codec::append_dyad_value(dyad_value_, c, sides);
          finish(cf, dyad_value_);
        }
      break;
    }
    case ByOutlet:
      // The value is the claim's digest (schema 7): an outlet and a window answer from the
      // index alone, no claim record read (docs/STORE.md "by_outlet").
      start_key({c.outlet, c.date, c.id});
      finish(cf, actor_value_);
      break;
    case ByDate:
      start_key({c.date, c.id});
      finish(cf, {});
      break;
    case ByAgency:
      // Only a syndicated story's claims (schema 8): an agency and a window answer from
      // the index alone, its value the claim's digest and outlet (docs/STORE.md "by_agency").
      if (c.agency.empty()) break;
      start_key({c.agency, c.date, c.id});
      agency_value_.clear();
      store_codec::append_agency_value(agency_value_, c);
      finish(cf, agency_value_);
      break;
    default: break;
  }
}

const std::vector<ClaimEntries::Entry>& ClaimEntries::views() {
  entries_.clear();
  for (const Span& s : spans_)
    entries_.push_back({s.cf, std::string_view(bytes_.data() + s.key, s.value - s.key),
                        std::string_view(bytes_.data() + s.value, s.end - s.value)});
  return entries_;
}

}  // namespace irkg::store_schema
