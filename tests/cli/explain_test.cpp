// irkg explain: the analysis of each sentence and the reasons behind each claim, as text
// and as JSON, on sentences written for these tests.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_command.h"

namespace irkg::test {
namespace {

CommandResult explain(const std::string& text, const std::string& flags = "") {
  return run_irkg("explain " + flags + (flags.empty() ? "" : " ") + shell_quote(text));
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Explain, PassiveNamesTheByAgentAsSubject) {
  const auto r = explain("Portugal was praised by Brazil for its aid.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "praised/VBN/praise")) << r.out;
  EXPECT_TRUE(contains(r.out, "m0 [0,1) 'Portugal' PRT name")) << r.out;
  EXPECT_TRUE(contains(r.out, "BRA -> praise -> PRT")) << r.out;
  EXPECT_TRUE(contains(r.out, "subject:  BRA, passive by-agent")) << r.out;
  EXPECT_TRUE(contains(r.out, "object:   PRT, passive subject")) << r.out;
}

TEST(Explain, BePatternNegatedNamesTheNegator) {
  const auto r = explain("Turkey was not critical of Greece.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "'be critical of'")) << r.out;
  EXPECT_TRUE(contains(r.out, "TUR -> criticize -> GRC")) << r.out;
  EXPECT_TRUE(contains(r.out, "negated:  yes, negator before the phrase: 'not' (token 2)")) << r.out;
}

TEST(Explain, ObjSlotGivesTheObject) {
  const auto r = explain("Britain held Iran responsible for the attack.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "'hold OBJ responsible for' [1,5) OBJ=g1 -> claim 1")) << r.out;
  EXPECT_TRUE(contains(r.out, "object:   IRN, OBJ slot of the pattern")) << r.out;
}

TEST(Explain, ReportedStatementNamesTheWordAndTheSpeaker) {
  const auto r = explain("Chile reportedly courted Peru, the White House said.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "modality: reported, reporting adverb in the clause: 'reportedly'")) << r.out;
  EXPECT_TRUE(contains(r.out, "speaker:  USA, 'the White House'")) << r.out;
}

TEST(Explain, HypotheticalReadingIsListedAsNotEmitted) {
  const auto r = explain("Norway could condemn Chile.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "not emitted: NOR -> criticize -> CHL")) << r.out;
  EXPECT_TRUE(contains(r.out, "'could'")) << r.out;
  EXPECT_TRUE(contains(r.out, "no claims")) << r.out;
}

TEST(Explain, SentenceWithoutClaimStillShowsItsAnalysis) {
  const auto r = explain("Farmers in the valley harvested apples early this year.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "names no actor: no claims")) << r.out;
  EXPECT_TRUE(contains(r.out, "harvested/VBD/harvest")) << r.out;
}

TEST(Explain, JsonHasEveryFieldPerSentence) {
  const auto r = explain("Turkey was not critical of Greece. Farmers harvested apples.", "--json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  for (const auto& j : lines)
    for (const char* field : {"text", "tokens", "mentions", "groups", "triggers", "claims"})
      EXPECT_TRUE(j.contains(field)) << field;
  const auto& first = lines[0];
  EXPECT_EQ(first["tokens"][0]["text"], "Turkey");
  EXPECT_EQ(first["tokens"][1]["lemma"], "be");
  EXPECT_EQ(first["tokens"][3]["tag"], "JJ");
  EXPECT_EQ(first["mentions"][0]["actor"], "TUR");
  const auto& reading = first["triggers"][0]["readings"][0];
  EXPECT_EQ(reading["relation"], "criticize");
  EXPECT_EQ(reading["pattern"], "be critical of");
  ASSERT_EQ(first["claims"].size(), 1u);
  const auto& claim = first["claims"][0];
  EXPECT_EQ(claim["subject"], "TUR");
  EXPECT_EQ(claim["object"], "GRC");
  EXPECT_EQ(claim["negated"], true);
  EXPECT_EQ(claim["why"]["negator"], "not");
  EXPECT_EQ(claim["why"]["subject"], "clause subject");
  EXPECT_TRUE(lines[1]["claims"].empty());
}

TEST(Explain, ShowsWhatExtractEmits) {
  // The same claims, in the same order, as irkg extract on the same text.
  const std::string text = "Peru agreed with Chile on a fisheries plan. Chile later condemned Peru.";
  const auto ex = run_irkg("extract -", nlohmann::json({{"id", "text"}, {"text", text}}).dump() + "\n");
  const auto r = explain(text, "--json");
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> from_extract, from_explain;
  for (const auto& c : json_lines(ex.out)) from_extract.push_back(c["id"]);
  for (const auto& s : json_lines(r.out))
    for (const auto& c : s["claims"]) from_explain.push_back(c["id"]);
  EXPECT_FALSE(from_extract.empty());
  EXPECT_EQ(from_extract, from_explain);
}

TEST(Explain, ReadsJsonlOnStdin) {
  const auto r = run_irkg("explain -", R"({"id":"d1","text":"Kenya praised Uganda."})" "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "document d1")) << r.out;
  EXPECT_TRUE(contains(r.out, "KEN -> praise -> UGA")) << r.out;
}

TEST(Explain, WrongFlagIsUsageError) {
  const auto r = run_irkg("explain --frobnicate 'Kenya praised Uganda.'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST(Explain, MissingFileIsRuntimeErrorOnOneLine) {
  const auto r = run_irkg("explain /nonexistent/article.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "/nonexistent/article.txt")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

}  // namespace
}  // namespace irkg::test
