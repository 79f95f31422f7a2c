#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, checks the formatting, builds Lector and runs the app's, CLI's and demo's tests through
# ctest, runs clang-tidy on the core, then builds the core and its tests under AddressSanitizer and
# UndefinedBehaviorSanitizer and runs them there (the core's tests are built once, sanitized: a second, plain build of
# them cost a fifth of a cold run), with a throwaway PostgreSQL cluster for the store's tests on that backend
# (scripts/pg-cluster.sh). Exits non-zero on any failure. Compiles go through ccache and clang-tidy's results
# through scripts/tidy.py's cache, both outside the checkout, so a later run redoes only what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
lector_install_deps "${LECTOR_TEST_PACKAGES[@]}"
# shellcheck source=pg-cluster.sh
source "$root/scripts/pg-cluster.sh"

# deps.sh sets OMP_THREAD_LIMIT=1 for Tesseract, and nproc obeys it: ask without it, or everything runs on one core.
jobs="$(env -u OMP_THREAD_LIMIT -u OMP_NUM_THREADS nproc)"
werror=OFF
if [ "${CI:-}" = "true" ]; then
  werror=ON
fi
export QT_QPA_PLATFORM=offscreen
export LECTOR_TEST_DATA="${LECTOR_TEST_DATA:-$root/../shared/data}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/lector-ccache}"
export CCACHE_BASEDIR="$root"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-6G}"
launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
started=$SECONDS
stage() { echo "== $1 (at $((SECONDS - started)) s)"; }
ccache --zero-stats >/dev/null 2>&1 || true
trap 'lector_pg_stop; echo "== Ended after $((SECONDS - started)) s"; ccache --show-stats 2>/dev/null | grep -E "Hits|Misses|Cache size" || true' EXIT

stage "Formatting (clang-format, .clang-format)"
mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' '*.h' 2>/dev/null || find src include tests -name '*.cpp' -o -name '*.h')
unformatted=()
for f in "${sources[@]}"; do
  if ! clang-format --dry-run --Werror "$root/$f" >/dev/null 2>&1; then
    unformatted+=("$f")
  fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "These files are not formatted (run: clang-format -i FILE):"
  printf '  %s\n' "${unformatted[@]}"
  exit 1
fi

stage "Release build"
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTOR_WERROR=$werror \
  -DLECTOR_BUILD_CORE_TESTS=OFF "${launcher[@]}"
cmake --build "$root/build/release" -j "$jobs"
# The store's tests run on SQLite and on this cluster (stopped by the EXIT trap, also on failure): the CLI's
# team-store test here, every store test under ASan below.
lector_pg_start
stage "Tests of the app, the CLI and the demo"
ctest --test-dir "$root/build/release" --output-on-failure -j "$jobs" --timeout 600

stage "clang-tidy on the core (.clang-tidy)"
/usr/bin/python3 "$root/scripts/tidy.py" "$root/build/release" "$root/src/core/.*\.cpp$" -j "$jobs" \
  --log "$root/build/clang-tidy.log" || {
  echo "clang-tidy found problems (full log: build/clang-tidy.log)"
  exit 1
}

stage "The core and its tests under ASan+UBSan"
cmake -S "$root" -B "$root/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTOR_SANITIZE=ON \
  -DLECTOR_WERROR=$werror -DLECTOR_BUILD_BENCH=OFF "${launcher[@]}"
cmake --build "$root/build/asan" -j "$jobs" --target lectorcore_tests lector-cli
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp" \
  ctest --test-dir "$root/build/asan" --output-on-failure -j "$jobs" -L core --timeout 900
stage "Done"
