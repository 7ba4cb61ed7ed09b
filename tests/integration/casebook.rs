//! Cases through the vault: every part round-trips, relations stay inside
//! sealed records, deletes take everything of a case with them.

use chrono::{Duration, NaiveDate, Utc};
use trygg::casebook::{self, CaseBookError};
use trygg::domain::{
    Case, ContactAgreement, CrisisPlan, Rating, SafeToCall, SituationReview, REVIEW_ITEMS,
};
use trygg::guidance::catalogue;
use trygg::vault::{KdfParams, RecordId, RecordKind, Vault, VaultOptions};

const PASS: &str = "correct horse battery staple";

fn vault() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("store.db"), VaultOptions::default()).unwrap();
    v.create(PASS, KdfParams::FLOOR).unwrap();
    (dir, v)
}

#[test]
fn every_part_of_a_case_round_trips_through_a_lock() {
    let (_dir, mut v) = vault();
    let c = casebook::create(&mut v, "  Rosen ").unwrap();
    assert_eq!(c.case.alias, "Rosen");

    let mut plan = CrisisPlan::new(c.id);
    plan.situation = "Bor hos föräldrar".into();
    plan.steps = vec!["Ring 112".into(), "Gå till skolkuratorn".into()];
    plan.code_word = "blåbär".into();
    let saved_plan = casebook::save_plan(&mut v, &c.id, plan).unwrap();

    let mut contact = ContactAgreement::new(c.id);
    contact.safe_to_call = SafeToCall::OnlyAtTimes;
    contact.call_when = "Tisdagar 10–12".into();
    contact.code_word_cannot_talk = "lingon".into();
    casebook::save_contact(&mut v, &c.id, contact).unwrap();

    let mut review = SituationReview::new(c.id);
    review.own_view = "Orolig inför sommarlovet".into();
    review.linked_measures = vec![0];
    casebook::save_review(&mut v, &c.id, review).unwrap();

    let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let m = casebook::create_meeting(&mut v, &c.id, date, &catalogue()).unwrap();
    let mut meeting = m.meeting.clone();
    meeting.checklist[0].done = true;
    meeting.checklist[0].note = "Telefoner lämnade utanför".into();
    casebook::save_meeting(&mut v, &m.id, meeting, &catalogue()).unwrap();

    v.lock();
    assert!(matches!(
        casebook::open(&mut v, &c.id),
        Err(CaseBookError::Vault(_))
    ));
    v.unlock(PASS).unwrap();

    let file = casebook::open(&mut v, &c.id).unwrap();
    assert_eq!(file.case.alias, "Rosen");
    assert_eq!(file.plan.steps, saved_plan.steps);
    assert_eq!(file.plan.code_word, "blåbär");
    assert_eq!(file.contact.code_word_cannot_talk, "lingon");
    assert_eq!(file.contact.safe_to_call, SafeToCall::OnlyAtTimes);
    assert_eq!(file.review.own_view, "Orolig inför sommarlovet");
    assert_eq!(file.meetings.len(), 1);
    assert!(file.meetings[0].meeting.checklist[0].done);
    assert_eq!(
        file.meetings[0].meeting.checklist[0].note,
        "Telefoner lämnade utanför"
    );
    assert!(file.damaged.is_empty());
}

#[test]
fn a_new_case_opens_with_default_parts() {
    let (_dir, mut v) = vault();
    let c = casebook::create(&mut v, "Klient A").unwrap();
    let file = casebook::open(&mut v, &c.id).unwrap();
    assert_eq!(file.plan.case_id, c.id);
    assert!(file.plan.contacts.iter().any(|k| k.number == "112"));
    assert!(file.meetings.is_empty());
}

/// A review saved before some of today's items existed (or with its items
/// out of order) opens with every item, in order, the saved ratings kept.
#[test]
fn a_review_opens_with_every_item_in_order_whatever_was_saved() {
    let (_dir, mut v) = vault();
    let c = casebook::create(&mut v, "Klient A").unwrap();
    let mut review = SituationReview::new(c.id);
    review.items.retain(|e| e.item_id != REVIEW_ITEMS[0].id);
    review.items.reverse();
    let kept = review.items[0].item_id.clone();
    review.items[0].now = Rating::Present;
    casebook::save_review(&mut v, &c.id, review).unwrap();
    let file = casebook::open(&mut v, &c.id).unwrap();
    let ids: Vec<&str> = file
        .review
        .items
        .iter()
        .map(|e| e.item_id.as_str())
        .collect();
    let want: Vec<&str> = REVIEW_ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids, want);
    let entry = file
        .review
        .items
        .iter()
        .find(|e| e.item_id == kept)
        .unwrap();
    assert_eq!(entry.now, Rating::Present);
}

#[test]
fn parts_of_one_case_cannot_be_saved_under_another() {
    let (_dir, mut v) = vault();
    let a = casebook::create(&mut v, "A").unwrap();
    let b = casebook::create(&mut v, "B").unwrap();
    let plan = CrisisPlan::new(a.id);
    assert!(matches!(
        casebook::save_plan(&mut v, &b.id, plan),
        Err(CaseBookError::Mismatch)
    ));
}

#[test]
fn unknown_ids_give_not_found() {
    let (_dir, mut v) = vault();
    let ghost = RecordId([7; 16]);
    assert!(matches!(
        casebook::open(&mut v, &ghost),
        Err(CaseBookError::NotFound)
    ));
    assert!(matches!(
        casebook::delete(&mut v, &ghost),
        Err(CaseBookError::NotFound)
    ));
    let plan = CrisisPlan::new(ghost);
    assert!(matches!(
        casebook::save_plan(&mut v, &ghost, plan),
        Err(CaseBookError::NotFound)
    ));
    assert!(matches!(
        casebook::delete_meeting(&mut v, &ghost),
        Err(CaseBookError::NotFound)
    ));
}

