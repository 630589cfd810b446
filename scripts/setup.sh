#!/usr/bin/env bash
# Installs what Sift needs to build and test on Debian 12, skipping whatever
# is already there: compilers and CMake, Emscripten (+ binaryen), nlohmann/json,
# Catch2 v2, clang for the fuzzers, Chromium for the browser tests, and the npm
# packages in package-lock.json. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Tools are checked by command (Node.js and npm may come from outside Debian),
# libraries and data by package.
declare -A tools=([cmake]=cmake [g++]=g++ [make]=make [python3]=python3 [node]=nodejs [npm]=npm
                  [emcc]=emscripten [wasm-opt]=binaryen [clang++]=clang [chromium]=chromium)
packages=(nlohmann-json3-dev catch2 libclang-rt-14-dev fonts-noto-cjk)
missing=()
for t in "${!tools[@]}"; do
  command -v "$t" >/dev/null 2>&1 || missing+=("${tools[$t]}")
done
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages (playwright-core drives the Debian Chromium; no browser download).
if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "setup: npm ci"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  fi
fi
echo "setup: ok"
