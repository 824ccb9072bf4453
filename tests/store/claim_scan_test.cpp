// Claims read through an index (Store::for_each_claim, store/claim_scan.cpp): several
// outlets' ranges of the outlet index come out in the order the date index holds their
// claims (what the graph commands read for outlets and a date window together), a bulk
// read (no limit: chunks of 1024 fetched on a helper thread) gives what a limited read
// gives, and a limit stops where it should.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"
#include "tests/store/state_claim.h"
#include "tests/store/temp_store_dir.h"

namespace irkg {
namespace {

using test::claim_of;

class ClaimScan : public ::testing::Test {
 protected:
  void SetUp() override {
    Store store = Store::open(dir_.path, Store::Mode::ReadWrite);
    // ~5,000 claims: several bulk chunks of 1024. Outlets unevenly used, dates over 70 days
    // of two years' turn (some on one day for many outlets), a few undated claims and a
    // few without an outlet (no outlet index entry).
    const std::vector<std::string> outlets{"a.example", "b.example", "c.example", "ab.example", ""};
    const std::vector<std::string> codes{"USA", "RUS", "CHN", "JPN", "IND", "FRA"};
    std::vector<std::pair<StoredDocument, std::vector<Claim>>> batch;
    for (int d = 0; d < 500; ++d) {
      StoredDocument doc;
      doc.id = "doc-" + std::to_string(d);
      doc.outlet = outlets[static_cast<std::size_t>((d * 7) % 11 % outlets.size())];
      doc.content_hash = "h" + std::to_string(d);
      const int day = (d * 13) % 70;
      std::string date;
      if (d % 97 != 5) {
        const int month = day < 31 ? 12 : day < 62 ? 1 : 2, dom = day < 31 ? day + 1 : day < 62 ? day - 30 : day - 61;
        date = std::string(month == 12 ? "2021-12-" : month == 1 ? "2022-01-" : "2022-02-") + (dom < 10 ? "0" : "") +
               std::to_string(dom);
      }
      std::vector<Claim> claims;
      for (int k = 0; k < 10; ++k) {
        const std::string& s = codes[static_cast<std::size_t>((d + k) % codes.size())];
        const std::string& o = codes[static_cast<std::size_t>((d + 2 * k + 1) % codes.size())];
        if (s == o) continue;
        claims.push_back(claim_of(doc.id, s, o, k % 3 == 0 ? -1 : 1, 1.0 + k % 5, date, doc.outlet, "asserted",
                                  static_cast<std::size_t>(k) * 40));
      }
      batch.emplace_back(std::move(doc), std::move(claims));
      if (batch.size() == 50) {
        store.put_documents(batch);
        batch.clear();
      }
    }
    if (!batch.empty()) store.put_documents(batch);
  }

  static std::vector<std::string> ids(const Store& store, const ClaimFilter& f) {
    std::vector<std::string> out;
    store.for_each_claim(f, [&](const Claim& c) { out.push_back(c.id + " " + c.outlet + " " + c.date); });
    return out;
  }

  test::TempStoreDir dir_;
};

TEST_F(ClaimScan, SeveralOutletsComeInTheDateIndexOrder) {
  const Store store = Store::open(dir_.path, Store::Mode::ReadOnly, Store::ReadAccess::Buffered);
  const std::vector<std::pair<std::string, std::string>> windows{
      {"2021-12-01", "2022-02-28"}, {"2021-12-20", "2022-01-10"}, {"2022-01-05", "2022-01-05"},
      {"", "2022-01-15"},           {"2022-01-15", ""},           {"2023-01-01", "2023-12-31"}};
  const std::vector<std::vector<std::string>> outlet_sets{
      {"a.example", "b.example"}, {"b.example", "a.example", "c.example"}, {"ab.example", "a.example"},
      {"a.example", "nowhere.example"}, {"a.example", "b.example", "c.example", "ab.example"}};
  std::size_t compared = 0;
  for (const auto& [since, until] : windows)
    for (const auto& outlets : outlet_sets) {
      ClaimFilter by_date;
      by_date.since = since;
      by_date.until = until;
      std::vector<std::string> expected;
      store.for_each_claim(by_date, [&](const Claim& c) {
        if (std::find(outlets.begin(), outlets.end(), c.outlet) != outlets.end())
          expected.push_back(c.id + " " + c.outlet + " " + c.date);
      });
      ClaimFilter by_outlets = by_date;
      by_outlets.outlets = outlets;
      EXPECT_EQ(ids(store, by_outlets), expected) << since << ".." << until << " over " << outlets.size() << " outlets";
      compared += expected.size();
    }
  EXPECT_GT(compared, 10000u);  // the windows and outlets hold claims: the comparison means something
}

TEST_F(ClaimScan, OneOutletAsAListIsTheOutletRange) {
  const Store store = Store::open(dir_.path, Store::Mode::ReadOnly);
  ClaimFilter one;
  one.outlet = "b.example";
  one.since = "2021-12-10";
  one.until = "2022-02-10";
  ClaimFilter list = one;
  list.outlet.clear();
  list.outlets = {"b.example"};
  const auto expected = ids(store, one);
  EXPECT_GT(expected.size(), 500u);
  EXPECT_EQ(ids(store, list), expected);
}

TEST_F(ClaimScan, BulkReadGivesWhatALimitedReadGives) {
  const Store mapped = Store::open(dir_.path, Store::Mode::ReadOnly);
  for (const auto& f : std::vector<ClaimFilter>{
           [] { ClaimFilter f; f.since = "2021-12-15"; return f; }(),
           [] { ClaimFilter f; f.outlet = "a.example"; return f; }(),
           [] { ClaimFilter f; f.subject = "USA"; f.either_direction = true; f.until = "2022-01-31"; return f; }(),
           [] { ClaimFilter f; f.subject = "RUS"; f.object = "CHN"; f.either_direction = true; return f; }()}) {
    const auto bulk = ids(mapped, f);  // no limit: bulk chunks, fetched ahead
    ASSERT_GT(bulk.size(), 100u);
    ClaimFilter limited = f;
    limited.limit = bulk.size() + 1;  // the chunked read of a limited query, limit never reached
    EXPECT_EQ(ids(mapped, limited), bulk);
    limited.limit = 37;
    const auto first = ids(mapped, limited);
    EXPECT_EQ(first, std::vector<std::string>(bulk.begin(), bulk.begin() + 37));
    const Store buffered = Store::open(dir_.path, Store::Mode::ReadOnly, Store::ReadAccess::Buffered);
    EXPECT_EQ(ids(buffered, f), bulk);
  }
}

TEST_F(ClaimScan, AnExceptionFromTheCallerStopsABulkRead) {
  const Store store = Store::open(dir_.path, Store::Mode::ReadOnly);
  ClaimFilter f;
  f.since = "2021-12-01";
  std::size_t seen = 0;
  EXPECT_THROW(store.for_each_claim(f,
                                    [&](const Claim&) {
                                      if (++seen == 1500) throw std::runtime_error("stop");
                                    }),
               std::runtime_error);
  EXPECT_EQ(seen, 1500u);  // a helper thread's fetch in flight is waited for, not leaked
}

}  // namespace
}  // namespace irkg
