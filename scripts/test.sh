#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds Lector, and runs every test through ctest; then the core's tests again under
# AddressSanitizer and UndefinedBehaviorSanitizer. Exits non-zero on any failure.
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

echo "== Release build"
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTOR_WERROR=$werror
cmake --build "$root/build/release" -j "$jobs"
echo "== Tests"
ctest --test-dir "$root/build/release" --output-on-failure -j "$jobs" --timeout 600

echo "== Core tests under ASan+UBSan"
cmake -S "$root" -B "$root/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTOR_SANITIZE=ON \
  -DLECTOR_WERROR=$werror -DLECTOR_BUILD_BENCH=OFF
cmake --build "$root/build/asan" -j "$jobs" --target lectorcore_tests lector-cli
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp" \
  ctest --test-dir "$root/build/asan" --output-on-failure -j "$jobs" -L core --timeout 900
