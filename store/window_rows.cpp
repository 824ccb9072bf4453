// Class and outlet-matrix rows of a date window (docs/STORE.md "Pair aggregates", "A
// window's class and matrix rows"). The family keeps these rows for the whole store only:
// rows per pair x class x month would be about one per claim (10M synthetic claims have
// 448,500 pair classes over 730 days, ~22 claims each), so a window would read as many
// rows as claims either way. A window's rows are summed here from the window's dyad index
// entries instead, pair by pair, by the rules the stored rows were summed by
// (pair_rows::of_dyad_fact; PairCounts::add, offer_evidence and PairStats::add_cell): the
// rows the store would hold if it held only the window's claims. Before, a windowed
// export read every claim record of the window (tens of seconds at 10M) and a windowed
// matrix the whole dyad index.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/interner.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;

namespace {

// Outlet, relation and class names by small ids, and their ranks in name order (the order
// rows list names in). Names are few (~130 at 10M claims): ranks are recomputed when one
// was added.
class Names {
 public:
  std::uint32_t id(std::string_view name) {
    const std::uint32_t i = names_.id(name);
    if (i >= rank_.size()) stale_ = true;
    return i;
  }
  std::string_view name(std::uint32_t id) const { return names_.name(id); }
  const std::vector<std::uint32_t>& ranks() {
    if (stale_) {
      std::vector<std::uint32_t> order(names_.size());
      std::iota(order.begin(), order.end(), 0u);
      std::sort(order.begin(), order.end(), [&](auto x, auto y) { return names_.name(x) < names_.name(y); });
      rank_.assign(order.size(), 0);
      for (std::uint32_t r = 0; r < order.size(); ++r) rank_[order[r]] = r;
      stale_ = false;
    }
    return rank_;
  }

 private:
  Interner names_;
  std::vector<std::uint32_t> rank_;
  bool stale_ = false;
};

using Counts = std::vector<std::pair<std::uint32_t, std::int64_t>>;  // name id, count

void count(Counts& counts, std::uint32_t id) {
  for (auto it = counts.rbegin(); it != counts.rend(); ++it)  // the latest names come again soonest
    if (it->first == id) {
      ++it->second;
      return;
    }
  counts.emplace_back(id, 1);
}

// One relation class of the current pair, as PairStats::add(c, true, true) sums it.
struct ClassSum {
  std::uint32_t label = 0;
  PairCounts counts;
  Counts outlets, relations;
  std::array<PairEvidence, 3> best;
  std::vector<std::int32_t> days;

  void reset(std::uint32_t l) {
    label = l;
    counts = PairCounts{};
    outlets.clear();
    relations.clear();
    best = {};
    days.clear();
  }
  void add(const PairClaim& c, std::int32_t day, std::uint32_t outlet, std::uint32_t relation) {
    const int polarity = c.polarity > 0 ? 1 : c.polarity < 0 ? -1 : 0;
    const double w = clamped_weight(c.weight);
    counts.add(polarity, w, day);
    if (day != INT32_MIN) {  // a pair's entries come by date: a day is new or the last one
      if (days.empty() || days.back() < day) days.push_back(day);
      else if (const auto at = std::lower_bound(days.begin(), days.end(), day); *at != day) days.insert(at, day);
    }
    if (!c.outlet.empty()) count(outlets, outlet);
    count(relations, relation);
    offer_evidence(best[static_cast<std::size_t>(polarity + 1)], c, w, day);
  }
};

// One outlet's matrix cell of the current pair, as PairStats::add_cell sums it.
struct CellSum {
  std::uint32_t outlet = 0;
  std::int64_t claims = 0, net_micro = 0, copy_claims = 0, copy_net_micro = 0;
};

}  // namespace

