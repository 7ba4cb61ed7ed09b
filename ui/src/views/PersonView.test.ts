// The person view: only what is meant for the person, in the person's
// language and direction, and nothing of a case that must stay hidden.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import PersonView from "./PersonView.svelte";
import { cases } from "../lib/cases.svelte";
import { session } from "../lib/session.svelte";
import { newContact, newPlan, newReview } from "../lib/domain";
import { FakeReviewShell, bundleOf, plain, useLocale } from "./review/testing";
import { textOf } from "../test/ftl";
import { fixture } from "./cases/testing";

let shell: FakeReviewShell;
let sv: ReturnType<typeof textOf>;

const PERSON_ITEMS = fixture.catalogue.items.filter((i) => i.audience === "person").map((i) => i.id);
const OTHER_ITEMS = fixture.catalogue.items.filter((i) => i.audience !== "person").map((i) => i.id);

beforeEach(() => {
  shell = new FakeReviewShell();
  sv = textOf(useLocale("sv"));
  session.screen = "open";
  session.view = "person";
});

afterEach(() => {
  // Hiding forgets everything the view remembers (as between two people).
  session.hide();
  clearMocks();
});

async function pickLanguage(tag: string) {
  const select = (await screen.findByTestId("person-language")) as HTMLSelectElement;
  await fireEvent.change(select, { target: { value: tag } });
  await waitFor(() => expect(screen.getByTestId("person-block").getAttribute("lang")).toBe(tag));
}

