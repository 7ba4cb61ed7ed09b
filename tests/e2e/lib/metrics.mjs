// Writes a timing figure of an end-to-end run to artifacts/metrics/<name>.json
// (scripts/bench-interaction.sh gathers them), with what it was measured on:
// the build (debug for `make test`, release for `make bench`) and
// how WebKit drew (Skia on the CPU or the GPU; src-tauri/src/render.rs).

import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { APP_BIN, ARTIFACTS } from "./paths.mjs";

export const METRICS = join(ARTIFACTS, "metrics");

/** "release" when the binary under test is a release build, else "debug". */
export function buildKind() {
  // scripts/e2e.sh runs a snapshot and names the binary it was taken of.
  const source = process.env.TRYGG_E2E_APP_SOURCE ?? APP_BIN;
  return /[\\/]release[\\/]/.test(source) ? "release" : "debug";
}

/** The rendering mode the app picks here: the same rule as render.rs. */
export function renderingMode() {
  const set = process.env.WEBKIT_SKIA_ENABLE_CPU_RENDERING;
  if (set !== undefined) return set === "0" ? "gpu" : "cpu";
  const dri = "/dev/dri";
  const node = existsSync(dri) && readdirSync(dri).some((n) => n.startsWith("renderD"));
  return node ? "gpu" : "cpu";
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Writes `metric` (an object) as <name>.json with build, rendering and time added. */
export function writeMetric(name, metric) {
  mkdirSync(METRICS, { recursive: true });
  const full = {
    ...metric,
    build: buildKind(),
    rendering: renderingMode(),
    app: basename(APP_BIN),
    recorded: new Date().toISOString(),
  };
  writeFileSync(join(METRICS, `${name}.json`), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}
