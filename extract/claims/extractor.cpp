// The Extractor: sentences -> analysis -> frames -> claims with evidence and provenance.
#include "extract/extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <unordered_set>

#include "core/date.h"
#include "extract/claims/analysis.h"
#include "extract/claims/debug_dump.h"
#include "extract/claims/frames.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/sentences.h"
#include "extract/claims/chunks.h"
#include "extract/claims/tagger.h"
#include "extract/claims/text_dates.h"

namespace irkg {
namespace {

// Longer "sentences" are tables, lists or run-on junk without punctuation: reading them
// as prose yields nonsense pairs and costs quadratic time in the frames.
constexpr std::size_t kMaxSentenceBytes = 3000;

// "Serbia takes on Japan", "Spain beat Croatia": team names are countries' names, but a
// sentence about a match is not about the states.
bool about_sport(const std::vector<Token>& tokens) {
  for (const Token& t : tokens)
    if (has(t, word_class("sports_context"))) return true;
  return false;
}

// Read once: the dump is for people tuning dictionaries, never for normal runs.
const bool debug_ = std::getenv("IRKG_DEBUG_EXTRACT") != nullptr;

Actor to_actor(const ActorEntry& e) { return Actor{e.id, e.name, e.country, std::string(actor_type_name(e.type))}; }

}  // namespace

struct Extractor::Impl {
  std::shared_ptr<const Lexicon> lex;
};



Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : impl_(std::make_unique<Impl>()) {
  impl_->lex = std::move(lexicon);
}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

std::vector<Claim> Extractor::extract(const Document& doc) const {
  const Lexicon& lex = *impl_->lex;
  std::vector<Claim> out;
  std::unordered_set<std::string> emitted;  // claim ids already in `out`
  const auto published = parse_iso_date(doc.published);
  const int day = published ? static_cast<int>(days_from_civil(*published)) : 0;
  std::vector<std::int32_t> carried;
  RecentActors recent;  // actors named lately, for "the two countries"
  // A headline or pull quote repeated in the body is one piece of evidence, not two.
  std::unordered_set<std::string_view> seen_sentences;
  for (const SentenceSpan& span : split_sentences(doc.text, lex.grammar.words("abbreviation"))) {
    if (span.end - span.start > kMaxSentenceBytes) { carried.clear(); continue; }
    SentenceAnalysis s;
    s.text = std::string_view(doc.text).substr(span.start, span.end - span.start);
    if (!seen_sentences.insert(s.text).second) continue;
    s.tokens = tokenize(s.text);
    for (Token& t : s.tokens) t.classes = lex.grammar.mask_of(t.lower);
    find_mentions(lex, s, day, published.has_value(), recent);
    if (s.mentions.empty()) { carried.clear(); continue; }
    // Parts of speech serve the relation patterns; a sentence naming no actor needs none.
    tag_tokens(s.tokens);
    find_chunks(s);
    find_clauses_and_triggers(lex, s);
    if (about_sport(s.tokens)) continue;
    const std::vector<FrameHit> hits = apply_frames(lex, s, carried);
    if (debug_) std::cerr << describe_analysis(lex, s);
    const SentenceDates dates = dates_in_sentence(s.tokens, published);
    std::string speaker;
    if (s.speaker_group >= 0) {
      const Group& g = s.groups[static_cast<std::size_t>(s.speaker_group)];
      speaker = lex.actors[static_cast<std::size_t>(s.mentions[static_cast<std::size_t>(g.mentions.front())].actor)].id;
    }
    for (const FrameHit& h : hits) {
      // "X could sanction Y", "if X attacks Y": conditions and possibilities are not claims.
      if (h.modality == Modality::Hypothetical) continue;
      const RelationEntry& r = lex.relations[static_cast<std::size_t>(h.relation)];
      Claim c;
      c.doc = doc.id;
      c.subject = to_actor(lex.actors[static_cast<std::size_t>(h.subject)]);
      c.object = to_actor(lex.actors[static_cast<std::size_t>(h.object)]);
      c.relation = r.relation;
      c.category = r.category;
      c.cameo = r.cameo;
      c.polarity = h.polarity != 0 ? h.polarity : r.polarity();
      c.weight = h.polarity != 0 ? std::abs(r.weight) * h.polarity : r.weight;
      c.negated = h.negated;
      // "in 1945", "during the 1962 crisis": a claim about the past, not about now.
      c.modality = modality_name(h.modality == Modality::Asserted && dates.old_year && !dates.day ? Modality::Historical
                                                                                                 : h.modality);
      c.speaker = speaker;
      c.outlet = doc.outlet;
      c.url = doc.url;
      if (dates.day) {
        c.date = format_iso_date(*dates.day);
        c.date_source = "text";
      } else {
        c.date = published ? doc.published : "";
        c.date_source = published ? "published" : "none";
      }
      c.source = "text";
      c.evidence = Evidence{std::string(s.text), span.start, span.end};
      c.id = compute_claim_id(c);
      // Two readings of one phrase with the same relation (rows of different CAMEO codes)
      // make the same claim: the first, longer-or-earlier reading is kept.
      if (!emitted.insert(c.id).second) continue;
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::string Extractor::resolve_actor(const std::string& typed) const {
  const Lexicon& lex = *impl_->lex;
  std::string name = typed;
  while (!name.empty() && name.front() == ' ') name.erase(name.begin());
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (name.empty()) return "";
  std::string key = name;
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (const auto it = lex.actor_by_id.find(key); it != lex.actor_by_id.end())
    return lex.actors[static_cast<std::size_t>(it->second)].id;
  if (const auto* phrase = lex.actor_names.find_ignoring_case(name)) {
    for (const ActorName& v : phrase->values)
      if (v.actor >= 0) return lex.actors[static_cast<std::size_t>(v.actor)].id;
  }
  return "";
}

}  // namespace irkg
