#!/usr/bin/env bash
# Memory budget: the resident memory of Trygg's whole process tree (the app
# and its WebKitWebProcess / WebKitNetworkProcess) after unlocking a vault
# of 1,000 cases, against the bare Tauri shell (bench/bare-shell) at its
# empty page. Goal: Trygg <= 1.4 x bare. Trygg is measured twice per run:
# just unlocked (on the guidance view it opens on) and with the Cases view
# showing the list of all 1,000 cases; the goal is judged on the second,
# the heavier state a practitioner is in most of the time.
#
# Both release builds are driven through tauri-driver (WebKitWebDriver) the
# same way, BENCH_MEMORY_RUNS times each (default 3), interleaved;
# bench/memory.mjs does the driving and the reading of /proc. Reports the
# median PSS (the fair sum over processes that share pages), RSS and USS
# (private pages) of the tree; the goal is judged on PSS (see
# bench/memory.mjs on why PSS moves with what else runs on the machine). Writes $BENCH_OUT/results/memory.json for
# scripts/bench.sh.
set -euo pipefail
# shellcheck source=../bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"

RUNS=${BENCH_MEMORY_RUNS:-3}
GOAL=1.4

command -v node >/dev/null || bench_die "node not found (Node 20+ needed)"
TAURI_DRIVER=${TAURI_DRIVER:-$(command -v tauri-driver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver")}
[ -x "$TAURI_DRIVER" ] || bench_die "tauri-driver not found; run scripts/setup.sh"
export TAURI_DRIVER

bench_build
TEMPLATE=$(bench_vault_template)

WORK=$(mktemp -d "$BENCH_OUT/memory.XXXXXX")
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

TRYGG_E2E_RUN_ID=bench-memory-$(date -u +%Y%m%dT%H%M%SZ)-$$
echo "bench-memory: $RUNS interleaved runs of each (display $DISPLAY)" >&2
# The same fixed OS language for both (launchApp sets Trygg's anyway).
env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 LANGUAGE=sv \
  TRYGG_E2E_RUN_ID="$TRYGG_E2E_RUN_ID" TRYGG_E2E_APP="$TRYGG_BIN" node "$ROOT/bench/memory.mjs" \
  --bare "$BARE_BIN" --template "$TEMPLATE" --passcode "$BENCH_PASSCODE" \
  --cases "$BENCH_CASES" --runs "$RUNS" --work "$WORK" --out "$WORK/raw.json"

python3 - "$WORK/raw.json" "$RESULTS/memory.json" "$GOAL" "$BENCH_CASES" <<'PY'
import json, os, statistics, sys
raw = json.load(open(sys.argv[1]))
goal = float(sys.argv[3])
cases = int(sys.argv[4])
med = lambda runs, state, k: statistics.median(r[state][k] for r in runs) / 1024
b_pss, b_rss = med(raw["bare"], "idle", "pss_kb"), med(raw["bare"], "idle", "rss_kb")
b_uss = med(raw["bare"], "idle", "uss_kb")
res = {"runs": len(raw["trygg"]), "cases": cases, "bare_pss_mib": b_pss, "bare_rss_mib": b_rss,
       "bare_uss_mib": b_uss, "goal_ratio": goal, "raw": raw,
       "rendering": os.environ.get("BENCH_RENDERING_USED", "?")}
for state in ("unlocked", "listed"):
    pss, rss = med(raw["trygg"], state, "pss_kb"), med(raw["trygg"], state, "rss_kb")
    uss = med(raw["trygg"], state, "uss_kb")
    res[state] = {"trygg_pss_mib": pss, "trygg_rss_mib": rss, "trygg_uss_mib": uss,
                  "ratio_pss": pss / b_pss, "ratio_rss": rss / b_rss, "ratio_uss": uss / b_uss}
res["met"] = res["listed"]["ratio_pss"] <= goal
json.dump(res, open(sys.argv[2], "w"), indent=1)
label = {"unlocked": "just unlocked", "listed": f"{cases} cases listed"}
for state in ("unlocked", "listed"):
    r = res[state]
    print(f"memory Trygg, {label[state]:<18} PSS {r['trygg_pss_mib']:6.1f}  RSS {r['trygg_rss_mib']:6.1f}"
          f"  USS {r['trygg_uss_mib']:6.1f} MiB;  ratio PSS {r['ratio_pss']:.3f}  RSS {r['ratio_rss']:.3f}"
          f"  USS {r['ratio_uss']:.3f}")
print(f"memory bare, empty page            PSS {b_pss:6.1f}  RSS {b_rss:6.1f}  USS {b_uss:6.1f} MiB")
print(f"goal: Trygg ({label['listed']}) / bare <= {goal} (PSS): {'met' if res['met'] else 'NOT met'}"
      f"  (Skia on the {res['rendering']})")
PY