void Store::Impl::derive_window_rows(const PairStatsQuery& q, const PairRowVisitor* views,
                                     const PairStatsVisitor* stats) const {
  const bool classes = q.rows == PairStatsQuery::Rows::Classes;
  const std::string& since = q.since;
  const std::string& until = q.until;
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 4u << 20;
  // Keys are "A \x1f B \x1f date \x1f outlet \x1f id", dates sorted within a pair: per pair,
  // a seek to its first day in the window and one past its last. Pairs outside
  // [pairs_from, pairs_to) are passed over by their pair, not their key: a split key need
  // not be a pair, and a pair that is its prefix may sort on either side of it. A key of
  // the pair before needs only its date read (the rule runs on every key: finding the
  // separators anew was a twentieth of the reading thread).
  std::string in_pair;  // "A \x1f B \x1f" of the last key inside the pair range
  const auto seek = [&](std::string_view key, std::string& target) {
    std::size_t date_at = in_pair.size();
    if (in_pair.empty() || !key.starts_with(in_pair)) {
      in_pair.clear();
      const std::size_t a_end = key.find(kSep);
      const std::size_t b_end = a_end == std::string_view::npos ? a_end : key.find(kSep, a_end + 1);
      if (b_end == std::string_view::npos) return false;  // malformed: the visitor says so
      const std::string_view pair = key.substr(0, b_end);
      if (!q.pairs_to.empty() && pair >= q.pairs_to) {
        target.assign(2, '\xff');  // past every key (codes are UTF-8: no byte 0xff)
        return true;
      }
      if (!q.pairs_from.empty() && pair < q.pairs_from) {
        target.assign(pair).push_back('\x20');  // past this pair's keys (\x1f sorts below \x20)
        return true;
      }
      in_pair.assign(key.substr(0, b_end + 1));
      date_at = b_end + 1;
    }
    const std::size_t date_end = key.find(kSep, date_at);
    if (date_end == std::string_view::npos) return false;
    const std::string_view date = key.substr(date_at, date_end - date_at);
    if (!since.empty() && date < since) {
      target.assign(in_pair).append(since);
      return true;
    }
    if (!until.empty() && date > until) {
      target.assign(in_pair, 0, in_pair.size() - 1).push_back('\x20');
      return true;
    }
    return false;
  };

  Names names;
  std::string a, b;
  // The current pair's classes ([0, used) of `sums`, kept for their capacity) or cells
  // (`cells`, with `cell_at` per outlet id: its position + 1, 0 for none yet).
  std::vector<ClassSum> sums;
  std::size_t used = 0;
  std::vector<CellSum> cells;
  std::vector<std::uint32_t> cell_at;
  // What a row is handed out as.
  PairRowView view;
  PairStats row;
  std::vector<std::uint32_t> order;
  std::vector<std::pair<std::uint32_t, std::int64_t>> sorted;
  const auto named_in_order = [&](const Counts& counts, std::vector<std::pair<std::string_view, std::int64_t>>& into) {
    const auto& rank = names.ranks();
    sorted.assign(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end(), [&](const auto& x, const auto& y) { return rank[x.first] < rank[y.first]; });
    into.clear();
    for (const auto& [id, n] : sorted) into.emplace_back(names.name(id), n);
  };
  const auto flush = [&] {
    if (classes && used > 0) {
      // Class rows come in their keys' order, "A \x1f B \x1f CLASS": by class name.
      const auto& rank = names.ranks();
      order.resize(used);
      std::iota(order.begin(), order.end(), 0u);
      std::sort(order.begin(), order.end(), [&](auto x, auto y) { return rank[sums[x].label] < rank[sums[y].label]; });
      for (const std::uint32_t i : order) {
        const ClassSum& s = sums[i];
        static_cast<PairCounts&>(view) = s.counts;
        view.days = s.days;
        if (q.days_only) {  // as decode_days_view: counts, dates and days
          view.outlets.clear();
          view.relations.clear();
          view.best = {};
        } else {
          named_in_order(s.outlets, view.outlets);
          if (q.relations || stats) named_in_order(s.relations, view.relations);
          else view.relations.clear();
          for (std::size_t p = 0; p < 3; ++p) {
            const PairEvidence& e = s.best[p];
            PairEvidenceView& into = view.best[p];
            into.present = e.present;
            into.direct = e.direct;
            into.abs_weight = e.abs_weight;
            into.day = e.day;
            into.set_raw_id(e.id);
          }
        }
        const std::string_view label = names.name(s.label);
        if (views) (*views)(a, b, label, view);
        if (stats) {
          static_cast<PairCounts&>(row) = s.counts;
          row.outlets.assign(view.outlets.begin(), view.outlets.end());
          row.relations.assign(view.relations.begin(), view.relations.end());
          row.best = s.best;
          row.days = s.days;
          row.cells.clear();
          (*stats)(a, b, label, row);
        }
      }
      used = 0;
    }
    if (!classes && !cells.empty()) {
      const auto& rank = names.ranks();
      std::sort(cells.begin(), cells.end(), [&](const auto& x, const auto& y) { return rank[x.outlet] < rank[y.outlet]; });
      row.cells.resize(cells.size());  // names assigned in place: their buffers are reused
      for (std::size_t i = 0; i < cells.size(); ++i) {
        OutletCell& into = row.cells[i];
        into.outlet.assign(names.name(cells[i].outlet));
        into.claims = cells[i].claims;
        into.net_micro = cells[i].net_micro;
        into.copy_claims = cells[i].copy_claims;
        into.copy_net_micro = cells[i].copy_net_micro;
        cell_at[cells[i].outlet] = 0;
      }
      cells.clear();
      if (stats) (*stats)(a, b, {}, row);
    }
  };

  DyadFact f;
  // Day numbers by date, each date parsed once (a window has a few hundred; a pair's
  // entries rarely share one, so remembering the last was not enough).
  Interner dates;
  std::vector<std::int32_t> day_of;
  const auto visit = [&](std::string_view key, std::string_view value) {
    parse_dyad_key(key, f);
    // The seek rule keeps to the window; an undated claim sorts first and falls in no window.
    if (f.date.empty() || (!since.empty() && f.date < since) || (!until.empty() && f.date > until)) return;
    store_codec::decode_dyad_value(value, f);
    const auto p = pair_rows::of_dyad_fact(f);
    if (!p || (classes && p->self_pair())) return;
    if (p->a != a || p->b != b) {
      flush();
      a.assign(p->a);
      b.assign(p->b);
    }
    const std::uint32_t outlet = names.id(p->outlet);
    if (!classes) {  // PairStats::add_cell
      if (outlet >= cell_at.size()) cell_at.resize(outlet + 1, 0);
      if (cell_at[outlet] == 0) {
        cells.push_back({outlet});
        cell_at[outlet] = static_cast<std::uint32_t>(cells.size());
      }
      CellSum& cell = cells[cell_at[outlet] - 1];
      const std::int64_t micro = std::llround(clamped_weight(p->weight) * 1e6);
      ++cell.claims;
      cell.net_micro += micro;
      if (p->copy) {
        ++cell.copy_claims;
        cell.copy_net_micro += micro;
      }
      return;
    }
    const std::uint32_t date = dates.id(p->date);
    if (date == day_of.size()) day_of.push_back(pair_day(p->date));
    const std::uint32_t label = names.id(p->relation_class());
    std::size_t at = 0;
    while (at < used && sums[at].label != label) ++at;  // a pair has ~10 classes
    if (at == used) {
      if (used == sums.size()) sums.emplace_back();
      sums[used++].reset(label);
    }
    sums[at].add(*p, day_of[date], outlet, names.id(p->relation));
  };
  scan_in_background(ByDyad, options, q.pairs_from, {}, visit, seek);
  flush();
}

}  // namespace irkg
