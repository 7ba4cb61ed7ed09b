// The case domain as the shell sends and receives it. Its types are
// generated from the Rust serde types in src/domain/*.rs (./wire/domain.ts,
// by ts-rs; a Rust test fails when that file is out of date), so they are
// never written twice. The shell deserialises with `deny_unknown_fields`:
// every object has exactly the Rust field names and every enum the Rust
// names. What stays here is the UI's own: the order in which each enum's
// values are offered (checked to be all of them, and nothing else, by the
// compiler), fresh documents for previews and tests, and small helpers.
import type { Catalogue } from "./ipc";
import { REVIEW_ITEMS } from "./wire/rules";
import type {
  AliasWarning,
  AttendeeRole,
  Case,
  Channel,
  ChecklistEntry,
  Colour,
  ContactAgreement,
  ContactRole,
  CrisisPlan,
  InterpreterGender,
  InterpreterGenderUsed,
  InterpreterMode,
  InterpreterPreferences,
  InterpreterUsed,
  KeepReady,
  KeepReadyThing,
  Limits,
  Meeting,
  MeetingPhase,
  OwnWill,
  OwnWillAnswer,
  PlaceType,
  PlanContact,
  Rating,
  ReviewDomain,
  ReviewEntry,
  ReviewItem,
  SafeToCall,
  SituationReview,
  SmsAllowed,
  SupportPerson,
  WarningKind,
  WarningSign,
} from "./wire/domain";

export type * from "./wire/domain";

/** Every value of the union `T`, in the order the UI offers them: a value
 *  missing, misspelt or too many is a compile error. */
function allOf<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : never)): A => values;
}

/** A vault record ID: 32 hex digits. */
export type RecordId = string;
/** chrono NaiveDate: "YYYY-MM-DD". */
export type IsoDate = string;
/** chrono DateTime<Utc>: RFC 3339. */
export type IsoDateTime = string;
/** chrono NaiveDateTime: "YYYY-MM-DDTHH:MM:SS". */
export type LocalDateTime = string;

// ---- limits (src/domain/limits.rs) -------------------------------------

/** Every length limit of the domain (generated from src/domain/limits.rs). */
export { LIMITS } from "./wire/rules";

// ---- case (case.rs, alias.rs) -------------------------------------------

export const COLOURS = allOf<Colour>()(["red", "orange", "yellow", "green", "blue", "purple"]);

export const ALIAS_WARNINGS = allOf<AliasWarning>()([
  "personal-identity-number",
  "street-address",
  "phone-number",
  "full-name",
]);

// ---- crisis plan (plan.rs) ----------------------------------------------

export const WARNING_KINDS = allOf<WarningKind>()([
  "travel-abroad",
  "engagement",
  "holidays",
  "family-pressure",
  "other",
]);

export const CONTACT_ROLES = allOf<ContactRole>()([
  "emergency112",
  "police",
  "social-services-on-call",
  "shelter",
  "trusted-person",
  "other",
]);

export const KEEP_READY_THINGS = allOf<KeepReadyThing>()(["id", "phone", "money", "medicine", "other"]);

/** As `CrisisPlan::new`: 112 first, ID/phone/money/medicine unticked. */
export function newPlan(caseId: RecordId, now = new Date()): CrisisPlan {
  const keep = (thing: KeepReadyThing): KeepReady => ({ thing, ready: false, note: "" });
  return {
    case_id: caseId,
    situation: "",
    warning_signs: [],
    steps: [],
    safe_places: [],
    contacts: [{ role: "emergency112", label: "", number: "112" }],
    keep_ready: [keep("id"), keep("phone"), keep("money"), keep("medicine")],
    code_word: "",
    gap_explanation: "",
    next_review: null,
    routine_note_given: false,
    updated: now.toISOString(),
  };
}

// ---- contact agreement (contact.rs) -------------------------------------

export const SAFE_TO_CALL = allOf<SafeToCall>()(["yes", "no", "only-at-times", "unknown"]);
export const SMS_ALLOWED = allOf<SmsAllowed>()(["yes", "no", "only-neutral", "unknown"]);
export const CHANNELS = allOf<Channel>()(["phone", "sms", "in-person", "via-contact-person", "other"]);
export const INTERPRETER_MODES = allOf<InterpreterMode>()(["phone", "on-site", "no-preference"]);
export const INTERPRETER_GENDERS = allOf<InterpreterGender>()(["female", "male", "no-preference"]);

export const OWN_WILL_ANSWERS = allOf<OwnWillAnswer>()(["yes", "no", "alone"]);

/** Records the person's answer to the own-will check, given on `on`: a
 *  "yes" confirms the support person as their own wish that day; any other
 *  answer withdraws an earlier confirmation. */
export function recordOwnWill(person: SupportPerson, answer: OwnWillAnswer, on: IsoDate): void {
  person.own_will = { answer, on };
  person.own_will_confirmed_on = answer === "yes" ? on : null;
}

