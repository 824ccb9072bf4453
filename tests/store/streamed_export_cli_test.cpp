// A whole-store export streams its edge rows from the class rows (cli/class_row_stream.h),
// with the dyads and nodes from the pair totals (GEXF nodes' spells from a pass over the
// class rows' days): GraphML, GEXF, CSV (both files) and JSON must be
// byte for byte the export of the dyad index path (IRKG_NO_AGGREGATES=1), with and without
// --min-claims, to a file and to standard output. Class rows that disagree with the
// totals (a row lost, a pair's rows missing) are an error, never an export with exit 0.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

std::string file_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Six pairs, several classes each (categories, an uncategorised relation), four outlets,
// dates over a year (runs of days for GEXF spells); one pair with three claims of one
// document (--min-claims 7 drops it), so its nodes' spells lose its days.
void write_store(const std::filesystem::path& dir) {
  Store store = Store::open(dir, Store::Mode::ReadWrite);
  const char* pairs[][2] = {{"FRA", "DEU"}, {"FRA", "ITA"}, {"ESP", "ITA"}, {"DEU", "POL"}, {"ITA", "POL"}, {"ESP", "FRA"}};
  const char* outlets[] = {"Daily", "Weekly", "Wire", "Gazette"};
  const char* dates[] = {"2022-01-03", "2022-01-04", "2022-03-25", "2022-05-09", "2022-05-10", "2022-10-30"};
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  std::size_t n = 0;
  for (int d = 0; d < 6; ++d) {
    StoredDocument doc;
    doc.id = "doc" + std::to_string(d);
    doc.outlet = outlets[d % 4];
    doc.content_hash = "hash" + std::to_string(d);
    std::vector<Claim> claims;
    for (int p = 0; p < 6; ++p) {
      if (p == 5 && d > 0) continue;  // ESP-FRA: the claims of one document
      for (int k = 0; k < 3; ++k) {
        const int polarity = (p + k + d) % 3 == 0 ? -1 : +1;
        Claim c = test::claim_of(doc.id, pairs[p][k % 2], pairs[p][(k + 1) % 2], polarity, polarity * (1.0 + (k + d) % 4),
                                 dates[(d + k) % 6], doc.outlet, k == 2 ? "reported" : "asserted", (n++) * 50);
        if (k == 1 && p % 2 == 0) {  // a third class: a relation without a category
          c.category.clear();
          c.relation = "visit";
          c.id = compute_claim_id(c);
        }
        if (p == 5) {  // days of its own: dropping the pair drops them from ESP's and FRA's spells
          c.date = "2022-12-2" + std::to_string(4 + k);
          c.id = compute_claim_id(c);
        }
        claims.push_back(c);
      }
    }
    docs.emplace_back(std::move(doc), std::move(claims));
  }
  store.put_documents(docs);
}

class StreamedExport : public ::testing::Test {
 protected:
  void SetUp() override {
    write_store(dir_.path);
    db_ = shell_quote(dir_.path.string());
    out_ = std::filesystem::temp_directory_path() / ("irkg-streamed-" + std::to_string(::getpid()));
    std::filesystem::create_directories(out_);
  }
  void TearDown() override { std::filesystem::remove_all(out_); }
  // The files of one export (CSV: edges and nodes), the trace line saying which path ran.
  std::vector<std::string> export_files(const std::string& format, const std::string& flags, bool aggregates,
                                        std::string* trace = nullptr) {
    const auto path = out_ / ((aggregates ? "agg." : "dyad.") + format);
    if (aggregates) ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
    else ::setenv("IRKG_NO_AGGREGATES", "1", 1);
    const auto r = run_irkg("export --db " + db_ + " --format " + format + " " + flags + " -o " + shell_quote(path.string()));
    ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
    ::unsetenv("IRKG_NO_AGGREGATES");
    EXPECT_EQ(r.exit_code, 0) << format << " " << flags << ": " << r.err;
    if (trace) *trace = r.err;
    std::vector<std::string> files{file_text(path)};
    if (format == "csv") files.push_back(file_text(out_ / (aggregates ? "agg-nodes.csv" : "dyad-nodes.csv")));
    return files;
  }

  test::TempStoreDir dir_;
  std::string db_;
  std::filesystem::path out_;
};

