#pragma once
// Small integer ids for the strings a comparison sees millions of times (actor codes,
// outlets): maps keyed by integers instead of strings keep a 10M-claim comparison fast.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/stance.h"

namespace irkg::compare_detail {

class Interner {
 public:
  std::uint32_t id(std::string_view s) {
    if (const auto it = ids_.find(s); it != ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(names_.size());
    ids_.emplace(std::string(s), id);
    names_.emplace_back(s);
    return id;
  }
  const std::string& name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> names_;
};

// normalize_outlet() once per distinct raw outlet string.
class OutletCache {
 public:
  std::uint32_t id(const Claim& c) { return id(std::string_view(c.outlet)); }
  std::uint32_t id(std::string_view raw) {
    if (has_last_ && raw == last_) return last_id_;  // claims come grouped by document
    const auto it = raw_.find(raw);
    std::uint32_t id;
    if (it != raw_.end()) {
      id = it->second;
    } else {
      const std::string name = normalize_outlet(raw);
      id = names_.id(name.empty() ? "unknown outlet" : name);  // as outlet_of()
      raw_.emplace(std::string(raw), id);
    }
    last_.assign(raw);
    has_last_ = true;
    last_id_ = id;
    return id;
  }
  const std::string& name(std::uint32_t id) const { return names_.name(id); }
  std::size_t size() const { return names_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> raw_;
  Interner names_;
  std::string last_;
  bool has_last_ = false;
  std::uint32_t last_id_ = 0;
};

// The unordered pair of a claim as one 64-bit key of interned actor codes (smaller first
// by name, so keys sort like the names do when the interner is filled in name order).
inline std::uint64_t pair_id(Interner& actors, const Claim& c) {
  std::string_view a = c.subject.country.empty() ? std::string_view(c.subject.id) : std::string_view(c.subject.country);
  std::string_view b = c.object.country.empty() ? std::string_view(c.object.id) : std::string_view(c.object.country);
  if (b < a) std::swap(a, b);
  return (static_cast<std::uint64_t>(actors.id(a)) << 32) | actors.id(b);
}

}  // namespace irkg::compare_detail
