// Store behaviour: round trip, idempotent ingest, replacement, index queries, open modes.
#include "store/store.h"
#include "tests/store/temp_store_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace irkg {
namespace {

namespace fs = std::filesystem;

using TempDir = test::TempStoreDir;

Actor state(const std::string& code) { return {code, code, code, "state"}; }

Claim make_claim(const std::string& doc, const std::string& s, const std::string& o,
                 const std::string& relation, const std::string& date, const std::string& outlet) {
  Claim c;
  c.doc = doc;
  c.subject = state(s);
  c.object = state(o);
  c.relation = relation;
  c.date = date;
  c.outlet = outlet;
  c.evidence = {s + " " + relation + "s " + o + ".", 0, 10};
  c.id = compute_claim_id(c);
  return c;
}

StoredDocument make_doc(const std::string& id, const std::string& hash, const std::string& outlet) {
  StoredDocument d;
  d.id = id;
  d.outlet = outlet;
  d.published = "2021-03-04";
  d.title = "Talks stall";
  d.content_hash = hash;
  d.text = "Japan condemned China's maritime incursions on Thursday.";
  return d;
}

TEST(Store, RoundTripAndIdempotentIngest) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  auto doc = make_doc("d1", "h1", "nhk");
  std::vector<Claim> claims{make_claim("d1", "JPN", "CHN", "condemn", "2021-03-04", "nhk")};
  EXPECT_EQ(store.put_document(doc, claims), IngestResult::Added);
  EXPECT_EQ(store.put_document(doc, claims), IngestResult::Unchanged);
  ASSERT_TRUE(store.document("d1"));
  EXPECT_EQ(store.document("d1")->text, doc.text);
  auto all = store.claims({});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0], claims[0]);
  auto st = store.stats();
  EXPECT_EQ(st.documents, 1u);
  EXPECT_EQ(st.claims, 1u);
  EXPECT_EQ(st.schema_version, "9");
}

// Undated claims must not stand in for dates: their date-index keys sort below every date
// (before the fix, an undated claim's id was printed as the first date).
TEST(Store, StatsDatesIgnoreUndatedClaims) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  Claim undated = make_claim("d1", "JPN", "CHN", "condemn", "", "nhk");
  std::vector<Claim> claims{undated, make_claim("d1", "JPN", "KOR", "praise", "2021-03-04", "nhk"),
                            make_claim("d1", "JPN", "USA", "praise", "2022-07-01", "nhk")};
  ASSERT_EQ(store.put_document(make_doc("d1", "h1", "nhk"), claims), IngestResult::Added);
  const auto st = store.stats();
  EXPECT_EQ(st.first_date, "2021-03-04");
  EXPECT_EQ(st.last_date, "2022-07-01");
  EXPECT_EQ(store.claims({}).size(), 3u);
}

TEST(Store, AClaimGivenTwiceIsStoredAndCountedOnce) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  const Claim c = make_claim("d1", "JPN", "CHN", "condemn", "2021-03-04", "nhk");
  store.put_document(make_doc("d1", "h1", "nhk"), {c, c});
  EXPECT_EQ(store.stats().claims, 1u);
  EXPECT_EQ(store.claims({}).size(), 1u);
  store.replace_claims("d1", {c, c});
  EXPECT_EQ(store.stats().claims, 1u);
  // Replacing by nothing leaves no claim and no count behind.
  store.replace_claims("d1", {});
  EXPECT_EQ(store.stats().claims, 0u);
  EXPECT_TRUE(store.claims({}).empty());
}

TEST(Store, ReplacementRemovesOldClaimsFromIndexes) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  store.put_document(make_doc("d1", "h1", "nhk"),
                     {make_claim("d1", "JPN", "CHN", "condemn", "2021-03-04", "nhk")});
  EXPECT_EQ(store.put_document(make_doc("d1", "h2", "nhk"),
                               {make_claim("d1", "JPN", "KOR", "praise", "2021-03-05", "nhk")}),
            IngestResult::Replaced);
  ClaimFilter f;
  f.subject = "JPN";
  f.object = "CHN";
  EXPECT_TRUE(store.claims(f).empty());
  f.object = "KOR";
  EXPECT_EQ(store.claims(f).size(), 1u);
  EXPECT_EQ(store.stats().claims, 1u);
}

