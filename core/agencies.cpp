// The agency table: data/agencies.tsv read once.
#include "core/agencies.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/embedded_data.h"
#include "core/strings.h"

namespace irkg {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t p = 0; p <= s.size();) {
    const std::size_t e = std::min(s.find(sep, p), s.size());
    out.push_back(trim_space(s.substr(p, e - p)));
    p = e + 1;
  }
  return out;
}

struct AgencyTable {
  std::vector<AgencySpelling> spellings;
  std::unordered_map<std::string, std::string> by_key;

  AgencyTable() {
    for (std::string_view line : split(embedded_file("agencies.tsv"), '\n')) {
      if (line.empty() || line.front() == '#') continue;
      const auto fields = split(line, '\t');
      if (fields.empty() || fields[0].empty()) continue;
      const std::string canonical(fields[0]);
      by_key[name_key(canonical)] = canonical;
      for (std::size_t f = 1; f < fields.size() && f <= 2; ++f)
        for (std::string_view v : split(fields[f], '|')) {
          if (v.empty()) continue;
          spellings.push_back({std::string(v), canonical, f == 2, ascii_lower(v)});
          by_key[name_key(v)] = canonical;
        }
      spellings.push_back({canonical, canonical, false, ascii_lower(canonical)});
    }
    std::stable_sort(spellings.begin(), spellings.end(),
                     [](const AgencySpelling& a, const AgencySpelling& b) { return a.text.size() > b.text.size(); });
  }
};

const AgencyTable& table() {
  static const AgencyTable t;
  return t;
}

}  // namespace

const std::vector<AgencySpelling>& agency_spellings() { return table().spellings; }

std::string canonical_agency(std::string_view name) {
  const std::string key = name_key(name);
  if (key.empty()) return "";
  const auto it = table().by_key.find(key);
  return it == table().by_key.end() ? "" : it->second;
}

std::string normalize_agency(std::string_view name) {
  std::string canonical = canonical_agency(name);
  return canonical.empty() ? std::string(trim_space(name)) : canonical;
}

}  // namespace irkg
