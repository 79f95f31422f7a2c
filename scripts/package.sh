#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package lector_<version>_amd64.deb with CPack (packaging/CMakeLists.txt says what goes in) from
# a Release build, and prints its path. Usage: scripts/package.sh [BUILD_DIR]   (default build/release; configured
# and built when needed). Install it with: sudo apt-get install ./lector_<version>_amd64.deb
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(realpath -m "${1:-$root/build/release}")"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
lector_install_deps dpkg-dev
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
fi
cmake --build "$build" -j "$(nproc)" --target lector lector-cli lector_icons lector_man
rm -f "$build"/package/lector_*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >"$build/cpack.log" 2>&1) || {
  cat "$build/cpack.log" >&2
  exit 1
}
ls "$build"/package/lector_*_amd64.deb
