#pragma once
// Comparing claims across outlets: who says what about a pair, where outlets agree and
// where they contradict, and corroboration of the same claim by several outlets.
// Works on claims already loaded (from the store or a JSONL file), so it is testable alone.
#include <map>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "core/outlet_names.h"
#include "core/pair_stats.h"

namespace irkg {

// ---- outlet names: core/outlet_names.h -----------------------------------------------

// ---- one pair -------------------------------------------------------------------------

struct CompareOptions {
  std::string since, until;  // inclusive YYYY-MM-DD bounds on claim dates (empty = open)
  bool asserted_only = false;  // drop reported/hypothetical/future/historical claims
  std::size_t evidence_per_outlet = 3;
  // Claims from later copies of a syndicated story (is_copy) are left out, so consensus,
  // the outlet matrix and corroboration count independent stories; true counts every copy.
  bool raw_copies = false;
};

struct EvidenceItem {
  std::string text, date, doc, relation;
  int polarity = 0;
};

// What one outlet says about a pair.
struct OutletStance {
  std::string outlet;
  int claims = 0, positive = 0, negative = 0, neutral = 0;
  double net = 0;   // sum of signed weights
  int stance = 0;   // +1 / -1 / 0 by the rule in docs/COMPARE.md
  std::string first_date, last_date;
  std::map<std::string, int> relations;  // relation name -> claims
  std::vector<EvidenceItem> evidence;    // strongest first
};

struct PairComparison {
  std::string a, b;
  std::vector<OutletStance> outlets;  // most claims first
  int consensus = 0;                  // majority stance of outlets that take one; 0 = split/none
  double agreement = 0;               // share of stance-taking outlets that hold the consensus
  std::vector<std::string> contradicting;  // outlets whose stance is opposite to the consensus
};

// A claim concerns the pair when its subject and object are a and b (either order), by
// country code or actor id.
PairComparison compare_pair(const std::vector<Claim>& claims, const std::string& a, const std::string& b,
                            const CompareOptions& options);

// ---- all outlets ----------------------------------------------------------------------

struct OutletCoverage {
  std::string outlet;
  int claims = 0, dyads = 0, actors = 0;
};

struct DistinctiveClaim {
  std::string outlet, a, b;
  int stance = 0;          // the outlet's stance on the pair
  int others = 0;          // the other outlets' consensus (0 when none report the pair)
  std::string evidence;    // the outlet's strongest sentence on it
};

struct OutletMatrix {
  std::vector<OutletCoverage> coverage;  // index i is outlet i of the matrix
  // agreement[i][j] in [-1, 1]: (agreeing - disagreeing) / shared over the dyads both
  // outlets take a stance on; shared[i][j] counts those dyads.
  std::vector<std::vector<double>> agreement;
  std::vector<std::vector<int>> shared;
  std::vector<DistinctiveClaim> distinctive;  // per outlet: opposite-sign pairs first, then exclusives
};

OutletMatrix compare_outlets(const std::vector<Claim>& claims, const CompareOptions& options,
                             std::size_t distinctive_per_outlet = 5);
// The same over a stream: `each_claim(fn)` calls fn once per claim (a store scan, a file).
// Memory grows with the (outlet, pair) cells, not with the claims.
using ClaimStream = std::function<void(const std::function<void(const Claim&)>&)>;
OutletMatrix compare_outlets(const ClaimStream& each_claim, const CompareOptions& options,
                             std::size_t distinctive_per_outlet = 5);

// What the matrix needs of one claim: its raw outlet, its pair as state-level codes (a, b
// in either order), weight and the fields CompareOptions filter on. A store's dyad index
// gives these without decoding claims (their `evidence` is then empty).
struct OutletFact {
  std::string_view outlet, a, b, date, modality, claim_id, evidence;
  double weight = 0.0;
  bool negated = false;
  bool copy = false;  // from a later copy of a story (left out unless raw_copies)
};
using OutletFactStream = std::function<void(const std::function<void(const OutletFact&)>&)>;
// The facts of one pair (codes a <= b): the matrix reads the pairs of the distinctive
// claims it reports a second time, to pick each one's strongest claim.
using PairFactStream =
    std::function<void(const std::string& a, const std::string& b, const std::function<void(const OutletFact&)>&)>;
// A claim's evidence sentence by id.
using EvidenceLookup = std::function<std::string(const std::string& claim_id)>;
OutletMatrix compare_outlets(const OutletFactStream& each_fact, const PairFactStream& pair_facts,
                             const EvidenceLookup& evidence_of, const CompareOptions& options,
                             std::size_t distinctive_per_outlet = 5);

// The same from cells summed per pair and raw outlet (a store's outlet-matrix rows,
// docs/STORE.md): `each_pair(fn)` calls fn(a, b, cells) once per pair (state-level codes
// a <= b), cells of the claims within options' window (the store's rows for the whole
// store, or a window's summed from its dyad index). The cells hold no modalities: only
// options without --asserted can be answered (cells_can_answer); --raw-copies can.
using PairCellStream = std::function<void(
    const std::function<void(std::string_view a, std::string_view b, const std::vector<OutletCell>& cells)>&)>;
bool cells_can_answer(const CompareOptions& options);
OutletMatrix compare_outlets(const PairCellStream& each_pair, const PairFactStream& pair_facts,
                             const EvidenceLookup& evidence_of, const CompareOptions& options,
                             std::size_t distinctive_per_outlet = 5);

// ---- corroboration ----------------------------------------------------------------------

// The same claim reported by several outlets: same unordered pair, same PLOVER category
// and polarity, dates within `window_days` of the group's first date (undated claims
// group together).
struct CorroboratedClaim {
  Claim representative;              // the earliest claim of the group
  std::vector<std::string> outlets;  // distinct, sorted
  std::vector<std::string> documents;
  std::vector<std::string> claim_ids;
};

// Only groups with at least `min_outlets` distinct outlets are returned, most outlets first.
// Claims from later copies of a story (is_copy) are left out unless `raw_copies`, so a
// wire story run by ten papers is one source, not ten.
std::vector<CorroboratedClaim> corroborate(const std::vector<Claim>& claims, int window_days,
                                           std::size_t min_outlets = 1, bool raw_copies = false);

// ---- syndicated copies ------------------------------------------------------------------

// Where one copy of a story differs from the story's first document: claims (as
// "SUBJECT relation OBJECT", "not" before a negated relation) present in only one of them.
struct CopyEdit {
  std::string outlet, doc;
  std::vector<std::string> added;    // in this copy, not in the first document
  std::vector<std::string> missing;  // in the first document, not in this copy
};

// One story run by several outlets: the first document's outlet first.
struct StoryCopies {
  std::string story;                 // the story id (its first document)
  std::vector<std::string> outlets;  // every outlet that ran it, the first document's first
  std::vector<std::string> documents;
  std::vector<CopyEdit> edits;       // copies whose claims differ from the first document's
};

// The stories among `claims` carried by two or more documents, most outlets first.
std::vector<StoryCopies> story_copies(const std::vector<Claim>& claims);

}  // namespace irkg
