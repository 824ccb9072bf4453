#pragma once
// Where the graph finds a pair aggregate row's edge without hashing its two codes. A date
// window's rows arrive label by label (the days, then the months), each label's pairs in
// sorted order, and mostly the same pairs again in the next label: at 10M claims an
// 11-month window is ~850k rows of 44,850 pairs, and two interner probes plus a pair-index
// probe per row (a cache miss each) were a sixth of its time. The pairs of the longest run
// seen so far are kept in order with their edges; a row's pair is looked for a few places
// after the previous row's (a day's rows skip the pairs with no claim that day).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

class PairRuns {
 public:
  // The edge of x-y when it is just ahead in the longest run; nullopt otherwise (the caller
  // then looks it up and calls record()). Every row passes through here once, in order.
  std::optional<std::size_t> find(std::string_view x, std::string_view y) {
    key_.assign(x).push_back('\x1f');
    key_.append(y);
    if (!current_.empty() && key_ < current_.back().key) {  // sorted order restarts: a new label
      if (current_.size() > longest_.size()) longest_.swap(current_);
      current_.clear();
      cursor_ = 0;
    }
    for (std::size_t at = cursor_; at < longest_.size() && at < cursor_ + kLookAhead; ++at)
      if (longest_[at].key == key_) {
        cursor_ = at + 1;
        current_.push_back({key_, longest_[at].edge});
        return longest_[at].edge;
      }
    return std::nullopt;
  }
  // The edge of the pair find() was last asked about and missed.
  void record(std::size_t edge) { current_.push_back({key_, edge}); }

 private:
  static constexpr std::size_t kLookAhead = 16;
  struct Entry {
    std::string key;  // "x \x1f y"
    std::size_t edge;
  };
  std::vector<Entry> longest_, current_;
  std::size_t cursor_ = 0;
  std::string key_;
};

}  // namespace irkg
