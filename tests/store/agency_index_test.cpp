// The agency index (schema 8, store/agency_index.cpp): every way claims enter or leave the
// store (ingest, a document replaced, re-extraction, bulk shards, a shard written before
// schema 8) leaves one entry per claim of a syndicated story holding its digest and outlet;
// Store::for_each_agency_fact gives exactly the claims for_each_claim gives for that agency
// and window; `check` verifies the entries. The graph commands' answers from the index,
// and from the pair x agency rows (schema 9) where they answer, equal the claim-reading
// path's (IRKG_NO_AGENCY_INDEX=1 with IRKG_NO_AGGREGATES=1), labels included.
#include <gtest/gtest.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/codec.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/cli/run_command.h"
#include "tests/store/raw_db.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"
#include "tests/store/varied_claims.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;

const char* const kAgencies[] = {"Associated Press", "Reuters", "", "Associated Press", ""};

// Document `d`'s claims (tests/store/varied_claims.h): its agency (or none) is the
// document's, and actor names differ from claim to claim (so which claim describes a vertex
// shows in the labels).
std::vector<Claim> claims_of(const std::string& doc, int d, int round = 0) {
  return test::varied_claims(doc, d, round, /*day_step=*/7, [&](Claim& c, int k) {
    c.agency = kAgencies[(d + round) % 5];
    c.subject.name = c.subject.id + " as doc " + std::to_string(d) + " names it";
    c.object.name = c.object.id + " in claim " + std::to_string(k);
    if (k == 2) c.subject.name = "Someone " + std::to_string(d);
  });
}

std::vector<std::pair<StoredDocument, std::vector<Claim>>> corpus(int documents, int round = 0) {
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  for (int d = 0; d < documents; ++d) {
    StoredDocument doc;
    doc.id = "doc" + std::to_string(d);
    doc.outlet = "Daily";
    doc.content_hash = "h" + std::to_string(round);
    doc.text = "text of " + doc.id;
    docs.emplace_back(doc, claims_of(doc.id, d, round));
  }
  return docs;
}

std::vector<Claim> flat(const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs) {
  std::vector<Claim> claims;
  for (const auto& [doc, cs] : docs) claims.insert(claims.end(), cs.begin(), cs.end());
  return claims;
}

std::string line_of(std::string_view id, std::string_view date, std::string_view outlet, std::string_view relation,
                    std::string_view modality, int polarity, bool negated, std::string_view subject_id,
                    std::string_view object_id) {
  std::string line;
  for (std::string_view part : {id, date, outlet, relation, modality, subject_id, object_id}) line.append(part).push_back('|');
  return line + std::to_string(polarity) + (negated ? "|negated" : "");
}

// The index and the claims agree for every agency set and window tried (in the same order
// when a window makes the claim scan go by date), and check finds nothing wrong.
void expect_index_matches(const fs::path& dir, std::size_t expected_syndicated) {
  const Store store = Store::open(dir, Store::Mode::ReadOnly);
  const std::vector<std::pair<std::string, std::string>> windows = {
      {"", ""}, {"2022-03-01", ""}, {"", "2022-06-30"}, {"2022-02-10", "2022-08-20"}};
  std::size_t seen = 0;
  for (const std::string agency : {"Associated Press", "Reuters", "Nobody"})
    for (const auto& [since, until] : windows) {
      ClaimFilter filter;
      filter.agency = agency;
      filter.since = since;
      filter.until = until;
      std::vector<std::string> from_claims, from_index;
      store.for_each_claim(filter, [&](const Claim& c) {
        from_claims.push_back(line_of(c.id, c.date, c.outlet, c.relation, c.modality, c.polarity, c.negated,
                                      c.subject.id, c.object.id));
      });
      store.for_each_agency_fact({agency}, since, until, [&](const ActorFact& f, std::string_view from) {
        EXPECT_EQ(from, agency);
        from_index.push_back(line_of(f.claim_id, f.date, f.outlet, f.relation, f.modality, f.polarity, f.negated,
                                     f.subject_id, f.object_id));
      });
      if (since.empty() && until.empty()) {  // the claim scan goes by id, the index by date
        std::sort(from_claims.begin(), from_claims.end());
        std::sort(from_index.begin(), from_index.end());
        if (agency != "Nobody") seen += from_claims.size();
      }
      EXPECT_EQ(from_index, from_claims) << agency << " " << since << ".." << until;
    }
  EXPECT_EQ(seen, expected_syndicated);
  const auto report = Store::check(dir);
  EXPECT_TRUE(report.sound()) << (report.problems.empty() ? "" : report.problems.front());
}

