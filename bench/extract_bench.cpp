// Claim extraction throughput on news-like text (sentences/s and bytes/s, one core).
// The text mixes sentences with relations, sentences with actors but no relation, and
// filler, in the proportions of wire copy; built deterministically from templates.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/extractor.h"

namespace {

const std::vector<std::string> kActors = {"Japan", "Russia", "China", "the United States", "India", "Tokyo", "Moscow",
                                          "Beijing", "the European Union", "NATO", "Germany", "France", "Brazil",
                                          "South Africa", "the Kremlin", "Australia", "Vietnam", "Indonesia"};
const std::vector<std::string> kTemplates = {
    "{A} condemned {B} on Monday over the disputed islands.",
    "{A} and {B} agreed to expand defence cooperation, officials said.",
    "Tensions between {A} and {B} rose after the naval incident.",
    "{A} imposed new sanctions on {B} in response to the missile test.",
    "The foreign minister of {A} met his counterpart from {B} in Geneva.",
    "{A} is {B}'s closest partner in the region, analysts say.",
    "Officials in {A} said the talks would resume next month.",
    "Trade between the two economies has grown steadily over the past decade.",
    "Markets were calm on Tuesday as investors awaited the central bank's decision.",
    "{A} did not criticise {B} in its annual report.",
};

std::string make_text(std::size_t sentences, unsigned seed) {
  std::mt19937 rng(seed);
  std::string text;
  for (std::size_t i = 0; i < sentences; ++i) {
    std::string s = kTemplates[rng() % kTemplates.size()];
    const std::string a = kActors[rng() % kActors.size()];
    std::string b = kActors[rng() % kActors.size()];
    if (b == a) b = "Canada";
    for (auto [key, value] : {std::pair{"{A}", a}, std::pair{"{B}", b}}) {
      const std::size_t at = s.find(key);
      if (at != std::string::npos) s.replace(at, 3, value);
    }
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    text += s;
    text += (i % 4 == 3) ? "\n" : " ";
  }
  return text;
}

void BM_ExtractNewsText(benchmark::State& state) {
  const irkg::Extractor extractor(irkg::load_lexicon());
  const auto sentences = static_cast<std::size_t>(state.range(0));
  irkg::Document doc;
  doc.id = "bench";
  doc.published = "2021-06-23";
  doc.text = make_text(sentences, 7);
  std::size_t claims = 0;
  for (auto _ : state) {
    auto out = extractor.extract(doc);
    claims += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["claims/doc"] = static_cast<double>(claims) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(doc.text.size() * state.iterations()));
}
BENCHMARK(BM_ExtractNewsText)->Arg(20)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_LoadLexicon(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(irkg::load_lexicon());
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

}  // namespace
