// The bulk path (SST shards), counters kept in meta, claim replacement for re-extraction
// and the binary record format.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "store/codec.h"
#include "store/store.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

using TempDir = test::TempStoreDir;

Claim make_claim(const std::string& doc, const std::string& s, const std::string& o, const std::string& relation,
                 const std::string& date, const std::string& outlet, std::size_t start = 0) {
  Claim c;
  c.doc = doc;
  c.subject = {s, s + " name", s, "state"};
  c.object = {o, o + " name", o, "state"};
  c.relation = relation;
  c.category = "DISAPPROVE";
  c.polarity = -1;
  c.weight = -4.5;
  c.date = date;
  c.date_source = "text";
  c.outlet = outlet;
  c.evidence = {s + " " + relation + "ed " + o + " over the border incident.", start, start + 40};
  c.id = compute_claim_id(c);
  return c;
}

StoredDocument make_doc(const std::string& id, const std::string& hash) {
  StoredDocument d;
  d.id = id;
  d.outlet = "reuters";
  d.content_hash = hash;
  d.text = "India criticized Pakistan over the border incident on Tuesday.";
  return d;
}

std::multiset<std::string> claim_lines(const Store& store) {
  std::multiset<std::string> lines;
  store.for_each_claim([&](const Claim& c) { lines.insert(claim_to_json_line(c)); });
  return lines;
}

// A corpus of 60 documents with 3 claims each over 6 actors and 3 outlets.
std::vector<std::pair<StoredDocument, std::vector<Claim>>> corpus() {
  const char* codes[] = {"IND", "PAK", "CHN", "USA", "RUS", "BRA"};
  const char* outlets[] = {"reuters", "afp", "dawn"};
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  for (int d = 0; d < 60; ++d) {
    const std::string id = "news-" + std::to_string(d);
    std::vector<Claim> claims;
    for (int k = 0; k < 3; ++k)
      claims.push_back(make_claim(id, codes[(d + k) % 6], codes[(d + 2 * k + 1) % 6], k ? "criticize" : "meet",
                                  "2022-0" + std::to_string(1 + d % 9) + "-0" + std::to_string(1 + k),
                                  outlets[d % 3], static_cast<std::size_t>(k * 50)));
    docs.emplace_back(make_doc(id, "h" + std::to_string(d)), claims);
  }
  return docs;
}

TEST(StoreCodec, ClaimRoundTripAndCorruptRecords) {
  Claim c = make_claim("d1", "IND", "PAK", "criticize", "2022-03-01", "dawn", 7);
  c.negated = true;
  c.modality = "reported";
  c.speaker = "the foreign ministry";
  c.cameo = "111";
  c.url = "https://example.org/a";
  c.subject = {"person:someone", "Some One", "IND", "person"};
  const std::string bytes = store_codec::encode_claim(c);
  EXPECT_EQ(store_codec::decode_claim(c.id, bytes), c);
  EXPECT_LT(bytes.size(), claim_to_json_line(c).size());
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, bytes.size() / 2, bytes.size() - 1})
    EXPECT_THROW(store_codec::decode_claim(c.id, bytes.substr(0, cut)), StoreError) << cut;
  EXPECT_THROW(store_codec::decode_claim(c.id, bytes + "x"), StoreError);
  EXPECT_THROW(store_codec::decode_ids("\xff\xff\xff"), StoreError);
}

TEST(StoreCounters, StatsFollowAddsReplacementsAndDuplicatesInOneBatch) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  auto docs = corpus();
  docs.push_back(docs[0]);  // the same document twice in one call: stored once
  auto results = store.put_documents(docs);
  EXPECT_EQ(results.back(), IngestResult::Unchanged);
  auto st = store.stats();
  EXPECT_EQ(st.documents, 60u);
  EXPECT_EQ(st.claims, 180u);
  EXPECT_EQ(st.actors, 6u);
  EXPECT_EQ(st.outlets, 3u);
  EXPECT_EQ(st.first_date, "2022-01-01");
  EXPECT_EQ(st.last_date, "2022-09-03");
  // Replace one document with claims about a new actor and a new outlet, then drop to none.
  auto changed = make_doc("news-0", "new");
  EXPECT_EQ(store.put_document(changed, {make_claim("news-0", "IND", "NPL", "praise", "2023-01-01", "kathmandu post")}),
            IngestResult::Replaced);
  st = store.stats();
  EXPECT_EQ(st.claims, 178u);
  EXPECT_EQ(st.actors, 7u);
  EXPECT_EQ(st.outlets, 4u);
  EXPECT_EQ(st.last_date, "2023-01-01");
  EXPECT_EQ(store.put_document(make_doc("news-0", "empty"), {}), IngestResult::Replaced);
  st = store.stats();
  EXPECT_EQ(st.claims, 177u);
  EXPECT_EQ(st.actors, 6u);
  EXPECT_EQ(st.outlets, 3u);
  EXPECT_EQ(st.documents, 60u);
  EXPECT_EQ(claim_lines(store).size(), 177u);
}

TEST(StoreCounters, SurviveReopenAndAgreeWithAReader) {
  TempDir t;
  {
    auto store = Store::open(t.path, Store::Mode::ReadWrite);
    store.put_documents(corpus());
  }
  auto writer = Store::open(t.path, Store::Mode::ReadWrite);
  writer.put_document(make_doc("extra", "x"), {make_claim("extra", "FRA", "DEU", "meet", "2022-05-05", "afp")});
  auto reader = Store::open(t.path, Store::Mode::ReadOnly);
  const auto st = reader.stats();
  EXPECT_EQ(st.documents, 61u);
  EXPECT_EQ(st.claims, 181u);
  EXPECT_EQ(st.actors, 8u);
}

