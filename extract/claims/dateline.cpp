// Datelines (extract/claims/dateline.h).
#include "extract/claims/dateline.h"

#include <cctype>
#include <string_view>

namespace irkg {
namespace {

// A place in capitals: letters only, all upper-case, three or more ("UN - Gaza" in a headline
// is no dateline; "ROME", "KYIV" and "SAN" "DIEGO" are).
bool capital_word(const Token& t) {
  if (!t.word || t.raw.size() < 3) return false;
  for (const char c : t.raw)
    if (!(std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == '\'')) return false;
  return true;
}

bool dash(const Token& t) {
  return t.raw == "-" || t.raw == "--" || t.raw == "\xE2\x80\x93" || t.raw == "\xE2\x80\x94" || t.raw == ":";
}

// Words after the place and a comma: a date or a region, no verb ("March 3", "Ukraine",
// "Nov. 12").
constexpr std::size_t kMaxDetailTokens = 5;
// "(AP)", "(Reuters)", "(AFP/Getty)".
constexpr std::size_t kMaxCreditTokens = 4;
constexpr std::size_t kMaxPlaceWords = 4;

}  // namespace

std::size_t dateline_length(const std::vector<Token>& tokens) {
  std::size_t p = 0;
  while (p < tokens.size() && p < kMaxPlaceWords && capital_word(tokens[p])) ++p;
  if (p == 0 || p >= tokens.size()) return 0;
  // "KYIV/MOSCOW", "SANAA/ADEN": a story filed from two places, the second as the first.
  for (int places = 1; places < 3 && p + 1 < tokens.size() && tokens[p].raw == "/" && capital_word(tokens[p + 1]); ++places) {
    std::size_t q = p + 1;
    while (q < tokens.size() && q < p + 1 + kMaxPlaceWords && capital_word(tokens[q])) ++q;
    p = q;
  }
  if (p >= tokens.size()) return 0;
  // ", March 3", ", Ukraine": capitalised words and numbers.
  if (tokens[p].raw == ",") {
    std::size_t q = p + 1;
    while (q < tokens.size() && q <= p + kMaxDetailTokens && tokens[q].word &&
           (tokens[q].capitalized || std::isdigit(static_cast<unsigned char>(tokens[q].raw.front()))))
      ++q;
    if (q < tokens.size() && tokens[q].raw == ".") ++q;  // "Nov." split off
    if (q == p + 1) return 0;
    p = q;
  }
  if (p < tokens.size() && tokens[p].raw == "(") {
    std::size_t q = p + 1;
    while (q < tokens.size() && q <= p + kMaxCreditTokens && tokens[q].raw != ")") ++q;
    if (q >= tokens.size() || tokens[q].raw != ")") return 0;
    p = q + 1;
  }
  if (p >= tokens.size() || !dash(tokens[p]) || tokens[p].joined) return 0;
  // The story goes on after the dash; a dash that ends the sentence is something else.
  return p + 1 < tokens.size() && tokens[p + 1].word ? p + 1 : 0;
}

std::int32_t dateline_state(const Lexicon& lex, const std::vector<Token>& tokens, std::size_t length) {
  std::int32_t state = -1;
  for (std::size_t p = 0; p < length && p < tokens.size(); ++p) {
    std::int32_t here = -1;
    std::size_t len = 0;
    if (const auto* name = lex.actor_names.longest(tokens, p)) {
      const ActorName& v = name->values.front();
      if (v.kind != MentionKind::Blocked && v.actor >= 0 && lex.actors[static_cast<std::size_t>(v.actor)].territorial()) {
        here = v.actor;
        len = name->lower.size();
      }
    } else if (const auto* place = lex.places.longest(tokens, p)) {
      here = place->values.front();
      len = place->lower.size();
    }
    if (here < 0) continue;
    if (state >= 0 && lex.actors[static_cast<std::size_t>(state)].country != lex.actors[static_cast<std::size_t>(here)].country)
      return -1;  // "KYIV/MOSCOW -": two states
    state = here;
    p += len - 1;
  }
  return state;
}

}  // namespace irkg
