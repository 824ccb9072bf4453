#!/usr/bin/env python3
"""Runs irkg's bulk path (docs/SCALE.md) under a Dask distributed cluster.

  scripts/dask_pipeline.py --scheduler tcp://head:8786 --irkg /shared/bin/irkg \\
      --shards /shared/irkg-shards --db store /shared/news/2026-11-23/
  scripts/dask_pipeline.py --local 2 --db out/samples.db samples/     (a LocalCluster here)

Map and sort, one Dask task per partition on the workers: the corpus is cut into
partitions -- byte ranges of JSONL files that keep every line (one document) whole, and
groups of whole .txt/.html files -- and each task pipes its documents through
`irkg extract -` (whole files go by path: `irkg extract FILE...`), writes the claims as a
shard with `irkg sst`, and commits the shard atomically: written under a temporary name,
fsynced, renamed (on object storage: uploaded under a unique prefix, then a manifest naming
it is written last). A task that fails is retried by Dask (--retries), and a task whose
worker dies is rerun elsewhere; neither can leave half a shard.
Load, on the client: `irkg ingest-sst --db DB` with the shards in partition order, only
after every partition succeeded, so the store is the same whichever worker ran what and
equals a single `irkg ingest` of the same inputs.

Every worker must see the inputs, the irkg binary and a --shards path at the same paths as
the client (a shared file system), or --shards is an fsspec URL (s3://bucket/prefix,
gs://...) that workers and client can reach. Relative paths are taken from the client's
working directory, which the tasks use too, so whole-file document ids (their paths) are
the ones `irkg ingest` would give. A JSONL document without an "id" is named by irkg after
a hash of its content, which is the same in whichever partition it lands; a first pass
counts each partition's lines only so that warnings name the real file and line.
"""
import argparse
import errno
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

JSONL_EXTENSIONS = (".jsonl", ".ndjson")
WHOLE_FILE_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".xhtml")
# Partitions of about this size when --partitions is not given. Measured on scraped pages
# (docs/SCALE.md): 32 MB is ~4 s of `irkg extract` per core against ~0.1 s of fixed cost
# (starting irkg twice), and ~175k claims, which `irkg sst` sorts in memory at ~2 KB per
# claim (~350 MB per worker thread); small enough to spread a day over many cores and
# make a retry cheap.
DEFAULT_PARTITION_BYTES = 32 << 20
WARNINGS_SHOWN = 5  # irkg's warnings about skipped documents the client prints, per partition and in all
INGEST_BATCH = 256  # shard directories per `irkg ingest-sst` call, to stay far below ARG_MAX


class DriverError(Exception):
    """A problem to report on one line and exit 1."""


# ---------------------------------------------------------------------------------------
# Inputs and partitions (client side)

def walk_inputs(inputs):
    """The documents' files in the order `irkg ingest` reads them: each input in turn, a
    directory walked recursively and sorted, skipping dot names and unknown extensions."""
    files = []
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for root, dirs, names in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in names:
                    if name.startswith("."):
                        continue
                    if name.lower().endswith(JSONL_EXTENSIONS + WHOLE_FILE_EXTENSIONS):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found))
        elif os.path.isfile(given):
            files.append(given)
        else:
            raise DriverError(f"no such file or directory: {given}")
    return files


