# Shared by scripts/bench-{startup,memory,size}.sh; source it, do not run it.
#
# Environment:
#   CARGO_TARGET_DIR   where release builds go (default: target/)
#   TRYGG_BENCH_BUILT  set to 1 to skip the builds (scripts/bench.sh builds
#                      once, then sets it for the three scripts)
#   TRYGG_BENCH_DISPLAY  an X display to use instead of starting Xvfb
#
# Results go to $BENCH_OUT (default $CARGO_TARGET_DIR/bench) as small JSON
# files that scripts/bench.sh turns into its table.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET_DIR=$(realpath -m "${CARGO_TARGET_DIR:-$ROOT/target}")
TRYGG_BIN=$TARGET_DIR/release/trygg
BARE_BIN=$TARGET_DIR/release/bare-shell
SEED_BIN=$TARGET_DIR/release/examples/seed_vault
BENCH_OUT=${BENCH_OUT:-$TARGET_DIR/bench}
RESULTS=$BENCH_OUT/results
# The made-up vault's passcode (benchmarks only; the content is invented).
BENCH_PASSCODE=${BENCH_PASSCODE:-602914378155}
BENCH_CASES=${BENCH_CASES:-1000}
mkdir -p "$RESULTS"

bench_die() { echo "bench: $*" >&2; exit 2; }

# Builds the UI, then Trygg and the bare shell in release (root Cargo.toml's
# release profile: LTO, one codegen unit, abort, stripped).
bench_build() {
  if [ "${TRYGG_BENCH_BUILT:-0}" = 1 ] && [ -x "$TRYGG_BIN" ] && [ -x "$BARE_BIN" ]; then
    return 0
  fi
  echo "bench: building the UI and the release binaries" >&2
  npm --prefix "$ROOT/ui" run build >&2
  (cd "$ROOT" && cargo build --release -p trygg-app --bin trygg -p trygg-bare-shell --bin bare-shell) >&2
  export TRYGG_BENCH_BUILT=1
}

# Prints the folder of a seeded template vault of $BENCH_CASES cases,
# (re)making it when missing or older than the seeding example. Runs copy
# it; nobody writes to the template itself.
bench_vault_template() {
  (cd "$ROOT" && cargo build --release -p trygg --example seed_vault) >&2
  local dir=$BENCH_OUT/vault-$BENCH_CASES
  if [ ! -s "$dir/store.db" ] || [ "$SEED_BIN" -nt "$dir/store.db" ]; then
    echo "bench: seeding a vault of $BENCH_CASES cases" >&2
    local tmp
    tmp=$(mktemp -d "$BENCH_OUT/vault-seeding.XXXXXX")
    "$SEED_BIN" "$tmp" "$BENCH_PASSCODE" "$BENCH_CASES" >&2
    rm -rf "$dir"
    mv "$tmp" "$dir"
  fi
  printf '%s\n' "$dir"
}

# Starts an own Xvfb on a free display (unless TRYGG_BENCH_DISPLAY names
# one) and exports DISPLAY. bench_stop_xvfb ends only that Xvfb.
BENCH_XVFB_PID=
bench_start_xvfb() {
  if [ -n "${TRYGG_BENCH_DISPLAY:-}" ]; then
    export DISPLAY=$TRYGG_BENCH_DISPLAY
    return 0
  fi
  command -v Xvfb >/dev/null || bench_die "Xvfb not found; install the Debian package xvfb"
  local n
  for n in $(seq 120 219); do
    { [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; } && continue
    Xvfb ":$n" -screen 0 1400x1300x24 -nolisten tcp -noreset >"$BENCH_OUT/xvfb.log" 2>&1 &
    BENCH_XVFB_PID=$!
    for _ in $(seq 1 100); do
      [ -S "/tmp/.X11-unix/X$n" ] && break
      kill -0 "$BENCH_XVFB_PID" 2>/dev/null || break
      sleep 0.05
    done
    if [ -S "/tmp/.X11-unix/X$n" ] && kill -0 "$BENCH_XVFB_PID" 2>/dev/null; then
      export DISPLAY=":$n"
      # No window manager: focus follows the pointer; keep it on the window.
      node "$ROOT/tests/e2e/lib/xpointer.mjs" 1 1 >/dev/null 2>&1 || true
      return 0
    fi
    kill "$BENCH_XVFB_PID" 2>/dev/null || true
    wait "$BENCH_XVFB_PID" 2>/dev/null || true
    BENCH_XVFB_PID=
  done
  bench_die "could not start Xvfb on any display :120-:219"
}

bench_stop_xvfb() {
  if [ -n "$BENCH_XVFB_PID" ]; then
    kill "$BENCH_XVFB_PID" 2>/dev/null || true
    wait "$BENCH_XVFB_PID" 2>/dev/null || true
    BENCH_XVFB_PID=
  fi
}

# Both apps draw the same way in every comparison. BENCH_RENDERING picks it:
#   auto (default)  what Trygg itself chooses on this machine: Skia on the
#                   CPU when there is no GPU render node (/dev/dri/renderD*),
#                   WebKit's default (GPU) otherwise; see src-tauri/src/render.rs
#   cpu | gpu       that mode, for both
# Exports WEBKIT_SKIA_ENABLE_CPU_RENDERING (1 or 0) for both apps and
# BENCH_RENDERING_USED (cpu or gpu) for the results.
bench_rendering_env() {
  local mode=${BENCH_RENDERING:-auto}
  if [ "$mode" = auto ]; then
    mode=gpu
    local node found=0
    for node in /dev/dri/renderD*; do
      [ -r "$node" ] && found=1
    done
    [ "$found" = 1 ] || mode=cpu
  fi
  case $mode in
    cpu) export WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 ;;
    gpu) export WEBKIT_SKIA_ENABLE_CPU_RENDERING=0 ;;
    *) bench_die "BENCH_RENDERING must be auto, cpu or gpu (not $mode)" ;;
  esac
  export BENCH_RENDERING_USED=$mode
  echo "bench: both apps draw with Skia on the $mode (BENCH_RENDERING=${BENCH_RENDERING:-auto})" >&2
}
