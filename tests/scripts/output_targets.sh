#!/usr/bin/env bash
# Where output goes (issue 19, items 2 and 3). export -o replaces a regular file
# atomically but writes through a symbolic link, into a FIFO or a device in place, and
# "-o -" is stdout; a directory is refused. Every command that writes to stdout fails with
# one line and exit 1 when the output is lost (/dev/full), and stays quiet when the reader
# goes away (| head -1), with or without SIGPIPE.
set -uo pipefail
irkg=$1
[ -x "$irkg" ] || { echo "no irkg binary at $irkg"; exit 77; }
src=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
bad() { echo "FAIL $*"; fail=1; }
"$irkg" ingest --db db "$src/samples" > /dev/null 2>&1 || { echo "ingest failed"; exit 1; }
"$irkg" export --db db -o reference.graphml 2> /dev/null

# A symbolic link stays a link; its target (relative to the link's directory) gets the content.
mkdir real && echo old > real/target.graphml && ln -s real/target.graphml link.graphml
"$irkg" export --db db -o link.graphml 2> err || bad "export through a symlink: $(cat err)"
[ -L link.graphml ] || bad "the symlink was replaced by a regular file"
cmp -s real/target.graphml reference.graphml || bad "the symlink's target did not get the new export"
ls -A real | grep -qv '^target.graphml$' && bad "temporary file left beside the link target: $(ls -A real)"
# A dangling link: the file it names is created, the link kept.
ln -s real/new.graphml dangling.graphml
"$irkg" export --db db -o dangling.graphml 2> err || bad "export through a dangling symlink: $(cat err)"
[ -L dangling.graphml ] && cmp -s real/new.graphml reference.graphml || bad "dangling symlink not followed"
# A link loop is one clear line.
ln -s loop1 loop2 && ln -s loop2 loop1
"$irkg" export --db db -o loop1 2> err && bad "export into a symlink loop succeeded"
grep -q "cannot write loop1: too many levels of symbolic links" err || bad "symlink loop message: $(cat err)"

# A FIFO is written in place, not replaced by a file.
mkfifo pipe.graphml
cat pipe.graphml > from_fifo &
reader=$!
timeout 60 "$irkg" export --db db -o pipe.graphml 2> err || bad "export into a FIFO: $(cat err)"
wait "$reader"
[ -p pipe.graphml ] || bad "the FIFO was replaced"
cmp -s from_fifo reference.graphml || bad "the FIFO reader did not get the export"

# A device is written in place: /dev/null stays a device (as root the old code replaced it).
"$irkg" export --db db -o /dev/null 2> err || bad "export to /dev/null: $(cat err)"
[ -c /dev/null ] || bad "/dev/null is no longer a character device"
# A full device: one line, exit 1.
"$irkg" export --db db -o /dev/full 2> err && bad "export to /dev/full succeeded"
[ "$(wc -l < err)" -eq 1 ] && grep -q "cannot write /dev/full" err || bad "export to /dev/full message: $(cat err)"

# An existing directory is refused, with or without a trailing slash, and left alone.
mkdir outdir
for d in outdir outdir/; do
  "$irkg" export --db db -o "$d" 2> err && bad "export -o $d succeeded"
  grep -q "cannot write $d: is a directory" err || bad "export -o $d message: $(cat err)"
done
[ -z "$(ls -A outdir)" ] || bad "export wrote into the directory"

# "-o -" is stdout for every one-file format; csv (two files) is a usage error.
for f in graphml gexf json; do
  "$irkg" export --db db --format "$f" -o - > "stdout.$f" 2> err || bad "export --format $f -o -: $(cat err)"
  "$irkg" export --db db --format "$f" -o "file.$f" 2> /dev/null
  cmp -s "stdout.$f" "file.$f" || bad "export --format $f -o - differs from the file export"
  [ -e ./- ] && bad "export --format $f -o - wrote a file named '-'"
done
"$irkg" export --db db --format csv -o - > /dev/null 2> err
[ $? -eq 2 ] && grep -q "one-file format" err || bad "csv -o - should be a usage error: $(cat err)"
"$irkg" export --db db --format json -o - > /dev/full 2> err && bad "export -o - > /dev/full succeeded"
grep -qx "irkg: error writing output: No space left on device" err || bad "export -o - > /dev/full: $(cat err)"

# Lost stdout: one line, exit 1, for every command that prints.
python3 "$src/bench/make_corpus.py" --mb 1 --format pages-jsonl --out big.jsonl --seed 3 > /dev/null
for cmd in "extract big.jsonl" "text big.jsonl" "claims --db db" "claims --db db --json" "opposes --db db" \
           "allies --db db" "compare --db db --outlets" "blocs --db db" "stats --db db" "--help" "extract --help"; do
  # shellcheck disable=SC2086
  "$irkg" $cmd > /dev/full 2> err
  rc=$?
  [ "$rc" -eq 1 ] || bad "irkg $cmd > /dev/full: exit $rc, want 1"
  # (claims also prints its count on stderr, a line that is not an error)
  [ "$(grep -c "error" err)" -eq 1 ] && grep -qx "irkg: error writing output: No space left on device" err ||
    bad "irkg $cmd > /dev/full: stderr was: $(cat err)"
done

# A closed pipe is not an error worth a message, whether SIGPIPE kills irkg or is ignored.
"$irkg" extract big.jsonl 2> err | head -1 > /dev/null
[ -s err ] && bad "extract | head -1 printed: $(cat err)"
(trap '' PIPE; "$irkg" extract big.jsonl 2> err | head -1 > /dev/null; exit "${PIPESTATUS[0]}")
rc=$?
[ "$rc" -eq 0 ] || bad "extract | head -1 with SIGPIPE ignored: exit $rc"
[ -s err ] && bad "extract | head -1 with SIGPIPE ignored printed: $(cat err)"

[ "$fail" -eq 0 ] && echo "output targets ok"
exit "$fail"