def plan_partitions(files, partitions):
    """Cuts the files into about `partitions` partitions of similar size, in input order.
    A JSONL file becomes byte ranges (a range owns the lines that start inside it); other
    files are grouped whole."""
    sizes = [os.path.getsize(f) for f in files]
    block = max(1, math.ceil(sum(sizes) / partitions))
    plan, group, group_bytes = [], [], 0

    def flush_group():
        nonlocal group, group_bytes
        if group:
            plan.append({"kind": "files", "paths": group})
        group, group_bytes = [], 0

    for path, size in zip(files, sizes):
        if path.lower().endswith(JSONL_EXTENSIONS):
            flush_group()
            pieces = max(1, math.ceil(size / block))
            for k in range(pieces):
                plan.append({"kind": "jsonl", "path": path, "last_piece": k == pieces - 1,
                             "start": size * k // pieces, "end": size * (k + 1) // pieces})
        else:
            group.append(path)
            group_bytes += size
            if group_bytes >= block:
                flush_group()
    flush_group()
    for index, part in enumerate(plan):
        part["index"] = index
    return plan


# ---------------------------------------------------------------------------------------
# Tasks (run on the workers; cloudpickle ships these functions with the graph)

def owned_lines(f, start, end):
    """The lines of binary file f that start at a byte in [start, end): each line belongs
    to exactly one of a file's adjacent ranges, so documents are never cut."""
    if start > 0:
        f.seek(start - 1)
        f.readline()  # the rest of a line that began before start is the previous range's
    pos = f.tell()
    while pos < end:
        line = f.readline()
        if not line:
            break
        yield line
        pos += len(line)


def in_client_dir(config, path):
    if os.path.isabs(path):
        return path
    if not os.path.isdir(config["cwd"]):
        raise RuntimeError(f"relative path {path} but the client's directory {config['cwd']} is not on "
                           "this worker; give absolute paths on shared storage")
    return os.path.join(config["cwd"], path)


def count_lines(config, part):
    with open(in_client_dir(config, part["path"]), "rb") as f:
        return sum(1 for _ in owned_lines(f, part["start"], part["end"]))


def has_irkg_id(doc):
    """Mirrors irkg's reader: an id is a non-empty string or an integer."""
    value = doc.get("id")
    return (isinstance(value, str) and value != "") or (isinstance(value, int) and not isinstance(value, bool))


def fsync_path(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def client_dir(config):
    return config["cwd"] if os.path.isdir(config["cwd"]) else None


def raise_on_failure(name, returncode, stderr):
    if returncode != 0:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"irkg {name} exited {returncode}: {' | '.join(tail)}")


def run_irkg(config, argv, **kwargs):
    result = subprocess.run([config["irkg"]] + argv, cwd=client_dir(config), stderr=subprocess.PIPE, **kwargs)
    raise_on_failure(argv[0], result.returncode, result.stderr)
    return result


def extract_partition(config, part, scratch):
    """Extracts the partition's documents into scratch/claims.jsonl; returns how many
    inputs irkg skipped. irkg's warnings (one line per bad document) go to a file, not a
    pipe, so a partition full of bad lines cannot stall irkg on a full pipe while this
    process is still writing its stdin."""
    claims_path, warnings_path = os.path.join(scratch, "claims.jsonl"), os.path.join(scratch, "warnings")
    with open(claims_path, "wb") as out, open(warnings_path, "wb") as warnings:
        if part["kind"] == "files":
            proc = subprocess.Popen([config["irkg"], "extract"] + part["paths"], stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=warnings, cwd=client_dir(config))
        else:
            proc = subprocess.Popen([config["irkg"], "extract", "-"], stdin=subprocess.PIPE, stdout=out,
                                    stderr=warnings, cwd=client_dir(config))
            with open(in_client_dir(config, part["path"]), "rb") as f:
                lineno = part["first_line"]
                try:
                    for line in owned_lines(f, part["start"], part["end"]):
                        proc.stdin.write(line)
                        lineno += 1
                except BrokenPipeError:
                    pass  # irkg died; its exit code says why
                finally:
                    try:
                        proc.stdin.close()
                    except BrokenPipeError:
                        pass
        returncode = proc.wait()
    with open(warnings_path, "rb") as f:
        stderr = f.read()
    skipped = re.search(rb"irkg extract: (\d+) input\(s\) skipped", stderr)
    skipped = int(skipped.group(1)) if skipped else 0
    # irkg exits 1 when it skipped every input: a partition of unreadable documents, which
    # `irkg ingest` would report and pass over too, and which no retry would mend.
    if not (returncode == 1 and skipped > 0 and os.path.getsize(claims_path) == 0):
        raise_on_failure("extract", returncode, stderr)
    warnings = [w for w in stderr.decode("utf-8", "replace").splitlines() if "input(s) skipped" not in w]
    if part["kind"] == "jsonl":  # irkg numbers stdin's lines; name the file's
        warnings = [re.sub(r"<stdin>:(\d+)", lambda m: f"{part['path']}:{part['first_line'] + int(m.group(1)) - 1}", w)
                    for w in warnings]
    return claims_path, skipped, warnings[:WARNINGS_SHOWN]


class LocalShards:
    """Shards in a directory every worker and the client see (a shared file system)."""

    def __init__(self, root, run_id):
        self.run_dir = os.path.join(root, run_id)

    def prepare(self):
        os.makedirs(self.run_dir, exist_ok=False)

    def staging(self, index):
        return os.path.join(self.run_dir, f".part-{index:05d}.{uuid.uuid4().hex}.tmp")

    def final(self, index):
        return os.path.join(self.run_dir, f"part-{index:05d}")

    def first_attempt(self, index):
        """For the --fail-first-attempt test hook: true once per partition."""
        try:
            os.close(os.open(os.path.join(self.run_dir, f".attempted-{index:05d}"), os.O_CREAT | os.O_EXCL))
            return True
        except FileExistsError:
            return False

    def commit(self, index, staging):
        for name in os.listdir(staging):
            fsync_path(os.path.join(staging, name))
        fsync_path(staging)
        try:
            os.rename(staging, self.final(index))
        except OSError as e:
            if e.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise
            # Another attempt of this partition (a worker thought dead) committed first. A
            # final name only ever appears by rename of a complete shard, and a partition's
            # shard is the same claims every time, so keep that one.
            shutil.rmtree(staging)
        fsync_path(self.run_dir)

    def discard(self, staging):
        shutil.rmtree(staging, ignore_errors=True)

    def fetch(self, index):
        return self.final(index)

    def cleanup(self):
        shutil.rmtree(self.run_dir)
        try:
            os.rmdir(os.path.dirname(self.run_dir))  # the shards root too, when no other run is in it
        except OSError:
            pass


class ObjectStoreShards:
    """Shards under an fsspec URL (s3://, gs://, abfs://, file://). Objects are written
    whole or not at all but there is no rename, so a task uploads its files under a prefix
    of its own and then writes part-N.json naming that prefix; the client reads only what
    a manifest names."""

    def __init__(self, url, run_id):
        import fsspec
        self.fs, root = fsspec.core.url_to_fs(url)
        self.run_dir = f"{root.rstrip('/')}/{run_id}"
        self.downloads = None

    def prepare(self):
        self.fs.makedirs(self.run_dir, exist_ok=True)

    def staging(self, index):
        return tempfile.mkdtemp(prefix=f"irkg-part-{index:05d}-")

    def first_attempt(self, index):
        marker = f"{self.run_dir}/.attempted-{index:05d}"
        if self.fs.exists(marker):
            return False
        self.fs.pipe_file(marker, b"")
        return True

    def commit(self, index, staging):
        prefix = f"part-{index:05d}.{uuid.uuid4().hex}"
        names = sorted(os.listdir(staging))
        self.fs.makedirs(f"{self.run_dir}/{prefix}", exist_ok=True)  # a no-op on object stores
        for name in names:
            self.fs.put_file(os.path.join(staging, name), f"{self.run_dir}/{prefix}/{name}")
        manifest = json.dumps({"prefix": prefix, "files": names}).encode()
        self.fs.pipe_file(f"{self.run_dir}/part-{index:05d}.json", manifest)
        shutil.rmtree(staging)

    def discard(self, staging):
        shutil.rmtree(staging, ignore_errors=True)

    def fetch(self, index):
        if self.downloads is None:
            self.downloads = tempfile.mkdtemp(prefix="irkg-shards-")
        manifest = json.loads(self.fs.cat_file(f"{self.run_dir}/part-{index:05d}.json"))
        local = os.path.join(self.downloads, f"part-{index:05d}")
        os.makedirs(local)
        for name in manifest["files"]:
            self.fs.get_file(f"{self.run_dir}/{manifest['prefix']}/{name}", os.path.join(local, name))
        return local

    def cleanup(self):
        self.fs.rm(self.run_dir, recursive=True)
        self.discard_downloads()

    def discard_downloads(self):
        if self.downloads:
            shutil.rmtree(self.downloads, ignore_errors=True)


def is_url(location):
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", location) is not None


def shard_storage(location, run_id):
    if is_url(location):
        return ObjectStoreShards(location, run_id)
    return LocalShards(location, run_id)


def build_shard(config, part):
    """One partition: extract, sort into a shard, commit it. Returns what it did."""
    storage = shard_storage(config["shards"], config["run_id"])
    index = part["index"]
    with tempfile.TemporaryDirectory(prefix="irkg-claims-") as scratch:
        claims_path, skipped, warnings = extract_partition(config, part, scratch)
        summary = {"index": index, "skipped": skipped, "warnings": warnings, "documents": 0, "claims": 0,
                   "committed": False}
        if os.path.getsize(claims_path) == 0:
            return summary  # no claims: irkg sst would write no files, and there is nothing to load
        staging = storage.staging(index)
        try:
            result = run_irkg(config, ["sst", "--out", staging, claims_path], stdout=subprocess.PIPE)
            counts = re.search(rb"shard: (\d+) documents, (\d+) claims", result.stdout)
            if not counts:
                raise RuntimeError(f"irkg sst printed no summary: {result.stdout[:200]!r}")
            summary["documents"], summary["claims"] = int(counts.group(1)), int(counts.group(2))
            time.sleep(config["task_delay"])
            if config["fail_first_attempt"] and storage.first_attempt(index):
                raise RuntimeError(f"partition {index}: first attempt fails on purpose (--fail-first-attempt)")
            storage.commit(index, staging)
        except BaseException:
            storage.discard(staging)
            raise
    summary["committed"] = True
    return summary


# ---------------------------------------------------------------------------------------
# The client

def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Extract a corpus into an irkg store on a Dask cluster: workers extract and "
                    "write shards, the client bulk-loads them (docs/SCALE.md).")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL files of documents, .txt/.html files, or directories of them")
    p.add_argument("--db", required=True, help="the claim store to load (created if missing)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running dask scheduler (tcp://host:8786)")
    where.add_argument("--scheduler-file", help="the JSON file a dask scheduler wrote with --scheduler-file")
    where.add_argument("--local", type=int, metavar="N",
                       help="start a LocalCluster of N single-threaded worker processes (default: 2)")
    p.add_argument("--partitions", type=int,
                   help="number of partitions (default: one per 32 MB of input, at least two per worker thread)")
    p.add_argument("--shards", default=None,
                   help="where shards are written: a directory all workers see, or an fsspec URL "
                        "(s3://bucket/prefix). Each run writes into its own subdirectory. "
                        "Default: DB.shards beside the store")
    p.add_argument("--keep-shards", action="store_true", help="keep the run's shards after loading them")
    p.add_argument("--irkg", default=None,
                   help="the irkg binary, at this path on every worker (default: build/irkg, else irkg on PATH)")
    p.add_argument("--retries", type=int, default=3, help="times Dask retries a failed task (default: 3)")
    p.add_argument("--task-delay", type=float, default=0.0, help=argparse.SUPPRESS)  # test hook: a window to kill a worker
    p.add_argument("--fail-first-attempt", action="store_true", help=argparse.SUPPRESS)  # test hook: makes retries run
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    if args.local is not None and args.local < 1:
        p.error("--local must be at least 1")
    if args.retries < 0:
        p.error("--retries must not be negative")
    return args


def find_irkg(given):
    candidates = [given] if given else [os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "irkg"),
                                        shutil.which("irkg") or ""]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    raise DriverError(f"no irkg binary at {given}" if given else "no irkg binary: build it or give --irkg")


