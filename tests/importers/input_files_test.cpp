#include <gtest/gtest.h>

#include "fixture_util.h"

namespace irkg {
namespace {

using test::fixture;
using test::fixture_path;

TEST(InputFiles, PlainFileIsReturnedAsIs) {
  const auto entries = read_import_file(fixture_path("gdelt2_events.export.CSV"));
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, fixture("gdelt2_events.export.CSV"));
  EXPECT_EQ(entries[0].name, fixture_path("gdelt2_events.export.CSV").string());
}

TEST(InputFiles, GzipIsInflated) {
  const auto entries = read_import_file(fixture_path("gdelt2_events.export.CSV.gz"));
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, fixture("gdelt2_events.export.CSV"));
}

TEST(InputFiles, ConcatenatedGzipMembersAreAllRead) {
  const std::string gz = fixture("gdelt2_events.export.CSV.gz");
  const auto entries = decode_import_bytes("twice.gz", gz + gz);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, fixture("gdelt2_events.export.CSV") + fixture("gdelt2_events.export.CSV"));
}

TEST(InputFiles, DeflatedZipMemberIsInflated) {
  const auto entries = read_import_file(fixture_path("gdelt2_events.export.CSV.zip"));
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, fixture("gdelt2_events.export.CSV"));
  EXPECT_TRUE(entries[0].name.ends_with(".zip:20191024143000.export.CSV"));
}

TEST(InputFiles, StoredZipMembersAreCopiedAndDirectoriesSkipped) {
  const auto entries = read_import_file(fixture_path("gdelt2_events_stored.zip"));
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].bytes, fixture("gdelt2_events.export.CSV"));
}

TEST(InputFiles, CorruptArchivesFailWithOneLine) {
  const std::string zip = fixture("gdelt2_events.export.CSV.zip");
  std::string flipped = zip;
  flipped[60] = static_cast<char>(flipped[60] ^ 0x55);  // inside the deflated data
  EXPECT_THROW(decode_import_bytes("bad.zip", flipped), ImportError);
  EXPECT_THROW(decode_import_bytes("cut.zip", zip.substr(0, zip.size() / 2)), ImportError);
  const std::string gz = fixture("gdelt2_events.export.CSV.gz");
  try {
    decode_import_bytes("cut.gz", gz.substr(0, gz.size() / 2));
    FAIL() << "expected ImportError";
  } catch (const ImportError& e) {
    EXPECT_STREQ(e.what(), "cut.gz: compressed data is truncated");
  }
}

TEST(InputFiles, MissingFileAndDirectoryAreErrors) {
  EXPECT_THROW(read_import_file(fixture_path("no-such-file.CSV")), ImportError);
  EXPECT_THROW(read_import_file(fixture_path("")), ImportError);
}

TEST(Variants, DetectedFromHeaderOrColumnCount) {
  EXPECT_EQ(detect_variant(fixture("gdelt2_events.export.CSV")), ImportVariant::Gdelt2Events);
  EXPECT_EQ(detect_variant(fixture("gdelt1_mixed.tsv")), ImportVariant::Gdelt1Historical);
  EXPECT_EQ(detect_variant(fixture("gdelt2_mentions.tsv")), ImportVariant::Gdelt2Mentions);
  EXPECT_EQ(detect_variant(fixture("gdelt2_mentions.csv")), ImportVariant::Gdelt2Mentions);
  EXPECT_EQ(detect_variant(fixture("icews_events.tab")), ImportVariant::Icews);
  EXPECT_EQ(detect_variant("\n\n" + fixture("gdelt1_mixed.tsv").substr(fixture("gdelt1_mixed.tsv").find('\n') + 1)),
            ImportVariant::Gdelt1Historical);
  EXPECT_EQ(detect_variant("a,b,c\n1,2,3\n"), ImportVariant::Unknown);
  EXPECT_EQ(detect_variant(""), ImportVariant::Unknown);
}

}  // namespace
}  // namespace irkg
