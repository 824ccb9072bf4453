// Exports and the outlet matrix with a date window and no outlet or agency (session 18):
// the dyads come from the windowed pair totals, the class rows and matrix cells are summed
// from the window's dyad index entries (Store::for_each_pair_row / for_each_pair_stats
// with Classes or Cells and a window), and the vertices are described from the window's
// claims. Every output must be byte for byte what the record path (IRKG_NO_AGGREGATES=1:
// the window's claim records through the date index) writes, for windows on and off month
// boundaries, open at either end, across a new year, of one day and of none; and the
// derived rows must be the rows a store holding only the window's claims keeps.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/date.h"
#include "store/store.h"
#include "tests/cli/run_command.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

using test::run_irkg;
using test::shell_quote;

std::string file_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ~900 claims of 90 documents from 2021-12-20 to 2023-02-12 (about one document every
// 4-5 days, month ends and 2022-02-28 included), between 7 states: several classes per pair
// (categories, a relation without one, neither: OTHER), polarities and weights (clamped
// ones, fractions), asserted and reported, five outlets and none, negated claims, persons
// of a state (state code and own id differ), claims within one state (only the matrix
// counts them), later copies of stories, and France named "France" until May 2022 and
// "French Republic" after (the refs keep the first: a window's labels are its claims').
std::vector<std::pair<StoredDocument, std::vector<Claim>>> varied_documents() {
  static const char* const kStates[] = {"FRA", "DEU", "ITA", "ESP", "POL", "GBR", "NLD"};
  static const char* const kOutlets[] = {"Daily", "Weekly", "Wire", "Gazette", "Herald", ""};
  static const char* const kCategories[] = {"COOPERATE", "DISAPPROVE", "CONSULT", "", ""};
  static const char* const kRelations[] = {"praise", "condemn", "visit", ""};
  std::uint64_t seed = 20261207;
  const auto next = [&](std::uint64_t n) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((seed >> 33) % n);
  };
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  const long first_day = days_from_civil({2021, 12, 20});
  for (int d = 0; d < 90; ++d) {
    StoredDocument doc;
    doc.id = "doc" + std::to_string(d);
    doc.outlet = kOutlets[d % 6];
    doc.content_hash = "hash" + std::to_string(d);
    const long day = first_day + d * 4 + static_cast<long>(next(3));
    std::vector<Claim> claims;
    for (int k = 0; k < 10; ++k) {
      const std::string s = kStates[next(7)];
      std::string o = kStates[next(7)];
      if (k == 9) o = s;  // within one state: the matrix's only
      const int polarity = static_cast<int>(next(3)) - 1;
      const double weight = polarity == 0 ? 0.0 : polarity * (k == 4 ? 12.5 : 0.75 + static_cast<double>(next(40)) / 8);
      // Claims of one document fall on its day or the next two (runs of days for spells).
      const std::string date = format_iso_date(civil_from_days(day + k % 3));
      Claim c = test::claim_of(doc.id, s, o, polarity == 0 ? 1 : polarity, weight, date, doc.outlet,
                               next(4) == 0 ? "reported" : "asserted", static_cast<std::size_t>(k) * 40);
      c.polarity = polarity;
      c.category = kCategories[next(5)];
      c.relation = kRelations[next(4)];
      if (k == 3) c.negated = true;
      if (k == 5) c.subject = {"person:" + std::to_string(d % 4), "Someone", s, "person"};
      for (Actor* a : {&c.subject, &c.object})
        if (a->id == "FRA") a->name = date < "2022-06" ? "France" : "French Republic";
      if (d % 7 == 3) c.story = "doc" + std::to_string(d - 1);  // a later copy of the story before
      c.id = compute_claim_id(c);
      claims.push_back(c);
    }
    docs.emplace_back(std::move(doc), std::move(claims));
  }
  return docs;
}

void write_store(const std::filesystem::path& dir, const std::string& since = "", const std::string& until = "") {
  auto docs = varied_documents();
  for (auto& [doc, claims] : docs)
    std::erase_if(claims, [&](const Claim& c) {
      return (!since.empty() && c.date < since) || (!until.empty() && c.date > until);
    });
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  store.put_documents(docs);
}

