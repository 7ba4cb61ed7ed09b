// GENERATED from the Rust core (src/guidance, src/i18n, src/settings.rs) by
// src/wire.rs with ts-rs. Do not edit: change the Rust type, then run
//   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire

export type SectionId = "assess-risks" | "digital-devices" | "meeting-forms" | "interpreters" | "approach" | "closing";

export type Phase = "before" | "during" | "after" | "any";

export type Audience = "practitioner" | "person";

export type RefKind = "regulation" | "decision" | "practice" | "tool" | "register";

export type Reference = { id: string, kind: RefKind, 
/**
 * Address given in the sheet, if any.
 */
url: string | null, };

export type Section = { id: SectionId, 
/**
 * Whether `section-<id>` has an `.intro` attribute.
 */
has_intro: boolean, };

export type Item = { 
/**
 * Stable ID, kebab-case; never reused for another meaning.
 */
id: string, section: SectionId, 
/**
 * The meeting phases it applies to (at least one).
 */
phases: Array<Phase>, audience: Audience, 
/**
 * IDs of [`Reference`]s.
 */
references: Array<string>, 
/**
 * Whether it appears on the meeting checklist (then it has `.check`).
 */
checklist: boolean, };

export type Catalogue = { sections: Array<Section>, items: Array<Item>, references: Array<Reference>, };

export type TextDirection = "ltr" | "rtl";

export type LocaleInfo = { tag: string, name: string, dir: TextDirection, 
/**
 * True while any of its text is an unreviewed draft translation.
 */
draft: boolean, };

export type LocaleSource = { locale: string, 
/**
 * The tag the web view's `Intl` formats this locale's plurals,
 * numbers, dates and lists with (see [`LocaleMeta::intl_tag`]).
 */
intl: string, dir: TextDirection, 
/**
 * The locale's `.ftl` files, joined.
 */
source: string, };

export type LocaleBundle = { locale: string, dir: TextDirection, 
/**
 * True while a reader of this locale sees any text no reviewer has
 * approved (its own, or fallback text from another translation).
 */
draft: boolean, 
/**
 * The locales text was looked up in, in order (e.g. `prs, fa, en, sv`).
 */
chain: Array<string>, 
/**
 * The Fluent source of every locale in `chain`, in the same order.
 * The UI formats every message from these with Mozilla's
 * `@fluent/bundle`, with the real values of its variables (plurals,
 * numbers, dates and lists by the locale's CLDR rules); the core has
 * already parsed and checked the same files.
 */
resources: Array<LocaleSource>, catalogue: Catalogue, };

export type CoverKind = "calculator" | "passcode";

export type Settings = { 
/**
 * The locale the user chose; `None` follows the OS.
 */
locale: string | null, cover: CoverKind, 
/**
 * Lock after this long without input (30 s to 15 min).
 */
idle_lock_secs: number, 
/**
 * Cases untouched this long are listed for review.
 */
retention_days: number, 
/**
 * Remind about a backup after this many days; 0 = never.
 */
backup_reminder_days: number, 
/**
 * A vault has been created on this device. From then on the app starts
 * on its cover whatever happens to the vault file (wiped, damaged,
 * missing): set-up is only reached through the cover's deliberate act.
 * Kept by the shell; a settings change from the UI never clears it.
 */
set_up: boolean, };
