#pragma once
// Writes imported documents into the claim store in large atomic batches. Header-only on
// purpose: irkg_importers stays independent of irkg_store (the parse is tested and
// benchmarked without a database); only the CLI and the store tests include this.
#include <cstdint>
#include <exception>
#include <thread>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "importers/importers.h"
#include "store/store.h"

namespace irkg {

struct StoreWriteCounts {
  std::uint64_t added = 0, replaced = 0, unchanged = 0;
  std::uint64_t claims_stored = 0;  // claims of added or replaced documents
};

// A full batch is written on a writer thread while the parser fills the next one (the
// parse of a GDELT day is ~0.5 s of the ~2 s import; on two cores it now overlaps). At
// most one batch is in flight, and batches commit in order.
class ImportStoreSink {
 public:
  // One put_documents call (one RocksDB WriteBatch) per `batch` documents: big enough to
  // amortise the write, small enough that an interrupted import loses little.
  explicit ImportStoreSink(Store& store, std::size_t batch = 4096) : store_(store), batch_(batch) {
    pending_.reserve(batch_);
  }
  // flush() must be called: a destructor cannot report errors (it only waits for the writer).
  ~ImportStoreSink() {
    if (writer_.joinable()) writer_.join();
  }
  ImportStoreSink(const ImportStoreSink&) = delete;
  ImportStoreSink& operator=(const ImportStoreSink&) = delete;

  void add(ImportedDocument&& doc) {
    // One batch never holds the same document twice (a file given twice, a repeated row):
    // the second copy goes into the next batch, where the store sees it as unchanged.
    if (!pending_ids_.insert(doc.id).second) {
      hand_off();
      pending_ids_.insert(doc.id);
    }
    StoredDocument stored;
    stored.id = std::move(doc.id);
    stored.outlet = std::move(doc.outlet);
    stored.url = std::move(doc.url);
    stored.published = std::move(doc.published);
    stored.title = std::move(doc.title);
    stored.source = std::move(doc.source);
    stored.content_hash = std::move(doc.content_hash);
    pending_.emplace_back(std::move(stored), std::move(doc.claims));
    if (pending_.size() >= batch_) hand_off();
  }

  // Commits everything added so far (waits for the writer); rethrows a store error.
  void flush() {
    hand_off();
    wait_for_writer();
  }

  // Complete after flush().
  const StoreWriteCounts& counts() const { return counts_; }
  DocumentSink as_sink() {
    return [this](ImportedDocument&& d) { add(std::move(d)); };
  }

 private:
  using Batch = std::vector<std::pair<StoredDocument, std::vector<Claim>>>;

  // The pending batch goes to the writer thread once the previous one is committed.
  void hand_off() {
    if (pending_.empty()) return;
    wait_for_writer();
    writing_ = std::move(pending_);
    pending_ = Batch();
    pending_.reserve(batch_);
    pending_ids_.clear();
    writer_ = std::thread([this] {
      try {
        const std::vector<IngestResult> results = store_.put_documents(writing_);
        for (std::size_t i = 0; i < results.size() && i < writing_.size(); ++i) {
          switch (results[i]) {
            case IngestResult::Added: ++counts_.added; counts_.claims_stored += writing_[i].second.size(); break;
            case IngestResult::Replaced: ++counts_.replaced; counts_.claims_stored += writing_[i].second.size(); break;
            case IngestResult::Unchanged: ++counts_.unchanged; break;
          }
        }
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  }

  void wait_for_writer() {
    if (writer_.joinable()) writer_.join();
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

  Store& store_;
  std::size_t batch_;
  Batch pending_, writing_;  // writing_: owned by the writer thread while it runs
  std::thread writer_;
  std::exception_ptr error_;
  std::unordered_set<std::string> pending_ids_;
  StoreWriteCounts counts_;
};

}  // namespace irkg
