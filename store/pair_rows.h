#pragma once
// The pair_stats column family (schema 6, docs/STORE.md "Pair aggregates"): rows of
// PairStats (core/pair_stats.h) per state-level pair, per outlet x pair, per year,
// quarter, month, ten days and day x pair, per pair x relation class and the outlet matrix's cells per pair, their
// keys, their binary form and the merge operator that adds them.
#include <rocksdb/merge_operator.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/claim.h"
#include "core/pair_stats.h"
#include "store/store.h"

namespace irkg::pair_rows {

// Row sections: the first byte of every key.
inline constexpr char kTotals = 'p';  // p \x1f A \x1f B
inline constexpr char kOutlet = 'o';  // o \x1f outlet \x1f A \x1f B
inline constexpr char kMonth = 'm';   // m \x1f YYYY-MM \x1f A \x1f B
inline constexpr char kDay = 'd';     // d \x1f YYYY-MM-DD \x1f A \x1f B
inline constexpr char kOddDate = 'u'; // u \x1f A \x1f B: claims whose date is not YYYY-MM-DD
inline constexpr char kYear = 'y';    // y \x1f YYYY \x1f A \x1f B (schema 5)
inline constexpr char kClass = 'c';   // c \x1f A \x1f B \x1f CLASS: the exports' per-class details (schema 5)
inline constexpr char kCells = 'x';   // x \x1f A \x1f B: the outlet matrix's cells, self pairs too (schema 5)
inline constexpr char kQuarter = 'q';  // q \x1f YYYY-Qn \x1f A \x1f B (schema 6)
inline constexpr char kAgency = 'g';   // g \x1f agency \x1f A \x1f B: a wire agency's claims (schema 9)
inline constexpr char kAgencyClass = 'h';  // h \x1f agency \x1f A \x1f B \x1f CLASS: its class rows (schema 9)
inline constexpr char kDekad = 't';    // t \x1f YYYY-MM-n \x1f A \x1f B: days 1-10, 11-20, 21-end (n = 1, 2, 3; schema 6)

// What the aggregates count of a claim: nullopt for a negated claim or a side without a
// code (the graph and the outlet matrix drop those too). A self pair (a == b) only adds
// to its x row.
std::optional<PairClaim> of_claim(const Claim& c);
// The same from a dyad index entry: only the state-level entry of a claim counts.
std::optional<PairClaim> of_dyad_fact(const DyadFact& f);

// The row keys a claim adds to (1 to 10), in `keys` (replaced).
void row_keys(const PairClaim& c, std::vector<std::string>& keys);

// Rows being summed in memory: key -> stats.
using RowSet = std::unordered_map<std::string, PairStats>;
void add_to_rows(RowSet& rows, const PairClaim& c, std::vector<std::string>& key_buffer);

std::string encode(const PairStats& s);
// Throws StoreError("database is corrupt: malformed pair aggregate") when malformed.
void decode_into(std::string_view bytes, PairStats& s);

// The same row as views into `bytes` (PairRowView), without copying a name; with
// `with_relations` false the relation names are passed over (left empty). Rejects exactly
// what decode_into rejects.
void decode_view(std::string_view bytes, PairRowView& v, bool with_relations = true);
// Only the counts, dates and days (outlets, relations and evidence left empty): a pass over
// the class rows for their days alone (the GEXF nodes' spells). Rejects what decode_view rejects.
void decode_days_view(std::string_view bytes, PairRowView& v);

// A key's section, label (outlet, year, month, day or relation class; empty for p, u and
// x rows) and pair; false when malformed.
struct ParsedKey {
  char section = 0;
  std::string_view label, a, b;
};
bool parse_key(std::string_view key, ParsedKey& out);

// Adds operands to the existing row (associative: every operand only adds).
std::shared_ptr<rocksdb::MergeOperator> merge_operator();

}  // namespace irkg::pair_rows
