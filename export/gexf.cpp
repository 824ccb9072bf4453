// GEXF 1.3 for Gephi's timeline (see docs/EXPORT.md). Valid against the 1.3 RelaxNG
// schema: no xsi:schemaLocation, one <attributes> block per class (graphology keeps only
// the last), viz:color as r/g/b (networkx's 1.3 reader fails on the hex form).
#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <ostream>

#include "export/exporters.h"
#include "export/out_buffer.h"
#include "export/rows.h"
#include "export/text_escape.h"

namespace irkg {

using namespace exportfmt;

namespace {

void attvalue(OutBuffer& out, const char* id, std::string_view value) {
  out << "<attvalue for=\"" << id << "\" value=\"" << xml(value) << "\"/>";
}

// A spell bound as YYYY-MM-DD: its text, or nullptr for a year outside 0000-9999. A
// 10M-claim GEXF has ~18M of them from a few hundred distinct days, and converting each
// day number to a date was a tenth of the export: the text of recent days is kept per
// thread (the edges are written on two).
const char* day_text(std::int32_t day) {
  struct Slot {
    std::int32_t day = INT32_MIN;
    std::array<char, 10> text{};
  };
  thread_local std::array<Slot, 1024> recent;
  Slot& slot = recent[static_cast<std::uint32_t>(day) % recent.size()];
  if (slot.day != day) {
    const std::string text = format_day(day);
    if (text.size() != slot.text.size()) return nullptr;
    std::copy(text.begin(), text.end(), slot.text.begin());
    slot.day = day;
  }
  return slot.text.data();
}

void spells(OutBuffer& out, const std::vector<DateSpell>& list) {
  if (list.empty()) return;  // undated: present for the whole timeline
  out << "<spells>";
  // A spell of two ten-character dates is one fixed 44-byte text: filled in place and
  // appended once (appending its five pieces was most of the spells' cost).
  static constexpr std::string_view kShape = "<spell start=\"YYYY-MM-DD\" end=\"YYYY-MM-DD\"/>";
  static constexpr std::size_t kStart = 14, kEnd = 31;
  for (const auto& s : list) {
    const char* first = day_text(s.first_day);
    const char* last = day_text(s.last_day);
    if (first && last) {
      std::array<char, kShape.size()> text;
      std::copy(kShape.begin(), kShape.end(), text.begin());
      std::copy(first, first + 10, text.begin() + kStart);
      std::copy(last, last + 10, text.begin() + kEnd);
      out << std::string_view(text.data(), text.size());
    } else {  // a year outside 0000-9999: its own length
      out << "<spell start=\"" << format_day(s.first_day) << "\" end=\"" << format_day(s.last_day) << "\"/>";
    }
  }
  out << "</spells>";
}

void colour(OutBuffer& out, const std::string& hex) {
  const Rgb c = rgb_of(hex);
  out << "<viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b << "\"/>";
}

// An edge's viz:color, made once per sign (parsing the hex per edge cost 2% of an export).
std::string_view edge_colour(int sign) {
  static const auto text = [](int of) {
    OutBuffer made;
    colour(made, sign_colour(of));
    return made.take();
  };
  static const std::string kColours[3] = {text(-1), text(0), text(1)};
  return kColours[sign < 0 ? 0 : sign == 0 ? 1 : 2];
}

// `kind` is an xsd:token: no leading, trailing or doubled spaces.
std::string token(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "OTHER" : out;
}

}  // namespace

void write_gexf(const SignedGraph& g, std::ostream& stream) {
  GraphEdgeRows rows(g);
  write_gexf(g, rows, stream);
}

void write_gexf(const SignedGraph& g, EdgeRowSource& rows, std::ostream& stream) {
  write_gexf(g, rows, nullptr, stream);
}

void write_gexf(const SignedGraph& g, EdgeRowSource& rows, const std::vector<std::vector<DateSpell>>* node_spells,
                std::ostream& stream) {
  OutBuffer out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta><creator>irkg</creator><description>Signed alliance/rivalry graph of international-relations "
         "claims</description></meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\" timerepresentation=\"interval\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
         "      <attribute id=\"bloc\" title=\"bloc\" type=\"integer\"/>\n"
         "      <attribute id=\"side\" title=\"side\" type=\"integer\"/>\n"
         "      <attribute id=\"centrality\" title=\"centrality\" type=\"double\"/>\n"
         "      <attribute id=\"claims\" title=\"claims\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n"
         "      <attribute id=\"relation_class\" title=\"relation_class\" type=\"string\"/>\n"
         "      <attribute id=\"claims\" title=\"claims\" type=\"integer\"/>\n"
         "      <attribute id=\"positive\" title=\"positive\" type=\"integer\"/>\n"
         "      <attribute id=\"negative\" title=\"negative\" type=\"integer\"/>\n"
         "      <attribute id=\"neutral\" title=\"neutral\" type=\"integer\"/>\n"
         "      <attribute id=\"net\" title=\"net\" type=\"double\"/>\n"
         "      <attribute id=\"outlets\" title=\"outlets\" type=\"string\"/>\n"
         "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
         "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
         "      <attribute id=\"top_relation\" title=\"top_relation\" type=\"string\"/>\n"
         "      <attribute id=\"dyad_sign\" title=\"dyad_sign\" type=\"integer\"/>\n"
         "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
         "      <attribute id=\"evidence_agency\" title=\"evidence_agency\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (std::size_t v = 0; v < g.nodes().size(); ++v) {
    const NodeSummary& n = g.nodes()[v];
    out << "      <node id=\"" << xml(n.id) << "\" label=\"" << xml(n.label) << "\"><attvalues>";
    attvalue(out, "type", n.type);
    attvalue(out, "country", n.country);
    attvalue(out, "bloc", std::to_string(n.bloc));
    attvalue(out, "side", std::to_string(n.side));
    attvalue(out, "centrality", number(n.betweenness));
    attvalue(out, "claims", std::to_string(n.claims));
    out << "</attvalues>";
    spells(out, node_spells && v < node_spells->size() ? (*node_spells)[v] : n.spells);
    colour(out, bloc_colour(n.bloc));
    out << "</node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  write_row_source(rows, out, [](OutBuffer& out, const EdgeRow& r, std::size_t) {
    const auto& s = *r.summary;
    out << "      <edge id=\"" << r.id << "\" source=\"" << xml(r.dyad->a) << "\" target=\""
        << xml(r.dyad->b) << "\" kind=\"" << xml(token(*r.relation_class)) << "\" label=\""
        << xml(*r.relation_class) << "\" weight=\"" << number(s.strength()) << "\"><attvalues>";
    attvalue(out, "sign", std::to_string(s.sign));
    attvalue(out, "relation_class", *r.relation_class);
    attvalue(out, "claims", std::to_string(s.claims()));
    attvalue(out, "positive", std::to_string(s.positive));
    attvalue(out, "negative", std::to_string(s.negative));
    attvalue(out, "neutral", std::to_string(s.neutral));
    attvalue(out, "net", number(s.net));
    out << "<attvalue for=\"outlets\" value=\"";
    put_outlets_xml(out, s.outlets);
    out << "\"/>";
    attvalue(out, "first_date", s.first_date);
    attvalue(out, "last_date", s.last_date);
    attvalue(out, "top_relation", s.top_relation);
    attvalue(out, "dyad_sign", std::to_string(r.dyad->sign));
    if (r.carries_evidence) {
      attvalue(out, "evidence", r.evidence->evidence.text);
      // The wire agency of the evidence sentence's story, when it is syndicated.
      if (!r.evidence->agency.empty()) attvalue(out, "evidence_agency", r.evidence->agency);
    }
    out << "</attvalues>";
    spells(out, s.spells);
    out << edge_colour(s.sign);
    out << "</edge>\n";
  });
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace irkg
