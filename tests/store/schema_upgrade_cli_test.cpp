// A store of an older schema seen by the irkg binary (docs/STORE.md "Pair aggregates",
// Upgrade): every reading command and `irkg check` refuse it with one line saying how to
// upgrade, `irkg compact` upgrades it in place, and afterwards the whole-graph commands
// answer from the rebuilt rows exactly as they did before the store was made old.
#include <gtest/gtest.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/codec.h"
#include "store/pair_rows.h"
#include "store/store.h"
#include "tests/cli/run_command.h"
#include "tests/store/raw_db.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

using test::run_irkg;
using test::shell_quote;

Claim dated_claim(const std::string& doc, const std::string& s, const std::string& o, int polarity,
                  const std::string& date, const std::string& outlet, std::size_t start) {
  return test::claim_of(doc, s, o, polarity, polarity * 2.5, date, outlet, "asserted", start);
}

// Stores `claims` as the one document both test stores hold.
void put_doc1(Store& store, const std::vector<Claim>& claims) {
  StoredDocument doc;
  doc.id = "doc1";
  doc.outlet = "Daily";
  doc.content_hash = "hash1";
  doc.text = "text";
  store.put_document(doc, claims);
}

// Claims on three pairs, dated through a year so that a window reads every size of row.
void write_store(const std::filesystem::path& dir) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  std::vector<Claim> claims;
  const char* dates[] = {"2022-01-03", "2022-01-14", "2022-02-25", "2022-04-09", "2022-05-21",
                         "2022-07-30", "2022-09-11", "2022-10-02", "2022-11-19", "2022-12-28"};
  std::size_t start = 0;
  for (const char* date : dates) {
    claims.push_back(dated_claim("doc1", "FRA", "DEU", +1, date, "Daily", start += 40));
    const int mixed = claims.size() % 4 == 0 ? -1 : +1;
    claims.push_back(dated_claim("doc1", "FRA", "ITA", mixed, date, "Weekly", start += 40));
    claims.push_back(dated_claim("doc1", "ESP", "ITA", -1, date, "Daily", start += 40));
  }
  put_doc1(store, claims);
}

// Back to what schema 5 left: version 5 and no quarter or ten-day rows.
void make_schema_five(const std::filesystem::path& dir) {
  test::RawDb raw(dir);
  auto* cf = raw.cfs[store_schema::PairStatsCf];
  ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "5").ok());
  ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), cf, "q\x1f", "q\x20").ok());
  ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), cf, "t\x1f", "t\x20").ok());
}

// The queries' answers, each checked to come from `source` (the graph source the trace
// names), on the store as it is.
std::vector<std::string> traced_answers(const std::vector<std::string>& queries, const std::string& source) {
  std::vector<std::string> answers;
  ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
  for (const auto& q : queries) {
    const auto r = run_irkg(q);
    EXPECT_EQ(r.exit_code, 0) << q << ": " << r.err;
    EXPECT_NE(r.err.find(source), std::string::npos) << q << ": " << r.err;
    answers.push_back(r.out);
  }
  ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
  return answers;
}

// Each command refuses the older store: non-zero, nothing on stdout, one line naming the
// store, what it lacks and the command that upgrades it.
void expect_refused_in_one_line(const std::vector<std::string>& commands, const std::string& refusal) {
  for (const auto& command : commands) {
    const auto r = run_irkg(command);
    EXPECT_NE(r.exit_code, 0) << command;
    EXPECT_TRUE(r.out.empty()) << command << ": " << r.out;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(refusal), std::string::npos) << command << ": " << r.err;
  }
}

// `irkg compact` upgrades the store in place: check passes, every query answers what it
// answered before the downgrade, and stats names schema 9.
void expect_compact_upgrades(const std::string& db, const std::vector<std::string>& queries,
                             const std::vector<std::string>& before) {
  const auto upgrade = run_irkg("compact --db " + db);
  ASSERT_EQ(upgrade.exit_code, 0) << upgrade.err;
  const auto checked = run_irkg("check --db " + db);
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const auto r = run_irkg(queries[i]);
    ASSERT_EQ(r.exit_code, 0) << queries[i] << ": " << r.err;
    EXPECT_EQ(r.out, before[i]) << queries[i];
  }
  const auto stats = run_irkg("stats --db " + db);
  EXPECT_NE(stats.out.find("schema:     9"), std::string::npos) << stats.out;
}