def import_distributed():
    try:
        import distributed
    except ImportError:
        raise DriverError(f"{sys.executable} cannot import Dask's distributed scheduler (Debian: apt-get "
                          "install python3-dask python3-distributed, then run this with /usr/bin/python3)")
    return distributed


def connect(distributed, args):
    if args.scheduler:
        return distributed.Client(args.scheduler, timeout="30s"), None
    if args.scheduler_file:
        return distributed.Client(scheduler_file=args.scheduler_file, timeout="30s"), None
    cluster = distributed.LocalCluster(n_workers=args.local or 2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    return distributed.Client(cluster), cluster


def number_lines(client, plan, config):
    """Gives every JSONL range the line number its first line has in its file, from the
    line counts of the ranges before it (counted on the workers, where the data is)."""
    followed = [p for p in plan if p["kind"] == "jsonl" and not p["last_piece"]]
    counted = client.gather(client.map(count_lines, [config] * len(followed), followed, pure=False))
    counts = {p["index"]: n for p, n in zip(followed, counted)}
    next_line = {}
    for p in plan:
        if p["kind"] == "jsonl":
            p["first_line"] = next_line.get(p["path"], 1)
            next_line[p["path"]] = p["first_line"] + counts.get(p["index"], 0)


def run(args):
    distributed = import_distributed()
    irkg = find_irkg(args.irkg)
    files = walk_inputs(args.inputs)
    if not files:
        raise DriverError("no documents in the inputs (.jsonl, .ndjson, .txt, .html)")
    run_id = time.strftime("run-%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8]
    shards = args.shards or args.db.rstrip("/") + ".shards"
    shards = shards if is_url(shards) else os.path.abspath(shards)
    storage = shard_storage(shards, run_id)
    config = {"irkg": irkg, "cwd": os.getcwd(), "run_id": run_id, "shards": shards,
              "task_delay": args.task_delay, "fail_first_attempt": args.fail_first_attempt}

    client, cluster = connect(distributed, args)
    try:
        threads = sum(client.nthreads().values()) or 1
        total = sum(os.path.getsize(f) for f in files)
        partitions = args.partitions or max(2 * threads, math.ceil(total / DEFAULT_PARTITION_BYTES))
        plan = plan_partitions(files, partitions)
        storage.prepare()
        print(f"irkg dask: {len(files)} file(s), {total} bytes, {len(plan)} partitions on {threads} "
              f"worker thread(s); shards in {storage.run_dir}", file=sys.stderr)
        number_lines(client, plan, config)
        futures = [client.submit(build_shard, config, part, key=f"irkg-shard-{run_id}-{part['index']:05d}",
                                 retries=args.retries, pure=False) for part in plan]
        results = []
        for future in distributed.as_completed(futures):
            try:
                results.append(future.result())
            except Exception as e:
                client.cancel(futures)
                if not args.keep_shards:
                    try:
                        storage.cleanup()
                    except OSError:
                        pass  # best effort: the run failed either way
                raise DriverError(f"a partition failed after {args.retries} retries, nothing was loaded: {e}")
    finally:
        client.close()
        if cluster:
            cluster.close()

    results.sort(key=lambda r: r["index"])
    shard_dirs = [storage.fetch(r["index"]) for r in results if r["committed"]]
    for i in range(0, len(shard_dirs), INGEST_BATCH):
        load = subprocess.run([irkg, "ingest-sst", "--db", args.db] + shard_dirs[i:i + INGEST_BATCH])
        if load.returncode != 0:
            raise DriverError(f"irkg ingest-sst exited {load.returncode} after loading {i} of {len(shard_dirs)} "
                              f"shards; they are kept in {storage.run_dir}, and loading them all again "
                              "is safe (a shard loaded twice adds nothing)")
    if args.keep_shards:
        if isinstance(storage, ObjectStoreShards):
            storage.discard_downloads()
    else:
        storage.cleanup()
    skipped = sum(r["skipped"] for r in results)
    warnings = [w for r in results for w in r["warnings"]]
    for w in warnings[:WARNINGS_SHOWN]:
        print(w, file=sys.stderr)
    print(f"irkg dask: {len(results)} partitions, {len(shard_dirs)} shards, "
          f"{sum(r['documents'] for r in results)} documents with claims, {sum(r['claims'] for r in results)} "
          f"claims loaded into {args.db}" + (f"; {skipped} input(s) skipped" if skipped else ""), file=sys.stderr)


def main(argv):
    args = parse_args(argv)
    try:
        run(args)
    except DriverError as e:
        print(f"irkg dask: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
