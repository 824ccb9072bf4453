#pragma once
// Deterministic synthetic claims for the graph and export benchmarks: a fixed number of
// state actors, outlets and categories, dates over two years, realistic string sizes.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/date.h"

namespace irkg::bench {

inline std::string actor_code(std::size_t i) {
  std::string code = "A";
  code += static_cast<char>('A' + (i / 26 / 26) % 26);
  code += static_cast<char>('A' + (i / 26) % 26);
  code += static_cast<char>('A' + i % 26);
  return code;
}

inline Claim synthetic_claim(std::mt19937_64& rng, std::size_t actors) {
  static const char* kCategories[] = {"COOPERATE", "DISAPPROVE", "CONSULT", "AID", "THREATEN",
                                      "SANCTION",  "PRAISE",     "REJECT",  "ASSAULT", "AGREE"};
  static const int kPolarity[] = {1, -1, 0, 1, -1, -1, 1, -1, -1, 1};
  std::uniform_int_distribution<std::size_t> actor(0, actors - 1), cat(0, 9), outlet(0, 19), day(0, 729);
  Claim c;
  const std::size_t s = actor(rng);
  std::size_t o = actor(rng);
  if (o == s) o = (o + 1) % actors;
  c.subject = Actor{actor_code(s), "Country " + actor_code(s), actor_code(s), "state"};
  c.object = Actor{actor_code(o), "Country " + actor_code(o), actor_code(o), "state"};
  const std::size_t k = cat(rng);
  c.category = kCategories[k];
  c.relation = std::string(kCategories[k]) + "_verb";
  c.polarity = kPolarity[k];
  c.weight = c.polarity * static_cast<double>(1 + rng() % 9);
  c.outlet = "outlet" + std::to_string(outlet(rng)) + ".example";
  c.date = format_iso_date(civil_from_days(days_from_civil({2023, 1, 1}) + static_cast<long>(day(rng))));
  c.evidence.text = c.subject.name + " and " + c.object.name + " were reported in a synthetic sentence of usual length.";
  c.id = std::to_string(rng());
  return c;
}

inline std::vector<Claim> synthetic_claims(std::size_t n, std::size_t actors, std::uint64_t seed = 42) {
  std::mt19937_64 rng(seed);
  std::vector<Claim> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(synthetic_claim(rng, actors));
  return out;
}

}  // namespace irkg::bench
