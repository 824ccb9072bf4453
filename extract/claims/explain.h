#pragma once
// What `irkg explain` shows: each sentence of a document as extraction read it (tokens,
// mentions, groups, clauses, triggers with every reading), the hits its frames made with
// the rules behind each part (FrameHit::why), and the claims they became. Filled by
// Extractor::explain, which runs the very steps Extractor::extract runs.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "extract/claims/analysis.h"
#include "extract/claims/frames.h"

namespace irkg {

// How far a sentence got: only Read sentences reach the frames.
enum class SentenceFate : std::uint8_t { Read, TooLong, Repeated, NoActor, Sport };
constexpr std::string_view sentence_fate_text(SentenceFate f) {
  constexpr std::string_view texts[] = {"read", "too long to be prose (skipped)", "repeats an earlier sentence (read once)",
                                        "names no actor", "about sport (skipped)"};
  return texts[static_cast<std::size_t>(f)];
}

// What became of a hit: the index of its claim in SentenceExplanation::claims, or one of
// these when it made none.
inline constexpr std::int32_t kHitHypothetical = -1;  // a possibility is not a claim
inline constexpr std::int32_t kHitDuplicate = -2;     // an earlier reading made the same claim

struct SentenceExplanation {
  std::size_t start = 0, end = 0;  // byte range in the document's text
  SentenceFate fate = SentenceFate::Read;
  SentenceAnalysis analysis;       // analysis.text points into the document's text
  std::vector<FrameHit> hits;
  std::vector<std::int32_t> claim_of_hit;  // per hit: index into claims or kHit*
  std::vector<Claim> claims;       // this sentence's claims, as `irkg extract` prints them
  bool old_year = false;           // names a year long before publication: historical
  // The text analysis.text points into when it is not the document's own (a headline read
  // before the body), kept alive with the explanation.
  std::shared_ptr<const std::string> text_owner;
};

// A readable account of one sentence, for analysts; ends with a newline.
std::string explanation_text(const Lexicon& lex, const SentenceExplanation& e);
// One JSON object (one line, no newline) with the same content, for machines.
std::string explanation_json(const Lexicon& lex, const SentenceExplanation& e, const std::string& doc_id);

}  // namespace irkg
