// Pair aggregates (schema 6, docs/STORE.md "Pair aggregates"): kept exact through ingest,
// replacement, re-extraction, removal and the bulk path; verified by check; an older store
// (schema 3 without them, schema 4 without the class, matrix and year rows, schema 5
// without the quarter and ten-day rows) is refused by readers and upgraded by a writer.
#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <map>
#include <sstream>

#include "core/date.h"
#include "store/pair_rows.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/raw_db.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

namespace fs = std::filesystem;
using TempDir = test::TempStoreDir;

using test::claim_of;

StoredDocument doc_of(const std::string& id, const std::string& hash, const std::string& outlet = "Wire") {
  StoredDocument d;
  d.id = id;
  d.outlet = outlet;
  d.content_hash = hash;
  d.text = "text of " + id;
  return d;
}

// Every row a reader can reach, as text: totals, every month, and the given outlets.
std::string dump(const Store& store, const std::vector<std::string>& outlets) {
  std::ostringstream out;
  auto visit = [&](std::string_view a, std::string_view b, std::string_view outlet, const PairStats& s) {
    out << a << '-' << b << ' ' << outlet << ' ' << s.positive << '/' << s.negative << '/' << s.neutral << ' '
        << s.net_micro << ' ' << s.abs_weight_micro << ' ' << s.first_day << ".." << s.last_day << ' ';
    for (const auto& [name, n] : s.outlets) out << name << ':' << n << ',';
    for (const auto& [name, n] : s.relations) out << name << ':' << n << ',';
    for (const auto& e : s.best) out << (e.present ? e.id : "-") << ',';
    for (std::int32_t day : s.days) out << day << ',';
    for (const auto& c : s.cells)
      out << c.outlet << ':' << c.claims << '/' << c.net_micro << '/' << c.copy_claims << '/' << c.copy_net_micro << ',';
    out << '\n';
  };
  EXPECT_TRUE(store.for_each_pair_stats({}, visit));
  out << "classes\n";
  EXPECT_TRUE(store.for_each_pair_stats({{}, "", "", PairStatsQuery::Rows::Classes}, visit));
  out << "cells\n";
  EXPECT_TRUE(store.for_each_pair_stats({{}, "", "", PairStatsQuery::Rows::Cells}, visit));
  out << "years\n";
  EXPECT_TRUE(store.for_each_pair_stats({{}, "2021-01-01", "2022-12-31"}, visit));
  EXPECT_TRUE(store.for_each_pair_stats({{}, "2021-03-01", "2023-02-28"}, visit));
  out << "months\n";
  EXPECT_TRUE(store.for_each_pair_stats({{}, "0001-01-01", ""}, visit));
  out << "days\n";
  for (long day = days_from_civil({2021, 1, 1}); day <= days_from_civil({2023, 12, 31}); ++day) {
    const std::string date = format_iso_date(civil_from_days(day));
    EXPECT_TRUE(store.for_each_pair_stats({{}, date, date}, visit));
  }
  out << "window\n";
  EXPECT_TRUE(store.for_each_pair_stats({{}, "2021-01-15", "2022-03-09"}, visit));
  out << "outlets\n";
  EXPECT_TRUE(store.for_each_pair_stats({outlets, "", ""}, visit));
  return out.str();
}

std::map<std::string, PairStats> totals(const Store& store) {
  std::map<std::string, PairStats> rows;
  store.for_each_pair_stats({}, [&](std::string_view a, std::string_view b, std::string_view, const PairStats& s) {
    rows[std::string(a) + "-" + std::string(b)] = s;
  });
  return rows;
}

void expect_sound(const fs::path& dir) {
  const auto report = Store::check(dir);
  for (const auto& p : report.problems) ADD_FAILURE() << p;
}

const std::vector<std::string> kOutlets = {"Herald", "Wire", "Post"};

