// The CAMEO dictionaries: actor codes and ICEWS names to irkg actors, event codes to
// relation, PLOVER category, polarity and Goldstein value.
#include <string>

#include "core/embedded_data.h"
#include "importers/importers.h"
#include "importers/text_fields.h"

namespace irkg {

using import_detail::ascii_lower;
using import_detail::LineReader;

namespace {

template <std::size_t N>
std::size_t data_fields(std::string_view line, std::array<std::string_view, N>& out) {
  return import_detail::split_tabs(line, out);
}

std::vector<std::string_view> split_bar(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const std::size_t bar = s.find('|');
    if (bar != 0) out.push_back(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

[[noreturn]] void bad_line(const char* file, std::size_t line_no, const std::string& why) {
  throw ImportError(std::string(file) + ":" + std::to_string(line_no) + ": " + why);
}

}  // namespace

CameoTables::CameoTables(std::string_view countries_tsv, std::string_view events_tsv) {
  LineReader countries(countries_tsv);
  std::string_view line;
  std::size_t line_no = 0;
  std::array<std::string_view, 5> f{};
  while (countries.next(line)) {
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t n = data_fields(line, f);
    if (n < 4 || n > 5) bad_line("cameo_countries.tsv", line_no, "expected 4 or 5 TAB-separated fields");
    const std::string_view type = f[2];
    if (type != "state" && type != "territory" && type != "igo" && type != "region")
      bad_line("cameo_countries.tsv", line_no, "unknown type '" + std::string(type) + "'");
    actors_.push_back({std::string(f[1]), std::string(type), std::string(f[3])});
    const std::size_t index = actors_.size() - 1;
    // A later line for the same code wins, as in every irkg dictionary.
    auto& by_code = type == "igo" ? organisations_ : countries_;
    if (f[0] != "-")
      for (const std::string_view code : split_bar(f[0])) by_code[std::string(code)] = index;
    if (type == "region") continue;  // regions are never actors, so their names are not keys
    names_[ascii_lower(f[3])] = index;
    if (n == 5)
      for (const std::string_view name : split_bar(f[4])) names_[ascii_lower(name)] = index;
  }

  LineReader events(events_tsv);
  line_no = 0;
  std::array<std::string_view, 6> e{};
  while (events.next(line)) {
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    if (data_fields(line, e) != 6) bad_line("cameo_events.tsv", line_no, "expected 6 TAB-separated fields");
    CameoEvent ev;
    ev.plover = e[1] == "-" ? "" : std::string(e[1]);
    ev.relation = std::string(e[3]);
    if (!import_detail::parse_int(e[4].starts_with('+') ? e[4].substr(1) : e[4], ev.polarity) || ev.polarity < -1 ||
        ev.polarity > 1)
      bad_line("cameo_events.tsv", line_no, "polarity must be -1, 0 or +1");
    if (!import_detail::parse_double(e[5], ev.goldstein) || ev.goldstein < -10 || ev.goldstein > 10)
      bad_line("cameo_events.tsv", line_no, "goldstein must be a number in -10..10");
    if (e[0].empty() || ev.relation.empty()) bad_line("cameo_events.tsv", line_no, "empty code or relation");
    events_[std::string(e[0])] = std::move(ev);
  }
}

const CameoTables& CameoTables::embedded() {
  static const CameoTables tables(embedded_file("cameo_countries.tsv"), embedded_file("cameo_events.tsv"));
  return tables;
}

namespace {
template <typename Map>
const typename Map::mapped_type* find_in(const Map& map, std::string_view key) {
  // Keys are short; building a std::string is cheaper than a transparent-hash setup here
  // and the small-string buffer avoids an allocation for every 3- or 4-letter code.
  const auto it = map.find(std::string(key));
  return it == map.end() ? nullptr : &it->second;
}
}  // namespace

const CameoActor* CameoTables::country(std::string_view code) const {
  const std::size_t* i = find_in(countries_, code);
  return i ? &actors_[*i] : nullptr;
}

const CameoActor* CameoTables::organisation(std::string_view code) const {
  const std::size_t* i = find_in(organisations_, code);
  return i ? &actors_[*i] : nullptr;
}

const CameoActor* CameoTables::by_name(std::string_view name) const {
  const std::size_t* i = find_in(names_, ascii_lower(name));
  return i ? &actors_[*i] : nullptr;
}

const CameoEvent* CameoTables::event(std::string_view code) const { return find_in(events_, code); }

}  // namespace irkg
