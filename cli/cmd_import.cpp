// irkg import gdelt|icews: existing event datasets into the claim store, next to claims
// extracted from text. Each file is parsed into documents + claims (importers/), then
// written in large atomic batches; a document already stored with the same content hash is
// left alone, so importing a file twice adds nothing.
#include <chrono>
#include <iostream>
#include <optional>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/run.h"
#include "importers/importers.h"
#include "importers/store_sink.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// `indexed`: for a Mentions file, the mentions it added (an article mentioning the same
// event twice is kept once).
void print_file_report(const ImportReport& r, bool mentions, std::size_t indexed = 0) {
  std::cout << r.name << ": " << r.variant_summary() << "\n  rows " << r.rows;
  if (mentions)
    std::cout << ", mentions indexed " << indexed;
  else
    std::cout << ", claims " << r.claims << " in " << r.documents << " documents";
  std::cout << ", skipped " << r.skipped_total();
  std::string reasons;
  for (std::size_t i = 0; i < kSkipReasons; ++i) {
    if (r.skipped[i] == 0) continue;
    reasons += (reasons.empty() ? "" : ", ") + std::string(skip_reason_name(static_cast<SkipReason>(i))) + " " +
               std::to_string(r.skipped[i]);
  }
  if (!reasons.empty()) std::cout << " (" << reasons << ")";
  if (r.repaired_codes) std::cout << "; event codes zero-padded: " << r.repaired_codes;
  std::cout << "\n";
}

// Commits the file's last batch and prints what the store did with the documents written
// since `reported` (the previous file's end), then moves `reported` forward.
void print_stored(ImportStoreSink& writer, StoreWriteCounts& reported, double& store_seconds) {
  const auto start = Clock::now();
  writer.flush();
  store_seconds += seconds_since(start);
  const StoreWriteCounts& now = writer.counts();
  std::cout << "  stored: " << now.claims_stored - reported.claims_stored << " claims; documents "
            << now.added - reported.added << " added, " << now.replaced - reported.replaced << " replaced, "
            << now.unchanged - reported.unchanged << " unchanged\n";
  reported = now;
}

bool is_mentions(ImportVariant v) { return v == ImportVariant::Gdelt2Mentions; }

// Why a file cannot be imported by this sub-form, or empty when it can.
std::string wrong_variant(const std::string& form, ImportVariant v) {
  if (v == ImportVariant::Unknown) return "unrecognised format (expected " + form + " rows: see irkg import --help)";
  if (form == "gdelt" && is_mentions(v)) return "is a GDELT Mentions file: pass it with --mentions FILE";
  if (form == "gdelt" && v == ImportVariant::Icews) return "is an ICEWS file: use 'irkg import icews'";
  if (form == "icews" && !(v == ImportVariant::Icews)) return "is a GDELT file: use 'irkg import gdelt'";
  return {};
}

