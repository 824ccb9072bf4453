// The CLI contract every subcommand keeps: --help, exit codes, one-line errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_command.h"

namespace irkg::test {
namespace {

// The commands the README promises; every registered command is checked too.
const char* kRequired[] = {"extract", "text", "ingest", "claims", "stats", "opposes", "allies", "export", "path", "blocs", "import", "explain"};

// Commands as `irkg --help` lists them (two-space indent, name, description).
std::vector<std::string> registered_commands() {
  const auto r = run_irkg("--help");
  std::vector<std::string> out;
  std::size_t at = r.out.find("Commands:");
  if (at == std::string::npos) return out;
  std::istringstream lines(r.out.substr(at));
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line) && line.rfind("  ", 0) == 0) {
    std::istringstream words(line);
    std::string name;
    words >> name;
    out.push_back(name);
  }
  return out;
}

const std::vector<std::string>& commands() {
  static const std::vector<std::string> all = registered_commands();
  return all;
}

TEST(CliContract, OverviewListsEveryRequiredCommand) {
  for (const char* cmd : kRequired)
    EXPECT_NE(std::find(commands().begin(), commands().end(), cmd), commands().end()) << cmd;
}

TEST(CliContract, EveryCommandHasHelpAndExitsZero) {
  ASSERT_GE(commands().size(), std::size(kRequired));
  for (const std::string& cmd : commands()) {
    const auto r = run_irkg(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.out.find("usage: irkg"), std::string::npos) << cmd;
  }
}

TEST(CliContract, OverviewExitsZero) { EXPECT_EQ(run_irkg("--help").exit_code, 0); }

TEST(CliContract, UnknownCommandIsUsageError) {
  const auto r = run_irkg("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command"), std::string::npos);
}

TEST(CliContract, UnknownFlagIsUsageErrorOnOneLine) {
  for (const std::string& cmd : commands()) {
    const auto r = run_irkg(cmd + " --no-such-flag x");
    EXPECT_EQ(r.exit_code, 2) << cmd;
    EXPECT_NE(r.err.find("unknown option --no-such-flag"), std::string::npos) << cmd << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << cmd << ": " << r.err;
  }
}

TEST(CliContract, BadDateIsUsageError) {
  const auto r = run_irkg("extract --published 23/06/2021 " + shell_quote(source_path("samples")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos);
}

TEST(CliContract, MissingInputIsRuntimeErrorNamingTheFile) {
  const auto r = run_irkg("extract /nonexistent/article.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/article.txt"), std::string::npos);
  EXPECT_NE(r.err.find("no such file"), std::string::npos);
}

TEST(CliContract, MissingStoreIsRuntimeError) {
  TempDir dir("nostore");
  const auto r = run_irkg("opposes --db " + shell_quote(dir.str("absent")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.err.empty());
}

TEST(CliContract, OneBadJsonlLineDoesNotStopTheBatch) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Japan and Russia signed a trade agreement on Monday.\"}\n"
      "this line is not json\n"
      "{\"id\": \"c\"}\n"
      "{\"id\": \"d\", \"text\": \"China condemned the new US sanctions against Russia.\"}\n";
  const auto r = run_irkg("extract -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("<stdin>:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<stdin>:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 input(s) skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc\":\"d\""), std::string::npos);
}

TEST(CliContract, BinaryJunkIsSkippedWithAReason) {
  TempDir dir("junk");
  {
    std::ofstream f(dir.str("junk.txt"), std::ios::binary);
    for (int i = 0; i < 4096; ++i) f.put(static_cast<char>((i * 7919) & 0xFF));
  }
  const auto r = run_irkg("extract " + shell_quote(dir.str("junk.txt")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
}  // namespace irkg::test
