#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, checks the formatting, builds Lector, runs every test through ctest, runs clang-tidy on
# the core, then the core's tests again under AddressSanitizer and UndefinedBehaviorSanitizer. Exits non-zero on any
# failure. Compiles go through ccache (its cache outside the checkout), so a later run rebuilds only what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
lector_install_deps

jobs="$(nproc)"
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

echo "== Formatting (clang-format, .clang-format)"
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

echo "== Release build"
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTOR_WERROR=$werror "${launcher[@]}"
cmake --build "$root/build/release" -j "$jobs"
echo "== Tests"
ctest --test-dir "$root/build/release" --output-on-failure -j "$jobs" --timeout 600

echo "== clang-tidy on the core (.clang-tidy)"
run-clang-tidy -quiet -p "$root/build/release" -j "$jobs" "$root/src/core/.*\.cpp$" > "$root/build/clang-tidy.log" 2>&1 || {
  grep -E "(warning|error):" "$root/build/clang-tidy.log" | sort -u | head -50
  echo "clang-tidy found problems (full log: build/clang-tidy.log)"
  exit 1
}

echo "== Core tests under ASan+UBSan"
cmake -S "$root" -B "$root/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTOR_SANITIZE=ON \
  -DLECTOR_WERROR=$werror -DLECTOR_BUILD_BENCH=OFF "${launcher[@]}"
cmake --build "$root/build/asan" -j "$jobs" --target lectorcore_tests lector-cli
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp" \
  ctest --test-dir "$root/build/asan" --output-on-failure -j "$jobs" -L core --timeout 900
ccache --show-stats 2>/dev/null | grep -E "Hits|Misses|Cache size" || true
