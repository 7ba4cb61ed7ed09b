// The start-up probe (scripts/bench-startup.sh). Only when the shell runs
// with TRYGG_STARTUP_PROBE=1 does it set `window.__TRYGG_PROBE__` before any
// page script runs (src-tauri/src/probe.rs). Then this waits until the first
// screen is drawn (the cover with its kind known, or the set-up screen on
// first use), lets two animation frames pass so that frame has been painted,
// and calls `probe_painted`, which prints the time since process start and
// exits. Without the flag it does nothing at all.
//
// On the way it notes a few marks, in ms since the page's navigation began
// (performance.now()), which the shell prints beside the total so that the
// bench can tell the native start (process start → page) from the page's
// own part: `script` (the start-up bundle runs), `mounted` (the app's first
// render returned), `boot` (the start-up call answered), `screen` (the first screen is in the document), `painted`.
import { invoke } from "@tauri-apps/api/core";

declare global {
  interface Window {
    /** Set by the shell's start-up probe only. */
    __TRYGG_PROBE__?: boolean;
  }
}

const marks: Record<string, number> = {};

function enabled(): boolean {
  return typeof window !== "undefined" && window.__TRYGG_PROBE__ === true;
}

/** Notes a start-up mark (a no-op unless the probe is on). */
export function probeMark(name: string) {
  if (enabled() && !(name in marks)) marks[name] = Math.round(performance.now() * 10) / 10;
}

/** The first screen, once it shows what the user will see. */
export const FIRST_SCREEN =
  '[data-testid="view-setup"], [data-testid="view-cover"]:not([data-cover=""])';

/** Resolves after the frame following the next one (the next is then painted). */
function twoFrames(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/** Resolves as soon as `selector` matches something under `root`. */
function whenPresent(root: ParentNode & Node, selector: string): Promise<void> {
  return new Promise((resolve) => {
    if (root.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** Starts the probe if the shell asked for it; returns whether it did. */
export function startProbe(root: ParentNode & Node): boolean {
  if (!enabled()) return false;
  void whenPresent(root, FIRST_SCREEN)
    .then(() => probeMark("screen"))
    .then(twoFrames)
    .then(() => {
      probeMark("painted");
      return invoke("probe_painted", { marks });
    })
    .catch(() => undefined);
  return true;
}
