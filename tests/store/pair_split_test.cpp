// Reading the pair aggregates in two halves of the pairs (PairStatsQuery::pairs_from and
// pairs_to, Store::pair_split_key; docs/STORE.md "Pair aggregates"): the halves hold every
// row once, whatever the split key (a stored pair, a key between two pairs, a code that is
// the prefix of another, before or after every pair), for every kind of row range (whole
// store, class rows, date windows over runs of labels, outlets). Rows read as views
// (decode_view) are the rows decode_into gives, and damaged bytes are refused by both.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "store/pair_rows.h"
#include "store/store.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

using test::claim_of;

// One row as text, the same from a PairStats and from a PairRowView.
template <class Row>
std::string row_text(std::string_view a, std::string_view b, std::string_view label, const Row& s) {
  std::ostringstream out;
  out << a << '-' << b << ' ' << label << ' ' << s.positive << '/' << s.negative << '/' << s.neutral << ' ' << s.net_micro
      << ' ' << s.abs_weight_micro << ' ' << s.first_day << ".." << s.last_day << ' ';
  for (const auto& [name, n] : s.outlets) out << name << ':' << n << ',';
  for (const auto& [name, n] : s.relations) out << name << ':' << n << ',';
  for (const auto& e : s.best) {
    if constexpr (std::is_same_v<Row, PairRowView>) out << (e.present ? std::string(e.id()) : "-");
    else out << (e.present ? e.id : "-");
    out << '/' << e.direct << '/' << e.abs_weight << '/' << e.day << ',';
  }
  for (std::int32_t day : s.days) out << day << ',';
  return out.str();
}

std::vector<std::string> rows_of(const Store& store, const PairStatsQuery& q) {
  std::vector<std::string> rows;
  EXPECT_TRUE(store.for_each_pair_row(q, [&](std::string_view a, std::string_view b, std::string_view label,
                                             const PairRowView& row) {
    const std::string pair = std::string(a) + '\x1f' + std::string(b);
    if (!q.pairs_from.empty()) {
      EXPECT_GE(pair, q.pairs_from);
    }
    if (!q.pairs_to.empty()) {
      EXPECT_LT(pair, q.pairs_to);
    }
    rows.push_back(row_text(a, b, label, row));
  }));
  return rows;
}

class PairSplit : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.emplace(Store::open(dir_.path, Store::Mode::ReadWrite));
    // Codes where one is the prefix of another (B, BA; D, DD): pair keys B\x1fC and
    // BA\x1fC sort by their first code's bytes, and a split key "B" or "B\x1f" falls
    // between them.
    const std::vector<std::string> codes = {"AA", "AB", "B", "BA", "C", "CZ", "D", "DD"};
    const std::vector<std::string> dates = {"2021-01-01", "2021-03-10", "2021-03-11", "2021-03-31", "2021-06-15",
                                            "2021-12-31", "2022-01-01", "2022-02-28", "2022-07-20", "2023-05-05"};
    const std::vector<std::string> outlets = {"Herald", "Wire", "Post", "B\x1f" "C"};
    std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
    std::size_t n = 0;
    for (std::size_t i = 0; i < codes.size(); ++i)
      for (std::size_t j = 0; j < codes.size(); ++j) {
        if (i == j || (i + j) % 3 == 0) continue;  // not every pair: some labels miss some pairs
        StoredDocument d;
        d.id = "doc" + std::to_string(n);
        d.outlet = outlets[n % outlets.size()];
        d.content_hash = "h" + d.id;
        d.text = "text";
        std::vector<Claim> claims;
        for (std::size_t k = 0; k < 1 + n % 3; ++k)
          claims.push_back(claim_of(d.id, codes[i], codes[j], (n + k) % 2 ? 1 : -1, 1.0 + static_cast<double>((n * 7 + k) % 9),
                                    dates[(n + 3 * k) % dates.size()], d.outlet, k % 2 ? "reported" : "asserted", 40 * k));
        docs.emplace_back(std::move(d), std::move(claims));
        ++n;
        if (i < j) pairs_.push_back(codes[i] + '\x1f' + codes[j]);
        else pairs_.push_back(codes[j] + '\x1f' + codes[i]);
      }
    store_->put_documents(docs);
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
  }
  test::TempStoreDir dir_;
  std::optional<Store> store_;
  std::vector<std::string> pairs_;
};

