#pragma once
// One column family's entries for an SST file, keys and values packed in one buffer.
// A 1M-claim shard has ~9M entries: as separate strings, allocating, freeing and chasing
// them while sorting took most of `irkg sst` (perf: memcmp over heap strings, malloc
// consolidation at the end). Here each entry is 32 bytes plus its bytes in the buffer,
// and the sort compares a 16-byte key prefix before it touches the buffer.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

class PackedEntries {
 public:
  void add(std::string_view key, std::string_view value);
  // Sorts by key (bytewise, as RocksDB orders them); of equal keys the first added stays.
  void sort_unique();
  // Room for this many entries and key/value bytes (a shard knows its size roughly after
  // its first claims; growing by doubling copied and page-faulted everything twice).
  void reserve(std::size_t entries, std::size_t bytes);
  std::size_t byte_size() const { return bytes_.size(); }
  // Hints that entry i's key will be read soon: after sort_unique() keys are read in
  // sorted order, which is random order in memory. Read ahead by kPrefetchAhead.
  static constexpr std::size_t kPrefetchAhead = 8;
  void prefetch(std::size_t i) const { __builtin_prefetch(bytes_.data() + entries_[i].offset); }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::string_view key(std::size_t i) const {
    const Entry& e = entries_[i];
    return {bytes_.data() + e.offset, e.key_size};
  }
  std::string_view value(std::size_t i) const {
    const Entry& e = entries_[i];
    return {bytes_.data() + e.offset + e.key_size, e.value_size};
  }

 private:
  struct Entry {
    std::uint64_t prefix, prefix2;  // the key's first 16 bytes, big-endian, zero-padded
    std::uint64_t offset;  // key, then value, in bytes_
    std::uint32_t key_size, value_size;
  };
  std::string bytes_;
  std::vector<Entry> entries_;
};

}  // namespace irkg
