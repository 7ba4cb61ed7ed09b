import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Calculator from "./Calculator.svelte";
import Cover from "./Cover.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";

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
  const ids: Record<string, string> = {
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
  for (const c of seq) await fireEvent.click(screen.getByTestId(`calc-key-${ids[c] ?? c}`));
}

function shown(): string {
  return screen.getByTestId("calc-display").textContent ?? "";
}

beforeEach(() => {
  calls = [];
  i18n.apply(coverBundle("sv"));
  session.screen = "cover";
  session.cover = "calculator";
  session.coverKnown = false;
});
afterEach(() => clearMocks());

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

  it("a run of six digits and = is tried as the passcode, and opens the app", async () => {
    ipc((p) => (p === "4711081542" ? null : wrong()));
    render(Calculator);
    await tap("4711081542=");
    expect(unlockCalls()).toEqual(["4711081542"]);
    await waitFor(() => expect(session.screen).toBe("open"));
    expect(session.view).toBe("guidance");
  });

  it("sums never try a passcode", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("12+3=");
    expect(shown()).toBe("15");
    await tap("123456+1=");
    await tap("1234.567=");
    await tap("12345=");
    expect(unlockCalls()).toEqual([]);
  });

  it("a failed try shows the number like any calculator, with no message", async () => {
    ipc(wrong);
    render(Calculator);
    await tap("123456=");
    await waitFor(() => expect(unlockCalls()).toEqual(["123456"]));
    await new Promise((r) => setTimeout(r, 10));
    expect(shown()).toBe("123456");
    expect(session.screen).toBe("cover");
    expect(screen.queryByRole("alert")).toBeNull();
    const text = document.body.textContent ?? "";
    expect(text).not.toMatch(/kod|försök|fel/i);
    expect(screen.getByTestId("calc-display").dataset.wait).toBe("false");
  });

  it("whatever the shell answers (wiped, not set up), it stays a calculator", async () => {
    for (const code of ["wiped", "not_initialised", "internal"]) {
      calls = [];
      ipc(() => {
        throw { code, message: code, details: null };
      });
      const r = render(Calculator);
      await tap("999999=");
      await waitFor(() => expect(unlockCalls()).toEqual(["999999"]));
      await new Promise((res) => setTimeout(res, 10));
      expect(shown()).toBe("999999");
      expect(screen.queryByRole("alert")).toBeNull();
      expect(session.screen).toBe("cover");
      r.unmount();
    }
  });

  it("a back-off turns on the waiting cue and nothing else", async () => {
    ipc(() => {
      throw { code: "backoff", message: "wait", details: { retry_after_secs: 30 } };
    });
    render(Calculator);
    await tap("123456=");
    await waitFor(() => expect(screen.getByTestId("calc-display").dataset.wait).toBe("true"));
    expect(shown()).toBe("123456");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the waiting cue at start when the shell says to wait", async () => {
    ipc(wrong, { retryAfter: 60 });
    render(Calculator);
    await waitFor(() => expect(screen.getByTestId("calc-display").dataset.wait).toBe("true"));
  });

  it("a wrong passcode that starts a wait also shows the cue", async () => {
    ipc(() => {
      throw { code: "wrong_passcode", message: "x", details: { attempts_left: 5, retry_after_secs: 30 } };
    });
    render(Calculator);
    await tap("111111=");
    await waitFor(() => expect(screen.getByTestId("calc-display").dataset.wait).toBe("true"));
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
