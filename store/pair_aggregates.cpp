// Pair aggregates (schema 4 to 6, docs/STORE.md "Pair aggregates"): kept in the batch that
// writes or removes the claims, rebuilt from the dyad index on upgrade, and read by the
// whole-graph commands instead of the 10M-entry dyad index.
#include <algorithm>
#include <functional>
#include <optional>
#include <stdexcept>

#include "core/date.h"

#include "store/store_impl.h"
#include "store/window_cover.h"

namespace irkg {

using namespace store_schema;

namespace {

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Batches of a rebuild: bounded memory on a 10M-claim store.
constexpr std::size_t kRebuildBatchBytes = 8u << 20;

}  // namespace

// ---- AggregateStaging ----

void AggregateStaging::add(const Claim& c) {
  if (pair_rows::of_claim(c)) pending_[c.id] = &c;
}

void AggregateStaging::remove(const Claim& c) {
  const auto p = pair_rows::of_claim(c);
  if (!p) return;
  // Added earlier in this batch (a document given twice in one call): it never reached
  // the store, so only the pending addition goes.
  if (const auto it = pending_.find(c.id); it != pending_.end()) {
    pending_.erase(it);
    return;
  }
  rewrites_.emplace(p->a, p->b);
  removed_.insert(c.id);
}

void AggregateStaging::write(const Store::Impl& impl, rocksdb::WriteBatch& batch) {
  pair_rows::RowSet rewritten;  // whole rows of the pairs a removal touched: Put
  std::set<std::string> before;  // their rows as the store holds them: deleted unless rewritten
  if (!rewrites_.empty()) {
    impl.expose_fresh_dyads();
    std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(scan_options(), impl.cf(ByDyad)));
    DyadFact f;
    for (const auto& [a, b] : rewrites_) {
      const std::string prefix = join({a, b}) + kSep;
      for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
        parse_dyad_key(view(it->key()), f);
        store_codec::decode_dyad_value(view(it->value()), f);
        const auto p = pair_rows::of_dyad_fact(f);
        if (!p) continue;
        pair_rows::row_keys(*p, keys_);
        before.insert(keys_.begin(), keys_.end());
        if (removed_.count(std::string(p->claim_id))) continue;
        pair_rows::add_to_rows(rewritten, *p, keys_);
      }
      impl.check(it->status());
    }
  }
  auto rewrite = [&](std::string_view a, std::string_view b) {
    return !rewrites_.empty() && rewrites_.count({std::string(a), std::string(b)}) > 0;
  };
  for (const auto& [id, claim] : pending_) {
    const auto p = pair_rows::of_claim(*claim);
    pair_rows::add_to_rows(rewrite(p->a, p->b) ? rewritten : summed_, *p, keys_);
  }
  for (const auto& key : before)
    if (!rewritten.count(key)) batch.Delete(impl.cf(PairStatsCf), key);
  for (const auto& [key, stats] : rewritten) batch.Put(impl.cf(PairStatsCf), key, pair_rows::encode(stats));
  for (const auto& [key, stats] : summed_) batch.Merge(impl.cf(PairStatsCf), key, pair_rows::encode(stats));
  pending_.clear();
  summed_.clear();
  rewrites_.clear();
  removed_.clear();
}

// ---- Impl ----

void Store::Impl::expose_fresh_dyads() const {
  constexpr std::uint64_t kSortCopyBelow = 4u << 20;
  if (dyad_bytes_unswitched < kSortCopyBelow) return;
  rocksdb::FlushOptions background;
  background.wait = false;  // the switch is synchronous; the flush runs behind
  background.allow_write_stall = true;
  check(db->Flush(background, cfs[ByDyad]));
  dyad_bytes_unswitched = 0;
}

void PairRowStream::add(std::string_view key, std::string_view value, const std::unordered_set<std::string>* skip) {
  parse_dyad_key(key, fact_);
  if (fact_.a != a_ || fact_.b != b_) {
    if (!rows_.empty()) emit_(rows_);
    rows_.clear();
    a_.assign(fact_.a);
    b_.assign(fact_.b);
  }
  store_codec::decode_dyad_value(value, fact_);
  const auto p = pair_rows::of_dyad_fact(fact_);
  if (!p || (skip && skip->count(std::string(p->claim_id)))) return;
  pair_rows::add_to_rows(rows_, *p, keys_);
}

