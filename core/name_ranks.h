#pragma once
// A fixed set of names -> their positions, looked up by text with open addressing. A
// whole-store export looks up every outlet of every class row by its name (~9M lookups
// at 10M claims); std::unordered_map's bucket and node chasing was a fifth of the
// export's reading thread (docs/BENCHMARKS.md "session 17").
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

class NameRanks {
 public:
  NameRanks() = default;
  // `names` must outlive this map (the map views them); a name given twice keeps its
  // first position. A temporary would leave the map dangling: refused.
  explicit NameRanks(std::vector<std::string>&& names) = delete;
  explicit NameRanks(const std::vector<std::string>& names) {
    std::size_t size = 16;
    while (size < names.size() * 4) size *= 2;  // at most a quarter full: short probes
    slots_.assign(size, Slot{});
    for (std::uint32_t rank = 0; rank < names.size(); ++rank) {
      const std::string_view name = names[rank];
      std::size_t i = hash(name) & (size - 1);
      while (slots_[i].name && std::string_view(slots_[i].name, slots_[i].size) != name) i = (i + 1) & (size - 1);
      if (!slots_[i].name) slots_[i] = {name.data(), name.size(), rank};
    }
  }

  std::optional<std::uint32_t> find(std::string_view name) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(name) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.name) return std::nullopt;
      if (s.size == name.size() && same_bytes(s.name, name.data(), name.size())) return s.rank;
    }
  }

 private:
  struct Slot {
    const char* name = nullptr;
    std::size_t size = 0;
    std::uint32_t rank = 0;
  };
  // Eight bytes at a time, each word mixed in by a multiply; the last word overlaps the
  // one before rather than reading past the name.
  static std::size_t hash(std::string_view s) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
    const auto mix = [&h](std::uint64_t word) {
      h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 29;
    };
    std::uint64_t word = 0;
    if (s.size() < 8) {
      std::memcpy(&word, s.data(), s.size());
      mix(word);
    } else {
      for (std::size_t at = 0; at + 8 <= s.size(); at += 8) {
        std::memcpy(&word, s.data() + at, 8);
        mix(word);
      }
      if (s.size() % 8 != 0) {
        std::memcpy(&word, s.data() + s.size() - 8, 8);
        mix(word);
      }
    }
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  // Equal bytes, compared a word at a time inline (a call to memcmp per lookup cost more
  // than the hashing).
  static bool same_bytes(const char* x, const char* y, std::size_t n) {
    std::uint64_t wx = 0, wy = 0;
    if (n < 8) {
      std::memcpy(&wx, x, n);
      std::memcpy(&wy, y, n);
      return wx == wy;
    }
    for (std::size_t at = 0; at + 8 <= n; at += 8) {
      std::memcpy(&wx, x + at, 8);
      std::memcpy(&wy, y + at, 8);
      if (wx != wy) return false;
    }
    std::memcpy(&wx, x + n - 8, 8);  // the last word, overlapping the one before
    std::memcpy(&wy, y + n - 8, 8);
    return wx == wy;
  }
  std::vector<Slot> slots_;
};

}  // namespace irkg