TEST(PairStats, RowsRoundTripWhateverTheirIdsAndWeights) {
  PairStats s;
  s.positive = 3;
  s.net_micro = -1'500'000;
  s.first_day = 19000;
  s.last_day = 19010;
  s.outlets = {{"A", 2}, {"B\x1f" "C", 1}};
  s.relations = {{"praise", 3}};
  // A hashed id and a weight exact in millionths take the short forms; an imported id and
  // a weight that is not (0.1 + 0.2) keep their bytes.
  s.best[2] = {true, true, 3.4, 19005, "0123456789abcdef01234567"};
  s.best[0] = {true, false, 0.1 + 0.2, INT32_MIN, "gdelt:880100001"};
  PairStats back;
  pair_rows::decode_into(pair_rows::encode(s), back);
  EXPECT_EQ(back, s);
  EXPECT_THROW(pair_rows::decode_into(pair_rows::encode(s).substr(0, 20), back), StoreError);
  // The trailing sections of class rows (days) and matrix rows (cells), alone and together;
  // decoding into a used PairStats leaves none of its old days or cells.
  PairStats with_days = s;
  with_days.days = {-5, 19000, 19001, 19400};
  PairStats with_cells = s;
  with_cells.cells = {{"Herald", 3, -2'000'000, 1, -500'000}, {"Wire", 1, 4'000'000, 0, 0}};
  PairStats with_both = with_days;
  with_both.cells = with_cells.cells;
  for (const PairStats* row : {&with_days, &with_cells, &with_both, &s}) {
    pair_rows::decode_into(pair_rows::encode(*row), back);
    EXPECT_EQ(back, *row);
  }
  const std::string bytes = pair_rows::encode(with_both);
  EXPECT_THROW(pair_rows::decode_into(bytes.substr(0, bytes.size() - 2), back), StoreError);
  EXPECT_THROW(pair_rows::decode_into(bytes + "D", back), StoreError);
  // An agency row's describing claims (schema 9), one side or both; the view reads the
  // same ids, and a row without them leaves none behind.
  PairStats with_naming = s;
  with_naming.naming = {"", "0123456789abcdef01234567"};
  PairStats with_both_names = with_naming;
  with_both_names.naming[0] = "gdelt:1";
  for (const PairStats* row : {&with_naming, &with_both_names, &s}) {
    const std::string encoded = pair_rows::encode(*row);
    pair_rows::decode_into(encoded, back);
    EXPECT_EQ(back, *row);
    PairRowView view;
    pair_rows::decode_view(encoded, view);
    EXPECT_EQ(view.naming[0], row->naming[0]);
    EXPECT_EQ(view.naming[1], row->naming[1]);
  }
  const std::string named = pair_rows::encode(with_both_names);
  EXPECT_THROW(pair_rows::decode_into(named.substr(0, named.size() - 1), back), StoreError);
  PairRowView view;
  EXPECT_THROW(pair_rows::decode_view(named + "N", view), StoreError);
  // Merged, each side keeps the smaller id.
  PairStats merged = with_naming;
  merged.merge(with_both_names);
  EXPECT_EQ(merged.naming, with_both_names.naming);
}

TEST(PairStats, ClassMatrixAndYearRows) {
  TempDir dir;
  Store store = Store::open(dir.path, Store::Mode::ReadWrite);
  const Claim condemn = claim_of("d1", "USA", "RUS", -1, -4.0, "2021-12-31", "Wire");
  const Claim condemn_again = claim_of("d1", "RUS", "USA", -1, -2.0, "2022-01-01", "Wire", "asserted", 40);
  const Claim praise = claim_of("d2", "USA", "RUS", +1, 3.0, "2022-06-30", "Herald");
  const Claim self = claim_of("d2", "USA", "USA", -1, -2.0, "2022-05-01", "Herald", "asserted", 80);
  Claim copied = claim_of("d3", "USA", "RUS", +1, 12.0, "2023-01-01", "Post");
  copied.story = "d2";  // a later copy of d2's story: the matrix leaves it out unless raw copies
  copied.id = compute_claim_id(copied);
  store.put_documents({{doc_of("d1", "h1"), {condemn, condemn_again}},
                       {doc_of("d2", "h2", "Herald"), {praise, self}},
                       {doc_of("d3", "h3", "Post"), {copied}}});
  // Class rows: one per relation class of the pair, with its days; the self pair has none.
  std::map<std::string, PairStats> classes;
  EXPECT_TRUE(store.for_each_pair_stats({{}, "", "", PairStatsQuery::Rows::Classes},
                                        [&](std::string_view a, std::string_view b, std::string_view cls, const PairStats& s) {
                                          classes[std::string(a) + "-" + std::string(b) + " " + std::string(cls)] = s;
                                        }));
  ASSERT_EQ(classes.size(), 2u);
  const PairStats& disapprove = classes.at("RUS-USA DISAPPROVE");
  EXPECT_EQ(disapprove.negative, 2);
  EXPECT_EQ(disapprove.days, (std::vector<std::int32_t>{pair_day("2021-12-31"), pair_day("2022-01-01")}));
  const PairStats& cooperate = classes.at("RUS-USA COOPERATE");
  EXPECT_EQ(cooperate.positive, 2);
  EXPECT_EQ(cooperate.net_micro, 13'000'000);  // 3 + 12 clamped to 10
  EXPECT_EQ(cooperate.outlets.size(), 2u);
  EXPECT_EQ(cooperate.best[2].id, copied.id);
  // Matrix rows: per raw outlet, the copies apart; the self pair counts here.
  std::map<std::string, std::vector<OutletCell>> cells;
  EXPECT_TRUE(store.for_each_pair_stats({{}, "", "", PairStatsQuery::Rows::Cells},
                                        [&](std::string_view a, std::string_view b, std::string_view, const PairStats& s) {
                                          cells[std::string(a) + "-" + std::string(b)] = s.cells;
                                        }));
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells.at("USA-USA"), (std::vector<OutletCell>{{"Herald", 1, -2'000'000, 0, 0}}));
  EXPECT_EQ(cells.at("RUS-USA"), (std::vector<OutletCell>{{"Herald", 1, 3'000'000, 0, 0},
                                                          {"Post", 1, 10'000'000, 1, 10'000'000},
                                                          {"Wire", 2, -6'000'000, 0, 0}}));
  // Windows over whole years read year rows (with months and days at the edges) and count
  // exactly the claims dated inside.
  const auto window = [&](const std::string& since, const std::string& until) {
    PairStats sum;
    EXPECT_TRUE(store.for_each_pair_stats({{}, since, until}, [&](auto, auto, auto, const PairStats& s) { sum.merge(s); }));
    return sum.claims();
  };
  EXPECT_EQ(window("2021-01-01", "2022-12-31"), 3);
  EXPECT_EQ(window("2022-01-01", "2022-12-31"), 2);
  EXPECT_EQ(window("2021-12-31", "2023-01-01"), 4);
  EXPECT_EQ(window("2022-01-02", "2023-01-01"), 2);
  EXPECT_EQ(window("", "2022-06-29"), 2);
  EXPECT_EQ(window("2022-01-01", ""), 3);
  EXPECT_EQ(window("2020-02-01", "2021-11-30"), 0);
}

TEST(PairStats, IngestSumsPairsAndPicksAssertedStrongestEvidence) {
  TempDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    const Claim reported = claim_of("d1", "USA", "RUS", -1, -9.0, "2022-03-05", "Wire", "reported");
    const Claim asserted = claim_of("d1", "RUS", "USA", -1, -6.0, "2022-04-01", "Wire", "asserted", 40);
    const Claim praise = claim_of("d2", "USA", "RUS", +1, 3.4, "", "Herald");
    Claim negated = claim_of("d2", "USA", "RUS", -1, -8.0, "2022-05-01", "Herald", "asserted", 80);
    negated.negated = true;
    negated.id = compute_claim_id(negated);
    const Claim self = claim_of("d2", "USA", "USA", -1, -2.0, "2022-05-01", "Herald", "asserted", 120);
    store.put_documents({{doc_of("d1", "h1"), {reported, asserted}}, {doc_of("d2", "h2", "Herald"), {praise, negated, self}}});
    const auto rows = totals(store);
    ASSERT_EQ(rows.size(), 1u);
    const PairStats& s = rows.at("RUS-USA");
    EXPECT_EQ(s.negative, 2);  // the negated claim and the self-loop are not counted
    EXPECT_EQ(s.positive, 1);
    EXPECT_EQ(s.net_micro, -11'600'000);
    EXPECT_EQ(s.abs_weight_micro, 18'400'000);
    ASSERT_EQ(s.outlets.size(), 2u);
    EXPECT_EQ(s.outlets[0], (std::pair<std::string, std::int64_t>{"Herald", 1}));
    EXPECT_EQ(s.outlets[1], (std::pair<std::string, std::int64_t>{"Wire", 2}));
    EXPECT_EQ(s.first_day, pair_day("2022-03-05"));
    EXPECT_EQ(s.last_day, pair_day("2022-04-01"));
    // An asserted claim beats a stronger reported one.
    EXPECT_EQ(s.best[0].id, asserted.id);
    EXPECT_EQ(s.best[2].id, praise.id);
    EXPECT_FALSE(s.best[1].present);
    // Month rows: March and April 2022; the undated praise is in no month.
    int months = 0;
    store.for_each_pair_stats({{}, "2022-04-01", "2022-04-30"}, [&](auto, auto, auto, const PairStats& m) {
      ++months;
      EXPECT_EQ(m.claims(), 1);
      EXPECT_EQ(m.best[0].id, asserted.id);
    });
    EXPECT_EQ(months, 1);
    // Day rows: a window that cuts months reads the days at its ends.
    int days = 0;
    store.for_each_pair_stats({{}, "2022-03-05", "2022-03-31"}, [&](auto, auto, auto, const PairStats& d) {
      ++days;
      EXPECT_EQ(d.best[0].id, reported.id);
    });
    EXPECT_EQ(days, 1);
    int none = 0;
    store.for_each_pair_stats({{}, "2022-03-06", "2022-03-31"}, [&](auto, auto, auto, const PairStats&) { ++none; });
    EXPECT_EQ(none, 0);
  }
  expect_sound(dir.path);
}

