#!/usr/bin/env bash
# Runs Trygg's benchmarks and prints one table: the criterion medians, then
# the performance budget (start-up, memory, size) against its goals.
#
# Criterion writes its estimates to <target>/criterion/<group>/<bench>/new/estimates.json.
# The budget scripts (scripts/bench-{size,startup,memory,interaction}.sh, also
# runnable alone) write <target>/bench/results/*.json. Arguments go to criterion.
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
  echo "bench: criterion (cargo bench -p trygg --bench vault --bench i18n --bench casebook)" >&2
  cargo bench -p trygg --bench vault --bench i18n --bench casebook -- --noplot "$@" >>"$LOG" 2>&1 || {
    tail -40 "$LOG"; exit 1; }
fi

# Build once for the budget scripts; none of their figures may be stale.
bench_build >>"$LOG" 2>&1 || { tail -40 "$LOG"; exit 1; }
rm -f "$RESULTS"/{size,startup,memory,interaction}.json
for part in size startup memory interaction; do
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

i = load("interaction")
if i:
    o, l, q = i["open_case"], i["locale_switch"], i["quick_hide"]
    f, r = q["to_frame"], q["to_rendered"]
    rows += [
        (f"open a case with a full plan (median of {o['n']}, release)", f"{o['median_ms']:g} ms",
         f"<= {o['goal_ms']} ms", mark(o["met"])),
        (f"locale switch sv <-> ar (median of {l['n']}, release)", f"{l['median_ms']:g} ms",
         f"<= {l['goal_ms']} ms", mark(l["met"])),
        (f"quick-hide to the frame (median / p99 of {q['n']})", f"{f['median_ms']:g} / {f['p99_ms']:g} ms",
         f"<= {q['goal_median_ms']} / {q['goal_p99_ms']} ms", mark(q["met"])),
        ("  quick-hide to rendered (median / p99)", f"{r['median_ms']:g} / {r['p99_ms']:g} ms", "", ""),
    ]
    p = i.get("review_first_page")
    if p:
        rows.append((f"review desk first page of 50 (median of {p['n']}, release)", f"{p['median_ms']:g} ms",
                     f"<= {p['goal_ms']} ms", mark(p["met"])))
else:
    rows += [("open a case", *missing), ("locale switch", *missing), ("quick-hide", *missing)]
modes = {x.get("rendering") for x in (s, m, i) if x}
if modes:
    rows.append(("WebKit rendering (src-tauri/src/render.rs)", ", ".join(sorted(modes)), "", ""))

head = ("measure", "value", "goal", "status")
w = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
print(line(head))
print("  ".join("-" * x for x in w))
for r in rows:
    print(line(r))
PY

if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: failed: ${failed[*]} (see $LOG)" >&2
  exit 1
fi
