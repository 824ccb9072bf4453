#pragma once
// Builds claims the way the extractor would emit them, for constructed graphs.
#include <string>
#include <vector>

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

// A mixed set of claims among six states, three outlets and seven dates (one missing),
// every fourth reported and each id made unique, for graphs built two ways and compared.
// `weight_cycle` spreads the weights' sizes; `decorate(i, claim)` adds a test's own fields.
template <typename Decorate>
std::vector<Claim> varied_claims(int count, int weight_cycle, Decorate decorate) {
  std::vector<Claim> out;
  const char* codes[] = {"USA", "RUS", "CHN", "IND", "JPN", "FRA"};
  const char* outlets[] = {"wire.example", "herald.example", "post.example"};
  const char* dates[] = {"2024-03-05", "2024-01-20", "", "2023-12-31", "2024-03-06", "2024-02-29", "2024-03-07"};
  for (int i = 0; i < count; ++i) {
    const std::string s = codes[i % 6], o = codes[(i / 6 + i) % 6];
    if (s == o) continue;
    const int polarity = (i * 7) % 3 - 1;
    out.push_back(claim(s, o, polarity, outlets[(i / 2) % 3], dates[i % 7], polarity * (1.0 + i % weight_cycle)));
    out.back().id.append("#").append(std::to_string(i));  // piece by piece: GCC 12's false -Wrestrict
    if (i % 4 == 0) out.back().modality = "reported";
    decorate(i, out.back(), out.size() == 1);
  }
  return out;
}

}  // namespace irkg::test
