#include "cli/args.h"

#include <sstream>

#include "core/date.h"

namespace irkg::cli {

Args::Args(std::string usage, std::vector<FlagSpec> flags) : usage_(std::move(usage)), specs_(std::move(flags)) {}

void Args::parse(const std::vector<std::string>& argv) {
  bool only_positionals = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (only_positionals || a == "-" || a.size() < 2 || a[0] != '-') {
      positionals_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positionals = true;
      continue;
    }
    if (a == "--help" || a == "-h") throw HelpRequested{};
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    const FlagSpec* spec = nullptr;
    for (const auto& s : specs_)
      if (s.name == name || (name.size() == 2 && s.name.size() > 2 && s.name == "-" + name)) spec = &s;
    if (!spec) throw UsageError("unknown option " + name);
    if (!spec->repeatable && values_.count(spec->name)) throw UsageError("option " + name + " given twice");
    if (spec->takes_value) {
      if (!inline_value) {
        if (i + 1 >= argv.size()) throw UsageError("option " + name + " needs a value");
        value = argv[++i];
      }
    } else if (inline_value) {
      throw UsageError("option " + name + " takes no value");
    }
    values_[spec->name].push_back(value);
  }
}

bool Args::has(const std::string& flag) const { return values_.count(flag) > 0; }

std::string Args::get(const std::string& flag, const std::string& fallback) const {
  auto it = values_.find(flag);
  return it == values_.end() ? fallback : it->second.back();
}

std::vector<std::string> Args::get_all(const std::string& flag) const {
  auto it = values_.find(flag);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::require(const std::string& flag) const {
  if (!has(flag)) throw UsageError("missing required option " + flag);
  return get(flag);
}

std::string Args::date(const std::string& flag) const {
  if (!has(flag)) return "";
  const std::string v = get(flag);
  if (!parse_iso_date(v)) throw UsageError("option " + flag + " needs a date as YYYY-MM-DD, got '" + v + "'");
  return v;
}

long Args::integer(const std::string& flag, long fallback, long min, long max) const {
  if (!has(flag)) return fallback;
  const std::string v = get(flag);
  std::size_t used = 0;
  long n = 0;
  try {
    n = std::stol(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || v.empty() || n < min || n > max)
    throw UsageError("option " + flag + " needs a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", got '" + v + "'");
  return n;
}

std::string Args::usage_text() const {
  std::ostringstream out;
  out << usage_ << "\n";
  if (!specs_.empty()) out << "\nOptions:\n";
  for (const auto& s : specs_) out << "  " << s.name << (s.help.empty() ? "" : "  ") << s.help << "\n";
  out << "  --help  show this help\n";
  return out.str();
}

}  // namespace irkg::cli
