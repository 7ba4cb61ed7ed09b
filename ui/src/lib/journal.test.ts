// What the journal note leaves out: a practitioner reads from it while
// writing a journal others may read, so no code word, number or safe place
// may reach it unless they ask for it.
import { describe, expect, it } from "vitest";
import { newContact, newPlan, type Meeting } from "./domain";
import { journalOf, redact, secretsOf, type Segment } from "./journal";
import { fixture } from "../views/cases/testing";

const CASE = "ab".repeat(16);
const text = (s: Segment[]) => s.map((x) => ("omitted" in x ? "[…]" : x.text)).join("");

function filled() {
  const plan = newPlan(CASE);
  plan.code_word = "Blåbär";
  plan.safe_places = ["Mormors kolonistuga", "Biblioteket i Ås"];
  plan.contacts.push({ role: "trusted-person", label: "Kusin", number: "070-987 65 43" });
  plan.gap_explanation = "Batteriet tog slut på bussen";
  const contact = newContact(CASE);
  contact.code_word_cannot_talk = "lingonsylt";
  contact.interpreter.stop_sign = "handen på bordet";
  contact.support_person.own_will = { answer: "alone", on: "2026-12-06" };
  const meeting = structuredClone(fixture.meeting) as Meeting;
  meeting.attendees = ["practitioner", "interpreter", "support-person", "interpreter"];
  meeting.checklist[0]!.done = true;
  meeting.checklist[0]!.note = "Kodord Lingonsylt bekräftat, ring 0701234567 efter 2026-12-10";
  meeting.checklist[1]!.note = "Träffas vid mormors kolonistuga";
  meeting.closing_who_sees_what = "Socialsekreterare och BOPS-handläggare. Nås på 08-123 456 78.";
  meeting.closing_safe_contact = "Sms med 'tvättid' betyder ring. Säg aldrig blåbär i telefon.";
  return { plan, contact, meeting };
}

describe("journal note", () => {
  it("leaves out every code word, safe place and number, wherever it was typed", () => {
    const { plan, contact, meeting } = filled();
    const note = journalOf(meeting, plan, contact, false);
    const all = [
      ...Object.values(note.done).flat(),
      ...Object.values(note.not_done).flat(),
    ]
      .map((p) => text(p.note))
      .concat(text(note.who_sees_what), text(note.safe_contact))
      .join("\n");
    for (const secret of ["lingonsylt", "Lingonsylt", "blåbär", "kolonistuga", "0701234567", "08-123 456 78"]) {
      expect(all).not.toContain(secret);
    }
    // The rest of what was typed is all there, and a date is not a number to hide.
    expect(all).toContain("Kodord […] bekräftat, ring […] efter 2026-12-10");
    expect(all).toContain("Träffas vid […]");
    expect(text(note.who_sees_what)).toBe("Socialsekreterare och BOPS-handläggare. Nås på […].");
    expect(note.left_out).toBe(true);
    expect(note.roles).toEqual(["practitioner", "interpreter", "support-person"]);
    expect(note.own_will).toEqual({ answer: "alone", on: "2026-12-06" });
  });

  it("shows everything as typed only when asked to", () => {
    const { plan, contact, meeting } = filled();
    const note = journalOf(meeting, plan, contact, true);
    expect(text(note.who_sees_what)).toBe(meeting.closing_who_sees_what);
    expect(text(note.safe_contact)).toBe(meeting.closing_safe_contact);
    expect(note.left_out).toBe(false);
  });

  it("sorts the checklist into done and not done by phase, notes kept", () => {
    const { plan, contact, meeting } = filled();
    const note = journalOf(meeting, plan, contact, false);
    const first = meeting.checklist[0]!;
    expect(note.done[first.phase].map((p) => p.item_id)).toEqual([first.item_id]);
    const notDone = Object.values(note.not_done).flat().length;
    expect(notDone).toBe(meeting.checklist.length - 1);
  });

  it("joins what is left out side by side into one mark, and keeps short words", () => {
    expect(text(redact("ring 070-111 22 33 lingon", ["lingon"], false))).toBe("ring […]");
    const plan = newPlan(CASE);
    plan.code_word = "a";
    // One letter is no secret to search for; 112 on the plan is public.
    expect(secretsOf(plan, null)).toEqual([]);
    // 112 is no secret, and a short number is not a phone number.
    expect(text(redact("Ring 112 eller 1177", [], false))).toBe("Ring 112 eller 1177");
  });
});
