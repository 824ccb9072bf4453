#pragma once
// What the writers append their output to: a buffer handed to the stream in 1 MB writes.
// A 10M-claim graph is ~50M pieces of text; as std::ostream insertions (a sentry, a locale
// check and a virtual call each) they cost more than the bytes (docs/BENCHMARKS.md).
#include <algorithm>
#include <charconv>
#include <concepts>
#include <ostream>
#include <string>
#include <string_view>

#include "export/text_escape.h"

namespace irkg::exportfmt {

// Text escaped for XML element content and attribute values (xml_escape), appended
// without a temporary string: out << xml(value).
struct XmlText {
  std::string_view text;
};
inline XmlText xml(std::string_view text) { return {text}; }
// A CSV field (csv_field) and a JSON string literal (json_string), appended the same way.
struct CsvText {
  std::string_view text;
};
inline CsvText csv(std::string_view text) { return {text}; }
struct JsonText {
  std::string_view text;
};
inline JsonText json(std::string_view text) { return {text}; }

class OutBuffer {
 public:
  explicit OutBuffer(std::ostream& out) : out_(&out) { buffer_.reserve(kFlushAt + (64u << 10)); }
  // Without a stream: everything stays in memory until take() (a chunk formatted on
  // another thread, write_rows_in_parallel).
  // `reuse`: a buffer whose memory is used again (its text is dropped).
  explicit OutBuffer(std::string reuse = {}) : buffer_(std::move(reuse)) { buffer_.clear(); }
  std::string take() { return std::move(buffer_); }
  // Writes what is left; a failed write shows in the stream's state, which the callers check.
  ~OutBuffer() { flush(); }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  OutBuffer& operator<<(std::string_view s) {
    buffer_.append(s);
    return maybe_flush();
  }
  OutBuffer& operator<<(const std::string& s) { return *this << std::string_view(s); }
  OutBuffer& operator<<(const char* s) { return *this << std::string_view(s); }
  OutBuffer& operator<<(char c) {
    buffer_.push_back(c);
    return maybe_flush();
  }
  OutBuffer& operator<<(XmlText x) {
    append_xml_escaped(buffer_, x.text);
    return maybe_flush();
  }
  OutBuffer& operator<<(CsvText x) {
    append_csv_field(buffer_, x.text);
    return maybe_flush();
  }
  OutBuffer& operator<<(JsonText x) {
    append_json_string(buffer_, x.text);
    return maybe_flush();
  }
  template <std::integral Int>
    requires(!std::same_as<Int, char> && !std::same_as<Int, bool>)
  OutBuffer& operator<<(Int n) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    buffer_.append(digits, end);
    return maybe_flush();
  }
  void flush() {
    if (buffer_.empty() || !out_) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  // Text formatted elsewhere, written after what is buffered.
  void write_formatted(const std::string& text) {
    if (!out_) {
      buffer_.append(text);
      return;
    }
    flush();
    // In writes of the usual size: one write of a whole chunk (8 MB of GEXF) into a file
    // cost more system time than eight.
    for (std::size_t at = 0; at < text.size(); at += kFlushAt)
      out_->write(text.data() + at, static_cast<std::streamsize>(std::min(kFlushAt, text.size() - at)));
  }

 private:
  static constexpr std::size_t kFlushAt = 1u << 20;
  OutBuffer& maybe_flush() {
    if (buffer_.size() >= kFlushAt) flush();
    return *this;
  }
  std::ostream* out_ = nullptr;
  std::string buffer_;
};

}  // namespace irkg::exportfmt
