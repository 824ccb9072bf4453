// The whole flow on the bundled samples: extract, ingest (twice), query, export.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/claim.h"
#include "run_command.h"

namespace irkg::test {
namespace {

std::vector<Claim> parse_claims(const std::string& out) {
  std::vector<Claim> claims;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) claims.push_back(claim_from_json_line(line));
  return claims;
}

std::string pair_key(const std::string& a, const std::string& b, int polarity) {
  return (a < b ? a + "-" + b : b + "-" + a) + (polarity > 0 ? "+" : "-");
}

TEST(EndToEnd, ExtractOnSamplesGivesWellFormedClaimsForEveryDocument) {
  const auto r = run_irkg("extract " + shell_quote(source_path("samples")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto claims = parse_claims(r.out);
  ASSERT_FALSE(claims.empty());
  std::set<std::string> docs, ids;
  for (const auto& c : claims) {
    docs.insert(c.doc);
    EXPECT_TRUE(ids.insert(c.id).second) << "duplicate claim id " << c.id;
    EXPECT_EQ(c.id, compute_claim_id(c));
    EXPECT_FALSE(c.subject.country.empty());
    EXPECT_FALSE(c.object.country.empty());
    EXPECT_NE(c.subject.country, c.object.country);
    EXPECT_TRUE(c.polarity >= -1 && c.polarity <= 1);
    EXPECT_FALSE(c.evidence.text.empty());
    // Body evidence spans its sentence; a headline's has no body offsets (0, 0).
    if (c.evidence.start != 0 || c.evidence.end != 0) {
      EXPECT_LT(c.evidence.start, c.evidence.end);
    }
  }
  // Every sample document yields at least one claim.
  std::ifstream expected(source_path("samples/expected.json"));
  ASSERT_TRUE(expected.good());
  const auto gold = nlohmann::json::parse(expected);
  for (const auto& [name, doc] : gold.at("docs").items()) {
    bool found = false;
    for (const auto& d : docs) found |= d.size() >= name.size() && d.compare(d.size() - name.size(), name.size(), name) == 0;
    EXPECT_TRUE(found) << "no claims from " << name;
  }
}

TEST(EndToEnd, NoClaimComesFromPageFurniture) {
  const auto r = run_irkg("extract " + shell_quote(source_path("samples")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream expected(source_path("samples/expected.json"));
  const auto gold = nlohmann::json::parse(expected);
  for (const auto& c : parse_claims(r.out)) {
    if (c.negated || c.polarity == 0) continue;
    for (const auto& [name, doc] : gold.at("docs").items()) {
      if (c.doc.size() < name.size() || c.doc.compare(c.doc.size() - name.size(), name.size(), name) != 0) continue;
      for (const auto& f : doc.value("forbidden", nlohmann::json::array())) {
        EXPECT_NE(pair_key(c.subject.country, c.object.country, c.polarity),
                  pair_key(f[0].get<std::string>(), f[1].get<std::string>(), f[2].get<int>()))
            << name << ": furniture leaked: " << c.evidence.text;
      }
    }
  }
}

TEST(EndToEnd, ExtractIsDeterministicAcrossRunsAndJobCounts) {
  const auto one = run_irkg("extract " + shell_quote(source_path("samples")));
  const auto again = run_irkg("extract --jobs 2 " + shell_quote(source_path("samples")));
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, again.out);
}

TEST(EndToEnd, IngestIsIdempotentAndQueriesAnswer) {
  TempDir dir("e2e");
  const std::string db = shell_quote(dir.str("db"));
  const auto first = run_irkg("ingest --db " + db + " " + shell_quote(source_path("samples")));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find(" 0 unchanged"), std::string::npos) << first.out;
  const auto second = run_irkg("ingest --db " + db + " " + shell_quote(source_path("samples")));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("documents: 0 added, 0 replaced"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("claims stored: 0"), std::string::npos) << second.out;

  const auto stored = run_irkg("claims --json --db " + db);
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  const auto extracted = run_irkg("extract " + shell_quote(source_path("samples")));
  EXPECT_EQ(parse_claims(stored.out).size(), parse_claims(extracted.out).size());

  const auto opposes = run_irkg("opposes --db " + db);
  ASSERT_EQ(opposes.exit_code, 0) << opposes.err;
  EXPECT_NE(opposes.out.find("CHN"), std::string::npos) << opposes.out;

  const auto by_name = run_irkg("claims --json --db " + db + " --subject Tokyo --object Russia --between");
  ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
  const auto pair_claims = parse_claims(by_name.out);
  EXPECT_FALSE(pair_claims.empty());
  for (const auto& c : pair_claims) {
    std::set<std::string> actors{c.subject.country, c.object.country};
    EXPECT_EQ(actors, (std::set<std::string>{"JPN", "RUS"}));
  }

  const std::string graphml = dir.str("g.graphml");
  const auto exported = run_irkg("export --db " + db + " --format graphml -o " + shell_quote(graphml));
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::ifstream g(graphml);
  std::stringstream content;
  content << g.rdbuf();
  EXPECT_NE(content.str().find("<graphml"), std::string::npos);
  EXPECT_NE(content.str().find("edgedefault="), std::string::npos);
}

TEST(EndToEnd, SecondWriterGetsDatabaseInUse) {
  TempDir dir("lock");
  const std::string db = shell_quote(dir.str("db"));
  ASSERT_EQ(run_irkg("ingest --db " + db + " " + shell_quote(source_path("samples/documents.jsonl"))).exit_code, 0);
  // A writer that holds the lock while a second ingest starts: feed the first from a
  // pipe that stays open for a few seconds. (The first gets 3 s to take the lock: a
  // sanitizer build on a busy machine needed more than 1 s.)
  const std::string cmd = "( sleep 7 | " + shell_quote(IRKG_BINARY) + " ingest --db " + db + " - >/dev/null 2>&1 & ) ; sleep 3; " +
                          shell_quote(IRKG_BINARY) + " ingest --db " + db + " " +
                          shell_quote(source_path("samples/documents.jsonl")) + " 2>&1; echo rc=$?";
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  ::pclose(p);
  EXPECT_NE(out.find("in use"), std::string::npos) << out;
  EXPECT_NE(out.find("rc=1"), std::string::npos) << out;
  ::sleep(5);
}

}  // namespace
}  // namespace irkg::test
