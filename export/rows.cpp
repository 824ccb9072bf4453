#include "export/rows.h"

namespace irkg::exportfmt {

std::vector<EdgeRow> edge_rows(const SignedGraph& g) {
  std::vector<EdgeRow> rows;
  rows.reserve(g.edges().size());
  for (const auto& e : g.edges()) {
    const std::string rep_class = !e.representative.category.empty() ? e.representative.category
                                  : !e.representative.relation.empty() ? e.representative.relation
                                                                       : "OTHER";
    for (const auto& [cls, s] : e.by_category) {
      EdgeRow r;
      r.id = std::to_string(rows.size());
      r.id.insert(r.id.begin(), 'e');  // not "e" + ...: GCC 12 warns falsely (-Wrestrict) on that
      r.dyad = &e;
      r.relation_class = &cls;
      r.summary = &s;
      r.carries_evidence = cls == rep_class && !e.representative.evidence.text.empty();
      rows.push_back(std::move(r));
    }
  }
  return rows;
}

std::string join_outlets(const OutletList& outlets) {
  std::string out;
  for (const auto& o : outlets) {
    if (!out.empty()) out += "; ";
    out += o;
  }
  return out;
}

}  // namespace irkg::exportfmt