// Windows on and off month boundaries.
const std::vector<std::pair<std::string, std::string>> kWindows = {
    {"2022-03-01", "2022-05-31"},  // whole months
    {"2022-02-11", "2022-11-20"},  // mid-month to mid-month
    {"2022-11-15", "2023-01-14"},  // across a new year
    {"2022-06-10", ""},            // open end
    {"", "2022-04-15"},            // open start
    {"2022-02-28", "2022-02-28"},  // one day
    {"2022-01-01", "2022-12-31"},  // a year
    {"2024-01-01", "2024-02-01"},  // no claim
};

std::string window_flags(const std::pair<std::string, std::string>& w) {
  std::string flags;
  if (!w.first.empty()) flags += " --since " + w.first;
  if (!w.second.empty()) flags += " --until " + w.second;
  return flags;
}

// Every row of `q` as comparable text: pair, label, counts, names, evidence and days.
std::vector<std::string> rows_of(const Store& store, const PairStatsQuery& q) {
  std::vector<std::string> rows;
  EXPECT_TRUE(store.for_each_pair_stats(q, [&](std::string_view a, std::string_view b, std::string_view label,
                                              const PairStats& s) {
    std::ostringstream row;
    row << a << '|' << b << '|' << label << '|' << s.positive << ',' << s.negative << ',' << s.neutral << ','
        << s.net_micro << ',' << s.abs_weight_micro << ',' << s.first_day << ',' << s.last_day << "|";
    for (const auto& [name, n] : s.outlets) row << name << '=' << n << ';';
    row << '|';
    for (const auto& [name, n] : s.relations) row << name << '=' << n << ';';
    row << '|';
    for (const auto& e : s.best) row << e.present << e.direct << e.abs_weight << '@' << e.day << ':' << e.id << ';';
    row << '|';
    for (const auto day : s.days) row << day << ';';
    row << '|';
    for (const auto& c : s.cells) row << c.outlet << '=' << c.claims << ',' << c.net_micro << ',' << c.copy_claims << ','
                                      << c.copy_net_micro << ';';
    rows.push_back(row.str());
  }));
  return rows;
}

// The class and matrix rows a window's dyad index entries give are the rows a store holding
// only the window's claims keeps; and in two halves of the pairs, split anywhere, the same.
TEST(WindowRows, AreTheRowsOfAStoreOfTheWindowsClaims) {
  test::TempStoreDir all("-all");
  write_store(all.path);
  const Store whole = Store::open(all.path, Store::Mode::ReadOnly);
  for (const auto& [since, until] : kWindows) {
    test::TempStoreDir part("-part");
    write_store(part.path, since, until);
    const Store window = Store::open(part.path, Store::Mode::ReadOnly);
    for (const auto rows : {PairStatsQuery::Rows::Classes, PairStatsQuery::Rows::Cells}) {
      PairStatsQuery stored, derived;
      stored.rows = derived.rows = rows;
      derived.since = since;
      derived.until = until;
      const auto expected = rows_of(window, stored);
      EXPECT_EQ(rows_of(whole, derived), expected) << since << ".." << until;
      if (since == "2022-02-11") {
        EXPECT_GT(expected.size(), 20u);
      }
      for (const std::string split : {"DEU\x1f" "FRA", "DEU\x1f" "Q", "FRA", "ESP\x1f" "ITA\x01", "A", "ZZ"}) {
        PairStatsQuery first = derived, second = derived;
        first.pairs_to = second.pairs_from = split;
        auto halves = rows_of(whole, first);
        const auto later = rows_of(whole, second);
        halves.insert(halves.end(), later.begin(), later.end());
        EXPECT_EQ(halves, expected) << since << ".." << until << " split at " << split;
      }
    }
  }
}

