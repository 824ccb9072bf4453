// Gephi's spreadsheet import tables (CSV) and node-link JSON for scripts and web viewers.
#include <ostream>

#include "export/exporters.h"
#include "export/out_buffer.h"
#include "export/rows.h"
#include "export/text_escape.h"

namespace irkg {

using namespace exportfmt;

void write_csv_nodes(const SignedGraph& g, std::ostream& stream) {
  OutBuffer out(stream);
  out << "Id,Label,type,country,bloc,side,centrality,claims,color\n";
  for (const auto& n : g.nodes())
    out << csv_field(n.id) << ',' << csv_field(n.label) << ',' << csv_field(n.type) << ',' << csv_field(n.country)
        << ',' << n.bloc << ',' << n.side << ',' << number(n.betweenness) << ',' << n.claims << ','
        << bloc_colour(n.bloc) << '\n';
}

void write_csv_edges(const SignedGraph& g, std::ostream& stream) {
  GraphEdgeRows rows(g);
  write_csv_edges(rows, stream);
}

void write_csv_edges(EdgeRowSource& rows, std::ostream& stream) {
  OutBuffer out(stream);
  out << "Source,Target,Type,Id,Label,Weight,sign,relation_class,claims,positive,negative,neutral,net,outlets,"
         "first_date,last_date,top_relation,dyad_sign,color,evidence,evidence_agency\n";
  write_row_source(rows, out, [](OutBuffer& out, const EdgeRow& r, std::size_t) {
    const auto& s = *r.summary;
    out << csv(r.dyad->a) << ',' << csv(r.dyad->b) << ",Undirected," << r.id << ',' << csv(*r.relation_class) << ','
        << number(s.strength()) << ',' << s.sign << ',' << csv(*r.relation_class) << ',' << s.claims() << ','
        << s.positive << ',' << s.negative << ',' << s.neutral << ',' << number(s.net) << ','
        << csv(join_outlets(s.outlets)) << ',' << csv(s.first_date) << ',' << csv(s.last_date) << ','
        << csv(s.top_relation) << ',' << r.dyad->sign << ',' << sign_colour(s.sign) << ','
        << csv(r.carries_evidence ? std::string_view(r.evidence->evidence.text) : std::string_view()) << ','
        << csv(r.carries_evidence ? std::string_view(r.evidence->agency) : std::string_view()) << '\n';
  });
}

// Streamed by hand rather than through a JSON DOM: a 100k-edge graph would otherwise
// allocate millions of small objects (see bench/export_bench.cpp).
void write_json(const SignedGraph& g, std::ostream& stream) {
  GraphEdgeRows rows(g);
  write_json(g, rows, stream);
}

void write_json(const SignedGraph& g, EdgeRowSource& rows, std::ostream& stream) {
  OutBuffer out(stream);
  const auto str = [](const std::string& v) { return json_string(v); };
  const auto& b = g.balance();
  out << "{\n \"directed\": false,\n \"multigraph\": true,\n \"graph\": {\"name\": \"irkg\", \"blocs\": "
      << b.blocs.size() << ", \"strongly_balanced\": " << (b.strongly_balanced ? "true" : "false")
      << ", \"balance_ratio\": " << number(b.balance_ratio()) << "},\n \"nodes\": [";
  bool first = true;
  for (const auto& n : g.nodes()) {
    out << (first ? "\n  " : ",\n  ") << "{\"id\": " << str(n.id) << ", \"label\": " << str(n.label)
        << ", \"type\": " << str(n.type) << ", \"country\": " << str(n.country) << ", \"bloc\": " << n.bloc
        << ", \"side\": " << n.side << ", \"centrality\": " << number(n.betweenness) << ", \"claims\": " << n.claims
        << ", \"color\": \"" << bloc_colour(n.bloc) << "\"}";
    first = false;
  }
  out << "\n ],\n \"links\": [";
  write_row_source(rows, out, [](OutBuffer& out, const EdgeRow& r, std::size_t index) {
    const auto& s = *r.summary;
    out << (index == 0 ? "\n  " : ",\n  ") << "{\"source\": " << json(r.dyad->a) << ", \"target\": " << json(r.dyad->b)
        << ", \"key\": " << json(*r.relation_class) << ", \"id\": \"" << r.id << "\", \"weight\": "
        << number(s.strength()) << ", \"sign\": " << s.sign << ", \"relation_class\": " << json(*r.relation_class)
        << ", \"claims\": " << s.claims() << ", \"positive\": " << s.positive << ", \"negative\": " << s.negative
        << ", \"neutral\": " << s.neutral << ", \"net\": " << number(s.net) << ", \"outlets\": [";
    bool first_outlet = true;
    for (const auto& o : s.outlets) {
      out << (first_outlet ? "" : ", ") << json(o);
      first_outlet = false;
    }
    out << "], \"first_date\": " << json(s.first_date) << ", \"last_date\": " << json(s.last_date)
        << ", \"top_relation\": " << json(s.top_relation) << ", \"dyad_sign\": " << r.dyad->sign
        << ", \"color\": \"" << sign_colour(s.sign) << "\"";
    if (r.carries_evidence) {
      const Claim& c = *r.evidence;
      out << ", \"evidence\": {\"text\": " << json(c.evidence.text) << ", \"outlet\": " << json(c.outlet)
          << ", \"agency\": " << json(c.agency)
          << ", \"date\": " << json(c.date) << ", \"url\": " << json(c.url) << "}";
    }
    out << "}";
  });
  out << "\n ]\n}\n";
}

}  // namespace irkg
