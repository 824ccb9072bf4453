// Main-text extraction speed on the 181 real news pages of the boilerplate benchmark
// (../shared/eval/boilerplate/html/*.html.gz, or $IRKG_BOILERPLATE_DIR), against the cost
// of the HTML parse alone. Each iteration processes every page; items/s = pages/s on one
// core. The budget: the full extraction may be at most 20 % slower than parsing.
#include <benchmark/benchmark.h>
#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/main_text.h"
#include "extract/text/html_dom.h"

namespace {

namespace fs = std::filesystem;

fs::path pages_dir() {
  if (const char* env = std::getenv("IRKG_BOILERPLATE_DIR")) return env;
  if (const char* env = std::getenv("IRKG_SHARED"); env && *env) return fs::path(env) / "eval/boilerplate/html";
  // bench/ -> repository -> its parent, where shared/ lives next to the repository.
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "shared/eval/boilerplate/html";
}

std::string gunzip(const fs::path& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  gzclose(f);
  return out;
}

const std::vector<std::string>& pages() {
  static const std::vector<std::string> all = [] {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(pages_dir(), ec))
      if (e.path().string().ends_with(".html.gz")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(gunzip(f));
    return out;
  }();
  return all;
}

bool have_pages(benchmark::State& state) {
  if (!pages().empty()) return true;
  state.SkipWithError(("no pages in " + pages_dir().string() + " (set IRKG_BOILERPLATE_DIR)").c_str());
  return false;
}

// The floor: gumbo's parse and tree destruction, nothing else.
void BM_GumboParseOnly(benchmark::State& state) {
  if (!have_pages(state)) return;
  for (auto _ : state) {
    for (const auto& p : pages()) {
      GumboOptions options = kGumboDefaultOptions;
      options.max_errors = 0;
      GumboOutput* out = gumbo_parse_with_options(&options, p.data(), p.size());
      benchmark::DoNotOptimize(out);
      gumbo_destroy_output(&options, out);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pages().size()));
}
BENCHMARK(BM_GumboParseOnly)->Unit(benchmark::kMillisecond);

// Parse plus flattening into blocks (no scoring).
void BM_ParseAndFlatten(benchmark::State& state) {
  if (!have_pages(state)) return;
  for (auto _ : state)
    for (const auto& p : pages()) benchmark::DoNotOptimize(irkg::text::parse_html_page(p));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pages().size()));
}
BENCHMARK(BM_ParseAndFlatten)->Unit(benchmark::kMillisecond);

// The whole stage on HTML: UTF-8 clean-up, parse, metadata, content choice, output.
void BM_MainTextHtml(benchmark::State& state) {
  if (!have_pages(state)) return;
  std::vector<irkg::Document> docs(pages().size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].raw = pages()[i];
    docs[i].format = irkg::DocumentFormat::Html;
  }
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(irkg::extract_main_text(d));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_MainTextHtml)->Unit(benchmark::kMillisecond);

// The plain-text path on the same pages rendered to visible text, one block per line.
void BM_MainTextPlain(benchmark::State& state) {
  if (!have_pages(state)) return;
  std::vector<irkg::Document> docs(pages().size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    for (const auto& b : irkg::text::parse_html_page(pages()[i]).blocks) docs[i].raw += b.text + "\n";
    docs[i].format = irkg::DocumentFormat::Text;
  }
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(irkg::extract_main_text(d));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_MainTextPlain)->Unit(benchmark::kMillisecond);

}  // namespace
