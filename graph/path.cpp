// Evidence-backed paths. Rivalry paths need an odd number of negative edges, which plain
// shortest paths cannot express; so the search runs on a doubled graph whose states are
// (actor, parity of negative edges so far): a positive edge keeps the parity, a negative
// edge flips it, and a rivalry path ends at (B, odd). "Enemy of my enemy" chains come out
// of the same search as even-parity paths.
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "graph/graph_impl.h"

namespace irkg {

namespace {

struct HopProp {
  std::size_t edge = 0;
  double cost = 0.0;
};
using StateGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, HopProp>;

}  // namespace

PathResult SignedGraph::path(const std::string& a, const std::string& b, PathKind kind, std::size_t max_hops) const {
  PathResult result;
  const auto ia = impl_->node_index.find(a), ib = impl_->node_index.find(b);
  if (ia == impl_->node_index.end() || ib == impl_->node_index.end() || a == b || max_hops == 0) return result;
  const std::size_t n = impl_->nodes.size();
  const auto& edges = impl_->edges;

  // Each hop costs 1 plus a tie-breaker below 1/(2n) that shrinks with evidence strength:
  // the fewest hops always win, and among equally short paths the best-evidenced one.
  const double epsilon = 1.0 / (2.0 * static_cast<double>(n) + 1.0);
  StateGraph states(2 * n);
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    const std::size_t u = impl_->node_index.at(e.a), v = impl_->node_index.at(e.b);
    const HopProp hop{i, 1.0 + epsilon / e.strength()};
    switch (kind) {
      case PathKind::Alliance:
        if (e.sign > 0) boost::add_edge(2 * u, 2 * v, hop, states);
        break;
      case PathKind::Any:
        boost::add_edge(2 * u, 2 * v, hop, states);
        break;
      case PathKind::Rivalry:
        if (e.sign > 0) {
          boost::add_edge(2 * u, 2 * v, hop, states);
          boost::add_edge(2 * u + 1, 2 * v + 1, hop, states);
        } else if (e.sign < 0) {
          boost::add_edge(2 * u, 2 * v + 1, hop, states);
          boost::add_edge(2 * u + 1, 2 * v, hop, states);
        }
        break;
    }
  }
  const std::size_t source = 2 * ia->second;
  const std::size_t target = 2 * ib->second + (kind == PathKind::Rivalry ? 1 : 0);
  std::vector<std::size_t> pred(2 * n);
  std::vector<double> dist(2 * n);
  boost::dijkstra_shortest_paths(
      states, source,
      boost::predecessor_map(pred.data()).distance_map(dist.data()).weight_map(boost::get(&HopProp::cost, states)));
  if (pred[target] == target) return result;  // unreachable

  std::vector<PathHop> reversed;
  for (std::size_t s = target; s != source; s = pred[s]) {
    const std::size_t p = pred[s];
    const HopProp* best = nullptr;
    for (auto [it, end] = boost::out_edges(p, states); it != end; ++it)
      if (boost::target(*it, states) == s && (!best || states[*it].cost < best->cost)) best = &states[*it];
    const EdgeSummary& e = edges[best->edge];
    PathHop hop;
    hop.from = impl_->nodes[p / 2].id;
    hop.to = impl_->nodes[s / 2].id;
    hop.sign = e.sign;
    hop.strength = e.strength();
    hop.edge = &e;
    reversed.push_back(std::move(hop));
  }
  if (reversed.size() > max_hops) return result;
  result.found = true;
  result.cost = dist[target];
  result.hops.assign(reversed.rbegin(), reversed.rend());
  result.sign = 1;
  for (const auto& h : result.hops) result.sign *= h.sign;
  return result;
}

}  // namespace irkg
