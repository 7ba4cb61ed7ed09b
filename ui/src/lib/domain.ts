// The case domain as the shell sends and receives it: a TypeScript mirror of
// the Rust serde types in src/domain/*.rs. The shell deserialises with
// `deny_unknown_fields`, so every object here must have exactly the Rust
// field names (snake_case) and every enum the Rust kebab-case names.
// Wire formats: RecordId = 32 hex digits; NaiveDate = "YYYY-MM-DD";
// DateTime<Utc> = RFC 3339; NaiveDateTime = "YYYY-MM-DDTHH:MM:SS";
// Option<T> = T | null. domain.test.ts checks this against a fixture
// serialised by the Rust code itself (domain.fixture.json).
import type { Catalogue } from "./ipc";

/** A vault record ID: 32 hex digits. */
export type RecordId = string;
/** chrono NaiveDate: "YYYY-MM-DD". */
export type IsoDate = string;
/** chrono DateTime<Utc>: RFC 3339. */
export type IsoDateTime = string;
/** chrono NaiveDateTime: "YYYY-MM-DDTHH:MM:SS". */
export type LocalDateTime = string;

// ---- limits (src/domain/limits.rs) -------------------------------------

/** Every length limit of the domain, counted in Unicode scalar values. */
export const LIMITS = {
  alias: 60,
  short_text: 200,
  long_text: 10_000,
  code_word: 100,
  phone_number: 30,
  list: 50,
  checklist: 300,
} as const;

// ---- case (case.rs, alias.rs) -------------------------------------------

export const COLOURS = ["red", "orange", "yellow", "green", "blue", "purple"] as const;
export type Colour = (typeof COLOURS)[number];

export interface Case {
  alias: string;
  colour: Colour | null;
  created: IsoDateTime;
  updated: IsoDateTime;
  archived: boolean;
}

export const ALIAS_WARNINGS = [
  "personal-identity-number",
  "street-address",
  "phone-number",
  "full-name",
] as const;
export type AliasWarning = (typeof ALIAS_WARNINGS)[number];

// ---- crisis plan (plan.rs) ----------------------------------------------

