// GDELT import speed on a generated day-sized file: 286,000 rows of 61 columns (a GDELT
// 2.0 day has about 286k events), deterministic, with the proportions of the real 15-minute
// sample (about a quarter of rows with two coded countries, some organisations and regions).
// Measures parse+map alone, gzip decoding, and the whole import into a fresh store.
#include <benchmark/benchmark.h>

#include <chrono>
#include <optional>

#include <array>
#include <filesystem>
#include <random>
#include <string>

#include <zlib.h>

#include "importers/importers.h"
#include "importers/store_sink.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
constexpr std::size_t kDayRows = 286000;

// One actor's ten columns: code, name, country, known group, then six empty attributes.
std::string actor_columns(std::mt19937_64& rng) {
  static const std::array<const char*, 24> states = {"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN",
                                                     "IRN", "ISR", "PSE", "TUR", "UKR", "SYR", "PAK", "AFG",
                                                     "NGA", "BRA", "MEX", "CAN", "AUS", "KOR", "PRK", "ROM"};
  static const std::array<const char*, 4> igos = {"IGOEUREEC\tEUROPEAN UNION\tEUR\tEEC", "IGOWSTNAT\tNATO\tWST\tNAT",
                                                  "IGOUNO\tUNITED NATIONS\t\tUNO", "IGOUNODEVWBK\tWORLD BANK\t\tUNO"};
  const auto roll = rng() % 100;
  std::string out;
  if (roll < 40) {
    out = (roll < 20 ? "\t\t\t" : "GOV\tGOVERNMENT\t\t");  // no actor, or one without a country
  } else if (roll < 94) {
    const std::string s = states[rng() % states.size()];
    out = s + "GOV\t" + s + " GOVERNMENT\t" + s + "\t";
  } else if (roll < 97) {
    out = igos[rng() % igos.size()];
  } else {
    out = "AFR\tAFRICA\tAFR\t";
  }
  return out + "\t\t\t\tGOV\t\t";
}

std::string generate_gdelt_day(std::size_t rows) {
  static const std::array<const char*, 12> codes = {"010", "020", "036", "042", "043", "051",
                                                    "057", "111", "112", "130", "173", "190"};
  static const std::array<const char*, 6> hosts = {"www.reuters.com", "apnews.com", "www.bbc.co.uk",
                                                   "www.xinhuanet.com", "tass.com", "www.thehindu.com"};
  std::mt19937_64 rng(20191024);
  std::string out;
  out.reserve(rows * 420);
  const char* geo = "4\tBeijing, Beijing, China\tCH\tCH22\t13001\t39.9289\t116.388\t-1898541\t";
  for (std::size_t i = 0; i < rows; ++i) {
    const std::string code = codes[rng() % codes.size()];
    const int root = std::stoi(code.substr(0, 2));
    const int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    out += std::to_string(880000000 + i) + "\t20191024\t201910\t2019\t2019.8055\t";
    out += actor_columns(rng) + "\t" + actor_columns(rng) + "\t";
    out += "1\t" + code + "\t" + code + "\t" + code.substr(0, 2) + "\t" + std::to_string(quad) + "\t";
    out += quad <= 2 ? "3.4\t" : "-5.0\t";
    out += "4\t1\t4\t-2.9118\t";
    for (int g = 0; g < 3; ++g) out += geo;
    out += "20191024143000\thttps://";
    out += hosts[rng() % hosts.size()];
    out += "/world/2019/10/24/article-" + std::to_string(rng() % 1000000) + ".html\n";
  }
  return out;
}

const std::string& gdelt_day() {
  static const std::string day = generate_gdelt_day(kDayRows);
  return day;
}

std::string gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

void BM_GdeltDayParseAndMap(benchmark::State& state) {
  const std::string& day = gdelt_day();
  std::size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    const irkg::ImportReport r =
        irkg::import_gdelt_events(day, [&](irkg::ImportedDocument&& d) { claims += d.claims.size(); });
    benchmark::DoNotOptimize(r.rows);
  }
  state.counters["rows"] = static_cast<double>(kDayRows);
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["rows/s"] = benchmark::Counter(static_cast<double>(kDayRows), benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * day.size()));
}
BENCHMARK(BM_GdeltDayParseAndMap)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_GdeltDayGunzip(benchmark::State& state) {
  const std::string gz = gzip(gdelt_day());
  for (auto _ : state) {
    auto entries = irkg::decode_import_bytes("day.CSV.gz", gz);
    benchmark::DoNotOptimize(entries.front().bytes.size());
  }
  state.counters["compressed_MB"] = static_cast<double>(gz.size()) / 1e6;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * gdelt_day().size()));
}
BENCHMARK(BM_GdeltDayGunzip)->Unit(benchmark::kMillisecond);

// Parse + map + write into a fresh store, then the same file again (all unchanged).
void BM_GdeltDayIntoStore(benchmark::State& state) {
  const fs::path dir = fs::temp_directory_path() / "irkg-import-bench";
  const bool again = state.range(0) == 1;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    auto store = std::make_optional(irkg::Store::open(dir, irkg::Store::Mode::ReadWrite));
    if (again) {
      irkg::ImportStoreSink first(*store);
      irkg::import_gdelt_events(gdelt_day(), first.as_sink());
      first.flush();
    }
    state.ResumeTiming();
    {
      irkg::ImportStoreSink writer(*store);
      irkg::import_gdelt_events(gdelt_day(), writer.as_sink());
      writer.flush();
      state.counters["added"] = static_cast<double>(writer.counts().added);
      state.counters["unchanged"] = static_cast<double>(writer.counts().unchanged);
    }
    // Closing flushes the memtables (so readers need not sort them): part of the cost.
    const auto closing = std::chrono::steady_clock::now();
    store.reset();
    state.counters["close_ms"] =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - closing).count();
  }
  fs::remove_all(dir);
}
BENCHMARK(BM_GdeltDayIntoStore)->Arg(0)->Arg(1)->ArgName("reimport")->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