void PairRowStream::finish() {
  if (!rows_.empty()) emit_(rows_);
  rows_.clear();
}

void Store::Impl::derive_pair_rows(const PairRowStream::Emit& fn) const {
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 4u << 20;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(options, cfs[ByDyad]));
  PairRowStream stream(fn);
  for (it->SeekToFirst(); it->Valid(); it->Next()) stream.add(view(it->key()), view(it->value()));
  check(it->status());
  stream.finish();
}

void Store::Impl::rebuild_pair_stats() {
  require_writer();
  rocksdb::WriteBatch batch;
  // Every row the family holds goes first (a rebuild interrupted earlier left some).
  const std::string end(4, '\xff');
  check(db->DeleteRange(rocksdb::WriteOptions(), cfs[PairStatsCf], rocksdb::Slice(), end));
  derive_pair_rows([&](pair_rows::RowSet& rows) {
    for (const auto& [key, stats] : rows) batch.Put(cfs[PairStatsCf], key, pair_rows::encode(stats));
    if (batch.GetDataSize() >= kRebuildBatchBytes) {
      check(db->Write(rocksdb::WriteOptions(), &batch));
      batch.Clear();
    }
  });
  check(db->Write(rocksdb::WriteOptions(), &batch));
}

// ---- Store: reading ----

using pair_rows::LabelRange;