TEST(PairStats, ReplaceReextractAndRemoveMatchAFreshStore) {
  TempDir changed("changed"), fresh("fresh");
  const Claim a1 = claim_of("d1", "USA", "RUS", -1, -9.0, "2021-01-10", "Wire");
  const Claim a2 = claim_of("d1", "CHN", "USA", -1, -3.0, "2021-02-10", "Wire");
  const Claim b1 = claim_of("d2", "USA", "RUS", -1, -2.0, "2021-03-10", "Herald");
  const Claim b2 = claim_of("d2", "JPN", "RUS", +1, 2.0, "2021-03-11", "Herald");
  const Claim c1 = claim_of("d3", "IND", "CHN", -1, -5.0, "2021-04-01", "Post");
  // d1 replaced: its strongest claim (and the pair's first date) goes, another comes.
  const Claim a3 = claim_of("d1", "USA", "RUS", +1, 1.0, "2021-06-10", "Wire");
  // d2 re-extracted: one claim kept (same id), one dropped.
  // d3 replaced by a version without claims: the IND-CHN pair disappears.
  {
    Store store = Store::open(changed.path, Store::Mode::ReadWrite);
    store.put_documents({{doc_of("d1", "h1"), {a1, a2}}, {doc_of("d2", "h2", "Herald"), {b1, b2}}, {doc_of("d3", "h3", "Post"), {c1}}});
    EXPECT_EQ(store.put_document(doc_of("d1", "h1b"), {a2, a3}), IngestResult::Replaced);
    store.replace_claims("d2", {b1});
    EXPECT_EQ(store.put_document(doc_of("d3", "h3b", "Post"), {}), IngestResult::Replaced);
    // A document given twice in one call: only the second version counts.
    store.put_documents({{doc_of("d4", "h4"), {claim_of("d4", "FRA", "DEU", +1, 4.0, "2021-07-01", "Wire")}},
                         {doc_of("d4", "h4b"), {claim_of("d4", "FRA", "GBR", +1, 4.0, "2021-07-01", "Wire")}}});
  }
  {
    Store store = Store::open(fresh.path, Store::Mode::ReadWrite);
    store.put_documents({{doc_of("d1", "h1b"), {a2, a3}},
                         {doc_of("d2", "h2", "Herald"), {b1}},
                         {doc_of("d3", "h3b", "Post"), {}},
                         {doc_of("d4", "h4b"), {claim_of("d4", "FRA", "GBR", +1, 4.0, "2021-07-01", "Wire")}}});
  }
  expect_sound(changed.path);
  const Store a = Store::open(changed.path, Store::Mode::ReadOnly);
  const Store b = Store::open(fresh.path, Store::Mode::ReadOnly);
  EXPECT_EQ(dump(a, kOutlets), dump(b, kOutlets));
  const auto rows = totals(a);
  EXPECT_FALSE(rows.count("CHN-IND"));
  EXPECT_FALSE(rows.count("DEU-FRA"));
  ASSERT_TRUE(rows.count("RUS-USA"));
  EXPECT_EQ(rows.at("RUS-USA").first_day, pair_day("2021-03-10"));
  EXPECT_EQ(rows.at("RUS-USA").best[0].id, b1.id);
  EXPECT_EQ(a.fingerprint(), b.fingerprint());
}

