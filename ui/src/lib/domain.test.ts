// The TypeScript mirror against what the Rust domain itself serialised
// (domain.fixture.json, made with serde_json from src/domain/*.rs). The shell
// rejects unknown fields, so a key too many or too few is a failed save.
import { describe, expect, it } from "vitest";
import {
  ALIAS_WARNINGS,
  ATTENDEE_ROLES,
  CHANNELS,
  COLOURS,
  CONTACT_ROLES,
  INTERPRETER_GENDERS,
  INTERPRETER_MODES,
  INTERPRETER_GENDERS_USED,
  INTERPRETER_USED,
  OWN_WILL_ANSWERS,
  KEEP_READY_THINGS,
  LIMITS,
  MEETING_PHASES,
  PLACE_TYPES,
  RATINGS,
  REVIEW_DOMAINS,
  REVIEW_ITEMS,
  SAFE_TO_CALL,
  SMS_ALLOWED,
  WARNING_KINDS,
  checklistFrom,
  fillMissing,
  fromLocalDateTime,
  newContact,
  newPlan,
  newReview,
  stepMoved,
  stepRemoved,
  toDate,
  toLocalDateTime,
} from "./domain";
import { fixture, keyPaths } from "../views/cases/testing";

const CASE_ID = "ab".repeat(16);

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

/** The value as JSON, without the timestamp the Rust side set to "now". */
function withoutUpdated<T extends { updated: string }>(v: T): Omit<T, "updated"> {
  const copy = JSON.parse(JSON.stringify(v)) as T;
  delete (copy as Partial<T>).updated;
  return copy;
}

