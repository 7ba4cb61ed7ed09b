// GENERATED from the Rust domain (src/domain/*.rs, src/casebook) by src/wire.rs
// with ts-rs. Do not edit: change the Rust type, then run
//   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire
// Dates cross the wire as strings: a NaiveDate as YYYY-MM-DD, a
// NaiveDateTime as YYYY-MM-DDTHH:MM:SS, a DateTime<Utc> as RFC 3339.

export type Case = { 
/**
 * Chosen by the practitioner; never the person's name (see
 * [`alias_warnings`]). 1..=60 chars after trimming.
 */
alias: string, colour: Colour | null, created: string, updated: string, archived: boolean, };

export type Colour = "red" | "orange" | "yellow" | "green" | "blue" | "purple";

export type CrisisPlan = { case_id: string, 
/**
 * The person's current situation. Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
situation: string, 
/**
 * ≤ [`LIST_MAX`] entries.
 */
warning_signs: Array<WarningSign>, 
/**
 * What the person does if something happens, in order. ≤ [`LIST_MAX`]
 * steps of one line, ≤ [`SHORT_TEXT_MAX`] each.
 */
steps: Array<string>, 
/**
 * ≤ [`LIST_MAX`] places of one line, ≤ [`SHORT_TEXT_MAX`] each.
 */
safe_places: Array<string>, 
/**
 * ≤ [`LIST_MAX`] entries.
 */
contacts: Array<PlanContact>, 
/**
 * ≤ [`LIST_MAX`] entries.
 */
keep_ready: Array<KeepReady>, 
/**
 * Agreed code word or signal. One line, ≤ [`CODE_WORD_MAX`].
 */
code_word: string, 
/**
 * What the person says if someone asks why their phone was off or
 * showed no location for a while (agreed with the person on the
 * phone-trail card). Multi-line, ≤ [`LONG_TEXT_MAX`]. Absent in records
 * written before it existed (read as empty).
 */
gap_explanation: string, next_review: string | null, 
/**
 * The person has been told that a crisis plan is routine in every case,
 * even if it is never used (the sheet asks for this).
 */
routine_note_given: boolean, updated: string, };

export type WarningKind = "travel-abroad" | "engagement" | "holidays" | "family-pressure" | "other";

export type WarningSign = { kind: WarningKind, 
/**
 * Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
note: string, };

export type ContactRole = "emergency112" | "police" | "social-services-on-call" | "shelter" | "trusted-person" | "other";

export type PlanContact = { role: ContactRole, 
/**
 * One line, ≤ [`SHORT_TEXT_MAX`]; may be empty.
 */
label: string, 
/**
 * Digits and ` -+()/.`, ≤ [`PHONE_NUMBER_MAX`]; may be empty.
 */
number: string, };

export type KeepReadyThing = "id" | "phone" | "money" | "medicine" | "other";

export type KeepReady = { thing: KeepReadyThing, ready: boolean, 
/**
 * One line, ≤ [`SHORT_TEXT_MAX`].
 */
note: string, };

export type ContactAgreement = { case_id: string, safe_to_call: SafeToCall, 
/**
 * When calling is safe. One line, ≤ [`SHORT_TEXT_MAX`].
 */
call_when: string, sms_allowed: SmsAllowed, 
/**
 * What an SMS may say. Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
sms_content: string, 
/**
 * Code word meaning "I cannot talk". One line, ≤ [`CODE_WORD_MAX`].
 */
code_word_cannot_talk: string, 
/**
 * What to do if someone else answers. Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
if_someone_else_answers: string, preferred_channel: Channel, interpreter: InterpreterPreferences, support_person: SupportPerson, updated: string, };

export type SafeToCall = "yes" | "no" | "only-at-times" | "unknown";

export type SmsAllowed = "yes" | "no" | "only-neutral" | "unknown";

export type Channel = "phone" | "sms" | "in-person" | "via-contact-person" | "other";

export type InterpreterMode = "phone" | "on-site" | "no-preference";

export type InterpreterGender = "female" | "male" | "no-preference";

export type InterpreterPreferences = { mode: InterpreterMode, gender: InterpreterGender, 
/**
 * Interpreters who must not be used (e.g. known to the family).
 * Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
avoid: string, 
/**
 * The interpreter's name is told to the person in advance, so they can
 * object to someone who knows their network.
 */
name_announced: boolean, 
/**
 * The sign the person makes if the interpreter asks something
 * unsuitable, so that the call ends (the sheet's "Tolkanvändning").
 * Not the code word for the phone, not the crisis plan's help signal.
 * One line, ≤ [`SHORT_TEXT_MAX`]. Absent in records written before it
 * existed, which read as "none agreed".
 */
stop_sign: string, };

