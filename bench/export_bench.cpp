// Export of a 100k-edge graph (target: <= 1 s per format).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <sstream>

#include "export/exporters.h"
#include "synthetic_claims.h"

namespace {

using namespace irkg;

// 2000 actors and ~105k claims of one relation class each: ~100k edge rows.
const SignedGraph& big_graph() {
  static const SignedGraph g = [] {
    const GraphFilter filter;
    SignedGraph graph;
    for (const auto& c : bench::synthetic_claims(105'000, 2000, 11)) graph.add_claim(c, filter);
    graph.finish(filter);
    return graph;
  }();
  return g;
}

std::size_t rows(const SignedGraph& g) {
  std::size_t n = 0;
  for (const auto& e : g.edges()) n += e.by_category.size();
  return n;
}

void BM_Export(benchmark::State& state, const std::string& format) {
  const SignedGraph& g = big_graph();
  const auto path = (std::filesystem::temp_directory_path() / ("irkg-export-bench." + format)).string();
  for (auto _ : state) export_graph(g, format, path);
  state.counters["edges"] = static_cast<double>(rows(g));
  for (const auto& p : export_paths(format, path)) std::filesystem::remove(p);
}
BENCHMARK_CAPTURE(BM_Export, graphml, std::string("graphml"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, gexf, std::string("gexf"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, csv, std::string("csv"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, json, std::string("json"))->Unit(benchmark::kMillisecond);

}  // namespace
