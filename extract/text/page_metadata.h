#pragma once
// Metadata detected on a page, before it is copied into MainText.
#include <string>
#include <vector>

namespace irkg::text {

// A name the page gives itself, with where it came from ("og:site_name", "json-ld
// publisher", "title suffix" ...). Several are collected so the outlet chooser can skip a
// section label, a byline or a blog platform and take the next.
struct NameCandidate {
  std::string source;
  std::string name;
};

struct PageMetadata {
  std::string title, author, published, outlet, url;
  // og:url: where this copy was published. A syndicated copy's canonical link (`url`)
  // names the original publisher's page, so the outlet is read from this one first.
  std::string site_url;
  std::string agency;  // wire service the story is credited to (extract/text/agency.h)
  std::string article_body;  // JSON-LD articleBody when the page carries one (a hint only)
  std::vector<NameCandidate> outlet_candidates;  // in the order they are trusted
  std::vector<std::string> sections;  // article:section, articleSection: never an outlet
};

// Fills the empty fields of `into` from `from`.
inline void fill_missing(PageMetadata& into, const PageMetadata& from) {
  if (into.title.empty()) into.title = from.title;
  if (into.author.empty()) into.author = from.author;
  if (into.published.empty()) into.published = from.published;
  if (into.outlet.empty()) into.outlet = from.outlet;
  if (into.url.empty()) into.url = from.url;
  if (into.agency.empty()) into.agency = from.agency;
  if (into.article_body.empty()) into.article_body = from.article_body;
}

// The host of an http(s) URL without "www.", or empty.
std::string url_host(const std::string& url);

}  // namespace irkg::text
