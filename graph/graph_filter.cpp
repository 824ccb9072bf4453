#include <stdexcept>

#include "core/date.h"
#include "graph/signed_graph.h"

namespace irkg {

bool GraphFilter::accepts(const Claim& c) const {
  ClaimFacts f;
  f.negated = c.negated;
  f.date = c.date;
  f.outlet = c.outlet;
  f.modality = c.modality;
  f.category = c.category;
  if (!agencies.empty() && !agencies.count(c.agency)) return false;
  return accepts_facts(f);
}

bool GraphFilter::accepts(const ClaimFacts& c) const {
  // Index facts carry no agency (with an agency filter, callers read whole claims) unless
  // they come from the agency index.
  if (!agencies.empty() && (!c.agency_known || !agencies.count(std::string(c.agency)))) return false;
  return accepts_facts(c);
}

bool GraphFilter::accepts_facts(const ClaimFacts& c) const {
  if (c.negated && !include_negated) return false;
  // Date bounds compare as strings: YYYY-MM-DD sorts chronologically. An undated claim
  // cannot be shown to fall inside a window, so a window drops it.
  if (!since.empty() && (c.date.empty() || c.date < since)) return false;
  if (!until.empty() && (c.date.empty() || c.date > until)) return false;
  // The sets are empty unless the user asked: a std::string is built only then.
  if (!outlets.empty() && !outlets.count(std::string(c.outlet))) return false;
  if (!exclude_outlets.empty() && exclude_outlets.count(std::string(c.outlet))) return false;
  if (!modalities.empty() && !modalities.count(std::string(c.modality))) return false;
  if (!categories.empty() && !categories.count(std::string(c.category))) return false;
  return true;
}

void GraphFilter::validate() const {
  if (!since.empty() && !parse_iso_date(since)) throw std::invalid_argument("since date '" + since + "' is not YYYY-MM-DD");
  if (!until.empty() && !parse_iso_date(until)) throw std::invalid_argument("until date '" + until + "' is not YYYY-MM-DD");
  if (!since.empty() && !until.empty() && since > until)
    throw std::invalid_argument("since " + since + " is after until " + until);
  if (level != "state" && level != "actor") throw std::invalid_argument("level must be state or actor, not '" + level + "'");
  if (min_claims == 0) throw std::invalid_argument("min_claims must be at least 1");
}

}  // namespace irkg
