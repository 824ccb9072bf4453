// GraphML for Gephi, networkx, igraph and graphology (see docs/EXPORT.md). Valid against
// the GraphML 1.1 XSD: every key is declared for node or edge with an XSD type, and
// Gephi's reserved names (label, weight, color) are used on purpose.
#include <ostream>

#include "export/exporters.h"
#include "export/out_buffer.h"
#include "export/rows.h"
#include "export/text_escape.h"

namespace irkg {

using namespace exportfmt;

namespace {

struct Key {
  const char* id;
  const char* domain;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"v_label", "node", "label", "string"},      {"v_type", "node", "type", "string"},
    {"v_country", "node", "country", "string"},  {"v_bloc", "node", "bloc", "int"},
    {"v_side", "node", "side", "int"},           {"v_centrality", "node", "centrality", "double"},
    {"v_claims", "node", "claims", "int"},       {"v_color", "node", "color", "string"},
    {"e_label", "edge", "label", "string"},      {"e_weight", "edge", "weight", "double"},
    {"e_sign", "edge", "sign", "int"},           {"e_color", "edge", "color", "string"},
    {"e_class", "edge", "relation_class", "string"}, {"e_claims", "edge", "claims", "int"},
    {"e_positive", "edge", "positive", "int"},   {"e_negative", "edge", "negative", "int"},
    {"e_neutral", "edge", "neutral", "int"},     {"e_net", "edge", "net", "double"},
    {"e_outlets", "edge", "outlets", "string"},  {"e_first", "edge", "first_date", "string"},
    {"e_last", "edge", "last_date", "string"},   {"e_top", "edge", "top_relation", "string"},
    {"e_dyad_sign", "edge", "dyad_sign", "int"}, {"e_dyad_net", "edge", "dyad_net", "double"},
    {"e_evidence", "edge", "evidence", "string"}, {"e_ev_outlet", "edge", "evidence_outlet", "string"},
    {"e_ev_agency", "edge", "evidence_agency", "string"},
    {"e_ev_date", "edge", "evidence_date", "string"},
};

void data(OutBuffer& out, const char* key, std::string_view value) {
  out << "<data key=\"" << key << "\">" << xml(value) << "</data>";
}

}  // namespace

void write_graphml(const SignedGraph& g, std::ostream& stream) {
  GraphEdgeRows rows(g);
  write_graphml(g, rows, stream);
}

void write_graphml(const SignedGraph& g, EdgeRowSource& rows, std::ostream& stream) {
  OutBuffer out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const auto& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  // Undirected: an edge aggregates claims made in both directions of a dyad.
  out << "  <graph id=\"irkg\" edgedefault=\"undirected\">\n";
  for (const auto& n : g.nodes()) {
    out << "    <node id=\"" << xml(n.id) << "\">";
    data(out, "v_label", n.label);
    data(out, "v_type", n.type);
    data(out, "v_country", n.country);
    data(out, "v_bloc", std::to_string(n.bloc));
    data(out, "v_side", std::to_string(n.side));
    data(out, "v_centrality", number(n.betweenness));
    data(out, "v_claims", std::to_string(n.claims));
    data(out, "v_color", bloc_colour(n.bloc));
    out << "</node>\n";
  }
  write_row_source(rows, out, [](OutBuffer& out, const EdgeRow& r, std::size_t) {
    const auto& s = *r.summary;
    out << "    <edge id=\"" << r.id << "\" source=\"" << xml(r.dyad->a) << "\" target=\""
        << xml(r.dyad->b) << "\">";
    data(out, "e_label", *r.relation_class);
    data(out, "e_weight", number(s.strength()));
    data(out, "e_sign", std::to_string(s.sign));
    data(out, "e_color", sign_colour(s.sign));
    data(out, "e_class", *r.relation_class);
    data(out, "e_claims", std::to_string(s.claims()));
    data(out, "e_positive", std::to_string(s.positive));
    data(out, "e_negative", std::to_string(s.negative));
    data(out, "e_neutral", std::to_string(s.neutral));
    data(out, "e_net", number(s.net));
    out << "<data key=\"e_outlets\">";
    put_outlets_xml(out, s.outlets);
    out << "</data>";
    data(out, "e_first", s.first_date);
    data(out, "e_last", s.last_date);
    data(out, "e_top", s.top_relation);
    data(out, "e_dyad_sign", std::to_string(r.dyad->sign));
    data(out, "e_dyad_net", number(r.dyad->net));
    if (r.carries_evidence) {
      const Claim& c = *r.evidence;
      data(out, "e_evidence", c.evidence.text);
      data(out, "e_ev_outlet", c.outlet);
      if (!c.agency.empty()) data(out, "e_ev_agency", c.agency);
      data(out, "e_ev_date", c.date);
    }
    out << "</edge>\n";
  });
  out << "  </graph>\n</graphml>\n";
}

}  // namespace irkg
