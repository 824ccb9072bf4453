#pragma once
// Camps of a signed, weighted graph: the partition that minimises frustration (positive
// weight between camps plus negative weight inside them), with the number of camps chosen
// by the data. Independent of SignedGraph so it can be tested on hand-built graphs.
// Algorithm and its reasons: docs/GRAPH.md, "Camps".
#include <cstddef>
#include <vector>

namespace irkg {

struct WeightedSignedEdge {
  std::size_t a = 0, b = 0;  // vertex indexes, a != b
  double weight = 0.0;       // > 0 alliance, < 0 rivalry, 0 ignored
};

struct CampPartition {
  // Per vertex: its camp, 0 = largest (ties: the camp holding the smallest vertex index);
  // -1 for a vertex without a signed edge, which no camp can claim.
  std::vector<int> camp;
  std::size_t camps = 0;
  double frustration = 0.0;   // positive weight across camps + |negative weight| inside
  double total_weight = 0.0;  // sum of |weight| over signed edges
};

// The frustration of `camp` (as in CampPartition) on these edges.
double frustration_of(const std::vector<WeightedSignedEdge>& edges, const std::vector<int>& camp);

// Deterministic: the same graph gives the same camps on any machine and input order of
// vertices fixed by their indexes. `max_camps` bounds the camps tried per connected part.
CampPartition partition_camps(std::size_t vertices, const std::vector<WeightedSignedEdge>& edges,
                              std::size_t max_camps = 8);

}  // namespace irkg
