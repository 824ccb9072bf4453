// Writers: escaping, control characters, determinism, Gephi conventions, atomic writes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "export/exporters.h"
#include "export/out_buffer.h"
#include "export/rows.h"
#include "export/text_escape.h"

namespace irkg {
namespace {

Claim make(const std::string& s, const std::string& s_name, const std::string& o, const std::string& o_name,
           int polarity, const std::string& category, const std::string& text, const std::string& outlet,
           const std::string& date) {
  Claim c;
  c.subject = Actor{s, s_name, s, "state"};
  c.object = Actor{o, o_name, o, "state"};
  c.polarity = polarity;
  c.weight = polarity * 5.0;
  c.category = category;
  c.relation = polarity < 0 ? "condemn" : "cooperate";
  c.evidence.text = text;
  c.outlet = outlet;
  c.date = date;
  c.id = s + o + category + date;
  return c;
}

SignedGraph sample_graph() {
  std::vector<Claim> claims{
      make("TUR", "Türkiye", "CIV", "Côte d’Ivoire", 1, "COOPERATE",
           "Türkiye & Côte d’Ivoire signed <five> accords\x0b today.", "R&D <Times>", "2024-05-01"),
      make("TUR", "Türkiye", "CIV", "Côte d’Ivoire", -1, "DISAPPROVE", "Türkiye criticised the port deal.",
           "Le Monde", "2024-05-03"),
      make("TUR", "Türkiye", "CIV", "Côte d’Ivoire", 1, "COOPERATE", "They met again.", "Le Monde", "2024-05-02"),
      make("USA", "United States", "CHN", "China", -1, "DISAPPROVE", "Washington condemned the \"deal\", a first.", "wire",
           "2024-04-01")};
  claims[0].weight = 8.0;  // the strongest claim: the pair's evidence sentence
  SignedGraph g;
  const GraphFilter f;
  for (const auto& c : claims) g.add_claim(c, f);
  g.finish(f);
  return g;
}

std::string render(void (*writer)(const SignedGraph&, std::ostream&)) {
  std::ostringstream out;
  writer(sample_graph(), out);
  return out.str();
}

TEST(TextEscape, XmlCleanStripsIllegalCharactersAndRepairsUtf8) {
  EXPECT_EQ(exportfmt::xml_clean("a\x0b" "b\x01" "c\td"), "abc\td");
  EXPECT_EQ(exportfmt::xml_clean("caf\xc3\xa9"), "caf\xc3\xa9");
  EXPECT_EQ(exportfmt::xml_clean("bad\xff"), "bad\xef\xbf\xbd");
  EXPECT_EQ(exportfmt::xml_clean("\xef\xbf\xbe"), "");       // U+FFFE is not XML
  EXPECT_EQ(exportfmt::xml_clean("\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd");  // overlong '/'
  EXPECT_EQ(exportfmt::xml_escape("R&D <x> \"q\" 'a'"), "R&amp;D &lt;x&gt; &quot;q&quot; &apos;a&apos;");
}

TEST(TextEscape, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(exportfmt::csv_field("plain"), "plain");
  EXPECT_EQ(exportfmt::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
  EXPECT_EQ(exportfmt::number(2.50), "2.5");
  EXPECT_EQ(exportfmt::number(-0.0), "0");
  EXPECT_EQ(exportfmt::number(3.0), "3");
}

// The fast checks (byte tables, sixteen bytes at a time) must find a character needing
// work wherever it sits: before, inside and after each 16-byte block.
TEST(TextEscape, EscapesACharacterAtAnyPosition) {
  for (const std::string special : {"&", "<", ">", "\"", "'", "\n", "\x01", "\x7f", "\xc3\xa9", "\xff", ",", "\\"}) {
    for (std::size_t at = 0; at <= 40; ++at) {
      const std::string text = std::string(at, 'a') + special + std::string(40 - at, 'b');
      // The expected forms, built character by character from the slow paths' rules.
      std::string xml = std::string(at, 'a'), json = std::string(1, '"').append(at, 'a');
      const std::string clean = exportfmt::xml_clean(special);
      for (char c : clean) {
        switch (c) {
          case '&': xml += "&amp;"; break;
          case '<': xml += "&lt;"; break;
          case '>': xml += "&gt;"; break;
          case '"': xml += "&quot;"; break;
          case '\'': xml += "&apos;"; break;
          case '\n': xml += "&#10;"; break;
          default: xml += c;
        }
        json += c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : std::string(1, c);
      }
      xml += std::string(40 - at, 'b');
      json += std::string(40 - at, 'b') + "\"";
      EXPECT_EQ(exportfmt::xml_escape(text), xml) << "at " << at;
      EXPECT_EQ(exportfmt::json_string(text), json) << "at " << at;
      std::string csv_clean;
      for (char c : clean) csv_clean += c == '"' ? std::string("\"\"") : std::string(1, c);
      const std::string plain_csv = std::string(at, 'a') + csv_clean + std::string(40 - at, 'b');
      const bool quoted = clean.find_first_of(",\"\n") != std::string::npos;
      EXPECT_EQ(exportfmt::csv_field(text), quoted ? std::string(1, '"').append(plain_csv).append(1, '"') : plain_csv) << "at " << at;
    }
  }
}

// Outlet lists are escaped name by name straight into the output: the same bytes as the
// joined list escaped whole, empty names and names needing escapes included.
TEST(TextEscape, OutletsEscapedNameByNameAsTheJoinedList) {
  for (const OutletList& outlets : {OutletList{}, OutletList{"a&b", "plain"}, OutletList{"", "x", "", "y<"},
                                    OutletList{"caf\xc3", "\xa9", "ok"}}) {
    const std::string joined = exportfmt::xml_escape(exportfmt::join_outlets(outlets));
    exportfmt::OutBuffer out;
    exportfmt::put_outlets_xml(out, outlets);
    EXPECT_EQ(out.take(), joined);
  }
}

// Issue 19 item 8: cells a spreadsheet would run as formulas are neutralised (OWASP).
TEST(TextEscape, CsvNeutralisesFormulaCells) {
  EXPECT_EQ(exportfmt::csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(exportfmt::csv_field("+1+cmd|' /C calc'!A0"), "\"'+1+cmd|' /C calc'!A0\"");
  EXPECT_EQ(exportfmt::csv_field("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(exportfmt::csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(exportfmt::csv_field("\t=1"), "\"'\t=1\"");
  EXPECT_EQ(exportfmt::csv_field("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(exportfmt::csv_field("a=b"), "a=b");  // only the first character matters
  EXPECT_EQ(exportfmt::csv_field(""), "");
}

TEST(GraphML, DeclaresEveryKeyAndEscapesText) {
  const std::string x = render(write_graphml);
  EXPECT_NE(x.find("edgedefault=\"undirected\""), std::string::npos);
  EXPECT_EQ(x.find("for=\"all\""), std::string::npos);
  EXPECT_NE(x.find("attr.name=\"weight\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(x.find("attr.name=\"sign\" attr.type=\"int\""), std::string::npos);
  EXPECT_NE(x.find("Türkiye &amp; Côte d’Ivoire signed &lt;five&gt; accords today."), std::string::npos);
  EXPECT_NE(x.find("R&amp;D &lt;Times&gt;"), std::string::npos);
  EXPECT_EQ(x.find('\x0b'), std::string::npos);
  // Every <data key> names a declared key.
  for (std::size_t at = x.find("<data key=\""); at != std::string::npos; at = x.find("<data key=\"", at + 1)) {
    const std::string key = x.substr(at + 11, x.find('"', at + 11) - at - 11);
    EXPECT_NE(x.find("<key id=\"" + key + "\""), std::string::npos) << key;
  }
}

TEST(GraphML, OneEdgePerPairAndRelationClassWithPositiveWeight) {
  const std::string x = render(write_graphml);
  std::size_t edges = 0;
  for (std::size_t at = x.find("<edge "); at != std::string::npos; at = x.find("<edge ", at + 1)) ++edges;
  EXPECT_EQ(edges, 3u);  // CIV-TUR COOPERATE, CIV-TUR DISAPPROVE, CHN-USA DISAPPROVE
  EXPECT_EQ(x.find("key=\"e_weight\">-"), std::string::npos);
  EXPECT_NE(x.find("<data key=\"e_sign\">-1</data><data key=\"e_color\">#D62728</data>"), std::string::npos);
}

TEST(Exporters, EveryFormatIsByteIdenticalAcrossRuns) {
  EXPECT_EQ(render(write_graphml), render(write_graphml));
  EXPECT_EQ(render(write_gexf), render(write_gexf));
  EXPECT_EQ(render(write_csv_edges), render(write_csv_edges));
  EXPECT_EQ(render(write_csv_nodes), render(write_csv_nodes));
  EXPECT_EQ(render(write_json), render(write_json));
}

TEST(Gexf, DynamicWithSpellsKindsAndColours) {
  const std::string x = render(write_gexf);
  EXPECT_NE(x.find("mode=\"dynamic\""), std::string::npos);
  EXPECT_EQ(x.find("schemaLocation"), std::string::npos);
  EXPECT_NE(x.find("kind=\"COOPERATE\""), std::string::npos);
  EXPECT_NE(x.find("<spell start=\"2024-05-01\" end=\"2024-05-03\"/>"), std::string::npos);  // node CIV
  EXPECT_NE(x.find("<viz:color r=\"214\" g=\"39\" b=\"40\"/>"), std::string::npos);
  EXPECT_EQ(x.find('\x0b'), std::string::npos);
}

TEST(Csv, GephiHeadersAndQuoting) {
  const std::string edges = render(write_csv_edges);
  EXPECT_EQ(edges.rfind("Source,Target,Type,Id,Label,Weight,sign,", 0), 0u);
  EXPECT_NE(edges.find("\"Washington condemned the \"\"deal\"\", a first.\""), std::string::npos);
  const std::string nodes = render(write_csv_nodes);
  EXPECT_EQ(nodes.rfind("Id,Label,", 0), 0u);
  EXPECT_NE(nodes.find("CIV,Côte d’Ivoire,state"), std::string::npos);
}

TEST(Json, NodeLinkKeepsTextAndCounts) {
  const auto j = nlohmann::json::parse(render(write_json));
  EXPECT_EQ(j["nodes"].size(), 4u);
  EXPECT_EQ(j["links"].size(), 3u);
  bool found = false;
  for (const auto& l : j["links"])
    if (l["key"] == "COOPERATE") {
      found = true;
      EXPECT_EQ(l["positive"], 2);
      EXPECT_EQ(l["sign"], 1);
      EXPECT_GT(l["weight"].get<double>(), 0.0);
    }
  EXPECT_TRUE(found);
}

TEST(ExportGraph, CsvWritesTwoFilesAtomicallyAndRejectsUnknownFormats) {
  const auto dir = std::filesystem::temp_directory_path() / ("irkg-export-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  const auto g = sample_graph();
  export_graph(g, "csv", (dir / "g.csv").string());
  EXPECT_TRUE(std::filesystem::exists(dir / "g.csv"));
  EXPECT_TRUE(std::filesystem::exists(dir / "g-nodes.csv"));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 2);
  EXPECT_THROW(export_graph(g, "pdf", (dir / "g.pdf").string()), std::runtime_error);
  EXPECT_THROW(export_graph(g, "graphml", (dir / "missing" / "g.graphml").string()), std::runtime_error);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace irkg
