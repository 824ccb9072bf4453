#pragma once
// Private to store/: the keys under several prefixes of one index, merged in the order of
// what follows each prefix ("date \x1f claim id" in the outlet index), so several outlets'
// ranges come out in the order the date index holds their claims; one prefix is a plain
// range. Used by the claim scan (records) and the outlet digests (index values only).
#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/schema.h"

namespace irkg {

class MergedRanges {
 public:
  // Each prefix's range from `since` (dated: the key's next part is a date) to `until`
  // (empty: unbounded).
  MergedRanges(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* family, const std::vector<std::string>& prefixes,
               const std::string& since, const std::string& until, bool dated,
               const rocksdb::ReadOptions& options = store_schema::scan_options())
      : until_(until), dated_(dated) {
    for (const auto& prefix : prefixes) {
      Cursor c{std::unique_ptr<rocksdb::Iterator>(db.NewIterator(options, family)), prefix};
      c.it->Seek(prefix + (dated ? since : ""));
      cursors_.push_back(std::move(c));
    }
  }
  // The next entry: what follows its prefix in its key, and its value; views valid until
  // advance(). False at the end of every range (or at an iterator's error: status()).
  bool current(std::string_view& rest, std::string_view& value) {
    best_ = nullptr;
    for (auto& c : cursors_) {
      const std::string_view r = rest_of(c);
      if (r.data() == nullptr) continue;
      if (!best_ || r < rest) {
        best_ = &c;
        rest = r;
      }
    }
    if (!best_) return false;
    value = std::string_view(best_->it->value().data(), best_->it->value().size());
    return true;
  }
  // The prefix of the range current() took its entry from.
  std::string_view current_prefix() const { return best_ ? std::string_view(best_->prefix) : std::string_view(); }
  // Past the entry current() gave.
  void advance() {
    if (best_) best_->it->Next();
    best_ = nullptr;
  }
  // The claim id of the next key (its last part), or false at the end.
  bool next(std::string& claim_id) {
    std::string_view rest, value;
    if (!current(rest, value)) return false;
    claim_id.assign(rest.substr(rest.rfind(store_schema::kSep) + 1));
    advance();
    return true;
  }
  rocksdb::Status status() const {
    for (const auto& c : cursors_)
      if (!c.it->status().ok()) return c.it->status();
    return rocksdb::Status::OK();
  }

 private:
  struct Cursor {
    std::unique_ptr<rocksdb::Iterator> it;
    std::string prefix;
  };
  // What follows the prefix in the cursor's key; a null view when the range has ended.
  std::string_view rest_of(Cursor& c) const {
    if (!c.it->Valid()) return {};
    const std::string_view key(c.it->key().data(), c.it->key().size());
    if (!key.starts_with(c.prefix)) return {};
    const std::string_view rest = key.substr(c.prefix.size());
    if (dated_ && !until_.empty() && rest.substr(0, rest.find(store_schema::kSep)) > until_) return {};
    return rest;
  }

  const std::string& until_;
  bool dated_;
  std::vector<Cursor> cursors_;
  Cursor* best_ = nullptr;
};

}  // namespace irkg
