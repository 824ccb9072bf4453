// Reading the facts the index values carry (schema 3), without claim records.
// Store::Impl::scan_in_background (the whole dyad index, and the pair aggregates' sections):
// entries read on one thread and decoded on the caller's. A 10M-claim graph build is half RocksDB iteration (block reads, LZ4, the
// merging iterator) and half aggregation; on two cores the two halves overlap instead of
// adding up. The reader copies raw entries into chunks (a few MB each); a small bounded
// queue keeps memory flat and lets the reader run at most a few chunks ahead.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

namespace {

// An actor index key past its "code \x1f" prefix: date \x1f outlet \x1f claim id.
struct ActorKey {
  std::string_view date, outlet, id;
};

ActorKey parse_actor_key(std::string_view rest) {
  const std::size_t date_end = rest.find(kSep), last = rest.rfind(kSep);
  if (date_end == std::string_view::npos || last <= date_end)
    throw StoreError("database is corrupt: malformed actor index key");
  return {rest.substr(0, date_end), rest.substr(date_end + 1, last - date_end - 1), rest.substr(last + 1)};
}

// Raw index entries back to back: key and value bytes in `bytes`, their bounds in `ends`.
struct Chunk {
  std::string bytes;
  std::vector<std::uint32_t> ends;  // per entry: end of key, end of value
  void clear() {
    bytes.clear();
    ends.clear();
  }
};

constexpr std::size_t kChunkBytes = 2u << 20;
constexpr std::size_t kChunksInFlight = 3;

// Hands chunks from the reader to the decoder and empty ones back; either side can stop
// the other (the decoder on an exception from the callback, the reader at the end or on
// a RocksDB error).
class ChunkQueue {
 public:
  // Reader side: an empty chunk to fill (nullopt once the decoder stopped).
  std::unique_ptr<Chunk> take_empty() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || !empty_.empty() || created_ < kChunksInFlight; });
    if (stopped_) return nullptr;
    if (!empty_.empty()) {
      auto chunk = std::move(empty_.front());
      empty_.pop_front();
      return chunk;
    }
    ++created_;
    return std::make_unique<Chunk>();
  }
  // Chunks of an earlier scan, their buffers kept (they count towards the chunks in flight).
  void adopt(std::vector<std::unique_ptr<Chunk>>& spare) {
    std::lock_guard lock(mutex_);
    for (auto& chunk : spare) empty_.push_back(std::move(chunk));
    created_ += spare.size();
    spare.clear();
  }
  // After the scan (both sides done): every chunk back to `spare`.
  void release(std::vector<std::unique_ptr<Chunk>>& spare) {
    std::lock_guard lock(mutex_);
    for (auto* list : {&empty_, &full_})
      for (auto& chunk : *list) {
        chunk->clear();
        spare.push_back(std::move(chunk));
      }
    empty_.clear();
    full_.clear();
  }
  void put_full(std::unique_ptr<Chunk> chunk) {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(chunk));
    changed_.notify_all();
  }
  // Decoder side: the next full chunk, nullptr at the end.
  std::unique_ptr<Chunk> take_full() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !full_.empty() || finished_; });
    if (full_.empty()) return nullptr;
    auto chunk = std::move(full_.front());
    full_.pop_front();
    return chunk;
  }
  void give_back(std::unique_ptr<Chunk> chunk) {
    chunk->clear();
    std::lock_guard lock(mutex_);
    empty_.push_back(std::move(chunk));
    changed_.notify_all();
  }
  void finish(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    finished_ = true;
    error_ = error;
    changed_.notify_all();
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }
  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Chunk>> full_, empty_;
  std::size_t created_ = 0;
  bool finished_ = false, stopped_ = false;
  std::exception_ptr error_;
};

}  // namespace

// key = a \x1f b \x1f date \x1f outlet \x1f claim id. Codes and dates hold no separator and
// the claim id is a hex hash, so the outlet is whatever lies between.
void parse_dyad_key(std::string_view key, DyadFact& f) {
  const std::size_t p1 = key.find(kSep);
  const std::size_t p2 = p1 == std::string_view::npos ? p1 : key.find(kSep, p1 + 1);
  const std::size_t p3 = p2 == std::string_view::npos ? p2 : key.find(kSep, p2 + 1);
  const std::size_t last = key.rfind(kSep);
  if (p3 == std::string_view::npos || last <= p3) throw StoreError("database is corrupt: malformed dyad index key");
  f.a = key.substr(0, p1);
  f.b = key.substr(p1 + 1, p2 - p1 - 1);
  f.date = key.substr(p2 + 1, p3 - p2 - 1);
  f.outlet = key.substr(p3 + 1, last - p3 - 1);
  f.claim_id = key.substr(last + 1);
}


