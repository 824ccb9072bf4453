#include "cli/class_row_stream.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <future>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "cli/graph_source.h"
#include "graph/day_bitmap.h"

namespace irkg::cli {

namespace {

// Thrown from the row callback when the consumer is gone: ends the store's scan.
struct Stopped {};

// The relation class a claim belongs to (its category, else its relation, else OTHER), as
// the class rows and exportfmt::edge_rows name it.
std::string class_of(const Claim& c) {
  if (!c.category.empty()) return c.category;
  if (!c.relation.empty()) return c.relation;
  return "OTHER";
}

}  // namespace

std::optional<std::vector<std::vector<DateSpell>>> ClassRowStream::node_spells(const Store& store,
                                                                               const SignedGraph& dyads,
                                                                               const GraphFilter& filter) {
  const auto& edges = dyads.edges();
  const auto& nodes = dyads.nodes();
  std::int32_t first = INT32_MAX, last = INT32_MIN;
  for (const auto& e : edges) {
    if (e.first_date.empty()) continue;
    first = std::min(first, pair_day(e.first_date));
    last = std::max(last, pair_day(e.last_date));
  }
  std::vector<std::vector<DateSpell>> spells(nodes.size());
  if (first > last) return spells;  // nothing dated
  if (DayBitmap::bytes_for(first, last) * nodes.size() > (64u << 20)) return std::nullopt;
  // Days by node of the pairs in [from, to) (pair keys; empty: unbounded), into `days`.
  const auto read_half = [&](const std::string& from, const std::string& to, std::vector<DayBitmap>& days) {
    // Each kept edge's two nodes by position; rows and edges both come in pair order.
    std::size_t next_edge = 0, a = 0, b = 0;
    if (!from.empty())
      next_edge = static_cast<std::size_t>(
          std::partition_point(edges.begin(), edges.end(), [&](const EdgeSummary& e) { return e.a + '\x1f' + e.b < from; }) -
          edges.begin());
    bool kept = false;
    std::string pair_a, pair_b;
    PairStatsQuery query;
    query.rows = PairStatsQuery::Rows::Classes;
    query.relations = false;
    query.days_only = true;  // a skim: names and evidence are the stream's
    query.since = filter.since;
    query.until = filter.until;
    query.agencies.assign(filter.agencies.begin(), filter.agencies.end());
    query.pairs_from = from;
    query.pairs_to = to;
    const bool answered = store.for_each_pair_row(
        query, [&](std::string_view x, std::string_view y, std::string_view, const PairRowView& row) {
          if (row.claims() == 0 || x.empty() || y.empty() || x == y) return;
          if (x != pair_a || y != pair_b) {
            pair_a.assign(x);
            pair_b.assign(y);
            while (next_edge < edges.size() &&
                   std::tie(edges[next_edge].a, edges[next_edge].b) < std::tie(pair_a, pair_b))
              ++next_edge;  // an edge without rows: the stream of rows says so
            kept = next_edge < edges.size() && edges[next_edge].a == pair_a && edges[next_edge].b == pair_b;
            if (kept) {
              a = static_cast<std::size_t>(dyads.node(pair_a) - nodes.data());
              b = static_cast<std::size_t>(dyads.node(pair_b) - nodes.data());
            }
          }
          if (!kept) return;
          for (const std::int32_t day : row.days) {
            if (day < first || day > last)
              throw StoreError("database is corrupt: the pair aggregates' class rows of " + pair_a + "-" + pair_b +
                               " hold a day outside the pair's dates (irkg check says more)");
            days[a].add(day);
            days[b].add(day);
          }
        });
    if (!answered) throw StoreError("the pair aggregates cannot be read now (a bulk load was interrupted); export again");
  };
  // Two halves of the pairs on two threads (as the graph's split scan), each into bitmaps
  // of its own, joined after.
  std::vector<DayBitmap> days(nodes.size(), DayBitmap(first, last));
  const std::string split = scan_split_key(store);
  if (split.empty()) {
    read_half({}, {}, days);
  } else {
    std::vector<DayBitmap> later_days(nodes.size(), DayBitmap(first, last));
    auto later = std::async(std::launch::async, [&] { read_half(split, {}, later_days); });
    try {
      read_half({}, split, days);
    } catch (...) {
      later.wait();
      throw;
    }
    later.get();
    for (std::size_t v = 0; v < nodes.size(); ++v) days[v].add(later_days[v]);
  }
  for (std::size_t v = 0; v < nodes.size(); ++v) spells[v] = days[v].spells();
  return spells;
}

ClassRowStream::ClassRowStream(std::shared_ptr<const Store> store, const SignedGraph& dyads, const GraphFilter& filter)
    : store_(std::move(store)),
      dyads_(dyads),
      min_claims_(filter.min_claims),
      spells_(filter.spells),
      since_(filter.since),
      until_(filter.until),
      agencies_(filter.agencies.begin(), filter.agencies.end()) {
  // The edges' lists view the graph's interned names: one address per name.
  std::unordered_set<const char*> seen;
  for (const auto& e : dyads_.edges())
    for (const std::string_view name : e.outlets)
      if (seen.insert(name.data()).second) outlet_names_.emplace_back(name);
  std::sort(outlet_names_.begin(), outlet_names_.end());
  outlet_names_.erase(std::unique(outlet_names_.begin(), outlet_names_.end()), outlet_names_.end());
  outlet_rank_ = NameRanks(outlet_names_);
  if (const char* rows = std::getenv("IRKG_STREAM_CHUNK_ROWS"); rows && *rows)
    chunk_rows_ = std::max<std::size_t>(1, std::strtoul(rows, nullptr, 10));
  reader_ = std::thread([this] { read(); });
}

ClassRowStream::~ClassRowStream() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  stop_requested_ = true;
  changed_.notify_all();
  if (reader_.joinable()) reader_.join();
}

