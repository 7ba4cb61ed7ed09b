// The meeting's end and the cards shown to the person, against an
// in-memory shell: what the person sees (in their language, with nothing
// they should not see), and what the practitioner is left with.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import Cases from "./Cases.svelte";
import { cases } from "../lib/cases.svelte";
import { session } from "../lib/session.svelte";
import { i18n } from "../lib/i18n.svelte";
import { newContact, newPlan, today, type ContactAgreement, type Meeting } from "../lib/domain";
import { FakeShell, casesBundle, plain, useText } from "./cases/testing";
import { LOCALES } from "./review/testing";
import { textOf } from "../test/ftl";

const SAVE_WAIT = { timeout: 4000 };
let shell: FakeShell;
let sv: ReturnType<typeof textOf>;
const ar = textOf(casesBundle("ar"));

beforeEach(() => {
  shell = new FakeShell();
  sv = textOf(useText("sv"));
  i18n.locales = LOCALES;
  session.screen = "open";
  session.view = "cases";
});

afterEach(() => {
  session.hide();
  cases.drop();
  clearMocks();
});

/** A case with a filled plan and agreement; returns its ID. */
function filledCase(): string {
  const id = shell.seed("Klient A");
  const plan = newPlan(id);
  plan.code_word = "KANARIE";
  plan.safe_places = ["Mormors kolonistuga"];
  plan.gap_explanation = "Batteriet tog slut.";
  shell.plans.set(id, plan);
  const contact: ContactAgreement = newContact(id);
  contact.code_word_cannot_talk = "lingonsylt";
  contact.call_when = "Vardagar 10–12";
  contact.preferred_channel = "phone";
  contact.safe_to_call = "only-at-times";
  contact.support_person.who = "Mostern";
  shell.contacts.set(id, contact);
  return id;
}

async function openMeeting(id: string) {
  render(Cases);
  await fireEvent.click(await screen.findByTestId(`case-item-${id}`));
  await fireEvent.click(await screen.findByTestId("tab-meetings"));
  await fireEvent.click(screen.getByTestId("new-meeting-create"));
  return screen.findByTestId("meeting-mode");
}

async function pickLanguage(tag: string) {
  const select = (await screen.findByTestId("person-language")) as HTMLSelectElement;
  await fireEvent.change(select, { target: { value: tag } });
  await waitFor(() => expect(screen.getByTestId("person-block").getAttribute("lang")).toBe(tag));
}

function lastSaved(): Meeting {
  const v = shell.callsOf("meeting_save").at(-1)?.args.value;
  if (!v) throw new Error("no meeting_save");
  return v as Meeting;
}

describe("the phone-trail card", () => {
  it("goes step by step in the person's language, shows the agreed explanation, and is recorded", async () => {
    const id = filledCase();
    await openMeeting(id);
    const opener = screen.getByTestId("meeting-show-phone-trail");
    await fireEvent.click(opener);
    const card = await screen.findByTestId("phone-trail");
    await new Promise((r) => setTimeout(r, 700)); // past the autosave's wait
    const saves = shell.callsOf("meeting_save").length;
    // A browser fires input, then change, when a select is changed.
    await fireEvent.input(within(card).getByTestId("person-language"), { target: { value: "ar" } });
    await pickLanguage("ar");
    await fireEvent.click(within(card).getByTestId("person-text-larger"));
    await new Promise((r) => setTimeout(r, 700));
    // Choosing the person's language or text size is no edit of the meeting.
    expect(shell.callsOf("meeting_save").length).toBe(saves);
    const block = within(card).getByTestId("person-block");
    expect(block.getAttribute("dir")).toBe("rtl");
    expect(plain(within(card).getByTestId("phone-trail-title").textContent)).toBe(ar("phone-trail-title"));
    for (const step of ["phone-trail-before", "phone-trail-during", "phone-trail-until-back", "phone-trail-if-asked"]) {
      const section = within(card).getByTestId(step);
      expect(plain(section.querySelector("h2")?.textContent)).toBe(ar(step));
      expect(plain(section.querySelector(".p-body")?.textContent)).toBe(ar(`${step}.body`));
    }
    // Flight mode, Wi-Fi and location, each as a picture named in Arabic.
    const before = within(card).getByTestId("phone-trail-before");
    expect([...before.querySelectorAll("[role=img]")].map((e) => e.getAttribute("aria-label"))).toEqual([
      ar("pictogram-airplane-mode"),
      ar("pictogram-wifi-off"),
      ar("pictogram-location-off"),
    ]);
    expect(within(card).getByTestId("phone-trail-explanation").textContent).toBe("Batteriet tog slut.");
    expect(plain(within(card).getByTestId("phone-trail-android").textContent)).toContain(ar("phone-trail-android.body"));
    expect(plain(within(card).getByTestId("phone-trail-iphone").textContent)).toContain(ar("phone-trail-iphone.body"));
    // Nothing else of the case is on the card.
    expect(card.textContent).not.toMatch(/KANARIE|lingonsylt|kolonistuga|Klient A/);

    await fireEvent.click(within(card).getByTestId("phone-trail-done"));
    expect(screen.queryByTestId("phone-trail")).toBeNull();
    expect((screen.getByTestId("meeting-phone-trail-done") as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(lastSaved().phone_trail_done).toBe(true), SAVE_WAIT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("meeting-show-phone-trail")));
  });
});

