#pragma once
// Small, dependency-free stable hashes (ids and content hashes must not change between
// runs, compilers or machines, so std::hash is not usable here).
#include <cstdint>
#include <string>
#include <string_view>

namespace irkg {

// 64-bit FNV-1a.
constexpr std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// 128 bits as 32 hex chars: two independent 64-bit lanes, enough that content hashes of
// tens of millions of documents do not collide in practice.
std::string hash128_hex(std::string_view s);
std::string hex64(std::uint64_t v);

}  // namespace irkg
