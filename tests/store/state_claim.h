#pragma once
// A claim between two states for store tests: its relation and category follow the sign,
// its id is computed, and `start` keeps claims of one document apart.
#include <cstddef>
#include <string>

#include "core/claim.h"

namespace irkg::test {

inline Claim claim_of(const std::string& doc, const std::string& s, const std::string& o, int polarity, double weight,
                      const std::string& date, const std::string& outlet, const std::string& modality = "asserted",
                      std::size_t start = 0) {
  Claim c;
  c.doc = doc;
  c.subject = {s, s + " name", s, "state"};
  c.object = {o, o + " name", o, "state"};
  c.relation = polarity < 0 ? "condemn" : "praise";
  c.category = polarity < 0 ? "DISAPPROVE" : "COOPERATE";
  c.polarity = polarity;
  c.weight = weight;
  c.modality = modality;
  c.date = date;
  c.outlet = outlet;
  c.evidence = {"A sentence about " + s + " and " + o + ".", start, start + 30};
  c.id = compute_claim_id(c);
  return c;
}

}  // namespace irkg::test
