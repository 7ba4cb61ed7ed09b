import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Calculator from "./Calculator.svelte";
import Cover from "./Cover.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";
import { HOLD_MS } from "../lib/cover-input";
import { keyTestId } from "../../../tests/e2e/lib/keys.mjs";

type Unlock = (passcode: string) => unknown;
let calls: { cmd: string; args: Record<string, unknown> }[] = [];

function ipc(unlock: Unlock, opts: { retryAfter?: number; cover?: string } = {}) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case "vault_status":
        return { initialised: true, unlocked: false, retry_after_secs: opts.retryAfter ?? 0 };
      case "vault_unlock":
        return unlock((args as { passcode: string }).passcode);
      case "settings_get":
        return {
          locale: null,
          cover: opts.cover ?? "calculator",
          idle_lock_secs: 120,
          retention_days: 180,
          backup_reminder_days: 30,
        };
      default:
        return null;
    }
  });
}

const wrong = () => {
  throw { code: "wrong_passcode", message: "wrong", details: { attempts_left: 7, retry_after_secs: 0 } };
};

function unlockCalls(): string[] {
  return calls.filter((c) => c.cmd === "vault_unlock").map((c) => String(c.args.passcode));
}

async function tap(seq: string) {
  for (const c of seq) await fireEvent.click(screen.getByTestId(keyTestId(c)));
}

/** Holds a key down like a finger: pointer down, time passes, up, click. */
async function hold(id = "eq", ms = HOLD_MS + 50) {
  const el = screen.getByTestId(`calc-key-${id}`);
  await fireEvent.pointerDown(el, { isPrimary: true, button: 0 });
  await vi.advanceTimersByTimeAsync(ms);
  await fireEvent.pointerUp(el, { isPrimary: true, button: 0 });
  await fireEvent.click(el);
}

function shown(): string {
  return screen.getByTestId("calc-display").textContent ?? "";
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  // jsdom's document never has focus; the app's window does while in use.
  vi.spyOn(document, "hasFocus").mockReturnValue(true);
  calls = [];
  i18n.apply(coverBundle("sv"));
  session.screen = "cover";
  session.cover = "calculator";
  session.coverKnown = false;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  clearMocks();
});