// What a shard of schema 8 held: dyad values without the agency (by_dyad.sst rewritten),
// no marker saying they have it, the pair rows under their older name.
void make_dyads_older(const fs::path& shard) {
  ASSERT_TRUE(fs::remove(shard / "by_dyad.agency"));
  fs::rename(shard / "pair_stats-9.sst", shard / "pair_stats-6.sst");
  const fs::path dyads = shard / "by_dyad.sst", older = shard / "by_dyad.older";
  rocksdb::SstFileReader reader(store_schema::sst_options(store_schema::ByDyad));
  ASSERT_TRUE(reader.Open(dyads.string()).ok());
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_schema::sst_options(store_schema::ByDyad));
  ASSERT_TRUE(writer.Open(older.string()).ok());
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
  std::size_t shortened = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::string value = it->value().ToString();
    DyadFact f;
    store_codec::decode_dyad_value(value, f);
    shortened += f.agency.empty() ? 0 : 1;
    // The agency is the value's last string: one length byte and its bytes.
    ASSERT_TRUE(writer.Put(it->key(), value.substr(0, value.size() - (f.agency.empty() ? 0 : f.agency.size() + 1))).ok());
  }
  ASSERT_TRUE(writer.Finish().ok());
  ASSERT_GT(shortened, 0u);
  fs::rename(older, dyads);
}

TEST(AgencyIndex, IngestWritesEntriesForSyndicatedClaimsOnly) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(30));
  }
  expect_index_matches(dir.path, 18 * 4);  // three documents in five are syndicated
}

TEST(AgencyIndex, AReplacedDocumentAndReExtractionTakeTheOldEntriesAway) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(30));
    // Other claims (another agency, or none) for ten documents, one left with none.
    auto replaced = corpus(10, /*round=*/1);
    replaced[3].second.clear();
    for (const auto& r : store.put_documents(replaced)) EXPECT_EQ(r, IngestResult::Replaced);
    store.replace_claims("doc12", claims_of("doc12", 12, /*round=*/2));
    store.replace_claims("doc13", {});
  }
  std::size_t syndicated = 0;
  for (int d = 0; d < 30; ++d) {
    const int round = d < 10 ? 1 : d == 12 ? 2 : 0;
    if (d == 3 || d == 13) continue;
    if (*kAgencies[(d + round) % 5]) syndicated += 4;
  }
  expect_index_matches(dir.path, syndicated);
}

TEST(AgencyIndex, BulkShardsCarryThemAndAnOlderShardGetsThemFromItsClaims) {
  test::TempStoreDir dir, shards("-shards");
  Store::write_sst_shard(flat(corpus(30)), shards.path / "a");
  EXPECT_TRUE(fs::exists(shards.path / "a" / "by_agency.sst"));
  // A shard written before schema 8: no agency file, no marker; and its dyad values
  // without the agency, its pair rows without the agency rows (schema 9).
  Store::write_sst_shard(flat(corpus(10, /*round=*/1)), shards.path / "old");
  fs::remove(shards.path / "old" / "by_agency.sst");
  ASSERT_FALSE(fs::exists(shards.path / "old" / "by_agency.none"));
  make_dyads_older(shards.path / "old");
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.ingest_sst({shards.path / "a"});
    EXPECT_EQ(store.ingest_sst({shards.path / "old"}).replaced, 10u);
  }
  std::size_t syndicated = 0;
  for (int d = 0; d < 30; ++d)
    if (*kAgencies[(d + (d < 10 ? 1 : 0)) % 5]) syndicated += 4;
  expect_index_matches(dir.path, syndicated);
  for (const auto& entry : fs::directory_iterator(dir.path)) {  // nothing of the rebuild left beside the store
    EXPECT_EQ(entry.path().filename().string().find("by_agency"), std::string::npos) << entry.path();
    EXPECT_EQ(entry.path().filename().string().find("by_dyad"), std::string::npos) << entry.path();
  }
}

