#include "store/pair_rows.h"

#include <cmath>
#include <cstring>
#include <algorithm>
#include <deque>

#include "core/date.h"
#include "store/record_io.h"
#include "store/schema.h"

namespace irkg::pair_rows {

using store_schema::kSep;

namespace {

constexpr char kFormat = 'S';
// Tags of the optional trailing sections (schema 5): a class row's days, a matrix row's cells.
constexpr char kDaysTag = 'D';
constexpr char kCellsTag = 'X';
constexpr char kNamingTag = 'N';  // an agency row's describing claims (schema 9)

std::string_view state_code(const Actor& a) { return a.country.empty() ? a.id : a.country; }

using record_io::put_string;
using record_io::put_varint;
using record_io::zigzag;

constexpr std::size_t kHexIdBytes = 12;

int hex_value(char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; }

bool is_hex_id(std::string_view id) {
  if (id.size() != 2 * kHexIdBytes) return false;
  for (char c : id)
    if (hex_value(c) < 0) return false;
  return true;
}

void put_hex_id(std::string& out, std::string_view id) {
  for (std::size_t i = 0; i < kHexIdBytes; ++i)
    out.push_back(static_cast<char>(hex_value(id[2 * i]) << 4 | hex_value(id[2 * i + 1])));
}

[[noreturn]] void malformed() { throw StoreError("database is corrupt: malformed pair aggregate"); }

// Pair aggregate rows: corruption reads "malformed pair aggregate"; claim ids are stored as
// their 12 bytes.
class Reader : public record_io::Reader {
 public:
  explicit Reader(std::string_view bytes) : record_io::Reader(bytes, "pair aggregate") {}
  void hex_id_into(std::string& id) {
    const std::string_view bytes = take(kHexIdBytes);
    static constexpr char kDigits[] = "0123456789abcdef";
    id.resize(2 * kHexIdBytes);
    for (std::size_t i = 0; i < kHexIdBytes; ++i) {
      const auto byte = static_cast<unsigned char>(bytes[i]);
      id[2 * i] = kDigits[byte >> 4];
      id[2 * i + 1] = kDigits[byte & 15];
    }
  }
};

std::int32_t day_of(std::int64_t v) {
  if (v < INT32_MIN || v > INT32_MAX) malformed();
  return static_cast<std::int32_t>(v);
}

void put_counts(std::string& out, const std::vector<std::pair<std::string, std::int64_t>>& counts) {
  put_varint(out, counts.size());
  for (const auto& [name, n] : counts) {
    put_string(out, name);
    put_varint(out, zigzag(n));
  }
}

// Resizes a list of named entries without freeing names: a reader decodes rows into one
// PairStats again and again, and a shorter row would destroy the names a longer one needs
// next (outlet names of 16 bytes and more live on the heap: a malloc and a free per name
// per row, 8 % of a window's time under perf). The names of dropped entries wait here.
template <class Entry, class NameOf>
void resize_keeping_names(std::vector<Entry>& entries, std::size_t n, NameOf name_of) {
  thread_local std::vector<std::string> spare;
  constexpr std::size_t kMostSpare = 4096;  // names; rows list at most a few hundred
  while (entries.size() > n) {
    if (spare.size() < kMostSpare) spare.push_back(std::move(name_of(entries.back())));
    entries.pop_back();
  }
  while (entries.size() < n) {
    entries.emplace_back();
    if (!spare.empty()) {
      name_of(entries.back()) = std::move(spare.back());
      spare.pop_back();
    }
  }
}

void read_counts(Reader& r, std::vector<std::pair<std::string, std::int64_t>>& counts) {
  const std::uint64_t n = r.varint();
  if (n > (1u << 24)) malformed();
  resize_keeping_names(counts, n, [](auto& entry) -> std::string& { return entry.first; });
  for (auto& [name, count] : counts) {
    r.string_into(name);
    count = r.signed_varint();
  }
}

// Adds every operand to the existing row at once: one decode per operand and one encode,
// where a pairwise merge re-encoded the growing row after each of a bulk load's shards
// (an uncompacted 10M store read its pair rows ~2x slower that way).
class AddRows : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    return sum(in.existing_value, in.operand_list, &out->new_value);
  }
  bool PartialMergeMulti(const rocksdb::Slice&, const std::deque<rocksdb::Slice>& operands, std::string* new_value,
                         rocksdb::Logger*) const override {
    return sum(nullptr, operands, new_value);
  }
  const char* Name() const override { return "irkg.pair_stats.add"; }