bool ClassRowStream::next(exportfmt::RowChunk& chunk) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || done_; });
  if (!ready_.empty()) {
    // A deque's move keeps its elements where they are; the chunk given back goes to the
    // reader, which refills it.
    exportfmt::RowChunk done = std::move(chunk);
    chunk = std::move(ready_.front());
    ready_.pop_front();
    if (!done.rows.empty() || !done.summaries.empty()) recycled_.push_back(std::move(done));
    given_ += chunk.rows.size();
    changed_.notify_all();
    return true;
  }
  if (error_) std::rethrow_exception(error_);
  chunk.clear();
  return false;
}

void ClassRowStream::push(exportfmt::RowChunk&& chunk) {
  std::unique_lock lock(mutex_);
  // One chunk waiting is enough to keep the writer busy; more would only hold memory.
  changed_.wait(lock, [&] { return ready_.empty() || stop_; });
  if (stop_) throw Stopped{};
  ready_.push_back(std::move(chunk));
  changed_.notify_all();
}

exportfmt::RowChunk ClassRowStream::reuse_chunk() {
  exportfmt::RowChunk chunk;
  {
    std::lock_guard lock(mutex_);
    if (!recycled_.empty()) {
      chunk = std::move(recycled_.back());
      recycled_.pop_back();
    }
  }
  chunk.rows.clear();
  chunk.kept.clear();  // the evidence blocks go here, on the reader's thread
  return chunk;
}

