#!/usr/bin/env bash
# Installs what is missing, builds, runs every test (CTest, Qt Test), checks the
# sources (scripts/check-source.sh: .clang-format, file and function sizes), and then
# runs each libFuzzer target for 20 s under ASan + UBSan (scripts/fuzz.sh; skip with
# TALLY_FUZZ_SECONDS=0).
#   scripts/test.sh          the normal build
#   scripts/test.sh --asan   the same tests under AddressSanitizer + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
preset=default
[ "${1:-}" = "--asan" ] && preset=asan
scripts/build.sh ${1:-}
export QT_QPA_PLATFORM=offscreen
status=0
ctest --preset "$preset" -j"$(nproc)" || status=$?
scripts/check-source.sh || status=1
if [ "$preset" = default ] && [ "${TALLY_FUZZ_SECONDS:-20}" != 0 ]; then
  scripts/fuzz.sh "${TALLY_FUZZ_SECONDS:-20}" || status=1
fi
exit "$status"
