// Camps: a frustration-minimising partition of a signed, weighted graph.
//
// Each connected part of the signed graph is partitioned on its own (camps only group
// actors that evidence links, directly or through others). For k = 1..K camps:
//   1. starts: a spectral one (the leading eigenvectors of the signed adjacency matrix: for
//      k = 2 the sign of the leading eigenvector, beyond that k-means on the top k), the best
//      (k-1)-camp partition, and that partition with its most frustrated actor moved into
//      the new camp;
//   2. each start is refined by relocation (Doreian & Mrvar): an actor moves to the camp
//      it has the largest net weight to, while that lowers frustration;
//   3. the best of the starts is F(k), never worse than F(k-1).
// The number of camps is the smallest k whose F(k) is within kCampTolerance of the best
// (as a share of the part's weight): more camps always lower frustration a little (a
// lone rival can be put in a camp of its own), and a camp must pay for itself.
#include "graph/camps.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <utility>

namespace irkg {

namespace {

// A camp is worth opening when it removes more than 2 % of the part's weight from
// frustration. Chosen on hand-built worlds and the samples: two real camps (US and
// allies; Russia and China) with a few cross-camp handshakes stay two camps, while a
// single lone rivalry in a 20-edge world does not earn a camp of its own.
constexpr double kCampTolerance = 0.02;
// Block power iteration: enough for the leading vectors of a world graph with camps to
// settle (a clear spectral gap); on a structureless graph they do not, and need not: they
// only seed relocation, which does not need them exact.
constexpr int kPowerIterations = 60;
constexpr double kPowerConverged = 1e-8;
// Spectral starts embed actors in at most this many leading eigenvectors: the block
// iteration costs one product with W per vector and iteration (most of the camps' time),
// and beyond four camps the (k-1)-camp starts, not the embedding, find the better splits.
constexpr std::size_t kSpectralDimensions = 4;
constexpr int kRelocationPasses = 200;
constexpr int kLloydIterations = 50;

using Adjacency = std::vector<std::vector<std::pair<std::size_t, double>>>;

struct Part {
  std::vector<std::size_t> vertices;  // global indexes, ascending
  Adjacency adj;                      // local indexes
  double total = 0.0;                 // sum of |w| over the part's edges
  std::size_t size() const { return vertices.size(); }
};

double part_frustration(const Part& p, const std::vector<int>& camp) {
  double f = 0.0;
  for (std::size_t u = 0; u < p.size(); ++u)
    for (const auto& [v, w] : p.adj[u]) {
      if (v <= u) continue;
      const bool same = camp[u] == camp[v];
      if (w > 0 && !same) f += w;
      if (w < 0 && same) f -= w;
    }
  return f;
}

double dot(const std::vector<double>& x, const std::vector<double>& y) {
  double s = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i) s += x[i] * y[i];
  return s;
}

// The `count` algebraically largest eigenvectors of the part's signed adjacency matrix W,
// by block power iteration on W + cI (c = the largest weighted degree makes it positive
// semi-definite, so "largest magnitude" becomes "largest value"). Each vector's sign is
// fixed (its largest entry positive) so starts do not depend on rounding.
std::vector<std::vector<double>> leading_eigenvectors(const Part& p, std::size_t count, std::vector<double>& values) {
  const std::size_t n = p.size();
  count = std::min(count, n);
  double shift = 0.0;
  for (const auto& row : p.adj) {
    double degree = 0.0;
    for (const auto& [v, w] : row) degree += std::fabs(w);
    shift = std::max(shift, degree);
  }
  const auto multiply = [&](const std::vector<double>& x) {
    std::vector<double> y(n);
    for (std::size_t u = 0; u < n; ++u) {
      double s = shift * x[u];
      for (const auto& [v, w] : p.adj[u]) s += w * x[v];
      y[u] = s;
    }
    return y;
  };
  const auto orthonormalise = [&](std::vector<std::vector<double>>& vs) {
    for (std::size_t j = 0; j < vs.size(); ++j) {
      for (std::size_t i = 0; i < j; ++i) {
        const double c = dot(vs[j], vs[i]);
        for (std::size_t t = 0; t < n; ++t) vs[j][t] -= c * vs[i][t];
      }
      const double norm = std::sqrt(dot(vs[j], vs[j]));
      if (norm > 1e-300)
        for (auto& x : vs[j]) x /= norm;
    }
  };
  std::vector<std::vector<double>> vs(count, std::vector<double>(n));
  for (std::size_t j = 0; j < count; ++j)  // fixed, distinct, non-degenerate seeds
    for (std::size_t i = 0; i < n; ++i) vs[j][i] = 1.0 + static_cast<double>((i * (2 * j + 3) * 7919 + j) % 101) / 101.0;
  orthonormalise(vs);
  for (int it = 0; it < kPowerIterations; ++it) {
    std::vector<std::vector<double>> next;
    next.reserve(count);
    for (const auto& v : vs) next.push_back(multiply(v));
    orthonormalise(next);
    double change = 0.0;
    for (std::size_t j = 0; j < count; ++j) change = std::max(change, 1.0 - std::fabs(dot(vs[j], next[j])));
    vs = std::move(next);
    if (change < kPowerConverged) break;
  }
  values.assign(count, 0.0);
  for (std::size_t j = 0; j < count; ++j) {
    values[j] = dot(vs[j], multiply(vs[j])) - shift;
    std::size_t top = 0;
    for (std::size_t i = 1; i < n; ++i)
      if (std::fabs(vs[j][i]) > std::fabs(vs[j][top]) + 1e-12) top = i;
    if (vs[j][top] < 0)
      for (auto& x : vs[j]) x = -x;
  }
  return vs;
}

// Spectral start for k camps: k = 2 splits on the sign of the leading eigenvector; more
// camps run k-means (farthest-point seeds, ties to the lower index) on the top k
// eigenvectors (at most kSpectralDimensions), each scaled by the square root of its
// (non-negative) eigenvalue.
std::vector<int> spectral_start(const std::vector<std::vector<double>>& vectors, const std::vector<double>& values,
                                std::size_t n, std::size_t k) {
  std::vector<int> camp(n, 0);
  if (k < 2 || vectors.empty()) return camp;
  if (k == 2) {
    for (std::size_t i = 0; i < n; ++i) camp[i] = vectors[0][i] >= 0 ? 0 : 1;
    return camp;
  }
  const std::size_t dims = std::min(k, vectors.size());
  std::vector<std::vector<double>> points(n, std::vector<double>(dims));
  for (std::size_t d = 0; d < dims; ++d) {
    const double scale = std::sqrt(std::max(values[d], 0.0));
    for (std::size_t i = 0; i < n; ++i) points[i][d] = vectors[d][i] * scale;
  }
  const auto distance = [&](const std::vector<double>& x, const std::vector<double>& y) {
    double s = 0.0;
    for (std::size_t d = 0; d < dims; ++d) s += (x[d] - y[d]) * (x[d] - y[d]);
    return s;
  };
  std::vector<std::vector<double>> centres;
  const std::vector<double> origin(dims, 0.0);
  std::size_t first = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (distance(points[i], origin) > distance(points[first], origin) + 1e-15) first = i;
  centres.push_back(points[first]);
  while (centres.size() < std::min(k, n)) {
    std::size_t far = 0;
    double far_distance = -1.0;
    for (std::size_t i = 0; i < n; ++i) {
      double nearest = INFINITY;
      for (const auto& c : centres) nearest = std::min(nearest, distance(points[i], c));
      if (nearest > far_distance + 1e-15) {
        far = i;
        far_distance = nearest;
      }
    }
    centres.push_back(points[far]);
  }
  for (int it = 0; it < kLloydIterations; ++it) {
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      int best = 0;
      for (std::size_t c = 1; c < centres.size(); ++c)
        if (distance(points[i], centres[c]) < distance(points[i], centres[static_cast<std::size_t>(best)]) - 1e-15)
          best = static_cast<int>(c);
      changed |= camp[i] != best;
      camp[i] = best;
    }
    if (!changed && it > 0) break;
    for (std::size_t c = 0; c < centres.size(); ++c) {
      std::vector<double> sum(dims, 0.0);
      std::size_t members = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (camp[i] == static_cast<int>(c)) {
          for (std::size_t d = 0; d < dims; ++d) sum[d] += points[i][d];
          ++members;
        }
      if (members == 0) continue;  // an empty cluster keeps its centre
      for (auto& x : sum) x /= static_cast<double>(members);
      centres[c] = std::move(sum);
    }
  }
  return camp;
}

