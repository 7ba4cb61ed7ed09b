import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Setup from "./Setup.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";

const defaults = {
  locale: null,
  cover: "calculator",
  idle_lock_secs: 120,
  retention_days: 180,
  backup_reminder_days: 30,
};
let calls: { cmd: string; args: Record<string, unknown> }[] = [];

function ipc(create: (p: string) => unknown = () => null) {
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    switch (cmd) {
      case "settings_get":
        return defaults;
      case "settings_set":
        return a.settings;
      case "vault_create":
        return create(String(a.passcode));
      default:
        return null;
    }
  });
}

function called(cmd: string) {
  return calls.filter((c) => c.cmd === cmd);
}

async function fill(code: string, repeat = code) {
  await fireEvent.input(screen.getByTestId("setup-passcode"), { target: { value: code } });
  await fireEvent.input(screen.getByTestId("setup-repeat"), { target: { value: repeat } });
}

beforeEach(() => {
  calls = [];
  i18n.apply(coverBundle("sv"));
  session.screen = "setup";
  session.view = "cases";
});
afterEach(() => clearMocks());

describe("first use", () => {
  it("warns that a lost passcode means lost data", () => {
    ipc();
    render(Setup);
    const warning = screen.getByTestId("setup-no-recovery").textContent ?? "";
    expect(warning).toContain("går inte att återställa");
    expect(warning).toContain("förlorat för alltid");
  });

  it("rejects two different codes without calling the shell", async () => {
    ipc();
    render(Setup);
    await fill("4711081542", "4711081543");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    expect(screen.getByTestId("setup-problem").textContent).toContain("inte likadana");
    expect(called("vault_create")).toEqual([]);
  });

  it("rejects fewer than 6 digits and says why", async () => {
    ipc();
    render(Setup);
    await fill("12345");
    expect(screen.getByTestId("strength").dataset.level).toBe("too-short");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    expect(screen.getByTestId("setup-problem").textContent).toContain("minst 6 siffror");
    expect(called("vault_create")).toEqual([]);
  });

  it("rejects a passphrase with the calculator cover", async () => {
    ipc();
    render(Setup);
    await fill("blå häst ritar moln");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    expect(screen.getByTestId("setup-problem").textContent).toContain("bara bestå av siffror");
    expect(called("vault_create")).toEqual([]);
  });

  it("hints that 8 digits is short, but allows it", async () => {
    let finish: () => void = () => undefined;
    ipc(() => new Promise<null>((r) => (finish = () => r(null))));
    render(Setup);
    await fill("27182818");
    expect(screen.getByTestId("strength").dataset.level).toBe("weak");
    expect(screen.getByTestId("strength-hint").textContent).toContain("minst 10 siffror");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    // Busy while the shell calibrates and creates.
    await waitFor(() => expect(screen.getByTestId("setup-busy").textContent).toContain("Skapar"));
    expect(screen.getByTestId("setup-submit").closest("form")?.getAttribute("aria-busy")).toBe("true");
    expect((screen.getByTestId("setup-submit") as HTMLButtonElement).disabled).toBe(true);
    finish();
    await waitFor(() => expect(session.screen).toBe("open"));
    expect(session.view).toBe("guidance");
    expect(called("vault_create").map((c) => c.args.passcode)).toEqual(["27182818"]);
    // The default cover needs no saving.
    expect(called("settings_set")).toEqual([]);
  });

  it("saves the plain passcode screen when chosen, with a passphrase", async () => {
    ipc();
    render(Setup);
    await fireEvent.click(screen.getByTestId("setup-cover-passcode"));
    await fill("blå häst ritar moln");
    expect(screen.getByTestId("setup-passcode").getAttribute("inputmode")).toBe("text");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    await waitFor(() => expect(session.screen).toBe("open"));
    expect(called("settings_set").map((c) => (c.args.settings as { cover: string }).cover)).toEqual(["passcode"]);
    expect(session.cover).toBe("passcode");
  });

  it("shows the shell's refusal translated", async () => {
    ipc(() => {
      throw { code: "weak_passcode", message: "too weak", details: null };
    });
    render(Setup);
    await fill("1234567890");
    await fireEvent.click(screen.getByTestId("setup-submit"));
    expect((await screen.findByTestId("error")).textContent).toContain("Koden är för kort");
    expect(session.screen).toBe("setup");
  });
});
