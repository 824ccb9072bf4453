// irkg claims: stored claims filtered by actors, outlet and dates.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/common.h"
#include "core/agencies.h"
#include "cli/run.h"
#include "compare/compare.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

std::string polarity_word(int p) { return p > 0 ? "+" : p < 0 ? "-" : "0"; }

// "DATE  SUBJECT RELATION OBJECT", every part from the store made safe for a terminal.
std::string claim_heading(const Claim& c) {
  return (c.date.empty() ? std::string("----------") : display_line(c.date)) + "  " + display_line(c.subject.country) +
         " " + display_line(c.relation) + " " + display_line(c.object.country);
}

void print_corroborated(const CorroboratedClaim& g, bool json) {
  const Claim& c = g.representative;
  if (json) {
    // the representative claim's line with the corroboration added
    std::string line = claim_to_json_line(c);
    line.pop_back();
    const nlohmann::json extra{{"outlets", g.outlets}, {"documents", g.documents}, {"claims", g.claim_ids}};
    std::cout << line << ",\"corroboration\":" << extra.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "}\n";
    return;
  }
  std::cout << claim_heading(c) << " (" << polarity_word(c.polarity) << ")  " << g.outlets.size() << " outlets:";
  for (const auto& o : g.outlets) std::cout << " " << display_line(o) << ";";
  std::cout << "\n    \"" << display_line(c.evidence.text) << "\"\n";
}

int run_claims(const std::vector<std::string>& argv) {
  Args args("usage: irkg claims --db DIR [OPTIONS]\n\n"
            "Lists stored claims, newest first within each index order. Actors are codes or names\n"
            "(CHN, China, Beijing).",
            {{"--db", true, false, "DIR  the claim store"},
             {"--subject", true, false, "ACTOR  claims made by this actor"},
             {"--object", true, false, "ACTOR  claims about this actor"},
             {"--between", false, false, "match subject and object in either direction"},
             {"--outlet", true, false, "NAME  claims reported by this outlet"},
             {"--agency", true, false, "NAME  claims of stories from this wire agency (AP, Reuters, PTI ...)"},
             {"--since", true, false, "YYYY-MM-DD  claims dated on or after"},
             {"--until", true, false, "YYYY-MM-DD  claims dated on or before"},
             {"--limit", true, false, "N  at most N claims (default: all)"},
             {"--lexicon", true, true, "FILE  extra dictionary entries for actor names"},
             {"--corroborated-by", true, false,
              "N  only claims reported by at least N outlets (same pair, category and polarity within --window)"},
             {"--raw-copies", false, false, "with --corroborated-by: count every copy of a syndicated story as a source"},
             {"--window", true, false, "DAYS  dates of one corroborated claim lie within DAYS of its first (default 7)"},
             {"--json", false, false, "one JSON claim per line"}});
  return run_guarded("claims", args, argv, [&] {
    const std::string db = args.require("--db");
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    ClaimFilter filter;
    filter.since = args.date("--since");
    filter.until = args.date("--until");
    filter.outlet = args.get("--outlet");
    if (args.has("--agency")) filter.agency = normalize_agency(args.get("--agency"));
    filter.limit = static_cast<std::size_t>(args.integer("--limit", 0, 0, 1'000'000'000));
    filter.either_direction = args.has("--between");
    if (args.has("--subject") || args.has("--object")) {
      std::vector<std::string> typed;
      if (args.has("--subject")) typed.push_back(args.get("--subject"));
      if (args.has("--object")) typed.push_back(args.get("--object"));
      const auto codes = resolve_actors(args, typed);
      if (args.has("--subject")) filter.subject = codes.front();
      if (args.has("--object")) filter.object = codes.back();
    }
    if (!filter.since.empty() && !filter.until.empty() && filter.since > filter.until)
      throw UsageError("--since " + filter.since + " is after --until " + filter.until);
    const Store store = Store::open(db, Store::Mode::ReadOnly);
    if (args.has("--corroborated-by")) {
      const auto min_outlets = static_cast<std::size_t>(args.integer("--corroborated-by", 2, 1, 100000));
      const int window = static_cast<int>(args.integer("--window", 7, 0, 36500));
      const std::size_t limit = filter.limit;
      filter.limit = 0;  // corroboration needs every matching claim; the limit applies to groups
      std::size_t shown = 0;
      for (const CorroboratedClaim& g : corroborate(store.claims(filter), window, min_outlets, args.has("--raw-copies"))) {
        if (g.outlets.size() < min_outlets || (limit && shown == limit)) continue;
        ++shown;
        print_corroborated(g, args.has("--json"));
      }
      if (!args.has("--json")) std::cerr << shown << " corroborated claim(s)\n";
      return kExitOk;
    }
    const auto claims = store.claims(filter);
    for (const auto& c : claims) {
      if (args.has("--json")) {
        std::cout << claim_to_json_line(c) << '\n';
      } else {
        std::cout << claim_heading(c) << " (" << polarity_word(c.polarity) << (c.negated ? ", negated" : "")
                  << (c.modality != "asserted" ? ", " + display_line(c.modality) : "") << ")  "
                  << (c.outlet.empty() ? "unknown outlet" : display_line(c.outlet)) << "\n    \""
                  << display_line(c.evidence.text) << "\"\n";
      }
    }
    if (!args.has("--json")) std::cerr << claims.size() << " claim(s)\n";
    return kExitOk;
  });
}

const bool registered = register_command({"claims", "list stored claims by actor, outlet and date", run_claims});

}  // namespace
}  // namespace irkg::cli
