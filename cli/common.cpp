#include "cli/common.h"
#include "cli/display.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <thread>

namespace irkg::cli {

std::vector<FlagSpec> input_flags() {
  return {
      {"--outlet", true, false, "NAME  outlet of every input (overrides detection)"},
      {"--agency", true, false, "NAME  wire agency of every input (overrides detection; data/agencies.tsv)"},
      {"--url", true, false, "URL  source URL of every input"},
      {"--published", true, false, "YYYY-MM-DD  publication date of every input"},
      {"--lexicon", true, true, "FILE  extra dictionary entries (repeatable; see data/README.md)"},
      {"--jobs", true, false, "N  extract with N threads (default 1)"},
  };
}

InputOptions input_options(const Args& args) {
  InputOptions o;
  o.overrides.outlet = args.get("--outlet");
  o.overrides.agency = args.get("--agency");
  o.overrides.url = args.get("--url");
  o.overrides.published = args.date("--published");
  o.lexicons = args.get_all("--lexicon");
  const long max_jobs = std::max(1u, std::thread::hardware_concurrency()) * 4L;
  o.jobs = static_cast<unsigned>(args.integer("--jobs", 1, 1, max_jobs));
  return o;
}

Extractor make_extractor(const std::vector<std::string>& lexicons) { return Extractor(load_lexicon(lexicons)); }

std::string resolve_actor_or_throw(const Extractor& extractor, const std::string& typed) {
  std::string code = extractor.resolve_actor(typed);
  if (code.empty()) throw UsageError("unknown actor '" + typed + "' (give a code like CHN or a name like China)");
  return code;
}

void warn(const std::string& command, const std::string& where, const std::string& problem) {
  // Both may quote the input (a file name, a JSONL id or date): keep it one safe line.
  std::cerr << "irkg " << command << ": " << display_line(where) << ": " << display_line(problem) << "\n";
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace irkg::cli
