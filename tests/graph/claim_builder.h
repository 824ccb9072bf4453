#pragma once
// Builds claims the way the extractor would emit them, for constructed graphs.
#include <string>

#include "core/claim.h"

namespace irkg::test {

inline Actor state(const std::string& code, const std::string& name = "") {
  return Actor{code, name.empty() ? code : name, code, "state"};
}

// A claim "s relation o" with the sign's usual category and intensity.
inline Claim claim(const std::string& s, const std::string& o, int polarity, const std::string& outlet = "wire.example",
                   const std::string& date = "2024-03-01", double weight = 0.0) {
  Claim c;
  c.subject = state(s);
  c.object = state(o);
  c.polarity = polarity;
  c.relation = polarity > 0 ? "cooperate" : polarity < 0 ? "condemn" : "meet";
  c.category = polarity > 0 ? "COOPERATE" : polarity < 0 ? "DISAPPROVE" : "CONSULT";
  c.weight = weight != 0.0 ? weight : polarity * 4.0;
  c.outlet = outlet;
  c.date = date;
  c.evidence.text = s + " " + c.relation + " " + o + " (" + outlet + ")";
  c.id = s + "-" + o + "-" + outlet + "-" + date + "-" + std::to_string(polarity);
  return c;
}

}  // namespace irkg::test
