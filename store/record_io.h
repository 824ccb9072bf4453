// The field encoding every binary record of the store shares (store/codec.cpp for claims,
// documents and index values; store/pair_rows.cpp for pair aggregates): varints,
// zigzag-signed varints, length-prefixed strings. The reader checks every bound, so a
// damaged record is reported as corruption, never read past its end.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "store/store.h"

namespace irkg::record_io {

inline void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline void put_string(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

inline std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

// Reads the fields of one record in order. `what` names the record in the corruption
// message ("record", "pair aggregate").
class Reader {
 public:
  Reader(std::string_view bytes, const char* what) : rest_(bytes), what_(what) {}
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (rest_.empty()) fail();
      const auto byte = static_cast<unsigned char>(rest_.front());
      rest_.remove_prefix(1);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    fail();
  }
  std::int64_t signed_varint() { return unzigzag(varint()); }
  // A view into the record (valid as long as the record's bytes are).
  std::string_view view() { return take(varint()); }
  std::string string() {
    std::string s;
    string_into(s);
    return s;
  }
  // Reuses the target's capacity: a scan decoding into one Claim allocates almost nothing.
  void string_into(std::string& s) {
    const std::string_view v = view();
    s.assign(v.data(), v.size());
  }
  char byte() { return take(1).front(); }
  double real() {
    double d;
    std::memcpy(&d, take(sizeof d).data(), sizeof d);  // same machine format: the store is not portable across endianness
    return d;
  }
  // The next `n` bytes as they are.
  std::string_view take(std::uint64_t n) {
    if (n > rest_.size()) fail();
    const std::string_view v = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return v;
  }
  bool at_end() const { return rest_.empty(); }
  void expect_end() const {
    if (!rest_.empty()) fail();
  }
  [[noreturn]] void fail() const { throw StoreError(std::string("database is corrupt: malformed ") + what_); }

 private:
  std::string_view rest_;
  const char* what_;
};

}  // namespace irkg::record_io