void ClassRowStream::read() {
  try {
    const auto& edges = dyads_.edges();
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    exportfmt::RowChunk chunk = reuse_chunk();
    // Summaries and classes of `chunk` filled so far; those past these counts are a
    // reused chunk's, to be overwritten (or dropped before the chunk is handed over).
    std::size_t summaries_used = 0, classes_used = 0;
    const auto hand_over = [&] {
      while (chunk.summaries.size() > summaries_used) chunk.summaries.pop_back();
      while (chunk.classes.size() > classes_used) chunk.classes.pop_back();
      push(std::move(chunk));
      chunk = reuse_chunk();
      summaries_used = classes_used = 0;
    };
    std::size_t next_edge = 0;  // the first edge whose class rows have not come yet
    std::size_t current = kNone;  // the edge of the pair being read; kNone: a pair min_claims dropped
    std::size_t block_begin = 0, block_end = 0;  // the edges whose evidence claims `block` holds
    std::shared_ptr<const std::vector<Claim>> block;
    std::vector<const Claim*> block_at;  // per edge of the block: its claim in `block`
    const Claim* evidence = nullptr;     // the current edge's
    std::string pair_a, pair_b, evidence_class;
    bool in_pair = false, evidence_text = false;
    std::int64_t pair_claims = 0;
    std::size_t row_id = 0;
    const auto corrupt = [](const std::string& a, const std::string& b, const std::string& what) {
      return StoreError("database is corrupt: the pair aggregates' class rows of " + a + "-" + b + " " + what +
                        " (irkg check says more)");
    };
    const auto end_pair = [&] {
      if (!in_pair) return;
      const bool adds_up = current != kNone ? static_cast<std::size_t>(pair_claims) == edges[current].claims()
                                            : static_cast<std::size_t>(pair_claims) < min_claims_;
      if (!adds_up) throw corrupt(pair_a, pair_b, "do not add up to the pair's totals");
    };
    const auto start_pair = [&](std::string_view a, std::string_view b) {
      end_pair();
      // Chunks end between pairs (nothing depends on it; it keeps a pair's rows together).
      if (chunk.rows.size() >= chunk_rows_) hand_over();
      pair_a.assign(a);
      pair_b.assign(b);
      in_pair = true;
      pair_claims = 0;
      // Rows and edges both come in pair order (a row key's "A \x1f B" sorts as (A, B)).
      if (next_edge < edges.size() &&
          std::tie(edges[next_edge].a, edges[next_edge].b) < std::tie(pair_a, pair_b))
        throw corrupt(edges[next_edge].a, edges[next_edge].b, "are missing");
      current = kNone;
      if (next_edge < edges.size() && edges[next_edge].a == pair_a && edges[next_edge].b == pair_b) current = next_edge++;
      if (current == kNone) return;
      // Evidence claims read in blocks of edges, on this thread, while the writer formats,
      // and held by the chunks whose rows show them (not by the graph: 44,850 claims at
      // 10M were ~50 MB). Blocks of more than 1024 claims are read without filling the
      // block cache (each claim is read once; blocks of 1024 filled its 256 MB).
      if (current >= block_end) {
        block_begin = current;
        block_end = std::min(edges.size(), current + 4096);
        std::vector<std::string> ids;
        for (std::size_t i = block_begin; i < block_end; ++i)
          if (!edges[i].representative_id.empty()) ids.push_back(edges[i].representative_id);
        auto claims = std::make_shared<std::vector<Claim>>(store_->indexed_claims(ids, /*bulk=*/true));
        block_at.assign(block_end - block_begin, nullptr);
        for (std::size_t i = block_begin, k = 0; i < block_end; ++i)
          if (!edges[i].representative_id.empty()) block_at[i - block_begin] = &(*claims)[k++];
        block = std::move(claims);
      }
      static const Claim none;
      evidence = block_at[current - block_begin] ? block_at[current - block_begin] : &none;
      if (chunk.kept.empty() || chunk.kept.back() != block) chunk.kept.push_back(block);
      evidence_class = class_of(*evidence);
      evidence_text = !evidence->evidence.text.empty();
    };
    PairStatsQuery query;
    query.rows = PairStatsQuery::Rows::Classes;
    query.since = since_;
    query.until = until_;
    query.agencies = agencies_;
    const bool answered = store_->for_each_pair_row(
        query, [&](std::string_view a, std::string_view b, std::string_view label, const PairRowView& row) {
          if (stop_requested_.load(std::memory_order_relaxed)) throw Stopped{};
          if (row.claims() == 0 || a.empty() || b.empty() || a == b) return;
          if (!in_pair || a != pair_a || b != pair_b) start_pair(a, b);
          pair_claims += row.claims();
          if (current == kNone) return;
          RelationClassSummary& s =
              summaries_used < chunk.summaries.size() ? chunk.summaries[summaries_used] : chunk.summaries.emplace_back();
          ++summaries_used;
          s.positive = static_cast<std::size_t>(row.positive);
          s.negative = static_cast<std::size_t>(row.negative);
          s.neutral = static_cast<std::size_t>(row.neutral);
          s.net = static_cast<double>(row.net_micro) / 1e6;
          s.abs_weight = static_cast<double>(row.abs_weight_micro) / 1e6;
          std::vector<std::uint32_t>& ranks = s.outlets.refill(&outlet_names_);
          for (const auto& [name, count] : row.outlets) {
            if (count <= 0 || name.empty()) continue;
            const auto found = outlet_rank_.find(name);
            if (!found) throw corrupt(pair_a, pair_b, "name an outlet the pair's totals lack");
            ranks.push_back(*found);
          }
          // Stored sorted by name, as the ranks are: sorting is for a damaged row.
          if (!std::is_sorted(ranks.begin(), ranks.end())) std::sort(ranks.begin(), ranks.end());
          ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
          // The most frequent relation, the smaller name on a tie (as the graph's top_of).
          std::string_view top;
          std::int64_t top_count = 0;
          for (const auto& [name, count] : row.relations)
            if (count > top_count || (count == top_count && count > 0 && name < top)) {
              top = name;
              top_count = count;
            }
          s.top_relation.assign(top);
          s.sign = sign_of(s.net, s.abs_weight);
          s.first_date.clear();
          s.last_date.clear();
          s.spells.clear();
          if (spells_) {  // dates from the days alone, as the graph's summaries with spells
            if (std::is_sorted(row.days.begin(), row.days.end()))
              spells_from_sorted_days(row.days, s.spells);
            else  // (sorted here should a damaged row hold them otherwise)
              s.spells = spells_from_days(row.days);
            if (!s.spells.empty()) {
              s.first_date = format_day(s.spells.front().first_day);
              s.last_date = format_day(s.spells.back().last_day);
            }
          } else {  // the class's bounds, widened to its days (as the graph's class accumulator)
            std::int32_t first = row.first_day, last = row.last_day;
            if (!row.days.empty()) {
              const auto [low, high] = std::minmax_element(row.days.begin(), row.days.end());
              first = std::min(first, *low);
              last = std::max(last, *high);
            }
            if (first <= last) {
              s.first_date = format_day(first);
              s.last_date = format_day(last);
            }
          }
          std::string& cls =
              classes_used < chunk.classes.size() ? chunk.classes[classes_used] : chunk.classes.emplace_back();
          ++classes_used;
          cls.assign(label);
          exportfmt::EdgeRow& r = chunk.rows.emplace_back();
          r.id = std::to_string(row_id++);
          r.id.insert(r.id.begin(), 'e');  // not "e" + ...: GCC 12 warns falsely (-Wrestrict)
          r.dyad = &edges[current];
          r.relation_class = &cls;
          r.summary = &s;
          r.carries_evidence = evidence_text && cls == evidence_class;
          r.evidence = evidence;
        });
    if (!answered) throw StoreError("the pair aggregates cannot be read now (a bulk load was interrupted); export again");
    end_pair();
    if (next_edge < edges.size()) throw corrupt(edges[next_edge].a, edges[next_edge].b, "are missing");
    if (!chunk.rows.empty()) hand_over();
    std::lock_guard lock(mutex_);
    done_ = true;
  } catch (const Stopped&) {
    std::lock_guard lock(mutex_);
    done_ = true;
  } catch (...) {
    std::lock_guard lock(mutex_);
    error_ = std::current_exception();
    done_ = true;
  }
  changed_.notify_all();
}

}  // namespace irkg::cli
