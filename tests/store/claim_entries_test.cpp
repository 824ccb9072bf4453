// ClaimEntries writes the index keys queries seek by (docs/STORE.md): their layout, one
// entry per code combination, the first of two colliding combinations kept, and buffers
// reused from claim to claim without leaking one claim's bytes into the next.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "store/claim_entries.h"
#include "store/codec.h"

namespace irkg::store_schema {
namespace {

Claim claim(const Actor& subject, const Actor& object, const std::string& id) {
  Claim c;
  c.id = id;
  c.doc = "doc-1";
  c.subject = subject;
  c.object = object;
  c.relation = "oppose";
  c.category = "DISAPPROVE";
  c.polarity = -1;
  c.weight = -2.5;
  c.outlet = "tribune.example";
  c.date = "2021-03-04";
  return c;
}

const Actor kUsa{"USA", "United States", "USA", "state"};
const Actor kChina{"CHN", "China", "CHN", "state"};
const Actor kPutin{"RUSGOVPUTIN", "Vladimir Putin", "RUS", "person"};

std::map<Cf, std::vector<std::string>> keys_by_family(ClaimEntries& encoder, const Claim& c) {
  std::map<Cf, std::vector<std::string>> keys;
  for (const auto& e : encoder.of(c)) keys[e.cf].emplace_back(e.key);
  return keys;
}

TEST(ClaimEntries, StateActorsGetOneKeyPerIndexInTheDocumentedLayout) {
  ClaimEntries encoder;
  auto keys = keys_by_family(encoder, claim(kUsa, kChina, "c1"));
  EXPECT_EQ(keys[BySubject], (std::vector<std::string>{"USA\x1f" "2021-03-04\x1f" "tribune.example\x1f" "c1"}));
  EXPECT_EQ(keys[ByObject], (std::vector<std::string>{"CHN\x1f" "2021-03-04\x1f" "tribune.example\x1f" "c1"}));
  // The dyad key is unordered: the smaller code first, whichever side it is.
  EXPECT_EQ(keys[ByDyad], (std::vector<std::string>{"CHN\x1fUSA\x1f" "2021-03-04\x1f" "tribune.example\x1f" "c1"}));
  EXPECT_EQ(keys[ByOutlet], (std::vector<std::string>{"tribune.example\x1f" "2021-03-04\x1f" "c1"}));
  EXPECT_EQ(keys[ByDate], (std::vector<std::string>{"2021-03-04\x1f" "c1"}));
}

TEST(ClaimEntries, APersonIsIndexedUnderItsStateAndItsOwnId) {
  ClaimEntries encoder;
  auto keys = keys_by_family(encoder, claim(kPutin, kUsa, "c2"));
  ASSERT_EQ(keys[BySubject].size(), 2u);
  EXPECT_EQ(keys[BySubject][0].substr(0, 4), "RUS\x1f");
  EXPECT_EQ(keys[BySubject][1].substr(0, 12), "RUSGOVPUTIN\x1f");
  ASSERT_EQ(keys[ByDyad].size(), 2u);  // RUS-USA and RUSGOVPUTIN-USA

  // The dyad value says which code each side is and that the subject is side a.
  for (const auto& e : encoder.of(ByDyad, claim(kPutin, kUsa, "c2"))) {
    DyadFact f;
    store_codec::decode_dyad_value(e.value, f);
    EXPECT_TRUE(f.subject_is_a);
    EXPECT_EQ(f.a_state, e.key.starts_with("RUS\x1f"));
    EXPECT_EQ(f.a_actor, e.key.starts_with("RUSGOVPUTIN\x1f"));
    EXPECT_TRUE(f.b_state && f.b_actor);  // USA is both the state's code and the actor's id
    EXPECT_EQ(f.polarity, -1);
    EXPECT_EQ(f.relation, "oppose");
  }
}

TEST(ClaimEntries, CollidingCodeCombinationsKeepTheFirstEntry) {
  // Each side's own id is the other side's country: (A,B) and (B,A) give one dyad key.
  const Actor a{"BBB", "Agency of A", "AAA", "organization"};
  const Actor b{"AAA", "Agency of B", "BBB", "organization"};
  ClaimEntries encoder;
  const auto& entries = encoder.of(ByDyad, claim(a, b, "c3"));
  std::map<std::string, int> seen;
  for (const auto& e : entries) ++seen[std::string(e.key)];
  EXPECT_EQ(seen.size(), entries.size()) << "a key was written twice";
  EXPECT_EQ(entries.size(), 3u);  // AAA-BBB, AAA-AAA, BBB-BBB
  // The first combination is (subject's state AAA, object's state BBB): subject is side a.
  const std::string first = "AAA\x1f" "BBB\x1f" "2021-03-04\x1f" "tribune.example\x1f" "c3";
  for (const auto& e : entries)
    if (e.key == first) {
      DyadFact f;
      store_codec::decode_dyad_value(e.value, f);
      EXPECT_TRUE(f.subject_is_a);
      EXPECT_TRUE(f.a_state);
      EXPECT_TRUE(f.b_state);
    }
}

TEST(ClaimEntries, AReusedEncoderGivesTheBytesAFreshOneGives) {
  ClaimEntries reused;
  const std::vector<Claim> claims = {claim(kPutin, kUsa, "a-long-claim-id-0001"), claim(kUsa, kChina, "c5"),
                                     claim(kChina, kPutin, "c6")};
  for (const auto& c : claims) {
    const auto& got = reused.of(c);
    ClaimEntries fresh;
    const auto& want = fresh.of(c);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].cf, want[i].cf);
      EXPECT_EQ(got[i].key, want[i].key);
      EXPECT_EQ(got[i].value, want[i].value);
    }
  }
}

TEST(ClaimEntries, ActorIndexValuesCarryBothSidesCodes) {
  ClaimEntries encoder;
  for (const auto& e : encoder.of(ByObject, claim(kPutin, kChina, "c7"))) {
    ActorFact f;
    store_codec::decode_actor_value(e.value, f);
    EXPECT_EQ(f.subject_state, "RUS");
    EXPECT_EQ(f.subject_id, "RUSGOVPUTIN");
    EXPECT_EQ(f.object_state, "CHN");
    EXPECT_DOUBLE_EQ(f.weight, -2.5);
  }
}

}  // namespace
}  // namespace irkg::store_schema