TEST_F(StreamedExport, EveryStreamedFormatIsTheDyadPathsExport) {
  for (const std::string format : {"graphml", "gexf", "csv", "json"})
    for (const std::string flags : {"", "--min-claims 2", "--min-claims 7"}) {
      std::string trace;
      const auto streamed = export_files(format, flags, true, &trace);
      EXPECT_NE(trace.find("graph: class rows streamed"), std::string::npos) << format << " " << flags << ": " << trace;
      const auto dyad = export_files(format, flags, false);
      ASSERT_EQ(streamed.size(), dyad.size());
      for (std::size_t i = 0; i < streamed.size(); ++i) {
        EXPECT_GT(streamed[i].size(), 200u) << format << " " << flags;
        EXPECT_EQ(streamed[i], dyad[i]) << format << " " << flags << " file " << i;
      }
    }
}

// Chunks of one row (each pair a chunk of its own) and of three: every chunk after the
// first two refills one the writer gave back, with fewer or more rows than before.
TEST_F(StreamedExport, SmallChunksReusedGiveTheSameFiles) {
  for (const std::string format : {"graphml", "gexf", "csv", "json"}) {
    const auto dyad = export_files(format, "", false);
    for (const char* rows : {"1", "3"}) {
      ::setenv("IRKG_STREAM_CHUNK_ROWS", rows, 1);
      const auto streamed = export_files(format, "", true);
      ::unsetenv("IRKG_STREAM_CHUNK_ROWS");
      ASSERT_EQ(streamed.size(), dyad.size());
      for (std::size_t i = 0; i < streamed.size(); ++i)
        EXPECT_EQ(streamed[i], dyad[i]) << format << " in chunks of " << rows << ", file " << i;
    }
  }
}

// GEXF nodes' spells are read in two halves of the pairs when split (IRKG_SCAN_SPLIT: at a
// stored pair, between pairs, before and after every pair): the same file each time.
TEST_F(StreamedExport, GexfSpellsSplitAnywhereGiveTheSameFile) {
  const auto dyad = export_files("gexf", "--min-claims 7", false);
  for (const std::string split : {"ESP\x1f" "ITA", "DEU\x1f" "Q", "A", "ZZ"}) {
    ::setenv("IRKG_SCAN_SPLIT", split.c_str(), 1);
    const auto streamed = export_files("gexf", "--min-claims 7", true);
    ::unsetenv("IRKG_SCAN_SPLIT");
    EXPECT_EQ(streamed[0], dyad[0]) << "split at " << split;
  }
}

TEST_F(StreamedExport, StandardOutputGetsTheSameBytes) {
  const auto dyad = export_files("graphml", "", false);
  const auto r = run_irkg("export --db " + db_ + " --format graphml -o -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, dyad[0]);
}

// Damages the class rows with `damage`, then expects the export to fail with `message`
// and to leave no file under the target name.
void expect_refused(const std::filesystem::path& store, const std::filesystem::path& out,
                    const std::function<void(test::RawDb&)>& damage, const std::string& message) {
  {
    test::RawDb raw(store);
    damage(raw);
  }
  const auto path = out / "damaged.graphml";
  const auto r = run_irkg("export --db " + shell_quote(store.string()) + " --format graphml -o " + shell_quote(path.string()));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(path)) << "a damaged export must not be left under the target name";
}

auto* pair_rows(test::RawDb& raw) { return raw.cfs[store_schema::PairStatsCf]; }

TEST_F(StreamedExport, AClassRowLostIsAnError) {
  expect_refused(dir_.path, out_, [](test::RawDb& raw) {
    ASSERT_TRUE(raw.db->Delete(rocksdb::WriteOptions(), pair_rows(raw), std::string("c\x1f" "DEU\x1f" "FRA\x1f" "visit")).ok());
  }, "database is corrupt: the pair aggregates' class rows of DEU-FRA do not add up to the pair's totals");
}

TEST_F(StreamedExport, APairsClassRowsMissingAreAnError) {
  expect_refused(dir_.path, out_, [](test::RawDb& raw) {
    ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), pair_rows(raw), std::string("c\x1f" "DEU\x1f" "POL\x1f"),
                                    std::string("c\x1f" "DEU\x1f" "POL\x20")).ok());
  }, "database is corrupt: the pair aggregates' class rows of DEU-POL are missing");
}

TEST_F(StreamedExport, TheLastPairsClassRowsMissingAreAnError) {
  expect_refused(dir_.path, out_, [](test::RawDb& raw) {
    ASSERT_TRUE(raw.db->DeleteRange(rocksdb::WriteOptions(), pair_rows(raw), std::string("c\x1f" "ITA\x1f" "POL\x1f"),
                                    std::string("c\x1f" "ITA\x1f" "POL\x20")).ok());
  }, "database is corrupt: the pair aggregates' class rows of ITA-POL are missing");
}

