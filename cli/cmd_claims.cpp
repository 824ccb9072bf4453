// irkg claims: stored claims filtered by actors, outlet and dates.
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

std::string polarity_word(int p) { return p > 0 ? "+" : p < 0 ? "-" : "0"; }

int run_claims(const std::vector<std::string>& argv) {
  Args args("usage: irkg claims --db DIR [OPTIONS]\n\n"
            "Lists stored claims, newest first within each index order. Actors are codes or names\n"
            "(CHN, China, Beijing).",
            {{"--db", true, false, "DIR  the claim store"},
             {"--subject", true, false, "ACTOR  claims made by this actor"},
             {"--object", true, false, "ACTOR  claims about this actor"},
             {"--between", false, false, "match subject and object in either direction"},
             {"--outlet", true, false, "NAME  claims reported by this outlet"},
             {"--since", true, false, "YYYY-MM-DD  claims dated on or after"},
             {"--until", true, false, "YYYY-MM-DD  claims dated on or before"},
             {"--limit", true, false, "N  at most N claims (default: all)"},
             {"--lexicon", true, true, "FILE  extra dictionary entries for actor names"},
             {"--json", false, false, "one JSON claim per line"}});
  return run_guarded("claims", args, argv, [&] {
    const std::string db = args.require("--db");
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    ClaimFilter filter;
    filter.since = args.date("--since");
    filter.until = args.date("--until");
    filter.outlet = args.get("--outlet");
    filter.limit = static_cast<std::size_t>(args.integer("--limit", 0, 0, 1'000'000'000));
    filter.either_direction = args.has("--between");
    if (args.has("--subject") || args.has("--object")) {
      const Extractor extractor = make_extractor(args.get_all("--lexicon"));
      if (args.has("--subject")) filter.subject = resolve_actor_or_throw(extractor, args.get("--subject"));
      if (args.has("--object")) filter.object = resolve_actor_or_throw(extractor, args.get("--object"));
    }
    if (!filter.since.empty() && !filter.until.empty() && filter.since > filter.until)
      throw UsageError("--since " + filter.since + " is after --until " + filter.until);
    const Store store = Store::open(db, Store::Mode::ReadOnly);
    const auto claims = store.claims(filter);
    for (const auto& c : claims) {
      if (args.has("--json")) {
        std::cout << claim_to_json_line(c) << '\n';
      } else {
        std::cout << (c.date.empty() ? "----------" : c.date) << "  " << c.subject.country << " " << c.relation << " "
                  << c.object.country << " (" << polarity_word(c.polarity) << (c.negated ? ", negated" : "")
                  << (c.modality != "asserted" ? ", " + c.modality : "") << ")  "
                  << (c.outlet.empty() ? "unknown outlet" : c.outlet) << "\n    \"" << c.evidence.text << "\"\n";
      }
    }
    if (!args.has("--json")) std::cerr << claims.size() << " claim(s)\n";
    return kExitOk;
  });
}

const bool registered = register_command({"claims", "list stored claims by actor, outlet and date", run_claims});

}  // namespace
}  // namespace irkg::cli
