// Names, counters and small field conversions shared by the importers.
#include <algorithm>

#include "core/date.h"
#include "importers/importers.h"
#include "importers/text_fields.h"

namespace irkg {

std::string_view variant_name(ImportVariant v) {
  switch (v) {
    case ImportVariant::Gdelt1Historical: return "GDELT 1.0 historical events (57 columns)";
    case ImportVariant::Gdelt1Daily: return "GDELT 1.0 daily events (58 columns)";
    case ImportVariant::Gdelt2Events: return "GDELT 2.0 events (61 columns)";
    case ImportVariant::Gdelt2Mentions: return "GDELT 2.0 mentions (16 columns)";
    case ImportVariant::Icews: return "ICEWS coded events (20 columns)";
    case ImportVariant::Unknown: break;
  }
  return "unknown format";
}

std::string_view skip_reason_name(SkipReason r) {
  switch (r) {
    case SkipReason::BadColumns: return "bad_columns";
    case SkipReason::BadEventId: return "bad_event_id";
    case SkipReason::BadDate: return "bad_date";
    case SkipReason::BadEventCode: return "bad_event_code";
    case SkipReason::MissingActor: return "missing_actor";
    case SkipReason::UnmappedActor: return "unmapped_actor";
    case SkipReason::SameActor: return "same_actor";
    case SkipReason::MentionWithoutEvent: return "mention_without_event";
  }
  return "unknown";
}

std::uint64_t ImportReport::skipped_total() const {
  std::uint64_t total = 0;
  for (const auto n : skipped) total += n;
  return total;
}

std::string ImportReport::variant_summary() const {
  std::string out;
  std::size_t kinds = 0;
  for (const auto n : rows_by_variant) kinds += n > 0;
  for (std::size_t v = 1; v < kImportVariants; ++v) {
    if (rows_by_variant[v] == 0) continue;
    if (!out.empty()) out += " + ";
    out += variant_name(static_cast<ImportVariant>(v));
    if (kinds > 1) out += ": " + std::to_string(rows_by_variant[v]) + " rows";
  }
  return out.empty() ? std::string(variant_name(ImportVariant::Unknown)) : out;
}

ImportReport& ImportReport::operator+=(const ImportReport& o) {
  for (std::size_t i = 0; i < kImportVariants; ++i) rows_by_variant[i] += o.rows_by_variant[i];
  for (std::size_t i = 0; i < kSkipReasons; ++i) skipped[i] += o.skipped[i];
  rows += o.rows;
  documents += o.documents;
  claims += o.claims;
  repaired_codes += o.repaired_codes;
  mentions_joined += o.mentions_joined;
  return *this;
}

std::string outlet_from_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  host = host.substr(0, host.find(':'));
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);  // "example.com." is the same host
  std::string out = import_detail::ascii_lower(host);
  if (out.starts_with("www.")) out.erase(0, 4);
  return import_detail::clean_text(out);
}

std::string date_from_yyyymmdd(std::string_view d) {
  if (d.size() != 8 || !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
  const auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  const Ymd ymd{num(0, 4), num(4, 2), num(6, 2)};
  if (!is_valid_date(ymd.year, ymd.month, ymd.day)) return {};
  return format_iso_date(ymd);
}

ImportVariant detect_variant(std::string_view bytes) {
  import_detail::LineReader lines(bytes);
  std::string_view line;
  while (lines.next(line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);  // a UTF-8 BOM from a spreadsheet
    const std::string head = import_detail::ascii_lower(line.substr(0, 16));
    if (head.starts_with("event id\t")) return ImportVariant::Icews;
    if (head.starts_with("globaleventid,")) return ImportVariant::Gdelt2Mentions;  // gdeltPyR CSV
    const std::size_t columns = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
    switch (columns) {
      case 57: return ImportVariant::Gdelt1Historical;
      case 58: return ImportVariant::Gdelt1Daily;
      case 61: return ImportVariant::Gdelt2Events;
      case 16: return ImportVariant::Gdelt2Mentions;
      case 20: return ImportVariant::Icews;
      default: return ImportVariant::Unknown;
    }
  }
  return ImportVariant::Unknown;
}

}  // namespace irkg
