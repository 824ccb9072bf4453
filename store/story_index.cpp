// Story groups in the meta family: which stored documents are near-copies of a text.
//   story\x1fb\x1f<band key>\x1f<doc id>  -> ""                 (one per LSH band)
//   story\x1fs\x1f<doc id>                -> signature + story id
// A replaced document's new band keys are added and its signature overwritten; band keys
// of its old text stay behind and only cost a candidate check (the signature decides).
#include <algorithm>
#include <memory>
#include <unordered_set>

#include "store/store_impl.h"

namespace irkg {
namespace {

using store_schema::Meta;

constexpr std::string_view kBandPrefix = "story\x1f" "b\x1f";
constexpr std::string_view kSignaturePrefix = "story\x1f" "s\x1f";
// Candidates checked per lookup: a band shared by many documents (boilerplate that
// survived main-text extraction) must not turn one lookup into a scan.
constexpr std::size_t kMaxCandidatesPerBand = 16;

std::string band_entry_prefix(const std::string& band) {
  return std::string(kBandPrefix).append(band).append("\x1f");
}

}  // namespace

void stage_story_index(Staging& staging, const StoredDocument& doc) {
  if (doc.signature.empty() || doc.story.empty()) return;
  for (const std::string& band : band_keys(doc.signature)) staging.put(Meta, band_entry_prefix(band) + doc.id, "");
  staging.put(Meta, std::string(kSignaturePrefix) + doc.id, encode_signature(doc.signature) + doc.story);
}

std::string Store::find_story(const MinHashSignature& signature) const {
  if (signature.empty()) return {};
  std::vector<std::string> candidates;
  std::unordered_set<std::string> seen;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->cfs[Meta]));
  for (const std::string& band : band_keys(signature)) {
    const std::string prefix = band_entry_prefix(band);
    std::size_t taken = 0;
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix) && taken < kMaxCandidatesPerBand;
         it->Next(), ++taken) {
      std::string doc(it->key().data() + prefix.size(), it->key().size() - prefix.size());
      if (seen.insert(doc).second) candidates.push_back(std::move(doc));
    }
    impl_->check(it->status());
  }
  std::string best_story;
  double best = kSameStory;
  for (const std::string& doc : candidates) {
    const auto value = impl_->get(Meta, std::string(kSignaturePrefix) + doc);
    const std::size_t sig_bytes = kMinHashes * 4;
    if (!value || value->size() <= sig_bytes) continue;
    const double similarity = signature_similarity(signature, decode_signature(std::string_view(*value).substr(0, sig_bytes)));
    // Ties go to the smaller story id, so the answer does not depend on scan order.
    const std::string story = value->substr(sig_bytes);
    if (similarity > best || (similarity == best && !best_story.empty() && story < best_story) ||
        (similarity == best && best_story.empty())) {
      best = similarity;
      best_story = story;
    }
  }
  return best_story;
}

}  // namespace irkg
