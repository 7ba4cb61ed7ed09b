import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Settings from "./Settings.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";

let calls: { cmd: string; args: Record<string, unknown> }[] = [];
let settings: Record<string, unknown>;
let info: { attempt_limit: number | null };
let failWith: Record<string, unknown> = {};

function ipc() {
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    if (failWith[cmd]) throw failWith[cmd];
    switch (cmd) {
      case "settings_get":
        return settings;
      case "settings_set":
        settings = a.settings as Record<string, unknown>;
        return settings;
      case "vault_security_info":
        return info;
      case "vault_set_duress":
      case "vault_remove_duress":
        return null;
      case "vault_set_attempt_limit":
        info = { ...info, attempt_limit: a.limit as number | null };
        return null;
      default:
        return null;
    }
  });
}

function called(cmd: string) {
  return calls.filter((c) => c.cmd === cmd);
}

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

beforeEach(() => {
  calls = [];
  failWith = {};
  settings = { locale: "sv", cover: "calculator", idle_lock_secs: 120, retention_days: 180, backup_reminder_days: 30 };
  info = { attempt_limit: 10 };
  i18n.apply(coverBundle("sv"));
  session.screen = "open";
  session.cover = "calculator";
});
afterEach(() => clearMocks());

async function loaded() {
  render(Settings);
  await waitFor(() => expect((screen.getByTestId("settings-save") as HTMLButtonElement).disabled).toBe(false));
  await waitFor(() => expect(called("vault_security_info")).toHaveLength(1));
}

