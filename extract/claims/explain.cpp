// Rendering a sentence's explanation: the analysis in reading order, then each claim with
// the rule behind each of its parts, then what made no claim and why.
#include "extract/claims/explain.h"

#include <algorithm>
#include <cstdio>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "extract/claims/lexicon.h"
#include "extract/claims/morphology.h"

namespace irkg {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kind_name(MentionKind k) {
  constexpr std::string_view names[] = {"name", "adjective", "metonym", "combining", "blocked"};
  return names[static_cast<std::size_t>(k)];
}

std::string words(const SentenceAnalysis& s, std::size_t begin, std::size_t end) {
  if (begin >= end || end > s.tokens.size()) return "";
  const std::size_t from = s.tokens[begin].start;
  const std::size_t to = s.tokens[end - 1].start + s.tokens[end - 1].raw.size();
  return std::string(s.text.substr(from, to - from));
}

std::string span(std::size_t begin, std::size_t end) {
  return "[" + std::to_string(begin) + "," + std::to_string(end) + ")";
}

const std::string& actor_id(const Lexicon& lex, std::int32_t actor) {
  return lex.actors[static_cast<std::size_t>(actor)].id;
}

std::vector<std::string> reading_flags(const Reading& r) {
  std::vector<std::string> out;
  if (r.match.participle) out.emplace_back("participle");
  if (r.match.gerund) out.emplace_back("gerund");
  if (r.match.base) out.emplace_back("base");
  return out;
}

// The hits a reading made, by index.
std::vector<std::size_t> hits_of(const SentenceExplanation& e, std::size_t ti, std::size_t ri) {
  std::vector<std::size_t> out;
  for (std::size_t h = 0; h < e.hits.size(); ++h)
    if (e.hits[h].why.trigger == static_cast<std::int32_t>(ti) && e.hits[h].why.reading == static_cast<std::int32_t>(ri))
      out.push_back(h);
  return out;
}

// "clause subject" alone hides that a pronoun carried the previous sentence's subject.
std::string subject_rule(const SentenceExplanation& e, const FrameHit& h) {
  std::string rule(h.why.subject);
  const auto& m = e.analysis.mentions;
  if (std::none_of(m.begin(), m.end(), [&](const ActorMention& x) { return x.actor == h.subject; }))
    rule += " (carried from the previous sentence)";
  return rule;
}

std::string word_at(const SentenceAnalysis& s, std::int32_t at) {
  if (at < 0 || static_cast<std::size_t>(at) >= s.tokens.size()) return "";
  return std::string(s.tokens[static_cast<std::size_t>(at)].raw);
}

std::string negation_text(const SentenceExplanation& e, const FrameHit& h) {
  if (!h.negated) return "no";
  return "yes, " + std::string(h.why.negation) + ": '" + word_at(e.analysis, h.why.negator) + "' (token " +
         std::to_string(h.why.negator) + ")";
}

std::string modality_text(const SentenceExplanation& e, const FrameHit& h, std::string_view claimed) {
  if (claimed == modality_name(Modality::Historical))
    return std::string(claimed) + ", the sentence names a year long before publication";
  if (h.why.modality.empty()) return std::string(claimed) + ", no hedging word before the phrase";
  std::string out = std::string(claimed) + ", " + std::string(h.why.modality);
  if (h.why.modal >= 0) out += ": '" + word_at(e.analysis, h.why.modal) + "' (token " + std::to_string(h.why.modal) + ")";
  return out;
}

std::string polarity_text(const Lexicon& lex, const SentenceExplanation& e, const FrameHit& h, int polarity) {
  const RelationEntry& r = lex.relations[static_cast<std::size_t>(h.relation)];
  char weight[32];
  std::snprintf(weight, sizeof weight, "%+g", r.weight);
  std::string out = (polarity > 0 ? "+1, " : polarity < 0 ? "-1, " : "0, ") + std::string(h.why.polarity);
  if (h.polarity != 0 && h.why.composed >= 0) {
    const Trigger& noun = e.analysis.triggers[static_cast<std::size_t>(h.why.composed)];
    out += " (" + r.relation + " " + weight + " x '" + words(e.analysis, noun.begin, noun.end) + "')";
  } else if (h.why.negator >= 0 && !h.negated) {
    out += " ('" + word_at(e.analysis, h.why.negator) + "'; " + r.relation + " " + weight + ")";
  } else {
    out += " (" + r.relation + " " + weight + ")";
  }
  return out;
}

std::string speaker_text(const Lexicon& lex, const SentenceAnalysis& s) {
  if (s.speaker_group < 0) return "none";
  const Group& g = s.groups[static_cast<std::size_t>(s.speaker_group)];
  return actor_id(lex, s.mentions[static_cast<std::size_t>(g.mentions.front())].actor) + ", '" +
         words(s, g.begin, g.end) + "' in the attribution (\"..., X said\", \"according to X\")";
}

const char* not_emitted_reason(std::int32_t code) {
  return code == kHitDuplicate ? "an earlier reading made the same claim" : "hypothetical: a possibility is not a claim";
}

// Chunks come from the chunker (SentenceAnalysis::chunks) once it exists; until then the
// section prints nothing. The field is looked up at compile time so this file builds
// with and without it.
template <class S>
void chunks_text(const S& s, std::string& out) {
  if constexpr (requires { s.chunks; }) {
    out += "  chunks:";
    for (const auto& c : s.chunks) {
      using Kind = std::remove_cvref_t<decltype(c.kind)>;
      const char* kind = c.kind == Kind::Noun ? "NP" : c.kind == Kind::Verb ? "VP" : "PP";
      out += std::string(" [") + kind + " " + words(s, c.begin, c.end) + "]";
    }
    out += "\n";
  }
}

template <class S>
void chunks_json(const S& s, ordered_json& j) {
  if constexpr (requires { s.chunks; }) {
    auto list = ordered_json::array();
    for (const auto& c : s.chunks) {
      using Kind = std::remove_cvref_t<decltype(c.kind)>;
      const char* kind = c.kind == Kind::Noun ? "noun" : c.kind == Kind::Verb ? "verb" : "prep";
      list.push_back({{"kind", kind}, {"begin", c.begin}, {"end", c.end}, {"head", c.head}});
    }
    j["chunks"] = std::move(list);
  }
}

}  // namespace

