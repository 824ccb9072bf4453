#!/usr/bin/env bash
# Independent readers (networkx, python-igraph) open every export and agree with each
# other and with the claims on node and edge counts, signs and attribute values; non-ASCII
# names and "& <" survive. Skips (77) when a reader is not installed.
set -euo pipefail
irkg=$1
# Debian's python3 has the Debian reader packages even when another python3 is first on PATH.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "python3 missing"; exit 77; }
"$py" -c 'import networkx, igraph' 2>/dev/null ||
  { echo "python3-networkx / python3-igraph missing (apt-get install python3-networkx python3-igraph)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" tests/export/make_claims.py "$tmp/claims.jsonl"
for f in graphml gexf csv json; do
  "$irkg" export --claims "$tmp/claims.jsonl" --format "$f" -o "$tmp/g.$f" 2>/dev/null
done
"$py" tests/export/check_readers.py "$tmp" "$tmp/claims.jsonl"
