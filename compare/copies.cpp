// Syndicated copies: which outlets ran the same story, and where one edited it.
#include <algorithm>
#include <map>
#include <set>

#include "compare/compare.h"
#include "compare/stance.h"

namespace irkg {

namespace {

std::string claim_key(const Claim& c) {
  return (c.subject.id.empty() ? c.subject.country : c.subject.id) + (c.negated ? " not " : " ") + c.relation + " " +
         (c.object.id.empty() ? c.object.country : c.object.id);
}

struct DocumentClaims {
  std::string outlet;
  std::set<std::string> keys;
};

}  // namespace

std::vector<StoryCopies> story_copies(const std::vector<Claim>& claims) {
  // story -> document -> its outlet and claim keys
  std::map<std::string, std::map<std::string, DocumentClaims>> stories;
  for (const Claim& c : claims) {
    // A story's first document carries no story id (only copies do): it is its own.
    DocumentClaims& d = stories[c.story.empty() ? c.doc : c.story][c.doc];
    d.outlet = compare_detail::outlet_of(c);
    d.keys.insert(claim_key(c));
  }
  std::vector<StoryCopies> out;
  for (const auto& [story, docs] : stories) {
    if (docs.size() < 2) continue;
    StoryCopies s;
    s.story = story;
    // The story's first document is the reference; when the claims at hand do not include
    // it (it says nothing about this pair), the smallest document id stands in.
    const auto first_it = docs.count(story) ? docs.find(story) : docs.begin();
    s.documents.push_back(first_it->first);
    s.outlets.push_back(first_it->second.outlet);
    for (const auto& [doc, d] : docs) {
      if (doc == first_it->first) continue;
      s.documents.push_back(doc);
      if (std::find(s.outlets.begin(), s.outlets.end(), d.outlet) == s.outlets.end()) s.outlets.push_back(d.outlet);
      CopyEdit e{d.outlet, doc, {}, {}};
      std::set_difference(d.keys.begin(), d.keys.end(), first_it->second.keys.begin(), first_it->second.keys.end(),
                          std::back_inserter(e.added));
      std::set_difference(first_it->second.keys.begin(), first_it->second.keys.end(), d.keys.begin(), d.keys.end(),
                          std::back_inserter(e.missing));
      if (!e.added.empty() || !e.missing.empty()) s.edits.push_back(std::move(e));
    }
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StoryCopies& x, const StoryCopies& y) { return x.outlets.size() > y.outlets.size(); });
  return out;
}

}  // namespace irkg