/** As `ContactAgreement::new`: nothing known yet, channel in person. */
export function newContact(caseId: RecordId, now = new Date()): ContactAgreement {
  return {
    case_id: caseId,
    safe_to_call: "unknown",
    call_when: "",
    sms_allowed: "unknown",
    sms_content: "",
    code_word_cannot_talk: "",
    if_someone_else_answers: "",
    preferred_channel: "in-person",
    interpreter: { mode: "no-preference", gender: "no-preference", avoid: "", name_announced: false, stop_sign: "" },
    support_person: { who: "", own_will_confirmed_on: null, own_will: null },
    updated: now.toISOString(),
  };
}

// ---- situation review (review.rs) ---------------------------------------

export const REVIEW_DOMAINS = allOf<ReviewDomain>()([
  "control-and-violence",
  "collective",
  "vulnerability",
  "triggers",
  "children-at-risk",
]);

/** How far an item applies. Words only: no order, no numbers, no score. */
export const RATINGS = allOf<Rating>()(["present", "partly", "absent", "unknown"]);

/** The review's items, grouped by domain in display order (generated from review.rs). */
export { REVIEW_ITEMS };

function unknownEntry(itemId: string): ReviewEntry {
  return { item_id: itemId, now: "unknown", before: "unknown", note: "" };
}

/** As `SituationReview::new`: every item unknown now and before. */
export function newReview(caseId: RecordId, now = new Date()): SituationReview {
  return {
    case_id: caseId,
    items: REVIEW_ITEMS.map((i) => unknownEntry(i.id)),
    children_information_passed_on: false,
    own_view: "",
    summary: "",
    linked_measures: [],
    updated: now.toISOString(),
  };
}

/** As `SituationReview::step_removed`, after `plan.steps.splice(index, 1)`:
 *  the link to the removed step goes, later links shift down by one. */
export function stepRemoved(review: SituationReview, index: number): void {
  const kept = review.linked_measures.filter((l) => l !== index).map((l) => (l > index ? l - 1 : l));
  review.linked_measures.splice(0, review.linked_measures.length, ...kept);
}

/** As `SituationReview::step_moved`, after a step moved from `from` to `to`
 *  (remove at `from`, insert at `to`). */
export function stepMoved(review: SituationReview, from: number, to: number): void {
  const moved = review.linked_measures.map((l) => {
    if (l === from) return to;
    if (from < to && l >= from + 1 && l <= to) return l - 1;
    if (to < from && l >= to && l < from) return l + 1;
    return l;
  });
  review.linked_measures.splice(0, review.linked_measures.length, ...moved);
}

/** Moves `list[from]` to position `to`, as remove-then-insert. */
export function moveItem<T>(list: T[], from: number, to: number): void {
  const [x] = list.splice(from, 1);
  if (x !== undefined) list.splice(to, 0, x);
}

// ---- meeting (meeting.rs) -----------------------------------------------

export const PLACE_TYPES = allOf<PlaceType>()(["office", "school", "home", "phone", "video", "other"]);
export const MEETING_PHASES = allOf<MeetingPhase>()(["before", "during", "after"]);
export const ATTENDEE_ROLES = allOf<AttendeeRole>()([
  "practitioner",
  "interpreter",
  "support-person",
  "colleague",
  "police",
  "other",
]);
export const INTERPRETER_USED = allOf<InterpreterUsed>()(["none", "phone", "on-site"]);
export const INTERPRETER_GENDERS_USED = allOf<InterpreterGenderUsed>()(["not-asked", "female", "male"]);

/** As `Meeting::checklist_from`: one unticked entry per checklist item and
 *  phase ("any" counts as "during"), ordered by phase, then catalogue order.
 *  (The shell builds real meetings; this is for tests and previews.) */
export function checklistFrom(catalogue: Catalogue): ChecklistEntry[] {
  const out: ChecklistEntry[] = [];
  const asMeeting = (p: string): MeetingPhase => (p === "any" ? "during" : (p as MeetingPhase));
  for (const phase of MEETING_PHASES) {
    for (const item of catalogue.items.filter((i) => i.checklist)) {
      if (item.phases.some((p) => asMeeting(p) === phase)) {
        out.push({ item_id: item.id, phase, done: false, note: "" });
      }
    }
  }
  return out;
}

// ---- date helpers -------------------------------------------------------

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Today's local date as "YYYY-MM-DD". */
export function today(now = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `<input type="datetime-local">` value ("YYYY-MM-DDTHH:MM[:SS]") to a
 *  NaiveDateTime ("YYYY-MM-DDTHH:MM:SS"); empty or malformed gives null. */
export function toLocalDateTime(input: string): LocalDateTime | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(input);
  if (!m) return null;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}`;
}

/** A NaiveDateTime to the value a datetime-local input shows (minutes). */
export function fromLocalDateTime(value: LocalDateTime | null): string {
  return value ? value.slice(0, 16) : "";
}

/** `<input type="date">` value to a NaiveDate or null. */
export function toDate(input: string): IsoDate | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(input) ? input : null;
}

/** Whole days between an RFC 3339 time and now (for "untouched for"). */
export function daysSince(iso: IsoDateTime, now = new Date()): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

