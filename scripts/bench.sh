#!/usr/bin/env bash
# Runs Trygg's benchmarks and prints one table: the criterion medians, then
# the performance budget (start-up, memory, size) against its goals.
#
# Criterion writes its estimates to <target>/criterion/<group>/<bench>/new/estimates.json.
# The budget scripts (scripts/bench-{size,startup,memory}.sh, also runnable
# alone) write <target>/bench/results/*.json. Arguments go to criterion.
# BENCH_SKIP_CRITERION=1 skips criterion (its last estimates are shown);
# BENCH_TABLE_ONLY=1 runs nothing and prints the table of the last results.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../bench/lib.sh
source bench/lib.sh

LOG=$BENCH_OUT/bench.log
failed=()
if [ "${BENCH_TABLE_ONLY:-0}" != 1 ]; then
: >"$LOG"
if [ "${BENCH_SKIP_CRITERION:-0}" != 1 ]; then
  echo "bench: criterion (cargo bench -p trygg --bench vault --bench i18n)" >&2
  cargo bench -p trygg --bench vault --bench i18n -- --noplot "$@" >>"$LOG" 2>&1 || {
    tail -40 "$LOG"; exit 1; }
fi

# Build once for the three budget scripts; none of their figures may be stale.
bench_build >>"$LOG" 2>&1 || { tail -40 "$LOG"; exit 1; }
rm -f "$RESULTS"/size.json "$RESULTS"/startup.json "$RESULTS"/memory.json
for part in size startup memory; do
  echo "bench: $part (scripts/bench-$part.sh; log in $LOG)" >&2
  if ! "scripts/bench-$part.sh" >>"$LOG" 2>&1; then
    failed+=("$part")
    echo "bench: $part failed; the end of $LOG:" >&2
    tail -20 "$LOG" >&2
  fi
done
fi

python3 - "$TARGET_DIR/criterion" "$RESULTS" <<'PY'
import json, pathlib, sys
crit, results = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])

def fmt_ns(ns):
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns/div:.3g} {unit}"
    return f"{ns:.0f} ns"

def load(name):
    p = results / f"{name}.json"
    return json.loads(p.read_text()) if p.exists() else None

def mark(ok):
    return "met" if ok else "NOT met"

rows = []  # (measure, value, goal, status)
for est in sorted(crit.glob("**/new/estimates.json")):
    bench = est.parent.parent.relative_to(crit).as_posix()
    median_ns = json.loads(est.read_text())["median"]["point_estimate"]
    rows.append((bench, fmt_ns(median_ns) + " (median)", "", ""))

missing = ("not measured", "", "failed")
s = load("startup")
if s:
    rows += [
        (f"startup Trygg (median of {s['runs']})", f"{s['trygg_median_ms']:.0f} ms", "", ""),
        (f"startup bare shell (median of {s['runs']})", f"{s['bare_median_ms']:.0f} ms", "", ""),
        ("startup ratio Trygg/bare", f"{s['ratio']:.2f}", f"<= {s['goal_ratio']}", mark(s["met"])),
    ]
else:
    rows += [("startup Trygg", *missing), ("startup bare shell", *missing), ("startup ratio Trygg/bare", *missing)]
m = load("memory")
if m:
    u, l = m["unlocked"], m["listed"]
    rows += [
        (f"memory Trygg, {m['cases']} cases listed (PSS / RSS / USS)",
         f"{l['trygg_pss_mib']:.0f} / {l['trygg_rss_mib']:.0f} / {l['trygg_uss_mib']:.0f} MiB", "", ""),
        ("memory bare shell, empty page (PSS / RSS / USS)",
         f"{m['bare_pss_mib']:.0f} / {m['bare_rss_mib']:.0f} / {m['bare_uss_mib']:.0f} MiB", "", ""),
        ("memory ratio Trygg/bare (PSS; RSS; USS)",
         f"{l['ratio_pss']:.2f}; {l['ratio_rss']:.2f}; {l['ratio_uss']:.2f}",
         f"<= {m['goal_ratio']} (PSS)", mark(m["met"])),
        ("  just unlocked, before the list: Trygg; ratio (PSS)",
         f"{u['trygg_pss_mib']:.0f} MiB; {u['ratio_pss']:.2f}", "", ""),
    ]
else:
    rows += [("memory Trygg", *missing), ("memory bare shell", *missing), ("memory ratio Trygg/bare", *missing)]
z = load("size")
if z:
    rows += [
        ("release binary", f"{z['binary_bytes']/1e6:.1f} MB", f"<= {z['binary_goal_bytes']/1e6:g} MB",
         mark(z["binary_met"])),
        ("UI bundle JS+CSS gzipped", f"{z['ui_gz_bytes']/1e3:.1f} KB", f"<= {z['ui_goal_bytes']/1e3:g} KB",
         mark(z["ui_met"])),
    ]
else:
    rows += [("release binary", *missing), ("UI bundle JS+CSS gzipped", *missing)]

head = ("measure", "value", "goal", "status")
w = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
print(line(head))
print("  ".join("-" * x for x in w))
for r in rows:
    print(line(r))
for mfile in sorted(pathlib.Path("tests/e2e/artifacts/metrics").glob("*.json")):
    print(f"\n{mfile.stem} (from the last end-to-end run): {mfile.read_text().strip()}")
PY

if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: failed: ${failed[*]} (see $LOG)" >&2
  exit 1
fi