std::string explanation_text(const Lexicon& lex, const SentenceExplanation& e) {
  const SentenceAnalysis& s = e.analysis;
  // (A headline read before the body has no body offsets.)
  std::string out = (e.start == e.end ? std::string("headline: ")
                                      : "sentence [" + std::to_string(e.start) + "," + std::to_string(e.end) + "): ") +
                    std::string(s.text) + "\n";
  if (e.fate != SentenceFate::Read) out += "  " + std::string(sentence_fate_text(e.fate)) + ": no claims\n";
  if (s.tokens.empty()) return out;
  // Tokens with tags and lemmas, clause numbers where a clause starts.
  out += "  tokens:";
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (i < s.clause_at.size() && (i == 0 || s.clause_at[i] != s.clause_at[i - 1]))
      out += " |" + std::to_string(s.clause_at[i]) + "|";
    out += " " + std::string(t.raw) + "/" + std::string(pos_name(t.pos));
    if (t.word) out += "/" + lemma(t.lower, t.pos);
  }
  out += "\n";
  chunks_text(s, out);
  if (s.mentions.empty()) return out;
  out += "  mentions:\n";
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    const ActorMention& x = s.mentions[m];
    out += "    m" + std::to_string(m) + " " + span(x.begin, x.end) + " '" + words(s, x.begin, x.end) + "' " +
           actor_id(lex, x.actor) + " " + std::string(kind_name(x.kind)) + (x.possessive ? " possessive" : "") + "\n";
  }
  out += "  groups:\n";
  for (std::size_t g = 0; g < s.groups.size(); ++g) {
    const Group& x = s.groups[g];
    out += "    g" + std::to_string(g) + " " + span(x.begin, x.end) + " '" + words(s, x.begin, x.end) + "' =";
    for (std::int32_t m : x.mentions) out += " m" + std::to_string(m);
    if (x.compound) out += " (compound)";
    if (x.anaphor) out += " (the last pair named)";
    if (static_cast<std::int32_t>(g) == s.speaker_group) out += " (speaker)";
    out += "\n";
  }
  out += "  speaker: " + speaker_text(lex, s) + "\n";
  out += s.triggers.empty() ? "  triggers: none (no relation phrase in the dictionaries)\n" : "  triggers:\n";
  for (std::size_t ti = 0; ti < s.triggers.size(); ++ti) {
    const Trigger& t = s.triggers[ti];
    out += "    t" + std::to_string(ti) + " " + span(t.begin, t.end) + " '" + words(s, t.begin, t.end) + "' clause " +
           std::to_string(s.clause_at[t.begin]) + "\n";
    for (std::size_t ri = 0; ri < t.readings.size(); ++ri) {
      const Reading& r = t.readings[ri];
      const RelationEntry& rel = lex.relations[r.match.relation];
      out += "      r" + std::to_string(ri) + " " + rel.relation + " '" +
             std::string(lex.relation_patterns.source(r.pattern)) + "' " + span(t.begin, r.end);
      for (const std::string& f : reading_flags(r)) out += " " + f;
      if (r.object_group >= 0) out += " OBJ=g" + std::to_string(r.object_group);
      const auto made = hits_of(e, ti, ri);
      if (made.empty()) out += " -> no claim";
      for (std::size_t h : made) {
        const std::int32_t c = e.claim_of_hit[h];
        out += c >= 0 ? " -> claim " + std::to_string(c + 1) : std::string(" -> not emitted");
      }
      out += "\n";
    }
  }
  for (std::size_t ci = 0; ci < e.claims.size(); ++ci) {
    const Claim& c = e.claims[ci];
    const auto h = static_cast<std::size_t>(std::find(e.claim_of_hit.begin(), e.claim_of_hit.end(),
                                                      static_cast<std::int32_t>(ci)) - e.claim_of_hit.begin());
    const FrameHit& hit = e.hits[h];
    // (Every hit names a trigger of its sentence; an index out of range prints no words.)
    const bool known = hit.why.trigger >= 0 && static_cast<std::size_t>(hit.why.trigger) < s.triggers.size();
    const std::string said = known ? words(s, s.triggers[static_cast<std::size_t>(hit.why.trigger)].begin,
                                           s.triggers[static_cast<std::size_t>(hit.why.trigger)].end)
                                   : std::string();
    out += "  claim " + std::to_string(ci + 1) + ": " + c.subject.id + " -> " + c.relation + " -> " + c.object.id +
           "  (t" + std::to_string(hit.why.trigger) + " r" + std::to_string(hit.why.reading) + " '" + said + "')\n";
    out += "    subject:  " + c.subject.id + ", " + subject_rule(e, hit) + "\n";
    out += "    object:   " + c.object.id + ", " + std::string(hit.why.object) + "\n";
    out += "    polarity: " + polarity_text(lex, e, hit, c.polarity) + "\n";
    out += "    negated:  " + negation_text(e, hit) + "\n";
    out += "    modality: " + modality_text(e, hit, c.modality) + "\n";
    out += "    speaker:  " + (c.speaker.empty() ? std::string("none") : speaker_text(lex, s)) + "\n";
  }
  for (std::size_t h = 0; h < e.hits.size(); ++h) {
    if (e.claim_of_hit[h] >= 0) continue;
    const FrameHit& hit = e.hits[h];
    out += "  not emitted: " + actor_id(lex, hit.subject) + " -> " + lex.relations[hit.relation].relation + " -> " +
           actor_id(lex, hit.object) + " (t" + std::to_string(hit.why.trigger) + " r" +
           std::to_string(hit.why.reading) + "): " + not_emitted_reason(e.claim_of_hit[h]);
    if (e.claim_of_hit[h] == kHitHypothetical) {
      out += "; " + std::string(hit.why.modality);
      if (hit.why.modal >= 0) out += ": '" + word_at(e.analysis, hit.why.modal) + "' (token " + std::to_string(hit.why.modal) + ")";
    }
    out += "\n";
  }
  if (e.fate == SentenceFate::Read && e.claims.empty()) out += "  no claims\n";
  return out;
}

