#pragma once
// Story groups at ingest: a document whose main text is a near-copy (core/near_duplicate.h)
// of one ingested before joins that document's story; otherwise it starts a story whose id
// is its own document id. So a claim is a copy exactly when its story is not its document.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/near_duplicate.h"

namespace irkg {
class Store;
}

namespace irkg::cli {

class StoryGrouper {
 public:
  // `store` (may be null) answers for documents of earlier runs.
  explicit StoryGrouper(const Store* store) : store_(store) {}

  // The story id for document `doc_id` with main-text signature `signature` (empty
  // signature: a text too short to group, which is its own story).
  std::string assign(const std::string& doc_id, const MinHashSignature& signature);

 private:
  struct Seen {
    MinHashSignature signature;
    std::string story;
  };
  const Store* store_;
  std::vector<Seen> seen_;  // this run's documents, which may not be committed yet
  std::unordered_map<std::string, std::vector<std::size_t>> by_band_;
};

}  // namespace irkg::cli
