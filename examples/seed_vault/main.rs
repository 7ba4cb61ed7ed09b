//! Seeds a data folder with a vault of N made-up cases, for the memory and
//! start-up budgets (scripts/bench-memory.sh, scripts/bench-startup.sh).
//!
//! ```text
//! cargo run --release -p trygg --example seed_vault -- <dir> <passcode> 1000
//! ```
//!
//! Writes `<dir>/store.db` the way the app does (src-tauri: `vault_create`
//! calibrates Argon2id to about 0.7 s on this machine, then the case book
//! saves each part in its own transaction) and `<dir>/prefs.json` with the
//! default settings (the calculator cover). Every case gets a filled-in
//! crisis plan, a contact agreement and one meeting with the sheet's
//! checklist, so listing and opening cases cost what they would in use.
//!
//! Only for benchmarks: the passcode is given on the command line, and all
//! content is invented. Refuses to touch a folder that already has a vault.

use chrono::{Duration as Days, NaiveDate};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use trygg::casebook;
use trygg::domain::{
    AttendeeRole, Channel, ContactRole, InterpreterGender, InterpreterMode, InterpreterUsed,
    PlaceType, PlanContact, SafeToCall, SmsAllowed, WarningKind, WarningSign,
};
use trygg::guidance::catalogue;
use trygg::settings::Settings;
use trygg::vault::{KdfParams, Vault, VaultOptions};

/// What the app's `vault_create` aims for (src-tauri/src/commands/vault.rs).
const KDF_TARGET: Duration = Duration::from_millis(700);
/// The names the app gives its files (src-tauri/src/state.rs).
const VAULT_FILE: &str = "store.db";
const SETTINGS_FILE: &str = "prefs.json";

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, passcode, count] = args.as_slice() else {
        return Err("usage: seed_vault <dir> <passcode> <cases>".into());
    };
    let dir = PathBuf::from(dir);
    let count: usize = count.parse()?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(VAULT_FILE);
    if path.exists() {
        return Err(format!("{} already holds a vault", dir.display()).into());
    }

    let started = Instant::now();
    let params = KdfParams::calibrate(KDF_TARGET)?;
    let mut vault = Vault::open(&path, VaultOptions::default())?;
    vault.create(passcode, params)?;
    Settings::default().save(&dir.join(SETTINGS_FILE))?;

    let cat = catalogue();
    let first = NaiveDate::from_ymd_opt(2025, 1, 6).ok_or("bad date")?;
    for i in 0..count {
        let case = casebook::create(&mut vault, &format!("Klient {:04}", i + 1))?;
        let id = case.id;

        let mut plan = trygg::domain::CrisisPlan::new(id);
        plan.situation = "Bor hemma med föräldrar och syskon. Berättar om kontroll av \
                          telefon och umgänge, och om planer på en resa i sommar. \
                          Vill inte att familjen kontaktas. "
            .repeat(4);
        plan.warning_signs = vec![
            WarningSign {
                kind: WarningKind::TravelAbroad,
                note: "Tal om en resa till släktingar under sommarlovet.".into(),
            },
            WarningSign {
                kind: WarningKind::FamilyPressure,
                note: "Äldre bror följer med till och från skolan.".into(),
            },
        ];
        plan.steps = (1..=6)
            .map(|s| format!("Steg {s}: gå till en säker plats och ring numret nedan."))
            .collect();
        plan.safe_places = vec![
            "Skolsköterskans rum".into(),
            "Biblioteket vid torget".into(),
        ];
        plan.contacts.extend([
            PlanContact {
                role: ContactRole::SocialServicesOnCall,
                label: "Socialjouren".into(),
                number: "+46 8 000 00 00".into(),
            },
            PlanContact {
                role: ContactRole::Police,
                label: String::new(),
                number: "114 14".into(),
            },
            PlanContact {
                role: ContactRole::TrustedPerson,
                label: "Mentor".into(),
                number: format!("070-000 {:04}", i % 10_000),
            },
        ]);
        plan.code_word = format!("blåklint {i}");
        plan.next_review = Some(first + Days::days(30 + (i % 60) as i64));
        plan.routine_note_given = true;
        casebook::save_plan(&mut vault, &id, plan)?;

        let mut contact = trygg::domain::ContactAgreement::new(id);
        contact.safe_to_call = SafeToCall::OnlyAtTimes;
        contact.call_when = "Vardagar 12–13, när hon är i skolan".into();
        contact.sms_allowed = SmsAllowed::OnlyNeutral;
        contact.sms_content = "Bara tid och plats, inget om ärendet.".into();
        contact.code_word_cannot_talk = "Fel nummer".into();
        contact.if_someone_else_answers = "Säg att du ringer från tandvården och lägg på.".into();
        contact.preferred_channel = Channel::InPerson;
        contact.interpreter.mode = InterpreterMode::Phone;
        contact.interpreter.gender = InterpreterGender::Female;
        casebook::save_contact(&mut vault, &id, contact)?;

        let date = first + Days::days((i % 300) as i64);
        let mut meeting = casebook::create_meeting(&mut vault, &id, date, &cat)?;
        meeting.meeting.place = PlaceType::School;
        meeting.meeting.attendees = vec![AttendeeRole::Practitioner, AttendeeRole::Interpreter];
        meeting.meeting.interpreter = InterpreterUsed::Phone;
        for entry in meeting.meeting.checklist.iter_mut().step_by(2) {
            entry.done = true;
        }
        casebook::save_meeting(&mut vault, &meeting.id, meeting.meeting, &cat)?;
    }
    vault.close()?;
    eprintln!(
        "seed_vault: {count} cases in {:.1} s (Argon2id m={} KiB, t={})",
        started.elapsed().as_secs_f64(),
        params.m_kib,
        params.t_cost
    );
    Ok(())
}
