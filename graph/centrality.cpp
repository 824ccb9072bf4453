// Betweenness centrality of actors (Brandes 2001), over all kept edges regardless of sign:
// an actor that sits between others is a broker whether the ties are friendly or not.
//
// Written out rather than boost::brandes_betweenness_centrality, which keeps a predecessor
// list per vertex and took most of `irkg blocs` (bench/graph_bench.cpp: 300 actors, 5,617
// pairs). Two exact variants of the same algorithm, chosen by density:
// - sparse: a compressed neighbour array; each source's shortest-path DAG is one flat list
//   of successors, swept backwards with one division per vertex;
// - dense (a world graph of a few hundred states, where most actors are two hops apart):
//   adjacency and BFS levels as bitsets. A vertex's DAG successors are the bits of
//   (its neighbours AND the next level), so the many arcs inside one level (most arcs of a
//   dense graph) are never visited.
// Both sum in a fixed order on a fixed number of chunks, so results do not depend on the
// machine (exports must be byte-identical everywhere).
#include <bit>
#include <cstdint>
#include <functional>
#include <thread>
#include <vector>

#include "graph/graph_impl.h"

namespace irkg {

namespace {

using Adjacency = std::vector<std::vector<std::uint32_t>>;

// Sources s = chunk, chunk + chunks, ... accumulate into `centrality`.
void brandes_sparse(const Adjacency& adj, std::size_t chunk, std::size_t chunks, std::vector<double>& centrality) {
  const std::size_t n = adj.size();
  std::vector<double> paths(n), coefficient(n);
  std::vector<std::int32_t> dist(n);
  std::vector<std::uint32_t> order;  // vertices in BFS order (non-decreasing distance)
  // Shortest-path DAG successors grouped by vertex in BFS order: order[i]'s successors are
  // successors[first[i] .. first[i + 1]).
  std::vector<std::uint32_t> successors, first;
  for (std::size_t s = chunk; s < n; s += chunks) {
    std::fill(dist.begin(), dist.end(), -1);
    std::fill(paths.begin(), paths.end(), 0.0);
    order.assign(1, static_cast<std::uint32_t>(s));
    successors.clear();
    first.clear();
    dist[s] = 0;
    paths[s] = 1.0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      const std::int32_t next = dist[v] + 1;
      first.push_back(static_cast<std::uint32_t>(successors.size()));
      for (const std::uint32_t w : adj[v]) {
        if (dist[w] < 0) {
          dist[w] = next;
          order.push_back(w);
        }
        if (dist[w] == next) {
          paths[w] += paths[v];
          successors.push_back(w);
        }
      }
    }
    first.push_back(static_cast<std::uint32_t>(successors.size()));
    // Brandes' dependency of v is paths[v] * sum over successors w of (1 + dep[w]) /
    // paths[w]; that factor is computed once per vertex, deepest first.
    for (std::size_t i = order.size(); i-- > 0;) {
      const std::uint32_t v = order[i];
      double sum = 0.0;
      for (std::uint32_t k = first[i]; k < first[i + 1]; ++k) sum += coefficient[successors[k]];
      const double dependency = paths[v] * sum;
      coefficient[v] = (1.0 + dependency) / paths[v];
      if (i > 0) centrality[v] += dependency;
    }
  }
}

void brandes_dense(const Adjacency& adj, std::size_t chunk, std::size_t chunks, std::vector<double>& centrality) {
  const std::size_t n = adj.size(), words = (n + 63) / 64;
  std::vector<std::uint64_t> bits(n * words, 0);  // row v: v's neighbours
  for (std::size_t v = 0; v < n; ++v)
    for (const std::uint32_t w : adj[v]) bits[v * words + w / 64] |= std::uint64_t{1} << (w % 64);
  const auto row = [&](std::size_t v) { return &bits[v * words]; };
  // Calls fn(w) for every set bit w of (x AND y).
  const auto for_each_common = [words](const std::uint64_t* x, const std::uint64_t* y, auto&& fn) {
    for (std::size_t k = 0; k < words; ++k)
      for (std::uint64_t m = x[k] & y[k]; m; m &= m - 1)
        fn(static_cast<std::uint32_t>(k * 64 + static_cast<std::size_t>(std::countr_zero(m))));
  };
  std::vector<double> paths(n), coefficient(n);
  std::vector<std::uint64_t> level_bits, visited(words);  // level_bits: one bitset per BFS level
  std::vector<std::vector<std::uint32_t>> levels;         // the same levels as vertex lists
  for (std::size_t s = chunk; s < n; s += chunks) {
    std::fill(visited.begin(), visited.end(), 0);
    levels.assign(1, {static_cast<std::uint32_t>(s)});
    level_bits.assign(words, 0);
    level_bits[s / 64] |= std::uint64_t{1} << (s % 64);
    visited[s / 64] |= std::uint64_t{1} << (s % 64);
    paths[s] = 1.0;
    while (true) {
      const std::size_t d = levels.size() - 1;
      std::vector<std::uint64_t> next(words, 0);
      for (const std::uint32_t v : levels[d])
        for (std::size_t k = 0; k < words; ++k) next[k] |= row(v)[k];
      bool any = false;
      for (std::size_t k = 0; k < words; ++k) any |= (next[k] &= ~visited[k]) != 0;
      if (!any) break;
      std::vector<std::uint32_t> members;
      const std::uint64_t* frontier = &level_bits[d * words];
      for (std::size_t k = 0; k < words; ++k) {
        visited[k] |= next[k];
        for (std::uint64_t m = next[k]; m; m &= m - 1) {
          const auto w = static_cast<std::uint32_t>(k * 64 + static_cast<std::size_t>(std::countr_zero(m)));
          double p = 0.0;  // shortest paths to w: through its neighbours one level up
          for_each_common(row(w), frontier, [&](std::uint32_t v) { p += paths[v]; });
          paths[w] = p;
          members.push_back(w);
        }
      }
      level_bits.insert(level_bits.end(), next.begin(), next.end());
      levels.push_back(std::move(members));
    }
    for (std::size_t d = levels.size(); d-- > 0;) {
      const std::uint64_t* below = d + 1 < levels.size() ? &level_bits[(d + 1) * words] : nullptr;
      for (const std::uint32_t v : levels[d]) {
        double sum = 0.0;
        if (below) for_each_common(row(v), below, [&](std::uint32_t w) { sum += coefficient[w]; });
        const double dependency = paths[v] * sum;
        coefficient[v] = (1.0 + dependency) / paths[v];
        if (d > 0) centrality[v] += dependency;
      }
    }
  }
}

}  // namespace

