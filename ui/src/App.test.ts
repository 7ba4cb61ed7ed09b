import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import { session } from "./lib/session.svelte";
import type { Bootstrap } from "./lib/ipc";
import { bootstrap, bundle, defaultSettings } from "./test/fixtures";

afterEach(() => {
  clearMocks();
  session.screen = "loading";
  session.coverKnown = false;
});

/** Answers only `bootstrap`; every other Trygg command is noted (and
 *  answers null). Plugin calls (the lock event's listener) are not Trygg's. */
function mockWith(boot: Bootstrap): string[] {
  const others: string[] = [];
  mockIPC((cmd) => {
    if (cmd === "bootstrap") return boot;
    if (!cmd.startsWith("plugin:")) others.push(cmd);
    return null;
  });
  return others;
}

describe("the app's first screen", () => {
  it("starts on the neutral cover when a vault exists, with no guidance or case text", async () => {
    const others = mockWith(bootstrap());
    render(App);
    await waitFor(() => expect(screen.getByTestId("calculator")).toBeTruthy());
    expect(session.screen).toBe("cover");
    expect(screen.getByTestId("view-cover").dataset.cover).toBe("calculator");
    expect(screen.queryByTestId("guidance")).toBeNull();
    expect(document.body.textContent ?? "").not.toMatch(/Bedöm risker|krisplan|Trygg/i);
    // The start-up call carried the settings and the vault status: the
    // first cover asks the shell nothing more.
    expect(others).toEqual([]);
  });

  it("draws the plain passcode screen at once when that cover was chosen", async () => {
    mockWith(bootstrap({ settings: { ...defaultSettings, cover: "passcode" } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("passcode-screen")).toBeTruthy());
    expect(screen.queryByTestId("calculator")).toBeNull();
  });

  it("shows no waiting cue on the calculator, even while attempts are held back", async () => {
    mockWith(bootstrap({ vault: { initialised: true, unlocked: false, retry_after_secs: 60, fresh: false } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("calculator")).toBeTruthy());
    const display = screen.getByTestId("calc-display");
    expect(display.className).not.toMatch(/wait/);
    expect(display.textContent).toBe("0");
  });

  it("starts on set-up only on the device's first start", async () => {
    mockWith(bootstrap({ vault: { initialised: false, unlocked: false, retry_after_secs: 0, fresh: true } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("view-setup")).toBeTruthy());
    expect(session.screen).toBe("setup");
    // First start: no way "back" to a cover that guards nothing yet.
    expect(screen.queryByTestId("setup-back")).toBeNull();
  });

  it("after a wipe (no vault, not the first start) it is still a calculator", async () => {
    mockWith(bootstrap({ vault: { initialised: false, unlocked: false, retry_after_secs: 0, fresh: false } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("calculator")).toBeTruthy());
    expect(screen.queryByTestId("view-setup")).toBeNull();
    expect(document.body.textContent ?? "").not.toMatch(/kod|Skapa|Trygg/i);
  });

  it("with an unreadable vault file it is still a calculator, and says nothing", async () => {
    mockWith(
      bootstrap({
        vault: null,
        vault_error: { code: "corrupt", message: "corrupt", details: null },
      }),
    );
    render(App);
    await waitFor(() => expect(screen.getByTestId("calculator")).toBeTruthy());
    expect(screen.queryByTestId("error")).toBeNull();
    expect(document.body.textContent ?? "").not.toMatch(/fel|skadad|Trygg/i);
  });

  it("uses the start-up call main.ts already sent", async () => {
    const others = mockWith(bootstrap());
    let sent = 0;
    const boot = Promise.resolve().then(() => {
      sent++;
      return bootstrap();
    });
    render(App, { props: { boot } });
    await waitFor(() => expect(screen.getByTestId("calculator")).toBeTruthy());
    expect(sent).toBe(1);
    expect(others).toEqual([]);
  });
});

describe("switching the language", () => {
  it("draws a language shown before at once, and the shell still remembers each choice", async () => {
    const asked: string[] = [];
    let answer: (() => void) | null = null;
    mockIPC((cmd, args) => {
      if (cmd === "bootstrap") return bootstrap({ vault: { initialised: true, unlocked: true, retry_after_secs: 0, fresh: false } });
      if (cmd !== "set_locale") return null;
      const tag = (args as { tag: "sv" | "en" }).tag;
      asked.push(tag);
      // The shell answers only when the test says so.
      return new Promise((resolve) => (answer = () => resolve(bundle(tag))));
    });
    render(App);
    await waitFor(() => expect(session.screen).toBe("cover"));
    session.screen = "open";
    const select = (await screen.findByTestId("language-switcher")) as HTMLSelectElement;
    const choose = async (tag: string) => {
      select.value = tag;
      await fireEvent.change(select);
    };
    // English, never shown: drawn when the shell's text arrives.
    await choose("en");
    expect(document.documentElement.lang).toBe("sv");
    answer!();
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    // Back to Swedish, shown at start: at once, before the shell answers.
    await choose("sv");
    expect(document.documentElement.lang).toBe("sv");
    expect(asked).toEqual(["en", "sv"]);
    answer!();
    // A later answer never undoes a newer choice.
    await choose("en");
    expect(document.documentElement.lang).toBe("en");
    await choose("sv");
    answer!();
    await waitFor(() => expect(asked).toEqual(["en", "sv", "en", "sv"]));
    expect(document.documentElement.lang).toBe("sv");
  });
});
