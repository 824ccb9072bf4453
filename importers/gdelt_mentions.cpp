// GDELT 2.0 Mentions: one row per article that mentioned an event. GDELT ships them TAB-
// separated without a header; gdeltPyR re-saves them as CSV with a lower-case header.
#include <array>

#include "core/hash.h"
#include "importers/importers.h"
#include "importers/text_fields.h"

namespace irkg {

using namespace import_detail;

namespace {
constexpr std::size_t kColumns = 16;
constexpr std::size_t kEventId = 0, kMentionTime = 2, kSourceName = 4, kIdentifier = 5;
}  // namespace

bool MentionIndex::add(std::uint64_t event_id, Mention mention) {
  auto& list = by_event_[event_id].list;
  for (const Mention& m : list)
    if (m.identifier == mention.identifier) return false;
  list.push_back(std::move(mention));
  ++mentions_;
  return true;
}

const std::vector<Mention>* MentionIndex::find(std::uint64_t event_id) const {
  const auto it = by_event_.find(event_id);
  return it == by_event_.end() ? nullptr : &it->second.list;
}

const std::vector<Mention>* MentionIndex::join(std::uint64_t event_id) {
  const auto it = by_event_.find(event_id);
  if (it == by_event_.end()) return nullptr;
  it->second.joined = true;
  return &it->second.list;
}

std::size_t MentionIndex::unjoined() const {
  std::size_t n = 0;
  for (const auto& [id, event] : by_event_)
    if (!event.joined) n += event.list.size();
  return n;
}

ImportReport read_gdelt_mentions(std::string_view bytes, MentionIndex& index, const CameoTables&) {
  ImportReport report;
  LineReader lines(bytes);
  std::string_view line;
  std::array<std::string_view, kColumns> tab{};
  std::vector<std::string> csv;
  bool first = true, is_csv = false;
  const auto skip = [&](SkipReason r) { ++report.skipped[static_cast<std::size_t>(r)]; };
  while (lines.next(line)) {
    if (line.empty()) continue;
    if (first) {
      if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
      first = false;
      const std::string head = ascii_lower(line.substr(0, 14));
      if (head == "globaleventid," || head.starts_with("globaleventid\t")) {
        is_csv = head.back() == ',';
        continue;  // the header row
      }
    }
    ++report.rows;
    std::array<std::string_view, kColumns> f{};
    std::size_t columns = 0;
    if (is_csv) {
      split_csv(line, csv);
      columns = csv.size();
      for (std::size_t i = 0; i < kColumns && i < csv.size(); ++i) f[i] = csv[i];
    } else {
      columns = split_tabs(line, tab);
      f = tab;
    }
    if (columns != kColumns) {
      skip(SkipReason::BadColumns);
      continue;
    }
    ++report.rows_by_variant[static_cast<std::size_t>(ImportVariant::Gdelt2Mentions)];
    std::uint64_t event_id = 0;
    if (!parse_u64(f[kEventId], event_id)) {
      skip(SkipReason::BadEventId);
      continue;
    }
    Mention m;
    m.identifier = clean_text(f[kIdentifier]);
    m.outlet = clean_text(f[kSourceName]);
    if (m.outlet.empty()) m.outlet = outlet_from_url(m.identifier);
    if (f[kMentionTime].size() >= 8) m.date = date_from_yyyymmdd(f[kMentionTime].substr(0, 8));
    m.line_hash = hash128_hex(line);
    index.add(event_id, std::move(m));
  }
  return report;
}

}  // namespace irkg
