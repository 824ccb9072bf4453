#include "core/hash.h"

namespace irkg {

std::string hex64(std::uint64_t v) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = digits[v & 0xF];
    v >>= 4;
  }
  return out;
}

namespace {
// A second lane with a different offset basis and a final avalanche (splitmix64), so
// the two halves are not trivially correlated.
std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
}  // namespace

std::string hash128_hex(std::string_view s) {
  std::uint64_t a = fnv1a64(s);
  std::uint64_t b = fnv1a64(s, 0x84222325cbf29ce4ULL ^ s.size());
  return hex64(mix(a)) + hex64(mix(b ^ a));
}

}  // namespace irkg