TEST(SchemaUpgradeCli, SchemaFiveIsRefusedInOneLineThenUpgradedByCompact) {
  test::TempStoreDir dir;
  write_store(dir.path);
  const std::string db = shell_quote(dir.path.string());
  const std::vector<std::string> queries = {
      "opposes --json --db " + db + " --since 2022-01-11 --until 2022-12-27",  // days, ten days, months, quarters
      "allies --json --db " + db + " --since 2022-04-01 --until 2022-09-30",   // two quarters
      "blocs --db " + db + " --since 2022-01-01",
      "opposes --json --db " + db,
  };
  std::vector<std::string> before;
  ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
  for (const auto& q : queries) {
    const auto r = run_irkg(q);
    ASSERT_EQ(r.exit_code, 0) << q << ": " << r.err;
    EXPECT_NE(r.err.find("graph: pair aggregates"), std::string::npos) << q << ": " << r.err;
    before.push_back(r.out);
    // The rows' answers are the claims': the same through the dyad index.
    ::setenv("IRKG_NO_AGGREGATES", "1", 1);
    EXPECT_EQ(run_irkg(q).out, r.out) << q;
    ::unsetenv("IRKG_NO_AGGREGATES");
  }
  ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
  {
    const auto r = test::run_irkg("check --db " + db);
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  }

  make_schema_five(dir.path);
  const std::string refusal = "schema version 5 in " + dir.path.string() +
                              " predates the pair aggregates' quarter and ten-day rows (schema 9); upgrade it in "
                              "place with: irkg compact --db " + dir.path.string();
  expect_refused_in_one_line({"opposes --db " + db + " --since 2022-01-11 --until 2022-12-27", "check --db " + db,
                              "stats --db " + db},
                             refusal);
  expect_compact_upgrades(db, queries, before);
}

// Back to what schema 6 left: version 6 and outlet index entries without digests.
void make_schema_six(const std::filesystem::path& dir) {
  test::RawDb raw(dir);
  auto* cf = raw.cfs[store_schema::ByOutlet];
  ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "6").ok());
  std::vector<std::string> keys;
  std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator(rocksdb::ReadOptions(), cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) keys.push_back(it->key().ToString());
  ASSERT_EQ(keys.size(), 30u);
  for (const auto& key : keys) ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), cf, key, "").ok());
}

TEST(SchemaUpgradeCli, SchemaSixIsRefusedInOneLineThenUpgradedByCompact) {
  test::TempStoreDir dir;
  write_store(dir.path);
  const std::string db = shell_quote(dir.path.string());
  // An outlet with a window: the outlet index's digests answer (one and two outlets).
  const std::vector<std::string> queries = {
      "opposes --json --db " + db + " --outlet Daily --since 2022-01-11 --until 2022-12-27",
      "allies --json --db " + db + " --outlet Daily --outlet Weekly --since 2022-04-01",
      "blocs --db " + db + " --outlet Weekly --until 2022-09-30",
  };
  const std::vector<std::string> before = traced_answers(queries, "graph: outlet index digests");

  make_schema_six(dir.path);
  const std::string refusal = "schema version 6 in " + dir.path.string() +
                              " predates the outlet index's claim digests (schema 9); upgrade it in place with: "
                              "irkg compact --db " + dir.path.string();
  expect_refused_in_one_line({queries[0], "check --db " + db, "stats --db " + db}, refusal);
  expect_compact_upgrades(db, queries, before);
}

// Back to what schema 7 left: version 7 and no agency index family.
void make_schema_seven(const std::filesystem::path& dir) {
  test::RawDb raw(dir);
  ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "7").ok());
  ASSERT_TRUE(raw.db->DropColumnFamily(raw.cfs[store_schema::ByAgency]).ok());
}