// net[v * k + c]: the summed weight from v to the members of camp c (v itself excluded).
std::vector<double> camp_weights(const Part& p, const std::vector<int>& camp, std::size_t k) {
  std::vector<double> net(p.size() * k, 0.0);
  for (std::size_t u = 0; u < p.size(); ++u)
    for (const auto& [v, w] : p.adj[u]) net[u * k + static_cast<std::size_t>(camp[v])] += w;
  return net;
}

// Relocation (Doreian & Mrvar): moving v from camp a to camp b changes frustration by
// net(v, a) - net(v, b), so v moves to the camp it has the largest net weight to (an
// empty camp counts 0: an actor at odds with its own camp may leave it). Each move
// lowers frustration, so the loop ends; ties keep v where it is.
void relocate(const Part& p, std::vector<int>& camp, std::size_t k) {
  auto net = camp_weights(p, camp, k);
  const double eps = 1e-9 * (1.0 + p.total);
  for (int pass = 0; pass < kRelocationPasses; ++pass) {
    bool moved = false;
    for (std::size_t v = 0; v < p.size(); ++v) {
      const auto from = static_cast<std::size_t>(camp[v]);
      std::size_t to = from;
      for (std::size_t c = 0; c < k; ++c)
        if (net[v * k + c] > net[v * k + to] + eps) to = c;
      if (to == from) continue;
      for (const auto& [u, w] : p.adj[v]) {
        net[u * k + from] -= w;
        net[u * k + to] += w;
      }
      camp[v] = static_cast<int>(to);
      moved = true;
    }
    if (!moved) break;
  }
}