// The writer's claims memtable is an unsorted vector until it is switched: claims it just
// wrote must still be found by id, replaced and removed, batch after batch.
TEST(Store, AWriterReadsAndReplacesClaimsItHasJustWritten) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  const std::vector<std::string> partners = {"CHN", "KOR", "RUS", "IND", "AUS"};
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> first;
  std::vector<std::string> first_ids;
  for (int d = 0; d < 40; ++d) {
    const std::string id = "d" + std::to_string(d);
    std::vector<Claim> claims;
    for (const auto& p : partners) claims.push_back(make_claim(id, "JPN", p, "condemn", "2021-03-04", "nhk"));
    for (const auto& c : claims) first_ids.push_back(c.id);
    first.emplace_back(make_doc(id, "h1", "nhk"), claims);
  }
  store.put_documents(first);
  for (const auto& c : store.claims_by_id(first_ids)) EXPECT_TRUE(c.has_value());

  // The next batch replaces every other document; their old claims go, the rest stay.
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> second;
  for (int d = 0; d < 40; d += 2) {
    const std::string id = "d" + std::to_string(d);
    second.emplace_back(make_doc(id, "h2", "nhk"),
                        std::vector<Claim>{make_claim(id, "JPN", "USA", "praise", "2021-03-05", "nhk")});
  }
  for (auto r : store.put_documents(second)) EXPECT_EQ(r, IngestResult::Replaced);
  const auto after = store.claims_by_id(first_ids);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < after.size(); ++i) {
    const int doc = std::stoi(first[i / partners.size()].first.id.substr(1));
    EXPECT_EQ(after[i].has_value(), doc % 2 == 1) << "claim of d" << doc;
    kept += after[i].has_value();
  }
  EXPECT_EQ(kept, 20u * partners.size());
  EXPECT_EQ(store.stats().claims, 20u * partners.size() + 20u);
  const auto claims_toward = [&](const std::string& object) {
    ClaimFilter f;
    f.object = object;
    return store.claims(f).size();
  };
  EXPECT_EQ(claims_toward("USA"), 20u);  // the replacements' praise
  EXPECT_EQ(claims_toward("CHN"), 20u);  // the kept documents' condemnations
}

TEST(Store, FilterQueriesUseEachIndex) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  store.put_documents({
      {make_doc("a", "1", "nhk"), {make_claim("a", "JPN", "CHN", "condemn", "2021-03-04", "nhk")}},
      {make_doc("b", "1", "bbc"), {make_claim("b", "CHN", "JPN", "accuse", "2020-01-02", "bbc")}},
      {make_doc("c", "1", "bbc"), {make_claim("c", "USA", "RUS", "sanction", "2021-06-01", "bbc")}},
  });
  ClaimFilter dyad;
  dyad.subject = "JPN";
  dyad.object = "CHN";
  EXPECT_EQ(store.claims(dyad).size(), 1u);
  dyad.either_direction = true;
  EXPECT_EQ(store.claims(dyad).size(), 2u);
  dyad.since = "2021-01-01";
  dyad.until = "2021-12-31";
  EXPECT_EQ(store.claims(dyad).size(), 1u);
  ClaimFilter subject;
  subject.subject = "CHN";
  EXPECT_EQ(store.claims(subject).size(), 1u);
  ClaimFilter object;
  object.object = "RUS";
  EXPECT_EQ(store.claims(object).size(), 1u);
  ClaimFilter outlet;
  outlet.outlet = "bbc";
  EXPECT_EQ(store.claims(outlet).size(), 2u);
  outlet.limit = 1;
  EXPECT_EQ(store.claims(outlet).size(), 1u);
  ClaimFilter dates;
  dates.since = "2021-01-01";
  EXPECT_EQ(store.claims(dates).size(), 2u);
}

