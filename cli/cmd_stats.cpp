// irkg stats: what a store holds.
#include <iomanip>
#include <sstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/display.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

std::string human_bytes(std::uint64_t b) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  std::ostringstream out;
  out << std::fixed << std::setprecision(u == 0 ? 0 : 1) << v << " " << units[u];
  return out.str();
}

int run_stats(const std::vector<std::string>& argv) {
  Args args("usage: irkg stats --db DIR [--json]\n\nDocuments, claims, actors, outlets, date range and size of a store.",
            {{"--db", true, false, "DIR  the claim store"}, {"--json", false, false, "print as JSON"}});
  return run_guarded("stats", args, argv, [&] {
    const Store store = Store::open(args.require("--db"), Store::Mode::ReadOnly);
    const StoreStats s = store.stats();
    if (args.has("--json")) {
      nlohmann::ordered_json j{{"documents", s.documents},     {"claims", s.claims},
                               {"actors", s.actors},           {"outlets", s.outlets},
                               {"first_date", s.first_date},   {"last_date", s.last_date},
                               {"bytes_on_disk", s.bytes_on_disk}, {"schema_version", s.schema_version},
                               {"lexicon_version", s.lexicon_version}};
      std::cout << j.dump(1) << '\n';
      return kExitOk;
    }
    std::cout << "documents:  " << s.documents << "\n"
              << "claims:     " << s.claims << "\n"
              << "actors:     " << s.actors << "\n"
              << "outlets:    " << s.outlets << "\n"
              << "dates:      "
              << (s.first_date.empty() ? "none" : display_line(s.first_date + " .. " + s.last_date)) << "\n"
              << "on disk:    " << human_bytes(s.bytes_on_disk) << "\n"
              << "schema:     " << s.schema_version << "\n"
              << "dictionary: " << (s.lexicon_version.empty() ? "unknown" : display_line(s.lexicon_version)) << "\n";
    return kExitOk;
  });
}

const bool registered = register_command({"stats", "show what a store holds", run_stats});

}  // namespace
}  // namespace irkg::cli