TEST_F(PairSplit, TwoHalvesHoldEveryRowOnceWhateverTheKey) {
  std::vector<PairStatsQuery> queries;
  queries.push_back({});
  queries.push_back({{}, "", "", PairStatsQuery::Rows::Classes});
  for (const auto& [since, until] : std::vector<std::pair<std::string, std::string>>{
           {"2021-01-01", "2022-12-31"}, {"2021-03-10", "2022-02-28"}, {"2021-03-11", "2021-03-31"},
           {"2021-01-01", "2021-01-01"}, {"", "2022-01-15"}, {"2021-06-01", ""}, {"2020-01-01", "2020-12-31"}})
    queries.push_back({{}, since, until});
  queries.push_back({{"Herald"}, "", ""});
  queries.push_back({{"Wire", "B\x1f" "C"}, "", ""});
  std::vector<std::string> keys = {"\x01", "A", "B", std::string("B\x1f"), "BA", "Z", "\x7f"};
  for (const auto& pair : pairs_) {
    keys.push_back(pair);                              // a stored pair: it goes to the second half
    keys.push_back(pair + '\x01');                      // just past it
    keys.push_back(pair.substr(0, pair.size() - 1));  // just before it
  }
  for (const PairStatsQuery& whole : queries) {
    std::vector<std::string> expected = rows_of(*store_, whole);
    ASSERT_FALSE(expected.empty() && whole.since != "2020-01-01");
    std::sort(expected.begin(), expected.end());
    for (const auto& key : keys) {
      PairStatsQuery first = whole, second = whole;
      first.pairs_to = key;
      second.pairs_from = key;
      std::vector<std::string> got = rows_of(*store_, first);
      const std::vector<std::string> later = rows_of(*store_, second);
      got.insert(got.end(), later.begin(), later.end());
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, expected) << "split at '" << key << "', window " << whole.since << ".." << whole.until;
    }
  }
  // Three parts too: [-, k1), [k1, k2), [k2, -).
  PairStatsQuery a, b, c;
  a.pairs_to = b.pairs_from = pairs_[3];
  b.pairs_to = c.pairs_from = pairs_[9];
  std::vector<std::string> got = rows_of(*store_, a), mid = rows_of(*store_, b), last = rows_of(*store_, c);
  EXPECT_FALSE(mid.empty());
  got.insert(got.end(), mid.begin(), mid.end());
  got.insert(got.end(), last.begin(), last.end());
  std::sort(got.begin(), got.end());
  std::vector<std::string> all = rows_of(*store_, {});
  std::sort(all.begin(), all.end());
  EXPECT_EQ(got, all);
}

TEST_F(PairSplit, ASmallStoreIsNotSplit) { EXPECT_EQ(store_->pair_split_key(), ""); }

TEST_F(PairSplit, ViewsAreTheRowsAndSkipOnlyRelations) {
  for (const PairStatsQuery& q : {PairStatsQuery{}, PairStatsQuery{{}, "", "", PairStatsQuery::Rows::Classes},
                                  PairStatsQuery{{}, "2021-03-10", "2022-02-28"}}) {
    std::vector<std::string> stats, views, without_relations;
    store_->for_each_pair_stats(q, [&](std::string_view a, std::string_view b, std::string_view l, const PairStats& s) {
      stats.push_back(row_text(a, b, l, s));
      PairStats no_relations = s;
      no_relations.relations.clear();
      without_relations.push_back(row_text(a, b, l, no_relations));
    });
    views = rows_of(*store_, q);
    EXPECT_EQ(views, stats);
    PairStatsQuery skip = q;
    skip.relations = false;
    EXPECT_EQ(rows_of(*store_, skip), without_relations);
  }
  EXPECT_THROW(store_->for_each_pair_row({{}, "", "", PairStatsQuery::Rows::Cells}, [](auto, auto, auto, const auto&) {}),
               std::logic_error);
}

TEST(PairRowView, RefusesWhatDecodeIntoRefuses) {
  PairStats s;
  s.positive = 2;
  s.negative = 1;
  s.net_micro = -700'000;
  s.abs_weight_micro = 9'000'000;
  s.first_day = 18000;
  s.last_day = 18100;
  s.outlets = {{"Herald", 2}, {"Wire", 1}};
  s.relations = {{"condemn", 1}, {"praise", 2}};
  s.best[0] = {true, true, 4.0, 18050, "0123456789abcdef01234567"};
  s.best[2] = {true, false, 0.1 + 0.2, INT32_MIN, "gdelt:1"};
  s.days = {18000, 18050, 18100};
  PairStats with_cells = s;
  with_cells.days.clear();
  with_cells.cells = {{"Herald", 2, 1, 0, 0}};
  for (const PairStats* row : {&s, &with_cells}) {
    const std::string bytes = pair_rows::encode(*row);
    PairRowView view;
    pair_rows::decode_view(bytes, view);
    PairStats back;
    pair_rows::decode_into(bytes, back);
    EXPECT_EQ(row_text("A", "B", "", view), row_text("A", "B", "", back));
    // Every cut and every changed byte: both decoders refuse it, or both read the same row.
    std::vector<std::string> damaged_rows;
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) damaged_rows.push_back(bytes.substr(0, cut));
    for (std::size_t at = 0; at < bytes.size(); ++at)
      for (const char value : {'\0', '\x7f', '\xff', 'D', 'X'}) {
        damaged_rows.push_back(bytes);
        damaged_rows.back()[at] = value;
      }
    std::size_t refused = 0;
    for (const std::string& damaged : damaged_rows) {
        bool view_ok = true, stats_ok = true;
        try {
          pair_rows::decode_view(damaged, view);
        } catch (const StoreError&) {
          view_ok = false;
        }
        try {
          pair_rows::decode_into(damaged, back);
        } catch (const StoreError&) {
          stats_ok = false;
        }
      EXPECT_EQ(view_ok, stats_ok) << testing::PrintToString(damaged);
      if (view_ok && stats_ok) {
        EXPECT_EQ(row_text("A", "B", "", view), row_text("A", "B", "", back));
      }
      refused += view_ok ? 0 : 1;
    }
    EXPECT_GT(refused, damaged_rows.size() / 4);  // much of it is caught (a changed count reads as another row)
  }
}

}  // namespace
}  // namespace irkg