#[test]
fn invalid_input_is_refused_and_nothing_saved_is_lost() {
    let (_dir, mut v) = vault();
    let c = casebook::create(&mut v, "A").unwrap();
    let mut plan = CrisisPlan::new(c.id);
    plan.situation = "ok".into();
    casebook::save_plan(&mut v, &c.id, plan.clone()).unwrap();
    plan.situation = "x".repeat(20_000);
    let err = casebook::save_plan(&mut v, &c.id, plan).unwrap_err();
    assert!(matches!(err, CaseBookError::Domain(_)));
    assert_eq!(casebook::open(&mut v, &c.id).unwrap().plan.situation, "ok");
    assert!(casebook::create(&mut v, "   ").is_err());
}

#[test]
fn deleting_a_case_removes_every_part_and_leaves_others() {
    let (_dir, mut v) = vault();
    let a = casebook::create(&mut v, "A").unwrap();
    let b = casebook::create(&mut v, "B").unwrap();
    casebook::save_plan(&mut v, &a.id, CrisisPlan::new(a.id)).unwrap();
    let d = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    casebook::create_meeting(&mut v, &a.id, d, &catalogue()).unwrap();
    casebook::create_meeting(&mut v, &b.id, d, &catalogue()).unwrap();
    casebook::delete(&mut v, &a.id).unwrap();
    let list = casebook::list(&mut v).unwrap();
    assert_eq!(list.cases.len(), 1);
    assert_eq!(list.cases[0].case.alias, "B");
    // Only B's meeting remains in the whole vault.
    assert_eq!(
        v.list_records::<trygg::domain::Meeting>().unwrap().ok.len(),
        1
    );
    assert_eq!(v.list_records::<CrisisPlan>().unwrap().ok.len(), 0);
}

#[test]
fn a_case_opens_with_its_own_meetings_and_a_broken_one_shows_on_its_own_case() {
    let (_dir, mut v) = vault();
    let cat = catalogue();
    let a = casebook::create(&mut v, "A").unwrap();
    let b = casebook::create(&mut v, "B").unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let a1 = casebook::create_meeting(&mut v, &a.id, day(2), &cat)
        .unwrap()
        .id;
    let a2 = casebook::create_meeting(&mut v, &a.id, day(9), &cat)
        .unwrap()
        .id;
    let b1 = casebook::create_meeting(&mut v, &b.id, day(5), &cat)
        .unwrap()
        .id;
    // B's meeting, readable as far as whose it is, broken after that.
    let broken_b = Vault::new_id().unwrap();
    let owner = serde_json::to_string(&b.id).unwrap();
    let body = format!("{{\"case_id\":{owner},\"date\":\"not a date\"}}");
    v.put(RecordKind::Meeting, &broken_b, body.as_bytes())
        .unwrap();
    // Meetings whose case cannot be told: not JSON, and a newer format.
    let garbage = Vault::new_id().unwrap();
    v.put(RecordKind::Meeting, &garbage, b"not json").unwrap();
    let newer = Vault::new_id().unwrap();
    let a_owner = serde_json::to_string(&a.id).unwrap();
    let body = format!("{{\"case_id\":{a_owner}}}");
    v.put_versioned(RecordKind::Meeting, &newer, 2, body.as_bytes())
        .unwrap();

    let file_a = casebook::open(&mut v, &a.id).unwrap();
    let ids: Vec<RecordId> = file_a.meetings.iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![a2, a1], "A's meetings, newest first");
    let mut damaged_a = file_a.damaged.clone();
    damaged_a.sort();
    let mut expected = vec![garbage.to_hex(), newer.to_hex()];
    expected.sort();
    assert_eq!(damaged_a, expected, "B's broken meeting is not A's concern");

    let file_b = casebook::open(&mut v, &b.id).unwrap();
    assert_eq!(file_b.meetings.len(), 1);
    assert_eq!(file_b.meetings[0].id, b1);
    assert!(file_b.damaged.contains(&broken_b.to_hex()));
    assert!(file_b.damaged.contains(&garbage.to_hex()));

    // Deleting A takes A's meetings; B's, and the unreadable ones, stay.
    casebook::delete(&mut v, &a.id).unwrap();
    let file_b = casebook::open(&mut v, &b.id).unwrap();
    assert_eq!(file_b.meetings.len(), 1);
    let left = v.ids(RecordKind::Meeting).unwrap();
    for id in [a1, a2] {
        assert!(!left.contains(&id));
    }
    for id in [b1, broken_b, garbage, newer] {
        assert!(left.contains(&id));
    }
}

#[test]
fn retention_lists_cases_untouched_for_the_set_days() {
    let (_dir, mut v) = vault();
    let old = casebook::create(&mut v, "Gammal").unwrap();
    casebook::create(&mut v, "Ny").unwrap();
    let mut aged: Case = old.case.clone();
    aged.updated = Utc::now() - Duration::days(200);
    // Write the aged record directly, as if it had not been touched for 200 days.
    v.put_record(&old.id, &aged).unwrap();
    let due = casebook::retention_due(&mut v, 180, Utc::now()).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].case.alias, "Gammal");
    // Saving a part counts as a touch.
    casebook::save_plan(&mut v, &old.id, CrisisPlan::new(old.id)).unwrap();
    assert!(casebook::retention_due(&mut v, 180, Utc::now())
        .unwrap()
        .is_empty());
}
