// irkg re-extract: runs extraction again on every stored document's kept text (after a
// dictionary change), replacing each document's claims in one atomic step.
#include <atomic>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

constexpr std::size_t kDocumentsPerRound = 256;  // bounded memory, whatever the store's size

// Documents whose claims came from event data (gdelt, icews) have no text to re-read, and
// shards loaded with ingest-sst keep no text either.
bool has_text(const StoredDocument& d) { return (d.source == "text" || d.source == "html") && !d.text.empty(); }

Document to_document(const StoredDocument& s) {
  Document d;
  d.id = s.id;
  d.format = DocumentFormat::Text;
  d.raw = s.text;
  d.text = s.text;  // already main text: furniture removal ran when it was ingested
  d.outlet = s.outlet;
  d.url = s.url;
  d.published = s.published;
  d.title = s.title;
  d.agency = s.agency;
  d.story = s.story;
  return d;
}

int run_reextract(const std::vector<std::string>& argv) {
  Args args("usage: irkg re-extract --db DIR [--lexicon FILE]... [--jobs N]\n\n"
            "Extracts claims again from the text kept for every stored document (documents\n"
            "imported from GDELT or ICEWS are skipped) and replaces each document's claims.",
            {{"--db", true, false, "DIR  the claim store"},
             {"--lexicon", true, true, "FILE  extra dictionary entries (repeatable; see data/README.md)"},
             {"--jobs", true, false, "N  extract with N threads (default 1)"}});
  return run_guarded("re-extract", args, argv, [&] {
    const std::string db = args.require("--db");
    if (!args.positionals().empty()) throw UsageError("unexpected argument '" + args.positionals().front() + "'");
    const unsigned jobs = static_cast<unsigned>(args.integer("--jobs", 1, 1, 256));
    auto lexicon = load_lexicon(args.get_all("--lexicon"));
    const Extractor extractor(lexicon);
    Store store = Store::open(db, Store::Mode::ReadWrite);
    const std::uint64_t claims_before = store.stats().claims;

    std::size_t redone = 0, skipped = 0, failed = 0;
    std::vector<Document> round;
    auto process = [&] {
      std::vector<std::vector<Claim>> results(round.size());
      std::vector<std::string> errors(round.size());
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < round.size();) {
          try {
            results[i] = extractor.extract(round[i]);
            stamp_claims(round[i], results[i]);
          } catch (const std::exception& e) {
            errors[i] = e.what();  // one bad document must not stop the others
          }
        }
      };
      {
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < jobs; ++t) workers.emplace_back(work);
        work();
      }
      for (std::size_t i = 0; i < round.size(); ++i) {
        if (!errors[i].empty()) {
          warn("re-extract", round[i].id, errors[i]);
          ++failed;
          continue;
        }
        store.replace_claims(round[i].id, results[i]);
        ++redone;
      }
      round.clear();
    };
    // Replacing claims while iterating is safe: the iterator reads the snapshot taken when
    // it was created, and replace_claims never writes the documents family.
    store.for_each_document([&](const StoredDocument& d) {
      if (!has_text(d)) {
        ++skipped;
        return;
      }
      round.push_back(to_document(d));
      if (round.size() >= kDocumentsPerRound) process();
    });
    process();
    store.set_lexicon_version(lexicon_version(*lexicon));
    const std::uint64_t claims_after = store.stats().claims;
    std::cout << "documents: " << redone << " re-extracted, " << skipped << " without text skipped, " << failed
              << " failed\n"
              << "claims: " << claims_before << " -> " << claims_after << "\n"
              << "dictionary: " << lexicon_version(*lexicon) << "\n";
    return failed > 0 ? kExitRuntime : kExitOk;
  });
}

const bool registered = register_command({"re-extract", "extract claims again from stored documents", run_reextract});

}  // namespace
}  // namespace irkg::cli