void SignedGraph::Impl::compute_centrality() {
  const std::size_t n = nodes.size();
  if (n < 3) return;  // nobody can sit between two others
  Adjacency adj(n);
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    const auto a = static_cast<std::uint32_t>(boost::source(*it, graph));
    const auto b = static_cast<std::uint32_t>(boost::target(*it, graph));
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  // Bitsets pay when a vertex has more than a few neighbours per 64 actors, and only for
  // graphs whose n x n bit matrix is small (4096 actors: 2 MB).
  const bool dense = n <= 4096 && 2 * boost::num_edges(graph) * 32 >= n * n;
  // Sources are split into a fixed number of chunks, run on threads and summed in chunk
  // order: the result does not depend on how many cores the machine has.
  const std::size_t chunks = n >= 64 ? 4 : 1;
  std::vector<std::vector<double>> partial(chunks, std::vector<double>(n, 0.0));
  const auto run_chunk = [&](std::size_t chunk) {
    (dense ? brandes_dense : brandes_sparse)(adj, chunk, chunks, partial[chunk]);
  };
  {
    std::vector<std::jthread> workers;
    for (std::size_t chunk = 1; chunk < chunks; ++chunk) workers.emplace_back(run_chunk, chunk);
    run_chunk(0);
  }  // joined here
  std::vector<double> centrality(n, 0.0);
  for (const auto& part : partial)
    for (std::size_t v = 0; v < n; ++v) centrality[v] += part[v];
  // Every unordered pair was counted from both ends; normalised to [0, 1] by the number of
  // pairs of other vertices so values compare across graphs of different sizes.
  const double scale = 1.0 / static_cast<double>((n - 1) * (n - 2));
  for (std::size_t v = 0; v < n; ++v) nodes[v].betweenness = centrality[v] * scale;
}

}  // namespace irkg
