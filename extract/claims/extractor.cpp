// The Extractor: sentences -> analysis -> frames -> claims with evidence and provenance.
#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <unordered_set>

#include "core/date.h"
#include "extract/claims/analysis.h"
#include "extract/claims/explain.h"
#include "extract/claims/frames.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/sentences.h"
#include "extract/claims/chunks.h"
#include "extract/claims/former_office.h"
#include "extract/claims/headline.h"
#include "extract/claims/dateline.h"
#include "extract/claims/tagger.h"
#include "extract/claims/text_dates.h"

namespace irkg {
namespace {

// Longer "sentences" are tables, lists or run-on junk without punctuation: reading them
// as prose yields nonsense pairs and costs quadratic time in the frames.
constexpr std::size_t kMaxSentenceBytes = 3000;

// "Serbia takes on Japan", "Spain beat Croatia": team names are countries' names, but a
// sentence about a match is not about the states. A sport word settles it; words that are
// also political ("defending", "goals", "league") need a second one. Words inside an
// actor's name ("the Arab League", "the International Olympic Committee") do not count.
// "11-3", "2-1": two numbers joined by a hyphen, as the tokenizer splits them.
bool score_at(const std::vector<Token>& t, std::size_t p) {
  const auto number = [&](std::size_t q) {
    return q < t.size() && !t[q].lower.empty() && t[q].lower.size() <= 3 &&
           std::all_of(t[q].lower.begin(), t[q].lower.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (number(p) && p + 2 < t.size() && t[p + 1].lower == "-" && t[p + 1].joined && t[p + 2].joined && number(p + 2)) return true;
  // A tokenizer that keeps "11-3" whole.
  const std::string& w = t[p].lower;
  const std::size_t dash = w.find('-');
  return dash != std::string::npos && dash > 0 && dash + 1 < w.size() && w.size() <= 7 &&
         std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

bool about_sport(const SentenceAnalysis& s) {
  std::vector<bool> in_name(s.tokens.size(), false);
  for (const ActorMention& m : s.mentions)
    for (std::size_t p = m.begin; p < m.end && p < in_name.size(); ++p) in_name[p] = true;
  // "Qatar, which hosted the World Cup, mediated ...": a relative clause's words describe an
  // actor; they do not make the sentence one about sport.
  std::vector<bool> in_relative(s.tokens.size(), false);
  for (std::size_t p = 0; p < s.tokens.size(); ++p) {
    const bool opens = p == 0 || s.clause_at[p] != s.clause_at[p - 1];
    const bool relative = opens && has(s.tokens[p], word_class("relative")) && !has(s.tokens[p], word_class("complementizer"));
    in_relative[p] = relative || (!opens && p > 0 && in_relative[p - 1]);
  }
  int hints = 0;
  for (std::size_t p = 0; p < s.tokens.size(); ++p) {
    if (in_name[p] || in_relative[p]) continue;
    if (has(s.tokens[p], word_class("sports_context"))) return true;
    // A named cup ("the World Cup", "the Africa Cup of Nations", "the Davis Cup").
    if (p > 0 && (s.tokens[p].raw == "Cup" || s.tokens[p].raw == "Copa") && s.tokens[p - 1].capitalized) return true;
    if (has(s.tokens[p], word_class("sports_hint")) && ++hints == 2) return true;
    // A score right after a team's name ("beat Mexico 11-3") hints at sport; alone it may
    // be a vote ("passed 13-0").
    if (p > 0 && in_name[p - 1] && score_at(s.tokens, p) && ++hints == 2) return true;
  }
  return false;
}

// "Q: Is the government going to take this to the Security Council?": an interviewer's
// yes/no question asserts nothing (a wh-question presupposes its act: "Why did
// China back Pakistan?" is left to the frames). The question opens with an auxiliary, a
// modal or a form of "be", past an interviewer's "Q:" label.
bool yes_no_question(const Lexicon& lex, const SentenceAnalysis& s) {
  const auto& t = s.tokens;
  std::size_t last = t.size();
  while (last > 0 && !t[last - 1].word && t[last - 1].lower != "?") --last;
  if (last == 0 || t[last - 1].lower != "?") return false;
  std::size_t first = 0;
  while (first < t.size() && !t[first].word) ++first;
  // Only an interviewer's question, labelled "Q:" or "Question:": a headline asked as a
  // question ("Will Putin betray Xi?") is the article's claim put as a question.
  if (!(first + 1 < t.size() && (t[first].lower == "q" || t[first].lower == "question") && t[first + 1].lower == ":")) return false;
  first += 2;
  while (first < t.size() && !t[first].word) ++first;
  if (first >= t.size()) return false;
  return lex.grammar.in("question_opener", t[first].lower);
}

// In a sentence about sport only the acts of states around it stand (visas refused to a
// team, a ban): the rows marked `off-pitch`.
void keep_off_pitch(const Lexicon& lex, std::vector<FrameHit>& hits) {
  std::erase_if(hits, [&](const FrameHit& h) { return !lex.relations[static_cast<std::size_t>(h.relation)].off_pitch; });
}

// The country is the one the actor counts as on the document's day: a person coded from a
// TABARI/PETRARCH file with dated codes counts as the state or organisation of the spell
// the day falls in (Ann Veneman: USA while at Agriculture, the UN at UNICEF).
// Without a date the actor's own country stands.
Actor to_actor(const ActorEntry& e, const std::optional<Ymd>& day) {
  const std::string& country = day ? e.country_on(static_cast<int>(days_from_civil(*day))) : e.country;
  return Actor{e.id, e.name, country, std::string(actor_type_name(e.type))};
}

// The per-sentence steps of extraction with the state a document carries from sentence
// to sentence; Extractor::extract and Extractor::explain both run them, so explain shows
// exactly what extract does.
class DocumentSteps {
 public:
  // The headline, when there is one to read (headline_to_read), is read first: the
  // sentences run over the headline, a line break and the body, and claims from the
  // headline carry no body offsets.
  DocumentSteps(const Lexicon& lex, const Document& doc)
      : lex_(lex), doc_(doc), published_(parse_iso_date(doc.published)),
        day_(published_ ? static_cast<int>(days_from_civil(*published_)) : 0) {
    if (std::string headline = headline_to_read(doc); !headline.empty()) {
      headline_bytes_ = headline.size() + 1;
      auto joined = std::make_shared<std::string>(std::move(headline));
      joined->push_back('\n');
      joined->append(doc.text);
      with_headline_ = std::move(joined);
      text_ = *with_headline_;
    } else {
      text_ = doc.text;
    }
  }

  std::vector<SentenceSpan> sentences() const { return split_sentences(text_, lex_.grammar.words("abbreviation")); }

  const std::shared_ptr<const std::string>& text_owner() const { return with_headline_; }

  // A span's offsets in the body text; a headline sentence has none (0, 0).
  SentenceSpan in_body(const SentenceSpan& span) const {
    if (span.start < headline_bytes_) return SentenceSpan{0, 0};
    return SentenceSpan{span.start - headline_bytes_, span.end - headline_bytes_};
  }

  // Analyses one sentence into `s` and, when it gets that far, runs the frames into `hits`.
  SentenceFate read(const SentenceSpan& span, SentenceAnalysis& s, std::vector<FrameHit>& hits) {
    s.text = text_.substr(span.start, span.end - span.start);
    if (span.end - span.start > kMaxSentenceBytes) {
      carried_.clear();
      return SentenceFate::TooLong;
    }
    // A headline or pull quote repeated in the body is one piece of evidence, not two.
    if (!seen_sentences_.insert(s.text).second) return SentenceFate::Repeated;
    s.tokens = tokenize(s.text);
    if (const std::size_t dateline = dateline_length(s.tokens); dateline > 0) {
      if (!recent_.dateline_seen) {
        recent_.dateline_seen = true;
        recent_.dateline_state = dateline_state(lex_, s.tokens, dateline);
      }
      s.tokens.erase(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(dateline));
    }
    for (Token& t : s.tokens) t.classes = lex_.grammar.mask_of(t.lower);
    find_mentions(lex_, s, day_, published_.has_value(), recent_);
    if (s.mentions.empty()) {
      carried_.clear();
      return SentenceFate::NoActor;
    }
    // Parts of speech serve the relation patterns; a sentence naming no actor needs none.
    tag_tokens(s.tokens);
    find_chunks(s);
    drop_former_office_groups(lex_, s);
    find_clauses_and_triggers(lex_, s);
    const bool sport = about_sport(s);
    hits = apply_frames(lex_, s, carried_, recent_acts_, &doerless_acts_, &story_acts_, story_state(recent_));
    if (sport) keep_off_pitch(lex_, hits);
    if (yes_no_question(lex_, s)) hits.clear();
    remember_acts(hits);
    if (!sport) return SentenceFate::Read;
    return hits.empty() ? SentenceFate::Sport : SentenceFate::Read;
  }

  // Appends the claims of a read sentence's hits to `out`. `claim_of_hit`, when given,
  // receives per hit the index in `out` of its claim or kHitHypothetical/kHitDuplicate.
  // Returns the sentence's dates.
  SentenceDates claims(const SentenceSpan& span, const SentenceAnalysis& s, const std::vector<FrameHit>& hits,
                       std::vector<Claim>& out, std::vector<std::int32_t>* claim_of_hit) {
    const Lexicon& lex = lex_;
    const SentenceDates dates = dates_in_sentence(s.tokens, published_);
    std::string speaker;
    if (s.speaker_group >= 0) {
      const Group& g = s.groups[static_cast<std::size_t>(s.speaker_group)];
      speaker = lex.actors[static_cast<std::size_t>(s.mentions[static_cast<std::size_t>(g.mentions.front())].actor)].id;
    }
    for (const FrameHit& h : hits) {
      // "X could sanction Y", "if X attacks Y": conditions and possibilities are not claims.
      if (h.modality == Modality::Hypothetical) {
        if (claim_of_hit) claim_of_hit->push_back(kHitHypothetical);
        continue;
      }
      const RelationEntry& r = lex.relations[static_cast<std::size_t>(h.relation)];
      Claim c;
      c.doc = doc_.id;
      // The day the claim is about: the sentence's own date, else the publication's.
      const std::optional<Ymd>& when = dates.day ? dates.day : published_;
      c.subject = to_actor(lex.actors[static_cast<std::size_t>(h.subject)], when);
      c.object = to_actor(lex.actors[static_cast<std::size_t>(h.object)], when);
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
      c.outlet = doc_.outlet;
      c.url = doc_.url;
      if (dates.day) {
        c.date = format_iso_date(*dates.day);
        c.date_source = "text";
      } else {
        c.date = published_ ? doc_.published : "";
        c.date_source = published_ ? "published" : "none";
      }
      c.source = "text";
      const SentenceSpan body = in_body(span);
      c.evidence = Evidence{std::string(s.text), body.start, body.end};
      c.id = compute_claim_id(c);
      // Two readings of one phrase with the same relation (rows of different CAMEO codes)
      // make the same claim: the first, longer-or-earlier reading is kept.
      if (!emitted_.insert(c.id).second) {
        if (claim_of_hit) claim_of_hit->push_back(kHitDuplicate);
        continue;
      }
      if (claim_of_hit) claim_of_hit->push_back(static_cast<std::int32_t>(out.size()));
      out.push_back(std::move(c));
    }
    return dates;
  }

 private:
  const Lexicon& lex_;
  const Document& doc_;
  const std::optional<Ymd> published_;
  const int day_;
  // The headline, a line break and the body, when a headline is read; shared so that
  // explanations, whose tokens point into it, keep it alive after these steps.
  std::shared_ptr<const std::string> with_headline_;
  std::string_view text_;           // what the sentences run over: that, or the body
  std::size_t headline_bytes_ = 0;  // the headline's bytes with its line break
  // The acts the last kActSentences sentences with actors asserted, oldest first, for a
  // stance on one named by a definite noun ("France condemned the shelling").
  static constexpr std::size_t kActSentences = 5;
  void remember_acts(const std::vector<FrameHit>& hits) {
    // "Modi met Putin in Moscow. Zelensky criticised the two leaders": with no pair named
    // together in it, a sentence's first asserted act between two states' actors makes the
    // pair that "the two leaders" takes next.
    // The pair the story is about wins over a passing one: an act between another pair
    // replaces it only once that pair has been told of as often ("India and Pakistan ...
    // China, Pakistan's partner, urged restraint. Moscow offered talks between the two
    // countries").
    const auto statelike = [](const ActorEntry& x) { return x.territorial() || x.type == ActorType::Person; };
    const auto key = [&](std::int32_t x, std::int32_t y) {
      const std::string& a = lex_.actors[static_cast<std::size_t>(x)].country;
      const std::string& b = lex_.actors[static_cast<std::size_t>(y)].country;
      return a < b ? a + "|" + b : b + "|" + a;
    };
    for (const FrameHit& h : hits) {
      const ActorEntry& a = lex_.actors[static_cast<std::size_t>(h.subject)];
      const ActorEntry& b = lex_.actors[static_cast<std::size_t>(h.object)];
      if (h.modality == Modality::Asserted && !h.negated && statelike(a) && statelike(b) && a.country != b.country) {
        ++pair_acts_[key(h.subject, h.object)];
        // (States that strike a third together are no sides against each other.)
        if (h.relation != lex_.coalition_relation) ++acts_between_[key(h.subject, h.object)];
        const int sign = h.polarity != 0 ? h.polarity : lex_.relations[static_cast<std::size_t>(h.relation)].polarity();
        if (sign < 0 && a.territorial() && b.territorial()) {
          const int n = ++hostile_acts_[key(h.subject, h.object)];
          // (An appeal to comply, "called on Moscow to respect its obligations", is signed
          // hostile but asks no calm of anyone: it does not make its pair a quarrel's sides.)
          if (h.polarity != 0 || lex_.relations[static_cast<std::size_t>(h.relation)].weight <= -1.0)
            ++quarrel_acts_[key(h.subject, h.object)];
          const bool current = recent_.hostile_a >= 0 && recent_.hostile_b >= 0;
          if (!current || n > hostile_acts_[key(recent_.hostile_a, recent_.hostile_b)]) {
            recent_.hostile_a = h.subject;
            recent_.hostile_b = h.object;
          }
        }
      }
    }
    // (A pair named together, "Japan and Russia", counts as much as two acts; it is the pair
    // of its own sentence, and of the ones after only while it is told of as often as the
    // pair before it: "The UAE and Bahrain backed Riyadh" does not make them "the two
    // countries" of a Saudi-Canadian row.)
    if (recent_.pair_named_here && recent_.pair_a >= 0 && recent_.pair_b >= 0) {
      pair_acts_[key(recent_.pair_a, recent_.pair_b)] += 2;
      if (story_a_ >= 0 && story_b_ >= 0 && key(story_a_, story_b_) != key(recent_.pair_a, recent_.pair_b) &&
          pair_acts_[key(story_a_, story_b_)] >= pair_acts_[key(recent_.pair_a, recent_.pair_b)]) {
        recent_.pair_a = story_a_;
        recent_.pair_b = story_b_;
      }
    }
    if (!recent_.pair_named_here)
      for (const FrameHit& h : hits) {
        const ActorEntry& a = lex_.actors[static_cast<std::size_t>(h.subject)];
        const ActorEntry& b = lex_.actors[static_cast<std::size_t>(h.object)];
        if (h.modality == Modality::Asserted && !h.negated && statelike(a) && statelike(b) && a.country != b.country) {
          const bool current = recent_.pair_a >= 0 && recent_.pair_b >= 0;
          if (current && pair_acts_[key(recent_.pair_a, recent_.pair_b)] > pair_acts_[key(h.subject, h.object)]) break;
          recent_.pair_a = h.subject;
          recent_.pair_b = h.object;
          break;
        }
      }
    // The parties a mediator or host stood between, told by one phrase.
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const FrameHit& x = hits[i];
      const bool between = x.relation >= 0 && (lex_.relations[static_cast<std::size_t>(x.relation)].relation == "mediate");
      if (!between || x.negated || x.modality != Modality::Asserted) continue;
      for (std::size_t j = i + 1; j < hits.size(); ++j) {
        const FrameHit& y = hits[j];
        if (y.subject == x.subject && y.relation == x.relation && y.why.trigger == x.why.trigger &&
            lex_.actors[static_cast<std::size_t>(y.object)].country != lex_.actors[static_cast<std::size_t>(x.object)].country) {
          recent_.mediated_a = x.object;
          recent_.mediated_b = y.object;
        }
      }
    }
    story_a_ = recent_.pair_a;
    story_b_ = recent_.pair_b;
    recent_.pair_acts = recent_.pair_a >= 0 && recent_.pair_b >= 0 ? acts_between_[key(recent_.pair_a, recent_.pair_b)] : 0;
    recent_.pair_hostile_acts = recent_.pair_a >= 0 && recent_.pair_b >= 0 ? quarrel_acts_[key(recent_.pair_a, recent_.pair_b)] : 0;
    ++sentences_read_;
    acts_per_sentence_.push_back(0);
    // (A stance on an act, its sign set by the stance, "opposed sanctioning Myanmar", is no
    // act that "the decision" could name later.)
    for (const FrameHit& h : hits)
      if (h.modality == Modality::Asserted && !h.negated && h.subject != h.object && h.polarity == 0) {
        recent_acts_.push_back(RecentAct{h.subject, h.object, h.relation, sentences_read_});
        ++acts_per_sentence_.back();
        if (story_acts_.size() < kStoryActs) story_acts_.push_back(recent_acts_.back());
      }
    // Acts with no doer named: numbered now, kept for the same window.
    for (RecentAct& act : doerless_acts_)
      if (act.sentence == 0) act.sentence = sentences_read_;
    std::erase_if(doerless_acts_, [&](const RecentAct& act) { return act.sentence + kActSentences <= sentences_read_; });
    if (acts_per_sentence_.size() > kActSentences) {
      recent_acts_.erase(recent_acts_.begin(), recent_acts_.begin() + static_cast<std::ptrdiff_t>(acts_per_sentence_.front()));
      acts_per_sentence_.erase(acts_per_sentence_.begin());
    }
  }

  CarriedSubject carried_;  // what the previous sentence was about, for "It also ..."
  std::vector<RecentAct> recent_acts_;
  std::vector<RecentAct> doerless_acts_;  // hostile acts told with no doer named (frames.h)
  // The document's acts, oldest first: its first operation or deal is the one "the operation"
  // or "the deal" names when none was told lately. (Only the first ones matter.)
  static constexpr std::size_t kStoryActs = 64;
  std::vector<RecentAct> story_acts_;
  std::vector<std::size_t> acts_per_sentence_;
  std::uint32_t sentences_read_ = 0;  // RecentAct::sentence
  std::int32_t story_a_ = -1, story_b_ = -1;  // the pair "the two countries" took after the last sentence
  std::map<std::string, int> pair_acts_;  // asserted acts per pair of states ("CHN|PAK"), this document
  std::map<std::string, int> hostile_acts_;  // of them, the hostile ones
  std::map<std::string, int> quarrel_acts_;  // of those, the ones hostile beyond an appeal to comply
  std::map<std::string, int> acts_between_;  // asserted acts per pair, with no count for naming a pair together
  RecentActors recent_;                 // actors named lately, for "the two countries"
  std::unordered_set<std::string_view> seen_sentences_;
  std::unordered_set<std::string> emitted_;  // claim ids already made in this document
};

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

const Lexicon& Extractor::lexicon() const { return *impl_->lex; }

std::vector<Claim> Extractor::extract(const Document& doc) const {
  std::vector<Claim> out;
  DocumentSteps steps(*impl_->lex, doc);
  std::vector<FrameHit> hits;
  for (const SentenceSpan& span : steps.sentences()) {
    SentenceAnalysis s;
    if (steps.read(span, s, hits) != SentenceFate::Read) continue;
    steps.claims(span, s, hits, out, nullptr);
  }
  return out;
}

std::vector<SentenceExplanation> Extractor::explain(const Document& doc) const {
  std::vector<SentenceExplanation> out;
  DocumentSteps steps(*impl_->lex, doc);
  for (const SentenceSpan& span : steps.sentences()) {
    SentenceExplanation& e = out.emplace_back();
    e.text_owner = steps.text_owner();
    const SentenceSpan body = steps.in_body(span);
    e.start = body.start;
    e.end = body.end;
    e.fate = steps.read(span, e.analysis, e.hits);
    if (e.fate == SentenceFate::Read) {
      e.old_year = steps.claims(span, e.analysis, e.hits, e.claims, &e.claim_of_hit).old_year.has_value();
    } else if (e.fate == SentenceFate::NoActor) {
      tag_tokens(e.analysis.tokens);  // for display only: the sentence is done with
      find_chunks(e.analysis);
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
