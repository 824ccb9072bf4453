#pragma once
// Which publisher a page belongs to: the host of its canonical URL when data/outlets.tsv
// lists it, else the first name the page gives itself that is a publisher's name (not a
// section label, a byline, a blog platform or a wire agency), else the host.
#include <string>
#include <string_view>

#include "extract/text/page_metadata.h"

namespace irkg::text {

struct OutletChoice {
  std::string outlet;        // canonical (data/outlets.tsv) when listed, else as the page names it
  std::string source;        // "host table", "og:site_name", ..., "host"
  std::string agency_hint;   // an agency named in a publisher field of another host's page
};

OutletChoice choose_outlet(const PageMetadata& meta);

// Why a name is not the publisher's, or empty when it may be: "section", "byline",
// "platform", "agency". `sections` are the page's own section labels.
std::string_view reject_outlet_name(std::string_view name, const std::vector<std::string>& sections);

// The name reads as the site of `host`: its letters equal the host's or its main label
// ("NJ.com" / "VentureBeat" / "The Hill" / "Smithsonian" for smithsonianmag.com).
bool names_host(std::string_view name, std::string_view host);

}  // namespace irkg::text
