// The cover calculator's arithmetic, as a pure state machine: `step(state,
// key)` returns the next state. A key press never tries a passcode: that
// takes the deliberate act in ./cover-input.ts (the code, then "=" held
// down), which asks `unlockCandidate` what the digits typed so far are.
//
// It behaves like a plain pocket calculator: immediate execution (2 + 3 × 4
// = 20), a repeated `=` repeats the last operation, division by zero is an
// error until the next digit or C, and results are shown rounded to 12
// significant digits so 0.1 + 0.2 shows 0.3.
//
// Unlock candidate (documented for the practitioner in Settings): the digit
// keys typed since the last C or `=`, if nothing but digits was typed in
// between (⌫ may take back the last digit) and there are at least
// MIN_UNLOCK_DIGITS of them. So after "123456" the candidate is 123456;
// after "12+3" or "1.5×2" there is none. The raw key sequence is used, so
// leading zeros count ("007123" is not "7123").

export type Op = "+" | "-" | "*" | "/";
export type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type Key = Digit | Op | "." | "=" | "C" | "back" | "%" | "neg";

/** The shortest digit run that is tried as a passcode (the shell's PIN minimum). */
export const MIN_UNLOCK_DIGITS = 6;
/** Digits accepted in one typed number; more are ignored, as on a real calculator. */
export const MAX_ENTRY_DIGITS = 15;
/** Longest digit run kept for an unlock attempt; longer runs are not tried. */
export const MAX_RUN_DIGITS = 64;
/** Significant digits shown. */
export const DISPLAY_PRECISION = 12;

export interface CalcState {
  /** The number being typed, as typed ("0.10", "-5"); null when showing `value`. */
  entry: string | null;
  /** True when `entry` came from %, or +/- on a result: a digit then starts a new number. */
  computed: boolean;
  /** The value shown when nothing is being typed (the last result). */
  value: number;
  /** The left operand waiting for `op`. */
  acc: number | null;
  op: Op | null;
  /** The last operation done by `=`, repeated by another `=`. */
  repeat: { op: Op; operand: number } | null;
  /** Division by zero or overflow: the display shows the error word. */
  error: boolean;
  /** Digit keys typed since the last C or `=`; null once any other key broke the run. */
  run: string | null;
}

export function initial(): CalcState {
  return {
    entry: null,
    computed: false,
    value: 0,
    acc: null,
    op: null,
    repeat: null,
    error: false,
    run: "",
  };
}

/** A number as the display shows it: at most 12 significant digits, no "-0". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  const r = Number(n.toPrecision(DISPLAY_PRECISION));
  if (r === 0) return "0";
  // Past 15 digits the plain form would show digits that were rounded away.
  return Math.abs(r) >= 1e15 ? r.toExponential() : String(r);
}

/** What the display shows (the caller shows its error word when `state.error`). */
export function display(s: CalcState): string {
  if (s.error) return "";
  return s.entry ?? formatNumber(s.value);
}

function current(s: CalcState): number {
  return s.entry !== null ? Number(s.entry) : s.value;
}

function apply(a: number, op: Op, b: number): number | null {
  let r: number;
  switch (op) {
    case "+":
      r = a + b;
      break;
    case "-":
      r = a - b;
      break;
    case "*":
      r = a * b;
      break;
    case "/":
      if (b === 0) return null;
      r = a / b;
      break;
  }
  return Number.isFinite(r) ? r : null;
}

function errorState(run: string | null): CalcState {
  return { ...initial(), error: true, run };
}

function countDigits(s: string): number {
  let n = 0;
  for (const c of s) if (c >= "0" && c <= "9") n++;
  return n;
}

function isDigit(k: Key): k is Digit {
  return k.length === 1 && k >= "0" && k <= "9";
}

function extendRun(run: string | null, d: Digit): string | null {
  if (run === null) return null;
  return run.length >= MAX_RUN_DIGITS ? null : run + d;
}

/** Starts a new number: keeps a pending operator, otherwise begins a new calculation. */
function startEntry(s: CalcState, entry: string): CalcState {
  if (s.error) return { ...initial(), entry, run: s.run };
  if (s.op === null) return { ...s, acc: null, repeat: null, entry, computed: false };
  return { ...s, entry, computed: false };
}

