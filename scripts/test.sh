#!/usr/bin/env bash
# The one test command: installs what is missing, builds native and wasm, and
# runs every test — unit and corpus tests (CTest), the wasm parity test in
# Node, and the browser tests in headless Chromium. Corpus tests read
# ../shared/corpus and report themselves skipped where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== unit, golden and corpus tests (ctest)"
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"

echo "== wasm in Node and in Chromium (node --test)"
node --test --test-concurrency=2 tests/node/ tests/browser/

echo "== fuzz targets: regression set replayed, then a short bounded run each (ASan + UBSan)"
bash scripts/fuzz.sh ci "${FUZZ_SECONDS:-30}"
