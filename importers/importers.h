#pragma once
// Importers for existing event datasets: GDELT 1.0 / 2.0 events, GDELT 2.0 Mentions and
// ICEWS coded events. Parsing is a pure function from bytes to documents with claims plus
// counters; writing them into the store is a separate step (importers/store_sink.h), so the
// mapping is testable and measurable without a database. See docs/IMPORT.md.
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/claim.h"

namespace irkg {

// A file that cannot be read or decoded at all (not a row-level problem).
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class ImportVariant {
  Unknown,
  Gdelt1Historical,  // 57 columns, no SOURCEURL
  Gdelt1Daily,       // 58 columns, DATEADDED YYYYMMDD + SOURCEURL
  Gdelt2Events,      // 61 columns, DATEADDED YYYYMMDDHHMMSS + SOURCEURL
  Gdelt2Mentions,    // 16 columns, TAB without header or CSV with a header row
  Icews,             // 20 columns, TAB, header row
};
inline constexpr std::size_t kImportVariants = 6;
std::string_view variant_name(ImportVariant v);

// Why a data row produced no claim. Each skipped row is counted under exactly one reason,
// checked in this order.
enum class SkipReason {
  BadColumns,          // column count is none of the variant's
  BadEventId,          // GLOBALEVENTID / Event ID not a number
  BadDate,             // SQLDATE / Event Date missing or not a calendar date
  BadEventCode,        // CAMEO event code unknown (after zero-padding repair)
  MissingActor,        // an actor with no country and no organisation code
  UnmappedActor,       // an actor coded as a region or an unknown country/organisation
  SameActor,           // both sides are the same state: a domestic event
  MentionWithoutEvent, // Mentions only: no events row for its GLOBALEVENTID in this import
};
inline constexpr std::size_t kSkipReasons = 8;
std::string_view skip_reason_name(SkipReason r);  // "missing_actor", ...

struct ImportReport {
  std::string name;  // file (and zip entry) the counts are for
  std::array<std::uint64_t, kImportVariants> rows_by_variant{};
  std::uint64_t rows = 0;       // data rows read (header rows and blank lines excluded)
  std::uint64_t documents = 0;  // documents produced (one per event, one per joined mention)
  std::uint64_t claims = 0;     // claims produced
  std::uint64_t repaired_codes = 0;  // event codes that lost their leading zero ("43" -> "043")
  std::uint64_t mentions_joined = 0; // events files: mentions matched to an event row
  std::array<std::uint64_t, kSkipReasons> skipped{};

  std::uint64_t skipped_total() const;
  // "GDELT 2.0 events (61 columns)" or, for a mixed file, each variant with its row count.
  std::string variant_summary() const;
  ImportReport& operator+=(const ImportReport& other);
};

// One imported document (an event row, or one article mentioning an event) and its claims;
// the fields mirror StoredDocument so the store sink copies them over.
struct ImportedDocument {
  std::string id;  // "gdelt:<GLOBALEVENTID>", "gdelt:<GLOBALEVENTID>:m<hash>", "icews:<id>:<date>"
  std::string outlet, url, published, title;
  std::string source;        // gdelt, icews
  std::string content_hash;  // of the source row(s): same bytes, same hash
  std::vector<Claim> claims;
};
using DocumentSink = std::function<void(ImportedDocument&&)>;

// --- dictionaries (data/cameo_countries.tsv, data/cameo_events.tsv) -------------------

struct CameoActor {
  std::string id, type, name;  // "USA", "state", "United States"; type igo/state/territory/region
};

struct CameoEvent {
  std::string plover, relation;  // "CONSULT", "visit"; plover may be empty (CAMEO 01)
  int polarity = 0;
  double goldstein = 0.0;
};

class CameoTables {
 public:
  // Parses the two dictionaries; throws ImportError naming the line on malformed input.
  CameoTables(std::string_view countries_tsv, std::string_view events_tsv);
  // The tables compiled into the binary (built once).
  static const CameoTables& embedded();

