#pragma once
// A set of words looked up by string_view without building a std::string (the frames ask
// "is this word a negator?" millions of times a second).
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace irkg {

struct TransparentStringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, TransparentStringHash, std::equal_to<>>;

}  // namespace irkg
