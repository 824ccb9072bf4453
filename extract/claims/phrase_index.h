#pragma once
// Multi-word phrases looked up by their first token: the dictionary matcher for actor
// names, relation phrases and role titles. Longest match wins, so "Latin America" can
// block "America" and "Prime Minister" beats "Minister".
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/claims/tokenizer.h"

namespace irkg {

// How a dictionary token must be written in the text to match.
enum class CaseRule : std::uint8_t {
  Any,          // "the", "of": any case
  Capitalized,  // "Japan": "Japan" or "JAPAN", never "japan" (keeps "turkey" and "chad" out)
  Exact,        // "US", "NATO": exactly as written, so the pronoun "us" is not the US
};

template <class T>
class PhraseIndex {
 public:
  struct Phrase {
    std::vector<std::string> lower;
    std::vector<std::string> exact;
    std::vector<CaseRule> rules;
    std::vector<T> values;
  };

  // Adds `value` under the phrase `text`. With `case_sensitive`, capitalised dictionary
  // words must be capitalised in the text and all-caps words must match exactly.
  // Returns false for an empty phrase.
  bool add(std::string_view text, T value, bool case_sensitive) {
    const std::vector<Token> toks = tokenize(text);
    if (toks.empty()) return false;
    std::string key;
    for (const Token& t : toks) key += t.lower + '\x1f';
    if (case_sensitive) {
      for (const Token& t : toks) key += t.word && is_all_caps(t.raw) ? 'E' : t.capitalized ? 'C' : 'a';
    }
    auto [it, fresh] = by_key_.try_emplace(key, static_cast<std::uint32_t>(phrases_.size()));
    if (fresh) {
      lower_keys_.insert(key.substr(0, key.rfind('\x1f') + 1));
      Phrase p;
      for (const Token& t : toks) {
        p.lower.push_back(t.lower);
        p.exact.emplace_back(t.raw);
        p.rules.push_back(!case_sensitive || !t.word ? CaseRule::Any
                          : is_all_caps(t.raw) && t.raw.size() > 1 ? CaseRule::Exact
                          : t.capitalized ? CaseRule::Capitalized
                                          : CaseRule::Any);
      }
      phrases_.push_back(std::move(p));
      // Longest first, and among equals in the order added: insert after the last phrase
      // at least as long. (Re-sorting the bucket on every add made loading a dictionary
      // with thousands of names sharing a first word quadratic.)
      auto& bucket = by_first_[toks.front().lower];
      const std::size_t length = toks.size();
      const auto at = std::partition_point(bucket.begin(), bucket.end(),
                                           [&](std::uint32_t x) { return phrases_[x].lower.size() >= length; });
      bucket.insert(at, it->second);
    }
    auto& values = phrases_[it->second].values;
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
    return true;
  }

  // The longest phrase starting at toks[i], or nullptr.
  const Phrase* longest(const std::vector<Token>& toks, std::size_t i) const {
    const auto it = by_first_.find(toks[i].lower);
    if (it == by_first_.end()) return nullptr;
    for (std::uint32_t index : it->second)
      if (matches_at(phrases_[index], toks, i)) return &phrases_[index];
    return nullptr;
  }

  // Every phrase starting at toks[i], longest first.
  std::vector<const Phrase*> all(const std::vector<Token>& toks, std::size_t i) const {
    std::vector<const Phrase*> out;
    const auto it = by_first_.find(toks[i].lower);
    if (it == by_first_.end()) return out;
    for (std::uint32_t index : it->second)
      if (matches_at(phrases_[index], toks, i)) out.push_back(&phrases_[index]);
    return out;
  }

  // Exact lookup of a phrase typed by a user, ignoring case.
  const Phrase* find_ignoring_case(std::string_view text) const {
    const std::vector<Token> toks = tokenize(text);
    if (toks.empty()) return nullptr;
    std::string key;
    for (const Token& t : toks) key += t.lower + '\x1f';
    for (const auto& [k, index] : by_key_)
      if (k.compare(0, key.size(), key) == 0 && (k.size() == key.size() || k[key.size()] != '\x1f') &&
          k.find('\x1f', key.size()) == std::string::npos)
        return &phrases_[index];
    return nullptr;
  }

  // Whether some phrase has these words, in any case.
  bool knows(std::string_view text) const {
    std::string key;
    for (const Token& t : tokenize(text)) key += t.lower + '\x1f';
    return !key.empty() && lower_keys_.count(key) > 0;
  }

  std::size_t size() const { return phrases_.size(); }

 private:
  static bool matches_at(const Phrase& p, const std::vector<Token>& toks, std::size_t i) {
    if (i + p.lower.size() > toks.size()) return false;
    for (std::size_t k = 0; k < p.lower.size(); ++k) {
      const Token& t = toks[i + k];
      if (t.lower != p.lower[k]) return false;
      if (p.rules[k] == CaseRule::Exact ? t.raw != p.exact[k] : p.rules[k] == CaseRule::Capitalized && !t.capitalized)
        return false;
    }
    return true;
  }

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_;
  std::unordered_map<std::string, std::uint32_t> by_key_;
  std::unordered_set<std::string> lower_keys_;  // the words of every key, without the case rules
};

}  // namespace irkg
