import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import { bootstrap, bundle } from "./test/fixtures";

afterEach(() => clearMocks());

describe("App with the guidance", () => {
  it("starts in Swedish with the sections listed", async () => {
    mockIPC((cmd) => {
      if (cmd === "bootstrap") return bootstrap();
      throw { code: "internal", message: "x", details: null };
    });
    render(App);
    expect((await screen.findByTestId("section-assess-risks")).textContent).toContain("Bedöm risker");
    expect(screen.getByTestId("section-digital-devices").textContent).toContain(
      "Säkerhet kopplat till digitala enheter",
    );
    expect(document.documentElement.lang).toBe("sv");
    expect(screen.queryByTestId("draft-badge")).toBeNull();
  });

  it("switches to English and marks the draft", async () => {
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "bootstrap") return bootstrap();
      if (cmd === "set_locale") return bundle((args as { tag: "en" }).tag);
      throw { code: "internal", message: "x", details: null };
    });
    render(App);
    const select = (await screen.findByTestId("language-switcher")) as HTMLSelectElement;
    select.value = "en";
    await fireEvent.change(select);
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(screen.getByTestId("section-assess-risks").textContent).toContain("Assess risks");
    expect(screen.getByTestId("draft-badge").textContent).toContain("Draft translation");
    expect(calls).toContain("set_locale");
  });

  it("shows the translated message for an error code, never the raw message", async () => {
    mockIPC((cmd) => {
      if (cmd === "bootstrap") return bootstrap();
      throw { code: "unknown_locale", message: "unknown locale (internal detail)", details: null };
    });
    render(App);
    const select = (await screen.findByTestId("language-switcher")) as HTMLSelectElement;
    select.value = "en";
    await fireEvent.change(select);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Språket finns inte.");
    expect(alert.textContent).not.toContain("internal detail");
  });

  it("searches and opens an item with its references", async () => {
    mockIPC((cmd) => (cmd === "bootstrap" ? bootstrap() : null));
    render(App);
    const input = (await screen.findByTestId("guidance-search")) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: "platstjanster" } });
    expect((await screen.findByTestId("search-count")).textContent).toContain("1");
    const body = screen.getByTestId("item-body-airplane-mode");
    expect(body.textContent).toContain("wi-fi");
    expect(body.textContent).toContain("Våga förstå!");
  });
});
