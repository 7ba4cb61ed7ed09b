#!/usr/bin/env bash
# Size budget: the release binary (LTO, one codegen unit, abort, stripped;
# goal <= 15 MB) and the UI bundle as shipped in ui/dist, JS + CSS each
# gzipped at level 9, fonts and everything else apart (goal <= 120 KB).
# MB and KB are decimal (10^6, 10^3 bytes). Writes
# $BENCH_OUT/results/size.json for scripts/bench.sh.
set -euo pipefail
# shellcheck source=../bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"

BIN_GOAL_BYTES=15000000
UI_GOAL_BYTES=120000

bench_build
DIST=$ROOT/ui/dist
[ -d "$DIST" ] || bench_die "$DIST missing; build the UI: npm --prefix ui run build"

bin_bytes=$(stat -c %s "$TRYGG_BIN")
js_raw=0 js_gz=0 css_raw=0 css_gz=0
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -n -c "$f" | wc -c)
  case $f in
    *.js) js_raw=$((js_raw + raw)) js_gz=$((js_gz + gz)) ;;
    *.css) css_raw=$((css_raw + raw)) css_gz=$((css_gz + gz)) ;;
  esac
done < <(find "$DIST" -type f \( -name '*.js' -o -name '*.css' \) -print0)
ui_gz=$((js_gz + css_gz))
[ "$ui_gz" -gt 0 ] || bench_die "no JS or CSS found in $DIST"

python3 - "$RESULTS/size.json" "$bin_bytes" "$BIN_GOAL_BYTES" "$js_raw" "$js_gz" "$css_raw" "$css_gz" "$UI_GOAL_BYTES" <<'PY'
import json, sys
out = sys.argv[1]
b, bgoal, js_raw, js_gz, css_raw, css_gz, ugoal = map(int, sys.argv[2:])
ui = js_gz + css_gz
res = {"binary_bytes": b, "binary_goal_bytes": bgoal, "binary_met": b <= bgoal,
       "js_bytes": js_raw, "js_gz_bytes": js_gz, "css_bytes": css_raw, "css_gz_bytes": css_gz,
       "ui_gz_bytes": ui, "ui_goal_bytes": ugoal, "ui_met": ui <= ugoal}
json.dump(res, open(out, "w"), indent=1)
mark = lambda ok: "met" if ok else "NOT met"
print(f"release binary      {b/1e6:6.1f} MB ({b:,} bytes)   goal <= {bgoal/1e6:g} MB: {mark(b <= bgoal)}")
print(f"UI bundle gzipped   {ui/1e3:6.1f} KB (JS {js_gz/1e3:.1f} KB of {js_raw/1e3:.1f} KB,"
      f" CSS {css_gz/1e3:.1f} KB of {css_raw/1e3:.1f} KB)   goal <= {ugoal/1e3:g} KB: {mark(ui <= ugoal)}")
PY
