// ICEWS coded events (Dataverse release format): actors are names with a sector list and a
// country name, not CAMEO actor codes, so actors are matched by name.
#include <array>

#include "core/date.h"
#include "core/hash.h"
#include "importers/claim_builder.h"
#include "importers/importers.h"
#include "importers/text_fields.h"

namespace irkg {

using namespace import_detail;

namespace {

constexpr std::size_t kColumns = 20;
constexpr std::size_t kEventId = 0, kEventDate = 1, kSourceName = 2, kSourceCountry = 4, kEventText = 5,
                      kCameoCode = 6, kIntensity = 7, kTargetName = 8, kTargetCountry = 10, kPublisher = 13;

struct ActorLookup {
  const CameoActor* actor = nullptr;
  SkipReason reason = SkipReason::MissingActor;
};

// An organisation is recognised by its name ("European Union", "UN Security Council"),
// whatever country ICEWS gave it; otherwise the actor counts as its country. ICEWS writes
// "NA" (R's missing value) for actors without a country.
ActorLookup resolve_actor(std::string_view name, std::string_view country, const CameoTables& tables) {
  if (const CameoActor* named = tables.by_name(name); named && named->type == "igo") return {named};
  if (country.empty() || country == "NA") return {nullptr, SkipReason::MissingActor};
  if (const CameoActor* state = tables.by_name(country)) return {state};
  return {nullptr, SkipReason::UnmappedActor};
}

}  // namespace

ImportReport import_icews_events(std::string_view bytes, const DocumentSink& sink, const CameoTables& tables) {
  ImportReport report;
  LineReader lines(bytes);
  std::string_view line;
  std::array<std::string_view, kColumns> f{};
  std::string code;
  bool first = true;
  const auto skip = [&](SkipReason r) { ++report.skipped[static_cast<std::size_t>(r)]; };
  while (lines.next(line)) {
    if (line.empty()) continue;
    if (first) {
      first = false;
      if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      if (ascii_lower(line.substr(0, 9)) == "event id\t") continue;  // the header row
    }
    ++report.rows;
    if (split_tabs(line, f) != kColumns) {
      skip(SkipReason::BadColumns);
      continue;
    }
    ++report.rows_by_variant[static_cast<std::size_t>(ImportVariant::Icews)];
    std::uint64_t event_id = 0;
    if (!parse_u64(f[kEventId], event_id)) {
      skip(SkipReason::BadEventId);
      continue;
    }
    EventFacts facts;
    facts.source = "icews";
    if (const auto ymd = parse_iso_date(f[kEventDate])) facts.date = format_iso_date(*ymd);
    if (facts.date.empty()) {
      skip(SkipReason::BadDate);
      continue;
    }
    code.assign(f[kCameoCode]);
    bool repaired = false;
    facts.event = find_event(tables, code, {}, repaired);
    if (!facts.event) {
      skip(SkipReason::BadEventCode);
      continue;
    }
    const ActorLookup a1 = resolve_actor(f[kSourceName], f[kSourceCountry], tables);
    const ActorLookup a2 = resolve_actor(f[kTargetName], f[kTargetCountry], tables);
    if (!a1.actor || !a2.actor) {
      const bool missing = (!a1.actor && a1.reason == SkipReason::MissingActor) ||
                           (!a2.actor && a2.reason == SkipReason::MissingActor);
      skip(missing ? SkipReason::MissingActor : SkipReason::UnmappedActor);
      continue;
    }
    if (a1.actor->id == a2.actor->id) {
      skip(SkipReason::SameActor);
      continue;
    }
    report.repaired_codes += repaired;
    facts.subject = a1.actor;
    facts.object = a2.actor;
    facts.cameo = code;
    facts.polarity = facts.event->polarity;
    double intensity = 0;
    facts.weight = parse_double(f[kIntensity], intensity) && intensity >= -10 && intensity <= 10
                       ? intensity
                       : facts.event->goldstein;

    ImportedDocument doc;
    // Event ID alone repeats across the full ICEWS data; (Event ID, Event Date) does not.
    doc.id = "icews:" + std::to_string(event_id) + ":" + facts.date;
    doc.source = "icews";
    doc.outlet = clean_text(f[kPublisher]);
    if (doc.outlet == "NA") doc.outlet.clear();
    doc.published = facts.date;
    doc.content_hash = hash128_hex(line);
    // The coded sentence itself is not distributed; the actor names and ICEWS's event
    // text are what a reader can check the claim against.
    std::string evidence = clean_text(f[kSourceName]);
    evidence.append(" | ").append(clean_text(f[kEventText])).append(" | ").append(clean_text(f[kTargetName]));
    doc.claims.push_back(make_claim(facts, doc.id, doc.outlet, {}, std::move(evidence)));
    report.claims += 1;
    report.documents += 1;
    sink(std::move(doc));
  }
  return report;
}

}  // namespace irkg
