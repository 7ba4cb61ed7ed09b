import { afterEach, describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import { session } from "./lib/session.svelte";
import { bootstrap } from "./test/fixtures";

afterEach(() => {
  clearMocks();
  session.screen = "loading";
});

function mockWith(initialised: boolean) {
  mockIPC((cmd) => {
    if (cmd === "bootstrap") return bootstrap();
    if (cmd === "vault_status") return { initialised, unlocked: false, retry_after_secs: 0 };
    if (cmd === "settings_get")
      return {
        locale: null,
        cover: "calculator",
        idle_lock_secs: 120,
        retention_days: 180,
        backup_reminder_days: 30,
      };
    return null;
  });
}

describe("the app's first screen", () => {
  it("starts on the neutral cover when a vault exists, with no guidance or case text", async () => {
    mockWith(true);
    render(App);
    await waitFor(() => expect(session.screen).toBe("cover"));
    expect(screen.queryByTestId("guidance")).toBeNull();
    expect(document.body.textContent ?? "").not.toMatch(/Bedöm risker|krisplan|Trygg/i);
  });

  it("starts on set-up when there is no vault yet", async () => {
    mockWith(false);
    render(App);
    await waitFor(() => expect(session.screen).toBe("setup"));
  });
});
