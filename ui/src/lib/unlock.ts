// Unlocking from a cover (the calculator's deliberate act, or the code
// screen's submit), and where that leads. One place, so both covers behave
// the same:
// - the right code opens the app, but only if nothing hid the app while
//   the key was being derived (~0.7 s): a blur, the page going to the
//   background, the shell's lock. Then the vault is locked again and the
//   cover stays, so whoever stands at the device now finds nothing open.
// - a wrong code, a wait or a wipe is a refusal: the cover stays a cover.
// - no vault on the device (wiped earlier, file missing): the set-up.
// - a vault that cannot be read (damaged, newer format, another Trygg
//   running): the problem screen with the translated error.
// Set-up and the problem screen are reached only this way, never at start.
import { IpcError, vaultApi } from "./ipc";
import { session } from "./session.svelte";

export type UnlockOutcome =
  | { kind: "opened" }
  /** Hidden during the key derivation: locked again, still on the cover. */
  | { kind: "interrupted" }
  /** Wrong code, a wait, or the vault just wiped itself. */
  | { kind: "refused"; error: IpcError }
  /** Set-up or the problem screen is shown instead. */
  | { kind: "elsewhere" };

/** Answers that keep the cover up: nothing about them is shown on the calculator. */
const REFUSALS = new Set(["wrong_passcode", "backoff", "wiped", "unlock_interrupted", "invalid_input"]);

function inFront(): boolean {
  if (typeof document === "undefined") return true;
  return document.visibilityState !== "hidden" && document.hasFocus();
}

export async function unlockFromCover(code: string): Promise<UnlockOutcome> {
  const hides = session.hides;
  try {
    await vaultApi.unlock(code);
  } catch (e) {
    const error = e instanceof IpcError ? e : new IpcError({ code: "internal", message: "", details: null });
    if (error.code === "unlock_interrupted") return { kind: "interrupted" };
    if (REFUSALS.has(error.code)) return { kind: "refused", error };
    if (error.code === "not_initialised") session.showSetup();
    else session.showProblem(error);
    return { kind: "elsewhere" };
  }
  if (session.hides !== hides || !inFront() || session.screen !== "cover") {
    void vaultApi.lock().catch(() => undefined);
    return { kind: "interrupted" };
  }
  session.open();
  return { kind: "opened" };
}
