// Damaged input never crashes: every byte flip and truncation of the fixtures either
// decodes and parses (rows counted, possibly skipped) or fails with ImportError.
#include <gtest/gtest.h>

#include <random>

#include "fixture_util.h"

namespace irkg {
namespace {

void import_everything(const std::string& name, const std::string& bytes) {
  try {
    for (const InputEntry& e : decode_import_bytes(name, bytes)) {
      const DocumentSink sink = [](ImportedDocument&& d) {
        ASSERT_EQ(d.claims.size(), 1u);
        ASSERT_FALSE(d.claims[0].subject.id.empty());
        ASSERT_NE(d.claims[0].subject.id, d.claims[0].object.id);
      };
      MentionIndex index;
      const ImportReport m = read_gdelt_mentions(e.bytes, index);
      const ImportReport g = import_gdelt_events(e.bytes, sink, &index);
      const ImportReport i = import_icews_events(e.bytes, sink);
      ASSERT_EQ(g.claims + g.skipped_total(), g.rows) << name;
      ASSERT_EQ(i.claims + i.skipped_total(), i.rows) << name;
      ASSERT_LE(m.skipped_total(), m.rows) << name;
    }
  } catch (const ImportError&) {
    // a clean refusal is fine
  }
}

TEST(Robustness, FlippedAndTruncatedInputsNeverCrash) {
  std::mt19937 rng(7);
  for (const char* name : {"gdelt2_events.export.CSV", "gdelt2_events.export.CSV.gz", "gdelt2_events.export.CSV.zip",
                           "gdelt2_events_stored.zip", "gdelt1_mixed.tsv", "gdelt2_mentions.csv", "icews_events.tab"}) {
    const std::string original = test::fixture(name);
    ASSERT_FALSE(original.empty()) << name;
    for (int round = 0; round < 150; ++round) {
      std::string bytes = original;
      const int flips = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < flips; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xff);
      import_everything(name, bytes);
      import_everything(name, original.substr(0, rng() % original.size()));
    }
  }
}

}  // namespace
}  // namespace irkg
