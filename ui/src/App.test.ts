import { afterEach, describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import { session } from "./lib/session.svelte";
import type { Bootstrap } from "./lib/ipc";
import { bootstrap, defaultSettings } from "./test/fixtures";

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

  it("shows the wait cue on the first cover when attempts are held back", async () => {
    mockWith(bootstrap({ vault: { initialised: true, unlocked: false, retry_after_secs: 60 } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("calc-display").dataset.wait).toBe("true"));
  });

  it("starts on set-up when there is no vault yet", async () => {
    mockWith(bootstrap({ vault: { initialised: false, unlocked: false, retry_after_secs: 0 } }));
    render(App);
    await waitFor(() => expect(screen.getByTestId("view-setup")).toBeTruthy());
    expect(session.screen).toBe("setup");
  });

  it("explains an unreadable vault file in the user's language, on no cover", async () => {
    mockWith(
      bootstrap({
        vault: null,
        vault_error: { code: "internal", message: "corrupt", details: null },
      }),
    );
    render(App);
    await waitFor(() => expect(screen.getByTestId("error")).toBeTruthy());
    expect(screen.getByTestId("error").textContent).toContain("Ett oväntat fel inträffade.");
    expect(screen.queryByTestId("view-cover")).toBeNull();
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