TEST(AgencyIndex, AShardWithoutSyndicatedClaimsSaysSo) {
  test::TempStoreDir dir, shards("-shards");
  auto claims = flat(corpus(5));
  for (auto& c : claims) {
    c.agency.clear();
    c.id = compute_claim_id(c);
  }
  Store::write_sst_shard(claims, shards.path / "a");
  EXPECT_FALSE(fs::exists(shards.path / "a" / "by_agency.sst"));
  EXPECT_TRUE(fs::exists(shards.path / "a" / "by_agency.none"));
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.ingest_sst({shards.path / "a"});
  }
  expect_index_matches(dir.path, 0);
}

TEST(AgencyIndex, CheckFindsAMissingAndADifferingEntry) {
  test::TempStoreDir dir;
  Claim lost, changed;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(5));
    lost = claims_of("doc0", 0)[0];
    changed = claims_of("doc1", 1)[3];
  }
  ASSERT_EQ(lost.agency, "Associated Press");
  ASSERT_EQ(changed.agency, "Reuters");
  {
    test::RawDb raw(dir.path);
    auto* cf = raw.cfs[store_schema::ByAgency];
    const auto key = [](const Claim& c) { return c.agency + "\x1f" + c.date + "\x1f" + c.id; };
    ASSERT_TRUE(raw.db->Delete(rocksdb::WriteOptions(), cf, key(lost)).ok());
    Claim other = changed;
    other.outlet = "Elsewhere";
    std::string value;
    store_codec::append_agency_value(value, other);
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), cf, key(changed), value).ok());
  }
  const auto report = Store::check(dir.path);
  const auto has = [&](const std::string& problem) {
    return std::find(report.problems.begin(), report.problems.end(), problem) != report.problems.end();
  };
  EXPECT_TRUE(has("claim " + lost.id + ": its by_agency index entry is missing"));
  EXPECT_TRUE(has("claim " + changed.id + ": its by_agency index entry differs from the claim"));
}

// A malformed agency entry is damage: one line, a non-zero exit, nothing on stdout.
TEST(AgencyIndexCli, AMalformedEntryIsOneLineOfDamage) {
  test::TempStoreDir dir;
  Claim hit;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(5));
    hit = claims_of("doc0", 0)[0];
  }
  ASSERT_EQ(hit.agency, "Associated Press");
  {
    test::RawDb raw(dir.path);
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::ByAgency],
                            hit.agency + "\x1f" + hit.date + "\x1f" + hit.id, "\x07garbage").ok());
  }
  // A window: the agency index answers (without one, the pair x agency rows do).
  const auto r = test::run_irkg("opposes --db " + test::shell_quote(dir.path.string()) + " --agency AP --since 2022-01-01");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("database is corrupt: the agency index entry of claim " + hit.id + " is malformed"),
            std::string::npos) << r.err;
}

