import { afterEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Guidance from "./Guidance.svelte";
import LanguageSwitcher from "../components/LanguageSwitcher.svelte";
import DraftBadge from "../components/DraftBadge.svelte";
import GuidanceItem from "../components/GuidanceItem.svelte";
import { fallbacks } from "../lib/fallback.svelte";
import ErrorBanner from "../components/ErrorBanner.svelte";
import { i18n } from "../lib/i18n.svelte";
import { api, IpcError } from "../lib/ipc";
import { bootstrap, bundle } from "../test/fixtures";

afterEach(() => {
  clearMocks();
});

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

  it("shows an item's body as the sheet's words, captioned, apart from the app's title and phases", async () => {
    start();
    render(GuidanceItem, { item: bundle("sv").catalogue.items[1]!, open: true });
    const body = screen.getByTestId("item-body-airplane-mode");
    const quote = body.querySelector("figure blockquote");
    expect(quote?.textContent).toContain("Sätt telefonen i flygplansläge före resan.");
    expect(body.querySelector("figure figcaption")?.textContent).toBe("Ur vägledningsarket");
    // The app's own title and phase tags are outside the quotation.
    expect(body.querySelector(".phases")?.closest("blockquote")).toBeNull();
    expect(body.querySelector(".phases")?.textContent?.replace(/[\u2068\u2069]/g, "")).toBe(
      "När: Före mötet, Under mötet och Efter mötet",
    );
  });
});

describe("honest state", () => {
  it("the draft notice is a button that shows its explanation as text, to touch and screen readers alike", async () => {
    const b = bootstrap();
    i18n.locales = b.locales;
    i18n.apply(bundle("en"));
    render(DraftBadge);
    const badge = screen.getByTestId("draft-badge");
    expect(badge.tagName).toBe("BUTTON");
    expect(badge.getAttribute("title")).toBeNull();
    expect(badge.textContent).toContain("Draft translation – not reviewed");
    expect(badge.getAttribute("aria-expanded")).toBe("false");
    const explain = screen.getByTestId("draft-badge-explain");
    expect(badge.getAttribute("aria-controls")).toBe(explain.id);
    expect(explain.hidden).toBe(true);
    await fireEvent.click(badge);
    expect(badge.getAttribute("aria-expanded")).toBe("true");
    expect(explain.hidden).toBe(false);
    expect(explain.textContent?.trim()).toBe("A draft no reviewer has approved.");
    // By role and name, as a screen reader finds it.
    expect(screen.getByRole("button", { name: /Draft translation/, expanded: true })).toBe(badge);
    await fireEvent.click(badge);
    expect(explain.hidden).toBe(true);
  });

  it("text missing in the chosen language carries its own language and a visible note", () => {
    const b = bootstrap();
    i18n.locales = b.locales;
    // English lacks the airplane-mode item, its source and a section title:
    // they are shown in Swedish, the end of English's chain.
    const en = bundle("en", ["item-airplane-mode", "item-airplane-mode.body", "ref-vaga-forsta", "section-digital-devices"]);
    i18n.apply(en);
    render(GuidanceItem, { item: en.catalogue.items[1]!, open: true });
    const summary = screen.getByTestId("item-summary-airplane-mode");
    const title = summary.querySelector(".title")!;
    expect(title.getAttribute("lang")).toBe("sv");
    expect(title.getAttribute("dir")).toBe("ltr");
    expect(title.textContent).toBe("Flygplansläge");
    const note = screen.getByTestId("fallback-note-item-airplane-mode");
    // In the reader's language, naming the language shown.
    expect(note.getAttribute("lang")).toBe("en");
    expect(note.getAttribute("data-from")).toBe("sv");
    expect(note.textContent?.replace(/[\u2068\u2069]/g, "").trim()).toContain(
      "Missing in this language; shown in Svenska.",
    );
    // The body came from the same place: its own lang, no second note.
    const body = screen.getByTestId("item-body-airplane-mode");
    expect(body.querySelector("p[lang=sv]")?.textContent).toContain("flygplansläge före resan");
    expect(screen.queryByTestId("fallback-note-item-airplane-mode.body")).toBeNull();
    // A reference label is marked where it is.
    const ref = screen.getByTestId("ref-vaga-forsta");
    expect(ref.querySelector(".ref")?.getAttribute("lang")).toBe("sv");
    expect(within(ref).getByTestId("fallback-note-ref-vaga-forsta")).toBeTruthy();
  });

  it("the reader's own text is not marked, and a fallback section title is", async () => {
    const b = bootstrap();
    i18n.locales = b.locales;
    const en = bundle("en", ["section-digital-devices"]);
    i18n.apply(en);
    render(Guidance);
    expect(screen.getByTestId("section-assess-risks").querySelector("[lang]")).toBeNull();
    expect(screen.getByTestId("section-digital-devices").querySelector("[lang]")?.getAttribute("lang")).toBe("sv");
    await fireEvent.click(screen.getByTestId("section-assess-risks"));
    expect(screen.getByTestId("section-title").getAttribute("lang")).toBeNull();
    expect(screen.queryAllByTestId(/^fallback-note/)).toHaveLength(0);
    await fireEvent.click(screen.getByTestId("section-digital-devices"));
    expect(screen.getByTestId("section-title").getAttribute("lang")).toBe("sv");
    expect(screen.getByTestId("fallback-note-section-digital-devices")).toBeTruthy();
    // The intro is English's own.
    expect(document.querySelector(".intro")?.getAttribute("lang")).toBeNull();
    expect(screen.getByTestId("item-summary-airplane-mode").querySelector("[lang]")).toBeNull();
  });
});
