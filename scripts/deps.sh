#!/usr/bin/env bash
# Installs the Debian packages irkg needs, only those missing. Sourced by scripts/demo
# and scripts/test; uses sudo when not run as root.
set -euo pipefail

irkg_packages=(g++ cmake make pkg-config ccache
  librocksdb-dev nlohmann-json3-dev libboost-graph-dev libgtest-dev libgmock-dev
  libgumbo-dev zlib1g-dev
  # build-time data: the tagger's lexicon/rules and English morphology, compiled in
  python3 python3-pattern wordnet-base
  # test-only: schema validation and independent graph readers (graphology runs on node;
  # the test fetches its npm packages into a cache)
  libxml2-utils python3-networkx python3-igraph nodejs npm
  # test-only: the Dask cluster that runs the bulk path (tests/scripts/dask_cluster.sh)
  python3-dask python3-distributed)

# A package also counts as present when its command is: NodeSource's nodejs bundles npm
# and conflicts with Debian's npm package.
declare -gA irkg_package_commands=([nodejs]=node [npm]=npm)

# ccache keys on the compiler's command line, which names source files by absolute path:
# with the repository as base directory a fresh clone elsewhere (CI's) hits the same cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"

irkg_install_missing() {
  local missing=()
  for p in "${irkg_packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
    [ -n "${irkg_package_commands[$p]:-}" ] && command -v "${irkg_package_commands[$p]}" >/dev/null && continue
    missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "irkg: installing missing packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "irkg: need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures and builds into $1 (default build/) with extra cmake arguments after it.
irkg_build() {
  local dir=${1:-build}
  shift || true
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
