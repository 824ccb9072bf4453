#include "core/pair_stats.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "core/date.h"

namespace irkg {

namespace {

void add_count(std::vector<std::pair<std::string, std::int64_t>>& counts, std::string_view name, std::int64_t n) {
  auto it = std::lower_bound(counts.begin(), counts.end(), name,
                             [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it != counts.end() && it->first == name) {
    it->second += n;
  } else {
    counts.emplace(it, std::string(name), n);
  }
}

void merge_counts(std::vector<std::pair<std::string, std::int64_t>>& into,
                  const std::vector<std::pair<std::string, std::int64_t>>& from) {
  if (into.empty()) {
    into = from;
    return;
  }
  std::vector<std::pair<std::string, std::int64_t>> merged;
  merged.reserve(into.size() + from.size());
  auto x = into.begin();
  auto y = from.begin();
  while (x != into.end() || y != from.end()) {
    if (y == from.end() || (x != into.end() && x->first < y->first)) {
      merged.push_back(std::move(*x++));
    } else if (x == into.end() || y->first < x->first) {
      merged.push_back(*y++);
    } else {
      merged.emplace_back(std::move(x->first), x->second + y->second);
      ++x, ++y;
    }
  }
  into = std::move(merged);
}

void merge_days(std::vector<std::int32_t>& into, const std::vector<std::int32_t>& from) {
  if (from.empty()) return;
  if (into.empty()) {
    into = from;
    return;
  }
  std::vector<std::int32_t> merged;
  merged.reserve(into.size() + from.size());
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(merged));
  into = std::move(merged);
}

OutletCell& cell_for(std::vector<OutletCell>& cells, std::string_view outlet) {
  auto it = std::lower_bound(cells.begin(), cells.end(), outlet,
                             [](const OutletCell& c, std::string_view key) { return c.outlet < key; });
  if (it == cells.end() || it->outlet != outlet) {
    it = cells.emplace(it);
    it->outlet.assign(outlet);
  }
  return *it;
}

}  // namespace

std::string_view PairClaim::relation_class() const {
  return !category.empty() ? category : !relation.empty() ? relation : std::string_view("OTHER");
}

double clamped_weight(double w) { return std::isfinite(w) ? std::clamp(w, -10.0, 10.0) : 0.0; }

std::int32_t pair_day(std::string_view date) {
  if (date.empty()) return INT32_MIN;
  const auto ymd = parse_iso_date(date);
  return ymd ? static_cast<std::int32_t>(days_from_civil(*ymd)) : INT32_MIN;
}

void PairEvidenceView::set_hex_id(std::string_view twelve_bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (std::size_t i = 0; i < 12 && i < twelve_bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(twelve_bytes[i]);
    hex_[2 * i] = kDigits[byte >> 4];
    hex_[2 * i + 1] = kDigits[byte & 15];
  }
  hex_id_ = true;
}

bool stronger_evidence(const PairEvidence& x, const PairEvidence& y) {
  if (x.present != y.present) return x.present;
  if (x.direct != y.direct) return x.direct;
  if (x.abs_weight != y.abs_weight) return x.abs_weight > y.abs_weight;
  if (x.day != y.day) return x.day > y.day;
  return x.id < y.id;
}

void PairCounts::add(int polarity, double clamped, std::int32_t day) {
  ++(polarity > 0 ? positive : polarity < 0 ? negative : neutral);
  net_micro += std::llround(clamped * 1e6);
  abs_weight_micro += std::llround(std::fabs(clamped) * 1e6);
  if (day != INT32_MIN) {
    first_day = std::min(first_day, day);
    last_day = std::max(last_day, day);
  }
}

void offer_evidence(PairEvidence& slot, const PairClaim& c, double clamped, std::int32_t day) {
  // stronger_evidence() without building the id string for a claim that loses.
  const double strength = std::fabs(clamped);
  bool stronger = !slot.present;
  if (!stronger && c.asserted != slot.direct) stronger = c.asserted;
  else if (!stronger && strength != slot.abs_weight) stronger = strength > slot.abs_weight;
  else if (!stronger && day != slot.day) stronger = day > slot.day;
  else if (!stronger) stronger = c.claim_id < slot.id;
  if (stronger) {
    slot.present = true;
    slot.direct = c.asserted;
    slot.abs_weight = strength;
    slot.day = day;
    slot.id.assign(c.claim_id);
  }
}

void PairStats::add(const PairClaim& c, bool keep_outlet, bool keep_days) {
  const int polarity = c.polarity > 0 ? 1 : c.polarity < 0 ? -1 : 0;
  const double w = clamped_weight(c.weight);
  const std::int32_t day = pair_day(c.date);
  PairCounts::add(polarity, w, day);
  if (keep_days && day != INT32_MIN) {
    const auto at = std::lower_bound(days.begin(), days.end(), day);
    if (at == days.end() || *at != day) days.insert(at, day);
  }
  if (keep_outlet && !c.outlet.empty()) add_count(outlets, c.outlet, 1);
  add_count(relations, c.relation, 1);
  offer_evidence(best[static_cast<std::size_t>(polarity + 1)], c, w, day);
}

void PairStats::add_cell(const PairClaim& c) {
  OutletCell& cell = cell_for(cells, c.outlet);
  const std::int64_t micro = std::llround(clamped_weight(c.weight) * 1e6);
  ++cell.claims;
  cell.net_micro += micro;
  if (c.copy) {
    ++cell.copy_claims;
    cell.copy_net_micro += micro;
  }
}

namespace {

// The smaller of two claim ids, an empty one being none.
void keep_smaller_id(std::string& into, std::string_view id) {
  if (!id.empty() && (into.empty() || id < into)) into.assign(id);
}

}  // namespace

void PairStats::offer_naming(const PairClaim& c) {
  if (c.a_self) keep_smaller_id(naming[0], c.claim_id);
  if (c.b_self) keep_smaller_id(naming[1], c.claim_id);
}

void PairStats::merge(const PairStats& o) {
  positive += o.positive;
  negative += o.negative;
  neutral += o.neutral;
  net_micro += o.net_micro;
  abs_weight_micro += o.abs_weight_micro;
  first_day = std::min(first_day, o.first_day);
  last_day = std::max(last_day, o.last_day);
  merge_counts(outlets, o.outlets);
  merge_counts(relations, o.relations);
  for (std::size_t i = 0; i < best.size(); ++i)
    if (stronger_evidence(o.best[i], best[i])) best[i] = o.best[i];
  merge_days(days, o.days);
  for (const OutletCell& from : o.cells) {
    OutletCell& into = cell_for(cells, from.outlet);
    into.claims += from.claims;
    into.net_micro += from.net_micro;
    into.copy_claims += from.copy_claims;
    into.copy_net_micro += from.copy_net_micro;
  }
  for (std::size_t side = 0; side < naming.size(); ++side) keep_smaller_id(naming[side], o.naming[side]);
}

}  // namespace irkg
