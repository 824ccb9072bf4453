// Chunking by parts of speech: the shallow structure of news sentences that the frames
// need, in one left-to-right pass with no backtracking.
#include "extract/claims/chunks.h"

#include "extract/claims/tokenizer.h"
#include "extract/claims/word_class.h"

namespace irkg {
namespace {

bool noun_like(Pos p) {
  return p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS || p == Pos::CD || p == Pos::PRP;
}

// Words that can open or continue a noun phrase before its head: determiners, possessives,
// numbers, adjectives, and participles used as adjectives ("the ruling party", "an armed
// group").
bool premodifier(Pos p) {
  switch (p) {
    case Pos::DT: case Pos::PDT: case Pos::PRPS: case Pos::WPS: case Pos::CD:
    case Pos::JJ: case Pos::JJR: case Pos::JJS: case Pos::VBN: case Pos::VBG:
      return true;
    default:
      return false;
  }
}

class Chunker {
 public:
  explicit Chunker(SentenceAnalysis& s) : s_(s), t_(s.tokens), n_(s.tokens.size()) {}

  void run() {
    s_.chunks.clear();
    s_.chunk_at.assign(n_, -1);
    std::size_t i = 0;
    while (i < n_) {
      if (const std::size_t end = noun_phrase_end(i); end > i) {
        add(ChunkKind::Noun, i, end, noun_head(i, end));
        i = end;
      } else if (const std::size_t vend = verb_group_end(i); vend > i) {
        add(ChunkKind::Verb, i, vend, verb_head(i, vend));
        i = vend;
      } else if (preposition(i)) {
        add(ChunkKind::Prep, i, i + 1, i);
        ++i;
      } else {
        ++i;
      }
    }
  }

 private:
  bool in_group(std::size_t i) const { return s_.group_at[i] >= 0; }

  bool preposition(std::size_t i) const {
    return (t_[i].pos == Pos::IN || t_[i].pos == Pos::TO) && !in_group(i);
  }

  // Material of a noun phrase at i: an actor group's tokens, nouns, premodifiers, the
  // possessive 's, hyphens and number signs inside compounds ("long-range", "$5 billion").
  bool noun_material(std::size_t i) const {
    const Token& t = t_[i];
    if (in_group(i)) return true;
    if (t.pos == Pos::POS) return i > 0;
    // An adverb grading the adjective after it: "its most dependable partner", "a very
    // close ally" (inside a phrase only: a phrase never opens with one).
    if ((t.pos == Pos::RB || t.pos == Pos::RBS || t.pos == Pos::RBR) && i > 0 && i + 1 < n_ &&
        (t_[i + 1].pos == Pos::JJ || t_[i + 1].pos == Pos::JJS || t_[i + 1].pos == Pos::JJR) &&
        (t_[i - 1].pos == Pos::POS || t_[i - 1].pos == Pos::DT || t_[i - 1].pos == Pos::PRPS))
      return true;
    // Scare quotes inside a phrase: the "unbreakable" alliance, its "rock-solid" partnership.
    // A quote mark between a premodifier (or a possessive) and a word that continues the
    // phrase belongs to it; before or after the head it does not. A capitalised word after
    // it opens a quoted name or slogan (Obama's "Isolate Russia" strategy), which is read
    // as words of its own.
    if (is_quote_mark(t))
      return i > 0 && i + 1 < n_ && (premodifier(t_[i - 1].pos) || t_[i - 1].pos == Pos::POS) && t_[i + 1].word &&
             !t_[i + 1].capitalized && (noun_like(t_[i + 1].pos) || premodifier(t_[i + 1].pos)) && t_[i + 1].pos != Pos::PRP;
    if (!t.word) return (t.joined && t.lower == "-") || t.lower == "$" || t.lower == "%";
    return noun_like(t.pos) || premodifier(t.pos) || t.pos == Pos::NNPS;
  }

  // A gerund right after a possessive is a noun ("the EU's lifting of sanctions"; with a
  // noun after it, "Japan's growing cooperation", that noun is the head).
  bool head_like(std::size_t i) const {
    return in_group(i) || noun_like(t_[i].pos) || t_[i].pos == Pos::NNPS ||
           (t_[i].pos == Pos::VBG && i > 0 && t_[i - 1].pos == Pos::POS);
  }

  // A noun phrase from i to the returned end (i when none): premodifiers and nouns up to
  // the last noun. A participle or gerund opens one only before noun material ("armed
  // groups", not "killed three soldiers"), and a phrase needs a head.
  std::size_t noun_phrase_end(std::size_t i) const {
    if (!noun_material(i) || t_[i].pos == Pos::POS) return i;
    const Pos first = t_[i].pos;
    // A participle opens a phrase only before a common noun and not right after a noun,
    // where it is the verb the tagger took for a participle ("the statement criticised Japan").
    if (!in_group(i) && (first == Pos::VBN || first == Pos::VBG) &&
        !(i + 1 < n_ && !in_group(i + 1) && (t_[i + 1].pos == Pos::NN || t_[i + 1].pos == Pos::NNS || t_[i + 1].pos == Pos::JJ) &&
          (i == 0 || !head_like(i - 1))))
      return i;
    std::size_t j = i, last_head = i;
    bool headed = false;
    while (j < n_ && noun_material(j)) {
      // A participle after a head starts a reduced relative ("troops stationed in"), and a
      // pronoun is a phrase of its own.
      // After a possessive it modifies the next noun ("Japan's growing cooperation").
      if (headed && !in_group(j) && (t_[j].pos == Pos::VBN || t_[j].pos == Pos::VBG) && t_[j - 1].pos != Pos::POS) break;
      if (j > i && t_[j].pos == Pos::PRP && !in_group(j)) break;
      // A determiner after the head opens the next phrase ("called Angola a partner").
      if (headed && !in_group(j) && (t_[j].pos == Pos::DT || t_[j].pos == Pos::PDT || t_[j].pos == Pos::PRPS)) break;
      // "called the move a provocation": an article after "the" and a word the tagger took
      // for an adjective (no phrase reads "the big a ...") opens the next phrase, and that
      // word was the head.
      if (!headed && j >= i + 2 && t_[i].pos == Pos::DT && t_[j - 1].pos == Pos::JJ && !in_group(j) && !in_group(j - 1) &&
          (t_[j].lower == "a" || t_[j].lower == "an" || t_[j].lower == "the")) {
        headed = true;
        last_head = j - 1;
        break;
      }
      if (headed && opens_object_relative(j)) break;
      if (head_like(j)) {
        headed = true;
        last_head = j;
      }
      ++j;
      if (t_[j - 1].pos == Pos::PRP && !in_group(j - 1)) break;
    }
    return headed ? last_head + 1 : i;
  }

