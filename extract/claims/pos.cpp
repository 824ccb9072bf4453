#include "extract/claims/pos.h"

#include <array>

namespace irkg {
namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Pos::Punct) + 1> kNames = {
    "",    "CC",  "CD",  "DT",   "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS", "LS",  "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",  "SYM", "TO",
    "UH",  "VB",  "VBD", "VBG",  "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$", "WRB", "."};

bool between(Pos p, Pos first, Pos last) { return p >= first && p <= last; }

}  // namespace

std::string_view pos_name(Pos p) { return kNames[static_cast<std::size_t>(p)]; }

Pos pos_from_name(std::string_view name) {
  if (name.empty()) return Pos::None;
  for (std::size_t i = 1; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Pos>(i);
  if (name == "$" || name == "#") return Pos::SYM;
  for (std::string_view punct : {",", ":", "``", "''", "(", ")", "\"", "-LRB-", "-RRB-", "HYPH", "NFP"})
    if (name == punct) return Pos::Punct;
  return Pos::None;
}

bool is_noun(Pos p) { return between(p, Pos::NN, Pos::NNPS); }
bool is_proper_noun(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
bool is_finite_verb(Pos p) { return p == Pos::VBD || p == Pos::VBP || p == Pos::VBZ || p == Pos::MD; }
bool is_verb(Pos p) { return between(p, Pos::VB, Pos::VBZ); }
bool is_adjective(Pos p) { return between(p, Pos::JJ, Pos::JJS); }
bool is_adverb(Pos p) { return between(p, Pos::RB, Pos::RBS); }
bool is_determiner(Pos p) { return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || p == Pos::WPS; }

}  // namespace irkg
