#include "store/rocks_logger.h"

#include <atomic>
#include <cstdio>

namespace irkg {
namespace {

class SilentLogger final : public rocksdb::Logger {
 public:
  SilentLogger() : rocksdb::Logger(rocksdb::InfoLogLevel::HEADER_LEVEL) {}
  using rocksdb::Logger::Logv;
  void Logv(const char*, va_list) override {}
};

class TolerantFileLogger final : public rocksdb::Logger {
 public:
  // Appends: the logger is created before RocksDB takes the LOCK, so truncating here could
  // wipe the log of a writer that holds it. A LOG grown past the cap starts over.
  explicit TolerantFileLogger(const std::filesystem::path& file)
      : rocksdb::Logger(rocksdb::InfoLogLevel::INFO_LEVEL), file_(std::fopen(file.c_str(), too_big(file) ? "w" : "a")) {}
  ~TolerantFileLogger() override {
    if (file_) std::fclose(file_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    // A LOG past the cap is not worth more disk; a failed write is not worth an error.
    if (!file_ || written_.load(std::memory_order_relaxed) > kCap) return;
    const int n = std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    if (n > 0) written_.fetch_add(static_cast<std::size_t>(n) + 1, std::memory_order_relaxed);
  }
  void Flush() override {
    if (file_) std::fflush(file_);
  }

 private:
  static constexpr std::size_t kCap = 16u << 20;
  static bool too_big(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    return !ec && size > kCap;
  }
  std::FILE* file_;
  // RocksDB logs from its background threads and the caller's at once (ThreadSanitizer
  // saw the plain counter race); the FILE itself is locked by stdio.
  std::atomic<std::size_t> written_{0};
};

}  // namespace

std::shared_ptr<rocksdb::Logger> make_silent_logger() { return std::make_shared<SilentLogger>(); }

std::shared_ptr<rocksdb::Logger> make_tolerant_file_logger(const std::filesystem::path& file) {
  return std::make_shared<TolerantFileLogger>(file);
}

}  // namespace irkg
