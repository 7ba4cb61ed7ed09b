//! What the UI knows of the domain, generated from the Rust types so it is
//! never written twice:
//! - `ui/src/lib/wire/domain.ts`: the TypeScript types of the records and
//!   enums, by ts-rs (serde's renames and defaults applied);
//! - `ui/src/lib/wire/errors.ts`: every error code (`ErrorCode::ALL`);
//! - `ui/src/lib/wire/rules.ts`: the limits and ranges the UI checks
//!   before it asks (the shell checks them again);
//! - `ui/src/lib/domain.fixture.json`: what these types serialise (fresh
//!   records, limits, the review items, alias warnings, every enum's
//!   values, the catalogue), which the UI's tests and fake shells use.
//!
//! These tests fail when a committed file differs from what the code gives
//! today; `TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire` rewrites them.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{json, Value};
use ts_rs::{Config, TS};

use crate::domain::*;
use crate::vault::RecordId;

const HEADER: &str = "\
// GENERATED from the Rust domain (src/domain/*.rs, src/casebook) by src/wire.rs
// with ts-rs. Do not edit: change the Rust type, then run
//   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire
// Dates cross the wire as strings: a NaiveDate as YYYY-MM-DD, a
// NaiveDateTime as YYYY-MM-DDTHH:MM:SS, a DateTime<Utc> as RFC 3339.
";

fn declarations() -> Vec<String> {
    let cfg = Config::new();
    macro_rules! decls {
        ($($t:ty),* $(,)?) => { vec![$(<$t as TS>::decl(&cfg)),*] };
    }
    decls![
        Case,
        Colour,
        CrisisPlan,
        WarningKind,
        WarningSign,
        ContactRole,
        PlanContact,
        KeepReadyThing,
        KeepReady,
        ContactAgreement,
        SafeToCall,
        SmsAllowed,
        Channel,
        InterpreterMode,
        InterpreterGender,
        InterpreterPreferences,
        SupportPerson,
        OwnWill,
        OwnWillAnswer,
        SituationReview,
        ReviewEntry,
        ReviewDomain,
        Rating,
        ReviewItem,
        Meeting,
        ChecklistEntry,
        MeetingPhase,
        PlaceType,
        AttendeeRole,
        InterpreterUsed,
        InterpreterGenderUsed,
        AliasWarning,
        Limits,
        crate::casebook::CaseSummary,
        crate::casebook::CaseList,
        crate::casebook::MeetingEntry,
        crate::casebook::CaseFile,
    ]
}

/// The guidance catalogue, the locale payloads and the settings.
fn shell_declarations() -> Vec<String> {
    use crate::guidance::{
        Audience, Catalogue, Item, Phase, RefKind, Reference, Section, SectionId,
    };
    use crate::i18n::{LocaleBundle, LocaleInfo, LocaleSource, TextDirection};
    use crate::settings::{CoverKind, Settings};
    let cfg = Config::new();
    macro_rules! decls {
        ($($t:ty),* $(,)?) => { vec![$(<$t as TS>::decl(&cfg)),*] };
    }
    decls![
        SectionId,
        Phase,
        Audience,
        RefKind,
        Reference,
        Section,
        Item,
        Catalogue,
        TextDirection,
        LocaleInfo,
        LocaleSource,
        LocaleBundle,
        CoverKind,
        Settings,
    ]
}

const SHELL_HEADER: &str = "\
// GENERATED from the Rust core (src/guidance, src/i18n, src/settings.rs) by
// src/wire.rs with ts-rs. Do not edit: change the Rust type, then run
//   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire
";

#[test]
fn the_ui_catalogue_locale_and_settings_types_are_those_of_the_rust_core() {
    committed(
        "ui/src/lib/wire/shell.ts",
        &ts_file(SHELL_HEADER, shell_declarations()),
    );
}

/// A TypeScript file: `header`, then each declaration, exported.
fn ts_file(header: &str, declarations: Vec<String>) -> String {
    let mut out = String::from(header);
    for d in declarations {
        out.push('\n');
        out.push_str("export ");
        out.push_str(d.trim());
        out.push('\n');
    }
    out
}