 private:
  template <class Operands>
  static bool sum(const rocksdb::Slice* existing, const Operands& operands, std::string* new_value) {
    try {
      PairStats total, operand;
      if (existing) decode_into(std::string_view(existing->data(), existing->size()), total);
      for (const rocksdb::Slice& value : operands) {
        decode_into(std::string_view(value.data(), value.size()), operand);
        total.merge(operand);
      }
      *new_value = encode(total);
      return true;
    } catch (const StoreError&) {
      return false;  // RocksDB reports Corruption: "database is corrupt" to the caller
    }
  }
};

}  // namespace

std::optional<PairClaim> of_claim(const Claim& c) {
  if (c.negated) return std::nullopt;
  const std::string_view s = state_code(c.subject), o = state_code(c.object);
  if (s.empty() || o.empty()) return std::nullopt;
  PairClaim p;
  p.a = std::min(s, o);
  p.b = std::max(s, o);
  p.date = c.date;
  p.outlet = c.outlet;
  p.relation = c.relation;
  p.category = c.category;
  p.claim_id = c.id;
  p.polarity = c.polarity;
  p.weight = c.weight;
  p.asserted = c.modality == "asserted";
  p.copy = is_copy(c);
  p.agency = c.agency;
  const bool subject_low = s <= o;
  p.a_self = (subject_low ? c.subject : c.object).id == p.a;
  p.b_self = (subject_low ? c.object : c.subject).id == p.b;
  return p;
}

std::optional<PairClaim> of_dyad_fact(const DyadFact& f) {
  if (!(f.a_state && f.b_state) || f.negated || f.a.empty() || f.b.empty()) return std::nullopt;
  PairClaim p;
  p.a = f.a;
  p.b = f.b;
  p.date = f.date;
  p.outlet = f.outlet;
  p.relation = f.relation;
  p.category = f.category;
  p.claim_id = f.claim_id;
  p.polarity = f.polarity;
  p.weight = f.weight;
  p.asserted = f.modality == "asserted";
  p.copy = f.copy;
  p.agency = f.agency;
  p.a_self = f.a_actor;  // the state-level entry: a is a's state code, and also its own id
  p.b_self = f.b_actor;
  return p;
}

void row_keys(const PairClaim& c, std::vector<std::string>& keys) {
  // The strings are reused from call to call (ingest builds 5-7 keys per claim).
  std::size_t used = 0;
  const auto next = [&]() -> std::string& {
    if (used == keys.size()) keys.emplace_back();
    return keys[used++];
  };
  const auto key = [&](char section, std::string_view label, bool labelled) {
    std::string& k = next();
    k.assign(1, section);
    k += kSep;
    if (labelled) {
      k += label;
      k += kSep;
    }
    k += c.a;
    k += kSep;
    k += c.b;
  };
  key(kCells, {}, false);
  if (!c.self_pair()) {
    key(kTotals, {}, false);
    // The class goes last: a category or relation may hold any character, codes do not.
    std::string& k = next();
    k.assign(1, kClass);
    k += kSep;
    k += c.a;
    k += kSep;
    k += c.b;
    k += kSep;
    k += c.relation_class();
    if (!c.outlet.empty()) key(kOutlet, c.outlet, true);
    if (!c.agency.empty()) {
      key(kAgency, c.agency, true);
      std::string& h = next();
      h.assign(1, kAgencyClass);
      h += kSep;
      h += c.agency;
      h += kSep;
      h += c.a;
      h += kSep;
      h += c.b;
      h += kSep;
      h += c.relation_class();
    }
    if (!c.date.empty()) {
      if (const auto day = c.date.size() == 10 ? parse_iso_date(c.date) : std::nullopt) {
        // The quarter's and ten days' labels (store/window_cover.h) spelled from the date
        // in place: this runs for every claim written.
        const char quarter_digit = static_cast<char>('1' + (day->month - 1) / 3);
        const char quarter[7] = {c.date[0], c.date[1], c.date[2], c.date[3], '-', 'Q', quarter_digit};
        char dekad[9];
        c.date.copy(dekad, 8);
        dekad[8] = static_cast<char>(day->day <= 10 ? '1' : day->day <= 20 ? '2' : '3');
        key(kYear, c.date.substr(0, 4), true);
        key(kQuarter, std::string_view(quarter, sizeof quarter), true);
        key(kMonth, c.date.substr(0, 7), true);
        key(kDekad, std::string_view(dekad, sizeof dekad), true);
        key(kDay, c.date, true);
      } else {
        key(kOddDate, {}, false);
      }
    }
  }
  keys.resize(used);
}

