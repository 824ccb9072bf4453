#pragma once
// Strings to dense 32-bit ids (actor codes, outlets, relation names), for aggregations that
// see the same few thousand strings millions of times: the graph build and the outlet
// matrix. Open addressing over a flat array of (hash, id) with a word-at-a-time hash: the strings
// are short, and std::unordered_map's node chase plus _Hash_bytes was the largest single cost
// of building a 10M-claim graph under perf. Looked up by string_view, so a view into a
// store scan's buffer allocates only for a string seen the first time.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

class Interner {
 public:
  std::uint32_t id(std::string_view s) {
    if ((names_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint32_t h = hash(s);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot = Slot{h, static_cast<std::uint32_t>(names_.size())};
        names_.emplace_back(s);
        return slot.id;
      }
      if (slot.hash == h && names_[slot.id] == s) return slot.id;
    }
  }
  const std::string& name(std::uint32_t id) const { return names_[id]; }
  // Every name, by id (stable while nothing is added).
  const std::vector<std::string>& names() const { return names_; }
  std::size_t size() const { return names_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint32_t hash = 0, id = kEmpty;
  };
  // Eight bytes at a time with a multiply-xorshift mix: outlet names and relation names
  // are 10-20 bytes, where byte-wise FNV-1a was a visible share of the graph build.
  static std::uint32_t hash(std::string_view s) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return static_cast<std::uint32_t>(h);
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.id == kEmpty) continue;
      std::size_t i = slot.hash & (slots_.size() - 1);
      while (slots_[i].id != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }
  std::vector<Slot> slots_;
  std::vector<std::string> names_;
};

}  // namespace irkg
