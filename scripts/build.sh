#!/usr/bin/env bash
# Builds the native CLI + tests (build/) and the WebAssembly module
# (build-wasm/ -> web/gen/sift-core.{mjs,wasm}). Incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs"

# Emscripten's JS optimiser needs Debian's node modules (acorn) on NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# The system cache is root-owned; a normal user gets a private one.
[ -w /usr/share/emscripten/cache ] || export EM_CACHE="${EM_CACHE:-$HOME/.cache/emscripten}"
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-wasm -j "$jobs"
echo "build: ok (build/sift, web/gen/sift-core.mjs)"
