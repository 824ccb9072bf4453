#pragma once
// RocksDB info loggers that never fail. Debian's librocksdb is built with assertions on,
// and its own file logger asserts when a write to LOG fails — on a full disk a query or
// ingest would abort instead of reporting the error. The store installs these instead.
#include <rocksdb/env.h>

#include <filesystem>
#include <memory>

namespace irkg {

// Discards everything: readers (secondary instances) have nothing worth logging.
std::shared_ptr<rocksdb::Logger> make_silent_logger();
// Appends to DIR/LOG (started over past 16 MB) and ignores write errors.
std::shared_ptr<rocksdb::Logger> make_tolerant_file_logger(const std::filesystem::path& file);

}  // namespace irkg