describe("person view", () => {
  it("shows the person-facing items only, in the sheet's order", async () => {
    render(PersonView);
    await screen.findByTestId("person-block");
    expect(PERSON_ITEMS.length).toBeGreaterThanOrEqual(5);
    const shown = screen.getAllByTestId(/^person-item-/).map((e) => e.getAttribute("data-testid"));
    expect(shown).toEqual(PERSON_ITEMS.map((id) => `person-item-${id}`));
    for (const id of OTHER_ITEMS) {
      expect(screen.queryByTestId(`person-item-${id}`)).toBeNull();
      expect(document.body.textContent).not.toContain(sv(`item-${id}.body`));
    }
  });

  it("shows the advice in the person's language and direction, Swedish small beside it", async () => {
    render(PersonView);
    await pickLanguage("ar");
    expect(shell.callsOf("get_bundle").at(-1)?.args).toEqual({ tag: "ar" });
    const block = screen.getByTestId("person-block");
    expect(block.getAttribute("dir")).toBe("rtl");
    // The document keeps the practitioner's direction.
    expect(document.documentElement.dir).toBe("ltr");
    const ar = textOf(bundleOf("ar"));
    const item = screen.getByTestId("person-item-airplane-mode");
    expect(plain(item.querySelector("h2")?.textContent)).toBe(ar("person-item-airplane-mode"));
    const mine = screen.getByTestId("person-mine-airplane-mode");
    expect(mine.getAttribute("lang")).toBe("sv");
    expect(mine.getAttribute("dir")).toBe("ltr");
    expect(plain(mine.textContent)).toContain(sv("person-item-airplane-mode.body"));
    // A draft translation says so, visibly.
    expect(plain(screen.getByTestId("person-draft").textContent)).toContain(textOf(bundleOf("ar"))("draft-badge"));
    // The practitioner's own text can be turned off.
    await fireEvent.click(screen.getByTestId("person-show-mine"));
    expect(screen.queryByTestId("person-mine-airplane-mode")).toBeNull();
  });

  it("Swedish to a Swedish speaker is not marked as a draft nor doubled", async () => {
    render(PersonView);
    await screen.findByTestId("person-block");
    expect(screen.getByTestId("person-block").getAttribute("lang")).toBe("sv");
    expect(screen.queryByTestId("person-draft")).toBeNull();
    expect(screen.queryByTestId("person-mine-airplane-mode")).toBeNull();
  });

  it("shows the safe part of the open case's contact agreement and never its code word", async () => {
    const contact = {
      ...newContact("ab".repeat(16)),
      safe_to_call: "only-at-times" as const,
      call_when: "Vardagar 10–12",
      sms_allowed: "only-neutral" as const,
      sms_content: "Bara ’tandläkaren’",
      code_word_cannot_talk: "KANARIEFÅGEL",
      if_someone_else_answers: "Säg fel nummer",
      preferred_channel: "phone" as const,
      interpreter: {
        mode: "phone" as const,
        gender: "female" as const,
        avoid: "Kusinen Amal",
        name_announced: true,
        stop_sign: "Handen på bordet",
      },
      support_person: { who: "Väninnan Sara", own_will_confirmed_on: null, own_will: null },
    };
    cases.current = {
      id: "ab".repeat(16),
      case: { ...fixture.case, alias: "Rosen" },
      plan: { ...newPlan("ab".repeat(16)), code_word: "PLANKODORD" },
      contact,
      review: newReview("ab".repeat(16)),
      meetings: [],
      damaged: [],
    };
    render(PersonView);
    await pickLanguage("ar");
    await fireEvent.click(screen.getByTestId("person-contact-toggle"));
    const facts = await screen.findByTestId("person-contact-facts");
    const text = plain(document.body.textContent);
    expect(plain(facts.textContent)).toContain("Vardagar 10–12");
    expect(text).toContain(sv("person-contact-safe-note"));
    expect(plain(screen.getByTestId("person-contact-facts-mine").textContent)).toContain(
      sv("cases-safe-to-call-only-at-times"),
    );
    // The stop sign is the one thing of the interpreter part the person
    // sees: with what it does, in the person's language.
    const stop = screen.getByTestId("person-stop-sign");
    expect(plain(stop.querySelector("h2")?.textContent)).toBe(textOf(bundleOf("ar"))("person-stop-sign"));
    expect(screen.getByTestId("person-stop-sign-text").textContent).toBe("Handen på bordet");
    expect(within(stop).getByRole("img").getAttribute("aria-label")).toBe(textOf(bundleOf("ar"))("pictogram-stop"));
    for (const secret of [
      "KANARIEFÅGEL",
      "PLANKODORD",
      "Säg fel nummer",
      "Kusinen Amal",
      "Väninnan Sara",
      "tandläkaren",
      "Rosen",
    ]) {
      expect(text).not.toContain(secret);
    }
    // Hidden again, and gone when the app hides (the case store drops it).
    cases.drop();
    await waitFor(() => expect(screen.queryByTestId("person-contact")).toBeNull());
  });

  it("has no contact part without an open case", async () => {
    render(PersonView);
    await screen.findByTestId("person-block");
    expect(screen.queryByTestId("person-contact-toggle")).toBeNull();
  });

  it("remembers the person's language for next time, and forgets it on hide", async () => {
    const first = render(PersonView);
    await pickLanguage("ti");
    first.unmount();
    const second = render(PersonView);
    await waitFor(() => expect(screen.getByTestId("person-block").getAttribute("lang")).toBe("ti"));
    second.unmount();
    session.hide();
    session.screen = "open";
    render(PersonView);
    await waitFor(() => expect(screen.getByTestId("person-block").getAttribute("lang")).toBe("sv"));
  });

  it("the exit button goes back to the app", async () => {
    render(PersonView);
    await fireEvent.click(await screen.findByTestId("person-exit"));
    expect(session.view).toBe("guidance");
  });
});

