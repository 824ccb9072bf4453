#include "cli/checked_stdout.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

#include "cli/command.h"

namespace irkg::cli {

namespace {

// A write-only buffer over a file descriptor that records the first write error. After
// an error every later write fails at once, so the stream's bad bit stays set.
class CheckedFdBuf : public std::streambuf {
 public:
  explicit CheckedFdBuf(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

  // std::cout outlives every function-local static (the library flushes it at exit), so
  // hand it back its own buffer before this one goes away.
  ~CheckedFdBuf() override {
    drain();
    if (std::cout.rdbuf() == this) std::cout.rdbuf(previous_);
  }
  CheckedFdBuf(const CheckedFdBuf&) = delete;
  CheckedFdBuf& operator=(const CheckedFdBuf&) = delete;

  void install() { previous_ = std::cout.rdbuf(this); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  int sync() override { return drain() ? 0 : -1; }

 private:
  // Writes the buffered bytes; false (and the error kept) when the descriptor refuses them.
  bool drain() {
    if (error_ != 0) return false;
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return false;
      }
      p += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int fd_;
  int error_ = 0;
  std::streambuf* previous_ = nullptr;
  std::array<char, 1 << 16> buffer_{};
};

CheckedFdBuf& stdout_buffer() {
  static CheckedFdBuf buffer(STDOUT_FILENO);
  return buffer;
}

}  // namespace

void install_checked_stdout() { stdout_buffer().install(); }

int stdout_error() { return stdout_buffer().error(); }

void flush_stdout_or_throw() {
  std::cout.flush();
  if (stdout_error() != 0 || !std::cout) throw OutputFailed();
}

int finish_stdout(int exit_code) {
  std::cout.flush();
  const int error = stdout_error();
  if (error == 0 || error == EPIPE) return exit_code;
  std::cerr << "irkg: error writing output: " << std::strerror(error) << "\n";
  return kExitRuntime;
}

}  // namespace irkg::cli