TEST(PairStats, BulkShardsAddUpAndReloadsDoNotDoubleCount) {
  TempDir bulk("bulk"), direct("direct"), shards("shards");
  std::vector<Claim> first, second;
  const char* codes[] = {"USA", "RUS", "CHN", "IND", "JPN"};
  for (int i = 0; i < 60; ++i) {
    const std::string doc = "doc" + std::to_string(i % 12);
    Claim c = claim_of(doc, codes[i % 5], codes[(i / 5 + i + 1) % 5], i % 3 - 1, (i % 7) - 3.0,
                       "2022-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10), kOutlets[i % 3],
                       i % 4 ? "asserted" : "reported", static_cast<std::size_t>(i) * 50);
    c.outlet = kOutlets[i % 3];
    (i % 12 < 6 ? first : second).push_back(c);
  }
  Store::write_sst_shard(first, shards.path / "s0");
  Store::write_sst_shard(second, shards.path / "s1");
  {
    Store store = Store::open(bulk.path, Store::Mode::ReadWrite);
    store.ingest_sst({shards.path / "s0", shards.path / "s1"});
    store.ingest_sst({shards.path / "s0"});  // every document unchanged: nothing added
  }
  {
    Store store = Store::open(direct.path, Store::Mode::ReadWrite);
    std::map<std::string, std::vector<Claim>> by_doc;
    for (const auto* part : {&first, &second})
      for (const auto& c : *part) by_doc[c.doc].push_back(c);
    for (auto& [id, claims] : by_doc) store.put_document(doc_of(id, id), claims);
  }
  expect_sound(bulk.path);
  {
    const Store a = Store::open(bulk.path, Store::Mode::ReadOnly);
    const Store b = Store::open(direct.path, Store::Mode::ReadOnly);
    EXPECT_EQ(dump(a, kOutlets), dump(b, kOutlets));
  }
  // A shard that replaces documents: s0's documents with other claims.
  std::vector<Claim> replaced;
  for (const auto& c : first)
    if (c.doc != "doc0") replaced.push_back(claim_of(c.doc, c.object.id, "GBR", +1, 2.5, "2023-01-15", "Post"));
  Store::write_sst_shard(replaced, shards.path / "s2");
  // A shard mixing a stored, unchanged document (doc0) with a new one: its own aggregate
  // file would count doc0 again, so the rows are summed without doc0's claims.
  std::vector<Claim> mixed;
  for (const auto& c : first)
    if (c.doc == "doc0") mixed.push_back(c);
  ASSERT_FALSE(mixed.empty());
  mixed.push_back(claim_of("doc-new", "USA", "GBR", +1, 6.0, "2023-02-01", "Wire"));
  Store::write_sst_shard(mixed, shards.path / "s3");
  {
    Store store = Store::open(bulk.path, Store::Mode::ReadWrite);
    store.ingest_sst({shards.path / "s2", shards.path / "s3"});
  }
  expect_sound(bulk.path);
  const Store reloaded = Store::open(bulk.path, Store::Mode::ReadOnly);
  const auto rows = totals(reloaded);
  ASSERT_TRUE(rows.count("GBR-USA"));
  EXPECT_GE(rows.at("GBR-USA").positive, 1);
}

