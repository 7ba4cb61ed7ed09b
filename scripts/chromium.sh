#!/usr/bin/env bash
# Runs the built UI in headless Debian Chromium with the Tauri shell mocked
# (tests/chromium/*.test.mjs): Chromium is the engine of Android's WebView
# and Windows' WebView2, so breakage there shows before a mobile build.
#
#   scripts/chromium.sh                             # every suite
#   scripts/chromium.sh tests/chromium/cover.test.mjs
#
# Installs what is missing (Debian's chromium, the suite's npm packages,
# the UI's if absent), builds the UI into tests/chromium/dist (never
# ui/dist, which the app embeds), then runs the suites with node's test
# runner. No browser is downloaded: playwright-core drives /usr/bin/chromium.
# Screenshots go to tests/chromium/artifacts/.
#
# Environment: TRYGG_CHROMIUM (browser, default /usr/bin/chromium),
# TRYGG_CHROMIUM_SKIP_BUILD=1 (reuse the last build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SUITE=tests/chromium
DIST=$ROOT/$SUITE/dist
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TRYGG_CHROMIUM=${TRYGG_CHROMIUM:-/usr/bin/chromium}
export TRYGG_CHROMIUM_DIST=$DIST

die() { echo "chromium: $*" >&2; exit 2; }

command -v node >/dev/null || die "node not found (Node 20+ needed)"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || die "Node 20+ needed, found $(node --version)"

# ---- the browser: Debian's package --------------------------------------------
if [ ! -x "$TRYGG_CHROMIUM" ]; then
  [ "$TRYGG_CHROMIUM" = /usr/bin/chromium ] || die "$TRYGG_CHROMIUM not found"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "chromium: installing the Debian package chromium"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# ---- npm packages: npm ci only when the lock file changed (as setup.sh) -------
for dir in ui "$SUITE"; do
  stamp="$dir/node_modules/.trygg-lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    echo "chromium: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    mkdir -p "$dir/node_modules"
    cp "$dir/package-lock.json" "$stamp"
  fi
done

# ---- the UI, built apart from ui/dist -----------------------------------------
START=$(date +%s)
if [ "${TRYGG_CHROMIUM_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$DIST/index.html" ]; then
  echo "chromium: building the UI into $SUITE/dist"
  (cd ui && npm exec --no -- vite build --outDir "$DIST" --emptyOutDir --logLevel error)
fi
BUILT=$(date +%s)

# ---- run ------------------------------------------------------------------------
if [ $# -gt 0 ]; then SUITES=("$@"); else SUITES=("$SUITE"/*.test.mjs); fi
[ -e "${SUITES[0]}" ] || die "no suites found in $SUITE"
mkdir -p "$SUITE/artifacts"
# Each file starts its own browser, and all files run at once: a flow
# spends most of its time waiting on the page, so on two cores this halves
# the run.
set +e
node --test --test-concurrency="${#SUITES[@]}" --test-reporter=spec "${SUITES[@]}"
rc=$?
set -e
echo "chromium: build $((BUILT - START)) s, suites $(($(date +%s) - BUILT)) s, exit code $rc"
exit "$rc"
