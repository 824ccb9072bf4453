// PairRuns (graph/pair_runs.h): a row's edge found just ahead in the longest run of pairs
// seen, never the edge of another pair.
#include <gtest/gtest.h>

#include <map>

#include "graph/pair_runs.h"

namespace irkg {
namespace {

TEST(PairRuns, LaterLabelsFindTheirPairsInTheFirstLabelsRun) {
  PairRuns runs;
  std::map<std::pair<std::string, std::string>, std::size_t> edges;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (char a = 'A'; a <= 'J'; ++a)
    for (char b = a + 1; b <= 'K'; ++b) pairs.emplace_back(std::string(1, a), std::string(1, b) + "X");
  // First label: every pair, each a miss that the caller looks up and records.
  for (const auto& [a, b] : pairs) {
    EXPECT_FALSE(runs.find(a, b));
    edges[{a, b}] = edges.size();
    runs.record(edges[{a, b}]);
  }
  // Later labels: every pair, then every third, then a few far apart.
  std::size_t found = 0, missed = 0;
  for (std::size_t step : {1u, 3u, 20u, 1u}) {
    for (std::size_t i = 0; i < pairs.size(); i += step) {
      const auto& [a, b] = pairs[i];
      if (const auto hit = runs.find(a, b)) {
        EXPECT_EQ(*hit, edges.at({a, b}));
        ++found;
      } else {
        runs.record(edges.at({a, b}));
        ++missed;
      }
    }
  }
  EXPECT_GT(found, 2 * pairs.size());  // steps of 1 and 3 are all just ahead
  EXPECT_GT(missed, 0u);               // steps of 20 are not
}

TEST(PairRuns, AnUnknownPairIsNeverFound) {
  PairRuns runs;
  EXPECT_FALSE(runs.find("A", "B"));
  runs.record(0);
  EXPECT_FALSE(runs.find("A", "C"));  // the same run (A-C sorts after A-B), nothing seen before
  runs.record(1);
  EXPECT_FALSE(runs.find("A", "BB"));  // sorts before A-C: a new run; the first one is now the longest
  runs.record(2);
  // A new run: A-B and A-C are ahead, A-D is not.
  EXPECT_EQ(runs.find("A", "B"), std::optional<std::size_t>(0));
  EXPECT_FALSE(runs.find("A", "D"));
}

}  // namespace
}  // namespace irkg