bool Store::Impl::scan_pair_rows(const PairStatsQuery& q, const RawRowVisitor& fn) const {
  const Impl& impl = *this;
  // An interrupted bulk load leaves aggregates that count claims not yet ingested; the
  // next writer rebuilds them. Until then, the dyad index answers.
  if (impl.get(Meta, kCountersStaleKey)) return false;
  rocksdb::ReadOptions options = scan_options();
  options.fill_cache = false;
  options.readahead_size = 2u << 20;
  std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(options, impl.cfs[PairStatsCf]));
  std::vector<LabelRange> ranges;
  if (q.rows != PairStatsQuery::Rows::Totals) {
    if (!q.since.empty() || !q.until.empty() || !q.outlets.empty())
      throw std::logic_error("for_each_pair_stats: class and cell rows cover the whole store only");
    if (!q.agencies.empty()) {
      // One agency's class rows (schema 9): several agencies' rows of a pair would come
      // apart, range after range, and a reader takes a pair's classes together.
      if (q.rows != PairStatsQuery::Rows::Classes || q.agencies.size() != 1)
        throw std::logic_error("for_each_pair_stats: one agency's class rows, no cells");
      ranges.push_back({pair_rows::kAgencyClass, q.agencies.front(), q.agencies.front()});
    } else {
      ranges.push_back({q.rows == PairStatsQuery::Rows::Classes ? pair_rows::kClass : pair_rows::kCells, "", ""});
    }
  } else if (!q.agencies.empty()) {
    if (!q.since.empty() || !q.until.empty() || !q.outlets.empty())
      throw std::logic_error("for_each_pair_stats: agency rows cover the whole store and every outlet");
    // A claim has one agency: several agencies' rows add up like several outlets'.
    for (const auto& agency : q.agencies) ranges.push_back({pair_rows::kAgency, agency, agency});
  } else if (!q.since.empty() || !q.until.empty()) {
    // Claims dated other than YYYY-MM-DD fall in no month or day; the string comparison
    // of the date filter may still keep them, so the rows cannot answer.
    const std::string odd = std::string(1, pair_rows::kOddDate) + kSep;
    it->Seek(odd);
    if (it->Valid() && it->key().starts_with(odd)) return false;
    impl.check(it->status());
    ranges = pair_rows::window_cover(q.since, q.until);
  } else if (!q.outlets.empty()) {
    for (const auto& outlet : q.outlets) ranges.push_back({pair_rows::kOutlet, outlet, outlet});
  } else {
    ranges.push_back({pair_rows::kTotals, "", ""});
  }
  pair_rows::ParsedKey key;
  const auto visit = [&](std::string_view k, std::string_view value) {
    if (!pair_rows::parse_key(k, key)) throw StoreError("database is corrupt: malformed pair aggregate key");
    fn(key, value);
  };
  const std::string& pairs_from = q.pairs_from;
  const std::string& pairs_to = q.pairs_to;
  // Pair ranges, by the order of pair keys "A \x1f B": keys "S \x1f A \x1f B" hold the
  // pair right after the section, so one key range is one pair range; keys
  // "S \x1f LABEL \x1f A \x1f B" hold it after the label, one range per label (a seek
  // rule jumps from label to label). Class rows "c \x1f A \x1f B \x1f CLASS" hold more
  // after the pair, so their key order is not their pair order at a split key such as
  // "A \x1f B \x01": a rule decides by the pair too (a pair's class rows stay together).
  const bool split = !pairs_from.empty() || !pairs_to.empty();
  // Class rows' keys: the pair starts at `class_pair_at` ("c \x1f", or "h \x1f agency \x1f"),
  // and `class_past` is past every one of them.
  std::size_t class_pair_at = 2;
  std::string class_past;
  const auto class_rule = [&](std::string_view k, std::string& target) {
    const std::size_t a_end = k.find(kSep, class_pair_at);
    const std::size_t b_end = a_end == std::string_view::npos ? a_end : k.find(kSep, a_end + 1);
    if (b_end == std::string_view::npos) return false;  // malformed: the visitor says so
    const std::string_view pair = k.substr(class_pair_at, b_end - class_pair_at);
    if (!pairs_from.empty() && pair < pairs_from) {
      target.assign(k.substr(0, b_end)).push_back('\x20');  // past this pair's classes
      return true;
    }
    if (!pairs_to.empty() && pair >= pairs_to) {
      target = class_past;
      return true;
    }
    return false;
  };
  for (const LabelRange& range : ranges) {
    std::string prefix = std::string(1, range.section) + kSep;
    if (range.section == pair_rows::kAgencyClass) prefix += range.from + kSep;
    if (range.section == pair_rows::kOutlet || range.section == pair_rows::kAgency) {
      // One outlet's (or agency's) rows (44,850 at most), read here: exactly one label (an
      // outlet's name may extend another's).
      const std::string within = prefix + range.from + kSep;
      const std::string end = pairs_to.empty() ? std::string() : within + pairs_to;
      for (it->Seek(within + pairs_from); it->Valid() && it->key().starts_with(within); it->Next()) {
        if (!end.empty() && view(it->key()) >= end) break;
        visit(view(it->key()), view(it->value()));
      }
      impl.check(it->status());
      continue;
    }
    // A run of labels (the whole store's class rows: 448k at 10M claims; a window's
    // units: ~440k rows for 11 months): RocksDB reads on a thread of its own while this
    // one decodes and aggregates. Keys of a label end "label \x1f A \x1f B", and \x1f
    // sorts below \x20: every key of the last label is below "label \x20".
    rocksdb::ReadOptions bounded = options;
    std::string start = prefix + range.from, end = range.to.empty() ? std::string() : prefix + range.to + '\x20';
    Impl::SeekRule seek;
    if (range.section == pair_rows::kTotals || range.section == pair_rows::kCells) {
      start = prefix + pairs_from;
      if (!pairs_to.empty()) end = prefix + pairs_to;
    } else if (range.section == pair_rows::kClass || range.section == pair_rows::kAgencyClass) {
      start = prefix + pairs_from;
      end = prefix.substr(0, prefix.size() - 1) + '\x20';
      class_pair_at = prefix.size();
      class_past = end;
      if (split) seek = class_rule;
    } else if (split) {
      // Within each label, from its first pair in range to its last.
      if (!range.from.empty()) start += kSep + pairs_from;
      seek = [&](std::string_view k, std::string& target) {
        const std::size_t label_end = k.find(kSep, 2);
        if (label_end == std::string_view::npos) return false;  // malformed: the visitor says so
        const std::string_view pair = k.substr(label_end + 1);
        if (!pairs_from.empty() && pair < pairs_from) {
          target.assign(k.substr(0, label_end + 1)).append(pairs_from);
          return true;
        }
        if (!pairs_to.empty() && pair >= pairs_to) {
          target.assign(k.substr(0, label_end)).push_back('\x20');  // the next label
          return true;
        }
        return false;
      };
    }
    const rocksdb::Slice end_slice(end);
    if (!end.empty()) bounded.iterate_upper_bound = &end_slice;
    impl.scan_in_background(PairStatsCf, bounded, start, prefix, visit, seek);
  }
  return true;
}

