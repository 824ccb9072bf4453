// Outlet names: one canonical name per outlet from data/outlets.tsv (+ users' rows).
#include <algorithm>
#include <cctype>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/outlet_names.h"
#include "core/embedded_data.h"
#include "core/strings.h"

namespace irkg {
namespace {

// The host of a URL or host-like string, lower case, without "www.", "m.", "amp.".
std::string host_of(std::string_view s) {
  if (const auto scheme = s.find("://"); scheme != std::string_view::npos) s.remove_prefix(scheme + 3);
  s = s.substr(0, s.find_first_of("/?#:"));
  std::string host(s);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* prefix : {"www.", "m.", "amp.", "mobile."})
    if (host.rfind(prefix, 0) == 0) host.erase(0, std::char_traits<char>::length(prefix));
  return host;
}

bool looks_like_host(std::string_view s) {
  if (s.find("://") != std::string_view::npos) return true;
  const std::size_t dot = s.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 < s.size() && s.find(' ') == std::string_view::npos;
}

class OutletTable {
 public:
  OutletTable() { add(embedded_file("outlets.tsv"), "data/outlets.tsv"); }

  void add(std::string_view tsv, const std::string& origin) {
    std::unique_lock lock(mutex_);
    int line_number = 0;
    std::size_t start = 0;
    while (start <= tsv.size()) {
      const std::size_t end = std::min(tsv.find('\n', start), tsv.size());
      std::string_view line = tsv.substr(start, end - start);
      start = end + 1;
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (trim_space(line).empty() || trim_space(line).front() == '#') {
        if (end == tsv.size()) break;
        continue;
      }
      std::vector<std::string_view> fields;
      for (std::size_t p = 0;;) {
        const std::size_t tab = line.find('\t', p);
        fields.push_back(trim_space(line.substr(p, tab == std::string_view::npos ? std::string_view::npos : tab - p)));
        if (tab == std::string_view::npos) break;
        p = tab + 1;
      }
      if (fields.empty() || fields[0].empty() || fields.size() > 3)
        throw std::runtime_error(origin + ":" + std::to_string(line_number) +
                                 ": an outlet row is NAME<TAB>hosts<TAB>other names");
      const std::string canonical(fields[0]);
      by_name_[name_key(canonical)] = canonical;
      const auto each = [](std::string_view list, auto&& fn) {
        for (std::size_t p = 0; p <= list.size();) {
          const std::size_t bar = std::min(list.find('|', p), list.size());
          if (const auto v = trim_space(list.substr(p, bar - p)); !v.empty()) fn(v);
          p = bar + 1;
        }
      };
      if (fields.size() > 1) each(fields[1], [&](std::string_view h) { by_host_[host_of(h)] = canonical; });
      if (fields.size() > 2) each(fields[2], [&](std::string_view n) { by_name_[name_key(n)] = canonical; });
      if (end == tsv.size()) break;
    }
  }

  std::string host_name(std::string_view raw) const {
    raw = trim_space(raw);
    if (raw.empty() || !looks_like_host(raw)) return "";
    std::shared_lock lock(mutex_);
    // any subdomain of a known host: "edition.cnn.com" -> cnn.com
    for (std::string h = host_of(raw);;) {
      if (const auto it = by_host_.find(h); it != by_host_.end()) return it->second;
      const std::size_t dot = h.find('.');
      if (dot == std::string::npos || h.find('.', dot + 1) == std::string::npos) return "";
      h.erase(0, dot + 1);
    }
  }

  std::string listed_name(std::string_view raw) const {
    std::shared_lock lock(mutex_);
    const auto it = by_name_.find(name_key(trim_space(raw)));
    return it == by_name_.end() ? "" : it->second;
  }

  std::string normalize(std::string_view raw) const {
    raw = trim_space(raw);
    if (raw.empty()) return "";
    std::shared_lock lock(mutex_);
    if (const auto it = by_name_.find(name_key(raw)); it != by_name_.end()) return it->second;
    if (looks_like_host(raw)) {
      std::string host = host_of(raw);
      // any subdomain of a known host: "edition.cnn.com" -> cnn.com
      for (std::string h = host;;) {
        if (const auto it = by_host_.find(h); it != by_host_.end()) return it->second;
        const std::size_t dot = h.find('.');
        if (dot == std::string::npos || h.find('.', dot + 1) == std::string::npos) break;
        h.erase(0, dot + 1);
      }
      return host;
    }
    return std::string(raw);
  }

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::string> by_name_;
  std::unordered_map<std::string, std::string> by_host_;
};

OutletTable& table() {
  static OutletTable t;
  return t;
}

}  // namespace

std::string normalize_outlet(std::string_view raw) { return table().normalize(raw); }

std::string listed_outlet_for_host(std::string_view url_or_host) { return table().host_name(url_or_host); }

std::string listed_outlet_for_name(std::string_view name) {
  return name_key(name).empty() ? "" : table().listed_name(name);
}

void add_outlet_names(std::string_view tsv, const std::string& origin) { table().add(tsv, origin); }

}  // namespace irkg
