#pragma once
// Near-duplicate texts (syndicated copies of one story): MinHash over word shingles.
// Two texts' signatures agree in about the share of positions that equals the Jaccard
// similarity of their shingle sets; banding the signature (LSH) finds the candidates
// that may be near-copies without comparing every pair.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

// Words per shingle: five words are specific enough that two independent reports of one
// event share few of them, and one edited paragraph changes only its own shingles.
inline constexpr std::size_t kShingleWords = 5;
// Signature length and its bands: 32 bands of 2 values. A pair with Jaccard 0.55 (one
// paragraph of six rewritten, measured on our fixtures: 0.56-0.69) shares a band with
// probability 1-(1-0.55^2)^32 > 0.9999; one with Jaccard 0.05 (independent reports of one
// event) with 0.08, and every candidate is then checked on the whole signature. 16 bands
// of 4 missed a 0.56 copy one time in five.
inline constexpr std::size_t kMinHashes = 64;
inline constexpr std::size_t kBands = 32;
inline constexpr std::size_t kRowsPerBand = kMinHashes / kBands;
// Estimated Jaccard at which two texts are copies of one story (one changed paragraph of
// six keeps ~0.7; independent reports of one event measure well under 0.2).
inline constexpr double kSameStory = 0.5;
// Texts with fewer words are not grouped: a two-line brief matches other briefs by chance.
inline constexpr std::size_t kMinWords = 40;

using MinHashSignature = std::vector<std::uint32_t>;

// The signature of `text` (lower-cased words of letters and digits; bytes >= 0x80 count as
// letters), or empty when the text has fewer than kMinWords words.
MinHashSignature minhash_signature(std::string_view text);

// Share of equal positions: the Jaccard estimate. 0 when either is empty or sizes differ.
double signature_similarity(const MinHashSignature& a, const MinHashSignature& b);

// One key per band ("05" + 16 hex digits): texts sharing a key are candidates.
std::vector<std::string> band_keys(const MinHashSignature& s);

// Fixed-width bytes (little-endian) for storage, and back (empty on a malformed value).
std::string encode_signature(const MinHashSignature& s);
MinHashSignature decode_signature(std::string_view bytes);

}  // namespace irkg
