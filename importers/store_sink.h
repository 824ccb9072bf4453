#pragma once
// Writes imported documents into the claim store in large atomic batches. Header-only on
// purpose: irkg_importers stays independent of irkg_store (the parse is tested and
// benchmarked without a database); only the CLI and the store tests include this.
#include <cstdint>
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

class ImportStoreSink {
 public:
  // One put_documents call (one RocksDB WriteBatch) per `batch` documents: big enough to
  // amortise the write, small enough that an interrupted import loses little.
  explicit ImportStoreSink(Store& store, std::size_t batch = 4096) : store_(store), batch_(batch) {
    pending_.reserve(batch_);
  }
  ~ImportStoreSink() = default;  // flush() must be called: a destructor cannot report errors
  ImportStoreSink(const ImportStoreSink&) = delete;
  ImportStoreSink& operator=(const ImportStoreSink&) = delete;

  void add(ImportedDocument&& doc) {
    // One batch never holds the same document twice (a file given twice, a repeated row):
    // the second copy goes into the next batch, where the store sees it as unchanged.
    if (!pending_ids_.insert(doc.id).second) {
      flush();
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
    if (pending_.size() >= batch_) flush();
  }

  void flush() {
    if (pending_.empty()) return;
    const std::vector<IngestResult> results = store_.put_documents(pending_);
    for (std::size_t i = 0; i < results.size() && i < pending_.size(); ++i) {
      switch (results[i]) {
        case IngestResult::Added: ++counts_.added; counts_.claims_stored += pending_[i].second.size(); break;
        case IngestResult::Replaced: ++counts_.replaced; counts_.claims_stored += pending_[i].second.size(); break;
        case IngestResult::Unchanged: ++counts_.unchanged; break;
      }
    }
    pending_.clear();
    pending_ids_.clear();
  }

  const StoreWriteCounts& counts() const { return counts_; }
  DocumentSink as_sink() {
    return [this](ImportedDocument&& d) { add(std::move(d)); };
  }

 private:
  Store& store_;
  std::size_t batch_;
  std::vector<std::pair<StoredDocument, std::vector<Claim>>> pending_;
  std::unordered_set<std::string> pending_ids_;
  StoreWriteCounts counts_;
};

}  // namespace irkg
