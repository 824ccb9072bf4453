// Near-copies of one story share a story group; independent reports of one event do not.
#include <gtest/gtest.h>

#include "core/near_duplicate.h"

namespace irkg {
namespace {

// Six paragraphs of our own writing, about 35 words each.
const std::vector<std::string> kStory{
    "The two foreign ministers met in the port city on Monday and agreed to reopen the border crossing that has been "
    "closed to trucks since the floods of last spring washed away the bridge.",
    "Officials said the new crossing would handle grain and fuel first, with passenger traffic to follow once the "
    "customs buildings on both banks of the river have been rebuilt.",
    "Traders in the market towns along the road welcomed the decision, saying the long detour through the mountains "
    "had doubled the price of flour and cooking oil over the winter.",
    "The agreement also sets up a joint commission of engineers who will inspect the other bridges on the river and "
    "report to both governments before the rainy season begins in June.",
    "Neither side mentioned the dispute over fishing rights in the lake, which stalled the last round of talks and "
    "which diplomats expect to come up again at the summit in the autumn.",
    "A spokesman for the regional development bank said it was ready to lend money for the new bridge if the two "
    "governments could agree on who would own and maintain it.",
};

std::string join(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const auto& p : paragraphs) out += p + "\n\n";
  return out;
}

TEST(NearDuplicate, ACopyWithOneParagraphChangedIsTheSameStory) {
  std::vector<std::string> edited = kStory;
  edited[2] = "Farmers in the valley said they hoped the first trucks would arrive before the harvest, since the "
              "warehouses on their side of the river were already full of last year's crop.";
  const auto original = minhash_signature(join(kStory));
  const auto copy = minhash_signature(join(edited));
  ASSERT_EQ(original.size(), kMinHashes);
  EXPECT_GE(signature_similarity(original, copy), kSameStory);
  // Shared LSH band: the store would find it as a candidate.
  const auto a = band_keys(original), b = band_keys(copy);
  bool shared = false;
  for (std::size_t i = 0; i < a.size(); ++i) shared = shared || a[i] == b[i];
  EXPECT_TRUE(shared);
  // Punctuation, case and line breaks do not matter.
  std::string shouted = join(kStory);
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(minhash_signature(shouted), original);
}

TEST(NearDuplicate, AnIndependentReportOfTheSameEventIsAnotherStory) {
  const std::string other =
      "Trucks will soon cross the river again. At a meeting on Monday the ministers of the two neighbours settled on "
      "reopening the crossing, shut since spring floods destroyed the bridge, and said grain and fuel would come "
      "first. Market traders, who have paid twice as much for flour since the detour began, were relieved. A "
      "commission of engineers is to check the remaining bridges before June, and the development bank offered a "
      "loan for a new one. The quarrel over fishing in the lake was not discussed.";
  EXPECT_LT(signature_similarity(minhash_signature(join(kStory)), minhash_signature(other)), 0.2);
}

TEST(NearDuplicate, ShortTextsAreNotGroupedAndSignaturesRoundTrip) {
  EXPECT_TRUE(minhash_signature("Japan and Vietnam signed a treaty on Tuesday.").empty());
  EXPECT_TRUE(band_keys({}).empty());
  EXPECT_EQ(signature_similarity({}, {}), 0.0);
  const auto s = minhash_signature(join(kStory));
  EXPECT_EQ(decode_signature(encode_signature(s)), s);
  EXPECT_TRUE(decode_signature("short").empty());
}

}  // namespace
}  // namespace irkg
