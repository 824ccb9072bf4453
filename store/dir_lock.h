#pragma once
// An advisory lock (flock) on the store directory itself, next to RocksDB's LOCK file.
// RocksDB's lock lives on the file DIR/LOCK: delete that file under a running writer and a
// second writer creates a new LOCK, locks it and opens the store too; two writers then
// interleave MANIFEST and WAL writes and both ingests are lost (issue 19). The directory
// cannot be deleted while it holds the store, so a lock on it cannot be sidestepped that
// way. Writers hold it exclusively for as long as the store is open; a reader holds it
// shared only while it opens, to know that no writer changes the files it verifies.
#include <filesystem>

namespace irkg {

class DirectoryLock {
 public:
  enum class Kind { Exclusive, Shared };
  enum class Outcome { Locked, Busy };
  // Opens `dir` and tries to lock it, retrying for `patience_ms` while another process
  // holds it (a reader opening holds it for a moment). Throws StoreError when `dir`
  // cannot be opened or the file system refuses locks.
  static DirectoryLock acquire(const std::filesystem::path& dir, Kind kind, int patience_ms, Outcome& outcome);
  DirectoryLock() = default;
  ~DirectoryLock();
  DirectoryLock(DirectoryLock&& other) noexcept;
  DirectoryLock& operator=(DirectoryLock&& other) noexcept;
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;

  bool held() const { return fd_ >= 0; }
  void release();

 private:
  explicit DirectoryLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace irkg