void add_to_rows(RowSet& rows, const PairClaim& c, std::vector<std::string>& key_buffer) {
  row_keys(c, key_buffer);
  for (const auto& k : key_buffer) {
    auto it = rows.find(k);
    if (it == rows.end()) it = rows.emplace(k, PairStats{}).first;
    if (k[0] == kCells) it->second.add_cell(c);
    else it->second.add(c, k[0] != kOutlet, k[0] == kClass || k[0] == kAgencyClass);
    if (k[0] == kAgency) it->second.offer_naming(c);
  }
}

std::string encode(const PairStats& s) {
  std::string out(1, kFormat);
  for (std::int64_t v : {s.positive, s.negative, s.neutral, s.net_micro, s.abs_weight_micro,
                         static_cast<std::int64_t>(s.first_day), static_cast<std::int64_t>(s.last_day)})
    put_varint(out, zigzag(v));
  put_counts(out, s.outlets);
  put_counts(out, s.relations);
  for (const PairEvidence& e : s.best) {
    // Claim ids are 24 lowercase hex digits (compute_claim_id): kept as 12 bytes. A weight
    // whose double is exactly its millionths is kept as those (2-3 bytes, not 8).
    const bool hex_id = is_hex_id(e.id);
    const std::int64_t micro = std::llround(e.abs_weight * 1e6);
    const bool micro_weight = static_cast<double>(micro) / 1e6 == e.abs_weight;
    out.push_back(static_cast<char>((e.present ? 1 : 0) | (e.direct ? 2 : 0) | (hex_id ? 4 : 0) | (micro_weight ? 8 : 0)));
    if (!e.present) continue;
    if (micro_weight) {
      put_varint(out, zigzag(micro));
    } else {
      char bits[sizeof(double)];
      std::memcpy(bits, &e.abs_weight, sizeof bits);
      out.append(bits, sizeof bits);
    }
    put_varint(out, zigzag(e.day));
    if (hex_id) {
      put_hex_id(out, e.id);
    } else {
      put_string(out, e.id);
    }
  }
  // Optional trailing sections, each behind its tag (a row without them ends here).
  if (!s.days.empty()) {
    out.push_back(kDaysTag);
    put_varint(out, s.days.size());
    std::int64_t previous = 0;
    for (std::int32_t day : s.days) {  // sorted: deltas are small
      put_varint(out, zigzag(day - previous));
      previous = day;
    }
  }
  if (!s.cells.empty()) {
    out.push_back(kCellsTag);
    put_varint(out, s.cells.size());
    for (const OutletCell& c : s.cells) {
      put_string(out, c.outlet);
      for (std::int64_t v : {c.claims, c.net_micro, c.copy_claims, c.copy_net_micro}) put_varint(out, zigzag(v));
    }
  }
  if (!s.naming[0].empty() || !s.naming[1].empty()) {
    out.push_back(kNamingTag);
    for (const std::string& id : s.naming) put_string(out, id);
  }
  return out;
}

