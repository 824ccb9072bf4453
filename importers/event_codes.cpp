#include "importers/claim_builder.h"

namespace irkg::import_detail {

const CameoEvent* find_event(const CameoTables& tables, std::string& code, std::string_view root, bool& repaired) {
  repaired = false;
  std::string root_code;
  if (root.size() == 1) root_code.push_back('0');  // the root lost its zero as well
  root_code.append(root);
  const auto consistent = [&](const std::string& c) { return root_code.empty() || c.starts_with(root_code); };
  const CameoEvent* as_is = tables.event(code);
  if (as_is && consistent(code)) return as_is;
  if (code.size() >= 1 && code.size() <= 3) {
    std::string padded(1, '0');
    padded.append(code);
    if (const CameoEvent* ev = tables.event(padded); ev && consistent(padded)) {
      code = padded;
      repaired = true;
      return ev;
    }
  }
  return as_is;  // a known code whose root column disagrees: trust the code itself
}

}  // namespace irkg::import_detail
