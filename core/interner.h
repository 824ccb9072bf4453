#pragma once
// Strings to dense 32-bit ids (actor codes, outlets, relation names), for aggregations that
// see the same few thousand strings millions of times: the graph build and the outlet
// matrix. Open addressing over a flat array of (hash, id) with FNV-1a: the strings are
// short, and std::unordered_map's node chase plus _Hash_bytes was the largest single cost
// of building a 10M-claim graph under perf. Looked up by string_view, so a view into a
// store scan's buffer allocates only for a string seen the first time.
#include <cstdint>
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
  std::size_t size() const { return names_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint32_t hash = 0, id = kEmpty;
  };
  static std::uint32_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char ch : s) h = (h ^ ch) * 16777619u;
    return h ^ (h >> 15);
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
