#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (fuzz/*.cpp) with ASan + UBSan.
#
#   scripts/fuzz.sh build            build only (build-fuzz/, clang)
#   scripts/fuzz.sh ci [seconds]     build; replay fuzz/regressions/<target>/; then
#                                    fuzz each target for `seconds` (default 60).
#                                    Exits non-zero on any crash, leak, UB, OOM or timeout.
#   scripts/fuzz.sh long [seconds]   build; fuzz each target for `seconds`
#                                    (default 14400 = 4 h) one after another, with a
#                                    persistent corpus in build-fuzz/corpus/<target>/.
#   scripts/fuzz.sh run TARGET [seconds]   one target only (same settings as long).
#   scripts/fuzz.sh replay           replay the regression sets only.
#
# Environment: FUZZ_JOBS (parallel fuzzing jobs per target in long/run, default 1;
# the machine has 2 cores), FUZZ_NICE (default 19), FUZZ_TARGETS (default
# "fuzz_text fuzz_html fuzz_options").
#
# Seeds are laid out at run time in build-fuzz/seeds/<target>/ from
# ../shared/corpus (pasted.txt / pasted.html, first 64 KB each; third-party
# text, never committed) plus tests/fixtures/*.txt and the regression set.
# Findings (crash-*, leak-*, timeout-*, oom-*) land in build-fuzz/findings/<target>/:
# minimise one with `build-fuzz/fuzz_X -minimize_crash=1 -runs=10000 FILE`,
# then copy it into fuzz/regressions/<kind>/ so `ci` replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mode=${1:-ci}
build=build-fuzz
targets=${FUZZ_TARGETS:-"fuzz_text fuzz_html fuzz_options"}
nice_level=${FUZZ_NICE:-19}
common=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
replay_timeout=${FUZZ_REPLAY_TIMEOUT:-30}  # regression files reach 0.5 MB: ~5 s each under ASan+coverage (0.2 s native)
fuzz_len=${FUZZ_MAX_LEN:-8192}  # longer inputs cost ~1 s each under ASan: fewer, slower executions

regress_dir() { # target -> its committed regression set
  case $1 in fuzz_text) echo fuzz/regressions/text ;; fuzz_html) echo fuzz/regressions/html ;;
             fuzz_options) echo fuzz/regressions/options ;; *) echo "fuzz/regressions/${1#fuzz_}" ;; esac
}

do_build() {
  command -v clang++ >/dev/null || { echo "fuzz: clang++ missing (apt-get install clang libclang-rt-14-dev)"; exit 2; }
  CC=clang CXX=clang++ cmake -S . -B "$build" -DSIFT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target $targets
}

make_seeds() { # lays out build-fuzz/seeds/<target>/ (not committed)
  local corpus="$root/../shared/corpus"
  local i=0 f t
  for t in fuzz_text fuzz_html fuzz_options; do mkdir -p "$build/seeds/$t"; done
  if [ -d "$corpus" ]; then
    while IFS= read -r f; do i=$((i+1)); head -c 65536 "$f" > "$build/seeds/fuzz_text/corpus-$i.txt"; done \
      < <(find "$corpus" -name pasted.txt | sort)
    while IFS= read -r f; do i=$((i+1)); head -c 65536 "$f" > "$build/seeds/fuzz_html/corpus-$i.html"; done \
      < <(find "$corpus" -name pasted.html | sort)
  fi
  for f in tests/fixtures/*.txt; do [ -f "$f" ] && cp "$f" "$build/seeds/fuzz_text/"; done
  for t in fuzz_text fuzz_html fuzz_options; do cp "$(regress_dir $t)"/* "$build/seeds/$t/" 2>/dev/null || true; done
  for s in '{"input":"auto"}' '{"input":"text","explain":true}' '{"input":"html","summarySentences":5}' \
           '{"maxInputBytes":100}' '{"summarySentences":0,"explain":false,"input":"text","maxInputBytes":33554432}'; do
    i=$((i+1)); printf '%s' "$s" > "$build/seeds/fuzz_options/opt-$i.json"
  done
}

replay() { # runs every target over each file of its regression set; lists every failure
  local t f status=0
  for t in $targets; do
    local dir; dir=$(regress_dir "$t")
    [ -d "$dir" ] || continue
    echo "== replay $t over $dir ($(ls "$dir" | wc -l) inputs)"
    : > "$build/replay-$t.log"
    for f in "$dir"/*; do
      local rc=0
      "$build/$t" "${common[@]}" -timeout="$replay_timeout" -runs=0 "$f" > "$build/replay-one.log" 2>&1 || rc=$?
      cat "$build/replay-one.log" >> "$build/replay-$t.log"
      if [ $rc -ne 0 ]; then
        echo "fuzz: $t FAILED on $f: $(grep -m1 -E 'SUMMARY' "$build/replay-one.log")"; status=1
      fi
    done
  done
  return $status
}

fuzz_for() { # target seconds
  local t=$1 secs=$2 jobs=${FUZZ_JOBS:-1}
  mkdir -p "$build/corpus/$t" "$build/findings/$t"
  echo "== fuzz $t for ${secs}s (jobs=$jobs, log $build/fuzz-$t.log)"
  local extra=()
  [ "$jobs" -gt 1 ] && extra=(-jobs="$jobs" -workers="$jobs")
  local rc=0
  nice -n "$nice_level" "$build/$t" "${common[@]}" -max_len="$fuzz_len" -max_total_time="$secs" \
      -artifact_prefix="$build/findings/$t/" "${extra[@]}" \
      "$build/corpus/$t" "$build/seeds/$t" > "$build/fuzz-$t.log" 2>&1 || rc=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' "$build/fuzz-$t.log" | tail -3 || true
  if [ $rc -ne 0 ] || ls "$build/findings/$t" | grep -q .; then
    echo "fuzz: $t found something (exit $rc):"; ls -l "$build/findings/$t"; grep -m5 -E 'ERROR|SUMMARY|runtime error' "$build/fuzz-$t.log" || true
    return 1
  fi
}

case $mode in
  build) do_build ;;
  replay) do_build; replay && echo "fuzz: replay ok" ;;
  ci)
    secs=${2:-60}
    do_build; make_seeds
    status=0
    replay || status=1
    for t in $targets; do rm -rf "$build/findings/$t"; fuzz_for "$t" "$secs" || status=1; done
    [ $status -eq 0 ] && echo "fuzz: ok" || echo "fuzz: FINDINGS (see $build/findings/)"
    exit $status ;;
  long)
    secs=${2:-14400}
    do_build; make_seeds
    status=0
    for t in $targets; do fuzz_for "$t" "$secs" || status=1; done
    exit $status ;;
  run)
    t=${2:?usage: scripts/fuzz.sh run TARGET [seconds]}; secs=${3:-14400}
    targets=$t; do_build; make_seeds; fuzz_for "$t" "$secs" ;;
  *) sed -n '2,25p' "$0"; exit 2 ;;
esac
