#!/usr/bin/env bash
# The one test command: installs what is missing, builds native and wasm, and
# runs every test — unit and corpus tests (CTest), the wasm parity test in
# Node, the browser tests in headless Chromium, and the fuzz regression set
# plus a short bounded fuzz run per target. Corpus tests read ../shared/corpus
# and report themselves skipped where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

bash scripts/setup.sh
bash scripts/build.sh

echo "== unit, golden and corpus tests (ctest)"
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" | tee "$logs/ctest.log"

echo "== unit and pathological tests again under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIFT_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$(nproc 2>/dev/null || echo 2)" --target sift_tests
build-asan/sift_tests | tee "$logs/asan.log"

echo "== wasm in Node and in Chromium (node --test)"
node --test --test-concurrency=2 tests/node/ tests/browser/ | tee "$logs/node.log"

echo "== fuzz targets: regression set replayed, then a short bounded run each (ASan + UBSan)"
bash scripts/fuzz.sh ci "${FUZZ_SECONDS:-30}"

# One closing line for every suite together.
ctest_total=$(sed -n 's/.*tests passed, 0 tests failed out of \([0-9]*\).*/\1/p' "$logs/ctest.log" | tail -n 1)
node_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$logs/node.log" | tail -n 1)
node_skip=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$logs/node.log" | tail -n 1)
asan_cases=$(sed -n 's/^All tests passed ([0-9]* assertions in \([0-9]*\) test cases)$/\1/p' "$logs/asan.log" | tail -n 1)
echo "all suites: $(( ${ctest_total:-0} + ${asan_cases:-0} + ${node_pass:-0} )) passed, 0 failed, ${node_skip:-0} skipped"