TEST(StoreReplaceClaims, SwapsOneDocumentsClaimsAndKeepsItsRecord) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  store.put_documents(corpus());
  const auto before = store.document("news-5");
  ASSERT_TRUE(before);
  store.replace_claims("news-5", {make_claim("news-5", "JPN", "KOR", "protest", "2022-06-06", "afp")});
  EXPECT_EQ(store.document("news-5")->content_hash, before->content_hash);
  ClaimFilter f;
  f.subject = "JPN";
  ASSERT_EQ(store.claims(f).size(), 1u);
  EXPECT_EQ(store.claims(f)[0].doc, "news-5");
  EXPECT_EQ(store.stats().claims, 178u);
  EXPECT_THROW(store.replace_claims("no-such-doc", {}), StoreError);
}

TEST(StoreSst, ShardsIngestToTheSameClaimsAsTransactionalPuts) {
  TempDir t;
  const auto docs = corpus();
  auto direct = Store::open(t.path / "direct", Store::Mode::ReadWrite);
  direct.put_documents(docs);

  // Four shards by document, written without a database.
  std::vector<Claim> shards[4];
  for (std::size_t i = 0; i < docs.size(); ++i)
    shards[i % 4].insert(shards[i % 4].end(), docs[i].second.begin(), docs[i].second.end());
  std::vector<fs::path> dirs;
  for (int s = 0; s < 4; ++s) {
    dirs.push_back(t.path / ("shard" + std::to_string(s)));
    const auto summary = Store::write_sst_shard(shards[s], dirs.back());
    EXPECT_EQ(summary.documents, 15u);
    EXPECT_EQ(summary.claims, 45u);
  }
  auto bulk = Store::open(t.path / "bulk", Store::Mode::ReadWrite);
  auto first = bulk.ingest_sst(dirs);
  EXPECT_EQ(first.added, 60u);
  EXPECT_EQ(first.claims_added, 180u);
  EXPECT_EQ(claim_lines(bulk), claim_lines(direct));
  // The same shards again: nothing is new, nothing counted twice.
  auto again = bulk.ingest_sst(dirs);
  EXPECT_EQ(again.unchanged, 60u);
  EXPECT_EQ(again.claims_added, 0u);
  const auto st = bulk.stats(), dst = direct.stats();
  EXPECT_EQ(st.claims, 180u);
  EXPECT_EQ(st.documents, 60u);
  EXPECT_EQ(st.actors, dst.actors);
  EXPECT_EQ(st.outlets, dst.outlets);
  // Index queries find the bulk-loaded claims exactly like the transactional ones.
  ClaimFilter dyad;
  dyad.subject = "IND";
  dyad.object = "PAK";
  dyad.either_direction = true;
  EXPECT_EQ(bulk.claims(dyad), direct.claims(dyad));
  EXPECT_FALSE(bulk.claims(dyad).empty());

  // Compacting merges the shards' overlapping files; what the store holds does not change.
  const std::string before = bulk.fingerprint();
  bulk.compact();
  EXPECT_EQ(bulk.fingerprint(), before);
  EXPECT_EQ(bulk.claims(dyad), direct.claims(dyad));
}

TEST(StoreSst, AChangedDocumentInALaterShardReplacesItsClaims) {
  TempDir t;
  auto store = Store::open(t.path / "db", Store::Mode::ReadWrite);
  Store::write_sst_shard({make_claim("doc", "IND", "PAK", "criticize", "2022-01-01", "dawn"),
                          make_claim("doc", "PAK", "IND", "accuse", "2022-01-01", "dawn", 90)},
                         t.path / "v1");
  Store::write_sst_shard({make_claim("doc", "CHN", "USA", "warn", "2022-02-02", "dawn")}, t.path / "v2");
  store.ingest_sst({t.path / "v1"});
  const auto summary = store.ingest_sst({t.path / "v2"});
  EXPECT_EQ(summary.replaced, 1u);
  EXPECT_EQ(summary.claims_removed, 2u);
  const auto lines = claim_lines(store);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines.begin()->find("\"warn\""), std::string::npos);
  ClaimFilter f;
  f.subject = "IND";
  EXPECT_TRUE(store.claims(f).empty());  // the old version's index entries are gone too
  EXPECT_EQ(store.stats().claims, 1u);
  EXPECT_EQ(store.stats().actors, 2u);
}

TEST(StoreSst, MissingOrDamagedShardIsAClearError) {
  TempDir t;
  auto store = Store::open(t.path / "db", Store::Mode::ReadWrite);
  fs::create_directories(t.path / "empty");
  try {
    store.ingest_sst({t.path / "empty"});
    ADD_FAILURE() << "an empty directory was ingested";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("not an irkg shard"), std::string::npos);
  }
  Store::write_sst_shard({make_claim("doc", "IND", "PAK", "criticize", "2022-01-01", "dawn")}, t.path / "bad");
  std::ofstream(t.path / "bad" / "claims.sst", std::ios::trunc) << "not an sst file";
  EXPECT_THROW(store.ingest_sst({t.path / "bad"}), StoreError);
  EXPECT_EQ(store.stats().claims, 0u);
  EXPECT_THROW(Store::write_sst_shard({Claim{}}, t.path / "noid"), StoreError);
}

}  // namespace
}  // namespace irkg