// A class row holding a day outside every edge's dates (its pair's first and last day are
// in the totals row): the GEXF nodes' spells cannot place it, and say the store is damaged.
TEST_F(StreamedExport, AClassRowDayOutsideThePairsDatesIsAnError) {
  {
    test::RawDb raw(dir_.path);
    const std::string key = std::string("c\x1f" "DEU\x1f" "FRA\x1f") + "DISAPPROVE";
    std::string value;
    ASSERT_TRUE(raw.db->Get(rocksdb::ReadOptions(), pair_rows(raw), key, &value).ok());
    PairStats row;
    pair_rows::decode_into(value, row);
    ASSERT_FALSE(row.days.empty());
    row.days.push_back(pair_day("2031-06-01"));  // years after every claim of the store
    ASSERT_TRUE(raw.db->Put(rocksdb::WriteOptions(), pair_rows(raw), key, pair_rows::encode(row)).ok());
  }
  const auto path = out_ / "damaged.gexf";
  const auto r = run_irkg("export --db " + db_ + " --format gexf -o " + shell_quote(path.string()));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("database is corrupt: the pair aggregates' class rows of DEU-FRA hold a day outside the "
                       "pair's dates"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(path));
}

// Dates too far apart for a day bitmap per node within the budget (150 states, claims dated
// from year 1 to year 9999: ~456 KB a node, 68 MB in all): the GEXF export takes the graph's
// way (spells from sorted days), and writes what the dyad index path writes.
TEST(StreamedExportWideDates, GexfFallsBackToTheGraphAndWritesTheSameFile) {
  test::TempStoreDir dir;
  {
    Store store = Store::open(dir.path, Store::Mode::ReadWrite);
    StoredDocument doc;
    doc.id = "centuries";
    doc.outlet = "Annals";
    doc.content_hash = "h";
    std::vector<Claim> claims;
    const char* dates[] = {"0001-01-01", "0001-01-02", "5000-07-15", "9999-12-31"};
    for (int p = 0; p < 75; ++p) {
      const std::string a = "S" + std::to_string(1000 + 2 * p), b = "S" + std::to_string(1001 + 2 * p);
      for (int k = 0; k < 4; ++k) {
        const int polarity = (p + k) % 3 == 0 ? -1 : +1;
        claims.push_back(test::claim_of(doc.id, k % 2 ? a : b, k % 2 ? b : a, polarity, polarity * (1.0 + k),
                                        dates[(p + k) % 4], "Annals", "asserted", claims.size() * 50));
      }
    }
    store.put_document(doc, claims);
  }
  const test::TempDir out_dir("wide");  // removed however the test ends
  const std::filesystem::path out = out_dir.path();
  const std::string db = shell_quote(dir.path.string());
  ::setenv("IRKG_TRACE_GRAPH_SOURCE", "1", 1);
  const auto streamed = run_irkg("export --db " + db + " --format gexf -o " + shell_quote((out / "agg.gexf").string()));
  ::unsetenv("IRKG_TRACE_GRAPH_SOURCE");
  ::setenv("IRKG_NO_AGGREGATES", "1", 1);
  const auto dyad = run_irkg("export --db " + db + " --format gexf -o " + shell_quote((out / "dyad.gexf").string()));
  ::unsetenv("IRKG_NO_AGGREGATES");
  ASSERT_EQ(streamed.exit_code, 0) << streamed.err;
  ASSERT_EQ(dyad.exit_code, 0) << dyad.err;
  // The dyads were read for the stream, then the graph with details from the class rows.
  EXPECT_NE(streamed.err.find("graph: class rows streamed\ngraph: pair aggregates\n"), std::string::npos) << streamed.err;
  EXPECT_NE(streamed.err.find("150 actors, "), std::string::npos) << streamed.err;
  const std::string file = file_text(out / "agg.gexf");
  EXPECT_EQ(file, file_text(out / "dyad.gexf"));
  EXPECT_NE(file.find("<spell start=\"0001-01-01\" end=\"0001-01-02\"/>"), std::string::npos);
  EXPECT_NE(file.find("end=\"9999-12-31\""), std::string::npos);
}

}  // namespace
}  // namespace irkg