int run_import(const std::vector<std::string>& argv_in) {
  Args args(
      "usage: irkg import gdelt --db DIR [--mentions FILE]... FILE...\n"
      "       irkg import icews --db DIR FILE...\n\n"
      "Imports GDELT 1.0 (57/58 columns) and 2.0 (61 columns) event files or ICEWS coded-event\n"
      "files (20 columns, Publisher as outlet) as claims. Files may be plain, .gz or .zip; the\n"
      "variant is detected from the column count and reported per file, with rows read, claims\n"
      "and rows skipped by reason. GDELT 2.0 Mentions files given with --mentions add one claim\n"
      "per article (outlet = MentionSourceName) for events in the imported files. Importing a\n"
      "file again adds nothing. See docs/IMPORT.md.",
      {{"--db", true, false, "DIR  the claim store (created if missing)"},
       {"--mentions", true, true, "FILE  GDELT 2.0 Mentions file joined to the events by GLOBALEVENTID"},
       {"--dry-run", false, false, "parse and report without writing a store"}});
  std::vector<std::string> argv = argv_in;
  std::string form;
  if (!argv.empty() && (argv[0] == "gdelt" || argv[0] == "icews")) {
    form = argv[0];
    argv.erase(argv.begin());
  }
  return run_guarded("import", args, argv, [&] {
    if (form.empty()) {
      throw UsageError(argv_in.empty() ? "expected 'gdelt' or 'icews' after 'import'"
                                       : "unknown import source '" + argv_in[0] + "' (expected gdelt or icews)");
    }
    if (args.positionals().empty()) throw UsageError("no FILE given");
    const bool dry_run = args.has("--dry-run");
    if (form == "icews" && args.has("--mentions")) throw UsageError("--mentions applies to 'import gdelt' only");
    if (!dry_run && !args.has("--db")) throw UsageError("--db DIR is required (or --dry-run)");

    std::optional<Store> store;
    if (!dry_run) store.emplace(Store::open(args.get("--db"), Store::Mode::ReadWrite));
    std::optional<ImportStoreSink> writer;
    if (store) writer.emplace(*store);
    double store_seconds = 0;
    StoreWriteCounts reported;  // store counts already printed for earlier files
    DocumentSink sink = [&](ImportedDocument&& d) {
      if (!writer) return;
      const auto start = Clock::now();
      writer->add(std::move(d));
      store_seconds += seconds_since(start);
    };

    std::size_t failed_files = 0;
    const auto fail = [&](const std::string& where, std::string problem) {
      // ImportError messages already start with the file name.
      if (problem.starts_with(where + ": ")) problem.erase(0, where.size() + 2);
      warn("import", where, problem);
      ++failed_files;
    };
    const auto started = Clock::now();

    MentionIndex mentions;
    ImportReport mention_totals;
    for (const std::string& path : args.get_all("--mentions")) {
      try {
        for (InputEntry& entry : read_import_file(path)) {
          const ImportVariant v = detect_variant(entry.bytes);
          if (!is_mentions(v)) {
            fail(entry.name, "is not a GDELT Mentions file (" + std::string(variant_name(v)) + ")");
            continue;
          }
          const std::size_t before = mentions.mentions();
          ImportReport r = read_gdelt_mentions(entry.bytes, mentions);
          r.name = entry.name;
          print_file_report(r, true, mentions.mentions() - before);
          mention_totals += r;
        }
      } catch (const ImportError& e) {
        fail(path, e.what());
      }
    }

    ImportReport totals;
    for (const std::string& path : args.positionals()) {
      try {
        for (InputEntry& entry : read_import_file(path)) {
          const ImportVariant v = detect_variant(entry.bytes);
          if (const std::string why = wrong_variant(form, v); !why.empty()) {
            fail(entry.name, why);
            continue;
          }
          ImportReport r = form == "icews" ? import_icews_events(entry.bytes, sink)
                                           : import_gdelt_events(entry.bytes, sink, &mentions);
          r.name = entry.name;
          print_file_report(r, false);
          totals += r;
          if (writer) print_stored(*writer, reported, store_seconds);
        }
      } catch (const ImportError& e) {
        fail(path, e.what());
      }
    }
    if (writer) {
      const auto start = Clock::now();
      writer->flush();
      store_seconds += seconds_since(start);
    }
    const double total_seconds = seconds_since(started);

    std::cout << "total: rows " << totals.rows << ", claims " << totals.claims << " in " << totals.documents
              << " documents, skipped " << totals.skipped_total() << "\n";
    if (args.has("--mentions")) {
      const std::size_t unjoined = mentions.unjoined();
      std::cout << "mentions: " << mentions.mentions() << " distinct, " << mentions.mentions() - unjoined
                << " joined to events, " << unjoined << " without an event in these files\n";
    }
    if (writer) {
      const StoreWriteCounts& c = writer->counts();
      std::cout << "documents: " << c.added << " added, " << c.replaced << " replaced, " << c.unchanged
                << " unchanged\nclaims stored: " << c.claims_stored << "\nstore: " << args.get("--db") << "\n";
    }
    std::cout.precision(2);
    std::cout << std::fixed << "time: " << total_seconds << " s (parse and map " << total_seconds - store_seconds
              << " s, store " << store_seconds << " s)\n";
    return failed_files > 0 ? kExitRuntime : kExitOk;
  });
}

const bool registered = register_command({"import", "import GDELT or ICEWS event files as claims", run_import});

}  // namespace
}  // namespace irkg::cli