namespace {

// The first 8 bytes of `s` as a big-endian number (shorter: zero-padded), and back: a
// key's place between two others, for bisecting.
std::uint64_t key_number(std::string_view s) {
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < 8; ++i) n = n << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return n;
}
std::string number_key(std::uint64_t n) {
  std::string s(8, '\0');
  for (std::size_t i = 0; i < 8; ++i) s[i] = static_cast<char>(n >> (8 * (7 - i)) & 0xff);
  while (!s.empty() && s.back() == '\0') s.pop_back();
  return s;
}

}  // namespace

std::string Store::pair_split_key() const {
  // The whole-store rows "p \x1f A \x1f B" are one per pair, in pair order: the key whose
  // rows before it take half their bytes splits every section's pairs about in half.
  const std::string prefix = std::string(1, pair_rows::kTotals) + kSep;
  const std::string past = std::string(1, pair_rows::kTotals) + '\x20';
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(scan_options(), impl_->cfs[PairStatsCf]));
  it->Seek(prefix);
  if (!it->Valid() || !it->key().starts_with(prefix)) return impl_->check(it->status()), std::string();
  const std::string first(view(it->key()).substr(prefix.size()));
  it->SeekForPrev(past);
  if (!it->Valid() || !it->key().starts_with(prefix)) return impl_->check(it->status()), std::string();
  const std::string last(view(it->key()).substr(prefix.size()));
  const auto bytes_between = [&](const std::string& from, const std::string& to) {
    const rocksdb::Range range(from, to);
    rocksdb::SizeApproximationOptions what;
    what.include_memtables = true;
    what.include_files = true;
    std::uint64_t size = 0;
    // An estimate that fails only costs the split (the rows are then read on one thread).
    if (!impl_->db->GetApproximateSizes(what, impl_->cfs[PairStatsCf], &range, 1, &size).ok()) return std::uint64_t{0};
    return size;
  };
  const auto bytes_below = [&](std::string_view pair) { return bytes_between(prefix, prefix + std::string(pair)); };
  const std::uint64_t total = bytes_between(prefix, past);
  constexpr std::uint64_t kWorthSplitting = 1u << 20;  // below, one thread reads it as fast
  if (total < kWorthSplitting) return {};
  std::uint64_t low = key_number(first), high = key_number(last);
  while (high - low > 1) {
    const std::uint64_t middle = low + (high - low) / 2;
    (bytes_below(number_key(middle)) < total / 2 ? low : high) = middle;
  }
  return number_key(high);
}

namespace {

// The label a visitor sees: a per-outlet row's outlet, a class row's class, else empty.
std::string_view visible_label(const pair_rows::ParsedKey& key) {
  return key.section == pair_rows::kOutlet || key.section == pair_rows::kClass || key.section == pair_rows::kAgencyClass
             ? key.label
             : std::string_view();
}

}  // namespace

namespace {

// A window's class or matrix rows: the family holds those for the whole store only, so
// they are summed from the dyad index (Store::Impl::derive_window_rows).
bool derived(const PairStatsQuery& q) {
  if (q.rows == PairStatsQuery::Rows::Totals || (q.since.empty() && q.until.empty())) return false;
  if (!q.outlets.empty() || !q.agencies.empty())
    throw std::logic_error("for_each_pair_stats: class and cell rows take no outlets or agencies");
  return true;
}

}  // namespace

bool Store::for_each_pair_stats(const PairStatsQuery& q, const PairStatsVisitor& fn) const {
  if (derived(q)) {
    impl_->derive_window_rows(q, nullptr, &fn);
    return true;
  }
  PairStats stats;
  return impl_->scan_pair_rows(q, [&](const pair_rows::ParsedKey& key, std::string_view value) {
    pair_rows::decode_into(value, stats);
    fn(key.a, key.b, visible_label(key), stats);
  });
}

bool Store::for_each_pair_row(const PairStatsQuery& q, const PairRowVisitor& fn) const {
  if (q.rows == PairStatsQuery::Rows::Cells)
    throw std::logic_error("for_each_pair_row: the matrix's cell rows are read by for_each_pair_stats");
  if (derived(q)) {
    impl_->derive_window_rows(q, &fn, nullptr);
    return true;
  }
  PairRowView row;
  return impl_->scan_pair_rows(q, [&](const pair_rows::ParsedKey& key, std::string_view value) {
    if (q.days_only) pair_rows::decode_days_view(value, row);
    else pair_rows::decode_view(value, row, q.relations);
    fn(key.a, key.b, visible_label(key), row);
  });
}

}  // namespace irkg