// The same rows as views (what the export's stream reads), days only or without relations.
TEST(WindowRows, ViewsHoldWhatTheRowsHold) {
  test::TempStoreDir all;
  write_store(all.path);
  const Store store = Store::open(all.path, Store::Mode::ReadOnly);
  PairStatsQuery q;
  q.rows = PairStatsQuery::Rows::Classes;
  q.since = "2022-02-11";
  q.until = "2022-11-20";
  std::vector<PairStats> rows;
  ASSERT_TRUE(store.for_each_pair_stats(q, [&](auto, auto, auto, const PairStats& s) { rows.push_back(s); }));
  for (const bool days_only : {false, true})
    for (const bool relations : {true, false}) {
      q.days_only = days_only;
      q.relations = relations;
      std::size_t i = 0;
      ASSERT_TRUE(store.for_each_pair_row(q, [&](auto, auto, auto, const PairRowView& v) {
        ASSERT_LT(i, rows.size());
        const PairStats& s = rows[i++];
        EXPECT_EQ(static_cast<const PairCounts&>(v), static_cast<const PairCounts&>(s));
        EXPECT_EQ(v.days, s.days);
        EXPECT_EQ(v.outlets.size(), days_only ? 0 : s.outlets.size());
        EXPECT_EQ(v.relations.size(), days_only || !relations ? 0 : s.relations.size());
        if (!days_only) {
          for (std::size_t p = 0; p < 3; ++p) EXPECT_EQ(v.best[p].id(), s.best[p].id);
        }
      }));
      EXPECT_EQ(i, rows.size());
    }
}

class WindowExport : public ::testing::Test {
 protected:
  void SetUp() override {
    write_store(dir_.path);
    db_ = shell_quote(dir_.path.string());
    out_ = std::filesystem::temp_directory_path() / ("irkg-window-export-" + std::to_string(::getpid()));
    std::filesystem::create_directories(out_);
  }
  void TearDown() override { std::filesystem::remove_all(out_); }
  // The files of one export (CSV: edges and nodes); `trace` gets the paths that ran.
  std::vector<std::string> export_files(const std::string& format, const std::string& flags, bool aggregates,
                                        std::string* trace = nullptr) {
    const auto path = out_ / ((aggregates ? "agg." : "records.") + format);
    if (aggregates) ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
    else ::setenv("IRKG_NO_AGGREGATES", "1", 1);
    const auto r = run_irkg("export --db " + db_ + " --format " + format + " " + flags + " -o " + shell_quote(path.string()));
    ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
    ::unsetenv("IRKG_NO_AGGREGATES");
    EXPECT_EQ(r.exit_code, 0) << format << " " << flags << ": " << r.err;
    if (trace) *trace = r.err;
    std::vector<std::string> files{file_text(path)};
    if (format == "csv") files.push_back(file_text(out_ / (aggregates ? "agg-nodes.csv" : "records-nodes.csv")));
    return files;
  }
  std::string compare(const std::string& flags, bool aggregates, std::string* trace = nullptr) {
    if (aggregates) ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
    else ::setenv("IRKG_NO_AGGREGATES", "1", 1);
    const auto r = run_irkg("compare --db " + db_ + " --outlets " + flags);
    ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
    ::unsetenv("IRKG_NO_AGGREGATES");
    EXPECT_EQ(r.exit_code, 0) << flags << ": " << r.err;
    if (trace) *trace = r.err;
    return r.out;
  }

  test::TempStoreDir dir_;
  std::string db_;
  std::filesystem::path out_;
};

TEST_F(WindowExport, EveryFormatAndWindowIsTheRecordPathsExport) {
  const std::vector<std::string> formats = {"graphml", "gexf", "csv", "json"};
  for (std::size_t w = 0; w < kWindows.size(); ++w)
    for (std::size_t f = 0; f < formats.size(); ++f)
      for (const std::string min : {"", " --min-claims 4"}) {
#ifdef IRKG_SANITIZED
        // ASan: memory errors show on any of these paths; the release run compares every combination.
        // Two of each window's eight, others for the next: every window, format and --min-claims runs.
        if ((w + 2 * f + (min.empty() ? 0 : 1)) % 4 != 0) continue;
#endif
        const auto& window = kWindows[w];
        const std::string& format = formats[f];
        const std::string flags = window_flags(window) + min;
        std::string trace;
        const auto streamed = export_files(format, flags, true, &trace);
        EXPECT_NE(trace.find("graph: class rows streamed"), std::string::npos) << format << flags << ": " << trace;
        const auto records = export_files(format, flags, false);
        ASSERT_EQ(streamed.size(), records.size());
        for (std::size_t i = 0; i < streamed.size(); ++i) {
          if (window.first != "2024-01-01" && min.empty()) {
            EXPECT_GT(streamed[i].size(), 150u) << format << flags;
          }
          EXPECT_EQ(streamed[i], records[i]) << format << flags << " file " << i;
        }
      }
}