describe("calculator cover", () => {
  it("calculates with the keys and shows the Swedish decimal comma", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("0.1+0.2=");
    expect(shown()).toBe("0,3");
    await tap("C12*3=");
    expect(shown()).toBe("36");
    await tap("C7/0=");
    expect(shown()).toBe("Fel");
    expect(screen.getByTestId("calc-key-dot").textContent).toBe(",");
  });

  it("takes keyboard input", async () => {
    ipc(wrong);
    render(Calculator);
    for (const k of ["1", "2", "+", "3", "Enter"]) await fireEvent.keyDown(window, { key: k });
    expect(shown()).toBe("15");
    for (const k of ["Escape", "9", ",", "5", "Backspace", "Backspace"]) {
      await fireEvent.keyDown(window, { key: k });
    }
    expect(shown()).toBe("9");
  });

  it("in English the decimal point is a dot and the error word is Error", async () => {
    ipc(wrong);
    i18n.apply(coverBundle("en"));
    render(Calculator);
    await tap("1.5*2=");
    expect(shown()).toBe("3");
    await tap("C0.1+0.2=");
    expect(shown()).toBe("0.3");
    await tap("1/0=");
    expect(shown()).toBe("Error");
  });

  it("the code and a long press on = open the app", async () => {
    ipc((p) => (p === "4711081542" ? null : wrong()));
    render(Calculator);
    await tap("4711081542");
    await hold();
    await waitFor(() => expect(unlockCalls()).toEqual(["4711081542"]));
    await waitFor(() => expect(session.screen).toBe("open"));
    expect(session.view).toBe("guidance");
  });

  it("the lifting finger's click does not press what the open app shows, and later taps work", async () => {
    ipc((p) => (p === "4711081542" ? null : wrong()));
    render(Calculator);
    await tap("4711081542");
    const eq = screen.getByTestId("calc-key-eq");
    await fireEvent.pointerDown(eq, { isPrimary: true, button: 0 });
    await vi.advanceTimersByTimeAsync(HOLD_MS + 50);
    await waitFor(() => expect(session.screen).toBe("open"));
    const target = document.createElement("button");
    document.body.append(target);
    const clicked = vi.fn();
    target.addEventListener("click", clicked);
    try {
      // The lift, and the click that comes with it, on what is there now.
      await fireEvent.pointerUp(window);
      await fireEvent.click(target);
      expect(clicked).not.toHaveBeenCalled();
      // A lift with no click (the key under the finger is gone): a later,
      // deliberate tap is not swallowed.
      session.screen = "cover";
      await tap("C4711081542");
      await fireEvent.pointerDown(eq, { isPrimary: true, button: 0 });
      await vi.advanceTimersByTimeAsync(HOLD_MS + 50);
      await fireEvent.pointerUp(window);
      await vi.advanceTimersByTimeAsync(1000);
      await fireEvent.click(target);
      expect(clicked).toHaveBeenCalledTimes(1);
      // A deliberate tap right after the lift (its own press) is not
      // swallowed either, however soon it comes.
      session.screen = "cover";
      await tap("C4711081542");
      await fireEvent.pointerDown(eq, { isPrimary: true, button: 0 });
      await vi.advanceTimersByTimeAsync(HOLD_MS + 50);
      await waitFor(() => expect(session.screen).toBe("open"));
      await fireEvent.pointerUp(window);
      await fireEvent.pointerDown(target, { isPrimary: true, button: 0 });
      await fireEvent.pointerUp(target);
      await fireEvent.click(target);
      expect(clicked).toHaveBeenCalledTimes(2);
    } finally {
      target.remove();
    }
  });

  it("the code and a held Enter key open the app too", async () => {
    ipc((p) => (p === "4711081542" ? null : wrong()));
    render(Calculator);
    for (const k of "4711081542") await fireEvent.keyDown(window, { key: k });
    await fireEvent.keyDown(window, { key: "Enter" });
    // The key repeats while held; it is taken once.
    await fireEvent.keyDown(window, { key: "Enter", repeat: true });
    await vi.advanceTimersByTimeAsync(HOLD_MS + 50);
    await fireEvent.keyUp(window, { key: "Enter" });
    await waitFor(() => expect(unlockCalls()).toEqual(["4711081542"]));
  });

  it("a tap on = after the code only calculates: nothing is tried", async () => {
    ipc(() => null);
    render(Calculator);
    await tap("4711081542=");
    await vi.advanceTimersByTimeAsync(HOLD_MS * 2);
    expect(shown()).toBe("4711081542");
    expect(unlockCalls()).toEqual([]);
    expect(session.screen).toBe("cover");
  });

  it("sums never try a passcode, even with = held", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("12+3=");
    expect(shown()).toBe("15");
    await tap("123456+1");
    await hold();
    await tap("1234.567");
    await hold();
    await tap("12345");
    await hold();
    expect(unlockCalls()).toEqual([]);
  });

  it("releasing = early, or another key during the hold, tries nothing", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("4711081542");
    await hold("eq", HOLD_MS - 200);
    await tap("C4711081542");
    const eq = screen.getByTestId("calc-key-eq");
    await fireEvent.pointerDown(eq, { isPrimary: true, button: 0 });
    await vi.advanceTimersByTimeAsync(500);
    await fireEvent.pointerDown(screen.getByTestId("calc-key-5"), { isPrimary: true, button: 0 });
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    expect(unlockCalls()).toEqual([]);
  });

  it("a failed try shows the number like any calculator, with no message", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("123456");
    await hold();
    await waitFor(() => expect(unlockCalls()).toEqual(["123456"]));
    await vi.advanceTimersByTimeAsync(10);
    expect(shown()).toBe("123456");
    expect(session.screen).toBe("cover");
    expect(screen.queryByRole("alert")).toBeNull();
    const text = document.body.textContent ?? "";
    expect(text).not.toMatch(/kod|försök|fel/i);
  });

  it("a wipe or an interrupted unlock leaves just the calculator", async () => {
    for (const code of ["wiped", "unlock_interrupted"]) {
      calls = [];
      ipc(() => {
        throw { code, message: code, details: null };
      });
      const r = render(Calculator);
      await tap("999999");
      await hold();
      await waitFor(() => expect(unlockCalls()).toEqual(["999999"]));
      await vi.advanceTimersByTimeAsync(10);
      expect(shown()).toBe("999999");
      expect(screen.queryByRole("alert")).toBeNull();
      expect(session.screen).toBe("cover");
      r.unmount();
    }
  });

  it("no vault on the device: the act leads to set-up; an unreadable one: to the problem screen", async () => {
    ipc(() => {
      throw { code: "not_initialised", message: "", details: null };
    });
    let r = render(Calculator);
    await tap("999999");
    await hold();
    await waitFor(() => expect(session.screen).toBe("setup"));
    expect(session.setupFromCover).toBe(true);
    r.unmount();
    session.backToCover();
    ipc(() => {
      throw { code: "corrupt", message: "", details: null };
    });
    r = render(Calculator);
    await tap("999999");
    await hold();
    await waitFor(() => expect(session.screen).toBe("problem"));
    expect(session.problem?.code).toBe("corrupt");
    r.unmount();
    session.backToCover();
  });

  it("a wait clears the display, as C would, and shows nothing else", async () => {
    ipc(() => {
      throw { code: "backoff", message: "wait", details: { retry_after_secs: 30 } };
    });
    render(Calculator);
    await tap("123456");
    await hold();
    await waitFor(() => expect(unlockCalls()).toEqual(["123456"]));
    await waitFor(() => expect(shown()).toBe("0"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("calc-display").className).not.toMatch(/wait/);
  });

  it("a blur during the key derivation locks again instead of opening", async () => {
    let release: () => void = () => undefined;
    ipc(() => new Promise<null>((r) => (release = () => r(null))));
    render(Calculator);
    await tap("4711081542");
    await hold();
    await waitFor(() => expect(unlockCalls()).toEqual(["4711081542"]));
    // The window loses focus while the shell is still deriving the key.
    session.hideIfOpen(new Event("blur"));
    release();
    await waitFor(() => expect(calls.some((c) => c.cmd === "vault_lock")).toBe(true));
    expect(session.screen).toBe("cover");
  });

  it("the right code opens nothing when the window is not in front at the end", async () => {
    ipc(() => null);
    vi.spyOn(document, "hasFocus").mockReturnValue(false);
    render(Calculator);
    await tap("4711081542");
    await hold();
    await waitFor(() => expect(calls.some((c) => c.cmd === "vault_lock")).toBe(true));
    expect(session.screen).toBe("cover");
  });
});

describe("cover", () => {
  it("shows the calculator by default and nothing that tells what the app is for", async () => {
    ipc(wrong);
    render(Cover);
    expect(await screen.findByTestId("calculator")).toBeTruthy();
    expect(screen.getByTestId("view-cover").dataset.cover).toBe("calculator");
    const text = (document.body.textContent ?? "").toLowerCase();
    for (const word of ["trygg", "våld", "heder", "ärende", "plan", "kod", "hide", "dölj"]) {
      expect(text).not.toContain(word);
    }
    // Nor in the accessible names of the keys.
    const labels = [...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")).join(" ");
    expect(labels.toLowerCase()).not.toMatch(/trygg|våld|heder|ärende|kod/);
  });

  it("shows the plain passcode screen when chosen", async () => {
    ipc(wrong, { cover: "passcode" });
    render(Cover);
    expect(await screen.findByTestId("passcode-screen")).toBeTruthy();
    expect(screen.getByRole("heading").textContent).toBe("Ange kod");
    expect(screen.queryByTestId("calculator")).toBeNull();
    const text = (document.body.textContent ?? "").toLowerCase();
    for (const word of ["trygg", "våld", "heder", "ärende"]) expect(text).not.toContain(word);
  });
});
