#include "core/near_duplicate.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>

namespace irkg {
namespace {

// splitmix64: a fast, well-mixed 64-bit permutation; seeding it with the hash index gives
// kMinHashes independent-enough hash functions over the shingle hashes.
std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(fnv1a(word));
    word.clear();
  };
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) word.push_back(static_cast<char>(std::tolower(c)));
    else flush();
  }
  flush();
  return words;
}

}  // namespace

MinHashSignature minhash_signature(std::string_view text) {
  const std::vector<std::uint64_t> words = word_hashes(text);
  if (words.size() < kMinWords) return {};
  MinHashSignature sig(kMinHashes, std::numeric_limits<std::uint32_t>::max());
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    std::uint64_t shingle = 0;
    for (std::size_t k = 0; k < kShingleWords; ++k) shingle = mix64(shingle ^ words[i + k]);
    for (std::size_t h = 0; h < kMinHashes; ++h)
      sig[h] = std::min(sig[h], static_cast<std::uint32_t>(mix64(shingle ^ (h * 0x632be59bd9b4e019ULL)) >> 32));
  }
  return sig;
}

double signature_similarity(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

std::vector<std::string> band_keys(const MinHashSignature& s) {
  std::vector<std::string> keys;
  if (s.size() != kMinHashes) return keys;
  for (std::size_t band = 0; band < kBands; ++band) {
    std::uint64_t h = band;
    for (std::size_t r = 0; r < kRowsPerBand; ++r) h = mix64(h ^ s[band * kRowsPerBand + r]);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02zx%016llx", band, static_cast<unsigned long long>(h));
    keys.emplace_back(buf);
  }
  return keys;
}

std::string encode_signature(const MinHashSignature& s) {
  std::string out;
  out.reserve(s.size() * 4);
  for (std::uint32_t v : s)
    for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((v >> (8 * b)) & 0xff));
  return out;
}

MinHashSignature decode_signature(std::string_view bytes) {
  if (bytes.size() != kMinHashes * 4) return {};
  MinHashSignature s(kMinHashes);
  for (std::size_t i = 0; i < kMinHashes; ++i) {
    std::uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
    s[i] = v;
  }
  return s;
}

}  // namespace irkg