using test::RawDb;

// Damage for `check` to find: one claim of the given sign merged into an aggregate row
// that no claim supports.
rocksdb::Status merge_stray_claim(RawDb& raw, const std::string& key, int polarity) {
  PairStats extra;
  (polarity > 0 ? extra.positive : extra.negative) = 1;
  return raw.db->Merge(rocksdb::WriteOptions(), raw.cfs[store_schema::PairStatsCf], key, pair_rows::encode(extra));
}

// A store of one USA-RUS claim on `date`, checked sound before a test damages it.
void one_sound_claim(const TempDir& dir, const std::string& date) {
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_document(doc_of("d1", "h1"), {claim_of("d1", "USA", "RUS", -1, -4.0, date, "Wire")});
  }
  expect_sound(dir.path);
}

TEST(PairStats, CheckReportsAnAggregateThatDisagreesWithTheClaims) {
  TempDir dir;
  one_sound_claim(dir, "2022-01-02");
  {
    RawDb raw(dir.path);
    ASSERT_TRUE(merge_stray_claim(raw, std::string("p\x1fRUS\x1fUSA"), +1).ok());  // a praise no claim supports
  }
  const auto report = Store::check(dir.path);
  ASSERT_FALSE(report.sound());
  EXPECT_NE(report.problems.front().find("pair_stats: the aggregate p/RUS/USA differs from the claims"), std::string::npos)
      << report.problems.front();
}

