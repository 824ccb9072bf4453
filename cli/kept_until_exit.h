#pragma once
// A command's large result kept alive until the process exits instead of being freed when
// the command returns. A whole-store graph at 10M claims is ~2M heap blocks (edges, their
// per-class summaries, spells and outlet lists): freeing them one by one took 0.4 s of a
// 3 s export, and the process ends right after (the system takes the pages back at once).
// Only for values that hold nothing but memory (a graph built with details keeps no store
// open; one with lazy representatives would keep its store, and a secondary instance
// removes its directory when closed). Under AddressSanitizer the value is freed at exit, so LeakSanitizer sees no leak.
#include <memory>
#include <utility>
#include <vector>

namespace irkg::cli {

template <class T>
const T& kept_until_exit(T&& value) {
  auto owned = std::make_unique<const T>(std::move(value));
  const T& kept = *owned;
#if defined(__SANITIZE_ADDRESS__)
  static std::vector<std::shared_ptr<const void>> freed_at_exit;
  freed_at_exit.push_back(std::move(owned));
#else
  static_cast<void>(owned.release());  // deliberately never freed: see above
#endif
  return kept;
}

}  // namespace irkg::cli
