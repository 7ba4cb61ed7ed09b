#!/usr/bin/env bash
# Runs the WebDriver end-to-end suites (tests/e2e/*.test.mjs) against the
# debug binary target/debug/trygg (build it with `make app`), or another.
#
#   scripts/e2e.sh                          # every suite
#   scripts/e2e.sh tests/e2e/guidance.test.mjs
#
# Starts Xvfb on a free display unless TRYGG_E2E_DISPLAY names one (e.g. :0
# to watch the run). Each app launch starts its own tauri-driver on free
# ports (tests/e2e/lib/driver.mjs says why); their process-group ids are
# written to a pids file so this script can end them if a test process dies.
# On exit it stops only what it (or the suites) started. Exit code = the
# suite's. Logs, profiles and screenshots go to tests/e2e/artifacts/.
#
# Environment: TRYGG_E2E_APP (binary, default target/debug/trygg),
# TRYGG_E2E_DISPLAY, TAURI_DRIVER (default ~/.cargo/bin/tauri-driver),
# TRYGG_E2E_KEEP_PROFILES=1 (keep the app data dirs of a passing run),
# TRYGG_E2E_PUBLISH=0 (leave docs/screenshots/ alone; bench-interaction.sh).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
E2E=tests/e2e
ART=$E2E/artifacts
APP=$(realpath -m "${TRYGG_E2E_APP:-$ROOT/target/debug/trygg}")
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)-$$
LOG_DIR=$ART/logs/$RUN_ID
PIDS_FILE=$ART/run/$RUN_ID.pids

die() { echo "e2e: $*" >&2; exit 2; }

# ---- prerequisites -----------------------------------------------------------
command -v node >/dev/null || die "node not found (Node 20+ needed)"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 20 ] || die "Node 20+ needed, found $(node --version)"
[ -x "$APP" ] || die "$APP not found; build it first: make app"
TAURI_DRIVER=${TAURI_DRIVER:-$(command -v tauri-driver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver")}
[ -x "$TAURI_DRIVER" ] || die "tauri-driver not found; install it: cargo install tauri-driver --locked"
export TAURI_DRIVER
command -v WebKitWebDriver >/dev/null || [ -x /usr/bin/WebKitWebDriver ] ||
  die "WebKitWebDriver not found; install the Debian package webkit2gtk-driver"

if [ $# -gt 0 ]; then SUITES=("$@"); else SUITES=("$E2E"/*.test.mjs); fi
[ -e "${SUITES[0]}" ] || die "no suites found in $E2E"

mkdir -p "$LOG_DIR" "$ART/run" "$ART/screenshots" "$ART/profiles"
# Old runs' leftovers (profiles are kept only when a run fails).
find "$ART/profiles" "$ART/logs" -mindepth 1 -maxdepth 1 -mtime +2 -exec rm -rf {} + 2>/dev/null || true
: >"$PIDS_FILE"

# ---- clean-up: only what this run started -----------------------------------
XVFB_PID= NODE_PID= TAIL_PID= APP_SNAPSHOT=
cleanup() {
  local rc=$?
  if [ -n "$NODE_PID" ] && kill -0 "$NODE_PID" 2>/dev/null; then
    kill -TERM "$NODE_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$NODE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NODE_PID" 2>/dev/null || true
  fi
  [ -z "$TAIL_PID" ] || kill "$TAIL_PID" 2>/dev/null || true
  # Driver process groups the suites started (normally already gone). A
  # group is ended only while its leader is still a tauri-driver, so a
  # recycled id is never touched.
  if [ -s "$PIDS_FILE" ]; then
    while read -r pgid; do
      [ -n "$pgid" ] || continue
      if grep -qs tauri-driver "/proc/$pgid/cmdline"; then
        kill -TERM -- "-$pgid" 2>/dev/null || true
        sleep 0.5
        kill -KILL -- "-$pgid" 2>/dev/null || true
      fi
    done <"$PIDS_FILE"
  fi
  rm -f "$PIDS_FILE"
  [ -z "$APP_SNAPSHOT" ] || rm -f "$APP_SNAPSHOT"
  if [ -n "$XVFB_PID" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- display -----------------------------------------------------------------
if [ -n "${TRYGG_E2E_DISPLAY:-}" ]; then
  export DISPLAY=$TRYGG_E2E_DISPLAY
else
  command -v Xvfb >/dev/null || die "Xvfb not found; install the Debian package xvfb"
  for n in $(seq 90 189); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    # -noreset: keep the pointer where xpointer.mjs parks it (see below).
    Xvfb ":$n" -screen 0 1400x1300x24 -nolisten tcp -noreset >"$LOG_DIR/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 100); do
      [ -S "/tmp/.X11-unix/X$n" ] && break
      kill -0 "$XVFB_PID" 2>/dev/null || break
      sleep 0.05
    done
    if [ -S "/tmp/.X11-unix/X$n" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
      export DISPLAY=":$n"
      break
    fi
    # Lost a race for this display to someone else: try the next one.
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  done
  [ -n "$XVFB_PID" ] || die "could not start Xvfb on any display :90-:189"
  # No window manager: focus follows the pointer, which starts mid-screen,
  # outside a phone-sized window; the app would lose focus and blur-lock.
  node "$E2E/lib/xpointer.mjs" 1 1 || die "could not park the X pointer"
fi

# ---- run -----------------------------------------------------------------------
# The whole run uses one binary even if someone rebuilds target/ meanwhile: a
# hard link (or copy) keeps this version. (A plain `cargo build` replaces it
# with a dev build that loads the Vite dev server; the suites detect that.)
APP_SNAPSHOT=$ROOT/$ART/run/$RUN_ID-$(basename "$APP")
ln "$APP" "$APP_SNAPSHOT" 2>/dev/null || cp "$APP" "$APP_SNAPSHOT"
echo "e2e: run $RUN_ID, display $DISPLAY, app $APP ($(date -u -r "$APP" +%FT%TZ))"
echo "e2e: logs in $LOG_DIR"
# The binary the snapshot was taken of: its path tells the timing figures
# the kind of build (tests/e2e/lib/metrics.mjs), which the snapshot's hides.
export TRYGG_E2E_APP_SOURCE=$APP
export TRYGG_E2E_RUN_ID=$RUN_ID TRYGG_E2E_PIDS_FILE=$ROOT/$PIDS_FILE TRYGG_E2E_APP=$APP_SNAPSHOT
START=$(date +%s)
# The suite runs in the background so a TERM/INT reaches the traps at once
# (bash runs traps only between foreground commands); tail shows its output.
: >"$LOG_DIR/suite.tap"
node --test --test-concurrency=1 --test-reporter=tap --test-reporter-destination=stdout "${SUITES[@]}" \
  >>"$LOG_DIR/suite.tap" 2>&1 &
NODE_PID=$!
tail -s 0.1 -n +1 --pid="$NODE_PID" -f "$LOG_DIR/suite.tap" &
TAIL_PID=$!
set +e
wait "$NODE_PID"
rc=$?
NODE_PID=
wait "$TAIL_PID"
TAIL_PID=
set -e
echo "e2e: finished in $(($(date +%s) - START)) s with exit code $rc"

if [ "$rc" -eq 0 ] && [ "${TRYGG_E2E_KEEP_PROFILES:-0}" != 1 ]; then
  rm -rf "${ART:?}/profiles/$RUN_ID"
fi
exit "$rc"