export const WARNING_KINDS = [
  "travel-abroad",
  "engagement",
  "holidays",
  "family-pressure",
  "other",
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface WarningSign {
  kind: WarningKind;
  note: string;
}

export const CONTACT_ROLES = [
  "emergency112",
  "police",
  "social-services-on-call",
  "shelter",
  "trusted-person",
  "other",
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface PlanContact {
  role: ContactRole;
  label: string;
  number: string;
}

export const KEEP_READY_THINGS = ["id", "phone", "money", "medicine", "other"] as const;
export type KeepReadyThing = (typeof KEEP_READY_THINGS)[number];

export interface KeepReady {
  thing: KeepReadyThing;
  ready: boolean;
  note: string;
}

export interface CrisisPlan {
  case_id: RecordId;
  situation: string;
  warning_signs: WarningSign[];
  steps: string[];
  safe_places: string[];
  contacts: PlanContact[];
  keep_ready: KeepReady[];
  code_word: string;
  /** What the person says if asked why the phone was off (phone-trail card). */
  gap_explanation: string;
  next_review: IsoDate | null;
  routine_note_given: boolean;
  updated: IsoDateTime;
}

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

export const SAFE_TO_CALL = ["yes", "no", "only-at-times", "unknown"] as const;
export type SafeToCall = (typeof SAFE_TO_CALL)[number];
export const SMS_ALLOWED = ["yes", "no", "only-neutral", "unknown"] as const;
export type SmsAllowed = (typeof SMS_ALLOWED)[number];
export const CHANNELS = ["phone", "sms", "in-person", "via-contact-person", "other"] as const;
export type Channel = (typeof CHANNELS)[number];
export const INTERPRETER_MODES = ["phone", "on-site", "no-preference"] as const;
export type InterpreterMode = (typeof INTERPRETER_MODES)[number];
export const INTERPRETER_GENDERS = ["female", "male", "no-preference"] as const;
export type InterpreterGender = (typeof INTERPRETER_GENDERS)[number];

export interface InterpreterPreferences {
  mode: InterpreterMode;
  gender: InterpreterGender;
  avoid: string;
  name_announced: boolean;
  /** The sign the person makes to end a call with an unsuitable interpreter. */
  stop_sign: string;
}

export const OWN_WILL_ANSWERS = ["yes", "no", "alone"] as const;
export type OwnWillAnswer = (typeof OWN_WILL_ANSWERS)[number];

/** The person's last answer to the own-will check, asked alone, and its date. */
export interface OwnWill {
  answer: OwnWillAnswer;
  on: IsoDate;
}

export interface SupportPerson {
  who: string;
  /** Set to the answer's date by a "yes" to the own-will check, cleared by any other answer. */
  own_will_confirmed_on: IsoDate | null;
  own_will: OwnWill | null;
}

/** Records the person's answer to the own-will check, given on `on`: a
 *  "yes" confirms the support person as their own wish that day; any other
 *  answer withdraws an earlier confirmation. */
export function recordOwnWill(person: SupportPerson, answer: OwnWillAnswer, on: IsoDate): void {
  person.own_will = { answer, on };
  person.own_will_confirmed_on = answer === "yes" ? on : null;
}

export interface ContactAgreement {
  case_id: RecordId;
  safe_to_call: SafeToCall;
  call_when: string;
  sms_allowed: SmsAllowed;
  sms_content: string;
  code_word_cannot_talk: string;
  if_someone_else_answers: string;
  preferred_channel: Channel;
  interpreter: InterpreterPreferences;
  support_person: SupportPerson;
  updated: IsoDateTime;
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

export const REVIEW_DOMAINS = [
  "control-and-violence",
  "collective",
  "vulnerability",
  "triggers",
  "children-at-risk",
] as const;
export type ReviewDomain = (typeof REVIEW_DOMAINS)[number];

/** How far an item applies. Words only: no order, no numbers, no score. */
export const RATINGS = ["present", "partly", "absent", "unknown"] as const;
export type Rating = (typeof RATINGS)[number];

export interface ReviewItem {
  id: string;
  domain: ReviewDomain;
}

/** `REVIEW_ITEMS`, grouped by domain in display order. */
export const REVIEW_ITEMS: readonly ReviewItem[] = [
  { id: "control-restrictions", domain: "control-and-violence" },
  { id: "control-monitoring", domain: "control-and-violence" },
  { id: "control-threats", domain: "control-and-violence" },
  { id: "control-violence", domain: "control-and-violence" },
  { id: "collective-multiple-perpetrators", domain: "collective" },
  { id: "collective-family-mandate", domain: "collective" },
  { id: "collective-reputation", domain: "collective" },
  { id: "collective-network-abroad", domain: "collective" },
  { id: "vulnerability-intellectual-disability", domain: "vulnerability" },
  { id: "vulnerability-dependence", domain: "vulnerability" },
  { id: "vulnerability-isolation", domain: "vulnerability" },
  { id: "vulnerability-ill-health", domain: "vulnerability" },
  { id: "trigger-travel-abroad", domain: "triggers" },
  { id: "trigger-engagement-marriage", domain: "triggers" },
  { id: "trigger-holidays", domain: "triggers" },
  { id: "trigger-relationship-disclosed", domain: "triggers" },
  { id: "trigger-contact-with-authorities", domain: "triggers" },
  { id: "children-in-household", domain: "children-at-risk" },
  { id: "children-exposed", domain: "children-at-risk" },
  { id: "children-witnessed", domain: "children-at-risk" },
  { id: "children-risk-abroad-or-marriage", domain: "children-at-risk" },
];

export interface ReviewEntry {
  item_id: string;
  now: Rating;
  before: Rating;
  note: string;
}

export interface SituationReview {
  case_id: RecordId;
  items: ReviewEntry[];
  children_information_passed_on: boolean;
  own_view: string;
  summary: string;
  /** Indices into the plan's `steps`; keep them right with stepRemoved/stepMoved. */
  linked_measures: number[];
  updated: IsoDateTime;
}

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

/** As `SituationReview::fill_missing`: adds unknown entries for missing
 *  items and orders entries as REVIEW_ITEMS (unknown IDs last). */
export function fillMissing(review: SituationReview): void {
  for (const item of REVIEW_ITEMS) {
    if (!review.items.some((e) => e.item_id === item.id)) review.items.push(unknownEntry(item.id));
  }
  const position = (id: string) => {
    const p = REVIEW_ITEMS.findIndex((i) => i.id === id);
    return p < 0 ? REVIEW_ITEMS.length : p;
  };
  // Array.prototype.sort is stable, like Rust's sort_by_key.
  review.items.sort((a, b) => position(a.item_id) - position(b.item_id));
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

export const PLACE_TYPES = ["office", "school", "home", "phone", "video", "other"] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];
export const MEETING_PHASES = ["before", "during", "after"] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];
export const ATTENDEE_ROLES = [
  "practitioner",
  "interpreter",
  "support-person",
  "colleague",
  "police",
  "other",
] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export const INTERPRETER_USED = ["none", "phone", "on-site"] as const;
export type InterpreterUsed = (typeof INTERPRETER_USED)[number];
export const INTERPRETER_GENDERS_USED = ["not-asked", "female", "male"] as const;
export type InterpreterGenderUsed = (typeof INTERPRETER_GENDERS_USED)[number];

export interface ChecklistEntry {
  item_id: string;
  phase: MeetingPhase;
  done: boolean;
  note: string;
}

export interface Meeting {
  case_id: RecordId;
  date: IsoDate;
  place: PlaceType;
  checklist: ChecklistEntry[];
  attendees: AttendeeRole[];
  interpreter: InterpreterUsed;
  interpreter_gender: InterpreterGenderUsed;
  /** When the interpreter's name was given to the person in advance; null if not. */
  interpreter_named_on: IsoDate | null;
  /** The phone-trail card was gone through with the person. */
  phone_trail_done: boolean;
  closing_who_sees_what: string;
  next_meeting: LocalDateTime | null;
  closing_safe_contact: string;
  closing_given: boolean;
  updated: IsoDateTime;
}

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

