#include "store/dir_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "store/store.h"

namespace irkg {

DirectoryLock DirectoryLock::acquire(const std::filesystem::path& dir, Kind kind, int patience_ms, Outcome& outcome) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw StoreError("cannot open database directory " + dir.string() + ": " + std::strerror(errno));
  DirectoryLock lock(fd);
  const int operation = (kind == Kind::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(patience_ms);
  while (::flock(fd, operation) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK)
      throw StoreError("cannot lock database directory " + dir.string() + ": " + std::strerror(errno));
    if (std::chrono::steady_clock::now() >= give_up) {
      outcome = Outcome::Busy;
      return DirectoryLock();  // `lock` closes the descriptor on return
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  outcome = Outcome::Locked;
  return lock;
}

DirectoryLock::~DirectoryLock() { release(); }

DirectoryLock::DirectoryLock(DirectoryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

DirectoryLock& DirectoryLock::operator=(DirectoryLock&& other) noexcept {
  if (this != &other) {
    release();
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void DirectoryLock::release() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor drops the flock
  fd_ = -1;
}

}  // namespace irkg
