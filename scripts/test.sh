#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest, Qt Test).
#   scripts/test.sh          the normal build
#   scripts/test.sh --asan   the same tests under AddressSanitizer + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
preset=default
[ "${1:-}" = "--asan" ] && preset=asan
scripts/build.sh ${1:-}
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j"$(nproc)"
