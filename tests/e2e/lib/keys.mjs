// The calculator's keys as the suites type them, and the test IDs of the
// pad's buttons (Calculator.svelte): digits as themselves, "<" for ⌫ and
// "n" for ±. One table for the WebDriver and Chromium drivers and the UI's
// vitest suite.

const KEY_IDS = {
  "+": "add",
  "-": "sub",
  "*": "mul",
  "/": "div",
  "=": "eq",
  ".": "dot",
  C: "clear",
  "<": "back",
  "%": "pct",
  n: "neg",
};

/** The data-testid of the button for key `c`. */
export function keyTestId(c) {
  return `calc-key-${KEY_IDS[c] ?? c}`;
}
