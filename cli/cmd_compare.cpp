// irkg compare: what each outlet says about a pair, where outlets agree and contradict.
//   irkg compare --db DIR A B        per-outlet stance, consensus, contradicting outlets
//   irkg compare --db DIR --outlets  outlet x outlet agreement, coverage, distinctive claims
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/claim_source.h"
#include "cli/command.h"
#include "cli/display.h"
#include "cli/graph_source.h"
#include "cli/common.h"
#include "cli/run.h"
#include "compare/compare.h"
#include "export/text_escape.h"
#include "store/store.h"

namespace irkg::cli {
namespace {

// The store's aggregates cannot answer (an interrupted bulk load): read the dyad index.
struct AggregatesUnavailable {};

std::string sign_word(int s) { return s > 0 ? "friendly (+)" : s < 0 ? "hostile (-)" : "mixed/none (0)"; }

// The export's CSV writer: RFC 4180 quoting plus neutralised formulas (OWASP CSV injection).
std::string csv_cell(const std::string& s) { return exportfmt::csv_field(s); }

std::string fixed(double v, int digits = 1) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(digits) << v;
  return o.str();
}

nlohmann::ordered_json copies_json(const std::vector<StoryCopies>& copies) {
  auto out = nlohmann::ordered_json::array();
  for (const StoryCopies& s : copies) {
    nlohmann::ordered_json story{{"story", s.story}, {"outlets", s.outlets}, {"documents", s.documents},
                                 {"edits", nlohmann::ordered_json::array()}};
    for (const CopyEdit& e : s.edits)
      story["edits"].push_back({{"outlet", e.outlet}, {"doc", e.doc}, {"added", e.added}, {"missing", e.missing}});
    out.push_back(std::move(story));
  }
  return out;
}

void print_copies(const std::vector<StoryCopies>& copies) {
  if (copies.empty()) return;
  std::cout << "\nsame story run by several outlets (counted once; --raw-copies counts each copy):\n";
  for (const StoryCopies& s : copies) {
    std::cout << "  " << s.outlets.size() << " outlet(s), " << s.documents.size() << " copies:";
    for (const auto& o : s.outlets) std::cout << " " << o << ";";
    std::cout << "\n";
    for (const CopyEdit& e : s.edits) {
      std::cout << "    " << e.outlet << " edited it:";
      for (const auto& k : e.added) std::cout << " +[" << k << "]";
      for (const auto& k : e.missing) std::cout << " -[" << k << "]";
      std::cout << "\n";
    }
  }
}

void print_pair(const PairComparison& p, const std::vector<StoryCopies>& copies, const std::string& label_a,
                const std::string& label_b, bool json, bool csv) {
  if (json) {
    nlohmann::ordered_json out{{"a", p.a}, {"b", p.b}, {"consensus", p.consensus}, {"agreement", p.agreement},
                               {"contradicting", p.contradicting}, {"outlets", nlohmann::ordered_json::array()}};
    for (const OutletStance& s : p.outlets) {
      nlohmann::ordered_json o{{"outlet", s.outlet},   {"claims", s.claims},     {"positive", s.positive},
                               {"negative", s.negative}, {"neutral", s.neutral}, {"net", s.net},
                               {"stance", s.stance},   {"first_date", s.first_date}, {"last_date", s.last_date},
                               {"relations", s.relations}, {"evidence", nlohmann::ordered_json::array()}};
      for (const EvidenceItem& e : s.evidence)
        o["evidence"].push_back({{"text", e.text}, {"date", e.date}, {"doc", e.doc}, {"relation", e.relation},
                                 {"polarity", e.polarity}});
      out["outlets"].push_back(o);
    }
    out["copies"] = copies_json(copies);
    std::cout << out.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  if (csv) {
    std::cout << "outlet,claims,positive,negative,neutral,net,stance,first_date,last_date,evidence\n";
    for (const OutletStance& s : p.outlets)
      std::cout << csv_cell(s.outlet) << ',' << s.claims << ',' << s.positive << ',' << s.negative << ',' << s.neutral
                << ',' << fixed(s.net) << ',' << s.stance << ',' << csv_cell(s.first_date) << ','
                << csv_cell(s.last_date) << ','
                << csv_cell(s.evidence.empty() ? "" : s.evidence.front().text) << '\n';
    return;
  }
  std::cout << display_line(label_a) << " - " << display_line(label_b) << ": ";
  if (p.outlets.empty()) {
    std::cout << "no claims\n";
    print_copies(copies);
    return;
  }
  std::cout << p.outlets.size() << " outlet(s); consensus " << sign_word(p.consensus);
  if (p.consensus != 0) std::cout << ", held by " << fixed(100 * p.agreement, 0) << "% of outlets taking a stance";
  std::cout << "\n";
  if (!p.contradicting.empty()) {
    std::cout << "contradicting the consensus:";
    for (const auto& o : p.contradicting) std::cout << " " << display_line(o) << ";";
    std::cout << "\n";
  }
  std::size_t width = 6;
  for (const OutletStance& s : p.outlets) width = std::max(width, display_line(s.outlet).size());
  std::cout << "\n" << std::left << std::setw(static_cast<int>(width)) << "OUTLET"
            << "  CLAIMS  +/-/0      NET  STANCE  DATES\n";
  for (const OutletStance& s : p.outlets) {
    const std::string counts = std::to_string(s.positive) + "/" + std::to_string(s.negative) + "/" + std::to_string(s.neutral);
    const std::string dates = s.first_date.empty() ? "undated"
                              : s.first_date == s.last_date ? s.first_date
                                                            : s.first_date + ".." + s.last_date;
    std::cout << std::left << std::setw(static_cast<int>(width)) << display_line(s.outlet) << "  " << std::right
              << std::setw(6) << s.claims << "  " << std::left << std::setw(7) << counts << std::right << std::setw(7) << fixed(s.net)
              << "  " << std::left << std::setw(6) << (s.stance > 0 ? "+" : s.stance < 0 ? "-" : "0") << "  "
              << display_line(dates) << "\n";
    for (const EvidenceItem& e : s.evidence)
      std::cout << "    " << (e.polarity > 0 ? "+" : e.polarity < 0 ? "-" : "0") << " \"" << display_line(e.text)
                << "\"" << (e.date.empty() ? "" : " (" + display_line(e.date) + ")") << "\n";
  }
  print_copies(copies);
}

void print_matrix(const OutletMatrix& m, bool json, bool csv) {
  const std::size_t n = m.coverage.size();
  if (json) {
    nlohmann::ordered_json out{{"outlets", nlohmann::ordered_json::array()},
                               {"agreement", m.agreement},
                               {"shared_dyads", m.shared},
                               {"distinctive", nlohmann::ordered_json::array()}};
    for (const OutletCoverage& c : m.coverage)
      out["outlets"].push_back({{"outlet", c.outlet}, {"claims", c.claims}, {"dyads", c.dyads}, {"actors", c.actors}});
    for (const DistinctiveClaim& d : m.distinctive)
      out["distinctive"].push_back({{"outlet", d.outlet}, {"a", d.a}, {"b", d.b}, {"stance", d.stance},
                                    {"others", d.others}, {"evidence", d.evidence}});
    std::cout << out.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  if (csv) {
    std::cout << "outlet_a,outlet_b,shared_dyads,agreement\n";
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        std::cout << csv_cell(m.coverage[i].outlet) << ',' << csv_cell(m.coverage[j].outlet) << ',' << m.shared[i][j]
                  << ',' << fixed(m.agreement[i][j], 3) << '\n';
    return;
  }
  std::cout << "coverage\n";
  std::size_t width = 6;
  for (const OutletCoverage& c : m.coverage) width = std::max(width, display_line(c.outlet).size());
  std::cout << "  " << std::left << std::setw(static_cast<int>(width)) << "OUTLET" << "  CLAIMS  DYADS  ACTORS\n";
  for (const OutletCoverage& c : m.coverage)
    std::cout << "  " << std::left << std::setw(static_cast<int>(width)) << display_line(c.outlet) << "  " << std::right
              << std::setw(6) << c.claims << "  " << std::setw(5) << c.dyads << "  " << std::setw(6) << c.actors << "\n";
  std::cout << "\nagreement over shared dyads (+1 always agree, -1 always contradict; shared dyads in brackets)\n";
  bool any = false;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      if (m.shared[i][j] == 0) continue;
      any = true;
      std::cout << "  " << std::left << std::setw(static_cast<int>(width)) << display_line(m.coverage[i].outlet) << "  "
                << std::setw(static_cast<int>(width)) << display_line(m.coverage[j].outlet) << "  " << std::right
                << std::setw(5) << fixed(m.agreement[i][j], 2) << "  [" << m.shared[i][j] << "]\n";
    }
  if (!any) std::cout << "  no two outlets take a stance on the same pair\n";
  std::cout << "\ndistinctive claims\n";
  for (const DistinctiveClaim& d : m.distinctive)
    std::cout << "  " << display_line(d.outlet) << ": " << display_line(d.a) << " - " << display_line(d.b) << " "
              << (d.stance > 0 ? "+" : d.stance < 0 ? "-" : "0")
              << (d.others == 0 ? "  (no other outlet reports this pair with a stance)"
                                : std::string("  (others: ") + (d.others > 0 ? "+" : "-") + ")")
              << "\n    \"" << display_line(d.evidence) << "\"\n";
}

int run_compare(const std::vector<std::string>& argv) {
  Args args("usage: irkg compare (--db DIR | --claims FILE) A B [OPTIONS]\n"
            "       irkg compare (--db DIR | --claims FILE) --outlets [OPTIONS]\n\n"
            "With A B (codes or names: JPN, Japan, Tokyo): what each outlet says about the pair —\n"
            "claims by polarity and relation, net stance, dates, evidence — the consensus across\n"
            "outlets and the outlets that contradict it. With --outlets: how often each pair of\n"
            "outlets agrees on the dyads both cover, each outlet's coverage, and its distinctive\n"
            "claims. Outlet names are normalised (data/outlets.tsv; add rows with --outlet-names FILE).",
            {{"--db", true, false, "DIR  the claim store"},
             {"--claims", true, false, "FILE  claims JSONL (as printed by irkg extract) instead of a store"},
             {"--outlets", false, false, "compare all outlets instead of one pair"},
             {"--since", true, false, "YYYY-MM-DD  claims dated on or after"},
             {"--until", true, false, "YYYY-MM-DD  claims dated on or before"},
             {"--asserted", false, false, "only asserted claims (not reported, future, historical)"},
             {"--evidence", true, false, "N  evidence sentences per outlet (default 3)"},
             {"--distinctive", true, false, "N  distinctive claims per outlet with --outlets (default 5)"},
             {"--outlet-names", true, true, "FILE  extra outlet name rows (data/outlets.tsv format)"},
             {"--copies", false, false,
              "list every story run by several outlets, with each copy's edits (claims not in the first copy)"},
             {"--raw-copies", false, false,
              "count every copy of a syndicated story (default: a story run by several outlets counts once)"},
             {"--lexicon", true, true, "FILE  extra dictionary entries for actor names"},
             {"--json", false, false, "print as JSON"},
             {"--csv", false, false, "print as CSV"}});
  return run_guarded("compare", args, argv, [&] {
    if (args.has("--json") && args.has("--csv")) throw UsageError("give at most one of --json and --csv");
    CompareOptions options;
    options.since = args.date("--since");
    options.until = args.date("--until");
    options.asserted_only = args.has("--asserted");
    options.evidence_per_outlet = static_cast<std::size_t>(args.integer("--evidence", 3, 0, 100));
    options.raw_copies = args.has("--raw-copies");
    for (const std::string& path : args.get_all("--outlet-names")) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error(path + ": no such file or unreadable");
      std::ostringstream text;
      text << in.rdbuf();
      add_outlet_names(text.str(), path);
    }
    const bool json = args.has("--json"), csv = args.has("--csv");
    if (args.has("--copies")) {
      if (!args.positionals().empty() || args.has("--outlets")) throw UsageError("--copies takes no actors and no --outlets");
      // Every claim of every grouped story: a copy's edits are the claims it adds or drops
      // anywhere in the text, not only on one pair.
      std::vector<Claim> claims;
      for_each_source_claim("compare", args, [&](const Claim& c) { claims.push_back(c); });
      const auto copies = story_copies(claims);
      if (json) {
        std::cout << copies_json(copies).dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      } else if (copies.empty()) {
        std::cout << "no story was run by more than one document\n";
      } else {
        print_copies(copies);
      }
      return kExitOk;
    }
    if (args.has("--outlets")) {
      if (!args.positionals().empty()) throw UsageError("--outlets takes no actors");
      const auto per = static_cast<std::size_t>(args.integer("--distinctive", 5, 0, 1000));
      // Streamed: the claims pass through once and are not kept (a 10M-claim store would
      // need ~14 GB as a list).
      if (args.has("--db") && !args.has("--claims")) {
        // From a store, the dyad index entries between state-level codes are the claims
        // with their pair, outlet and weight: no claim record is read but the few whose
        // sentences the distinctive list shows.
        // Buffered reads for the matrix rows, as the graph commands (their pages would
        // count in the resident set through the mapping).
        const bool from_rows = aggregates_enabled() && cells_can_answer(options);
        const Store store = Store::open(args.get("--db"), Store::Mode::ReadOnly,
                                        from_rows ? Store::ReadAccess::Buffered : Store::ReadAccess::Mapped);
        const auto to_fact = [](const DyadFact& d) {
          OutletFact f;
          f.outlet = d.outlet;
          f.a = d.a;
          f.b = d.b;
          f.date = d.date;
          f.modality = d.modality;
          f.claim_id = d.claim_id;
          f.weight = d.weight;
          f.negated = d.negated;
          f.copy = d.copy;
          return f;
        };
        const OutletFactStream facts = [&](const std::function<void(const OutletFact&)>& fn) {
          store.for_each_dyad_fact([&](const DyadFact& d) {
            if (d.a_state && d.b_state) fn(to_fact(d));
          });
        };
        const PairFactStream pair_facts = [&](const std::string& a, const std::string& b,
                                              const std::function<void(const OutletFact&)>& fn) {
          store.for_each_dyad_fact(a, b, [&](const DyadFact& d) {
            if (d.a_state && d.b_state) fn(to_fact(d));
          });
        };
        const EvidenceLookup evidence = [&](const std::string& id) {
          // The id comes from the dyad index: a missing claim is damage, not empty evidence.
          return store.indexed_claims({id}).front().evidence.text;
        };
        // The store's matrix rows (one per pair, docs/STORE.md "Pair aggregates"; a
        // window's summed from the window's dyad index entries, per pair from its first
        // day to its last, where the dyad path reads the whole index) answer without
        // --asserted; else, or with IRKG_NO_AGGREGATES=1, the dyad index does.
        if (from_rows) {
          std::optional<OutletMatrix> matrix;
          const PairCellStream cells = [&](const auto& fn) {
            PairStatsQuery query;
            query.rows = PairStatsQuery::Rows::Cells;
            query.since = options.since;  // a window's cells are summed from its dyad index entries
            query.until = options.until;
            const bool answered = store.for_each_pair_stats(
                query, [&](std::string_view a, std::string_view b, std::string_view, const PairStats& stats) {
                  fn(a, b, stats.cells);
                });
            if (!answered) throw AggregatesUnavailable();
          };
          try {
            matrix = compare_outlets(cells, pair_facts, evidence, options, per);
          } catch (const AggregatesUnavailable&) {
          }
          if (matrix) {
            trace_graph_source("outlet matrix rows");
            print_matrix(*matrix, json, csv);
            return kExitOk;
          }
        }
        print_matrix(compare_outlets(facts, pair_facts, evidence, options, per), json, csv);
        return kExitOk;
      }
      const ClaimStream each = [&](const std::function<void(const Claim&)>& fn) {
        for_each_source_claim("compare", args, fn);
      };
      print_matrix(compare_outlets(each, options, per), json, csv);
      return kExitOk;
    }
    if (args.positionals().size() != 2) throw UsageError("give two actors (A B) or --outlets");
    const auto codes = resolve_actors(args, {args.positionals()[0], args.positionals()[1]});
    const std::string& a = codes[0];
    const std::string& b = codes[1];
    if (a == b) throw UsageError("the two actors are the same (" + a + ")");
    // From a store, one prefix seek on the dyad index, not a scan of the store.
    ClaimFilter pair;
    pair.subject = a;
    pair.object = b;
    pair.either_direction = true;
    pair.since = options.since;
    pair.until = options.until;
    std::vector<Claim> claims;
    const auto is = [](const Actor& x, const std::string& code) { return x.country == code || x.id == code; };
    for_each_source_claim("compare", args, [&](const Claim& c) {
      if ((is(c.subject, a) && is(c.object, b)) || (is(c.subject, b) && is(c.object, a))) claims.push_back(c);
    }, pair);
    print_pair(compare_pair(claims, a, b, options), story_copies(claims), args.positionals()[0] + " (" + a + ")",
               args.positionals()[1] + " (" + b + ")", json, csv);
    return kExitOk;
  });
}

const bool registered =
    register_command({"compare", "what each outlet says about a pair; outlet agreement", run_compare});

}  // namespace
}  // namespace irkg::cli
