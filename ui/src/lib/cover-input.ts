// The calculator cover's input: the arithmetic (./calculator.ts) plus the
// one deliberate act that tries a passcode.
//
// The act: type the code (digits only since the last C or "="), then hold
// "=" down for HOLD_MS. A tap on "=" only calculates, whatever came before,
// so a child playing with the calculator (sums, long numbers, "=", C, ⌫, %,
// ±, in any order and amount) never makes an attempt, never starts a wait
// and never wipes anything. Holding a key for 1.5 s is not something anyone
// does by chance on a calculator: no calculator gives a long press on "="
// a meaning, and auto-repeat of a held key is ignored here (see `down`).
//
// Holding "=" ends early, and tries nothing, if the key is released, the
// pointer leaves it or is cancelled, or any other key goes down. What the
// display shows never changes because of the hold: the "=" calculates as a
// tap would, when it is released (pointer) or pressed (keyboard).
//
// The component calls `down`/`up` from pointer and key events, `press` from
// the key's click (or keydown), and `due` from a timer set HOLD_MS after
// `down`; `due` returns the code to try at most once per hold.

import { initial, step, unlockCandidate, type CalcState, type Key } from "./calculator";

/** How long "=" must be held, in ms, for the typed code to be tried. */
export const HOLD_MS = 1500;

export class CoverInput {
  calc: CalcState = initial();
  private hold: { candidate: string | null; since: number } | null = null;

  /** A key went down (a pointer on it, or a keyboard key without repeat). */
  down(key: Key, at: number) {
    this.hold = key === "=" ? { candidate: unlockCandidate(this.calc), since: at } : null;
  }

  /** The key was released, or the pointer left it or was cancelled. */
  up() {
    this.hold = null;
  }

  /** The key acts: the calculator steps. Any key but "=" ends a hold. */
  press(key: Key): CalcState {
    if (key !== "=") this.hold = null;
    this.calc = step(this.calc, key);
    return this.calc;
  }

  /** Clears the calculator, as C does (ends any hold too). */
  clear(): CalcState {
    this.hold = null;
    this.calc = initial();
    return this.calc;
  }

  /** The code to try, once "=" has been held HOLD_MS; null otherwise. */
  due(at: number): string | null {
    if (this.hold === null || at - this.hold.since < HOLD_MS) return null;
    const code = this.hold.candidate;
    this.hold = null;
    return code;
  }
}
