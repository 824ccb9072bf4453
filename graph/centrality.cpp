// Betweenness centrality of actors (Brandes), over all kept edges regardless of sign:
// an actor that sits between others is a broker whether the ties are friendly or not.
#include <boost/graph/betweenness_centrality.hpp>

#include "graph/graph_impl.h"

namespace irkg {

void SignedGraph::Impl::compute_centrality() {
  const std::size_t n = nodes.size();
  if (n < 3) return;  // nobody can sit between two others
  std::vector<double> centrality(n, 0.0);
  auto map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph));
  boost::brandes_betweenness_centrality(graph, boost::centrality_map(map));
  // Normalised to [0, 1] so values compare across graphs of different sizes.
  boost::relative_betweenness_centrality(graph, map);
  for (std::size_t v = 0; v < n; ++v) nodes[v].betweenness = centrality[v];
}

}  // namespace irkg
