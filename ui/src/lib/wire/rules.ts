// GENERATED from the Rust core by src/wire.rs. Do not edit: change the
// Rust constant, then run
//   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire
import type { ReviewItem } from "./domain";

/** Every length limit of the domain, in Unicode scalar values (src/domain/limits.rs). */
export const LIMITS = {
  alias: 60,
  checklist: 300,
  code_word: 100,
  list: 50,
  long_text: 10000,
  phone_number: 30,
  short_text: 200,
} as const;

/** Seconds without input before the app locks. */
export const IDLE_LOCK_SECS = { min: 30, max: 900 } as const;

/** Days a case may stay untouched before the retention review lists it. */
export const RETENTION_DAYS = { min: 7, max: 3650 } as const;

/** Days between backup reminders (0 = never). */
export const BACKUP_REMINDER_DAYS = { min: 0, max: 365 } as const;

/** Self-wipe limits a practitioner may choose (failed attempts), when it is on. */
export const ATTEMPT_LIMIT = { min: 3, max: 50 } as const;

/** Fewest characters of a backup passphrase. */
export const MIN_BACKUP_PASSPHRASE_CHARS = 12;

/** The situation review's items, grouped by domain in display order (src/domain/review.rs). */
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
