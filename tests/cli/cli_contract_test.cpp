// The CLI contract every subcommand keeps: --help, exit codes, one-line errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "run_command.h"

namespace irkg::test {
namespace {

const char* kCommands[] = {"extract", "text", "ingest", "claims", "stats", "opposes", "allies", "export"};

TEST(CliContract, EveryCommandHasHelpAndExitsZero) {
  for (const char* cmd : kCommands) {
    const auto r = run_irkg(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.out.find("usage: irkg"), std::string::npos) << cmd;
  }
}

TEST(CliContract, OverviewListsCommands) {
  const auto r = run_irkg("--help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* cmd : kCommands) EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
}

TEST(CliContract, UnknownCommandIsUsageError) {
  const auto r = run_irkg("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command"), std::string::npos);
}

TEST(CliContract, UnknownFlagIsUsageErrorOnOneLine) {
  for (const char* cmd : kCommands) {
    const auto r = run_irkg(std::string(cmd) + " --no-such-flag x");
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
