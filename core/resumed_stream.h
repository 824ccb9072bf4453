#pragma once
// Sniffing the start of an input without losing it. The reader looks at an input's first
// bytes (binary? a byte-order mark?) before it knows how to read the rest; a stream such
// as stdin or a FIFO cannot seek back, so the bytes already taken are served again first.
#include <array>
#include <istream>
#include <streambuf>
#include <string>

namespace irkg {

// Up to `n` bytes from `in`; fewer only at end of input. Blocks only until those arrive.
std::string read_head(std::istream& in, std::size_t n);

// A read-only buffer that yields `head`, then what remains of `rest`. Each refill takes
// only the bytes `rest` has ready, so a JSONL stream on stdin is still read line by line
// as it arrives (a map stage must answer a document before the next is sent).
class ResumedStreamBuf : public std::streambuf {
 public:
  ResumedStreamBuf(std::string head, std::streambuf* rest);

 protected:
  int_type underflow() override;

 private:
  std::string head_;
  std::streambuf* rest_;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace irkg
