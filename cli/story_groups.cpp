#include "cli/story_groups.h"

#include "store/store.h"

namespace irkg::cli {

std::string StoryGrouper::assign(const std::string& doc_id, const MinHashSignature& signature) {
  if (signature.empty()) return doc_id;
  const std::vector<std::string> bands = band_keys(signature);
  // This run first (its documents may still be in the uncommitted batch), then the store.
  std::string story;
  double best = kSameStory;
  for (const std::string& band : bands) {
    const auto it = by_band_.find(band);
    if (it == by_band_.end()) continue;
    for (std::size_t i : it->second) {
      const double similarity = signature_similarity(signature, seen_[i].signature);
      if (similarity >= best && (story.empty() || similarity > best || seen_[i].story < story)) {
        best = similarity;
        story = seen_[i].story;
      }
    }
  }
  if (story.empty() && store_) story = store_->find_story(signature);
  if (story.empty()) story = doc_id;
  for (const std::string& band : bands) by_band_[band].push_back(seen_.size());
  seen_.push_back({signature, story});
  return story;
}

}  // namespace irkg::cli
