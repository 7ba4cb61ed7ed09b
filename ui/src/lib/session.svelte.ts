// Which screen the app shows, and the one place that drops everything
// decrypted when the app hides or locks.
//
// Discretion (threat model point 1: a look over the shoulder, a grab of the
// unlocked tablet):
// - `hide()` shows the neutral cover in the same frame: the first thing it
//   does is screen = cover and `flushSync()`, which unmounts the open app and
//   mounts the cover before returning, so no decrypted text is left in the
//   document. Only then do the registered drop functions run, the vault lock
//   and the history replacement (all in the same task).
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
//   trigger event's timeStamp to the first animation-frame callback after
//   the cover was written; `__tryggHideFrameTimes`: the same to the first
//   task after that frame was rendered (see measureWhenPainted).
// - `__tryggIdleOverrideMs`: if set, the idle timer uses this many ms instead
//   of the setting (whose minimum, 30 s, is too slow for the e2e suite). It
//   is read whenever the timer is (re)scheduled. Never set by the app.
import { flushSync } from "svelte";
import { listen } from "@tauri-apps/api/event";
import { dialogOpen } from "./dialog";
import { IDLE_LOCK_SECS } from "./wire/rules";
import {
  IpcError,
  setLockedHandler,
  vaultApi,
  type CoverKind,
  type Settings,
  type VaultStatus,
} from "./ipc";

export type Screen = "loading" | "cover" | "setup" | "problem" | "open";
export type View = "guidance" | "cases" | "person" | "review" | "settings";

