// Issue 19 item 8: strings from pages and stores are made safe for a terminal.
#include <gtest/gtest.h>

#include "cli/display.h"

namespace irkg::cli {
namespace {

TEST(Display, EscapeSequencesAreShownNotSent) {
  EXPECT_EQ(display_line("Daily \x1b[2J\x1b]0;owned\x07News"), "Daily \\x1b[2J\\x1b]0;owned\\x07News");
  EXPECT_EQ(display_line("a\x7f" "b"), "a\\x7fb");
  // C1 controls as UTF-8 (U+009B is a one-character CSI on some terminals).
  EXPECT_EQ(display_line("x\xC2\x9B" "31mred"), "x\\u009b31mred");
  // Bidirectional overrides reorder what is shown (U+202E right-to-left override).
  EXPECT_EQ(display_line("abc\xE2\x80\xAE" "fed"), "abc\\u202efed");
}

TEST(Display, LineBreaksFitTheLayout) {
  EXPECT_EQ(display_line("one\ntwo\r\nthree\tfour\rfive"), "one two  three four five");
  EXPECT_EQ(display_text("one\ntwo\r\nthree\tfour\rfive"), "one\ntwo\nthree\tfour\nfive");
}

TEST(Display, OrdinaryTextIsUnchangedAndBadBytesReplaced) {
  EXPECT_EQ(display_line("Fran\xC3\xA7ois \xE2\x80\x99 \xE4\xB8\xAD"), "Fran\xC3\xA7ois \xE2\x80\x99 \xE4\xB8\xAD");
  EXPECT_EQ(display_line("bad\xFF"), "bad\xEF\xBF\xBD");
}

}  // namespace
}  // namespace irkg::cli
