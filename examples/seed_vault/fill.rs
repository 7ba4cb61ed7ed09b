//! One made-up case with every part filled in, shared by the seed example
//! (`seed_vault`) and the case book benchmark (benches/casebook.rs, which
//! includes this file), so both measure the same kind of case: a crisis plan
//! with warning signs, steps, safe places and contacts, a contact agreement,
//! and `meetings` meetings with the sheet's checklist, every other point
//! ticked. All content is invented.

use chrono::{Duration as Days, NaiveDate};
use trygg::casebook;
use trygg::domain::{
    AttendeeRole, Channel, ContactRole, InterpreterGender, InterpreterMode, InterpreterUsed,
    PlaceType, PlanContact, SafeToCall, SmsAllowed, WarningKind, WarningSign,
};
use trygg::guidance::Catalogue;
use trygg::vault::{RecordId, Vault};

/// Case number `i`: its alias, plan, agreement and meetings, each part saved
/// the way the app saves it (one transaction each). Returns the case's ID.
pub fn case(
    vault: &mut Vault,
    cat: &Catalogue,
    i: usize,
    first: NaiveDate,
    meetings: usize,
) -> Result<RecordId, casebook::CaseBookError> {
    let case = casebook::create(vault, &format!("Klient {:04}", i + 1))?;
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
    casebook::save_plan(vault, &id, plan)?;

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
    casebook::save_contact(vault, &id, contact)?;

    for m in 0..meetings {
        let date = first + Days::days(((i + 30 * m) % 300) as i64);
        let mut meeting = casebook::create_meeting(vault, &id, date, cat)?;
        meeting.meeting.place = PlaceType::School;
        meeting.meeting.attendees = vec![AttendeeRole::Practitioner, AttendeeRole::Interpreter];
        meeting.meeting.interpreter = InterpreterUsed::Phone;
        for entry in meeting.meeting.checklist.iter_mut().step_by(2) {
            entry.done = true;
        }
        casebook::save_meeting(vault, &meeting.id, meeting.meeting, cat)?;
    }
    Ok(id)
}
