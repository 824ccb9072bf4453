#include "cli/claim_source.h"

#include <fstream>
#include <iostream>
#include <stdexcept>

#include "cli/common.h"
#include "store/store.h"

namespace irkg::cli {

void for_each_source_claim(const std::string& command, const Args& args, const std::function<void(const Claim&)>& fn,
                           const ClaimFilter& narrow) {
  const bool from_db = args.has("--db"), from_file = args.has("--claims");
  if (from_db == from_file) throw UsageError("give exactly one of --db DIR or --claims FILE");
  if (from_db) {
    const Store store = Store::open(args.get("--db"), Store::Mode::ReadOnly);
    store.for_each_claim(narrow, fn);
    return;
  }
  const std::string path = args.get("--claims");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": no such file or unreadable");
  std::string line;
  std::size_t number = 0, skipped = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Claim c;
    try {
      c = claim_from_json_line(line);
    } catch (const std::exception& e) {
      ++skipped;
      warn(command, path + ":" + std::to_string(number), std::string("skipped: ") + e.what());
      continue;
    }
    fn(c);
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  if (skipped) std::cerr << "irkg " << command << ": " << skipped << " line(s) skipped\n";
}

}  // namespace irkg::cli