describe("person view, written to the person", () => {
  it("speaks to the reader, with pictures named in the reader's language, never the sheet's words", async () => {
    render(PersonView);
    await pickLanguage("sv");
    const item = screen.getByTestId("person-item-airplane-mode");
    const body = plain(item.querySelector("p.p-body")?.textContent);
    expect(body).toBe(sv("person-item-airplane-mode.body"));
    expect(body).toContain("Sätt telefonen i flygplansläge innan du går hemifrån.");
    // Not the practitioner's text from the sheet, and never "utsatt".
    expect(plain(document.querySelector("[data-testid=person-block]")?.textContent)).not.toMatch(/utsatt|den yrkesverksamma/i);
    const pictures = within(item).getAllByRole("img");
    expect(pictures.map((p) => p.getAttribute("aria-label"))).toEqual([
      sv("pictogram-airplane-mode"),
      sv("pictogram-before-after"),
    ]);
    expect(pictures[0]!.querySelector("svg")).not.toBeNull();
    await pickLanguage("ar");
    const arPictures = within(screen.getByTestId("person-item-airplane-mode")).getAllByRole("img");
    expect(arPictures[0]!.getAttribute("aria-label")).toBe(textOf(bundleOf("ar"))("pictogram-airplane-mode"));
  });

  it("the text size goes up to 200 % and back, and says so in the reader's terms", async () => {
    render(PersonView);
    await screen.findByTestId("person-block");
    const block = screen.getByTestId("person-block");
    const size = () => plain(screen.getByTestId("person-text-size").textContent).replace(/\s/g, " ");
    expect(size()).toBe("100 %");
    const larger = screen.getByTestId("person-text-larger") as HTMLButtonElement;
    // Its name, read out, starts with what is seen ("A+"), then says what it does.
    expect(plain(larger.textContent)).toBe(`A+${sv("person-text-larger")}`);
    for (let i = 0; i < 4; i++) await fireEvent.click(larger);
    expect(size()).toBe("200 %");
    expect(block.style.getPropertyValue("--person-scale")).toBe("2");
    expect(larger.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId("person-text-smaller"));
    expect(size()).toBe("175 %");
  });
});

describe("person view, honest state", () => {
  it("the draft notice opens to its explanation, in the person's language", async () => {
    render(PersonView);
    await pickLanguage("ar");
    const ar = textOf(bundleOf("ar"));
    const badge = screen.getByTestId("person-draft");
    expect(badge.tagName).toBe("BUTTON");
    expect(badge.closest("[lang]")?.getAttribute("lang")).toBe("ar");
    expect(badge.getAttribute("aria-expanded")).toBe("false");
    const explain = screen.getByTestId("person-draft-explain");
    expect(explain.hidden).toBe(true);
    await fireEvent.click(badge);
    expect(badge.getAttribute("aria-expanded")).toBe("true");
    expect(explain.hidden).toBe(false);
    expect(plain(explain.textContent).trim()).toBe(ar("draft-explain"));
  });

  it("advice missing in the person's language carries the language it is shown in, and says so in theirs", async () => {
    // Arabic lacks the airplane-mode advice: English gives it.
    const ar = bundleOf("ar", ["person-item-airplane-mode.body"]);
    const en = textOf(bundleOf("en"));
    shell = new FakeReviewShell({ ar });
    render(PersonView);
    await pickLanguage("ar");
    const item = screen.getByTestId("person-item-airplane-mode");
    // The title is Arabic's own.
    expect(item.querySelector("h2")?.getAttribute("lang")).toBeNull();
    const body = item.querySelector("p.p-body")!;
    await waitFor(() => expect(body.getAttribute("lang")).toBe("en"));
    expect(body.getAttribute("dir")).toBe("ltr");
    expect(plain(body.textContent)).toBe(en("person-item-airplane-mode.body"));
    const note = screen.getByTestId("fallback-note-ar-person-item-airplane-mode.body");
    expect(note.getAttribute("lang")).toBe("ar");
    expect(note.getAttribute("dir")).toBe("rtl");
    expect(plain(note.textContent)).toContain(textOf(ar)("fallback-note", { lang: "English" }));
    // The Swedish beside it is Swedish's own: not marked.
    expect(within(screen.getByTestId("person-mine-airplane-mode")).queryByTestId(/^fallback-note/)).toBeNull();
    // Other advice is not marked.
    expect(within(screen.getByTestId("person-item-wifi-off")).queryByTestId(/^fallback-note/)).toBeNull();
  });
});