/// The values of each enum, read from its generated union (`"a" | "b"`),
/// keyed by the type's name in snake_case.
fn enum_values() -> Value {
    let mut out = serde_json::Map::new();
    for d in declarations() {
        let Some((head, body)) = d.split_once(" = ") else {
            continue;
        };
        let body = body.trim().trim_end_matches(';');
        if !body.starts_with('"') {
            continue;
        }
        let name = head.trim_start_matches("type ").trim();
        let mut key = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                key.push('_');
            }
            key.extend(c.to_lowercase());
        }
        let values: Vec<Value> = body
            .split('|')
            .map(|v| Value::String(v.trim().trim_matches('"').to_owned()))
            .collect();
        out.insert(key, Value::Array(values));
    }
    Value::Object(out)
}

/// A record as serialised, with its time stamps set to a fixed instant so
/// the file changes only when the types do.
fn fixed<T: serde::Serialize>(value: &T) -> Value {
    let mut v = serde_json::to_value(value).expect("a domain value serialises");
    let at = json!("2026-01-01T00:00:00Z");
    if let Some(o) = v.as_object_mut() {
        for key in ["created", "updated"] {
            if o.contains_key(key) {
                o.insert(key.into(), at.clone());
            }
        }
    }
    v
}

const ALIASES: &[&str] = &[
    "Klient A",
    "Rosen",
    "Anna Svensson",
    "19121212-1212",
    "Storgatan 12",
    "070-123 45 67",
    "Anna Svensson 19121212-1212 070-1234567 Storgatan 3",
];

fn fixture() -> Value {
    let case_id = RecordId([0xab; 16]);
    let catalogue = crate::guidance::catalogue();
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let mut case = Case::new("Klient A").expect("a good alias");
    case.colour = Some(Colour::Green);
    let mut meeting = Meeting::new(case_id, date(2026, 3, 14), &catalogue);
    meeting.next_meeting = date(2026, 4, 1).and_hms_opt(9, 30, 0);
    // A plan with one of each nested shape a fresh plan leaves empty.
    let mut variants = CrisisPlan::new(case_id);
    for kind in [WarningKind::TravelAbroad, WarningKind::FamilyPressure] {
        variants.warning_signs.push(WarningSign {
            kind,
            note: String::new(),
        });
    }
    for role in [
        ContactRole::SocialServicesOnCall,
        ContactRole::TrustedPerson,
    ] {
        variants.contacts.push(PlanContact {
            role,
            label: String::new(),
            number: String::new(),
        });
    }
    variants.keep_ready.push(KeepReady {
        thing: KeepReadyThing::Other,
        ready: true,
        note: String::new(),
    });
    variants.next_review = Some(date(2026, 3, 14));
    json!({
        "_source": "GENERATED from the Rust domain by src/wire.rs (TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire): fresh records (CrisisPlan::new, ContactAgreement::new, SituationReview::new, Meeting::new with the real catalogue, Case::new), a plan with one of each nested shape, LIMITS, REVIEW_ITEMS, alias_warnings, every enum's values, the catalogue. case_id = 'ab'*16; time stamps fixed at 2026-01-01.",
        "alias_warnings": ALIASES
            .iter()
            .map(|a| json!({ "alias": a, "warnings": alias_warnings(a) }))
            .collect::<Vec<_>>(),
        "case": fixed(&case),
        "catalogue": serde_json::to_value(catalogue).expect("the catalogue serialises"),
        "contact": fixed(&ContactAgreement::new(case_id)),
        "enums": enum_values(),
        "limits": serde_json::to_value(LIMITS).expect("limits serialise"),
        "meeting": fixed(&meeting),
        "plan": fixed(&CrisisPlan::new(case_id)),
        "plan_variants": fixed(&variants),
        "review": fixed(&SituationReview::new(case_id)),
        "review_items": serde_json::to_value(REVIEW_ITEMS).expect("review items serialise"),
    })
}

/// Compares `path` with `want`, or writes it when asked to.
fn committed(relative: &str, want: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("TRYGG_UPDATE_WIRE").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder is writable");
        std::fs::write(&path, want).expect("the file is writable");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{relative} is out of date: run TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire"
    );
}

