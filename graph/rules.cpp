// The documented rules of the signed graph (docs/GRAPH.md): sign, strength, path kinds.
#include <algorithm>
#include <cmath>

#include "graph/signed_graph.h"

namespace irkg {

namespace {
// A dyad is mixed unless its net intensity clears both an absolute floor (one neutral-ish
// claim must not make an alliance) and a quarter of its total intensity (a pair that is
// praised and condemned about equally is contested, not allied or hostile).
constexpr double kMinNet = 0.5;
constexpr double kRelativeMargin = 0.25;
}  // namespace

int sign_of(double net, double abs_weight) {
  const double margin = std::max(kMinNet, kRelativeMargin * abs_weight);
  if (net >= margin) return +1;
  if (net <= -margin) return -1;
  return 0;
}

// Strength grows with each kind of evidence: more claims, more independent outlets, and
// more intense claims. Always > 0, so it is usable as a Gephi weight.
static double strength_of(std::size_t claims, std::size_t outlets, double net) {
  return static_cast<double>(claims) + static_cast<double>(outlets) + std::fabs(net) / 10.0;
}

double RelationClassSummary::strength() const { return strength_of(claims(), outlets.size(), net); }
double EdgeSummary::strength() const { return strength_of(claims(), outlets.size(), net); }

std::optional<PathKind> parse_path_kind(const std::string& s) {
  if (s == "alliance") return PathKind::Alliance;
  if (s == "rivalry") return PathKind::Rivalry;
  if (s == "any") return PathKind::Any;
  return std::nullopt;
}

std::string to_string(PathKind k) {
  switch (k) {
    case PathKind::Alliance: return "alliance";
    case PathKind::Rivalry: return "rivalry";
    case PathKind::Any: return "any";
  }
  return "any";
}

}  // namespace irkg
