#!/usr/bin/env bash
# Native benchmarks (bench/*.cpp, Release): per-stage throughput over the
# corpus, then time/memory scaling of every pathological family.
#
#   scripts/bench.sh                 both native benchmarks
#   scripts/bench.sh throughput|scaling [args...]   one of them, args passed on
#   scripts/bench.sh browser         the wasm-vs-Readability benchmark (Chromium + Node)
#
# BUILD_DIR (default build) is the CMake build folder. Output is also written
# to $BUILD_DIR/bench-*.txt. The scaling run exits non-zero when a family is
# flagged super-linear or hits its timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
what=${1:-all}
[ $# -gt 0 ] && shift

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
case $what in
  all)
    cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target bench_throughput bench_scaling
    "$build/bench_throughput" | tee "$build/bench-throughput.txt"
    "$build/bench_scaling" | tee "$build/bench-scaling.txt" ;;
  throughput|scaling)
    cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "bench_$what"
    "$build/bench_$what" "$@" | tee "$build/bench-$what.txt" ;;
  browser)
    [ -f web/gen/sift-core.mjs ] || bash scripts/build.sh
    [ -d node_modules/playwright-core ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    node bench/browser-bench.mjs "$@" | tee "$build/bench-browser.txt" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
