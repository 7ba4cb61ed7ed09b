#!/usr/bin/env bash
# Start-up budget: Trygg vs the bare Tauri shell (bench/bare-shell), both in
# release, each run BENCH_RUNS times (default 20, at least 10 for the
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
# Prints medians and the ratio Trygg/bare (goal <= 1.10), and where the
# time goes: the native start (process start → the page's navigation) and
# the page's own part, split by the marks the probes print on a second
# line (`startup_page script=… boot=… screen=… painted=…`, ms since the
# page's navigation began). Writes $BENCH_OUT/results/startup.json for
# scripts/bench.sh.
set -euo pipefail
# shellcheck source=../bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"

RUNS=${BENCH_RUNS:-20}
GOAL=1.10
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
bench_rendering_env

# The same fixed OS language for both (Trygg negotiates its UI language).
APP_ENV=(env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 LANGUAGE=sv TRYGG_STARTUP_PROBE=1)

# run_one <trygg|bare>: one start; prints one JSON line {"ms": …, "page": {…}}.
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
  local ms page
  ms=$(sed -n 's/^startup_ms=\([0-9.]*\)$/\1/p' "$out" | head -n 1)
  if [ -z "$ms" ]; then
    echo "bench-startup: $which printed no startup_ms; its stderr:" >&2
    tail -n 20 "$err" >&2
    return 1
  fi
  page=$(sed -n 's/^startup_page//p' "$out" | head -n 1)
  python3 -c 'import json,sys
page = dict((k, float(v)) for k, v in (p.split("=") for p in sys.argv[2].split()))
print(json.dumps({"ms": float(sys.argv[1]), "page": page}))' "$ms" "$page"
}

echo "bench-startup: warm-up, then $RUNS interleaved runs of each (display $DISPLAY)" >&2
run_one trygg >/dev/null
run_one bare >/dev/null
: >"$WORK/trygg.txt"
: >"$WORK/bare.txt"
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then order=(trygg bare); else order=(bare trygg); fi
  for w in "${order[@]}"; do
    line=$(run_one "$w")
    printf '%s\n' "$line" >>"$WORK/$w.txt"
    printf 'bench-startup: run %2d %-5s %s\n' "$i" "$w" "$line" >&2
  done
done

python3 - "$WORK/trygg.txt" "$WORK/bare.txt" "$RESULTS/startup.json" "$GOAL" <<'PY'
import json, os, statistics, sys
runs_t = [json.loads(x) for x in open(sys.argv[1]).read().split("\n") if x.strip()]
runs_b = [json.loads(x) for x in open(sys.argv[2]).read().split("\n") if x.strip()]
trygg = [r["ms"] for r in runs_t]
bare = [r["ms"] for r in runs_b]
goal = float(sys.argv[4])
mt, mb = statistics.median(trygg), statistics.median(bare)
ratio = mt / mb

def phases(runs):
    """Medians of the native start (total - painted) and of each page mark."""
    out = {}
    painted = [r for r in runs if "painted" in r["page"]]
    if painted:
        out["native"] = statistics.median(r["ms"] - r["page"]["painted"] for r in painted)
    names = sorted({k for r in runs for k in r["page"]}, key=lambda k: statistics.median(
        r["page"][k] for r in runs if k in r["page"]))
    for k in names:
        out[k] = statistics.median(r["page"][k] for r in runs if k in r["page"])
    return out

res = {"runs": len(trygg), "trygg_ms": trygg, "bare_ms": bare,
       "trygg_median_ms": mt, "bare_median_ms": mb, "ratio": ratio,
       "goal_ratio": goal, "met": ratio <= goal,
       "trygg_phases_ms": phases(runs_t), "bare_phases_ms": phases(runs_b),
       "rendering": os.environ.get("BENCH_RENDERING_USED", "?")}
json.dump(res, open(sys.argv[3], "w"), indent=1)
print(f"startup Trygg  median {mt:7.1f} ms  (min {min(trygg):.1f}, max {max(trygg):.1f}, n={len(trygg)})")
print(f"startup bare   median {mb:7.1f} ms  (min {min(bare):.1f}, max {max(bare):.1f}, n={len(bare)})")
print(f"ratio Trygg/bare      {ratio:7.3f}     goal <= {goal}: {'met' if ratio <= goal else 'NOT met'}"
      f"  (Skia on the {res['rendering']})")
for name, ph in (("Trygg", res["trygg_phases_ms"]), ("bare", res["bare_phases_ms"])):
    print(f"  {name:5} medians: " + ", ".join(
        f"{'native start' if k == 'native' else 'page ' + k} {v:.1f}" for k, v in ph.items()))
PY