// Claims of two agencies and none on three pairs, in one document.
void write_agency_store(const std::filesystem::path& dir) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  std::vector<Claim> claims;
  const char* agencies[] = {"Associated Press", "Reuters", ""};
  std::size_t start = 0;
  for (int k = 0; k < 12; ++k) {
    Claim c = dated_claim("doc1", k % 2 ? "FRA" : "ESP", k % 3 ? "ITA" : "DEU", k % 4 ? +1 : -1,
                          "2022-0" + std::to_string(1 + k % 9) + "-15", k % 2 ? "Daily" : "Weekly", start += 40);
    c.agency = agencies[k % 3];
    c.id = compute_claim_id(c);
    claims.push_back(c);
  }
  put_doc1(store, claims);
}

// Back to what schema 8 left: version 8, dyad values without the agency, no agency rows.
void make_schema_eight(const std::filesystem::path& dir) {
  test::RawDb raw(dir);
  ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "8").ok());
  auto* rows = raw.cfs[store_schema::PairStatsCf];
  ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), rows, "g\x1f", "g\x20").ok());
  auto* dyads = raw.cfs[store_schema::ByDyad];
  std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator(rocksdb::ReadOptions(), dyads));
  rocksdb::WriteBatch batch;
  std::size_t shortened = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    DyadFact f;
    const std::string value = it->value().ToString();
    store_codec::decode_dyad_value(value, f);
    if (f.agency.empty()) continue;
    // The agency is the value's last string: one length byte and its bytes.
    batch.Put(dyads, it->key(), value.substr(0, value.size() - f.agency.size() - 1));
    ++shortened;
  }
  ASSERT_GT(shortened, 0u);
  ASSERT_TRUE(raw.db->Write(rocksdb::WriteOptions(), &batch).ok());
}

TEST(SchemaUpgradeCli, SchemaEightIsRefusedInOneLineThenUpgradedByCompact) {
  test::TempStoreDir dir;
  write_agency_store(dir.path);
  const std::string db = shell_quote(dir.path.string());
  const std::vector<std::string> queries = {
      "opposes --json --db " + db + " --agency AP",
      "allies --json --db " + db + " --agency Reuters --agency AP",
      "blocs --json --db " + db + " --agency Reuters",
  };
  const std::vector<std::string> before = traced_answers(queries, "graph: pair aggregates");

  make_schema_eight(dir.path);
  const std::string refusal = "schema version 8 in " + dir.path.string() +
                              " predates the pair aggregates' agency rows (schema 9); upgrade it in place with: "
                              "irkg compact --db " + dir.path.string();
  expect_refused_in_one_line({queries[0], "check --db " + db, "stats --db " + db, "opposes --db " + db}, refusal);
  expect_compact_upgrades(db, queries, before);
  EXPECT_EQ(traced_answers(queries, "graph: pair aggregates"), before);
}

TEST(SchemaUpgradeCli, SchemaSevenIsRefusedInOneLineThenUpgradedByCompact) {
  test::TempStoreDir dir;
  write_agency_store(dir.path);
  const std::string db = shell_quote(dir.path.string());
  const std::vector<std::string> queries = {
      "opposes --json --db " + db + " --agency AP --since 2022-01-01",
      "allies --json --db " + db + " --agency Reuters --since 2022-03-01",
      "blocs --db " + db + " --agency AP --agency Reuters --outlet Daily",
  };
  const std::vector<std::string> before = traced_answers(queries, "graph: agency index digests");

  make_schema_seven(dir.path);
  const std::string refusal = "schema version 7 in " + dir.path.string() +
                              " predates the agency index (schema 9); upgrade it in place with: "
                              "irkg compact --db " + dir.path.string();
  expect_refused_in_one_line({queries[0], "check --db " + db, "stats --db " + db, "opposes --db " + db}, refusal);
  expect_compact_upgrades(db, queries, before);
}

}  // namespace
}  // namespace irkg
