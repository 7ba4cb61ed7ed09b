#!/usr/bin/env bash
# Start-up budget: Trygg vs the bare Tauri shell (bench/bare-shell), both in
# release, each run BENCH_RUNS times (default 10, at least 10 for the
# figure), interleaved (the order swaps every round, so drift on a shared
# machine hits both), after one unmeasured warm-up of each. Every run starts
# a fresh process with TRYGG_STARTUP_PROBE=1, which prints
# `startup_ms=<float>` (process start to the first screen's first paint;
# src-tauri/src/probe.rs) and exits.
#
# Trygg gets a fresh data dir per run (TRYGG_DATA_DIR), a copy of a seeded
# vault of 1,000 cases, so it starts as a practitioner's would: on the
# cover, after reading its settings and the vault's header.
#
# Prints medians and the ratio Trygg/bare (goal <= 1.15); writes
# $BENCH_OUT/results/startup.json for scripts/bench.sh.
set -euo pipefail
# shellcheck source=../bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"

RUNS=${BENCH_RUNS:-10}
GOAL=1.15
RUN_TIMEOUT=${BENCH_RUN_TIMEOUT:-60}

bench_build
TEMPLATE=$(bench_vault_template)

WORK=$(mktemp -d "$BENCH_OUT/startup.XXXXXX")
cleanup() {
  local rc=$?
  bench_stop_xvfb
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
bench_start_xvfb

# The same fixed OS language for both (Trygg negotiates its UI language).
APP_ENV=(env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 LANGUAGE=sv TRYGG_STARTUP_PROBE=1)

# run_one <trygg|bare>: one start, prints its startup_ms value.
run_one() {
  local which=$1 out=$WORK/out.txt err=$WORK/$1.err
  case $which in
    trygg)
      local dir=$WORK/profile
      rm -rf "$dir"
      cp -a "$TEMPLATE" "$dir"
      "${APP_ENV[@]}" TRYGG_DATA_DIR="$dir" \
        timeout "$RUN_TIMEOUT" "$TRYGG_BIN" --data-dir "$dir" >"$out" 2>"$err" || true
      rm -rf "$dir"
      ;;
    bare)
      "${APP_ENV[@]}" timeout "$RUN_TIMEOUT" "$BARE_BIN" >"$out" 2>"$err" || true
      ;;
  esac
  local ms
  ms=$(sed -n 's/^startup_ms=\([0-9.]*\)$/\1/p' "$out" | head -n 1)
  if [ -z "$ms" ]; then
    echo "bench-startup: $which printed no startup_ms; its stderr:" >&2
    tail -n 20 "$err" >&2
    return 1
  fi
  printf '%s\n' "$ms"
}

echo "bench-startup: warm-up, then $RUNS interleaved runs of each (display $DISPLAY)" >&2
run_one trygg >/dev/null
run_one bare >/dev/null
: >"$WORK/trygg.txt"
: >"$WORK/bare.txt"
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then order=(trygg bare); else order=(bare trygg); fi
  for w in "${order[@]}"; do
    ms=$(run_one "$w")
    printf '%s\n' "$ms" >>"$WORK/$w.txt"
    printf 'bench-startup: run %2d %-5s %s ms\n' "$i" "$w" "$ms" >&2
  done
done

python3 - "$WORK/trygg.txt" "$WORK/bare.txt" "$RESULTS/startup.json" "$GOAL" <<'PY'
import json, statistics, sys
trygg = [float(x) for x in open(sys.argv[1]).read().split()]
bare = [float(x) for x in open(sys.argv[2]).read().split()]
goal = float(sys.argv[4])
mt, mb = statistics.median(trygg), statistics.median(bare)
ratio = mt / mb
res = {"runs": len(trygg), "trygg_ms": trygg, "bare_ms": bare,
       "trygg_median_ms": mt, "bare_median_ms": mb, "ratio": ratio,
       "goal_ratio": goal, "met": ratio <= goal}
json.dump(res, open(sys.argv[3], "w"), indent=1)
print(f"startup Trygg  median {mt:7.1f} ms  (min {min(trygg):.1f}, max {max(trygg):.1f}, n={len(trygg)})")
print(f"startup bare   median {mb:7.1f} ms  (min {min(bare):.1f}, max {max(bare):.1f}, n={len(bare)})")
print(f"ratio Trygg/bare      {ratio:7.3f}     goal <= {goal}: {'met' if ratio <= goal else 'NOT met'}")
PY
