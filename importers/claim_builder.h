#pragma once
// Builds the claims and documents every importer emits, so GDELT and ICEWS rows become
// claims of exactly the same shape as claims extracted from text.
#include <string>
#include <string_view>

#include "core/claim.h"
#include "importers/importers.h"

namespace irkg::import_detail {

inline Actor to_actor(const CameoActor& a) { return Actor{a.id, a.name, a.id, a.type}; }

// The fields of one event that every claim about it shares.
struct EventFacts {
  const CameoActor* subject = nullptr;
  const CameoActor* object = nullptr;
  std::string_view cameo;
  const CameoEvent* event = nullptr;
  int polarity = 0;
  double weight = 0.0;
  std::string date;  // YYYY-MM-DD
  std::string_view source;  // gdelt, icews
};

// One claim about `facts` as reported in document `doc` by `outlet`.
inline Claim make_claim(const EventFacts& facts, std::string doc, std::string outlet, std::string url,
                        std::string evidence) {
  Claim c;
  c.doc = std::move(doc);
  c.subject = to_actor(*facts.subject);
  c.object = to_actor(*facts.object);
  c.relation = facts.event->relation;
  c.category = facts.event->plover;
  c.cameo = std::string(facts.cameo);
  c.polarity = facts.polarity;
  c.weight = facts.weight;
  c.outlet = std::move(outlet);
  c.url = std::move(url);
  c.date = facts.date;
  // The datasets code the date of the event from the article text, not its publication.
  c.date_source = c.date.empty() ? "none" : "text";
  c.source = std::string(facts.source);
  c.evidence.text = std::move(evidence);
  c.id = compute_claim_id(c);
  return c;
}

// The CAMEO event entry for `code`, repairing a code that lost its leading zero ("43" for
// "043"), which happens when a file went through a spreadsheet. `root` (GDELT's
// EventRootCode, may be empty) decides between "10" (a real root code) and a stripped "010".
const CameoEvent* find_event(const CameoTables& tables, std::string& code, std::string_view root, bool& repaired);

}  // namespace irkg::import_detail
