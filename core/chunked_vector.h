#pragma once
// A growing array in fixed blocks: elements never move and growth never copies. For the
// outlet matrix's 4.5M cells (108 MB at 10M claims), a std::vector's doublings copied the
// cells five times over and faulted in twice the memory it ended with: a fifth of
// `compare --outlets` went to page faults.
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace irkg {

template <class T, std::size_t kBlockBits = 16>
class ChunkedVector {
 public:
  static constexpr std::size_t kBlock = std::size_t{1} << kBlockBits;

  void push_back(const T& value) {
    if (size_ == blocks_.size() * kBlock) blocks_.push_back(std::make_unique<T[]>(kBlock));
    blocks_[size_ >> kBlockBits][size_ & (kBlock - 1)] = value;
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return blocks_[i >> kBlockBits][i & (kBlock - 1)]; }
  const T& operator[](std::size_t i) const { return blocks_[i >> kBlockBits][i & (kBlock - 1)]; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    const_iterator() = default;
    const_iterator(const ChunkedVector* v, std::size_t at) : v_(v), at_(at) {}
    const T& operator*() const { return (*v_)[at_]; }
    const T* operator->() const { return &(*v_)[at_]; }
    const_iterator& operator++() { return ++at_, *this; }
    const_iterator operator++(int) { return {v_, at_++}; }
    bool operator==(const const_iterator& o) const { return at_ == o.at_; }

   private:
    const ChunkedVector* v_ = nullptr;
    std::size_t at_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  std::size_t size_ = 0;
};

}  // namespace irkg