// Writes two claims (the second dated `second_date`) with this build and returns the
// store's aggregates as dumped, for the upgrade tests to compare with after an upgrade.
std::string two_claims_written(const TempDir& dir, const std::string& second_date) {
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    store.put_documents({{doc_of("d1", "h1"), {claim_of("d1", "USA", "RUS", -1, -4.0, "2022-01-02", "Wire"),
                                               claim_of("d1", "CHN", "RUS", 1, 5.0, second_date, "Post", "asserted", 60)}}});
  }
  const Store store = Store::open(dir.path, Store::Mode::ReadOnly);
  return dump(store, kOutlets);
}

TEST(PairStats, SchemaThreeStoreIsRefusedByReadersAndUpgradedByAWriter) {
  TempDir dir;
  const std::string before = two_claims_written(dir, "2022-02-02");
  {
    // What schema 3 was: no pair_stats family, version 3.
    RawDb raw(dir.path);
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "3").ok());
    ASSERT_TRUE(raw.db->DropColumnFamily(raw.cfs[store_schema::PairStatsCf]).ok());
  }
  try {
    Store::open(dir.path, Store::Mode::ReadOnly);
    FAIL() << "a schema 3 store opened for reading";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), "schema version 3 in " + dir.path.string() +
                                         " predates the pair aggregates (schema 9); upgrade it in place with: "
                                         "irkg compact --db " + dir.path.string());
  }
  { Store store = Store::open(dir.path, Store::Mode::ReadWrite); }
  expect_sound(dir.path);
  const Store store = Store::open(dir.path, Store::Mode::ReadOnly);
  EXPECT_EQ(store.stats().schema_version, "9");
  EXPECT_EQ(dump(store, kOutlets), before);
}

