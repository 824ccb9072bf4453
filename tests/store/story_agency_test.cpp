// Agency and story group in the store: trailing record fields that older records lack,
// the copy bit of the dyad index, the story index, and the --agency filter.
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>

#include "store/codec.h"
#include "store/store.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

using TempDir = test::TempStoreDir;

Claim claim_of(const std::string& doc, const std::string& agency, const std::string& story) {
  Claim c;
  c.doc = doc;
  c.subject = {"JPN", "Japan", "JPN", "state"};
  c.object = {"PHL", "Philippines", "PHL", "state"};
  c.relation = "sign_agreement";
  c.category = "AGREE";
  c.polarity = 1;
  c.weight = 8.0;
  c.date = "2026-03-10";
  c.outlet = "Harbour Times";
  c.agency = agency;
  c.story = story;
  c.evidence = {"Japan and the Philippines signed a pact.", 0, 40};
  c.id = compute_claim_id(c);
  return c;
}

// A text of our own, long enough to be grouped, with one word changed per variant.
std::string story_text(const std::string& variant) {
  std::string t;
  for (int i = 0; i < 12; ++i)
    t += "Paragraph " + std::to_string(i) + " tells how the ministers met in the port and agreed to reopen the "
         "crossing for grain and fuel. ";
  return t + variant;
}

TEST(StoryCodec, AgencyAndStoryRoundTripAndOlderRecordsReadEmpty) {
  const Claim plain = claim_of("d1", "", "");
  const Claim wired = claim_of("d2", "Associated Press", "d1");
  const std::string old_bytes = store_codec::encode_claim(plain);
  const std::string new_bytes = store_codec::encode_claim(wired);
  EXPECT_EQ(store_codec::decode_claim(wired.id, new_bytes), wired);
  EXPECT_EQ(store_codec::decode_claim(plain.id, old_bytes), plain);
  // The trailing fields are the only difference: the record without them is the one a
  // writer before them wrote, and it decodes with an empty agency and story.
  Claim as_old = wired;
  as_old.agency.clear();
  as_old.story.clear();
  const std::string prefix = store_codec::encode_claim(as_old);
  EXPECT_EQ(new_bytes.compare(0, prefix.size(), prefix), 0);
  const Claim read_old = store_codec::decode_claim(wired.id, prefix);
  EXPECT_EQ(read_old.agency, "");
  EXPECT_EQ(read_old.story, "");
  // A truncated trailing field is a damaged record, never a wrong one.
  EXPECT_THROW(store_codec::decode_claim(wired.id, new_bytes.substr(0, new_bytes.size() - 1)), StoreError);

  StoredDocument d;
  d.id = "d2";
  d.content_hash = "h";
  d.agency = "Associated Press";
  d.story = "d1";
  const StoredDocument back = store_codec::decode_document(d.id, store_codec::encode_document(d));
  EXPECT_EQ(back.agency, "Associated Press");
  EXPECT_EQ(back.story, "d1");
  d.agency.clear();
  d.story = d.id;  // a story's first document: no trailing fields, the record of before
  StoredDocument ungrouped = d;
  ungrouped.story.clear();
  EXPECT_EQ(store_codec::encode_document(d), store_codec::encode_document(ungrouped));
}

TEST(StoryCodec, CopyBitInTheDyadIndexValue) {
  DyadFact f;
  store_codec::decode_dyad_value(store_codec::encode_dyad_value(claim_of("d2", "", "d1"), store_codec::kAState), f);
  EXPECT_TRUE(f.copy);
  EXPECT_TRUE(f.a_state);
  store_codec::decode_dyad_value(store_codec::encode_dyad_value(claim_of("d1", "", "d1"), store_codec::kAState), f);
  EXPECT_FALSE(f.copy);  // the story's own first document
}

TEST(StoryIndex, FindsTheStoryOfANearCopyAndFiltersByAgency) {
  TempDir t;
  {
    Store store = Store::open(t.path, Store::Mode::ReadWrite);
    StoredDocument first;
    first.id = "first";
    first.content_hash = "h1";
    first.signature = minhash_signature(story_text("The end."));
    first.story = first.id;
    store.put_documents({{first, {claim_of("first", "Associated Press", "")}}});
    EXPECT_EQ(store.find_story(minhash_signature(story_text("A different last sentence here."))), "first");
    EXPECT_EQ(store.find_story(minhash_signature(
                  "An unrelated report about river levels in the delta, the harvest, prices of rice in the markets "
                  "and the new schools that opened in three provinces this month, with quotes from teachers, "
                  "farmers and traders who spoke about the weather and the roads.")),
              "");
    StoredDocument copy;
    copy.id = "copy";
    copy.content_hash = "h2";
    copy.story = "first";
    store.put_documents({{copy, {claim_of("copy", "", "first")}}});
  }
  const Store store = Store::open(t.path, Store::Mode::ReadOnly);
  ClaimFilter by_agency;
  by_agency.agency = "Associated Press";
  const auto wired = store.claims(by_agency);
  ASSERT_EQ(wired.size(), 1u);
  EXPECT_EQ(wired[0].doc, "first");
  ClaimFilter pair;
  pair.subject = "JPN";
  pair.object = "PHL";
  pair.agency = "Associated Press";
  EXPECT_EQ(store.claims(pair).size(), 1u);
  EXPECT_EQ(store.document("copy")->story, "first");
}

}  // namespace
}  // namespace irkg
