#include "store/packed_entries.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace irkg {

namespace {

// Bytes [from, from + 8) of the key as a big-endian number, zero-padded.
std::uint64_t big_endian_prefix(std::string_view key, std::size_t from) {
  std::uint64_t prefix = 0;
  for (std::size_t i = from; i < from + 8; ++i)
    prefix = (prefix << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  return prefix;
}

}  // namespace

void PackedEntries::add(std::string_view key, std::string_view value) {
  if (key.size() > UINT32_MAX || value.size() > UINT32_MAX) throw std::length_error("SST entry over 4 GiB");
  entries_.push_back({big_endian_prefix(key, 0), big_endian_prefix(key, 8), bytes_.size(), static_cast<std::uint32_t>(key.size()),
                      static_cast<std::uint32_t>(value.size())});
  bytes_.append(key).append(value);
}

void PackedEntries::sort_unique() {
  const char* base = bytes_.data();
  auto key_of = [base](const Entry& e) { return std::string_view(base + e.offset, e.key_size); };
  // Equal prefixes fall back to the whole keys (a zero-padded prefix ties "AB" with
  // "AB\0", which the full comparison then orders); equal keys keep the order added.
  std::sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (a.prefix2 != b.prefix2) return a.prefix2 < b.prefix2;
    const int c = key_of(a).compare(key_of(b));
    return c != 0 ? c < 0 : a.offset < b.offset;
  });
  // Sorted entries point all over bytes_: every key read below is a cache miss unless it
  // is fetched ahead (perf: the comparisons here and in SstFileWriter stalled on them).
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i + kPrefetchAhead < entries_.size()) prefetch(i + kPrefetchAhead);
    const Entry& e = entries_[i];
    if (kept > 0) {
      const Entry& last = entries_[kept - 1];
      const bool same_prefix = last.prefix == e.prefix && last.prefix2 == e.prefix2 && last.key_size == e.key_size;
      if (same_prefix && key_of(last) == key_of(e)) continue;
    }
    entries_[kept++] = e;
  }
  entries_.resize(kept);
}

void PackedEntries::reserve(std::size_t entries, std::size_t bytes) {
  entries_.reserve(entries);
  bytes_.reserve(bytes);
}

}  // namespace irkg
