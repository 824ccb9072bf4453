#pragma once
// Outlet names: one canonical name per news outlet (data/outlets.tsv plus users' rows), so
// a site name, a host and a URL of the same publisher count as one outlet. Lives in core
// because main-text detection (host of the canonical URL -> publisher) and comparison
// both read it.
#include <string>
#include <string_view>

namespace irkg {

// The canonical name of an outlet given as a site name ("TFI Global News"), a host
// ("www.tfiglobalnews.com") or a URL, from data/outlets.tsv (plus --outlets FILE rows); an
// unknown outlet is returned tidied (trimmed, "www." dropped from hosts). Empty stays empty.
std::string normalize_outlet(std::string_view raw);

// The canonical name of the outlet a URL or host belongs to when the table lists that host
// (or a parent domain of it); empty when it is not listed.
std::string listed_outlet_for_host(std::string_view url_or_host);

// The canonical name when the table lists `name` as an outlet name; empty otherwise.
std::string listed_outlet_for_name(std::string_view name);

// Adds rows in the data/outlets.tsv format (for users' extra outlet names). Throws
// std::runtime_error naming the origin and line on a malformed row.
void add_outlet_names(std::string_view tsv, const std::string& origin);

}  // namespace irkg