/// The error codes, as a TypeScript union (crate::error::ErrorCode::ALL).
fn error_codes() -> String {
    let codes: Vec<String> = crate::error::ErrorCode::ALL
        .iter()
        .map(|c| format!("  | \"{c}\""))
        .collect();
    format!(
        "// GENERATED from crate::error::ErrorCode by src/wire.rs. Do not\n\
         // edit: add the code in Rust, then run\n\
         //   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire\n\n\
         /** Every code an error crosses IPC with; the UI shows `error-<code>`. */\n\
         export type ErrorCode =\n{};\n",
        codes.join("\n")
    )
}

/// The rules the UI checks before it asks (the shell checks them again):
/// text limits, setting ranges, the backup passphrase's length.
fn rules() -> String {
    use crate::settings::{
        ATTEMPT_LIMIT_RANGE, BACKUP_REMINDER_RANGE, IDLE_LOCK_RANGE, RETENTION_RANGE,
    };
    let range = |name: &str, doc: &str, r: &std::ops::RangeInclusive<u32>| {
        format!(
            "/** {doc} */\nexport const {name} = {{ min: {}, max: {} }} as const;\n",
            r.start(),
            r.end()
        )
    };
    let limits = serde_json::to_value(LIMITS).expect("limits serialise");
    let fields: Vec<String> = limits
        .as_object()
        .expect("an object")
        .iter()
        .map(|(k, v)| format!("  {k}: {v},"))
        .collect();
    [
        "// GENERATED from the Rust core by src/wire.rs. Do not edit: change the\n\
         // Rust constant, then run\n\
         //   TRYGG_UPDATE_WIRE=1 cargo test -p trygg --lib wire\n\
         import type { ReviewItem } from \"./domain\";\n"
            .to_owned(),
        format!(
            "/** Every length limit of the domain, in Unicode scalar values (src/domain/limits.rs). */\n\
             export const LIMITS = {{\n{}\n}} as const;\n",
            fields.join("\n")
        ),
        range("IDLE_LOCK_SECS", "Seconds without input before the app locks.", &IDLE_LOCK_RANGE),
        range(
            "RETENTION_DAYS",
            "Days a case may stay untouched before the retention review lists it.",
            &RETENTION_RANGE,
        ),
        range(
            "BACKUP_REMINDER_DAYS",
            "Days between backup reminders (0 = never).",
            &BACKUP_REMINDER_RANGE,
        ),
        range(
            "ATTEMPT_LIMIT",
            "Self-wipe limits a practitioner may choose (failed attempts), when it is on.",
            &ATTEMPT_LIMIT_RANGE,
        ),
        format!(
            "/** Fewest characters of a backup passphrase. */\nexport const MIN_BACKUP_PASSPHRASE_CHARS = {};\n",
            crate::backup::MIN_BACKUP_PASSPHRASE_CHARS
        ),
        format!(
            "/** The situation review's items, grouped by domain in display order (src/domain/review.rs). */\n\
             export const REVIEW_ITEMS: readonly ReviewItem[] = [\n{}\n];\n",
            REVIEW_ITEMS
                .iter()
                .map(|i| format!(
                    "  {{ id: \"{}\", domain: {} }},",
                    i.id,
                    serde_json::to_string(&i.domain).expect("a domain serialises")
                ))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    ]
    .join("\n")
}

#[test]
fn the_ui_rules_are_those_of_the_rust_core() {
    committed("ui/src/lib/wire/rules.ts", &rules());
}

#[test]
fn the_ui_error_codes_are_those_of_the_rust_core() {
    committed("ui/src/lib/wire/errors.ts", &error_codes());
}

#[test]
fn the_ui_wire_types_are_those_of_the_rust_domain() {
    committed(
        "ui/src/lib/wire/domain.ts",
        &ts_file(HEADER, declarations()),
    );
}

#[test]
fn the_ui_fixture_is_what_the_rust_domain_serialises() {
    let mut text = serde_json::to_string_pretty(&fixture()).expect("JSON");
    text.push('\n');
    committed("ui/src/lib/domain.fixture.json", &text);
}