  const CameoActor* country(std::string_view cameo_code) const;  // states, territories, regions
  const CameoActor* organisation(std::string_view known_group_code) const;
  const CameoActor* by_name(std::string_view name) const;  // ICEWS names, case-insensitive
  const CameoEvent* event(std::string_view code) const;
  std::size_t event_count() const { return events_.size(); }

 private:
  std::vector<CameoActor> actors_;  // owns the entries the maps point into
  std::unordered_map<std::string, std::size_t> countries_, organisations_, names_;
  std::unordered_map<std::string, CameoEvent> events_;
};

// --- variants and input bytes -----------------------------------------------------------

// The variant of a file from its first non-blank line (header or column count).
ImportVariant detect_variant(std::string_view bytes);

struct InputEntry {
  std::string name;   // path, or "path:entry" for a zip member
  std::string bytes;  // decompressed
};
// Reads a file, decompressing gzip (any number of members) and zip (stored or deflated
// members, each returned as its own entry) by their magic bytes. Throws ImportError.
std::vector<InputEntry> read_import_file(const std::filesystem::path& path);
// The same on bytes already in memory (`name` is used in entry names and errors).
std::vector<InputEntry> decode_import_bytes(const std::string& name, std::string bytes);

// --- GDELT ------------------------------------------------------------------------------

struct Mention {
  std::string outlet;      // MentionSourceName
  std::string identifier;  // MentionIdentifier: the article URL for web sources
  std::string date;        // MentionTimeDate as YYYY-MM-DD
  std::string line_hash;   // content hash of the mention row
};

// Mentions by GLOBALEVENTID, filled from one or more Mentions files before the events
// files are read. Each event's articles are kept once (by identifier).
class MentionIndex {
 public:
  // Adds the mention; false when the event already has a mention with that identifier.
  bool add(std::uint64_t event_id, Mention mention);
  const std::vector<Mention>* find(std::uint64_t event_id) const;
  // find() for the events importer: also records that the event's mentions were used.
  const std::vector<Mention>* join(std::uint64_t event_id);
  std::size_t events() const { return by_event_.size(); }
  std::size_t mentions() const { return mentions_; }
  // Mentions whose event was never joined (their event was in none of the events files).
  std::size_t unjoined() const;

 private:
  struct EventMentions {
    std::vector<Mention> list;
    bool joined = false;
  };
  std::unordered_map<std::uint64_t, EventMentions> by_event_;
  std::size_t mentions_ = 0;
};

// Reads a GDELT 2.0 Mentions file (TAB without header, or CSV with the gdeltPyR header)
// into `index`. Rows are counted; claims come later, when the events are read.
ImportReport read_gdelt_mentions(std::string_view bytes, MentionIndex& index,
                                 const CameoTables& tables = CameoTables::embedded());

// Maps GDELT 1.0 and 2.0 event rows (the variant is detected per row, so a file mixing 57-
// and 58-column rows works) to documents. One document "gdelt:<GLOBALEVENTID>" per event,
// its claim's outlet the SOURCEURL host; with `mentions`, one more document per article
// that mentioned the event (other than SOURCEURL), its outlet the MentionSourceName.
ImportReport import_gdelt_events(std::string_view bytes, const DocumentSink& sink,
                                 MentionIndex* mentions = nullptr,
                                 const CameoTables& tables = CameoTables::embedded());

// --- ICEWS ------------------------------------------------------------------------------

// Maps ICEWS coded-event rows (20 columns, with or without the header row) to documents
// "icews:<Event ID>:<Event Date>", outlet = Publisher.
ImportReport import_icews_events(std::string_view bytes, const DocumentSink& sink,
                                 const CameoTables& tables = CameoTables::embedded());

// --- helpers exposed for tests ----------------------------------------------------------

// "https://www.Reuters.com:443/x" -> "reuters.com"; empty when there is no host.
std::string outlet_from_url(std::string_view url);
// "20191024" -> "2019-10-24"; empty when not a real calendar date.
std::string date_from_yyyymmdd(std::string_view digits);

}  // namespace irkg