describe("settings", () => {
  it("saves idle lock, retention and backup reminder, and shows it saved", async () => {
    ipc();
    await loaded();
    const idle = screen.getByTestId("settings-idle") as HTMLSelectElement;
    expect(idle.value).toBe("120");
    idle.value = "300";
    await fireEvent.change(idle);
    await type("settings-retention", "365");
    await type("settings-backup", "14");
    await fireEvent.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(screen.getByTestId("settings-status").textContent).toContain("Sparat."));
    expect(called("settings_set")[0]?.args.settings).toEqual({
      locale: "sv",
      cover: "calculator",
      idle_lock_secs: 300,
      retention_days: 365,
      backup_reminder_days: 14,
    });
    expect(session.idleLockSecs).toBe(300);
  });

  it("refuses a retention outside 7–3650 days", async () => {
    ipc();
    await loaded();
    await type("settings-retention", "3");
    await fireEvent.click(screen.getByTestId("settings-save"));
    expect(screen.getByTestId("settings-problem").textContent).toContain("mellan 7 och 3650");
    expect(called("settings_set")).toEqual([]);
  });

  it("shows the shell's error translated", async () => {
    ipc();
    failWith = { settings_set: { code: "storage", message: "disk", details: null } };
    await loaded();
    await fireEvent.click(screen.getByTestId("settings-save"));
    expect((await screen.findByTestId("error")).textContent).toContain("Det gick inte att läsa eller spara");
    expect(screen.getByTestId("settings-status").textContent).toBe("");
  });

  it("switching to the calculator needs the digits-only confirmation", async () => {
    ipc();
    settings = { ...settings, cover: "passcode" };
    await loaded();
    await fireEvent.click(screen.getByTestId("settings-cover-calculator"));
    await fireEvent.click(screen.getByTestId("settings-save"));
    expect(screen.getByTestId("settings-problem").textContent).toContain("bara består av siffror");
    expect(called("settings_set")).toEqual([]);
    await fireEvent.click(screen.getByTestId("settings-cover-digits-confirm"));
    await fireEvent.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(called("settings_set")).toHaveLength(1));
    expect(session.cover).toBe("calculator");
  });

  it("changes the passcode, and reports a wrong current one with the attempts left", async () => {
    ipc();
    failWith = {
      vault_change_passcode: {
        code: "wrong_passcode",
        message: "x",
        details: { attempts_left: 8, retry_after_secs: 0 },
      },
    };
    await loaded();
    await type("settings-old-passcode", "000000");
    await type("settings-new-passcode", "31415926535");
    await type("settings-repeat-passcode", "31415926535");
    await fireEvent.click(screen.getByTestId("settings-change-passcode"));
    expect((await screen.findByTestId("error")).textContent).toContain("Fel kod.");
    expect(document.body.textContent).toContain("Försök kvar: \u20688\u2069");

    failWith = {};
    await type("settings-old-passcode", "271828182");
    await fireEvent.click(screen.getByTestId("settings-change-passcode"));
    await waitFor(() =>
      expect(screen.getByTestId("settings-passcode-status").textContent).toContain("Koden är bytt."),
    );
    expect(called("vault_change_passcode").at(-1)?.args).toEqual({ old: "271828182", next: "31415926535" });
  });

  it("does not send a new passcode the calculator could not type", async () => {
    ipc();
    await loaded();
    await type("settings-old-passcode", "271828182");
    await type("settings-new-passcode", "en lång fras");
    await type("settings-repeat-passcode", "en lång fras");
    await fireEvent.click(screen.getByTestId("settings-change-passcode"));
    expect(screen.getByTestId("settings-passcode-problem").textContent).toContain("bara bestå av siffror");
    expect(called("vault_change_passcode")).toEqual([]);
  });

  it("sets a duress passcode that shreds the real vault, then removes it", async () => {
    ipc();
    await loaded();
    await type("settings-duress-passcode", "99887766554");
    await type("settings-duress-repeat", "99887766554");
    await fireEvent.click(screen.getByTestId("settings-duress-shred"));
    // The practitioner's own code first: without it nothing is sent.
    await fireEvent.click(screen.getByTestId("settings-duress-set"));
    expect(screen.getByTestId("settings-duress-problem").textContent).toContain("Skriv din kod för att bekräfta.");
    expect(called("vault_set_duress")).toEqual([]);
    await type("settings-duress-current", "4711081542");
    await fireEvent.click(screen.getByTestId("settings-duress-set"));
    await waitFor(() =>
      expect(screen.getByTestId("settings-duress-status").textContent).toContain("Nödkoden är sparad."),
    );
    expect(called("vault_set_duress")[0]?.args).toEqual({
      current: "4711081542",
      passcode: "99887766554",
      shredReal: true,
    });
    expect((screen.getByTestId("settings-duress-passcode") as HTMLInputElement).value).toBe("");
    expect((screen.getByTestId("settings-duress-current") as HTMLInputElement).value).toBe("");
    await fireEvent.click(screen.getByTestId("settings-duress-remove"));
    expect(called("vault_remove_duress")).toHaveLength(0);
    await type("settings-duress-current", "4711081542");
    await fireEvent.click(screen.getByTestId("settings-duress-remove"));
    await waitFor(() =>
      expect(screen.getByTestId("settings-duress-status").textContent).toContain("Nödkoden är borttagen."),
    );
    expect(called("vault_remove_duress")[0]?.args).toEqual({ current: "4711081542" });
  });

  it("a wrong own code for the duress form is refused with attempts left", async () => {
    ipc();
    failWith = {
      vault_set_duress: { code: "wrong_passcode", message: "x", details: { attempts_left: 7, retry_after_secs: 0 } },
    };
    await loaded();
    await type("settings-duress-passcode", "99887766554");
    await type("settings-duress-repeat", "99887766554");
    await type("settings-duress-current", "1111122222");
    await fireEvent.click(screen.getByTestId("settings-duress-set"));
    expect((await screen.findByTestId("error")).textContent).toContain("Fel kod.");
    expect(document.body.textContent).toContain("7");
  });

  it("in the duress workspace, changing the duress code gives a neutral refusal", async () => {
    ipc();
    failWith = { vault_set_duress: { code: "duress_unavailable", message: "x", details: null } };
    await loaded();
    await type("settings-duress-passcode", "99887766554");
    await type("settings-duress-repeat", "99887766554");
    await type("settings-duress-current", "4711081542");
    await fireEvent.click(screen.getByTestId("settings-duress-set"));
    expect((await screen.findByTestId("error")).textContent).toContain("går inte att ändra just nu");
  });

  it("sets the wipe limit or turns it off, within 3–50", async () => {
    ipc();
    await loaded();
    const limit = screen.getByTestId("settings-limit") as HTMLInputElement;
    expect(limit.value).toBe("10");
    await type("settings-limit", "2");
    await fireEvent.click(screen.getByTestId("settings-limit-save"));
    expect(screen.getByTestId("settings-limit-problem").textContent).toContain("mellan 3 och 50");
    await type("settings-limit", "5");
    await fireEvent.click(screen.getByTestId("settings-limit-save"));
    await waitFor(() => expect(screen.getByTestId("settings-limit-status").textContent).toContain("Sparat."));
    await fireEvent.click(screen.getByTestId("settings-limit-on"));
    await type("settings-limit-current", "4711081542");
    await fireEvent.click(screen.getByTestId("settings-limit-save"));
    await waitFor(() => expect(called("vault_set_attempt_limit")).toHaveLength(2));
    expect(called("vault_set_attempt_limit").map((c) => c.args)).toEqual([
      { limit: 5 },
      { limit: null, current: "4711081542" },
    ]);
  });

  it("turning the wipe off without the own code says what is needed", async () => {
    ipc();
    failWith = {
      vault_set_attempt_limit: { code: "invalid_input", message: "x", details: { field: "current", reason: "required" } },
    };
    await loaded();
    await fireEvent.click(screen.getByTestId("settings-limit-on"));
    await fireEvent.click(screen.getByTestId("settings-limit-save"));
    await waitFor(() =>
      expect(screen.getByTestId("settings-limit-problem").textContent).toContain("stänga av raderingen"),
    );
  });

  it("explains that the calculator shows no waiting cue, and how a wait looks", async () => {
    ipc();
    await loaded();
    const help = screen.getByTestId("settings-help-wait").textContent ?? "";
    expect(help).toContain("Miniräknaren visar inget om det");
    expect(help).toContain("nollställs");
    expect(help).not.toContain("orange");
  });
});
