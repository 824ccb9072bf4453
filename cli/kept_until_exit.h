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

#include "graph/signed_graph.h"

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

// A graph command's graph kept until exit (freeing a 45k-edge graph took ~30 ms of a 0.4 s
// window command) whose lookups, and the store they hold, go when the command's scope
// ends, exception or not: a store open at exit would leave a secondary instance's
// directory behind.
class KeptGraph {
 public:
  explicit KeptGraph(SignedGraph&& graph) : graph_(kept_until_exit(std::move(graph))) {}
  ~KeptGraph() { graph_.release_lookups(); }
  KeptGraph(const KeptGraph&) = delete;
  KeptGraph& operator=(const KeptGraph&) = delete;
  const SignedGraph& get() const { return graph_; }

 private:
  const SignedGraph& graph_;
};

}  // namespace irkg::cli