declare global {
  interface Window {
    /** Test-only: recent quick-hide latencies (ms), trigger to the frame callback. */
    __tryggHideTimes?: number[];
    /** Test-only: the same, to the first task after that frame was rendered. */
    __tryggHideFrameTimes?: number[];
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
/** An event older than this is not taken as the start of a hide (see triggerTime). */
export const TRIGGER_MAX_AGE_MS = 1000;
export const IDLE_MIN_SECS = IDLE_LOCK_SECS.min;
export const IDLE_MAX_SECS = IDLE_LOCK_SECS.max;
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
  /** Why the vault cannot be used, on the problem screen. */
  problem = $state<IpcError | null>(null);
  /** Set-up was reached from the cover (it then offers a way back). */
  setupFromCover = $state(false);
  /**
   * Rises on every blur, page hide, shell lock and hide, whatever screen is
   * up. An unlock that saw it rise while the key was being derived locks
   * again instead of opening (./unlock.ts).
   */
  hides = 0;

  private droppers = new Set<() => void>();
  private arms = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastInput = 0;
  private shift = new PressCounter(SHIFT_PRESSES, SHIFT_WINDOW_MS);
  private escape = new PressCounter(ESCAPE_PRESSES, ESCAPE_WINDOW_MS);
  private lastTwoFingerTap = -Infinity;
  private unlistenLocked: (() => void) | null = null;
  /** The vault status of the start-up payload, until the first cover takes it. */
  private bootStatus: VaultStatus | null = null;

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

  /** Leaves the loading screen with the start-up payload's settings and
   *  vault status: the cover (its kind known, so it draws at once), or the
   *  set-up on the device's very first start only. A wiped, missing or
   *  unreadable vault (`status` null) still starts on the cover: set-up and
   *  errors are reached only through the cover's deliberate act. */
  start(settings: Pick<Settings, "cover" | "idle_lock_secs">, status: VaultStatus | null) {
    this.applySettings(settings);
    this.bootStatus = status?.initialised ? status : null;
    this.setupFromCover = false;
    this.screen = status?.fresh ? "setup" : "cover";
  }

  /** Set-up, reached from the cover's deliberate act (no vault here). */
  showSetup() {
    this.setupFromCover = true;
    this.screen = "setup";
  }

  /** The problem screen, reached from the cover's deliberate act. */
  showProblem(error: IpcError) {
    this.problem = error;
    this.screen = "problem";
  }

  /** Back to the cover from set-up or the problem screen. */
  backToCover() {
    this.problem = null;
    this.setupFromCover = false;
    this.screen = "cover";
  }

  /** The start-up vault status, once: the first cover needs no second
   *  round trip. Later covers (after a hide) ask the shell afresh. */
  takeBootStatus(): VaultStatus | null {
    const s = this.bootStatus;
    this.bootStatus = null;
    return s;
  }

  /** Takes the non-sensitive settings the UI acts on (cover kind, idle lock). */
  applySettings(s: Pick<Settings, "cover" | "idle_lock_secs">) {
    this.cover = s.cover === "passcode" ? "passcode" : "calculator";
    this.coverKnown = true;
    this.idleLockSecs = clampIdle(s.idle_lock_secs);
    if (this.#screen === "open") this.startIdle();
  }

  /**
   * Hides the open app; `trigger` is the event that asked for it, if any.
   *
   * 1. In this task, before anything else: the screen becomes the cover and
   *    `flushSync()` writes it to the DOM. The open app's subtree is
   *    unmounted (its DOM nodes removed) and the cover mounted, so the next
   *    frame paints the cover and no decrypted text is left in the document.
   *    If that throws, the document is emptied and reloaded (it starts on
   *    the cover), so a broken teardown can never leave the app on screen.
   * 2. Then, still in this task: every registered drop runs (the case store
   *    sends an unsaved edit first, then forgets everything), the vault is
   *    locked (after that save, IPC keeps the order) and the history entry
   *    replaced. This work can delay the frame but never precedes the cover.
   */
  hide(trigger?: Event) {
    const start = triggerTime(trigger);
    this.hides++;
    this.screen = "cover";
    this.view = "guidance";
    try {
      flushSync();
    } catch {
      blankAndReload();
    }
    measureWhenPainted(start);
    for (const drop of this.droppers) {
      try {
        drop();
      } catch {
        // One failing drop must not keep the others (or the lock) from running.
      }
    }
    if (typeof document !== "undefined") {
      // The focused element and any selection went with the open app;
      // make sure nothing of it stays selected or focused.
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body) active.blur();
      window.getSelection?.()?.removeAllRanges();
    }
    this.shift.reset();
    this.escape.reset();
    replaceHistory();
    void vaultApi.lock().catch(() => undefined);
  }

  /** Hides only from the open app (the cover and set-up hold nothing to hide). */
  hideIfOpen = (trigger?: Event) => {
    if (this.#screen === "open") this.hide(trigger);
    else this.hides++;
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
      window.addEventListener("blur", this.onBlur);
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
    window.removeEventListener("blur", this.onBlur);
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
      // A shell event carries no DOM timestamp: the latency counts from here.
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
      if (this.shift.hit(at)) this.hide(e);
    } else if (e.key === "Escape") {
      this.shift.reset();
      if (this.escape.hit(at)) {
        e.preventDefault();
        this.hide(e);
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
      this.hide(e);
    } else {
      this.lastTwoFingerTap = at;
    }
  };

  /** Focus lost: hide, unless it went to a file dialog Trygg opened itself
   *  (the backup's; see ./dialog.ts). The shell makes the same exception. */
  private onBlur = (e: Event) => {
    if (dialogOpen()) return;
    this.hideIfOpen(e);
  };

  private onVisibility = (e: Event) => {
    if (document.visibilityState === "hidden") this.hideIfOpen(e);
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

/**
 * When the hide started: the trigger event's own timeStamp, so the time the
 * event waited in the queue and the handlers before this one count too.
 * Modern engines give event.timeStamp on the performance.now() time line;
 * a value that is not (an old engine's epoch time, a clock mismatch, more
 * than TRIGGER_MAX_AGE_MS back) is not trusted, and the hide counts from now.
 */
function triggerTime(trigger: Event | undefined): number {
  const t = now();
  const ts = trigger?.timeStamp;
  if (typeof ts === "number" && Number.isFinite(ts) && ts > 0 && ts <= t && t - ts <= TRIGGER_MAX_AGE_MS) {
    return ts;
  }
  return t;
}

/**
 * Records how long the hide took, in two figures (test instrumentation for
 * the e2e suite; numbers only, no case data):
 * - `__tryggHideTimes`: from the trigger to the first animation-frame
 *   callback after the DOM change. That callback opens the rendering update
 *   that draws the cover (the cover is in the DOM by then; style, layout
 *   and paint of that frame follow the callback).
 * - `__tryggHideFrameTimes`: to the first task after that rendering update
 *   (a message posted from the frame callback), i.e. once the web process
 *   has laid out and painted the cover. Compositing to the screen happens
 *   after that, outside what a page can observe.
 * Animation frames do not run while the page is hidden; then no sample is
 * taken, which is right (nothing is painted).
 */
function measureWhenPainted(start: number) {
  if (typeof window === "undefined" || typeof window.requestAnimationFrame !== "function") return;
  window.requestAnimationFrame(() => {
    if (typeof window === "undefined") return;
    const frame = now();
    push((window.__tryggHideTimes ??= []), frame - start);
    if (typeof MessageChannel !== "function") return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      // The page can be gone by the time the message comes (a test's
      // window torn down right after a hide).
      if (typeof window === "undefined") return;
      push((window.__tryggHideFrameTimes ??= []), now() - start);
    };
    channel.port2.postMessage(null);
  });
}

function push(times: number[], ms: number) {
  times.push(ms);
  if (times.length > HIDE_TIMES_KEPT) times.splice(0, times.length - HIDE_TIMES_KEPT);
}

/**
 * Last resort if the cover could not be written: no text may stay in the
 * document, whatever state the component tree is in. Reloading starts the
 * app again on the cover (the vault is locked by then or by the shell).
 */
function blankAndReload() {
  if (typeof document === "undefined") return;
  try {
    document.body.replaceChildren();
  } catch {
    // Nothing else can empty it.
  }
  // Reload only once the shell has locked, so the fresh page finds the
  // vault locked too.
  void vaultApi
    .lock()
    .catch(() => undefined)
    .finally(() => {
      try {
        location.reload();
      } catch {
        // The document is empty; the next start shows the cover.
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
setLockedHandler(() => {
  if (session.screen === "open") session.hide();
});
