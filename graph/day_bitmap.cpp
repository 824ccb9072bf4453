#include "graph/day_bitmap.h"

#include <algorithm>
#include <bit>

namespace irkg {

DayBitmap::DayBitmap(std::int32_t first, std::int32_t last)
    : first_(first), words_(static_cast<std::size_t>((static_cast<std::int64_t>(last) - first) / 64 + 1), 0) {}

std::uint64_t DayBitmap::bytes_for(std::int32_t first, std::int32_t last) {
  return static_cast<std::uint64_t>((static_cast<std::int64_t>(last) - first) / 64 + 1) * sizeof(std::uint64_t);
}

void DayBitmap::add(const DayBitmap& other) {
  for (std::size_t w = 0; w < words_.size() && w < other.words_.size(); ++w) words_[w] |= other.words_[w];
}

void DayBitmap::clear(std::int32_t from, std::int32_t to) {
  if (from > to) return;
  const auto begin = static_cast<std::size_t>(from - first_) / 64, end = static_cast<std::size_t>(to - first_) / 64;
  std::fill(words_.begin() + static_cast<std::ptrdiff_t>(begin), words_.begin() + static_cast<std::ptrdiff_t>(end + 1), 0);
}

std::vector<DateSpell> DayBitmap::spells() const {
  std::vector<DateSpell> spells;
  // One allocation: the runs are counted first (a bit set whose lower neighbour is not);
  // an edge over two years has ~170 of them, grown one by one in 8 reallocations.
  std::size_t runs = 0;
  std::uint64_t carry = 0;
  for (const std::uint64_t word : words_) {
    runs += static_cast<std::size_t>(std::popcount(word & ~((word << 1) | carry)));
    carry = word >> 63;
  }
  spells.reserve(runs);
  bool open = false;
  std::int32_t start = 0;
  for (std::size_t w = 0; w < words_.size(); ++w) {
    std::uint64_t word = words_[w];
    const auto base = first_ + static_cast<std::int32_t>(w * 64);
    int at = 0;
    // Alternate runs of set and clear bits within the word; a run may continue into the next.
    while (at < 64) {
      if (open) {
        const int ones = std::countr_one(word >> at);
        at += ones;
        if (at >= 64) break;  // the run goes on in the next word
        spells.emplace_back(start, base + at - 1);
        open = false;
      } else {
        const std::uint64_t rest = word >> at;
        if (rest == 0) break;
        at += std::countr_zero(rest);
        start = base + at;
        open = true;
      }
    }
  }
  if (open) spells.emplace_back(start, first_ + static_cast<std::int32_t>(words_.size() * 64) - 1);
  return spells;
}

}  // namespace irkg
