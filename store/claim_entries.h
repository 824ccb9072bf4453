#pragma once
// A claim's index entries (docs/STORE.md) built in buffers that are reused from claim to
// claim. Ingest writes ~8 keys per claim; building each as a fresh string (vectors of
// pairs, joined parts, one value encoding per entry) cost as much as RocksDB's write of
// them (perf, docs/STORE.md "Ingest").
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "store/schema.h"

namespace irkg::store_schema {

class ClaimEntries {
 public:
  struct Entry {
    Cf cf;
    std::string_view key, value;
  };
  // The entries of `c` in every index family, or in one. Within a family keys are unique:
  // when two code combinations give one key (an actor whose id is its country's code),
  // the first combination's entry is kept. Views stay valid until the next call.
  const std::vector<Entry>& of(const Claim& c);
  const std::vector<Entry>& of(Cf cf, const Claim& c);

 private:
  struct Span {
    Cf cf;
    std::size_t key, value, end;  // offsets in bytes_
  };
  void add(Cf cf, const Claim& c);
  // Begins an entry: its key from `parts`, separated as store_schema::join separates them.
  void start_key(std::initializer_list<std::string_view> parts);
  // Ends the key begun by start_key() with `value`, unless the family already has that key.
  void finish(Cf cf, std::string_view value);
  const std::vector<Entry>& views();

  std::string bytes_, actor_value_, dyad_value_, agency_value_;
  std::size_t key_start_ = 0;
  std::vector<Span> spans_;
  std::vector<Entry> entries_;
};

}  // namespace irkg::store_schema