// Labels are the window's claims', not the refs': France is "France" in the whole store's
// export (its first stored claim) and "French Republic" in a window after May 2022.
TEST_F(WindowExport, LabelsComeFromTheWindowsClaims) {
  const auto whole = export_files("graphml", "", true);
  const auto later = export_files("graphml", "--since 2022-06-10", true);
  EXPECT_NE(whole[0].find(">France<"), std::string::npos);
  EXPECT_EQ(whole[0].find("French Republic"), std::string::npos);
  EXPECT_NE(later[0].find(">French Republic<"), std::string::npos);
  EXPECT_EQ(later[0].find(">France<"), std::string::npos);
}

// Split anywhere (IRKG_SCAN_SPLIT): the dyads' and the GEXF nodes' spells' halves give the
// same file.
TEST_F(WindowExport, SplitAnywhereGivesTheSameFile) {
  const std::string flags = "--since 2022-02-11 --until 2022-11-20";
  const auto records = export_files("gexf", flags, false);
  for (const std::string split : {"DEU\x1f" "ITA", "DEU\x1f" "Q", "A", "ZZ"}) {
    ::setenv("IRKG_SCAN_SPLIT", split.c_str(), 1);
    const auto streamed = export_files("gexf", flags, true);
    ::unsetenv("IRKG_SCAN_SPLIT");
    EXPECT_EQ(streamed[0], records[0]) << "split at " << split;
  }
}

TEST_F(WindowExport, TheOutletMatrixOfAWindowIsTheDyadPaths) {
  const std::vector<std::string> extras = {"", " --raw-copies", " --json", " --csv --raw-copies"};
  for (std::size_t w = 0; w < kWindows.size(); ++w)
    for (std::size_t e = 0; e < extras.size(); ++e) {
#ifdef IRKG_SANITIZED
      // ASan: memory errors show on any of these paths; the release run compares every combination.
      // Half of each window's options, the other half for the next window.
      if ((w + e) % 2 != 0) continue;
#endif
      const std::string flags = window_flags(kWindows[w]) + extras[e];
      std::string trace;
      const std::string rows = compare(flags, true, &trace);
      EXPECT_NE(trace.find("graph: outlet matrix rows"), std::string::npos) << flags << ": " << trace;
      EXPECT_EQ(rows, compare(flags, false)) << flags;
    }
}

// A claim dated other than YYYY-MM-DD keeps a window off the streamed export (the pair
// totals' date rows cannot place it): the graph is built with details from the window's
// class rows (summed from the dyad index, dates compared as text), and writes the same.
TEST_F(WindowExport, AnOddDateBuildsTheGraphFromTheWindowsClassRows) {
  {
    Store store = Store::open(dir_.path, Store::Mode::ReadWrite);
    StoredDocument doc;
    doc.id = "odd";
    doc.outlet = "Daily";
    doc.content_hash = "odd";
    store.put_documents({{doc, {test::claim_of("odd", "FRA", "DEU", 1, 2.0, "2022-05", "Daily")}}});
  }
  std::string trace;
  const auto files = export_files("graphml", "--since 2022-03-01 --until 2022-05-31", true, &trace);
  EXPECT_EQ(trace.find("graph: class rows streamed"), std::string::npos) << trace;
  EXPECT_NE(trace.find("graph: pair aggregates"), std::string::npos) << trace;
  EXPECT_EQ(files, export_files("graphml", "--since 2022-03-01 --until 2022-05-31", false));
}

}  // namespace
}  // namespace irkg
