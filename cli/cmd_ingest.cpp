// irkg ingest: extract and store. Documents are committed in batches, one atomic
// WriteBatch each, so an interrupted ingest leaves whole documents or none.
#include <chrono>
#include <csignal>
#include <iostream>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "cli/stop_signal.h"
#include "cli/story_groups.h"
#include "core/hash.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

constexpr std::size_t kDocumentsPerCommit = 128;

StoredDocument to_stored(const Document& doc) {
  StoredDocument s;
  s.id = doc.id;
  s.outlet = doc.outlet;
  s.url = doc.url;
  s.published = doc.published;
  s.title = doc.title;
  s.agency = doc.agency;
  s.source = "text";
  // The hash covers the raw input and the metadata given for it: re-ingesting the same
  // bytes under another outlet or date is a change, not a duplicate.
  std::string key = doc.raw;
  for (const std::string* part : {&doc.outlet, &doc.url, &doc.published, &doc.title}) key.append("\x1f").append(*part);
  // An agency given for the input is metadata too (appended only when set, so the
  // hashes of documents stored before the field existed do not change).
  if (!doc.agency.empty()) key.append("\x1f").append(doc.agency);
  s.content_hash = hash128_hex(key);
  s.text = doc.text;
  return s;
}

struct Totals {
  std::size_t added = 0, replaced = 0, unchanged = 0, failed = 0, claims = 0;
};

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
  void update(const Totals& t) {
    if (!enabled_) return;
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const std::size_t docs = t.added + t.replaced + t.unchanged;
    std::cerr << "\r" << docs << " documents (" << static_cast<long>(secs > 0 ? docs / secs : 0) << "/s), "
              << t.claims << " claims" << std::flush;
  }
  void done() {
    if (enabled_) std::cerr << "\r\033[K";
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

int run_ingest(const std::vector<std::string>& argv) {
  auto flags = input_flags();
  flags.insert(flags.begin(), {"--db", true, false, "DIR  the claim store (created if missing)"});
  Args args("usage: irkg ingest --db DIR [OPTIONS] INPUT...\n\n"
            "Extracts claims from the inputs and stores documents and claims. Ingesting the same\n"
            "document again stores nothing new; a changed document replaces its old claims.",
            flags);
  return run_guarded("ingest", args, argv, [&] {
    // Ctrl-C: finish the batch, say what was stored. Installed first, so a signal during
    // start-up (the dictionaries take a second to load) also ends with the summary.
    const StopSignals stop_signals;
    const std::string db = args.require("--db");
    if (args.positionals().empty()) throw UsageError("no INPUT given");
    const InputOptions opts = input_options(args);
    auto lexicon = load_lexicon(opts.lexicons);
    const Extractor extractor(lexicon);
    Store store = Store::open(db, Store::Mode::ReadWrite);
    store.set_lexicon_version(lexicon_version(*lexicon));

    Totals totals;
    Progress progress(stderr_is_terminal());
    std::vector<std::pair<StoredDocument, std::vector<Claim>>> pending;
    StoryGrouper stories(&store);
    auto commit = [&] {
      if (pending.empty()) return;
      const auto results = store.put_documents(pending);
      for (std::size_t i = 0; i < results.size(); ++i) {
        switch (results[i]) {
          case IngestResult::Added: ++totals.added; totals.claims += pending[i].second.size(); break;
          case IngestResult::Replaced: ++totals.replaced; totals.claims += pending[i].second.size(); break;
          case IngestResult::Unchanged: ++totals.unchanged; break;
        }
      }
      pending.clear();
      progress.update(totals);
    };
    Pipeline pipeline(extractor, opts.jobs, [&](ProcessedDocument&& r) {
      if (!r.error.empty()) {
        warn("ingest", r.doc.id, r.error);
        ++totals.failed;
        return;
      }
      // Syndicated copies: the document joins the story of an earlier near-copy.
      // Only copies carry the story id on their record and claims (is_copy); the first
      // document of a story is indexed under its own id, so later copies find it.
      MinHashSignature signature = minhash_signature(r.doc.text);
      const std::string story = stories.assign(r.doc.id, signature);
      if (story != r.doc.id) {
        r.doc.story = story;
        stamp_claims(r.doc, r.claims);
      }
      StoredDocument stored = to_stored(r.doc);
      stored.signature = std::move(signature);
      stored.story = story;
      pending.emplace_back(std::move(stored), std::move(r.claims));
      if (pending.size() >= kDocumentsPerCommit) commit();
    });
    DocumentReader reader(
        opts.overrides,
        [&](Document&& d) {
          if (StopSignals::received()) throw StopRequested{};
          pipeline.add(std::move(d));
        },
        [](const std::string& where, const std::string& problem) { warn("ingest", where, problem); });
    bool stopped_early = false;
    try {
      for (const auto& input : args.positionals()) reader.read_input(input);
    } catch (const StopRequested&) {
      stopped_early = true;  // the documents already read are still extracted and stored
    }
    pipeline.flush();
    commit();
    progress.done();
    const std::size_t skipped = reader.report().skipped + totals.failed;
    std::cout << "documents: " << totals.added << " added, " << totals.replaced << " replaced, " << totals.unchanged
              << " unchanged, " << skipped << " skipped\n"
              << "claims stored: " << totals.claims << "\n"
              << "store: " << db << "\n";
    if (StopSignals::received()) {
      std::cout.flush();
      std::cerr << "irkg ingest: stopped by " << (StopSignals::received() == SIGINT ? "SIGINT" : "SIGTERM")
                << (stopped_early ? "; the documents counted above are stored, the rest were not read (ingest again to "
                                    "continue: stored documents are skipped as unchanged)"
                                  : " after every input was stored")
                << "\n";
      return StopSignals::exit_code();
    }
    return reader.report().documents == totals.failed && skipped > 0 ? kExitRuntime : kExitOk;
  });
}

const bool registered = register_command({"ingest", "extract claims from documents and store them", run_ingest});

}  // namespace
}  // namespace irkg::cli
