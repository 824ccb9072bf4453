// irkg explain: how extraction read each sentence (tokens, tags, lemmas, actors, relation
// phrases and the patterns that fired) and why each claim has the subject, object,
// polarity, negation, modality and speaker it has. Runs the same steps as irkg extract
// (Extractor::explain), so what it shows is what extract does.
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "cli/checked_stdout.h"
#include "cli/command.h"
#include "cli/common.h"
#include "cli/display.h"
#include "cli/run.h"
#include "extract/claims/explain.h"

namespace irkg::cli {
namespace {

// An argument is text to explain, not a path, when no such file exists and it has a space:
// "Turkey condemned Greece." A single word that is no file is reported as a missing input.
bool is_text_argument(const std::string& arg) {
  if (arg == "-") return false;
  std::error_code ec;
  if (std::filesystem::exists(arg, ec)) return false;
  return arg.find_first_of(" \t\n") != std::string::npos;
}

int run_explain(const std::vector<std::string>& argv) {
  Args args("usage: irkg explain [OPTIONS] (TEXT | - | INPUT...)\n\n"
            "Shows how extraction reads each sentence: tokens as word/TAG/lemma with clause\n"
            "numbers |n|, actor mentions and groups, the speaker, every relation phrase with each\n"
            "reading and the dictionary pattern that fired, then each claim with the rule behind\n"
            "its subject, object, polarity, negation, modality and speaker, and the readings that\n"
            "made no claim. TEXT is a quoted sentence or paragraph; - reads JSONL documents on\n"
            "stdin; INPUT is a .txt, .html or .jsonl file or a directory, read as irkg extract\n"
            "reads it.",
            {{"--json", false, false, "one JSON object per sentence instead of text"},
             {"--lexicon", true, true, "FILE  extra dictionary entries (repeatable; see data/README.md)"},
             {"--date", true, false, "YYYY-MM-DD  publication date (resolves offices and 'on Monday')"}});
  return run_guarded("explain", args, argv, [&] {
    if (args.positionals().empty()) throw UsageError("no TEXT or INPUT given");
    const bool json = args.has("--json");
    DocumentOverrides overrides;
    overrides.published = args.date("--date");
    const Extractor extractor = make_extractor(args.get_all("--lexicon"));
    std::size_t failed = 0;
    bool first = true;
    const auto explain = [&](Document&& doc) {
      std::vector<SentenceExplanation> sentences;
      try {
        prepare(doc);
        sentences = extractor.explain(doc);
      } catch (const std::exception& e) {
        warn("explain", doc.id, e.what());
        ++failed;
        return;
      }
      if (!json) {
        std::cout << (first ? "" : "\n") << "document " << display_line(doc.id)
                  << (doc.published.empty() ? "" : " (published " + doc.published + ")") << "\n";
        first = false;
      }
      for (const SentenceExplanation& s : sentences) {
        if (json) std::cout << explanation_json(extractor.lexicon(), s, doc.id) << '\n';
        else std::cout << '\n' << display_text(explanation_text(extractor.lexicon(), s));
      }
      flush_stdout_or_throw();
    };
    DocumentReader reader(overrides, explain,
                          [](const std::string& where, const std::string& problem) { warn("explain", where, problem); });
    for (const std::string& input : args.positionals()) {
      if (!is_text_argument(input)) {
        reader.read_input(input);
        continue;
      }
      Document doc;
      doc.id = "text";
      doc.format = DocumentFormat::Text;
      doc.raw = input;
      doc.published = overrides.published;
      explain(std::move(doc));
    }
    // Every input was asked for by name: one that could not be read is a failure.
    return reader.report().skipped + failed > 0 ? kExitRuntime : kExitOk;
  });
}

const bool registered =
    register_command({"explain", "show how sentences are read and why each claim is (not) there", run_explain});

}  // namespace
}  // namespace irkg::cli