describe("domain mirror", () => {
  it("a default plan has exactly the keys and values of CrisisPlan::new", () => {
    const plan = newPlan(CASE_ID);
    expect(Object.keys(plan).sort()).toEqual(Object.keys(fixture.plan).sort());
    expect(sortedUnique(keyPaths(plan))).toEqual(sortedUnique(keyPaths(fixture.plan)));
    // The nested shapes that a default plan leaves empty, from a plan with one of each.
    const full = newPlan(CASE_ID);
    full.warning_signs.push({ kind: "travel-abroad", note: "" });
    full.keep_ready.push({ thing: "other", ready: true, note: "" });
    expect(sortedUnique(keyPaths(full))).toEqual(sortedUnique(keyPaths(fixture.plan_variants)));
    expect(withoutUpdated(plan)).toEqual(withoutUpdated(fixture.plan));
    expect(plan.contacts[0]).toEqual({ role: "emergency112", label: "", number: "112" });
    expect(Number.isNaN(Date.parse(plan.updated))).toBe(false);
  });

  it("a default contact agreement and review match ContactAgreement::new and SituationReview::new", () => {
    const contact = newContact(CASE_ID);
    expect(sortedUnique(keyPaths(contact))).toEqual(sortedUnique(keyPaths(fixture.contact)));
    expect(withoutUpdated(contact)).toEqual(withoutUpdated(fixture.contact));
    const review = newReview(CASE_ID);
    expect(sortedUnique(keyPaths(review))).toEqual(sortedUnique(keyPaths(fixture.review)));
    expect(withoutUpdated(review)).toEqual(withoutUpdated(fixture.review));
  });

  it("a meeting's checklist is built as Meeting::checklist_from builds it", () => {
    expect(checklistFrom(fixture.catalogue)).toEqual(fixture.meeting.checklist);
    // The meeting's own keys (the shell makes meetings; the UI sends them back whole).
    expect(Object.keys(fixture.meeting).sort()).toEqual(
      [
        "attendees",
        "case_id",
        "checklist",
        "closing_given",
        "closing_safe_contact",
        "closing_who_sees_what",
        "date",
        "interpreter",
        "interpreter_gender",
        "interpreter_named_on",
        "next_meeting",
        "phone_trail_done",
        "place",
        "updated",
      ].sort(),
    );
    expect(fixture.meeting.next_meeting).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it("every enum has the kebab-case names serde gives it", () => {
    const e = fixture.enums;
    expect([...RATINGS]).toEqual(e.rating);
    expect([...REVIEW_DOMAINS]).toEqual(e.review_domain);
    expect([...CONTACT_ROLES]).toEqual(e.contact_role);
    expect([...KEEP_READY_THINGS]).toEqual(e.keep_ready_thing);
    expect([...WARNING_KINDS]).toEqual(e.warning_kind);
    expect([...COLOURS]).toEqual(e.colour);
    expect([...SAFE_TO_CALL]).toEqual(e.safe_to_call);
    expect([...SMS_ALLOWED]).toEqual(e.sms_allowed);
    expect([...CHANNELS]).toEqual(e.channel);
    expect([...INTERPRETER_MODES]).toEqual(e.interpreter_mode);
    expect([...INTERPRETER_GENDERS]).toEqual(e.interpreter_gender);
    expect([...PLACE_TYPES]).toEqual(e.place_type);
    expect([...MEETING_PHASES]).toEqual(e.meeting_phase);
    expect([...ATTENDEE_ROLES]).toEqual(e.attendee_role);
    expect([...INTERPRETER_USED]).toEqual(e.interpreter_used);
    expect([...INTERPRETER_GENDERS_USED]).toEqual(e.interpreter_gender_used);
    expect([...OWN_WILL_ANSWERS]).toEqual(e.own_will_answer);
    expect([...ALIAS_WARNINGS]).toEqual(e.alias_warning);
  });

  it("limits and review items are those of limits.rs and review.rs", () => {
    expect({ ...LIMITS }).toEqual(fixture.limits);
    expect(REVIEW_ITEMS.map((i) => ({ ...i }))).toEqual(fixture.review_items);
  });
});

describe("links from the review to plan steps", () => {
  it("follow a removed step as step_removed does", () => {
    const r = newReview(CASE_ID);
    r.linked_measures = [0, 2, 3];
    stepRemoved(r, 2);
    expect(r.linked_measures).toEqual([0, 2]);
    r.linked_measures = [1, 4];
    stepRemoved(r, 0);
    expect(r.linked_measures).toEqual([0, 3]);
  });

  it("follow a moved step as step_moved does", () => {
    // Steps [a, b, c, d]; links to a and d; move a to the end: [b, c, d, a].
    const r = newReview(CASE_ID);
    r.linked_measures = [0, 3];
    stepMoved(r, 0, 3);
    expect(r.linked_measures).toEqual([3, 2]);
    stepMoved(r, 3, 0);
    expect(r.linked_measures).toEqual([0, 3]);
    // A neighbour swap carries both links.
    r.linked_measures = [1, 2];
    stepMoved(r, 1, 2);
    expect(r.linked_measures).toEqual([2, 1]);
  });

  it("stay pointed at the same step text after any move", () => {
    const steps = ["a", "b", "c", "d", "e"];
    for (let from = 0; from < steps.length; from++) {
      for (let to = 0; to < steps.length; to++) {
        const s = [...steps];
        const r = newReview(CASE_ID);
        r.linked_measures = [0, 2, 4];
        const before = r.linked_measures.map((i) => s[i]);
        const [x] = s.splice(from, 1);
        s.splice(to, 0, x as string);
        stepMoved(r, from, to);
        expect(r.linked_measures.map((i) => s[i])).toEqual(before);
      }
    }
  });
});

describe("review entries", () => {
  it("fill_missing restores every item in order and keeps ratings", () => {
    const r = newReview(CASE_ID);
    r.items = r.items.filter((e) => e.item_id !== "control-threats").reverse();
    const first = r.items[0];
    if (first) first.now = "present";
    const kept = first?.item_id;
    fillMissing(r);
    expect(r.items.map((e) => e.item_id)).toEqual(REVIEW_ITEMS.map((i) => i.id));
    expect(r.items.find((e) => e.item_id === kept)?.now).toBe("present");
  });
});

describe("wire formats of dates", () => {
  it("turns input values into NaiveDate and NaiveDateTime strings", () => {
    expect(toDate("2026-03-14")).toBe("2026-03-14");
    expect(toDate("")).toBeNull();
    expect(toLocalDateTime("2026-04-01T09:30")).toBe("2026-04-01T09:30:00");
    expect(toLocalDateTime("2026-04-01T09:30:15")).toBe("2026-04-01T09:30:15");
    expect(toLocalDateTime("")).toBeNull();
    expect(fromLocalDateTime("2026-04-01T09:30:00")).toBe("2026-04-01T09:30");
    expect(fromLocalDateTime(null)).toBe("");
  });
});