TEST(PairStats, SchemaFourStoreIsRefusedByReadersAndUpgradedByAWriter) {
  TempDir dir;
  std::string before;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    Claim copied = claim_of("d2", "JPN", "CHN", -1, -3.0, "2023-02-02", "Post");
    copied.story = "d1";
    copied.id = compute_claim_id(copied);
    store.put_documents({{doc_of("d1", "h1"), {claim_of("d1", "USA", "RUS", -1, -4.0, "2022-01-02", "Wire"),
                                               claim_of("d1", "CHN", "RUS", 1, 5.0, "2021-02-02", "Post", "asserted", 60)}},
                         {doc_of("d2", "h2", "Post"), {copied}}});
  }
  {
    const Store store = Store::open(dir.path, Store::Mode::ReadOnly);
    before = dump(store, kOutlets);
  }
  {
    // What schema 4 was: version 4, no class (c), matrix (x) or year (y) rows, and a row
    // that the rebuild must not keep (an upgrade derives every row from the claims).
    RawDb raw(dir.path);
    auto* cf = raw.cfs[store_schema::PairStatsCf];
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "4").ok());
    for (const char* section : {"c\x1f", "q\x1f", "t\x1f", "x\x1f", "y\x1f"}) {
      std::string end = section;
      end.back() = '\x20';
      ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), cf, section, end).ok());
    }
    PairStats stray;
    stray.positive = 7;
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), cf, std::string("p\x1f" "AAA\x1f" "BBB"), pair_rows::encode(stray)).ok());
  }
  EXPECT_THROW(Store::check(dir.path), StoreError);  // the same line as a reader: upgrade first
  try {
    Store::open(dir.path, Store::Mode::ReadOnly);
    FAIL() << "a schema 4 store opened for reading";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), "schema version 4 in " + dir.path.string() +
                                         " predates the pair aggregates' class, outlet and year rows (schema 9); "
                                         "upgrade it in place with: irkg compact --db " + dir.path.string());
  }
  { Store store = Store::open(dir.path, Store::Mode::ReadWrite); }
  expect_sound(dir.path);
  const Store store = Store::open(dir.path, Store::Mode::ReadOnly);
  EXPECT_EQ(store.stats().schema_version, "9");
  EXPECT_EQ(dump(store, kOutlets), before);
}

TEST(PairStats, SchemaFiveStoreIsRefusedByReadersAndUpgradedByAWriter) {
  TempDir dir;
  const std::string before = two_claims_written(dir, "2022-05-22");
  {
    // What schema 5 was: version 5, no quarter (q) or ten-day (t) rows.
    RawDb raw(dir.path);
    auto* cf = raw.cfs[store_schema::PairStatsCf];
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), raw.cfs[store_schema::Meta], "schema_version", "5").ok());
    ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), cf, "q\x1f", "q\x20").ok());
    ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), cf, "t\x1f", "t\x20").ok());
  }
  const std::string refusal = "schema version 5 in " + dir.path.string() +
                              " predates the pair aggregates' quarter and ten-day rows (schema 9); "
                              "upgrade it in place with: irkg compact --db " + dir.path.string();
  try {
    Store::check(dir.path);
    FAIL() << "a schema 5 store was checked";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), refusal);
  }
  try {
    Store::open(dir.path, Store::Mode::ReadOnly);
    FAIL() << "a schema 5 store opened for reading";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), refusal);
  }
  { Store store = Store::open(dir.path, Store::Mode::ReadWrite); }
  expect_sound(dir.path);
  const Store store = Store::open(dir.path, Store::Mode::ReadOnly);
  EXPECT_EQ(store.stats().schema_version, "9");
  EXPECT_EQ(dump(store, kOutlets), before);
  // The rebuilt rows answer a window from quarters and ten-day units.
  std::int64_t claims = 0;
  EXPECT_TRUE(store.for_each_pair_stats({{}, "2022-04-01", "2022-06-30"},
                                        [&](auto, auto, auto, const PairStats& s) { claims += s.claims(); }));
  EXPECT_EQ(claims, 1);
}

TEST(PairStats, CheckReportsAQuarterOrTenDayRowThatDisagreesOrIsMissing) {
  TempDir dir;
  one_sound_claim(dir, "2022-01-12");
  {
    RawDb raw(dir.path);
    // a condemnation no claim supports
    ASSERT_TRUE(merge_stray_claim(raw, std::string("q\x1f" "2022-Q1\x1fRUS\x1fUSA"), -1).ok());
    ASSERT_TRUE(raw.db->Delete(rocksdb::WriteOptions(), raw.cfs[store_schema::PairStatsCf],
                               std::string("t\x1f" "2022-01-2\x1fRUS\x1fUSA")).ok());
  }
  const auto report = Store::check(dir.path);
  ASSERT_FALSE(report.sound());
  std::string all;
  for (const auto& p : report.problems) all += p + "\n";
  EXPECT_NE(all.find("pair_stats: the aggregate q/2022-Q1/RUS/USA differs from the claims"), std::string::npos) << all;
  EXPECT_NE(all.find("pair_stats: the aggregate t/2022-01-2/RUS/USA is missing"), std::string::npos) << all;
}

}  // namespace
}  // namespace irkg
