#include "export/rows.h"

#include <algorithm>
#include <future>

#include "export/out_buffer.h"

namespace irkg::exportfmt {

std::vector<EdgeRow> edge_rows(const SignedGraph& g) {
  std::vector<EdgeRow> rows;
  rows.reserve(g.edges().size());
  for (const auto& e : g.edges()) {
    const std::string rep_class = !e.representative->category.empty() ? e.representative->category
                                  : !e.representative->relation.empty() ? e.representative->relation
                                                                       : "OTHER";
    for (const auto& [cls, s] : e.by_category) {
      EdgeRow r;
      r.id = std::to_string(rows.size());
      r.id.insert(r.id.begin(), 'e');  // not "e" + ...: GCC 12 warns falsely (-Wrestrict) on that
      r.dyad = &e;
      r.relation_class = &cls;
      r.summary = &s;
      r.carries_evidence = cls == rep_class && !e.representative->evidence.text.empty();
      r.evidence = &e.representative.get();
      rows.push_back(std::move(r));
    }
  }
  return rows;
}

void write_rows_in_parallel(const std::vector<EdgeRow>& rows, OutBuffer& out,
                            const std::function<void(OutBuffer&, const EdgeRow&, std::size_t)>& format,
                            std::size_t chunk_rows) {
  // 4096 rows: ~8 MB of GEXF, ~2 MB of CSV in memory at a time.
  const std::size_t kChunk = std::max<std::size_t>(chunk_rows, 1);
  const auto format_range = [&](OutBuffer& into, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) format(into, rows[i], i);
  };
  // The helper's buffer goes back and forth, so its memory is faulted in once: a fresh
  // 8 MB buffer a round cost more system time than the GEXF's own writes.
  std::string spare;
  for (std::size_t begin = 0; begin < rows.size(); begin += 2 * kChunk) {
    const std::size_t middle = std::min(begin + kChunk, rows.size());
    const std::size_t end = std::min(begin + 2 * kChunk, rows.size());
    std::future<std::string> second;
    if (middle < end)
      second = std::async(std::launch::async, [&, middle, end, buffer = std::move(spare)]() mutable {
        OutBuffer chunk(std::move(buffer));
        format_range(chunk, middle, end);
        return chunk.take();
      });
    format_range(out, begin, middle);
    if (second.valid()) {
      spare = second.get();
      out.write_formatted(spare);
    }
  }
}

GraphEdgeRows::GraphEdgeRows(const SignedGraph& g, std::size_t chunk_rows)
    : rows_(edge_rows(g)), chunk_rows_(std::max<std::size_t>(chunk_rows, 1)) {}

bool GraphEdgeRows::next(RowChunk& chunk) {
  chunk.clear();
  const std::size_t end = std::min(at_ + chunk_rows_, rows_.size());
  chunk.rows.assign(rows_.begin() + static_cast<std::ptrdiff_t>(at_), rows_.begin() + static_cast<std::ptrdiff_t>(end));
  at_ = end;
  return !chunk.rows.empty();
}

void write_row_source(EdgeRowSource& source, OutBuffer& out,
                      const std::function<void(OutBuffer&, const EdgeRow&, std::size_t)>& format) {
  RowChunk chunks[2];
  std::string spare;  // the helper's buffer, reused from chunk to chunk (faulted in once)
  std::size_t base = 0;
  bool more = source.next(chunks[0]);
  for (std::size_t k = 0; more; ++k) {
    const RowChunk& current = chunks[k % 2];
    const std::size_t half = current.rows.size() / 2, size = current.rows.size();
    auto later = std::async(std::launch::async, [&, half, size, base, buffer = std::move(spare)]() mutable {
      OutBuffer text(std::move(buffer));
      for (std::size_t i = half; i < size; ++i) format(text, current.rows[i], base + i);
      return text.take();
    });
    try {
      more = source.next(chunks[(k + 1) % 2]);
      for (std::size_t i = 0; i < half; ++i) format(out, current.rows[i], base + i);
    } catch (...) {
      later.wait();
      throw;
    }
    spare = later.get();
    out.write_formatted(spare);
    base += size;
  }
}

std::string_view join_outlets(const OutletList& outlets) {
  // One buffer per formatting thread, sized once: 448,500 class rows of ~20 outlets each
  // grew a fresh string five or six times apiece (malloc was a tenth of a GEXF export).
  thread_local std::string out;
  out.clear();
  for (const auto& o : outlets) {
    if (!out.empty()) out += "; ";
    out += o;
  }
  return out;
}

void put_outlets_xml(OutBuffer& out, const OutletList& outlets) {
  bool any = false;  // as join_outlets: no separator until some text was written
  for (const auto& o : outlets) {
    if (any) out << "; ";
    out << xml(o);
    any = any || !o.empty();
  }
}

}  // namespace irkg::exportfmt
