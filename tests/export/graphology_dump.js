// Reads irkg's GraphML and GEXF exports with graphology (the JavaScript graph library
// behind sigma.js viewers) and prints what it understood as JSON, for check_graphology.py.
// usage: node graphology_dump.js DIR > dump.json   (NODE_PATH: graphology's node_modules)
const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');

const dir = process.argv[2];
const out = {};
for (const [name, parser, file] of [['graphml', graphml, 'g.graphml'], ['gexf', gexf, 'g.gexf']]) {
  const g = parser.parse(Graph, fs.readFileSync(path.join(dir, file), 'utf8'));
  const nodes = {};
  g.forEachNode((n, a) => { nodes[n] = a.label; });
  const edges = [];
  g.forEachEdge((e, a, s, t) => { edges.push([s, t, a.relation_class, a.sign, a.outlets, a.weight]); });
  out[name] = { type: g.type, nodes, edges };
}
process.stdout.write(JSON.stringify(out));
