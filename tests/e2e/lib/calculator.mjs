// The calculator cover as a finger uses it, for the suites that drive it:
// taps, the deliberate act (the code, then "=" held down), the display.
// Plus `invoke`, to ask the shell something from the page as the UI would.

import { EQUALS_HOLD_MS } from "./app.mjs";
import { keyTestId } from "./keys.mjs";
import { clean } from "./ui.mjs";

/** Taps calculator keys like a finger would (WebDriver clicks). */
export async function tap(session, seq) {
  for (const c of seq) {
    const el = await session.find(`[data-testid=${keyTestId(c)}]`);
    await el.click();
  }
}

/** The deliberate act: C, the code's digits, then "=" held down. */
export async function act(session, code) {
  await tap(session, `C${code}`);
  await (await session.find("[data-testid=calc-key-eq]")).hold(EQUALS_HOLD_MS);
}

/** What the calculator's display shows. */
export async function display(session) {
  return clean(await (await session.find("[data-testid=calc-display]")).text());
}

/** Runs a shell command from the page, as the UI would; returns {ok} or {err}. */
export function invoke(session, cmd, args = {}) {
  return session.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
       .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: e }));`,
    cmd,
    args,
  );
}
