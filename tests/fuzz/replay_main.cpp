// A driver for the fuzz targets in builds without libFuzzer (gcc, the sanitizer test
// build): runs every seed in a corpus directory, then deterministic random mutations of
// them for a time budget. It is not coverage-guided — that is what the clang build with
// -DIRKG_FUZZ=ON is for (docs/ROBUSTNESS.md) — but it runs the same targets under ASan and
// UBSan on every CI run, so a regression in a reader shows up as a failing test.
//
//   fuzz_X_replay CORPUS_DIR [--seconds N] [--seed S]
//
// On a crash the input being run is written to ./fuzz-crash-<pid> (from the signal
// handler, with async-signal-safe calls only) so it can be replayed: CORPUS_DIR may also
// be a single file.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

constexpr std::size_t kMaxInput = 64 * 1024;

// The input being run, for the crash handler (a plain buffer: the handler may not allocate).
const char* g_current = nullptr;
std::size_t g_current_size = 0;

void write_crash_input(int sig) {
  char name[64];
  std::snprintf(name, sizeof name, "fuzz-crash-%d", static_cast<int>(::getpid()));
  const int fd = ::open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    if (g_current) (void)!::write(fd, g_current, g_current_size);
    ::close(fd);
    const char msg[] = "fuzz replay: crashing input written to ./fuzz-crash-<pid>\n";
    (void)!::write(2, msg, sizeof msg - 1);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void run(const std::string& input) {
  g_current = input.data();
  g_current_size = input.size();
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::vector<std::string> read_corpus(const std::filesystem::path& path) {
  std::vector<std::string> seeds;
  auto add = [&](const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    seeds.push_back(bytes.str().substr(0, kMaxInput));
  };
  if (std::filesystem::is_directory(path)) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(path))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());  // deterministic order for a given seed
    for (const auto& f : files) add(f);
  } else if (std::filesystem::is_regular_file(path)) {
    add(path);
  }
  return seeds;
}

// Byte-level mutations of the kind that break readers: flips, structural characters
// (separators, quotes, brackets, newlines), deletions, duplications and splices.
class Mutator {
 public:
  Mutator(const std::vector<std::string>& seeds, std::uint64_t seed) : seeds_(seeds), rng_(seed) {}

  std::string next() {
    std::string s = seeds_[pick(seeds_.size())];
    const int steps = 1 + static_cast<int>(pick(8));
    for (int i = 0; i < steps; ++i) mutate(s);
    if (s.size() > kMaxInput) s.resize(kMaxInput);
    return s;
  }

 private:
  std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  void mutate(std::string& s) {
    static const char* const kTokens[] = {"\t", "\n", "\r\n", ",", "\"", "<", ">", "</", "&amp;", "{", "}", "[",
                                          ":", "\\", "\xff", "\xc3", "\xef\xbb\xbf", "\0", "-1", "99999999999999999999",
                                          "<p>", "<script>", "PK\x03\x04", "\x1f\x8b"};
    const std::size_t at = pick(s.size() + 1);
    switch (pick(6)) {
      case 0:
        if (!s.empty()) s[pick(s.size())] ^= static_cast<char>(1u << pick(8));
        break;
      case 1: {
        const char* token = kTokens[pick(std::size(kTokens))];
        s.insert(at, token, std::max<std::size_t>(1, std::strlen(token)));
        break;
      }
      case 2:
        s.erase(at, pick(64) + 1);
        break;
      case 3:
        if (at < s.size()) s.insert(at, s.substr(at, pick(256) + 1));
        break;
      case 4: {
        const std::string& other = seeds_[pick(seeds_.size())];
        const std::size_t from = pick(other.size() + 1);
        s = s.substr(0, at) + other.substr(from);
        break;
      }
      default:
        s.resize(at);
        break;
    }
  }

  const std::vector<std::string>& seeds_;
  std::mt19937_64 rng_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " CORPUS_DIR [--seconds N] [--seed S]\n";
    return 2;
  }
  double seconds = 10;
  std::uint64_t seed = 1;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--seconds")
      seconds = std::atof(argv[i + 1]);
    else if (flag == "--seed")
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    else {
      std::cerr << argv[0] << ": unknown flag " << flag << "\n";
      return 2;
    }
  }
  const auto seeds = read_corpus(argv[1]);
  if (seeds.empty()) {
    std::cerr << argv[0] << ": no seed inputs in " << argv[1] << "\n";
    return 1;
  }
  for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, write_crash_input);

  for (const auto& s : seeds) run(s);
  Mutator mutator(seeds, seed);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  std::size_t inputs = seeds.size();
  while (std::chrono::steady_clock::now() < deadline) {
    run(mutator.next());
    ++inputs;
  }
  std::cout << argv[0] << ": " << inputs << " inputs (" << seeds.size() << " seeds, seed " << seed << ") without a crash\n";
  return 0;
}
