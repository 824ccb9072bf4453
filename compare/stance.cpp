#include "compare/stance.h"

namespace irkg::compare_detail {

bool counts(bool negated, std::string_view modality, std::string_view date, const CompareOptions& options) {
  if (negated) return false;
  if (options.asserted_only && modality != "asserted") return false;
  if (!options.since.empty() && (date.empty() || date < options.since)) return false;
  if (!options.until.empty() && (date.empty() || date > options.until)) return false;
  return true;
}

std::pair<std::string, std::string> pair_key(const Claim& c) {
  std::string a = c.subject.country.empty() ? c.subject.id : c.subject.country;
  std::string b = c.object.country.empty() ? c.object.id : c.object.country;
  if (b < a) std::swap(a, b);
  return {a, b};
}

int stance_of(double net) { return net >= 1.0 ? 1 : net <= -1.0 ? -1 : 0; }

std::string outlet_of(const Claim& c) {
  std::string o = normalize_outlet(c.outlet);
  return o.empty() ? "unknown outlet" : o;
}

}  // namespace irkg::compare_detail
