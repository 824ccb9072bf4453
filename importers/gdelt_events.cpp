// GDELT 1.0 / 2.0 event rows to claims. Column indices (0-based) are GDELT's published
// header rows; see data/gdelt/README.md in the shared data set (../shared, beside the
// repository) and docs/IMPORT.md.
#include <array>
#include <optional>

#include "core/hash.h"
#include "importers/claim_builder.h"
#include "importers/importers.h"
#include "importers/text_fields.h"

namespace irkg {

using namespace import_detail;

namespace {

constexpr std::size_t kGlobalEventId = 0, kSqlDate = 1, kActor1Code = 5, kActor1Country = 7, kActor1Group = 8,
                      kActor2Code = 15, kActor2Country = 17, kActor2Group = 18, kEventCode = 26,
                      kEventRootCode = 28, kQuadClass = 29, kGoldstein = 30;
constexpr std::size_t kMaxColumns = 61;

struct Layout {
  ImportVariant variant = ImportVariant::Unknown;
  std::size_t date_added = 0, source_url = 0;  // 0: the variant has no such column
  const char* id_prefix = "";
};

Layout layout_for(std::size_t columns) {
  switch (columns) {
    // Backfile rows carry DATEADDED (column 56) too, but it is the 2013 load date, not
    // when the article appeared, so it is not used as the publication date.
    case 57: return {ImportVariant::Gdelt1Historical, 0, 0, "gdelt1:"};
    case 58: return {ImportVariant::Gdelt1Daily, 56, 57, "gdelt1:"};
    case 61: return {ImportVariant::Gdelt2Events, 59, 60, "gdelt2:"};
    default: return {};
  }
}

struct ActorLookup {
  const CameoActor* actor = nullptr;
  SkipReason reason = SkipReason::MissingActor;
};

// An actor from its CAMEO code, country code and known-group code. Organisations are coded
// "IGO" + region + group ("IGOEUREEC" = EU, "IGOWSTNAT" = NATO, "IGOUNODEVWBK" = World
// Bank), with the region in the country column: the most specific group we know wins, and
// the region is ignored. Everything else counts as the state of its country code.
ActorLookup resolve_actor(std::string_view code, std::string_view country, std::string_view group,
                          const CameoTables& tables) {
  if (code.starts_with("IGO")) {
    const CameoActor* found = nullptr;
    for (std::size_t at = 3; at + 3 <= code.size(); at += 3)
      if (const CameoActor* org = tables.organisation(code.substr(at, 3))) found = org;
    if (!found && !group.empty()) found = tables.organisation(group);
    if (found) return {found};
    return {nullptr, SkipReason::UnmappedActor};
  }
  if (!country.empty()) {
    const CameoActor* state = tables.country(country);
    if (state && state->type != "region") return {state};
    return {nullptr, SkipReason::UnmappedActor};
  }
  if (!group.empty())
    if (const CameoActor* org = tables.organisation(group)) return {org};
  return {nullptr, SkipReason::MissingActor};
}

std::string date_prefix(std::string_view timestamp) {
  return timestamp.size() >= 8 ? date_from_yyyymmdd(timestamp.substr(0, 8)) : std::string{};
}

// The facts of one event row, or why the row gives no claim.
struct RowResult {
  std::optional<SkipReason> skip;
  EventFacts facts;
  std::uint64_t event_id = 0;
  bool repaired = false;
};

RowResult skipped_row(SkipReason reason) {
  RowResult r;
  r.skip = reason;
  return r;
}

RowResult map_row(const std::array<std::string_view, kMaxColumns>& f, std::string& code, const CameoTables& tables) {
  RowResult r;
  if (!parse_u64(f[kGlobalEventId], r.event_id)) return skipped_row(SkipReason::BadEventId);
  EventFacts& facts = r.facts;
  facts.source = "gdelt";
  facts.date = date_from_yyyymmdd(f[kSqlDate]);
  if (facts.date.empty()) return skipped_row(SkipReason::BadDate);
  code.assign(f[kEventCode]);
  facts.event = find_event(tables, code, f[kEventRootCode], r.repaired);
  if (!facts.event) return skipped_row(SkipReason::BadEventCode);
  const ActorLookup a1 = resolve_actor(f[kActor1Code], f[kActor1Country], f[kActor1Group], tables);
  const ActorLookup a2 = resolve_actor(f[kActor2Code], f[kActor2Country], f[kActor2Group], tables);
  if (!a1.actor || !a2.actor) {
    const bool missing = (!a1.actor && a1.reason == SkipReason::MissingActor) ||
                         (!a2.actor && a2.reason == SkipReason::MissingActor);
    return skipped_row(missing ? SkipReason::MissingActor : SkipReason::UnmappedActor);
  }
  if (a1.actor->id == a2.actor->id) return skipped_row(SkipReason::SameActor);
  facts.subject = a1.actor;
  facts.object = a2.actor;
  facts.cameo = code;
  int quad = 0;
  facts.polarity = parse_int(f[kQuadClass], quad) && quad >= 1 && quad <= 4 ? (quad <= 2 ? 1 : -1)
                                                                            : facts.event->polarity;
  double goldstein = 0;
  facts.weight = parse_double(f[kGoldstein], goldstein) && goldstein >= -10 && goldstein <= 10
                     ? goldstein
                     : facts.event->goldstein;
  return r;
}

// Emits the event's own document (its claim reported by the SOURCEURL's outlet) and one
// document per other article that mentioned the event: each a separate report of the
// claim by its own outlet. Returns the number of documents.
std::size_t emit_documents(const RowResult& row, const Layout& layout, const std::array<std::string_view, kMaxColumns>& f,
                           std::string_view line, MentionIndex* mentions, const DocumentSink& sink,
                           ImportReport& report) {
  const std::string event_doc = layout.id_prefix + std::to_string(row.event_id);
  const std::string url = layout.source_url ? clean_text(f[layout.source_url]) : std::string{};
  const std::string event_hash = hash128_hex(line);
  ImportedDocument doc;
  doc.id = event_doc;
  doc.source = "gdelt";
  doc.url = url;
  doc.outlet = outlet_from_url(url);
  doc.published = layout.date_added ? date_prefix(f[layout.date_added]) : std::string{};
  doc.content_hash = event_hash;
  doc.claims.push_back(make_claim(row.facts, doc.id, doc.outlet, url, url));
  sink(std::move(doc));
  std::size_t emitted = 1;

  const std::vector<Mention>* mentioned = mentions ? mentions->join(row.event_id) : nullptr;
  if (!mentioned) return emitted;
  report.mentions_joined += mentioned->size();
  for (const Mention& m : *mentioned) {
    if (!url.empty() && m.identifier == url) continue;  // already the event's own document
    ImportedDocument mdoc;
    mdoc.id = event_doc + ":m" + hex64(fnv1a64(m.identifier));
    mdoc.source = "gdelt";
    mdoc.url = m.identifier;
    mdoc.outlet = m.outlet;
    mdoc.published = m.date;
    // The mention row and the event row together: either changing is a new version.
    mdoc.content_hash = hash128_hex(m.line_hash + event_hash);
    mdoc.claims.push_back(make_claim(row.facts, mdoc.id, m.outlet, m.identifier, m.identifier));
    sink(std::move(mdoc));
    ++emitted;
  }
  return emitted;
}

}  // namespace

ImportReport import_gdelt_events(std::string_view bytes, const DocumentSink& sink, MentionIndex* mentions,
                                 const CameoTables& tables) {
  ImportReport report;
  LineReader lines(bytes);
  std::string_view line;
  std::array<std::string_view, kMaxColumns> f{};
  std::string code;
  bool first = true;
  while (lines.next(line)) {
    if (line.empty()) continue;
    if (first && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    const std::size_t columns = split_tabs(line, f);
    // A header row someone added (GDELT ships none): skip it without counting a row.
    const bool header = first && columns > 1 && (f[0] == "GLOBALEVENTID" || f[0] == "GlobalEventID");
    first = false;
    if (header) continue;
    ++report.rows;
    const Layout layout = layout_for(columns);
    if (layout.variant == ImportVariant::Unknown) {
      ++report.skipped[static_cast<std::size_t>(SkipReason::BadColumns)];
      continue;
    }
    ++report.rows_by_variant[static_cast<std::size_t>(layout.variant)];
    const RowResult row = map_row(f, code, tables);
    if (row.skip) {
      ++report.skipped[static_cast<std::size_t>(*row.skip)];
      continue;
    }
    report.repaired_codes += row.repaired;
    const std::size_t docs = emit_documents(row, layout, f, line, mentions, sink, report);
    report.documents += docs;
    report.claims += docs;  // one claim per document
  }
  return report;
}

}  // namespace irkg
