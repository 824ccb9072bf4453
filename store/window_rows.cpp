// Class and outlet-matrix rows of a date window (docs/STORE.md "Pair aggregates", "A
// window's class and matrix rows"). The family keeps these rows for the whole store only:
// rows per pair x class x month would be about one per claim (10M synthetic claims have
// 448,500 pair classes over 730 days, ~22 claims each), so a window would read as many
// rows as claims either way. A window's rows are summed here from the window's dyad index
// entries instead, pair by pair, by the rules the stored rows were summed by
// (pair_rows::of_dyad_fact, PairStats::add and add_cell): the rows the store would hold if
// it held only the window's claims. Before, a windowed export read every claim record of
// the window (tens of seconds at 10M) and a windowed matrix the whole dyad index.
#include <algorithm>
#include <numeric>

#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;

namespace {

// Empties a row for reuse, keeping its vectors' capacity (one pair's classes at a time).
void reset(PairStats& s) {
  static_cast<PairCounts&>(s) = PairCounts{};
  s.outlets.clear();
  s.relations.clear();
  s.best = {};
  s.days.clear();
  s.cells.clear();
}

}  // namespace

void Store::Impl::derive_window_rows(const PairStatsQuery& q, const PairStatsVisitor& fn) const {
  const bool classes = q.rows == PairStatsQuery::Rows::Classes;
  const std::string& since = q.since;
  const std::string& until = q.until;
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 4u << 20;
  // Keys are "A \x1f B \x1f date \x1f outlet \x1f id", dates sorted within a pair: per pair,
  // a seek to its first day in the window and one past its last. Pairs outside
  // [pairs_from, pairs_to) are passed over by their pair, not their key: a split key need
  // not be a pair, and a pair that is its prefix may sort on either side of it.
  const auto seek = [&](std::string_view key, std::string& target) {
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
    const std::size_t date_end = key.find(kSep, b_end + 1);
    if (date_end == std::string_view::npos) return false;
    const std::string_view date = key.substr(b_end + 1, date_end - b_end - 1);
    if (!since.empty() && date < since) {
      target.assign(key.substr(0, b_end + 1)).append(since);
      return true;
    }
    if (!until.empty() && date > until) {
      target.assign(pair).push_back('\x20');
      return true;
    }
    return false;
  };
  // The current pair's rows: its classes (Classes) or its one matrix row (Cells).
  std::string a, b;
  std::vector<std::pair<std::string, PairStats>> rows;  // rows[0, used) hold the pair's
  std::size_t used = 0;
  std::vector<std::size_t> order;
  const auto flush = [&] {
    if (used == 0) return;
    // Class rows come in their keys' order, "A \x1f B \x1f CLASS": by class name.
    order.resize(used);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return rows[x].first < rows[y].first; });
    for (const std::size_t i : order) fn(a, b, rows[i].first, rows[i].second);
    used = 0;
  };
  DyadFact f;
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
    const std::string_view label = classes ? p->relation_class() : std::string_view();
    std::size_t at = 0;
    while (at < used && rows[at].first != label) ++at;  // a pair has ~10 classes
    if (at == used) {
      if (used == rows.size()) rows.emplace_back();
      rows[used].first.assign(label);
      reset(rows[used].second);
      ++used;
    }
    if (classes) rows[at].second.add(*p, /*keep_outlet=*/true, /*keep_days=*/true);
    else rows[at].second.add_cell(*p);
  };
  scan_in_background(ByDyad, options, q.pairs_from, {}, visit, seek);
  flush();
}

}  // namespace irkg
