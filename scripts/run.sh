#!/usr/bin/env bash
# Sets everything up, builds, and serves Sift on http://127.0.0.1:8000/
# (extra arguments go to serve.py, e.g. --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec python3 serve.py --no-build "$@"
