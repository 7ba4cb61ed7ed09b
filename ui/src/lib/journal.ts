// The journal note's facts: what a meeting record says, shaped for the
// practitioner to read from while writing the official journal, with what
// must never travel left out unless they deliberately include it.
//
// Left out by default: the code words (the agreement's "cannot talk" word,
// the crisis plan's help signal, the interpreter stop sign), the agreed
// explanation for the phone's gap, the plan's safe places, and anything
// that looks like a phone or personal identity number (seven digits or
// more: a private number; 112, 1177 and 114 14 are public and stay). Free text is
// searched for every one of those, case-insensitively, so a code word a
// practitioner typed into a checklist note is left out too.
import type {
  AttendeeRole,
  ChecklistEntry,
  ContactAgreement,
  CrisisPlan,
  Meeting,
  MeetingPhase,
  OwnWill,
} from "./domain";
import { MEETING_PHASES } from "./domain";

/** A run of free text, or the place of something left out. */
export type Segment = { text: string } | { omitted: true };

/** Shorter than this, a secret is not searched for in free text (one
 *  letter would blank half the note); it is still left out where it is a
 *  field of its own. */
const SECRET_MIN_CHARS = 2;
/** A run of digits and phone punctuation with at least this many digits. */
const NUMBER_MIN_DIGITS = 7;
const NUMBER_RUN = /\+?\d[\d\s\-()./]*\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What must not leave the app, from the case's plan and agreement. */
export function secretsOf(plan: CrisisPlan | null, contact: ContactAgreement | null): string[] {
  const all = [
    contact?.code_word_cannot_talk,
    contact?.interpreter.stop_sign,
    plan?.code_word,
    plan?.gap_explanation,
    ...(plan?.safe_places ?? []),
  ];
  const out = new Set<string>();
  for (const s of all) {
    const v = s?.trim() ?? "";
    if (v.length >= SECRET_MIN_CHARS) out.add(v);
  }
  // Longest first, so a secret that contains another is left out whole.
  return [...out].sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where in `text` the numbers that look like phone or identity numbers are. */
function numberSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0];
    const digits = run.replace(/\D/g, "").length;
    if (digits >= NUMBER_MIN_DIGITS && !ISO_DATE.test(run)) out.push([m.index, m.index + run.length]);
  }
  return out;
}

/** `text` in segments, with every secret and every number-like run left
 *  out, unless `include`. Left-out runs with only space between are one. */
export function redact(text: string, secrets: readonly string[], include: boolean): Segment[] {
  if (text === "") return [];
  if (include) return [{ text }];
  const spans = numberSpans(text);
  if (secrets.length > 0) {
    const re = new RegExp(secrets.map(escape).join("|"), "giu"); // lint-i18n: not shown
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    const gap = text.slice(at, from);
    const before = out.at(-1);
    // Two left-out runs with only space between are one mark.
    if (gap !== "" && !(gap.trim() === "" && before && "omitted" in before)) out.push({ text: gap });
    const last = out.at(-1);
    if (!last || !("omitted" in last)) out.push({ omitted: true });
    at = Math.max(at, to);
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** One checklist point of the note, with its note text. */
export interface JournalPoint {
  item_id: string;
  note: Segment[];
}

export interface JournalNote {
  date: string;
  place: Meeting["place"];
  /** Each role once, in the order first listed. */
  roles: AttendeeRole[];
  interpreter: Meeting["interpreter"];
  interpreter_gender: Meeting["interpreter_gender"];
  interpreter_named_on: string | null;
  /** The person's last answer to the own-will check, if asked. */
  own_will: OwnWill | null;
  phone_trail_done: boolean;
  /** By phase, the points done and not done. */
  done: Record<MeetingPhase, JournalPoint[]>;
  not_done: Record<MeetingPhase, JournalPoint[]>;
  who_sees_what: Segment[];
  next_meeting: string | null;
  safe_contact: Segment[];
  closing_given: boolean;
  /** Something was left out of the free text (the note says so). */
  left_out: boolean;
}

/** The note of `meeting`, with secrets of the case left out unless `include`. */
export function journalOf(
  meeting: Meeting,
  plan: CrisisPlan | null,
  contact: ContactAgreement | null,
  include: boolean,
): JournalNote {
  const secrets = secretsOf(plan, contact);
  let leftOut = false;
  const clean = (text: string): Segment[] => {
    const s = redact(text.trim(), secrets, include);
    if (s.some((x) => "omitted" in x)) leftOut = true;
    return s;
  };
  const byPhase = (want: boolean) => {
    const out = { before: [], during: [], after: [] } as Record<MeetingPhase, JournalPoint[]>;
    for (const phase of MEETING_PHASES) {
      out[phase] = meeting.checklist
        .filter((e: ChecklistEntry) => e.phase === phase && e.done === want)
        .map((e) => ({ item_id: e.item_id, note: clean(e.note) }));
    }
    return out;
  };
  const note: JournalNote = {
    date: meeting.date,
    place: meeting.place,
    roles: [...new Set(meeting.attendees)],
    interpreter: meeting.interpreter,
    interpreter_gender: meeting.interpreter_gender,
    interpreter_named_on: meeting.interpreter_named_on,
    own_will: contact?.support_person.own_will ?? null,
    phone_trail_done: meeting.phone_trail_done,
    done: byPhase(true),
    not_done: byPhase(false),
    who_sees_what: clean(meeting.closing_who_sees_what),
    next_meeting: meeting.next_meeting,
    safe_contact: clean(meeting.closing_safe_contact),
    closing_given: meeting.closing_given,
    left_out: false,
  };
  note.left_out = leftOut;
  return note;
}
