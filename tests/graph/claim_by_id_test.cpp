// SignedGraph::add_claim_by_id: a graph that keeps its edges' strongest claims by id (and
// reads them back through FactLookups::claims) is the graph add_claim builds with the
// whole claims: the same edges, representatives and evidence, and vertices described from
// the claims (not from an actor lookup), whether the evidence is read in finish() or
// later for the edges shown (lazy, as rankings do).
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "claim_builder.h"
#include "graph/signed_graph.h"

namespace irkg {
namespace {

std::vector<Claim> claims() {
  return test::varied_claims(150, 3, [](int i, Claim& c, bool first) {
    c.evidence.text.append(" #").append(std::to_string(i));
    if (first) c.subject.name = std::string("The ").append(c.subject.id);  // the first describes its vertex
  });
}

std::string render(const SignedGraph& g) {
  std::ostringstream out;
  for (const auto& n : g.nodes()) out << n.id << ' ' << n.label << ' ' << n.type << ' ' << n.country << ' ' << n.claims << '\n';
  for (const auto& e : g.edges()) {
    out << e.a << '-' << e.b << ' ' << e.positive << '/' << e.negative << '/' << e.neutral << ' ' << e.net << ' ' << e.sign
        << ' ' << e.representative_id << ' ' << e.representative->id << ' ' << e.representative->evidence.text << ' '
        << e.representative->outlet << ' ' << e.representative->date << '\n';
    for (const auto& [cls, s] : e.by_category) out << "  " << cls << ' ' << s.claims() << ' ' << s.net << '\n';
  }
  return out.str();
}

// The evidence reader a store would be, over the claims above; counts what it was asked.
struct Records {
  std::map<std::string, Claim> by_id;
  std::size_t asked = 0;
  FactLookups lookups(bool lazy) {
    FactLookups l;
    l.claims = [this](const std::vector<std::string>& ids) {
      std::vector<std::optional<Claim>> out;
      for (const auto& id : ids) {
        ++asked;
        out.emplace_back(by_id.at(id));
      }
      return out;
    };
    l.lazy_representatives = lazy;
    return l;
  }
};

// The graph of whole claims and the one of claims by id, whose records are read back
// through `records` (at once, or lazily for the edges shown).
void build_both(const GraphFilter& f, bool lazy, SignedGraph& whole, SignedGraph& by_id, Records& records) {
  for (const auto& c : claims()) whole.add_claim(c, f);
  whole.finish(f);
  for (const auto& c : claims()) records.by_id[c.id] = c;
  for (const auto& c : claims()) by_id.add_claim_by_id(c, f);
  by_id.finish(f, records.lookups(lazy));
}

TEST(ClaimById, TheSameGraphAsWholeClaims) {
  for (const bool details : {true, false}) {
    GraphFilter f;
    f.details = details;
    SignedGraph whole, by_id;
    Records records;
    build_both(f, false, whole, by_id, records);
    EXPECT_GT(records.asked, 10u);  // the evidence was read back, not kept
    EXPECT_EQ(render(by_id), render(whole)) << "details " << details;
    EXPECT_NE(render(whole).find("USA The USA"), std::string::npos);  // the claim's description, not a lookup's
  }
}

TEST(ClaimById, LazyEvidenceIsReadForTheEdgesShown) {
  GraphFilter f;
  f.details = false;
  SignedGraph whole, by_id;
  Records records;
  build_both(f, true, whole, by_id, records);
  EXPECT_EQ(records.asked, 0u);
  std::vector<const EdgeSummary*> shown;
  for (const auto& e : by_id.edges()) shown.push_back(&e);
  by_id.ensure_representatives(shown);
  EXPECT_EQ(records.asked, by_id.edges().size());
  EXPECT_EQ(render(by_id), render(whole));
}

}  // namespace
}  // namespace irkg
