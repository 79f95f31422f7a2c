#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds Lector (Release), writes the demo project if absent, and opens the IDE on it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
lector_install_deps

cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$root/build/release" -j "$(env -u OMP_THREAD_LIMIT -u OMP_NUM_THREADS nproc)" --target lector lector-cli

demo_dir="${LECTOR_DEMO_DIR:-$root/build/demo}"
if [ ! -f "$demo_dir/demo.lector" ]; then
  "$root/build/release/src/cli/lector-cli" demo "$demo_dir"
fi
exec "$root/build/release/src/app/lector" "$demo_dir/demo.lector" "$@"