namespace {

// The counts, weight sums and dates that open every row, owned or viewed.
void read_pair_counts(Reader& r, PairCounts& c) {
  if (r.byte() != kFormat) malformed();
  c.positive = r.signed_varint();
  c.negative = r.signed_varint();
  c.neutral = r.signed_varint();
  c.net_micro = r.signed_varint();
  c.abs_weight_micro = r.signed_varint();
  c.first_day = day_of(r.signed_varint());
  c.last_day = day_of(r.signed_varint());
}

}  // namespace

void decode_into(std::string_view bytes, PairStats& s) {
  Reader r(bytes);
  read_pair_counts(r, s);
  read_counts(r, s.outlets);
  read_counts(r, s.relations);
  for (PairEvidence& e : s.best) {
    const auto flags = static_cast<unsigned char>(r.byte());
    if (flags > 15) malformed();
    e.present = flags & 1;
    e.direct = flags & 2;
    if (!e.present) {
      e = PairEvidence{};
      continue;
    }
    e.abs_weight = (flags & 8) ? static_cast<double>(r.signed_varint()) / 1e6 : r.real();
    e.day = day_of(r.signed_varint());
    if (flags & 4) {
      r.hex_id_into(e.id);
    } else {
      r.string_into(e.id);
    }
  }
  s.days.clear();
  int tag = r.at_end() ? -1 : r.byte();  // -1: the row ends after its evidence
  if (tag == kDaysTag) {
    const std::uint64_t n = r.varint();
    if (n > (1u << 24)) malformed();
    s.days.resize(n);
    std::int64_t day = 0;
    for (auto& d : s.days) {
      day += r.signed_varint();
      d = day_of(day);
    }
    if (!std::is_sorted(s.days.begin(), s.days.end())) malformed();
    tag = r.at_end() ? -1 : r.byte();
  }
  if (tag == kCellsTag) {
    const std::uint64_t n = r.varint();
    if (n > (1u << 24)) malformed();
    resize_keeping_names(s.cells, n, [](OutletCell& c) -> std::string& { return c.outlet; });
    for (OutletCell& c : s.cells) {
      r.string_into(c.outlet);
      c.claims = r.signed_varint();
      c.net_micro = r.signed_varint();
      c.copy_claims = r.signed_varint();
      c.copy_net_micro = r.signed_varint();
    }
    tag = r.at_end() ? -1 : r.byte();
  } else {
    resize_keeping_names(s.cells, 0, [](OutletCell& c) -> std::string& { return c.outlet; });
  }
  if (tag == kNamingTag) {
    for (std::string& id : s.naming) r.string_into(id);
  } else {
    for (std::string& id : s.naming) id.clear();
    if (tag != -1) malformed();
  }
  if (!r.at_end()) malformed();
}

