// Structural balance of the signed graph: weak balance (blocs = components of positive
// edges), strong balance (a two-colouring where every positive edge joins one side and
// every negative edge crosses), and the share of balanced signed triads.
#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/camps.h"
#include "graph/graph_impl.h"

namespace irkg {

namespace {

struct PositiveOnly {
  const BoostGraph* g = nullptr;
  const std::vector<EdgeSummary>* edges = nullptr;
  bool operator()(BoostGraph::edge_descriptor e) const { return (*edges)[(*g)[e].edge].sign > 0; }
};

bool edge_satisfied(int sign, int side_a, int side_b) {
  return sign > 0 ? side_a == side_b : side_a != side_b;
}

}  // namespace

void SignedGraph::Impl::compute_balance() {
  const std::size_t n = nodes.size();
  balance = BalanceReport{};

  // Weak balance: blocs are the components of the positive subgraph.
  boost::filtered_graph<BoostGraph, PositiveOnly> positive(graph, PositiveOnly{&graph, &edges});
  std::vector<int> component(n, 0);
  if (n > 0) boost::connected_components(positive, component.data());
  std::map<int, std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < n; ++v) members[component[v]].push_back(v);
  std::vector<std::vector<std::size_t>> blocs;
  for (auto& [_, m] : members) blocs.push_back(std::move(m));
  // Largest bloc first, then by its first member's id, so bloc numbers are stable.
  std::sort(blocs.begin(), blocs.end(), [&](const auto& x, const auto& y) {
    if (x.size() != y.size()) return x.size() > y.size();
    return nodes[x.front()].id < nodes[y.front()].id;
  });
  for (std::size_t b = 0; b < blocs.size(); ++b) {
    BalanceReport::Bloc bloc;
    bloc.id = static_cast<int>(b);
    for (auto v : blocs[b]) {
      nodes[v].bloc = bloc.id;
      bloc.members.push_back(nodes[v].id);
    }
    balance.blocs.push_back(std::move(bloc));
  }
  for (std::size_t i = 0; i < edges.size(); ++i)
    if (edges[i].sign < 0 && nodes[edge_ends[i].first].bloc == nodes[edge_ends[i].second].bloc)
      balance.weak_breaks.push_back(&edges[i]);

  // Strong balance: BFS two-colouring over signed edges, then a few passes of local
  // improvement (move an actor to the other side when that satisfies more of its edges),
  // so the reported breaks are few rather than an artefact of the BFS order. The breaks
  // are exactly the edges that close odd-negative cycles under this colouring.
  std::vector<int> side(n, -1);
  for (std::size_t start = 0; start < n; ++start) {
    if (side[start] != -1) continue;
    bool has_signed = false;
    for (auto [it, end] = boost::out_edges(start, graph); it != end; ++it)
      if (edges[graph[*it].edge].sign != 0) has_signed = true;
    if (!has_signed) continue;
    side[start] = 0;
    std::deque<std::size_t> queue{start};
    while (!queue.empty()) {
      const std::size_t u = queue.front();
      queue.pop_front();
      for (auto [it, end] = boost::out_edges(u, graph); it != end; ++it) {
        const int sign = edges[graph[*it].edge].sign;
        const std::size_t v = boost::target(*it, graph);
        if (sign == 0 || side[v] != -1) continue;
        side[v] = sign > 0 ? side[u] : 1 - side[u];
        queue.push_back(v);
      }
    }
  }
  for (int pass = 0; pass < 8; ++pass) {
    bool moved = false;
    for (std::size_t u = 0; u < n; ++u) {
      if (side[u] == -1) continue;
      int gain = 0;  // edges satisfied after moving minus satisfied now
      for (auto [it, end] = boost::out_edges(u, graph); it != end; ++it) {
        const auto& e = edges[graph[*it].edge];
        if (e.sign == 0) continue;
        const int sv = side[boost::target(*it, graph)];
        gain += edge_satisfied(e.sign, 1 - side[u], sv) - edge_satisfied(e.sign, side[u], sv);
      }
      if (gain > 0) {
        side[u] = 1 - side[u];
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (std::size_t v = 0; v < n; ++v) nodes[v].side = side[v];
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (edges[i].sign == 0) continue;
    if (!edge_satisfied(edges[i].sign, side[edge_ends[i].first], side[edge_ends[i].second]))
      balance.strong_breaks.push_back(&edges[i]);
  }
  balance.strongly_balanced = balance.strong_breaks.empty();

  // Triads: every triangle whose three edges are signed; balanced when the product is
  // positive. Each triangle is counted once via u < v < w on sorted neighbour lists.
  std::vector<std::vector<std::pair<std::size_t, int>>> adj(n);
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    if (e.sign == 0) continue;
    const auto [a, b] = edge_ends[i];
    adj[a].emplace_back(b, e.sign);
    adj[b].emplace_back(a, e.sign);
  }
  for (auto& list : adj) std::sort(list.begin(), list.end());
  for (std::size_t u = 0; u < n; ++u) {
    for (const auto& [v, suv] : adj[u]) {
      if (v <= u) continue;
      // Intersect neighbours of u and v above v.
      auto iu = std::upper_bound(adj[u].begin(), adj[u].end(), std::make_pair(v, 2));
      auto iv = std::upper_bound(adj[v].begin(), adj[v].end(), std::make_pair(v, 2));
      while (iu != adj[u].end() && iv != adj[v].end()) {
        if (iu->first < iv->first) {
          ++iu;
        } else if (iv->first < iu->first) {
          ++iv;
        } else {
          ++balance.signed_triads;
          if (suv * iu->second * iv->second > 0) ++balance.balanced_triads;
          ++iu;
          ++iv;
        }
      }
    }
  }
}

// Camps: every signed edge weighs sign x strength (claims + outlets + |net| / 10, the
// evidence measure the rankings and exports use), so breaking a well-reported alliance
// costs more than breaking a one-off handshake; mixed edges weigh nothing.
void SignedGraph::Impl::compute_camps() {
  std::vector<WeightedSignedEdge> weighted;
  weighted.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i)
    if (edges[i].sign != 0)
      weighted.push_back({edge_ends[i].first, edge_ends[i].second, edges[i].sign * edges[i].strength()});
  const CampPartition partition = partition_camps(nodes.size(), weighted);
  balance.camps.assign(partition.camps, {});
  for (std::size_t c = 0; c < balance.camps.size(); ++c) balance.camps[c].id = static_cast<int>(c);
  for (std::size_t v = 0; v < nodes.size(); ++v) {  // nodes are sorted by id: members come out sorted
    nodes[v].camp = partition.camp[v];
    if (partition.camp[v] >= 0) balance.camps[static_cast<std::size_t>(partition.camp[v])].members.push_back(nodes[v].id);
  }
  balance.frustration = 0.0;
  balance.signed_weight = 0.0;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    if (e.sign == 0) continue;
    balance.signed_weight += e.strength();
    const bool same = nodes[edge_ends[i].first].camp == nodes[edge_ends[i].second].camp;
    if ((e.sign > 0) != same) {
      balance.camp_breaks.push_back(&e);
      balance.frustration += e.strength();
    }
  }
  std::sort(balance.camp_breaks.begin(), balance.camp_breaks.end(), [](const EdgeSummary* x, const EdgeSummary* y) {
    if (x->strength() != y->strength()) return x->strength() > y->strength();
    return std::tie(x->a, x->b) < std::tie(y->a, y->b);
  });
}

}  // namespace irkg
