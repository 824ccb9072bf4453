#pragma once
// 64-bit key -> dense 32-bit index with open addressing, for aggregations keyed by packed
// interned ids (a pair of actors, an outlet and a pair): one probe usually lands in one
// cache line, where std::unordered_map chases a bucket and a node. Used by the graph build
// (pairs) and the outlet matrix (pairs, cells).
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace irkg {

class FlatIndex {
 public:
  // The index stored for `key`, inserting `next` when absent; returns (index, inserted).
  std::pair<std::uint32_t, bool> find_or_insert(std::uint64_t key, std::uint32_t next) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    for (std::size_t i = mix(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].value == kEmpty) {
        slots_[i] = {key, next};
        ++size_;
        return {next, true};
      }
      if (slots_[i].key == key) return {slots_[i].value, false};
    }
  }
  void clear() {
    slots_.clear();
    slots_.shrink_to_fit();
    size_ = 0;
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kEmpty;
  };
  static std::size_t mix(std::uint64_t x) {  // splitmix64 finaliser: spreads packed ids
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return static_cast<std::size_t>(x);
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.value != kEmpty) find_or_insert(s.key, s.value);
  }
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace irkg
