#pragma once
// Metadata detected on a page, before it is copied into MainText.
#include <string>

namespace irkg::text {

struct PageMetadata {
  std::string title, author, published, outlet, url;
  std::string article_body;  // JSON-LD articleBody when the page carries one (a hint only)
};

// Fills the empty fields of `into` from `from`.
inline void fill_missing(PageMetadata& into, const PageMetadata& from) {
  if (into.title.empty()) into.title = from.title;
  if (into.author.empty()) into.author = from.author;
  if (into.published.empty()) into.published = from.published;
  if (into.outlet.empty()) into.outlet = from.outlet;
  if (into.url.empty()) into.url = from.url;
  if (into.article_body.empty()) into.article_body = from.article_body;
}

// The host of an http(s) URL without "www.", or empty.
std::string url_host(const std::string& url);

}  // namespace irkg::text