TEST(Store, OneActorInEitherDirectionGivesEachClaimOnce) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  store.put_documents({
      {make_doc("a", "1", "nhk"), {make_claim("a", "JPN", "CHN", "condemn", "2021-03-04", "nhk")}},
      {make_doc("b", "1", "bbc"), {make_claim("b", "CHN", "KOR", "accuse", "2020-01-02", "bbc")}},
      {make_doc("c", "1", "bbc"), {make_claim("c", "USA", "RUS", "sanction", "2021-06-01", "bbc")}},
      {make_doc("d", "1", "nhk"), {make_claim("d", "RUS", "CHN", "praise", "2021-07-01", "nhk")}},
  });
  ClaimFilter china;
  china.subject = "CHN";
  china.either_direction = true;
  std::vector<std::string> docs;
  store.for_each_claim(china, [&](const Claim& c) { docs.push_back(c.doc); });
  std::sort(docs.begin(), docs.end());
  EXPECT_EQ(docs, (std::vector<std::string>{"a", "b", "d"}));
  china.since = "2021-01-01";
  EXPECT_EQ(store.claims(china).size(), 2u);  // the 2020 claim falls outside
  china.limit = 1;
  EXPECT_EQ(store.claims(china).size(), 1u);
  EXPECT_TRUE(store.has_actor("KOR"));
  EXPECT_FALSE(store.has_actor("BRA"));
}

// The dyad index carries each claim's facts, so whole-store aggregations never decode a
// claim record: one entry per combination of the actors' codes, each side marked as the
// state-level code and/or the actor's own id.
TEST(Store, DyadIndexCarriesTheFactsOfEachCodeCombination) {
  TempDir t;
  auto store = Store::open(t.path, Store::Mode::ReadWrite);
  Claim c = make_claim("d1", "JPN", "CHN", "condemn", "2021-03-04", "nhk");
  c.subject = {"person:yoshihide-suga", "Yoshihide Suga", "JPN", "person"};
  c.category = "DISAPPROVE";
  c.polarity = -1;
  c.weight = -2.5;
  c.modality = "reported";
  c.id = compute_claim_id(c);
  store.put_document(make_doc("d1", "h1", "nhk"), {c});

  std::vector<std::string> seen;
  store.for_each_dyad_fact([&](const DyadFact& f) {
    EXPECT_EQ(f.date, "2021-03-04");
    EXPECT_EQ(f.outlet, "nhk");
    EXPECT_EQ(f.claim_id, c.id);
    EXPECT_EQ(f.relation, "condemn");
    EXPECT_EQ(f.category, "DISAPPROVE");
    EXPECT_EQ(f.modality, "reported");
    EXPECT_EQ(f.polarity, -1);
    EXPECT_DOUBLE_EQ(f.weight, -2.5);
    EXPECT_FALSE(f.negated);
    const std::string_view subject = f.subject_is_a ? f.a : f.b;
    const bool subject_state = f.subject_is_a ? f.a_state : f.b_state;
    const bool subject_own = f.subject_is_a ? f.a_actor : f.b_actor;
    EXPECT_EQ(subject_state, subject == "JPN");
    EXPECT_EQ(subject_own, subject == "person:yoshihide-suga");
    EXPECT_TRUE(f.subject_is_a ? f.b_state && f.b_actor : f.a_state && f.a_actor);  // CHN is both
    seen.push_back(std::string(f.a) + "-" + std::string(f.b));
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"CHN-JPN", "CHN-person:yoshihide-suga"}));

  // Actors keep the description of the first claim that named them; outlets have none.
  auto suga = store.actor("person:yoshihide-suga");
  ASSERT_TRUE(suga);
  EXPECT_EQ(suga->name, "Yoshihide Suga");
  EXPECT_EQ(suga->country, "JPN");
  EXPECT_EQ(suga->type, "person");
  EXPECT_FALSE(store.actor("JPN"));  // no claim names Japan itself
  EXPECT_EQ(store.claim(c.id).value(), c);
  EXPECT_FALSE(store.claim("0000"));
}

