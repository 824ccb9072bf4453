#pragma once
// Shared rules of the comparison: which claims count, the unordered pair key, and the
// stance a set of claims adds up to.
#include <string>
#include <string_view>
#include <utility>

#include "compare/compare.h"

namespace irkg::compare_detail {

// Negated claims say something did not happen: no stance. Dates and modality per options.
bool counts(bool negated, std::string_view modality, std::string_view date, const CompareOptions& options);
inline bool counts(const Claim& c, const CompareOptions& options) {
  return (options.raw_copies || !is_copy(c)) && counts(c.negated, c.modality, c.date, options);
}

// The pair as (smaller, larger) country codes (falls back to actor ids).
std::pair<std::string, std::string> pair_key(const Claim& c);

// +1 / -1 when the summed weight is at least 1 in size, else 0 (mixed or only neutral).
int stance_of(double net);

// The outlet a claim is attributed to, normalised ("unknown outlet" when empty).
std::string outlet_of(const Claim& c);

}  // namespace irkg::compare_detail
