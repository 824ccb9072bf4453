#pragma once
// Sets of days (day numbers) over one known range as bitmaps: an edge's spells are the
// union of its classes' days and a vertex's the union of its edges'. Collected into vectors
// and sorted, a 10M-claim export sorted ~27M day numbers (most of its graph build); set
// as bits, each union costs a word per 64 days.
#include <cstdint>
#include <vector>

#include "graph/signed_graph.h"

namespace irkg {

class DayBitmap {
 public:
  DayBitmap() = default;
  // Days first..last (inclusive) can be added; first <= last.
  DayBitmap(std::int32_t first, std::int32_t last);
  // Bytes of one bitmap over first..last: callers check a budget before making one per vertex.
  static std::uint64_t bytes_for(std::int32_t first, std::int32_t last);

  void add(std::int32_t day) {
    const auto bit = static_cast<std::uint64_t>(day - first_);
    words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  void add(const std::vector<std::int32_t>& days) {
    for (std::int32_t d : days) add(d);
  }
  void add(const DayBitmap& other);  // same range
  // Clears the words holding days from..to (the only ones an edge set).
  void clear(std::int32_t from, std::int32_t to);
  // Runs of consecutive set days, in order.
  std::vector<DateSpell> spells() const;

 private:
  std::int32_t first_ = 0;
  std::vector<std::uint64_t> words_;
};

}  // namespace irkg
