#!/usr/bin/env bash
# Runs Trygg's benchmarks and prints one table of medians.
# Criterion writes its estimates to target/criterion/<group>/<bench>/new/estimates.json.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo bench -p trygg --bench vault -- --noplot "$@" >/tmp/trygg-bench.log 2>&1 || {
  tail -40 /tmp/trygg-bench.log; exit 1; }

python3 - <<'PY'
import json, pathlib
root = pathlib.Path("target/criterion")
rows = []
for est in sorted(root.glob("**/new/estimates.json")):
    bench = est.parent.parent.relative_to(root).as_posix()
    median_ns = json.loads(est.read_text())["median"]["point_estimate"]
    rows.append((bench, median_ns))
def fmt(ns):
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns/div:.3g} {unit}"
    return f"{ns:.0f} ns"
w = max((len(b) for b, _ in rows), default=10)
print(f"{'benchmark'.ljust(w)}  median")
print(f"{'-'*w}  ------")
for b, ns in rows:
    print(f"{b.ljust(w)}  {fmt(ns)}")
for m in sorted(pathlib.Path("tests/e2e/artifacts/metrics").glob("*.json")):
    print(f"\n{m.stem} (from the last end-to-end run): {m.read_text().strip()}")
PY
