// Tagging accuracy on the 79 Penn-tagged sentences of PETRARCH2's GSR validation set
// (../shared/eval/peer/UniversalPetrarch/PETR2_GSR_validation.xml; env IRKG_SHARED
// overrides ../shared). The file's <Parse> blocks are CoNLL-U: column 2 the form, column 5
// the Penn tag. The data is required: the test fails, not skips, without it.
//
// Scoring: a token is right when pos_from_name(gold) equals our tag. That folds every
// punctuation tag (".", ",", "``", "-LRB-", "HYPH", ":") into Punct, and "$" and "#" into SYM,
// as pos.h does: the extractor never asks which punctuation mark a token is. "to" is TO
// whatever it does, by the Penn guidelines the tagger follows; this file's tags, converted
// from Universal Dependencies, call the preposition IN, and count as TO. Quote marks
// (`` '' " ') that the file tags "$" are conversion noise (a quote is no currency sign):
// a token made only of punctuation counts as Punct when its gold tag is "$".
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/claims/pos.h"
#include "extract/claims/tagger.h"
#include "tagger_test_util.h"

namespace irkg {
namespace {

std::string shared_dir() {
  const char* env = std::getenv("IRKG_SHARED");
  return env && *env ? env : IRKG_SHARED_DIR;
}

Pos gold_pos(const std::string& form, const std::string& tag) {
  if ((form == "to" || form == "To") && tag == "IN") return Pos::TO;
  if (tag == "$" && !form.empty() && std::all_of(form.begin(), form.end(), [](char c) {
        return std::ispunct(static_cast<unsigned char>(c)) && c != '$';
      }))
    return Pos::Punct;
  return pos_from_name(tag);
}

struct GoldSentence {
  std::vector<std::string> forms, tags;
  std::vector<bool> joined;
};

std::vector<GoldSentence> read_gold(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::vector<GoldSentence> out;
  // Not well-formed XML: split on the markers.
  for (std::size_t open = text.find("<Parse>"); open != std::string::npos; open = text.find("<Parse>", open)) {
    open += 7;
    const std::size_t close = text.find("</Parse>", open);
    if (close == std::string::npos) break;
    std::istringstream block(text.substr(open, close - open));
    GoldSentence s;
    bool space_after = true;
    for (std::string line; std::getline(block, line);) {
      std::vector<std::string> cols;
      std::istringstream fields(line);
      for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
      if (cols.size() < 10 || cols[0].find_first_not_of("0123456789") != std::string::npos) continue;
      s.forms.push_back(cols[1]);
      s.tags.push_back(cols[4]);
      s.joined.push_back(!s.forms.empty() && s.forms.size() > 1 && !space_after);
      space_after = cols[9].find("SpaceAfter=No") == std::string::npos;
    }
    if (!s.forms.empty()) out.push_back(std::move(s));
    open = close;
  }
  return out;
}

TEST(TaggerAccuracy, PennTagsOfPetrarchValidationSet) {
  const std::string path = shared_dir() + "/eval/peer/UniversalPetrarch/PETR2_GSR_validation.xml";
  const auto gold = read_gold(path);
  ASSERT_FALSE(gold.empty()) << "missing or empty: " << path << " (set IRKG_SHARED to the shared data folder)";
  std::size_t total = 0, right = 0;
  for (const GoldSentence& s : gold) {
    std::vector<Token> tokens = tokens_from_words(s.forms, s.joined);
    tag_tokens(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      ++total;
      if (gold_pos(s.forms[i], s.tags[i]) == tokens[i].pos) ++right;
      else if (std::getenv("IRKG_TAGGER_ERRORS"))
      {
        std::cerr << s.forms[i] << "\tgold " << s.tags[i] << "\tgot " << pos_name(tokens[i].pos) << "\t";
        for (std::size_t j = i > 3 ? i - 3 : 0; j < std::min(tokens.size(), i + 4); ++j)
          std::cerr << s.forms[j] << "/" << pos_name(tokens[j].pos) << " ";
        std::cerr << "\n";
      }
    }
  }
  const double accuracy = static_cast<double>(right) / static_cast<double>(total);
  std::cout << "tagger accuracy: " << right << "/" << total << " = " << accuracy << "\n";
  EXPECT_GT(total, 1500u);
  EXPECT_GE(accuracy, 0.95);
}

}  // namespace
}  // namespace irkg
