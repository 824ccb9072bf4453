#include "extract/text/html_metadata.h"

#include <array>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/text/char_references.h"
#include "extract/text/dates.h"
#include "extract/text/outlet_choice.h"
#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

using nlohmann::json;

std::string string_of(const json& j) {
  if (j.is_string()) return normalize_space(decode_char_references(j.get<std::string>()));
  if (j.is_object() && j.contains("name")) return string_of(j["name"]);
  if (j.is_array() && !j.empty()) {
    // Several authors: "A and B".
    std::string out;
    for (const auto& item : j) {
      const std::string one = string_of(item);
      if (one.empty()) continue;
      if (!out.empty()) out += " and ";
      out += one;
    }
    return out;
  }
  return {};
}

bool is_article_type(const json& type) {
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" || t == "WebPage" ||
           t == "LiveBlogPosting";
  };
  if (type.is_string()) return check(type.get<std::string>());
  if (type.is_array())
    for (const auto& t : type)
      if (t.is_string() && check(t.get<std::string>())) return true;
  return false;
}

// Reads one JSON-LD object (recursing into @graph and arrays).
void read_json_ld(const json& j, PageMetadata& m, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& item : j) read_json_ld(item, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) read_json_ld(j["@graph"], m, depth + 1);
  const json type = j.value("@type", json());
  const std::string type_name = type.is_string() ? type.get<std::string>() : "";
  if (type_name == "WebSite" || type_name == "Organization" || type_name == "NewsMediaOrganization") {
    if (j.contains("name")) m.outlet_candidates.push_back({"json-ld " + type_name, string_of(j["name"])});
    return;
  }
  if (!is_article_type(type)) return;
  const bool real_article = type_name != "WebPage";
  if (m.published.empty() && j.contains("datePublished") && j["datePublished"].is_string())
    m.published = parse_date_value(j["datePublished"].get<std::string>());
  if (!real_article) return;
  if (m.title.empty() && j.contains("headline")) m.title = string_of(j["headline"]);
  if (m.author.empty() && j.contains("author")) m.author = string_of(j["author"]);
  if (j.contains("publisher")) m.outlet_candidates.push_back({"json-ld publisher", string_of(j["publisher"])});
  if (j.contains("articleSection")) {
    const std::string section = string_of(j["articleSection"]);
    if (!section.empty()) m.sections.push_back(section);
  }
  if (m.article_body.empty() && j.contains("articleBody") && j["articleBody"].is_string())
    m.article_body = j["articleBody"].get<std::string>();
  if (m.url.empty() && j.contains("url") && j["url"].is_string()) m.url = j["url"].get<std::string>();
}

std::string meta_value(const HtmlPage& page, std::initializer_list<std::string_view> keys) {
  for (auto key : keys)
    for (const auto& m : page.meta)
      if (m.key == key && !m.value.empty()) return normalize_space(m.value);
  return {};
}

// "Headline | Site" or "Headline - Site": the headline and the site name.
std::pair<std::string, std::string> split_site_suffix(const std::string& title) {
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "}) {
    const std::size_t p = title.rfind(sep);
    if (p != std::string::npos && p >= 15) return {title.substr(0, p), title.substr(p + sep.size())};
  }
  return {title, ""};
}

}  // namespace

std::string url_host(const std::string& url) {
  std::size_t start = url.find("://");
  if (start == std::string::npos) return {};
  start += 3;
  std::size_t end = url.find_first_of("/:?#", start);
  std::string host = lower_ascii(url.substr(start, end == std::string::npos ? std::string::npos : end - start));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

PageMetadata html_metadata(const HtmlPage& page) {
  PageMetadata m;
  for (const auto& raw : page.json_ld) {
    const json j = json::parse(raw, nullptr, false);
    if (!j.is_discarded()) read_json_ld(j, m);
  }
  PageMetadata from_meta;
  from_meta.title = meta_value(page, {"og:title", "twitter:title", "headline", "dc.title"});
  from_meta.author = meta_value(page, {"author", "article:author", "parsely-author", "dc.creator", "sailthru.author"});
  // Facebook profile URLs are not names.
  if (from_meta.author.find("://") != std::string::npos) from_meta.author.clear();
  // Names the page gives itself, most trusted first: og:site_name is the site's own
  // brand more often than JSON-LD publisher, which templates fill with the platform
  // ("Blogger"), a byline ("DH News Service") or the wire agency ("Associated Press").
  std::vector<NameCandidate> names;
  for (auto key : {"og:site_name"})
    if (auto v = meta_value(page, {key}); !v.empty()) names.push_back({key, v});
  for (auto& c : m.outlet_candidates) names.push_back(std::move(c));
  for (auto key : {"application-name", "publisher", "dc.publisher"})
    if (auto v = meta_value(page, {key}); !v.empty()) names.push_back({key, v});
  m.outlet_candidates = std::move(names);
  for (auto key : {"article:section", "og:article:section", "section", "parsely-section"})
    if (auto v = meta_value(page, {key}); !v.empty()) m.sections.push_back(v);
  from_meta.url = meta_value(page, {"canonical", "og:url"});
  m.site_url = meta_value(page, {"og:url"});
  for (auto key : {"article:published_time", "og:published_time", "datepublished", "published_time", "pubdate",
                   "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                   "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time",
                   "article:published", "pdate", "article_date_original"}) {
    const std::string v = meta_value(page, {key});
    if (!v.empty()) from_meta.published = parse_date_value(v);
    if (!from_meta.published.empty()) break;
  }
  fill_missing(m, from_meta);
  if (m.published.empty() && !page.first_time.empty()) m.published = parse_date_value(page.first_time);
  const auto [headline, site] = split_site_suffix(page.title_tag);
  if (m.title.empty()) m.title = headline;
  if (!site.empty() && word_stats(site).words <= 5) m.outlet_candidates.push_back({"title suffix", site});
  const OutletChoice outlet = choose_outlet(m);
  m.outlet = outlet.outlet;
  m.agency = outlet.agency_hint;
  return m;
}

}  // namespace irkg::text
