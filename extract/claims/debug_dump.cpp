#include "extract/claims/debug_dump.h"

namespace irkg {

std::string describe_analysis(const Lexicon& lex, const SentenceAnalysis& s) {
  std::string out;
  std::int32_t clause = -1;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.clause_at.size() > i && s.clause_at[i] != clause) {
      clause = s.clause_at[i];
      out += " |" + std::to_string(clause) + "|";
    }
    out += ' ';
    for (std::size_t g = 0; g < s.groups.size(); ++g)
      if (s.groups[g].begin == i) out += "[G" + std::to_string(g) + (s.groups[g].compound ? "c " : " ");
    for (const Trigger& t : s.triggers)
      if (t.begin == i) out += "<";
    if (s.speaker_token.size() > i && s.speaker_token[i]) out += "~";
    out += std::string(s.tokens[i].raw);
    for (const Trigger& t : s.triggers)
      if (t.end == i + 1) {
        out += ">{";
        for (const Reading& r : t.readings)
          out += lex.relations[static_cast<std::size_t>(r.match.relation)].relation + (r.match.participle ? "/pp " : " ");
        out += "}";
      }
    for (const ActorMention& m : s.mentions)
      if (m.end == i + 1) out += "=" + lex.actors[static_cast<std::size_t>(m.actor)].id;
    for (const Group& g : s.groups)
      if (g.end == i + 1) out += "]";
  }
  return out + "\n";
}

}  // namespace irkg
