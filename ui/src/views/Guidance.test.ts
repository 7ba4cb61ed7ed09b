import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Guidance from "./Guidance.svelte";
import LanguageSwitcher from "../components/LanguageSwitcher.svelte";
import DraftBadge from "../components/DraftBadge.svelte";
import ErrorBanner from "../components/ErrorBanner.svelte";
import { i18n } from "../lib/i18n.svelte";
import { api, IpcError } from "../lib/ipc";
import { bootstrap, bundle } from "../test/fixtures";

afterEach(() => clearMocks());

function start() {
  const b = bootstrap();
  i18n.locales = b.locales;
  i18n.apply(b.bundle);
}

describe("the guidance", () => {
  it("lists the sections in Swedish", () => {
    start();
    render(Guidance);
    expect(screen.getByTestId("section-assess-risks").textContent).toContain("Bedöm risker");
    expect(screen.getByTestId("section-digital-devices").textContent).toContain(
      "Säkerhet kopplat till digitala enheter",
    );
    expect(document.documentElement.lang).toBe("sv");
  });

  it("switches to English through the switcher and marks the draft", async () => {
    start();
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "set_locale") return bundle((args as { tag: "en" }).tag);
      return null;
    });
    render(Guidance);
    render(DraftBadge);
    render(LanguageSwitcher, {
      onchange: async (tag: string) => i18n.apply(await api.setLocale(tag)),
    });
    expect(screen.queryByTestId("draft-badge")).toBeNull();
    const select = screen.getByTestId("language-switcher") as HTMLSelectElement;
    select.value = "en";
    await fireEvent.change(select);
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(screen.getByTestId("section-assess-risks").textContent).toContain("Assess risks");
    expect(screen.getByTestId("draft-badge").textContent).toContain("Draft translation");
    expect(calls).toEqual(["set_locale"]);
  });

  it("shows the translated message for an error code, never the raw message", () => {
    start();
    const error = new IpcError({
      code: "unknown_locale",
      message: "unknown locale (internal detail)",
      details: null,
    });
    render(ErrorBanner, { error });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Språket finns inte.");
    expect(alert.textContent).not.toContain("internal detail");
  });

  it("searches without diacritics and opens an item with its references", async () => {
    start();
    render(Guidance);
    const input = screen.getByTestId("guidance-search") as HTMLInputElement;
    await fireEvent.input(input, { target: { value: "platstjanster" } });
    expect((await screen.findByTestId("search-count")).textContent).toContain("1");
    const body = screen.getByTestId("item-body-airplane-mode");
    expect(body.textContent).toContain("wi-fi");
    expect(body.textContent).toContain("Våga förstå!");
  });
});