TEST(Store, OpenModes) {
  TempDir t;
  EXPECT_THROW(Store::open(t.path, Store::Mode::ReadOnly), StoreError);
  auto writer = Store::open(t.path, Store::Mode::ReadWrite);
  writer.put_document(make_doc("d1", "h1", "nhk"),
                      {make_claim("d1", "JPN", "CHN", "condemn", "2021-03-04", "nhk")});
  try {
    Store::open(t.path, Store::Mode::ReadWrite);
    ADD_FAILURE() << "second writer opened";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("database is in use by another process"), std::string::npos);
  }
  auto reader = Store::open(t.path, Store::Mode::ReadOnly);
  EXPECT_EQ(reader.claims({}).size(), 1u);
}

TEST(Store, CorruptOrForeignDirectoryIsAnError) {
  TempDir t;
  fs::create_directories(t.path);
  std::ofstream(t.path / "notes.txt") << "not a database";
  EXPECT_THROW(Store::open(t.path, Store::Mode::ReadWrite), StoreError);
  TempDir c("-current");
  { Store::open(c.path, Store::Mode::ReadWrite); }
  std::ofstream(c.path / "CURRENT", std::ios::trunc) << "garbage\n";
  EXPECT_THROW(Store::open(c.path, Store::Mode::ReadWrite), StoreError);
}

std::string open_error(const fs::path& dir, Store::Mode mode) {
  try {
    Store::open(dir, mode);
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

TEST(Store, DamageIsReportedAsCorruptionNotAsAForeignDirectory) {
  TempDir t;
  {
    auto store = Store::open(t.path, Store::Mode::ReadWrite);
    store.put_document(make_doc("d1", "h1", "nhk"), {make_claim("d1", "JPN", "RUS", "condemn", "2021-03-04", "nhk")});
  }
  // A MANIFEST that does not parse.
  TempDir m("-manifest");
  fs::copy(t.path, m.path, fs::copy_options::recursive);
  for (const auto& e : fs::directory_iterator(m.path))
    if (e.path().filename().string().starts_with("MANIFEST-")) std::ofstream(e.path(), std::ios::trunc) << "\x01\x02junk";
  EXPECT_NE(open_error(m.path, Store::Mode::ReadOnly).find("database is corrupt"), std::string::npos);
  // Table files without the CURRENT file that names their MANIFEST.
  TempDir c("-no-current");
  fs::copy(t.path, c.path, fs::copy_options::recursive);
  fs::remove(c.path / "CURRENT");
  EXPECT_NE(open_error(c.path, Store::Mode::ReadWrite).find("CURRENT file is missing"), std::string::npos);
  EXPECT_NE(open_error(c.path, Store::Mode::ReadOnly).find("database is corrupt"), std::string::npos);
}

TEST(Store, WriterKilledBeforeCurrentWasWrittenLeavesACreatableDirectory) {
  TempDir t;
  fs::create_directories(t.path);
  for (const char* name : {"LOCK", "IDENTITY", "LOG", "MANIFEST-000001"}) std::ofstream(t.path / name) << "x";
  // A reader finds nothing to read; a writer creates the store as if the directory were new.
  EXPECT_NE(open_error(t.path, Store::Mode::ReadOnly), "");
  {
    auto store = Store::open(t.path, Store::Mode::ReadWrite);
    store.put_document(make_doc("d1", "h1", "nhk"), {make_claim("d1", "JPN", "RUS", "condemn", "2021-03-04", "nhk")});
  }
  EXPECT_EQ(Store::open(t.path, Store::Mode::ReadOnly).stats().claims, 1u);
}

}  // namespace
}  // namespace irkg
