import { describe, expect, it } from "vitest";
import { display } from "./calculator";
import { CoverInput, HOLD_MS } from "./cover-input";
import type { Key } from "./calculator";

const KEYS: Key[] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "-", "*", "/", ".", "=", "C", "back", "%", "neg"];

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Touch {
  key: Key;
  /** How long the key is held, ms. */
  holdMs: number;
  /** Keyboard (acts on key-down) or pointer (acts on release, as a click). */
  via: "pointer" | "keyboard";
}

/**
 * Plays touches through the cover input the way Calculator.svelte drives
 * it: down, a timer check at HOLD_MS while still held, up, and the key's
 * action (on release for a pointer, on key-down for the keyboard). Returns
 * every code the input asked to try.
 */
function play(touches: Touch[], input = new CoverInput()): string[] {
  const tried: string[] = [];
  let t = 0;
  for (const { key, holdMs, via } of touches) {
    input.down(key, t);
    if (via === "keyboard") input.press(key);
    // The timer the component sets at down fires HOLD_MS later, if still held.
    if (holdMs >= HOLD_MS) {
      const code = input.due(t + HOLD_MS);
      if (code !== null) tried.push(code);
    }
    // Anything polling in between (a late timer) must not fire early either.
    const early = input.due(t + Math.min(holdMs, HOLD_MS - 1));
    if (early !== null) tried.push(early);
    t += holdMs;
    input.up();
    if (via === "pointer") input.press(key);
    t += 40;
  }
  return tried;
}

/** Innocent play: any key, any order and amount; "=" is tapped or held briefly, other keys held for any time. */
function innocent(random: () => number): Touch[] {
  const n = 1 + Math.floor(random() * 60);
  const out: Touch[] = [];
  for (let i = 0; i < n; i++) {
    // Digits more often than not, like a child hammering numbers.
    const key: Key =
      random() < 0.55 ? (String(Math.floor(random() * 10)) as Key) : (KEYS[Math.floor(random() * KEYS.length)] ?? "C");
    const long = random() < 0.1;
    const holdMs =
      key === "="
        ? Math.floor(random() * (HOLD_MS - 1)) // up to just below the act
        : long
          ? Math.floor(random() * 10_000) // other keys: held as long as you like
          : 30 + Math.floor(random() * 300);
    out.push({ key, holdMs, via: random() < 0.3 ? "keyboard" : "pointer" });
  }
  return out;
}

const typed = (code: string, via: Touch["via"] = "pointer"): Touch[] =>
  [...code].map((c) => ({ key: c as Key, holdMs: 80, via }));

describe("the deliberate act: the code, then = held down", () => {
  it("opens with the code and a long press on =, by pointer or keyboard", () => {
    for (const via of ["pointer", "keyboard"] as const) {
      expect(play([{ key: "C", holdMs: 80, via }, ...typed("4711081542", via), { key: "=", holdMs: HOLD_MS + 200, via }])).toEqual([
        "4711081542",
      ]);
    }
  });

  it("a tap on = after the code tries nothing, and the display shows the number", () => {
    const input = new CoverInput();
    expect(play([...typed("4711081542"), { key: "=", holdMs: 120, via: "pointer" }], input)).toEqual([]);
    expect(display(input.calc)).toBe("4711081542");
  });

  it("a hold just short of the time tries nothing", () => {
    expect(play([...typed("4711081542"), { key: "=", holdMs: HOLD_MS - 1, via: "pointer" }])).toEqual([]);
  });

  it("one hold tries at most once, however long it lasts", () => {
    const input = new CoverInput();
    for (const c of "4711081542") input.press(c as Key);
    input.down("=", 0);
    expect(input.due(HOLD_MS)).toBe("4711081542");
    expect(input.due(HOLD_MS * 5)).toBeNull();
  });

  it("another key pressed during the hold, or a release, ends it", () => {
    const input = new CoverInput();
    for (const c of "4711081542") input.press(c as Key);
    input.down("=", 0);
    input.down("5", 500);
    expect(input.due(HOLD_MS + 600)).toBeNull();
    input.down("=", 2000);
    input.up();
    expect(input.due(4000)).toBeNull();
  });

  it("a long press on = after a sum or a short number tries nothing", () => {
    for (const seq of ["12+3", "12345", "123456+1", "1234567.5", "123456%", "5+123456", ""]) {
      const touches: Touch[] = [...seq].map((c) => ({ key: c as Key, holdMs: 80, via: "pointer" }));
      expect(play([...touches, { key: "=", holdMs: HOLD_MS + 500, via: "pointer" }]), seq).toEqual([]);
    }
  });

  it("10,000 random innocent key sequences never try a code", () => {
    const random = rng(0x7a11);
    let touches = 0;
    let tried = 0;
    let longNumbers = 0;
    for (let i = 0; i < 10_000; i++) {
      const seq = innocent(random);
      touches += seq.length;
      const input = new CoverInput();
      tried += play(seq, input).length;
      if (display(input.calc).replace(/[^0-9]/g, "").length >= 6) longNumbers++;
    }
    expect(tried).toBe(0);
    // The generator really does produce the play that used to cost attempts.
    expect(touches).toBeGreaterThan(200_000);
    expect(longNumbers).toBeGreaterThan(1_000);
  });

  it("the same generator with one real act at the end tries exactly that code", () => {
    const random = rng(0xbeef);
    for (let i = 0; i < 500; i++) {
      const seq = [...innocent(random), { key: "C" as Key, holdMs: 60, via: "pointer" as const }, ...typed("27182818"), { key: "=" as Key, holdMs: HOLD_MS + 10, via: "pointer" as const }];
      expect(play(seq)).toEqual(["27182818"]);
    }
  });
});
