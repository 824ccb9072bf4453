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
      if (slot.hash == h && same(names_[slot.id], s)) return slot.id;
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
  // are 10-20 bytes, where byte-wise FNV-1a was a visible share of the graph build. The
  // last word overlaps the one before (no variable-length copy: a memcpy call per name
  // showed under perf when a date window interns ~4M names).
  static std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static std::uint32_t load4(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  }
  static std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
  }
  static std::uint32_t hash(std::string_view s) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) h = mix(h, load8(p + i));
      h = mix(h, load8(p + n - 8));
    } else if (n >= 4) {
      h = mix(h, (static_cast<std::uint64_t>(load4(p)) << 32) | load4(p + n - 4));
    } else if (n > 0) {
      const auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
      h = mix(h, byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1));
    }
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return static_cast<std::uint32_t>(h);
  }
  // Equality without a memcmp call for the usual short names (same-size words compared,
  // the last one overlapping).
  static bool same(const std::string& name, std::string_view s) {
    const std::size_t n = s.size();
    if (name.size() != n) return false;
    const char* x = name.data();
    const char* y = s.data();
    if (n >= 8 && n <= 32) {
      for (std::size_t i = 0; i + 8 < n; i += 8)
        if (load8(x + i) != load8(y + i)) return false;
      return load8(x + n - 8) == load8(y + n - 8);
    }
    if (n >= 4 && n < 8) return load4(x) == load4(y) && load4(x + n - 4) == load4(y + n - 4);
    return n == 0 || std::memcmp(x, y, n) == 0;
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