/** The digits a held "=" would try as the passcode now, or null. */
export function unlockCandidate(s: CalcState): string | null {
  return s.run !== null && s.run.length >= MIN_UNLOCK_DIGITS ? s.run : null;
}

/** The next state after one key. */
export function step(s: CalcState, key: Key): CalcState {
  if (isDigit(key)) {
    const run = extendRun(s.run, key);
    if (s.error || s.entry === null || s.computed) {
      return { ...startEntry(s, key), run };
    }
    const e = s.entry;
    if (countDigits(e) >= MAX_ENTRY_DIGITS) return { ...s, run };
    const entry = e === "0" ? key : e === "-0" ? `-${key}` : e + key;
    return { ...s, entry, run };
  }

  switch (key) {
    case "C":
      return initial();

    case ".": {
      if (s.error || s.entry === null || s.computed) {
        return { ...startEntry(s, "0."), run: null };
      }
      const entry = s.entry.includes(".") ? s.entry : `${s.entry}.`;
      return { ...s, entry, run: null };
    }

    case "back": {
      if (s.error) return initial();
      if (s.entry === null || s.computed) return s;
      let entry = s.entry.slice(0, -1);
      if (entry === "" || entry === "-") entry = "0";
      const run = s.run === null ? null : s.run.slice(0, -1);
      return { ...s, entry, run };
    }

    case "neg": {
      if (s.error) return { ...s, run: null };
      if (s.entry !== null) {
        const entry = s.entry.startsWith("-") ? s.entry.slice(1) : `-${s.entry}`;
        return { ...s, entry, run: null };
      }
      if (s.op !== null) {
        return { ...s, entry: "-0", computed: false, run: null };
      }
      const entry = formatNumber(-s.value);
      return { ...s, entry, computed: true, repeat: null, run: null };
    }

    case "%": {
      if (s.error) return { ...s, run: null };
      const x = current(s);
      // 200 + 10 % adds 10 % of 200; 50 × 10 % multiplies by 0.1.
      const pct =
        s.acc !== null && (s.op === "+" || s.op === "-") ? (s.acc * x) / 100 : x / 100;
      return { ...s, entry: formatNumber(pct), computed: true, run: null };
    }

    case "=": {
      if (s.error) return { ...s, run: "" };
      let next: CalcState;
      if (s.op !== null && s.acc !== null) {
        const rhs = s.entry !== null ? Number(s.entry) : s.acc;
        const r = apply(s.acc, s.op, rhs);
        next =
          r === null
            ? errorState("")
            : { ...initial(), value: r, repeat: { op: s.op, operand: rhs } };
      } else if (s.entry === null && s.repeat !== null) {
        const r = apply(s.value, s.repeat.op, s.repeat.operand);
        next = r === null ? errorState("") : { ...s, value: r };
      } else {
        next = { ...initial(), value: current(s), repeat: s.repeat };
      }
      return { ...next, run: "" };
    }

    default: {
      // An operator.
      const op: Op = key;
      if (s.error) return { ...s, run: null };
      if (s.entry === null && s.op !== null) {
        return { ...s, op, run: null };
      }
      const x = current(s);
      let acc = x;
      if (s.acc !== null && s.op !== null) {
        const r = apply(s.acc, s.op, x);
        if (r === null) return errorState(null);
        acc = r;
      }
      return { ...s, acc, value: acc, op, entry: null, computed: false, repeat: null, run: null };
    }
  }
}

/** The state after a sequence of keys. */
export function pressAll(keys: Iterable<Key>, from: CalcState = initial()): CalcState {
  let s = from;
  for (const k of keys) s = step(s, k);
  return s;
}

/** The calculator key for a keyboard key, or null for keys it ignores. */
export function keyFromKeyboard(key: string): Key | null {
  if (key.length === 1 && key >= "0" && key <= "9") return key as Digit;
  switch (key) {
    case ".":
    case ",":
    case "Decimal":
      return ".";
    case "+":
      return "+";
    case "-":
    case "−":
      return "-";
    case "*":
    case "x":
    case "X":
    case "×":
      return "*";
    case "/":
    case "÷":
      return "/";
    case "=":
    case "Enter":
      return "=";
    case "Escape":
    case "Delete":
    case "Clear":
    case "c":
    case "C":
      return "C";
    case "Backspace":
      return "back";
    case "%":
      return "%";
    default:
      return null;
  }
}
