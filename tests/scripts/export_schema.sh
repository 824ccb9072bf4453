#!/usr/bin/env bash
# Every export validates against the official schemas (GraphML 1.1 XSD, both the catalog
# set and the flat copy; GEXF 1.3 RelaxNG) and is byte-identical across runs. Works from a
# claims JSONL file, so it needs no store.
set -euo pipefail
irkg=$1
# The schemas are in the shared data set beside the repository (../shared, or $IRKG_SHARED);
# without them the test fails: a machine that lacks them must not pass unnoticed.
shared=${IRKG_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/../shared}
schemas=${IRKG_SCHEMAS:-$shared/schemas}
[ -d "$schemas" ] || { echo "FAIL: schemas not found at $schemas (put the shared data set beside the repository as ../shared, or set IRKG_SHARED or IRKG_SCHEMAS)"; exit 1; }
command -v xmllint >/dev/null || { echo "xmllint missing (apt-get install libxml2-utils)"; exit 77; }
command -v python3 >/dev/null || { echo "python3 missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tests/export/make_claims.py "$tmp/claims.jsonl"

for f in graphml gexf csv json; do
  "$irkg" export --claims "$tmp/claims.jsonl" --format "$f" -o "$tmp/a.$f" 2>/dev/null
  "$irkg" export --claims "$tmp/claims.jsonl" --format "$f" -o "$tmp/b.$f" 2>/dev/null
  cmp -s "$tmp/a.$f" "$tmp/b.$f" || { echo "$f export is not deterministic"; exit 1; }
done
cmp -s "$tmp/a-nodes.csv" "$tmp/b-nodes.csv" || { echo "csv nodes export is not deterministic"; exit 1; }

XML_CATALOG_FILES=$schemas/graphml/1.1/catalog.xml \
  xmllint --nonet --noout --schema "$schemas/graphml/1.1/graphml.xsd" "$tmp/a.graphml"
xmllint --nonet --noout --schema "$schemas/graphml/jgrapht-flat/graphml.xsd" "$tmp/a.graphml"
xmllint --nonet --noout --relaxng "$schemas/gexf/1.3/gexf.rng" "$tmp/a.gexf"

# The vertical tab in one evidence sentence must not reach any XML file.
if grep -qP '\x0b' "$tmp/a.graphml" "$tmp/a.gexf"; then echo "control character leaked into XML"; exit 1; fi
# Filters change the graph: 3+ claims per pair keeps only the sanctioned pair.
"$irkg" export --claims "$tmp/claims.jsonl" --format graphml --min-claims 3 -o "$tmp/min2.graphml" 2>/dev/null
xmllint --nonet --noout --schema "$schemas/graphml/jgrapht-flat/graphml.xsd" "$tmp/min2.graphml"
[ "$(grep -c '<node ' "$tmp/min2.graphml")" -lt "$(grep -c '<node ' "$tmp/a.graphml")" ] ||
  { echo "--min-claims 3 did not drop any actor"; exit 1; }
echo "exports validate and are deterministic"
