// Comparing outlets on synthetic claims: one pair among many claims (the store narrows a
// pair to its dyad index first; this measures the comparison itself on the whole list),
// the outlet x outlet matrix, and corroboration.
#include <benchmark/benchmark.h>

#include <random>

#include "bench/synthetic_claims.h"
#include "compare/compare.h"

namespace {

// Synthetic claims with `outlets` distinct outlet names.
std::vector<irkg::Claim> claims_with_outlets(std::size_t n, std::size_t outlets) {
  auto claims = irkg::bench::synthetic_claims(n, 300);
  std::mt19937_64 rng(7);
  for (auto& c : claims) c.outlet = "outlet" + std::to_string(rng() % outlets) + ".example";
  return claims;
}

void BM_ComparePair(benchmark::State& state) {
  const auto claims = claims_with_outlets(static_cast<std::size_t>(state.range(0)), 100);
  const std::string a = claims.front().subject.country, b = claims.front().object.country;
  for (auto _ : state) benchmark::DoNotOptimize(irkg::compare_pair(claims, a, b, {}));
  state.counters["claims"] = static_cast<double>(claims.size());
}
BENCHMARK(BM_ComparePair)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_OutletMatrix100(benchmark::State& state) {
  const auto claims = claims_with_outlets(static_cast<std::size_t>(state.range(0)), 100);
  for (auto _ : state) benchmark::DoNotOptimize(irkg::compare_outlets(claims, {}));
  state.counters["claims"] = static_cast<double>(claims.size());
}
BENCHMARK(BM_OutletMatrix100)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Corroborate(benchmark::State& state) {
  const auto claims = claims_with_outlets(static_cast<std::size_t>(state.range(0)), 100);
  for (auto _ : state) benchmark::DoNotOptimize(irkg::corroborate(claims, 7, 2));
}
BENCHMARK(BM_Corroborate)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
