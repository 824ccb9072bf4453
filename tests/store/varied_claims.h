#pragma once
// Four claims of one document that vary what the store's indexes key on, for tests of the
// outlet and agency indexes: dates through 2022 not in claim id order, three outlets, one
// claim negated and one naming a person of a state (its state code differs from its own id).
#include <functional>
#include <string>
#include <vector>

#include "core/claim.h"
#include "tests/store/state_claim.h"

namespace irkg::test {

// Document `d`'s claims in `round` (a replacement's claims differ from the first's);
// `day_step` spreads documents' dates apart. `adjust`, when given, changes claim `k` before
// its id is computed.
inline std::vector<Claim> varied_claims(const std::string& doc, int d, int round, int day_step,
                                        const std::function<void(Claim&, int)>& adjust = {}) {
  static const char* const kOutlets[] = {"Daily", "Weekly", "Monthly"};
  static const char* const kStates[] = {"FRA", "DEU", "ITA", "ESP", "POL"};
  std::vector<Claim> claims;
  for (int k = 0; k < 4; ++k) {
    const int polarity = (d + k + round) % 3 == 0 ? -1 : +1;
    const std::string date =
        "2022-0" + std::to_string(1 + (d * day_step + k + round) % 9) + "-1" + std::to_string((k + round) % 10);
    Claim c = claim_of(doc, kStates[(d + k) % 5], kStates[(d + 2 * k + 1 + round) % 5], polarity,
                       polarity * (1.5 + k + round), date, kOutlets[(d + k + round) % 3], "asserted",
                       static_cast<std::size_t>(k * 60));
    if (k == 1) c.negated = true;
    if (k == 2) c.subject = {"person:" + std::to_string(d), "Someone", kStates[(d + k) % 5], "person"};
    if (adjust) adjust(c, k);
    c.id = compute_claim_id(c);
    claims.push_back(c);
  }
  return claims;
}

}  // namespace irkg::test