namespace {

// read_counts() as views; with `keep` false the names are only skipped.
void read_count_views(Reader& r, std::vector<std::pair<std::string_view, std::int64_t>>& counts, bool keep) {
  const std::uint64_t n = r.varint();
  if (n > (1u << 24)) malformed();
  counts.clear();
  for (std::uint64_t i = 0; i < n; ++i) {
    const std::string_view name = r.view();
    const std::int64_t count = r.signed_varint();
    if (keep) counts.emplace_back(name, count);
  }
}

// decode_view, keeping only the parts asked for (the others are checked and passed over).
void decode_view_parts(std::string_view bytes, PairRowView& v, bool with_outlets, bool with_relations, bool with_evidence) {
  // The same checks as decode_into: a row one rejects, the other rejects too.
  Reader r(bytes);
  read_pair_counts(r, v);
  read_count_views(r, v.outlets, with_outlets);
  read_count_views(r, v.relations, with_relations);
  for (PairEvidenceView& e : v.best) {
    const auto flags = static_cast<unsigned char>(r.byte());
    if (flags > 15) malformed();
    e.present = flags & 1;
    e.direct = flags & 2;
    if (!e.present || !with_evidence) {
      e = PairEvidenceView{};
      if (!(flags & 1)) continue;
    }
    const double abs_weight = (flags & 8) ? static_cast<double>(r.signed_varint()) / 1e6 : r.real();
    const std::int32_t day = day_of(r.signed_varint());
    const std::string_view id = (flags & 4) ? r.take(kHexIdBytes) : r.view();
    if (!with_evidence) continue;  // checked, not kept: spelling ids in hex is most of a skim
    e.abs_weight = abs_weight;
    e.day = day;
    if (flags & 4) e.set_hex_id(id);
    else e.set_raw_id(id);
  }
  // Trailing sections (only class and matrix rows have them): a class row's days, a
  // matrix row's cells checked and passed over.
  v.days.clear();
  int tag = r.at_end() ? -1 : r.byte();
  if (tag == kDaysTag) {
    const std::uint64_t n = r.varint();
    if (n > (1u << 24)) malformed();
    v.days.resize(n);
    std::int64_t day = 0;
    for (auto& d : v.days) {
      day += r.signed_varint();
      d = day_of(day);
    }
    if (!std::is_sorted(v.days.begin(), v.days.end())) malformed();
    tag = r.at_end() ? -1 : r.byte();
  }
  if (tag == kCellsTag) {
    const std::uint64_t n = r.varint();
    if (n > (1u << 24)) malformed();
    for (std::uint64_t i = 0; i < n; ++i) {
      r.view();
      for (int field = 0; field < 4; ++field) r.signed_varint();
    }
    tag = r.at_end() ? -1 : r.byte();
  }
  if (tag == kNamingTag) {
    for (std::string_view& id : v.naming) id = r.view();
  } else {
    v.naming = {};
    if (tag != -1) malformed();
  }
  if (!r.at_end()) malformed();
}

}  // namespace

void decode_view(std::string_view bytes, PairRowView& v, bool with_relations) {
  decode_view_parts(bytes, v, true, with_relations, true);
}

void decode_days_view(std::string_view bytes, PairRowView& v) { decode_view_parts(bytes, v, false, false, false); }

bool parse_key(std::string_view key, ParsedKey& out) {
  if (key.size() < 2 || key[1] != kSep) return false;
  out.section = key[0];
  if (out.section == kClass || out.section == kAgencyClass) {
    // c \x1f A \x1f B \x1f CLASS: codes hold no separator, the class may; h rows have
    // the agency (canonical names hold none) before the pair.
    std::size_t start = 2;
    if (out.section == kAgencyClass) {
      const std::size_t after_agency = key.find(kSep, 2);
      if (after_agency == std::string_view::npos || after_agency == 2) return false;
      start = after_agency + 1;
    }
    const std::size_t after_a = key.find(kSep, start);
    if (after_a == std::string_view::npos) return false;
    const std::size_t after_b = key.find(kSep, after_a + 1);
    if (after_b == std::string_view::npos) return false;
    out.a = key.substr(start, after_a - start);
    out.b = key.substr(after_a + 1, after_b - after_a - 1);
    out.label = key.substr(after_b + 1);
    return !out.a.empty() && !out.b.empty();
  }
  // Codes hold no separator; an outlet may, so the pair is read from the end.
  const std::size_t last = key.rfind(kSep);
  if (last <= 1) return false;
  out.b = key.substr(last + 1);
  const std::size_t before = key.rfind(kSep, last - 1);
  if (before == std::string_view::npos) return false;
  out.a = key.substr(before + 1, last - before - 1);
  const bool labelled = out.section == kOutlet || out.section == kAgency || out.section == kMonth || out.section == kDay || out.section == kYear ||
                        out.section == kQuarter || out.section == kDekad;
  if (labelled) {
    if (before <= 1) return false;
    out.label = key.substr(2, before - 2);
  } else {
    if (before != 1) return false;
    out.label = {};
  }
  return out.section == kTotals || out.section == kOutlet || out.section == kAgency || out.section == kMonth ||
         out.section == kDay ||
         out.section == kYear || out.section == kQuarter || out.section == kDekad || out.section == kOddDate ||
         out.section == kCells;
}

std::shared_ptr<rocksdb::MergeOperator> merge_operator() {
  static const auto op = std::make_shared<AddRows>();
  return op;
}

}  // namespace irkg::pair_rows