  // "the drones Iran launched", "the sanctions Washington imposed on": an actor's name right
  // after a common noun, with a finite verb of its own after it, is the subject of an object
  // relative clause with no "that", not part of the noun's phrase. (A name before the noun
  // modifies it: "the Iran deal"; one after a noun with no verb of its own, "talks Monday",
  // stays.)
  bool opens_object_relative(std::size_t j) const {
    if (j == 0 || !in_group(j) || in_group(j - 1) || !(t_[j - 1].pos == Pos::NN || t_[j - 1].pos == Pos::NNS)) return false;
    const std::int32_t g = s_.group_at[j];
    std::size_t after = j;
    while (after < n_ && s_.group_at[after] == g) ++after;
    while (after < n_ && (t_[after].pos == Pos::RB) && !in_group(after)) ++after;
    if (after >= n_ || in_group(after)) return false;
    const Pos v = t_[after].pos;
    return v == Pos::VBD || v == Pos::VBZ || v == Pos::VBP || v == Pos::MD || t_[after].lower == "had" || t_[after].lower == "has";
  }

  std::size_t noun_head(std::size_t begin, std::size_t end) const {
    for (std::size_t k = end; k > begin; --k)
      if (head_like(k - 1) && t_[k - 1].pos != Pos::CD) return k - 1;
    return end - 1;
  }

  // A verb group: modals, auxiliaries, adverbs and negators between them, the infinitive
  // "to", ending in a verb ("has not yet condemned", "is expected to sign").
  std::size_t verb_group_end(std::size_t i) const {
    std::size_t j = i, last_verb = i;
    bool verb = false;
    while (j < n_ && !in_group(j)) {
      const Pos p = t_[j].pos;
      const bool is_verb = p == Pos::VB || p == Pos::VBD || p == Pos::VBG || p == Pos::VBN || p == Pos::VBP ||
                           p == Pos::VBZ || p == Pos::MD;
      const bool inner = p == Pos::RB || p == Pos::RBR || (p == Pos::TO && j + 1 < n_ && t_[j + 1].pos == Pos::VB) ||
                         has(t_[j], word_class("negator"));
      if (is_verb) {
        verb = true;
        last_verb = j;
      } else if (!inner || (!verb && p == Pos::RBR)) {
        break;  // a comparative adverb opens no verb group ("more than ...")
      }
      ++j;
    }
    return verb ? last_verb + 1 : i;
  }

  std::size_t verb_head(std::size_t begin, std::size_t end) const {
    for (std::size_t k = end; k > begin; --k)
      if (t_[k - 1].pos != Pos::MD && t_[k - 1].pos != Pos::RB && t_[k - 1].pos != Pos::TO) return k - 1;
    return end - 1;
  }

  void add(ChunkKind kind, std::size_t begin, std::size_t end, std::size_t head) {
    const auto index = static_cast<std::int32_t>(s_.chunks.size());
    s_.chunks.push_back({kind, begin, end, head});
    for (std::size_t k = begin; k < end; ++k) s_.chunk_at[k] = index;
  }

  SentenceAnalysis& s_;
  const std::vector<Token>& t_;
  std::size_t n_;
};

}  // namespace

void find_chunks(SentenceAnalysis& s) { Chunker(s).run(); }

namespace {

const Chunk* noun_chunk_at(const SentenceAnalysis& s, std::size_t p) {
  if (p >= s.chunk_at.size() || s.chunk_at[p] < 0) return nullptr;
  const Chunk& c = s.chunks[static_cast<std::size_t>(s.chunk_at[p])];
  return c.kind == ChunkKind::Noun ? &c : nullptr;
}

bool prep_chunk_at(const SentenceAnalysis& s, std::size_t p) {
  return p < s.chunk_at.size() && s.chunk_at[p] >= 0 &&
         s.chunks[static_cast<std::size_t>(s.chunk_at[p])].kind == ChunkKind::Prep;
}

}  // namespace

std::size_t complemented_phrase_end(const SentenceAnalysis& s, std::size_t at) {
  const Chunk* c = noun_chunk_at(s, at);
  if (!c) return at;
  std::size_t end = c->end;
  while (prep_chunk_at(s, end)) {
    const Chunk* next = noun_chunk_at(s, end + 1);
    if (!next) break;
    end = next->end;
  }
  return end;
}

std::size_t complemented_phrase_begin(const SentenceAnalysis& s, std::size_t at) {
  const Chunk* c = noun_chunk_at(s, at);
  if (!c) return at;
  std::size_t begin = c->begin;
  while (begin >= 2 && prep_chunk_at(s, begin - 1)) {
    const Chunk* before = noun_chunk_at(s, begin - 2);
    if (!before) break;
    begin = before->begin;
  }
  return begin;
}

}  // namespace irkg
