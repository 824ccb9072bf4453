#!/usr/bin/env bash
# graphology (npm: graphology, graphology-graphml, graphology-gexf) reads the GraphML and
# GEXF exports and agrees with the claims on nodes, edges, signs, positive weights and
# escaped outlet names, as networkx and igraph do (export_readers.sh). The packages are
# installed once into a cache directory. Without node/npm (scripts/deps.sh installs them) or
# the registry the test is skipped (77) and says why; scripts/test fails on any skip.
set -euo pipefail
irkg=$1
command -v node >/dev/null && command -v npm >/dev/null || { echo "node/npm missing (apt-get install nodejs npm, or run scripts/deps.sh)"; exit 77; }
# Debian's python3 has the reader packages the shared checker imports.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
"$py" -c 'import networkx, igraph' 2>/dev/null || { echo "python3-networkx / python3-igraph missing"; exit 77; }
cache=${IRKG_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/irkg-graphology}
if [ ! -d "$cache/node_modules/graphology-gexf" ]; then
  mkdir -p "$cache"
  (cd "$cache" && timeout 180 npm install --no-audit --no-fund --silent \
     graphology@0.26.0 graphology-graphml@0.5.2 graphology-gexf@0.13.2 >"$cache/npm-install.log" 2>&1) ||
    { echo "npm install into $cache failed (offline?); its last lines:"; tail -5 "$cache/npm-install.log"; exit 77; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" tests/export/make_claims.py "$tmp/claims.jsonl"
for f in graphml gexf; do "$irkg" export --claims "$tmp/claims.jsonl" --format "$f" -o "$tmp/g.$f" 2>/dev/null; done
NODE_PATH="$cache/node_modules" node tests/export/graphology_dump.js "$tmp" > "$tmp/dump.json"
"$py" tests/export/check_graphology.py "$tmp/dump.json" "$tmp/claims.jsonl"