export type SupportPerson = { 
/**
 * Who (a role or an alias, not a name). One line, ≤ [`SHORT_TEXT_MAX`].
 */
who: string, 
/**
 * When it was confirmed that the support person is the person's own
 * wish and not imposed (JO 2010/11 s. 328); `None` if not confirmed.
 * The UI sets it to the answer's date when the own-will check is
 * answered "yes", and clears it when it is answered otherwise.
 */
own_will_confirmed_on: string | null, 
/**
 * The last own-will check the person answered, alone, on the tablet.
 * Absent in records written before it existed (read as never asked).
 */
own_will: OwnWill | null, };

export type OwnWill = { answer: OwnWillAnswer, on: string, };

export type OwnWillAnswer = "yes" | "no" | "alone";

export type SituationReview = { case_id: string, 
/**
 * At most one entry per item of [`REVIEW_ITEMS`]. An item without an
 * entry (e.g. added in a later version) is shown as unknown; see
 * [`SituationReview::fill_missing`].
 */
items: Array<ReviewEntry>, 
/**
 * Information about children has been passed on to the part of the
 * service that investigates children's needs, under the routine of
 * HSLF-FS 2022:39 2 kap. 5 §.
 */
children_information_passed_on: boolean, 
/**
 * The person's own view of the risk. Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
own_view: string, 
/**
 * The practitioner's summary judgement. Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
summary: string, 
/**
 * Indices into the case's [`CrisisPlan::steps`] that answer this
 * review. Unique, ≤ [`LIST_MAX`]. When steps are removed or moved, call
 * [`SituationReview::step_removed`] / [`SituationReview::step_moved`].
 */
linked_measures: Array<number>, updated: string, };

export type ReviewEntry = { 
/**
 * An ID from [`REVIEW_ITEMS`].
 */
item_id: string, now: Rating, before: Rating, 
/**
 * Multi-line, ≤ [`LONG_TEXT_MAX`].
 */
note: string, };

export type ReviewDomain = "control-and-violence" | "collective" | "vulnerability" | "triggers" | "children-at-risk";

export type Rating = "present" | "partly" | "absent" | "unknown";

export type ReviewItem = { 
/**
 * Stable kebab-case ID; never reused for another meaning.
 */
id: string, domain: ReviewDomain, };

export type Meeting = { case_id: string, date: string, place: PlaceType, 
/**
 * ≤ [`CHECKLIST_MAX`] entries; see [`Meeting::checklist_from`].
 */
checklist: Array<ChecklistEntry>, 
/**
 * ≤ [`LIST_MAX`] entries; a role may appear more than once.
 */
attendees: Array<AttendeeRole>, interpreter: InterpreterUsed, 
/**
 * The interpreter's gender, if the person asked. Absent in records
 * written before it existed (read as not asked), like the fields below
 * up to `closing_who_sees_what`.
 */
interpreter_gender: InterpreterGenderUsed, 
/**
 * When the interpreter's name was given to the person in advance, so
 * that they could say no to someone who knows their family; `None` if
 * it was not.
 */
interpreter_named_on: string | null, 
/**
 * The phone-trail card (flight mode, Wi-Fi and location off from
 * before the journey until the person is back; an explanation for the
 * gap) was gone through with the person.
 */
phone_trail_done: boolean, 
/**
 * Closing: who will see the information, and what. Multi-line,
 * ≤ [`LONG_TEXT_MAX`].
 */
closing_who_sees_what: string, 
/**
 * Closing: when the next meeting is.
 */
next_meeting: string | null, 
/**
 * Closing: how contact can be made safely. Multi-line,
 * ≤ [`LONG_TEXT_MAX`].
 */
closing_safe_contact: string, 
/**
 * The closing information has been given to the person.
 */
closing_given: boolean, updated: string, };

export type ChecklistEntry = { 
/**
 * The ID of a catalogue item with `checklist: true`.
 */
item_id: string, phase: MeetingPhase, done: boolean, 
/**
 * One line, ≤ [`SHORT_TEXT_MAX`].
 */
note: string, };

export type MeetingPhase = "before" | "during" | "after";

export type PlaceType = "office" | "school" | "home" | "phone" | "video" | "other";

export type AttendeeRole = "practitioner" | "interpreter" | "support-person" | "colleague" | "police" | "other";

export type InterpreterUsed = "none" | "phone" | "on-site";

export type InterpreterGenderUsed = "not-asked" | "female" | "male";

export type AliasWarning = "personal-identity-number" | "street-address" | "phone-number" | "full-name";

export type Limits = { alias: number, short_text: number, long_text: number, code_word: number, phone_number: number, list: number, checklist: number, };

export type CaseSummary = { id: string, case: Case, };

export type CaseList = { cases: Array<CaseSummary>, damaged: Array<string>, };

export type MeetingEntry = { id: string, meeting: Meeting, };

export type CaseFile = { id: string, case: Case, plan: CrisisPlan, contact: ContactAgreement, review: SituationReview, meetings: Array<MeetingEntry>, 
/**
 * Records of this case's kinds that failed to open; the rest show.
 */
damaged: Array<string>, };