describe("the closing card", () => {
  it("tells who sees what, the next meeting and the contact, with the code word hidden until tapped", async () => {
    const id = filledCase();
    const mode = await openMeeting(id);
    await fireEvent.input(within(mode).getByTestId("meeting-closing-who"), {
      target: { value: "Socialtjänsten och polisen, om hoten i somras." },
    });
    await fireEvent.input(within(mode).getByTestId("meeting-next"), { target: { value: "2026-12-14T09:30" } });
    await fireEvent.click(screen.getByTestId("meeting-show-closing"));
    const card = await screen.findByTestId("closing-card");
    await pickLanguage("ar");
    expect(within(card).getByTestId("closing-who-sees-text").textContent).toBe(
      "Socialtjänsten och polisen, om hoten i somras.",
    );
    const next = plain(within(card).getByTestId("closing-next-text").textContent);
    expect(next).not.toContain("2026-12-14");
    expect(next).toBe(ar("closing-next-when", { date: new Date(2026, 11, 14, 9, 30) }));
    const facts = within(card).getByTestId("closing-contact-facts");
    expect(plain(facts.textContent)).toContain(ar("cases-channel-phone"));
    expect(facts.textContent).toContain("Vardagar 10–12");

    expect(card.textContent).not.toContain("lingonsylt");
    const toggle = within(card).getByTestId("closing-code-word-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(toggle);
    expect(within(card).getByTestId("closing-code-word-value").textContent).toBe("lingonsylt");
    // The plan's help signal and places are never on it.
    expect(card.textContent).not.toMatch(/KANARIE|kolonistuga|Batteriet/);
  });
});

describe("the support person's own will", () => {
  it("asks the person alone, neutrally, and records the answer with today's date", async () => {
    const id = filledCase();
    render(Cases);
    await fireEvent.click(await screen.findByTestId(`case-item-${id}`));
    await fireEvent.click(await screen.findByTestId("tab-contact"));
    expect(screen.getByTestId("contact-support-answer").textContent).toContain(sv("cases-support-not-asked"));
    await fireEvent.click(screen.getByTestId("contact-support-check"));
    const check = await screen.findByTestId("own-will");
    await pickLanguage("ar");
    expect(plain(within(check).getByTestId("own-will-question").textContent)).toBe(
      ar("own-will-question", { who: "Mostern" }),
    );
    // Neutral: nothing of the case but the support person's role.
    expect(check.textContent).not.toMatch(/Klient A|lingonsylt|KANARIE|Vardagar/);
    expect(within(check).queryByTestId("person-show-mine")).toBeNull();
    await fireEvent.click(within(check).getByTestId("own-will-alone"));
    // The answer is not on screen for whoever looks next.
    const thanks = within(check).getByTestId("own-will-thanks");
    expect(plain(thanks.textContent)).toContain(ar("own-will-thanks"));
    expect(within(check).queryByTestId("own-will-yes")).toBeNull();
    expect(check.textContent).not.toContain(ar("own-will-alone"));

    await waitFor(() => expect(shell.contacts.get(id)?.support_person.own_will).toEqual({ answer: "alone", on: today() }), SAVE_WAIT);
    expect(shell.contacts.get(id)?.support_person.own_will_confirmed_on).toBeNull();
    await fireEvent.click(within(check).getByTestId("person-exit"));
    expect(screen.queryByTestId("own-will")).toBeNull();
    expect(plain(screen.getByTestId("contact-support-answer").textContent)).toBe(
      sv("cases-support-answer", { answer: "alone", date: new Date(`${today()}T00:00`) }),
    );
  });

  it("is at hand in meeting mode once a support person takes part", async () => {
    const id = filledCase();
    const mode = await openMeeting(id);
    expect(within(mode).queryByTestId("meeting-show-own-will")).toBeNull();
    await fireEvent.change(within(mode).getByTestId("meeting-attendee-role"), { target: { value: "support-person" } });
    await fireEvent.click(within(mode).getByTestId("meeting-attendee-add"));
    await fireEvent.click(within(mode).getByTestId("meeting-show-own-will"));
    const check = await screen.findByTestId("own-will");
    await fireEvent.click(within(check).getByTestId("own-will-yes"));
    await waitFor(() => expect(shell.contacts.get(id)?.support_person.own_will_confirmed_on).toBe(today()), SAVE_WAIT);
    expect(shell.contacts.get(id)?.support_person.own_will?.answer).toBe("yes");
  });
});

describe("the journal note", () => {
  it("summarises the meeting in prose, leaves out code words, numbers and places, and copies nothing", async () => {
    const id = filledCase();
    const mode = await openMeeting(id);
    await fireEvent.click(within(mode).getByTestId("check-before-airplane-mode"));
    await fireEvent.input(within(mode).getByTestId("check-note-before-airplane-mode"), {
      target: { value: "Kodord lingonsylt repeterat, nås på 070-123 45 67" },
    });
    await fireEvent.click(within(mode).getByTestId("meeting-interpreter-phone"));
    await fireEvent.click(within(mode).getByTestId("meeting-interpreter-gender-female"));
    await fireEvent.click(within(mode).getByTestId("meeting-interpreter-named-today"));
    await fireEvent.input(within(mode).getByTestId("meeting-safe-contact"), {
      target: { value: "Ses vid Mormors kolonistuga nästa gång." },
    });
    await fireEvent.click(within(mode).getByTestId("meeting-show-journal"));
    const note = await screen.findByTestId("journal-note");
    const text = () => plain(within(note).getByTestId("journal-text").textContent);
    expect(text()).not.toMatch(/lingonsylt|070-123|kolonistuga/);
    const point = plain(within(note).getByTestId("journal-note-before-airplane-mode").textContent);
    expect(point).toBe(`Kodord ${sv("journal-omitted")} repeterat, nås på ${sv("journal-omitted")}`);
    expect(within(note).getByTestId("journal-done-before").textContent).toContain(sv("item-airplane-mode.check"));
    expect(plain(within(note).getByTestId("journal-interpreter").textContent)).toContain(
      sv("journal-interpreter-named", { date: new Date(`${today()}T00:00`) }),
    );
    expect(plain(within(note).getByTestId("journal-attended").textContent)).toBe(
      sv("journal-attended", { roles: sv("journal-role-practitioner") }),
    );
    expect(within(note).getByTestId("journal-sensitive-state").textContent).toBe(sv("journal-left-out"));

    // Copying is refused; there is no copy or export button.
    const copy = new Event("copy", { bubbles: true, cancelable: true });
    within(note).getByTestId("journal-text").dispatchEvent(copy);
    expect(copy.defaultPrevented).toBe(true);
    expect(within(note).queryAllByRole("button").map((b) => b.dataset.testid)).toEqual(["journal-exit"]);

    await fireEvent.click(within(note).getByTestId("journal-include-sensitive"));
    expect(text()).toContain("lingonsylt");
    expect(text()).toContain("070-123 45 67");
    expect(within(note).getByTestId("journal-sensitive-state").textContent).toBe(sv("journal-sensitive-shown"));
  });
});