// The previous partition with its most frustrated actor (lowest net weight to its own
// camp; ties: lowest index) seeding camp k - 1.
std::vector<int> split_start(const Part& p, std::vector<int> camp, std::size_t k) {
  const auto net = camp_weights(p, camp, k);
  std::size_t worst = 0;
  for (std::size_t v = 1; v < p.size(); ++v)
    if (net[v * k + static_cast<std::size_t>(camp[v])] < net[worst * k + static_cast<std::size_t>(camp[worst])]) worst = v;
  camp[worst] = static_cast<int>(k - 1);
  return camp;
}

// The part's camps (local labels), with the number of camps chosen as described above.
std::vector<int> partition_part(const Part& p, std::size_t max_camps) {
  const std::size_t n = p.size();
  const std::size_t limit = std::max<std::size_t>(1, std::min(max_camps, n));
  std::vector<double> values;
  const auto vectors = leading_eigenvectors(p, std::min(limit, kSpectralDimensions), values);
  std::vector<std::vector<int>> best_by_k{std::vector<int>(n, 0)};
  std::vector<double> frustration_by_k{part_frustration(p, best_by_k[0])};
  const double eps = 1e-9 * (1.0 + p.total);
  for (std::size_t k = 2; k <= limit && frustration_by_k.back() > eps; ++k) {
    std::vector<std::vector<int>> starts{spectral_start(vectors, values, n, k), best_by_k.back(),
                                         split_start(p, best_by_k.back(), k)};
    std::vector<int> best;
    double best_frustration = INFINITY;
    for (auto& start : starts) {
      relocate(p, start, k);
      const double f = part_frustration(p, start);
      if (f < best_frustration - eps) {
        best_frustration = f;
        best = std::move(start);
      }
    }
    best_by_k.push_back(std::move(best));
    frustration_by_k.push_back(best_frustration);
  }
  const double lowest = *std::min_element(frustration_by_k.begin(), frustration_by_k.end());
  std::size_t chosen = 0;
  while (frustration_by_k[chosen] > lowest + kCampTolerance * p.total + eps) ++chosen;
  return std::move(best_by_k[chosen]);  // empty labels are dropped by the caller
}

}  // namespace

