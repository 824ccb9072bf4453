#pragma once
// Claims from main text: actors, relations, flags, dates.
#include <memory>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"

namespace irkg {

class Lexicon;  // extract/claims/lexicon.h: actors, aliases, relation phrases
struct SentenceExplanation;  // extract/claims/explain.h: one sentence as extraction read it

// Loads the embedded dictionaries (data/) plus user files given with --lexicon.
// Throws std::runtime_error naming file and line on a malformed entry.
std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& extra_files = {});

// A version string of the loaded dictionaries (hash of their contents), stored with
// claims so a store knows which dictionaries produced them.
std::string lexicon_version(const Lexicon& lexicon);

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  // Claims from doc.text (already main text). Fills doc/outlet/url/date and a stable id
  // on every claim. Thread-safe: one Extractor may be shared by worker threads.
  std::vector<Claim> extract(const Document& doc) const;

  // Every sentence of doc.text as extract() reads it, with the claims each produces (the
  // same steps and the same claims, in the same order) and why. The analyses point into
  // doc.text: keep `doc` alive while using them.
  std::vector<SentenceExplanation> explain(const Document& doc) const;

  // The dictionaries this extractor reads (for rendering explanations).
  const Lexicon& lexicon() const;

  // Resolves an actor typed by a user ("CHN", "China", "Beijing", "Xi Jinping") to its
  // code, or empty when unknown.
  std::string resolve_actor(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg
