// Which screen the app shows, and the one place that drops everything
// decrypted when the app hides or locks.
//
// Discretion (threat model point 1: a look over the shoulder, a grab of the
// unlocked tablet):
// - `hide()` shows the neutral cover in the same frame: screen = cover, every
//   registered drop function runs, `flushSync()` writes the DOM before
//   returning, so no decrypted text is left in the document. Only then is the
//   vault locked and the navigation history replaced.
// - `arm()` (called once by QuickHide.svelte) listens for the quick-hide
//   shortcuts (Shift three times within 2 s, Escape twice within 1 s, a
//   two-finger double tap), for input that resets the idle timer, for window
//   blur / visibility hidden / pagehide, and for the shell's
//   "trygg://locked" event. All of these hide only while the app is open.
// - Idle lock: after `idleLockSecs` (the `idle_lock_secs` setting, 30–900 s)
//   without pointer, key, touch or wheel input, the app hides.
//
// Test-only hooks on `window` (no case data, ever):
// - `__tryggHideTimes`: the last 200 quick-hide latencies in ms, from the
//   trigger to the animation frame after the cover was written.
// - `__tryggIdleOverrideMs`: if set, the idle timer uses this many ms instead
//   of the setting (whose minimum, 30 s, is too slow for the e2e suite). It
//   is read whenever the timer is (re)scheduled. Never set by the app.
import { flushSync } from "svelte";
import { listen } from "@tauri-apps/api/event";
import { setLockedHandler, vaultApi, type CoverKind, type Settings } from "./ipc";

export type Screen = "loading" | "cover" | "setup" | "open";
export type View = "guidance" | "cases" | "person" | "review" | "settings";

declare global {
  interface Window {
    /** Test-only: recent quick-hide latencies (ms). */
    __tryggHideTimes?: number[];
    /** Test-only: idle-lock timeout in ms, overriding the setting. */
    __tryggIdleOverrideMs?: number;
  }
}

/** The event the shell emits when it locked the vault on its own (focus lost, suspend). */
export const LOCKED_EVENT = "trygg://locked";
/** Shift pressed this many times within SHIFT_WINDOW_MS hides (as GOV.UK's exit-this-page). */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;
/** Escape pressed this many times within ESCAPE_WINDOW_MS hides. */
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;
/** Two two-finger taps within this many ms hide. */
export const TWO_FINGER_WINDOW_MS = 500;
/** How many hide latencies are kept for the e2e suite. */
export const HIDE_TIMES_KEPT = 200;
export const IDLE_MIN_SECS = 30;
export const IDLE_MAX_SECS = 900;
export const IDLE_DEFAULT_SECS = 120;

const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "touchstart", "wheel"] as const;

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

function clampIdle(secs: number): number {
  if (!Number.isFinite(secs)) return IDLE_DEFAULT_SECS;
  return Math.min(IDLE_MAX_SECS, Math.max(IDLE_MIN_SECS, Math.round(secs)));
}

/** Counts presses of one key; `hit()` is true when `times` fell within `windowMs`. */
class PressCounter {
  private stamps: number[] = [];
  constructor(
    private readonly times: number,
    private readonly windowMs: number,
  ) {}
  hit(at: number): boolean {
    this.stamps = this.stamps.filter((t) => at - t <= this.windowMs);
    this.stamps.push(at);
    if (this.stamps.length >= this.times) {
      this.stamps = [];
      return true;
    }
    return false;
  }
  reset() {
    this.stamps = [];
  }
}

class Session {
  #screen = $state<Screen>("loading");
  view = $state<View>("guidance");
  /** Which cover to show; `coverKnown` once the settings have been read. */
  cover = $state<CoverKind>("calculator");
  coverKnown = $state(false);
  /** Idle lock after this many seconds without input. */
  idleLockSecs = $state(IDLE_DEFAULT_SECS);

  private droppers = new Set<() => void>();
  private arms = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastInput = 0;
  private shift = new PressCounter(SHIFT_PRESSES, SHIFT_WINDOW_MS);
  private escape = new PressCounter(ESCAPE_PRESSES, ESCAPE_WINDOW_MS);
  private lastTwoFingerTap = -Infinity;
  private unlistenLocked: (() => void) | null = null;