std::string explanation_json(const Lexicon& lex, const SentenceExplanation& e, const std::string& doc_id) {
  const SentenceAnalysis& s = e.analysis;
  ordered_json j;
  j["doc"] = doc_id;
  j["start"] = e.start;
  j["end"] = e.end;
  j["text"] = std::string(s.text);
  j["status"] = std::string(sentence_fate_text(e.fate));
  auto tokens = ordered_json::array();
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    tokens.push_back({{"text", std::string(t.raw)},
                      {"start", t.start},
                      {"tag", std::string(pos_name(t.pos))},
                      {"lemma", t.word ? lemma(t.lower, t.pos) : std::string(t.raw)},
                      {"clause", i < s.clause_at.size() ? s.clause_at[i] : -1}});
  }
  j["tokens"] = std::move(tokens);
  chunks_json(s, j);
  auto mentions = ordered_json::array();
  for (const ActorMention& m : s.mentions)
    mentions.push_back({{"begin", m.begin},
                        {"end", m.end},
                        {"text", words(s, m.begin, m.end)},
                        {"actor", actor_id(lex, m.actor)},
                        {"kind", std::string(kind_name(m.kind))},
                        {"possessive", m.possessive}});
  j["mentions"] = std::move(mentions);
  auto groups = ordered_json::array();
  for (const Group& g : s.groups)
    groups.push_back({{"begin", g.begin},
                      {"end", g.end},
                      {"mentions", g.mentions},
                      {"compound", g.compound},
                      {"anaphor", g.anaphor}});
  j["groups"] = std::move(groups);
  j["speaker_group"] = s.speaker_group;
  auto triggers = ordered_json::array();
  for (std::size_t ti = 0; ti < s.triggers.size(); ++ti) {
    const Trigger& t = s.triggers[ti];
    auto readings = ordered_json::array();
    for (std::size_t ri = 0; ri < t.readings.size(); ++ri) {
      const Reading& r = t.readings[ri];
      auto claims = ordered_json::array();
      for (std::size_t h : hits_of(e, ti, ri))
        if (e.claim_of_hit[h] >= 0) claims.push_back(e.claim_of_hit[h]);
      readings.push_back({{"relation", lex.relations[r.match.relation].relation},
                          {"pattern", std::string(lex.relation_patterns.source(r.pattern))},
                          {"end", r.end},
                          {"flags", reading_flags(r)},
                          {"object_group", r.object_group},
                          {"claims", std::move(claims)}});
    }
    triggers.push_back({{"begin", t.begin},
                        {"end", t.end},
                        {"text", words(s, t.begin, t.end)},
                        {"readings", std::move(readings)}});
  }
  j["triggers"] = std::move(triggers);
  auto claims = ordered_json::array();
  auto not_emitted = ordered_json::array();
  for (std::size_t h = 0; h < e.hits.size(); ++h) {
    const FrameHit& hit = e.hits[h];
    const std::int32_t ci = e.claim_of_hit[h];
    ordered_json why = {{"trigger", hit.why.trigger},
                        {"reading", hit.why.reading},
                        {"subject", subject_rule(e, hit)},
                        {"object", std::string(hit.why.object)},
                        {"polarity", std::string(hit.why.polarity)},
                        {"negation", std::string(hit.why.negation)},
                        {"negator", word_at(s, hit.why.negator)},
                        {"negator_token", hit.why.negator},
                        {"modality", std::string(hit.why.modality)},
                        {"modal_word", word_at(s, hit.why.modal)},
                        {"modal_token", hit.why.modal},
                        {"composed_trigger", hit.why.composed}};
    if (ci >= 0) {
      const Claim& c = e.claims[static_cast<std::size_t>(ci)];
      if (c.modality == modality_name(Modality::Historical))
        why["modality"] = "the sentence names a year long before publication";
      claims.push_back({{"id", c.id},
                        {"subject", c.subject.id},
                        {"relation", c.relation},
                        {"object", c.object.id},
                        {"polarity", c.polarity},
                        {"negated", c.negated},
                        {"modality", c.modality},
                        {"speaker", c.speaker},
                        {"why", std::move(why)}});
    } else {
      not_emitted.push_back({{"subject", actor_id(lex, hit.subject)},
                             {"relation", lex.relations[hit.relation].relation},
                             {"object", actor_id(lex, hit.object)},
                             {"reason", not_emitted_reason(ci)},
                             {"why", std::move(why)}});
    }
  }
  j["claims"] = std::move(claims);
  j["not_emitted"] = std::move(not_emitted);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace irkg
