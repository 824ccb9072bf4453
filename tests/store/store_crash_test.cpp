// A writer killed with SIGKILL at random points must leave a store that, after re-ingesting
// the same documents, equals a store built in one clean run.
#include "store/store.h"

#include <gtest/gtest.h>

#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace irkg {
namespace {

namespace fs = std::filesystem;

std::vector<std::pair<StoredDocument, std::vector<Claim>>> corpus() {
  const char* codes[] = {"USA", "CHN", "RUS", "JPN", "IND", "FRA", "DEU", "IRN"};
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> docs;
  for (int d = 0; d < 400; ++d) {
    StoredDocument doc;
    doc.id = "doc-" + std::to_string(d);
    doc.outlet = d % 3 ? "reuters" : "afp";
    doc.content_hash = "h" + std::to_string(d);
    doc.text = "Officials said talks would resume next week after a tense exchange.";
    std::vector<Claim> claims;
    for (int k = 0; k < 5; ++k) {
      Claim c;
      c.doc = doc.id;
      c.subject = {codes[(d + k) % 8], "", codes[(d + k) % 8], "state"};
      c.object = {codes[(d + 3 * k + 1) % 8], "", codes[(d + 3 * k + 1) % 8], "state"};
      c.relation = k % 2 ? "criticize" : "meet";
      c.outlet = doc.outlet;
      c.date = "2021-0" + std::to_string(1 + d % 9) + "-1" + std::to_string(k);
      c.evidence = {"Officials said talks would resume.", static_cast<std::size_t>(k), 40};
      c.id = compute_claim_id(c);
      claims.push_back(c);
    }
    docs.emplace_back(doc, claims);
  }
  return docs;
}

void ingest_all(const fs::path& dir) {
  auto store = Store::open(dir, Store::Mode::ReadWrite);
  auto docs = corpus();
  for (std::size_t i = 0; i < docs.size(); i += 20)
    store.put_documents({docs.begin() + i, docs.begin() + std::min(i + 20, docs.size())});
}

TEST(StoreCrash, KilledWriterLeavesConsistentStore) {
  auto base = fs::temp_directory_path() / ("irkg-crash-" + std::to_string(::getpid()));
  fs::remove_all(base);
  ingest_all(base / "clean");
  std::mt19937 rng(7);
  for (int round = 0; round < 5; ++round) {
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {  // the child re-ingests forever until killed
      try {
        for (;;) ingest_all(base / "crashed");
      } catch (...) {
      }
      ::_exit(0);
    }
    ::usleep(std::uniform_int_distribution<int>(20'000, 300'000)(rng));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
  }
  ingest_all(base / "crashed");
  auto clean = Store::open(base / "clean", Store::Mode::ReadOnly);
  auto crashed = Store::open(base / "crashed", Store::Mode::ReadOnly);
  EXPECT_EQ(clean.fingerprint(), crashed.fingerprint());
  EXPECT_EQ(clean.stats().claims, crashed.stats().claims);
  fs::remove_all(base);
}

}  // namespace
}  // namespace irkg