  get screen(): Screen {
    return this.#screen;
  }

  /** Setting the screen also starts the idle timer on entering the open app
   *  and stops it on leaving. */
  set screen(next: Screen) {
    const was = this.#screen;
    this.#screen = next;
    if (next === "open" && was !== "open") this.opened();
    if (next !== "open") this.stopIdle();
  }

  /** Registers a function that forgets decrypted data held by the UI. */
  onDrop(fn: () => void): () => void {
    this.droppers.add(fn);
    return () => this.droppers.delete(fn);
  }

  /** Enters the unlocked app at its first view (after unlock or setup). */
  open() {
    this.view = "guidance";
    this.screen = "open";
  }

  /** Takes the non-sensitive settings the UI acts on (cover kind, idle lock). */
  applySettings(s: Pick<Settings, "cover" | "idle_lock_secs">) {
    this.cover = s.cover === "passcode" ? "passcode" : "calculator";
    this.coverKnown = true;
    this.idleLockSecs = clampIdle(s.idle_lock_secs);
    if (this.#screen === "open") this.startIdle();
  }

  /** Shows the cover in this frame, drops decrypted data, then locks. */
  hide() {
    mark("hide-start");
    this.screen = "cover";
    this.view = "guidance";
    for (const drop of this.droppers) {
      try {
        drop();
      } catch {
        // One failing drop must not keep the others (or the cover) from running.
      }
    }
    if (typeof document !== "undefined") {
      const active = document.activeElement;
      if (active instanceof HTMLElement) active.blur();
      window.getSelection?.()?.removeAllRanges();
    }
    flushSync();
    this.shift.reset();
    this.escape.reset();
    replaceHistory();
    void vaultApi.lock().catch(() => undefined);
    measureWhenPainted();
  }

  /** Hides only from the open app (the cover and set-up hold nothing to hide). */
  hideIfOpen = () => {
    if (this.#screen === "open") this.hide();
  };

  /**
   * Installs the quick-hide, idle, blur and shell-lock listeners. Returns the
   * function that removes them. Reference-counted, so two callers are fine.
   */
  arm(): () => void {
    if (typeof window === "undefined") return () => undefined;
    this.arms++;
    if (this.arms === 1) {
      window.addEventListener("keydown", this.onKeyDown, true);
      window.addEventListener("touchstart", this.onTouchStart, { capture: true, passive: true });
      for (const t of ACTIVITY_EVENTS) {
        window.addEventListener(t, this.noteInput, { capture: true, passive: true });
      }
      window.addEventListener("blur", this.hideIfOpen);
      window.addEventListener("pagehide", this.hideIfOpen);
      document.addEventListener("visibilitychange", this.onVisibility);
      window.addEventListener("popstate", this.onPopState);
      void this.listenForShellLock();
      if (this.#screen === "open") this.startIdle();
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.arms--;
      if (this.arms === 0) this.disarm();
    };
  }

  private disarm() {
    window.removeEventListener("keydown", this.onKeyDown, true);
    window.removeEventListener("touchstart", this.onTouchStart, true);
    for (const t of ACTIVITY_EVENTS) window.removeEventListener(t, this.noteInput, true);
    window.removeEventListener("blur", this.hideIfOpen);
    window.removeEventListener("pagehide", this.hideIfOpen);
    document.removeEventListener("visibilitychange", this.onVisibility);
    window.removeEventListener("popstate", this.onPopState);
    if (this.unlistenLocked) safeUnlisten(this.unlistenLocked);
    this.unlistenLocked = null;
    this.stopIdle();
  }

  private async listenForShellLock() {
    // Outside Tauri (plain vitest) there is no event system: nothing to hear.
    if (!("__TAURI_INTERNALS__" in window)) return;
    try {
      const unlisten = await listen(LOCKED_EVENT, () => this.hideIfOpen());
      if (this.arms === 0) safeUnlisten(unlisten);
      else this.unlistenLocked = unlisten;
    } catch {
      // No event plugin (tests with a bare mock): the window listeners still hide.
    }
  }

  private opened() {
    if (this.arms === 0) return;
    this.startIdle();
    // Refresh the idle time and cover kind; the defaults stand if this fails.
    void vaultApi
      .getSettings()
      .then((s) => this.applySettings(s))
      .catch(() => undefined);
  }

  private onKeyDown = (e: KeyboardEvent) => {
    if (this.#screen !== "open" || e.repeat) return;
    const at = now();
    if (e.key === "Shift") {
      this.escape.reset();
      if (this.shift.hit(at)) this.hide();
    } else if (e.key === "Escape") {
      this.shift.reset();
      if (this.escape.hit(at)) {
        e.preventDefault();
        this.hide();
      }
    } else {
      // Shift+letter while typing is not the shortcut.
      this.shift.reset();
      this.escape.reset();
    }
  };

  private onTouchStart = (e: TouchEvent) => {
    if (this.#screen !== "open" || e.touches.length !== 2) return;
    const at = now();
    if (at - this.lastTwoFingerTap <= TWO_FINGER_WINDOW_MS) {
      this.lastTwoFingerTap = -Infinity;
      this.hide();
    } else {
      this.lastTwoFingerTap = at;
    }
  };

  private onVisibility = () => {
    if (document.visibilityState === "hidden") this.hideIfOpen();
  };

  private onPopState = () => {
    // Back/forward never leads out of the cover: the app keeps no state in
    // the history, and the entry is replaced again.
    if (this.#screen !== "open") replaceHistory();
  };

  private noteInput = () => {
    this.lastInput = now();
  };

  private idleMs(): number {
    const o = typeof window !== "undefined" ? window.__tryggIdleOverrideMs : undefined;
    if (typeof o === "number" && Number.isFinite(o) && o > 0) return o;
    return clampIdle(this.idleLockSecs) * 1000;
  }

  /** (Re)starts the idle timer from now. */
  private startIdle() {
    if (this.arms === 0) return;
    this.lastInput = now();
    this.scheduleIdle(this.idleMs());
  }

  private scheduleIdle(ms: number) {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.idleCheck(), ms);
  }

  private idleCheck() {
    this.idleTimer = null;
    if (this.#screen !== "open") return;
    const left = this.idleMs() - (now() - this.lastInput);
    if (left <= 0) this.hide();
    else this.scheduleIdle(left);
  }

  private stopIdle() {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** Unlistening must not throw into a teardown (it can, under test mocks). */
function safeUnlisten(unlisten: () => unknown) {
  try {
    const r = unlisten();
    if (r instanceof Promise) r.catch(() => undefined);
  } catch {
    // Nothing more to undo.
  }
}

function mark(name: string) {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") {
    try {
      performance.mark(name);
    } catch {
      // Timing is instrumentation only.
    }
  }
}

/** After the cover is written, the next animation frame records the latency. */
function measureWhenPainted() {
  if (typeof window === "undefined" || typeof window.requestAnimationFrame !== "function") return;
  window.requestAnimationFrame(() => {
    if (typeof performance === "undefined" || typeof performance.measure !== "function") return;
    try {
      performance.mark("hide-painted");
      const m = performance.measure("hide", "hide-start", "hide-painted");
      const times = (window.__tryggHideTimes ??= []);
      times.push(m.duration);
      if (times.length > HIDE_TIMES_KEPT) times.splice(0, times.length - HIDE_TIMES_KEPT);
      performance.clearMarks("hide-start");
      performance.clearMarks("hide-painted");
      performance.clearMeasures("hide");
    } catch {
      // A missing mark (two hides in one frame) only loses one sample.
    }
  });
}

/** Replaces the current history entry so Back cannot return to what was shown. */
function replaceHistory() {
  if (typeof history === "undefined" || typeof location === "undefined") return;
  try {
    history.replaceState(null, "", location.pathname + location.search);
  } catch {
    // Some embedders forbid it; the app keeps no view in the history anyway.
  }
}

export const session = new Session();
// A command that finds the vault locked while the app is open hides it.
setLockedHandler(() => session.hideIfOpen());