// The graph commands with --agency: the index's answer (traced) is the claim records'
// answer, byte for byte, for one and two agencies, with windows, outlets and actor level.
TEST(AgencyIndexCli, EveryGraphCommandAnswersAsTheClaimRecordsDo) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(40));
  }
  const std::string db = test::shell_quote(dir.path.string());
  const std::vector<std::string> filters = {
      "--agency AP",
      "--agency Reuters --agency 'The Associated Press'",
      "--agency AP --since 2022-03-01 --until 2022-08-31",
      "--agency AP --outlet Daily",
      "--agency Reuters --outlet Daily --outlet Weekly --until 2022-06-30",
      "--agency AP --level actor",
      "--agency AP --include-negated --min-claims 2",
      "--agency Reuters --min-claims 2",
      "--agency Nobody",
  };
  const std::vector<std::string> commands = {"opposes --json", "allies", "blocs --json", "path FRA ITA --json",
                                             "export --format graphml -o -", "export --format gexf -o -",
                                             "export --format json -o -"};
  for (std::size_t f = 0; f < filters.size(); ++f)
    for (std::size_t c = 0; c < commands.size(); ++c) {
#ifdef IRKG_SANITIZED
      // ASan: memory errors show on any of these paths; the release run compares every combination.
      // A quarter of them: every filter and every command still runs, and exports both from the
      // pair x agency rows (filters 0, 7 and 8) and from the index (filters 2, 3, 4 and 6).
      if ((f + c) % 4 != 0) continue;
#endif
      const std::string& filter = filters[f];
      const std::string& command = commands[c];
      const std::string line = command + " --db " + db + " " + filter;
      ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
      const auto answered = test::run_irkg(line);
      ::setenv("IRKG_NO_AGGREGATES", "1", 1);
      const auto from_index = test::run_irkg(line);
      ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
      ::setenv("IRKG_NO_AGENCY_INDEX", "1", 1);
      const auto from_claims = test::run_irkg(line);
      ::unsetenv("IRKG_NO_AGENCY_INDEX");
      ::unsetenv("IRKG_NO_AGGREGATES");
      EXPECT_EQ(from_index.exit_code, from_claims.exit_code) << line << ": " << from_index.err;
      EXPECT_NE(from_index.err.find("graph: agency index digests"), std::string::npos) << line << ": " << from_index.err;
      EXPECT_EQ(from_index.out, from_claims.out) << line;
      // Without a window, an outlet or another filter the pair x agency rows answer (schema
      // 9), labels from the claims their rows name; an export streams one agency's class rows.
      const bool one_agency = filter.find("--agency", 2) == std::string::npos;
      bool rows = command.find("export") == std::string::npos || one_agency;
      for (const char* other : {"--since", "--until", "--outlet", "--level", "--include-negated"})
        if (filter.find(other) != std::string::npos) rows = false;
      EXPECT_NE(answered.err.find(rows ? "graph: pair aggregates" : "graph: agency index digests"), std::string::npos)
          << line << ": " << answered.err;
      // The rows read in two halves of the pairs, split inside the pairs (the GEXF nodes'
      // days and the rankings), give the same bytes.
      ::setenv("IRKG_SCAN_SPLIT", "FRA", 1);
      const auto split = test::run_irkg(line);
      ::unsetenv("IRKG_SCAN_SPLIT");
      EXPECT_EQ(split.out, from_claims.out) << line << " split at FRA";
      if (rows && command.find("export") != std::string::npos) {
        EXPECT_NE(answered.err.find("graph: class rows streamed"), std::string::npos) << line << ": " << answered.err;
      }
      EXPECT_EQ(answered.exit_code, from_claims.exit_code) << line;
      EXPECT_EQ(answered.out, from_claims.out) << line;
      if (filter != "--agency Nobody" && command.find("export") != std::string::npos) {
        EXPECT_NE(from_index.out.find(" names it"), std::string::npos) << line;  // labels came from claims
      }
    }
}

// A window of four weeks or more is read in two halves on two threads (the agency and
// the outlet digests alike; not for the exports): the same bytes as one thread reading it
// whole, labels (the first half's describing claims) included.
TEST(AgencyIndexCli, AWindowReadInTwoHalvesAnswersAsOneThreadDoes) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents(corpus(40));
  }
  const std::string db = test::shell_quote(dir.path.string());
  for (const std::string filter : {"--agency AP --since 2022-02-01 --until 2022-08-31",
                                   "--agency AP --agency Reuters --since 2022-01-01 --until 2022-12-31",
                                   "--outlet Daily --since 2022-01-15 --until 2022-07-20 --include-negated",
                                   "--outlet Daily --outlet Weekly --since 2022-03-01 --until 2022-09-30"})
    for (const std::string command : {"opposes --json", "blocs --json", "path FRA ITA --json", "allies"}) {
      const std::string line = command + " --db " + db + " " + filter;
      ::setenv("IRKG_SCAN_THREADS", "1", 1);
      const auto one = test::run_irkg(line);
      ::setenv("IRKG_SCAN_THREADS", "2", 1);
      const auto two = test::run_irkg(line);
      ::unsetenv("IRKG_SCAN_THREADS");
      ASSERT_EQ(one.exit_code, 0) << line << ": " << one.err;
      EXPECT_EQ(two.out, one.out) << line;
      EXPECT_FALSE(one.out.empty()) << line;
    }
}

}  // namespace
}  // namespace irkg