double frustration_of(const std::vector<WeightedSignedEdge>& edges, const std::vector<int>& camp) {
  double f = 0.0;
  for (const auto& e : edges) {
    if (e.weight == 0.0) continue;
    const bool same = camp[e.a] == camp[e.b];
    if (e.weight > 0 && !same) f += e.weight;
    if (e.weight < 0 && same) f -= e.weight;
  }
  return f;
}

CampPartition partition_camps(std::size_t vertices, const std::vector<WeightedSignedEdge>& edges, std::size_t max_camps) {
  CampPartition out;
  out.camp.assign(vertices, -1);
  // Connected parts of the signed edges (union-find, smallest index as root).
  std::vector<std::size_t> parent(vertices);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  const auto root = [&](std::size_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  std::vector<bool> signed_vertex(vertices, false);
  for (const auto& e : edges) {
    if (e.weight == 0.0 || e.a == e.b) continue;
    out.total_weight += std::fabs(e.weight);
    signed_vertex[e.a] = signed_vertex[e.b] = true;
    const std::size_t ra = root(e.a), rb = root(e.b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::vector<std::size_t> part_of(vertices, 0), local(vertices, 0);
  std::vector<Part> parts;
  std::vector<std::size_t> part_index(vertices, SIZE_MAX);
  for (std::size_t v = 0; v < vertices; ++v) {
    if (!signed_vertex[v]) continue;
    const std::size_t r = root(v);
    if (part_index[r] == SIZE_MAX) {
      part_index[r] = parts.size();
      parts.emplace_back();
    }
    Part& p = parts[part_index[r]];
    part_of[v] = part_index[r];
    local[v] = p.vertices.size();
    p.vertices.push_back(v);
  }
  for (auto& p : parts) p.adj.resize(p.size());
  for (const auto& e : edges) {
    if (e.weight == 0.0 || e.a == e.b) continue;
    Part& p = parts[part_of[e.a]];
    p.adj[local[e.a]].emplace_back(local[e.b], e.weight);
    p.adj[local[e.b]].emplace_back(local[e.a], e.weight);
    p.total += std::fabs(e.weight);
  }
  // Camps of every part, then numbered globally: largest first, ties by smallest member.
  std::vector<std::vector<std::size_t>> camps;
  for (const auto& p : parts) {
    const auto labels = partition_part(p, max_camps);
    const int top = *std::max_element(labels.begin(), labels.end());
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(top) + 1);
    for (std::size_t i = 0; i < p.size(); ++i) members[static_cast<std::size_t>(labels[i])].push_back(p.vertices[i]);
    for (auto& m : members)
      if (!m.empty()) camps.push_back(std::move(m));
  }
  std::sort(camps.begin(), camps.end(), [](const auto& x, const auto& y) {
    if (x.size() != y.size()) return x.size() > y.size();
    return x.front() < y.front();
  });
  for (std::size_t c = 0; c < camps.size(); ++c)
    for (const std::size_t v : camps[c]) out.camp[v] = static_cast<int>(c);
  out.camps = camps.size();
  out.frustration = frustration_of(edges, out.camp);
  return out;
}

}  // namespace irkg