void Store::Impl::scan_in_background(Cf cf, const rocksdb::ReadOptions& options, std::string_view start,
                                     std::string_view prefix, const RawEntryVisitor& fn, const SeekRule& seek) const {
  ChunkQueue queue;
  // The chunks (a few MB each) of this thread's previous scan: a date window reads ~17
  // ranges, and fresh buffers for each were page faulted in again (~20k faults at 10M).
  thread_local std::vector<std::unique_ptr<Chunk>> spare_chunks;
  queue.adopt(spare_chunks);
  std::jthread reader([&] {
    try {
      std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(options, cfs[cf]));
      std::unique_ptr<Chunk> chunk = queue.take_empty();
      // Empty bounds are the whole family (and an empty view's null data must not reach memcmp).
      const rocksdb::Slice within(prefix.data(), prefix.size());
      if (start.empty()) it->SeekToFirst();
      else it->Seek(rocksdb::Slice(start.data(), start.size()));
      std::string target;
      while (chunk && it->Valid() && (prefix.empty() || it->key().starts_with(within))) {
        const std::string_view key(it->key().data(), it->key().size());
        if (seek && seek(key, target)) {
          if (target <= key) throw std::logic_error("scan_in_background: a seek rule must move forward");
          it->Seek(target);
          continue;
        }
        chunk->bytes.append(key.data(), key.size());
        chunk->ends.push_back(static_cast<std::uint32_t>(chunk->bytes.size()));
        chunk->bytes.append(it->value().data(), it->value().size());
        chunk->ends.push_back(static_cast<std::uint32_t>(chunk->bytes.size()));
        if (chunk->bytes.size() >= kChunkBytes) {
          queue.put_full(std::move(chunk));
          chunk = queue.take_empty();
        }
        it->Next();
      }
      check(it->status());
      if (chunk && !chunk->ends.empty()) queue.put_full(std::move(chunk));
      queue.finish(nullptr);
    } catch (...) {
      queue.finish(std::current_exception());
    }
  });
  try {
    while (auto chunk = queue.take_full()) {
      const std::string_view bytes = chunk->bytes;
      std::uint32_t begin = 0;
      for (std::size_t i = 0; i + 1 < chunk->ends.size(); i += 2) {
        const std::uint32_t key_end = chunk->ends[i], value_end = chunk->ends[i + 1];
        fn(bytes.substr(begin, key_end - begin), bytes.substr(key_end, value_end - key_end));
        begin = value_end;
      }
      queue.give_back(std::move(chunk));
    }
  } catch (...) {
    queue.stop();  // the reader must not wait for a chunk nobody will return
    throw;
  }
  reader.join();
  if (auto error = queue.error()) std::rethrow_exception(error);
  queue.release(spare_chunks);
}

void Store::for_each_dyad_fact(const std::function<void(const DyadFact&)>& fn) const {
  rocksdb::ReadOptions options = scan_options();
  // A whole-index scan reads every block once: caching them would only evict what point
  // lookups need, and big sequential reads beat block-sized ones.
  options.fill_cache = false;
  options.readahead_size = 4u << 20;
  DyadFact f;
  impl_->scan_in_background(ByDyad, options, {}, {}, [&](std::string_view key, std::string_view value) {
    parse_dyad_key(key, f);
    codec::decode_dyad_value(value, f);
    fn(f);
  });
}

void Store::for_each_dyad_fact(const std::string& x, const std::string& y,
                               const std::function<void(const DyadFact&)>& fn) const {
  const auto [a, b] = std::minmax(x, y);
  const std::string prefix = join({a, b}) + kSep;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[ByDyad]));
  DyadFact f;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    parse_dyad_key(std::string_view(it->key().data(), it->key().size()), f);
    codec::decode_dyad_value(std::string_view(it->value().data(), it->value().size()), f);
    fn(f);
  }
  impl_->check(it->status());
}

void Store::for_each_actor_fact(const std::string& code, const std::string& since, const std::string& until,
                                const std::function<void(const ActorFact&)>& fn) const {
  const std::string prefix = code + kSep;
  ActorFact f;
  for (const Cf cf : {BySubject, ByObject}) {
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[cf]));
    // code \x1f date \x1f outlet \x1f claim id: dates sort, so the window is one range.
    for (it->Seek(prefix + since); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      const std::string_view rest(it->key().data() + prefix.size(), it->key().size() - prefix.size());
      const ActorKey key = parse_actor_key(rest);
      f.date = key.date;
      if (!until.empty() && f.date > until) break;
      if ((!since.empty() || !until.empty()) && f.date.empty()) continue;  // a window drops undated claims
      f.outlet = key.outlet;
      f.claim_id = key.id;
      codec::decode_actor_value(std::string_view(it->value().data(), it->value().size()), f);
      f.as_subject = cf == BySubject;
      // A claim whose subject also carries the code came through the subject index.
      if (cf == ByObject && (f.subject_state == code || f.subject_id == code)) continue;
      fn(f);
    }
    impl_->check(it->status());
  }
}

std::string Store::first_claim_naming_itself(const std::string& code, const std::string& since,
                                             const std::string& until) const {
  const std::string prefix = code + kSep;
  std::string best_date, best_id;  // the first (date, id) so far
  ActorFact f;
  for (const Cf cf : {BySubject, ByObject}) {
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[cf]));
    // code \x1f date \x1f outlet \x1f claim id: by date, then outlet, so a date's claims
    // are read to its end for the smallest id.
    for (it->Seek(prefix + since); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      const std::string_view rest(it->key().data() + prefix.size(), it->key().size() - prefix.size());
      const auto [date, outlet, id] = parse_actor_key(rest);
      if ((!until.empty() && date > until) || (!best_id.empty() && date > best_date)) break;
      if ((!since.empty() || !until.empty()) && date.empty()) continue;  // a window drops undated claims
      if (!best_id.empty() && date == best_date && id >= best_id) continue;
      codec::decode_actor_value(std::string_view(it->value().data(), it->value().size()), f);
      const bool subject = cf == BySubject;
      const std::string_view state = subject ? f.subject_state : f.object_state;
      const std::string_view own = subject ? f.subject_id : f.object_id;
      const std::string_view other = subject ? f.object_state : f.subject_state;
      // As the graph counts a claim: not negated, between two states (no self-loop).
      if (f.negated || state != code || own != code || other.empty() || other == code) continue;
      best_date.assign(date);
      best_id.assign(id);
    }
    impl_->check(it->status());
  }
  return best_id;
}

}  // namespace irkg
