#include "extract/text/outlet_choice.h"

#include <array>
#include <cctype>

#include "core/agencies.h"
#include "core/outlet_names.h"
#include "core/strings.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

// Platforms that host blogs or pages put their own name where the site's belongs (JSON-LD
// publisher "Blogger" on a Blogspot site; "Hosted", AP's hosting service for member papers).
constexpr std::array kPlatforms{"blogger",  "blogspot", "wordpress", "wordpresscom", "medium",    "tumblr",
                                "substack", "wix",      "squarespace", "ghost",      "typepad",   "livejournal",
                                "weebly",   "hosted",   "wixcom",      "bloggercom", "mediumcom", "hubspot"};

// Section labels that pages put in og:site_name ("U.S." on a Reuters page); compared after
// name_key, so "U.S." is "us". A page's own article:section values are rejected as well.
constexpr std::array kSections{"us",       "world",    "news",     "politics",  "business",     "sports",
                               "sport",    "opinion",  "tech",     "technology", "entertainment", "health",
                               "science",  "markets",  "homepage", "home",      "local",        "nation",
                               "national", "lifestyle", "life",    "travel",    "culture",      "arts",
                               "economy",  "india",    "europe",   "asia",      "africa",       "americas",
                               "uk",       "international", "breakingnews", "latestnews", "topnews", "video",
                               "videos",   "blog",     "blogs",    "usnews",    "worldnews"};

// A byline or desk credited in a publisher field ("DH News Service", "Web Desk"), matched as
// whole words ("The Hollywood Reporter" and "Staffordshire Live" are publishers).
constexpr std::array kBylineWords{"news service", "staff", "bureau", "desk", "correspondent", "staff reporter",
                                  "editorial team"};

bool has_word(std::string_view lower, std::string_view phrase) {
  for (std::size_t p = lower.find(phrase); p != std::string_view::npos; p = lower.find(phrase, p + 1)) {
    const std::size_t end = p + phrase.size();
    const bool start_ok = p == 0 || !std::isalnum(static_cast<unsigned char>(lower[p - 1]));
    const bool end_ok = end == lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]));
    if (start_ok && end_ok) return true;
  }
  return false;
}

bool is_lower_slug(std::string_view s) {
  for (unsigned char c : s)
    if (std::isupper(c) || c == ' ') return false;
  return !s.empty();
}

// "LinkNaija | Nigeria's popular news platform": the segment that names the host, else
// the first. Site names rarely contain these separators themselves.
std::string pick_segment(const std::string& name, std::string_view host) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  const std::array<std::string_view, 5> seps{" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "};
  for (std::size_t i = 0; i < name.size();) {
    bool cut = false;
    for (auto sep : seps)
      if (name.compare(i, sep.size(), sep) == 0) {
        parts.push_back(name.substr(start, i - start));
        i += sep.size();
        start = i;
        cut = true;
        break;
      }
    if (!cut) ++i;
  }
  parts.push_back(name.substr(start));
  for (const auto& p : parts)
    if (!host.empty() && names_host(p, host)) return normalize_space(p);
  return normalize_space(parts.front());
}

}  // namespace

bool names_host(std::string_view name, std::string_view host) {
  if (host.empty()) return false;
  const std::string full = name_key(name);
  const std::string host_key = name_key(host);
  // "The Verge" for theverge.com, "The Detroit News" for detroitnews.com: with and without
  // a leading "The".
  std::vector<std::string> keys{full};
  if (full.rfind("the", 0) == 0 && full.size() > 6) keys.push_back(full.substr(3));
  for (const std::string& key : keys) {
    if (key.size() < 2) continue;
    if (key == host_key) return true;
    // Each label but the last (the TLD): "IGN" for ign.com, "Smithsonian" for
    // smithsonianmag.com (a prefix match needs 5+ letters on both sides: "News" is no
    // name of newsweek.com).
    for (std::size_t start = 0; start < host.size();) {
      const std::size_t dot = host.find('.', start);
      if (dot == std::string_view::npos) break;
      const std::string label = name_key(host.substr(start, dot - start));
      start = dot + 1;
      if (label == key) return true;
      if (label.size() >= 5 && key.size() >= 5 && (label.rfind(key, 0) == 0 || key.rfind(label, 0) == 0))
        return true;
    }
  }
  return false;
}

std::string_view reject_outlet_name(std::string_view name, const std::vector<std::string>& sections) {
  const std::string key = name_key(name);
  if (key.empty()) return "empty";
  for (const char* p : kPlatforms)
    if (key == p) return "platform";
  for (const char* s : kSections)
    if (key == name_key(s)) return "section";
  for (const auto& s : sections)
    if (key == name_key(s)) return "section";
  const std::string lower = lower_ascii(name);
  if (lower.rfind("by ", 0) == 0) return "byline";
  for (const char* w : kBylineWords)
    if (has_word(lower, w)) return "byline";
  if (!canonical_agency(name).empty()) return "agency";
  return {};
}

OutletChoice choose_outlet(const PageMetadata& meta) {
  OutletChoice out;
  const std::string host = url_host(meta.site_url.empty() ? meta.url : meta.site_url);
  const std::string listed = listed_outlet_for_host(host);
  // The first acceptable name, and the first that names the host (preferred: a page's
  // og:site_name may be a sister brand while its publisher field names the site).
  std::string first_ok, first_ok_source, naming, naming_source;
  for (const auto& c : meta.outlet_candidates) {
    std::string name = normalize_space(c.name);
    if (name.find("://") != std::string::npos) {
      // "https://www.site.com" names the site; a Facebook page URL names nothing.
      name = url_host(name);
      if (!names_host(name, host)) continue;
    }
    while (!name.empty() && name.front() == '@') name.erase(0, 1);     // a Twitter handle
    name = pick_segment(name, host);
    if (name == meta.title) continue;  // a headline in application-name (MSN)
    const std::string_view why = reject_outlet_name(name, meta.sections);
    if (why == "agency") {
      // An agency in the publisher field of another site's page credits the story to it.
      const std::string agency = canonical_agency(name);
      if (out.agency_hint.empty() && (listed.empty() || listed_outlet_for_name(agency) != listed))
        out.agency_hint = agency;
      if (listed.empty() || listed_outlet_for_name(agency) != listed) continue;
    } else if (!why.empty()) {
      continue;
    }
    // "nj", "cleveland": the site's slug, not its name; the host says it better.
    if (is_lower_slug(name) && !host.empty() && names_host(name, host) && name.find('.') == std::string::npos)
      name = host;
    if (naming.empty() && !host.empty() && names_host(name, host)) {
      naming = name;
      naming_source = c.source;
    }
    if (first_ok.empty()) {
      first_ok = name;
      first_ok_source = c.source;
    }
  }
  if (!listed.empty()) {
    out.outlet = listed;
    out.source = "host table";
  } else if (!naming.empty()) {
    out.outlet = normalize_outlet(naming);
    out.source = naming_source;
  } else if (!first_ok.empty()) {
    out.outlet = normalize_outlet(first_ok);
    out.source = first_ok_source;
  } else if (!host.empty()) {
    out.outlet = normalize_outlet(host);
    out.source = "host";
  }
  return out;
}

}  // namespace irkg::text
