#!/usr/bin/env python3
"""Reads irkg's exports with networkx and python-igraph and checks them against the
claims they were built from (usage: check_readers.py DIR CLAIMS.jsonl; DIR holds
g.graphml, g.gexf, g.csv, g-nodes.csv, g.json). Exits 1 with a message on a mismatch.

The expected graph is recomputed here from the claims with the documented rules
(docs/GRAPH.md: negated claims dropped, one edge per pair and relation class, sign =
+1/-1 when |net| >= max(0.5, 0.25 * sum|weight|), else 0), independently of irkg.
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

import igraph
import networkx as nx


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def expected_from_claims(path):
    classes = defaultdict(lambda: {"net": 0.0, "abs": 0.0, "claims": 0, "outlets": set()})
    labels = {}
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        if c["negated"]:
            continue
        s, o = c["subject"]["country"], c["object"]["country"]
        if s == o:
            continue
        labels[s], labels[o] = c["subject"]["name"], c["object"]["name"]
        a, b = sorted((s, o))
        k = classes[(a, b, c["category"] or c["relation"])]
        w = max(-10.0, min(10.0, c["weight"]))
        k["net"] += w
        k["abs"] += abs(w)
        k["claims"] += 1
        if c["outlet"]:
            k["outlets"].add(c["outlet"])
    signs = {}
    for key, k in classes.items():
        margin = max(0.5, 0.25 * k["abs"])
        signs[key] = 1 if k["net"] >= margin else -1 if k["net"] <= -margin else 0
    return labels, signs, classes


def check(name, labels, signs, nodes, edges):
    """nodes: {id: label}; edges: list of (a, b, class, sign, outlets-string)."""
    if nodes != labels:
        fail(f"{name}: nodes differ: {sorted(nodes.items())} vs {sorted(labels.items())}")
    got = {}
    for a, b, cls, sign, _ in edges:
        key = (min(a, b), max(a, b), cls)
        if key in got:
            fail(f"{name}: duplicate edge {key}")
        got[key] = int(round(float(sign)))
    if got != signs:
        fail(f"{name}: edge signs differ: {sorted(set(got.items()) ^ set(signs.items()))}")
    if not any("R&D <Times>" in str(o) for *_, o in edges):
        fail(f"{name}: outlet 'R&D <Times>' did not survive")
    print(f"{name}: {len(nodes)} nodes, {len(edges)} edges agree")


def main(d, claims):
    labels, signs, _ = expected_from_claims(claims)
    if "Türkiye" not in labels.values() or "Côte d’Ivoire" not in labels.values():
        fail("fixture lost its non-ASCII names")

    # GraphML, networkx.
    g = nx.read_graphml(f"{d}/g.graphml")
    if g.is_directed():
        fail("graphml: networkx reads it as directed")
    check("graphml/networkx", labels, signs, {n: a["label"] for n, a in g.nodes(data=True)},
          [(u, v, a["relation_class"], a["sign"], a["outlets"]) for u, v, a in g.edges(data=True)])
    if any(a["weight"] <= 0 for *_, a in g.edges(data=True)):
        fail("graphml: non-positive weight")
    evidence = [a.get("evidence", "") for *_, a in g.edges(data=True)]
    if not any("& <suppliers>" in e for e in evidence):
        fail("graphml: '& <' in evidence did not survive")

    # GraphML, igraph.
    ig = igraph.Graph.Read_GraphML(f"{d}/g.graphml")
    ids = ig.vs["id"]
    check("graphml/igraph", labels, signs, dict(zip(ids, ig.vs["label"])),
          [(ids[e.source], ids[e.target], e["relation_class"], e["sign"], e["outlets"]) for e in ig.es])

    # GEXF 1.3 (Debian's networkx reads only 1.2; parse the XML directly).
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(f"{d}/g.gexf").getroot()
    if root.find("g:graph", ns).get("mode") != "dynamic":
        fail("gexf: not dynamic")
    gnodes = {n.get("id"): n.get("label") for n in root.iter("{http://gexf.net/1.3}node")}
    gedges = []
    for e in root.iter("{http://gexf.net/1.3}edge"):
        att = {v.get("for"): v.get("value") for v in e.iter("{http://gexf.net/1.3}attvalue")}
        if e.get("source") not in gnodes or e.get("target") not in gnodes:
            fail(f"gexf: edge {e.get('id')} names an undeclared node")
        if e.get("kind") != att["relation_class"]:
            fail("gexf: kind is not the relation class")
        gedges.append((e.get("source"), e.get("target"), att["relation_class"], att["sign"], att["outlets"]))
    check("gexf/xml", labels, signs, gnodes, gedges)
    if not root.findall(".//g:spell", ns):
        fail("gexf: no spells")

    # CSV, both readers.
    with open(f"{d}/g-nodes.csv", encoding="utf-8", newline="") as f:
        crows = list(csv.DictReader(f))
    with open(f"{d}/g.csv", encoding="utf-8", newline="") as f:
        erows = list(csv.DictReader(f))
    cg = nx.MultiGraph()
    cg.add_nodes_from((r["Id"], {"label": r["Label"]}) for r in crows)
    for r in erows:
        if r["Source"] not in cg or r["Target"] not in cg:
            fail("csv: edge names an undeclared node")
        cg.add_edge(r["Source"], r["Target"], **r)
    check("csv/networkx", labels, signs, {n: a["label"] for n, a in cg.nodes(data=True)},
          [(u, v, a["relation_class"], a["sign"], a["outlets"]) for u, v, a in cg.edges(data=True)])
    icsv = igraph.Graph.DictList(vertices=[dict(r, name=r["Id"]) for r in crows],
                                 edges=[dict(r, source=r["Source"], target=r["Target"]) for r in erows],
                                 directed=False, vertex_name_attr="name", edge_foreign_keys=("source", "target"))
    check("csv/igraph", labels, signs, dict(zip(icsv.vs["name"], icsv.vs["Label"])),
          [(icsv.vs[e.source]["name"], icsv.vs[e.target]["name"], e["relation_class"], e["sign"], e["outlets"])
           for e in icsv.es])

    # JSON node-link, both readers.
    data = json.load(open(f"{d}/g.json", encoding="utf-8"))
    jg = nx.node_link_graph(data)
    check("json/networkx", labels, signs, {n: a["label"] for n, a in jg.nodes(data=True)},
          [(u, v, a["relation_class"], a["sign"], "; ".join(a["outlets"])) for u, v, a in jg.edges(data=True)])
    ij = igraph.Graph.DictList(vertices=data["nodes"], edges=data["links"], directed=False,
                               vertex_name_attr="id", edge_foreign_keys=("source", "target"))
    check("json/igraph", labels, signs, dict(zip(ij.vs["id"], ij.vs["label"])),
          [(ij.vs[e.source]["id"], ij.vs[e.target]["id"], e["relation_class"], e["sign"], "; ".join(e["outlets"]))
           for e in ij.es])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
