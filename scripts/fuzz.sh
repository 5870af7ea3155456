#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan, build-fuzz/) and runs
# each for SECONDS (default 60) on its seed corpus, which tally_fuzz_seeds makes by code
# (fuzz/FuzzSeeds.cpp) into build-fuzz/corpus/<target>/ and libFuzzer grows there.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: audio coco voc yolo common_voice audacity series
# An input that crashes, hangs, leaks or breaks a reader's promise is copied to
# tests/data/fuzz/<target>/ (the normal test test_fuzz_replay replays every file there);
# the script then exits 1. Prints executions and coverage per target.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(audio coco voc yolo common_voice audacity series)
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target tally_fuzz_seeds "${targets[@]/#/fuzz_}"
corpus=build-fuzz/corpus
build-fuzz/fuzz/tally_fuzz_seeds "$corpus" >/dev/null
status=0
for t in "${targets[@]}"; do
  dir=${t//_/-}
  mkdir -p "$corpus/$dir" build-fuzz/artifacts/"$dir"
  log=build-fuzz/artifacts/$dir.log
  # detect_leaks: Qt keeps a few process-lifetime allocations; rss 2 GB, 10 s a run.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-fuzz/fuzz/fuzz_"$t" "$corpus/$dir" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix=build-fuzz/artifacts/"$dir"/ >"$log" 2>&1 || status=1
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  printf '%-13s %6ss  %10s runs  %s  corpus %s files\n' "$t" "$seconds" "$runs" "$cov" \
    "$(ls "$corpus/$dir" | wc -l)"
  for f in build-fuzz/artifacts/"$dir"/*; do
    [ -f "$f" ] || continue
    mkdir -p tests/data/fuzz/"$dir"
    cp "$f" tests/data/fuzz/"$dir"/
    echo "  found: $f (copied to tests/data/fuzz/$dir/; see $log)"
    rm "$f"
    status=1
  done
done
exit "$status"
