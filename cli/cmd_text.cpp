// irkg text: shows the main text extraction reads, so a user can see what was kept
// (and, with --json, what was dropped and why).
#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/display.h"
#include "cli/run.h"
#include "extract/main_text.h"

namespace irkg::cli {
namespace {

nlohmann::ordered_json text_json(const Document& doc, const MainText& main) {
  nlohmann::ordered_json j;
  j["id"] = doc.id;
  j["title"] = doc.title.empty() ? main.title : doc.title;
  j["author"] = main.author;
  j["published"] = doc.published.empty() ? main.published : doc.published;
  j["outlet"] = doc.outlet.empty() ? main.outlet : doc.outlet;
  j["url"] = doc.url.empty() ? main.url : doc.url;
  j["agency"] = doc.agency.empty() ? main.agency : doc.agency;
  j["detected"] = {{"title", main.title},   {"published", main.published}, {"outlet", main.outlet},
                   {"agency", main.agency}, {"url", main.url}};
  j["text"] = main.text;
  auto dropped = nlohmann::ordered_json::array();
  for (const auto& d : main.dropped) dropped.push_back({{"reason", d.reason}, {"text", d.text}});
  j["dropped"] = std::move(dropped);
  return j;
}

int run_text(const std::vector<std::string>& argv) {
  auto flags = input_flags();
  flags.erase(std::remove_if(flags.begin(), flags.end(),
                             [](const FlagSpec& f) { return f.name == "--lexicon" || f.name == "--jobs"; }),
              flags.end());
  flags.push_back({"--json", false, false, "print text, detected metadata and dropped blocks as JSON"});
  Args args("usage: irkg text [OPTIONS] INPUT...\n\n"
            "Prints the main text that extraction reads, after page furniture (menus, related\n"
            "headlines, share lines, bios, comment forms, cookie notices) is removed.",
            flags);
  return run_guarded("text", args, argv, [&] {
    if (args.positionals().empty()) throw UsageError("no INPUT given");
    const InputOptions opts = input_options(args);
    const bool json = args.has("--json");
    bool first = true;
    DocumentReader reader(
        opts.overrides,
        [&](Document&& doc) {
          MainText main;
          Document prepared = doc;
          prepare(prepared);
          if (json) {
            main = extract_main_text(doc);
            main.text = prepared.text;
            std::cout << text_json(doc, main).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
          } else {
            if (!first) std::cout << '\n';
            std::cout << display_text(prepared.text);
            if (!prepared.text.empty() && prepared.text.back() != '\n') std::cout << '\n';
          }
          first = false;
        },
        [](const std::string& where, const std::string& problem) { warn("text", where, problem); });
    for (const auto& input : args.positionals()) reader.read_input(input);
    return reader.report().documents == 0 ? kExitRuntime : kExitOk;
  });
}

const bool registered = register_command({"text", "print the main text of documents (page furniture removed)", run_text});

}  // namespace
}  // namespace irkg::cli
