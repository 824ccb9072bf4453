#include "core/resumed_stream.h"

#include <algorithm>

namespace irkg {

std::string read_head(std::istream& in, std::size_t n) {
  std::string head(n, '\0');
  std::size_t got = 0;
  std::streambuf* buf = in.rdbuf();
  while (got < n) {
    const auto c = buf->sbumpc();
    if (std::istream::traits_type::eq_int_type(c, std::istream::traits_type::eof())) break;
    head[got++] = std::istream::traits_type::to_char_type(c);
    // Take whatever else is already buffered in one go (sbumpc per byte is slow for 64 KiB).
    const std::streamsize ready = std::min<std::streamsize>(buf->in_avail(), static_cast<std::streamsize>(n - got));
    if (ready > 0) got += static_cast<std::size_t>(buf->sgetn(head.data() + got, ready));
  }
  head.resize(got);
  return head;
}

ResumedStreamBuf::ResumedStreamBuf(std::string head, std::streambuf* rest) : head_(std::move(head)), rest_(rest) {
  setg(head_.data(), head_.data(), head_.data() + head_.size());
}

ResumedStreamBuf::int_type ResumedStreamBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  // sgetc makes `rest` read once if it has nothing buffered; then take only what it has.
  if (traits_type::eq_int_type(rest_->sgetc(), traits_type::eof())) return traits_type::eof();
  const std::streamsize ready =
      std::clamp<std::streamsize>(rest_->in_avail(), 1, static_cast<std::streamsize>(buffer_.size()));
  const std::streamsize n = rest_->sgetn(buffer_.data(), ready);
  if (n <= 0) return traits_type::eof();
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

}  // namespace irkg
