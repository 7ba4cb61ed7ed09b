//! Validation, serde strictness and alias warnings of the case domain.

use chrono::{NaiveDate, Utc};
use serde_json::{json, Value};
use trygg::domain::limits::{
    ALIAS_MAX, CHECKLIST_MAX, CODE_WORD_MAX, LIST_MAX, LONG_TEXT_MAX, PHONE_NUMBER_MAX,
    SHORT_TEXT_MAX,
};
use trygg::domain::{
    alias_warnings, AliasWarning, AttendeeRole, Case, ChecklistEntry, ContactAgreement,
    ContactRole, CrisisPlan, DomainError, InterpreterGenderUsed, InterpreterUsed, KeepReadyThing,
    Meeting, MeetingPhase, OwnWill, OwnWillAnswer, PlanContact, Rating, ReviewDomain,
    SituationReview, WarningKind, WarningSign, REVIEW_ITEMS,
};
use trygg::error::Coded;
use trygg::guidance::{Audience, Catalogue, Item, Phase, SectionId};
use trygg::vault::{Record, RecordId, RecordKind};

const CASE: RecordId = RecordId([7; 16]);
const OTHER_CASE: RecordId = RecordId([8; 16]);

fn text(n: usize) -> String {
    "x".repeat(n)
}

/// The field path and reason of a validation failure.
fn failure(result: Result<(), DomainError>) -> (String, &'static str, Option<usize>) {
    let err = result.unwrap_err();
    (err.field().to_owned(), err.reason(), err.max())
}

fn too_long(field: &str, max: usize) -> (String, &'static str, Option<usize>) {
    (field.to_owned(), "too_long", Some(max))
}

fn too_many(field: &str, max: usize) -> (String, &'static str, Option<usize>) {
    (field.to_owned(), "too_many", Some(max))
}

fn reason(field: &str, reason: &'static str) -> (String, &'static str, Option<usize>) {
    (field.to_owned(), reason, None)
}

// ---------------------------------------------------------------- catalogue

const fn item(id: &'static str, phases: &'static [Phase], checklist: bool) -> Item {
    Item {
        id,
        section: SectionId::DigitalDevices,
        phases,
        audience: Audience::Practitioner,
        references: &[],
        checklist,
    }
}

static TEST_ITEMS: &[Item] = &[
    item("phones-outside", &[Phase::Before], true),
    item("airplane-mode", &[Phase::Before, Phase::After], true),
    item("tech-changes", &[Phase::During], false),
    item("adapt-measures", &[Phase::Any], true),
    item("paper-and-pen", &[Phase::During, Phase::Any], true),
    item("closing-info", &[Phase::After], true),
];

fn catalogue() -> Catalogue {
    Catalogue {
        sections: &[],
        items: TEST_ITEMS,
        references: &[],
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ---------------------------------------------------------------- records

/// Expected (field path, reason, max) of a validation error.
type Expected = (String, &'static str, Option<usize>);

#[test]
fn each_type_is_a_record_of_its_kind_at_version_1() {
    assert_eq!(Case::KIND, RecordKind::Case);
    assert_eq!(CrisisPlan::KIND, RecordKind::CrisisPlan);
    assert_eq!(ContactAgreement::KIND, RecordKind::ContactAgreement);
    assert_eq!(SituationReview::KIND, RecordKind::SituationReview);
    assert_eq!(Meeting::KIND, RecordKind::Meeting);
    for v in [
        Case::VERSION,
        CrisisPlan::VERSION,
        ContactAgreement::VERSION,
        SituationReview::VERSION,
        Meeting::VERSION,
    ] {
        assert_eq!(v, 1);
    }
}

// ---------------------------------------------------------------- case

#[test]
fn case_new_trims_the_alias_and_starts_unarchived() {
    let case = Case::new("  Klient A \n").unwrap();
    assert_eq!(case.alias, "Klient A");
    assert!(!case.archived);
    assert_eq!(case.colour, None);
    assert_eq!(case.created, case.updated);
    case.validate().unwrap();
}

#[test]
fn case_alias_limits() {
    assert_eq!(
        failure(Case::new("   ").map(drop)),
        reason("case.alias", "empty")
    );
    assert_eq!(
        failure(Case::new("").map(drop)),
        reason("case.alias", "empty")
    );
    assert_eq!(
        failure(Case::new(&text(ALIAS_MAX + 1)).map(drop)),
        too_long("case.alias", ALIAS_MAX)
    );
    // Exactly at the limit, counted in characters (not bytes) after trimming.
    Case::new(&text(ALIAS_MAX)).unwrap();
    Case::new(&format!("  {}  ", "å".repeat(ALIAS_MAX))).unwrap();
    assert_eq!(
        failure(Case::new("Klient\u{7}A").map(drop)),
        reason("case.alias", "control_character")
    );

    // validate() judges the stored value too, not only new().
    let mut case = Case::new("Rosen").unwrap();
    case.alias = format!(" {} ", text(ALIAS_MAX + 1));
    assert_eq!(failure(case.validate()), too_long("case.alias", ALIAS_MAX));
}

#[test]
fn case_round_trips_through_json() {
    let mut case = Case::new("Rosen").unwrap();
    case.colour = Some(trygg::domain::Colour::Purple);
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(json["colour"], "purple");
    let back: Case = serde_json::from_value(json).unwrap();
    assert!(back == case);
}

#[test]
fn case_serde_rejects_unknown_fields_and_wrong_types() {
    let good = serde_json::to_value(Case::new("Rosen").unwrap()).unwrap();
    serde_json::from_value::<Case>(good.clone()).unwrap();

    let mut extra = good.clone();
    extra["name"] = json!("Anna Svensson");
    assert!(serde_json::from_value::<Case>(extra).is_err());

    for (field, bad) in [
        ("alias", json!(42)),
        ("archived", json!("yes")),
        ("colour", json!("sky")),
        ("created", json!("yesterday")),
    ] {
        let mut v = good.clone();
        v[field] = bad;
        assert!(
            serde_json::from_value::<Case>(v).is_err(),
            "{field} accepted a wrong type"
        );
    }

    let mut missing = good;
    missing.as_object_mut().unwrap().remove("archived");
    assert!(serde_json::from_value::<Case>(missing).is_err());
}

// ---------------------------------------------------------------- crisis plan

fn full_plan() -> CrisisPlan {
    let mut plan = CrisisPlan::new(CASE);
    plan.situation = format!("Lives with parents.\n\tTrip planned.{}", text(100));
    plan.warning_signs = vec![WarningSign {
        kind: WarningKind::TravelAbroad,
        note: "Tickets bought\nfor July".into(),
    }];
    plan.steps = vec![
        "Call 112".into(),
        "Go to the school nurse".into(),
        "Take the bag".into(),
        "Text the code word".into(),
    ];
    plan.safe_places = vec!["School library".into(), "Friend's flat".into()];
    plan.contacts.push(PlanContact {
        role: ContactRole::SocialServicesOnCall,
        label: "Socialjouren".into(),
        number: "+46 (0)8-123 456 78".into(),
    });
    plan.code_word = "Blue umbrella".into();
    plan.next_review = Some(date(2026, 12, 1));
    plan.routine_note_given = true;
    plan
}

#[test]
fn crisis_plan_new_has_112_and_four_unticked_things() {
    let plan = CrisisPlan::new(CASE);
    assert_eq!(plan.case_id, CASE);
    assert_eq!(plan.contacts.len(), 1);
    assert_eq!(plan.contacts[0].role, ContactRole::Emergency112);
    assert_eq!(plan.contacts[0].number, "112");
    let things: Vec<_> = plan.keep_ready.iter().map(|k| k.thing).collect();
    assert_eq!(
        things,
        [
            KeepReadyThing::Id,
            KeepReadyThing::Phone,
            KeepReadyThing::Money,
            KeepReadyThing::Medicine
        ]
    );
    assert!(plan.keep_ready.iter().all(|k| !k.ready));
    assert!(!plan.routine_note_given);
    assert!(plan.steps.is_empty() && plan.code_word.is_empty());
    plan.validate().unwrap();
    full_plan().validate().unwrap();
}

#[test]
fn crisis_plan_accepts_values_exactly_at_the_limits() {
    let mut plan = full_plan();
    plan.situation = "ä".repeat(LONG_TEXT_MAX);
    plan.steps = vec![text(SHORT_TEXT_MAX); LIST_MAX];
    plan.code_word = "ö".repeat(CODE_WORD_MAX);
    plan.contacts[0].number = "1".repeat(PHONE_NUMBER_MAX);
    plan.validate().unwrap();
}

#[test]
fn crisis_plan_rejects_each_limit_with_its_field_path() {
    type Edit = fn(&mut CrisisPlan);
    let cases: Vec<(Edit, Expected)> = vec![
        (
            |p| p.situation = text(LONG_TEXT_MAX + 1),
            too_long("plan.situation", LONG_TEXT_MAX),
        ),
        (
            |p| p.situation = "a\u{0}b".into(),
            reason("plan.situation", "control_character"),
        ),
        (
            |p| p.gap_explanation = text(LONG_TEXT_MAX + 1),
            too_long("plan.gap_explanation", LONG_TEXT_MAX),
        ),
        (
            |p| p.situation = "a\rb".into(),
            reason("plan.situation", "control_character"),
        ),
        (
            |p| p.steps[3] = text(SHORT_TEXT_MAX + 1),
            too_long("plan.steps[3]", SHORT_TEXT_MAX),
        ),
        (
            |p| p.steps[1] = "two\nlines".into(),
            reason("plan.steps[1]", "control_character"),
        ),
        (
            |p| p.steps = vec![String::new(); LIST_MAX + 1],
            too_many("plan.steps", LIST_MAX),
        ),
        (
            |p| p.safe_places[1] = text(SHORT_TEXT_MAX + 1),
            too_long("plan.safe_places[1]", SHORT_TEXT_MAX),
        ),
        (
            |p| p.safe_places = vec![String::new(); LIST_MAX + 1],
            too_many("plan.safe_places", LIST_MAX),
        ),
        (
            |p| p.warning_signs[0].note = text(LONG_TEXT_MAX + 1),
            too_long("plan.warning_signs[0].note", LONG_TEXT_MAX),
        ),
        (
            |p| {
                let sign = p.warning_signs[0].clone();
                p.warning_signs = vec![sign; LIST_MAX + 1];
            },
            too_many("plan.warning_signs", LIST_MAX),
        ),
        (
            |p| p.contacts[1].label = text(SHORT_TEXT_MAX + 1),
            too_long("plan.contacts[1].label", SHORT_TEXT_MAX),
        ),
        (
            |p| p.contacts[1].number = "070-12a 45".into(),
            reason("plan.contacts[1].number", "invalid_format"),
        ),
        (
            |p| p.contacts[1].number = "--".into(),
            reason("plan.contacts[1].number", "invalid_format"),
        ),
        (
            |p| p.contacts[0].number = "1".repeat(PHONE_NUMBER_MAX + 1),
            too_long("plan.contacts[0].number", PHONE_NUMBER_MAX),
        ),
        (
            |p| {
                let c = p.contacts[0].clone();
                p.contacts = vec![c; LIST_MAX + 1];
            },
            too_many("plan.contacts", LIST_MAX),
        ),
        (
            |p| p.keep_ready[2].note = text(SHORT_TEXT_MAX + 1),
            too_long("plan.keep_ready[2].note", SHORT_TEXT_MAX),
        ),
        (
            |p| {
                let k = p.keep_ready[0].clone();
                p.keep_ready = vec![k; LIST_MAX + 1];
            },
            too_many("plan.keep_ready", LIST_MAX),
        ),
        (
            |p| p.code_word = text(CODE_WORD_MAX + 1),
            too_long("plan.code_word", CODE_WORD_MAX),
        ),
        (
            |p| p.code_word = "blue\tumbrella".into(),
            reason("plan.code_word", "control_character"),
        ),
    ];
    for (edit, expected) in cases {
        let mut plan = full_plan();
        edit(&mut plan);
        assert_eq!(failure(plan.validate()), expected);
    }
}

#[test]
fn crisis_plan_allows_an_empty_number_for_a_contact_not_known_yet() {
    let mut plan = full_plan();
    plan.contacts.push(PlanContact {
        role: ContactRole::TrustedPerson,
        label: "Aunt".into(),
        number: String::new(),
    });
    plan.validate().unwrap();
}

#[test]
fn crisis_plan_serde_is_strict_and_round_trips() {
    let plan = full_plan();
    let good = serde_json::to_value(&plan).unwrap();
    assert_eq!(good["contacts"][0]["role"], "emergency112");
    assert_eq!(good["contacts"][1]["role"], "social-services-on-call");
    assert_eq!(good["warning_signs"][0]["kind"], "travel-abroad");
    assert_eq!(good["next_review"], "2026-12-01");
    assert_eq!(good["case_id"], CASE.to_hex());
    let back: CrisisPlan = serde_json::from_value(good.clone()).unwrap();
    assert!(back == plan);

    let mut extra = good.clone();
    extra["score"] = json!(3);
    assert!(serde_json::from_value::<CrisisPlan>(extra).is_err());

    let mut nested_extra = good.clone();
    nested_extra["contacts"][0]["address"] = json!("Storgatan 12");
    assert!(serde_json::from_value::<CrisisPlan>(nested_extra).is_err());

    for (pointer, bad) in [
        ("/steps", json!("Call 112")),
        ("/case_id", json!("not-an-id")),
        ("/contacts/0/role", json!("fire-brigade")),
        ("/keep_ready/0/ready", json!(1)),
        ("/next_review", json!("2026-13-01")),
    ] {
        let mut v = good.clone();
        *v.pointer_mut(pointer).unwrap() = bad;
        assert!(
            serde_json::from_value::<CrisisPlan>(v).is_err(),
            "{pointer} accepted a wrong value"
        );
    }
}

// ---------------------------------------------------------------- contact agreement

#[test]
fn contact_agreement_new_knows_nothing_yet_and_validates() {
    let agreement = ContactAgreement::new(CASE);
    assert_eq!(agreement.case_id, CASE);
    assert_eq!(agreement.safe_to_call, trygg::domain::SafeToCall::Unknown);
    assert_eq!(agreement.sms_allowed, trygg::domain::SmsAllowed::Unknown);
    assert!(!agreement.interpreter.name_announced);
    assert_eq!(agreement.support_person.own_will_confirmed_on, None);
    agreement.validate().unwrap();
}

/// An agreement saved before the interpreter stop sign existed reads as
/// "no sign agreed", with every other field as it was.
#[test]
fn a_contact_agreement_from_before_the_stop_sign_reads_with_none_agreed() {
    let mut old = serde_json::to_value(ContactAgreement::new(CASE)).unwrap();
    old["code_word_cannot_talk"] = serde_json::json!("lingon");
    old["interpreter"]
        .as_object_mut()
        .unwrap()
        .remove("stop_sign")
        .expect("today's agreement has the field");
    let read: ContactAgreement = serde_json::from_value(old).unwrap();
    assert_eq!(read.interpreter.stop_sign, "");
    assert_eq!(read.code_word_cannot_talk, "lingon");
    read.validate().unwrap();
}

/// The records the phone-trail card, the own-will check and the
/// interpreter named in advance added fields to: saved before those
/// existed, each reads with "nothing recorded yet" and the rest unchanged.
#[test]
fn records_from_before_the_meeting_end_fields_read_with_nothing_recorded() {
    fn without(mut v: Value, path: &[&str], key: &str) -> Value {
        let mut at = &mut v;
        for p in path {
            at = &mut at[*p];
        }
        at.as_object_mut()
            .unwrap()
            .remove(key)
            .expect("today's record has the field");
        v
    }
    let mut plan = serde_json::to_value(CrisisPlan::new(CASE)).unwrap();
    plan["code_word"] = json!("lingon");
    let plan: CrisisPlan = serde_json::from_value(without(plan, &[], "gap_explanation")).unwrap();
    assert_eq!(plan.gap_explanation, "");
    assert_eq!(plan.code_word, "lingon");

    let mut contact = serde_json::to_value(ContactAgreement::new(CASE)).unwrap();
    contact["support_person"]["own_will_confirmed_on"] = json!("2026-11-30");
    let contact: ContactAgreement =
        serde_json::from_value(without(contact, &["support_person"], "own_will")).unwrap();
    assert_eq!(contact.support_person.own_will, None);
    assert_eq!(
        contact.support_person.own_will_confirmed_on,
        Some(date(2026, 11, 30))
    );

    let mut meeting =
        serde_json::to_value(Meeting::new(CASE, date(2026, 12, 1), &catalogue())).unwrap();
    meeting["interpreter"] = json!("phone");
    for key in [
        "interpreter_gender",
        "interpreter_named_on",
        "phone_trail_done",
    ] {
        meeting = without(meeting, &[], key);
    }
    let meeting: Meeting = serde_json::from_value(meeting).unwrap();
    assert_eq!(meeting.interpreter, InterpreterUsed::Phone);
    assert_eq!(meeting.interpreter_gender, InterpreterGenderUsed::NotAsked);
    assert_eq!(meeting.interpreter_named_on, None);
    assert!(!meeting.phone_trail_done);
}

/// The own-will answer is a word and a date, and nothing else is accepted.
#[test]
fn the_own_will_answer_is_strict() {
    let mut contact = ContactAgreement::new(CASE);
    contact.support_person.own_will = Some(OwnWill {
        answer: OwnWillAnswer::Alone,
        on: date(2026, 12, 6),
    });
    let v = serde_json::to_value(&contact).unwrap();
    assert_eq!(
        v["support_person"]["own_will"],
        json!({"answer": "alone", "on": "2026-12-06"})
    );
    let mut bad = v.clone();
    bad["support_person"]["own_will"]["answer"] = json!("maybe");
    assert!(serde_json::from_value::<ContactAgreement>(bad).is_err());
    let mut extra = v;
    extra["support_person"]["own_will"]["who"] = json!("x");
    assert!(serde_json::from_value::<ContactAgreement>(extra).is_err());
}

#[test]
fn contact_agreement_rejects_each_limit_with_its_field_path() {
    type Edit = fn(&mut ContactAgreement);
    let cases: Vec<(Edit, Expected)> = vec![
        (
            |a| a.call_when = text(SHORT_TEXT_MAX + 1),
            too_long("contact.call_when", SHORT_TEXT_MAX),
        ),
        (
            |a| a.sms_content = text(LONG_TEXT_MAX + 1),
            too_long("contact.sms_content", LONG_TEXT_MAX),
        ),
        (
            |a| a.code_word_cannot_talk = text(CODE_WORD_MAX + 1),
            too_long("contact.code_word_cannot_talk", CODE_WORD_MAX),
        ),
        (
            |a| a.code_word_cannot_talk = "a\nb".into(),
            reason("contact.code_word_cannot_talk", "control_character"),
        ),
        (
            |a| a.if_someone_else_answers = text(LONG_TEXT_MAX + 1),
            too_long("contact.if_someone_else_answers", LONG_TEXT_MAX),
        ),
        (
            |a| a.interpreter.avoid = text(LONG_TEXT_MAX + 1),
            too_long("contact.interpreter.avoid", LONG_TEXT_MAX),
        ),
        (
            |a| a.interpreter.stop_sign = text(SHORT_TEXT_MAX + 1),
            too_long("contact.interpreter.stop_sign", SHORT_TEXT_MAX),
        ),
        (
            |a| a.interpreter.stop_sign = "hand\non the table".into(),
            reason("contact.interpreter.stop_sign", "control_character"),
        ),
        (
            |a| a.support_person.who = text(SHORT_TEXT_MAX + 1),
            too_long("contact.support_person.who", SHORT_TEXT_MAX),
        ),
        (
            |a| a.support_person.who = "friend\u{1b}[2J".into(),
            reason("contact.support_person.who", "control_character"),
        ),
    ];
    for (edit, expected) in cases {
        let mut agreement = ContactAgreement::new(CASE);
        edit(&mut agreement);
        assert_eq!(failure(agreement.validate()), expected);
    }
}

#[test]
fn contact_agreement_serde_is_strict_and_round_trips() {
    let mut agreement = ContactAgreement::new(CASE);
    agreement.safe_to_call = trygg::domain::SafeToCall::OnlyAtTimes;
    agreement.call_when = "Weekdays 10-12".into();
    agreement.sms_allowed = trygg::domain::SmsAllowed::OnlyNeutral;
    agreement.preferred_channel = trygg::domain::Channel::ViaContactPerson;
    agreement.interpreter.mode = trygg::domain::InterpreterMode::Phone;
    agreement.interpreter.gender = trygg::domain::InterpreterGender::Female;
    agreement.support_person.own_will_confirmed_on = Some(date(2026, 11, 2));
    let good = serde_json::to_value(&agreement).unwrap();
    assert_eq!(good["safe_to_call"], "only-at-times");
    assert_eq!(good["preferred_channel"], "via-contact-person");
    assert_eq!(good["interpreter"]["mode"], "phone");
    assert_eq!(
        good["support_person"]["own_will_confirmed_on"],
        "2026-11-02"
    );
    let back: ContactAgreement = serde_json::from_value(good.clone()).unwrap();
    assert!(back == agreement);

    let mut extra = good.clone();
    extra["interpreter"]["name"] = json!("someone");
    assert!(serde_json::from_value::<ContactAgreement>(extra).is_err());

    let mut wrong = good;
    wrong["sms_allowed"] = json!(true);
    assert!(serde_json::from_value::<ContactAgreement>(wrong).is_err());
}

// ---------------------------------------------------------------- situation review

#[test]
fn situation_review_new_rates_every_item_unknown_in_order() {
    let review = SituationReview::new(CASE);
    let ids: Vec<_> = review.items.iter().map(|e| e.item_id.as_str()).collect();
    let expected: Vec<_> = REVIEW_ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids, expected);
    assert!(review
        .items
        .iter()
        .all(|e| e.now == Rating::Unknown && e.before == Rating::Unknown));
    review.validate().unwrap();

    // Every domain has three to five items, IDs are unique kebab-case, and
    // intellectual disability is covered under vulnerability.
    for domain in ReviewDomain::ALL {
        let n = domain.items().count();
        assert!((3..=5).contains(&n), "{} has {n} items", domain.as_str());
    }
    let mut unique = expected.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), expected.len());
    assert!(expected
        .iter()
        .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    assert!(ReviewDomain::Vulnerability
        .items()
        .any(|id| id == "vulnerability-intellectual-disability"));
}

#[test]
fn situation_review_ratings_are_words_not_numbers() {
    let mut review = SituationReview::new(CASE);
    review.items[0].now = Rating::Present;
    review.items[0].before = Rating::Partly;
    let json = serde_json::to_value(&review).unwrap();
    assert_eq!(json["items"][0]["now"], "present");
    assert_eq!(json["items"][0]["before"], "partly");
    let mut bad = json.clone();
    bad["items"][0]["now"] = json!(2);
    assert!(serde_json::from_value::<SituationReview>(bad).is_err());
    // No field anywhere holds a number except the links to plan steps.
    fn numbers_outside_links(v: &Value, key: &str) -> bool {
        match v {
            Value::Number(_) => key != "linked_measures",
            Value::Array(a) => a.iter().any(|x| numbers_outside_links(x, key)),
            Value::Object(o) => o.iter().any(|(k, x)| numbers_outside_links(x, k)),
            _ => false,
        }
    }
    review.linked_measures = vec![0, 2];
    let json = serde_json::to_value(&review).unwrap();
    assert!(!numbers_outside_links(&json, ""));
    let back: SituationReview = serde_json::from_value(json).unwrap();
    assert!(back == review);
}

#[test]
fn situation_review_rejects_each_rule_with_its_field_path() {
    type Edit = fn(&mut SituationReview);
    let cases: Vec<(Edit, Expected)> = vec![
        (
            |r| r.items[2].item_id = "control-score".into(),
            reason("review.items[2].item_id", "unknown_item"),
        ),
        (
            |r| r.items[3].item_id = r.items[0].item_id.clone(),
            reason("review.items[3].item_id", "duplicate"),
        ),
        (
            |r| r.items[4].note = text(LONG_TEXT_MAX + 1),
            too_long("review.items[4].note", LONG_TEXT_MAX),
        ),
        (
            |r| r.own_view = text(LONG_TEXT_MAX + 1),
            too_long("review.own_view", LONG_TEXT_MAX),
        ),
        (
            |r| r.summary = "a\u{8}b".into(),
            reason("review.summary", "control_character"),
        ),
        (
            |r| r.linked_measures = vec![1, 1],
            reason("review.linked_measures[1]", "duplicate"),
        ),
        (
            |r| r.linked_measures = vec![LIST_MAX],
            reason("review.linked_measures[0]", "out_of_range"),
        ),
        (
            |r| r.linked_measures = (0..=LIST_MAX).collect(),
            too_many("review.linked_measures", LIST_MAX),
        ),
    ];
    for (edit, expected) in cases {
        let mut review = SituationReview::new(CASE);
        edit(&mut review);
        assert_eq!(failure(review.validate()), expected);
    }
}

#[test]
fn situation_review_links_are_checked_against_the_plan() {
    let plan = full_plan(); // four steps
    let mut review = SituationReview::new(CASE);
    review.linked_measures = vec![0, 3];
    review.validate_against_plan(&plan).unwrap();

    review.linked_measures = vec![0, 4];
    assert_eq!(
        failure(review.validate_against_plan(&plan)),
        reason("review.linked_measures[1]", "out_of_range")
    );

    let mut other = full_plan();
    other.case_id = OTHER_CASE;
    review.linked_measures = vec![0];
    assert_eq!(
        failure(review.validate_against_plan(&other)),
        reason("review.case_id", "case_mismatch")
    );
}

#[test]
fn situation_review_links_follow_plan_step_edits() {
    let mut review = SituationReview::new(CASE);
    review.linked_measures = vec![0, 2, 3];
    review.step_removed(2);
    assert_eq!(review.linked_measures, [0, 2]);

    // Steps [a, b, c, d]; links to a and d; move a to the end: [b, c, d, a].
    review.linked_measures = vec![0, 3];
    review.step_moved(0, 3);
    assert_eq!(review.linked_measures, [3, 2]);
    // And back: d moves from 3 to 0 again.
    review.step_moved(3, 0);
    assert_eq!(review.linked_measures, [0, 3]);
}

#[test]
fn situation_review_fill_missing_restores_every_item() {
    let mut review = SituationReview::new(CASE);
    review.items.retain(|e| e.item_id != "control-threats");
    review.items.reverse();
    review.items[0].now = Rating::Present;
    let kept_id = review.items[0].item_id.clone();
    review.fill_missing();
    assert_eq!(review.items.len(), REVIEW_ITEMS.len());
    assert_eq!(
        review.entry("control-threats").unwrap().now,
        Rating::Unknown
    );
    assert_eq!(review.entry(&kept_id).unwrap().now, Rating::Present);
    assert_eq!(review.items[0].item_id, REVIEW_ITEMS[0].id);
}

// ---------------------------------------------------------------- meeting

fn entry(id: &str, phase: MeetingPhase) -> (String, MeetingPhase) {
    (id.to_owned(), phase)
}

fn shape(checklist: &[ChecklistEntry]) -> Vec<(String, MeetingPhase)> {
    checklist
        .iter()
        .map(|e| (e.item_id.clone(), e.phase))
        .collect()
}

#[test]
fn meeting_new_builds_the_checklist_from_the_catalogue() {
    let cat = catalogue();
    let meeting = Meeting::new(CASE, date(2026, 11, 27), &cat);
    assert_eq!(meeting.case_id, CASE);
    assert_eq!(meeting.date, date(2026, 11, 27));
    assert_eq!(
        shape(&meeting.checklist),
        [
            entry("phones-outside", MeetingPhase::Before),
            entry("airplane-mode", MeetingPhase::Before),
            // `Any` goes under During; During + Any gives one entry.
            entry("adapt-measures", MeetingPhase::During),
            entry("paper-and-pen", MeetingPhase::During),
            entry("airplane-mode", MeetingPhase::After),
            entry("closing-info", MeetingPhase::After),
        ]
    );
    assert!(meeting
        .checklist
        .iter()
        .all(|e| !e.done && e.note.is_empty()));
    assert!(meeting
        .checklist
        .iter()
        .all(|e| e.item_id != "tech-changes"));
    assert_eq!(meeting.checklist_phase(MeetingPhase::After).count(), 2);
    assert!(!meeting.closing_given);
    assert_eq!(meeting.next_meeting, None);
    meeting.validate(&cat).unwrap();
}

#[test]
fn meeting_with_an_empty_catalogue_has_an_empty_checklist() {
    let empty = Catalogue {
        sections: &[],
        items: &[],
        references: &[],
    };
    let meeting = Meeting::new(CASE, date(2026, 1, 1), &empty);
    assert!(meeting.checklist.is_empty());
    meeting.validate(&empty).unwrap();
    // A checklist from a richer catalogue names items the empty one lacks.
    let full = Meeting::new(CASE, date(2026, 1, 1), &catalogue());
    assert_eq!(
        failure(full.validate(&empty)),
        reason("meeting.checklist[0].item_id", "unknown_item")
    );
}

#[test]
fn meeting_rejects_each_rule_with_its_field_path() {
    type Edit = fn(&mut Meeting);
    let cases: Vec<(Edit, Expected)> = vec![
        (
            |m| m.checklist[1].item_id = "no-such-item".into(),
            reason("meeting.checklist[1].item_id", "unknown_item"),
        ),
        (
            // Exists in the catalogue but is not a checklist item.
            |m| m.checklist[2].item_id = "tech-changes".into(),
            reason("meeting.checklist[2].item_id", "unknown_item"),
        ),
        (
            |m| m.checklist[0].phase = MeetingPhase::After,
            reason("meeting.checklist[0].phase", "wrong_phase"),
        ),
        (
            |m| {
                let e = m.checklist[0].clone();
                m.checklist.push(e);
            },
            reason("meeting.checklist[6]", "duplicate"),
        ),
        (
            |m| m.checklist[5].note = text(SHORT_TEXT_MAX + 1),
            too_long("meeting.checklist[5].note", SHORT_TEXT_MAX),
        ),
        (
            |m| {
                let e = m.checklist[0].clone();
                m.checklist = vec![e; CHECKLIST_MAX + 1];
            },
            too_many("meeting.checklist", CHECKLIST_MAX),
        ),
        (
            |m| m.attendees = vec![AttendeeRole::Colleague; LIST_MAX + 1],
            too_many("meeting.attendees", LIST_MAX),
        ),
        (
            |m| m.closing_who_sees_what = text(LONG_TEXT_MAX + 1),
            too_long("meeting.closing_who_sees_what", LONG_TEXT_MAX),
        ),
        (
            |m| m.closing_safe_contact = "call\u{7f}".into(),
            reason("meeting.closing_safe_contact", "control_character"),
        ),
    ];
    let cat = catalogue();
    for (edit, expected) in cases {
        let mut meeting = Meeting::new(CASE, date(2026, 11, 27), &cat);
        edit(&mut meeting);
        assert_eq!(failure(meeting.validate(&cat)), expected);
    }
}

#[test]
fn meeting_serde_is_strict_and_round_trips() {
    let cat = catalogue();
    let mut meeting = Meeting::new(CASE, date(2026, 11, 27), &cat);
    meeting.place = trygg::domain::PlaceType::School;
    meeting.interpreter = trygg::domain::InterpreterUsed::None;
    meeting.attendees.push(AttendeeRole::SupportPerson);
    meeting.next_meeting = date(2026, 12, 4).and_hms_opt(14, 30, 0);
    meeting.closing_given = true;
    let good = serde_json::to_value(&meeting).unwrap();
    assert_eq!(good["checklist"][0]["phase"], "before");
    assert_eq!(good["attendees"][1], "support-person");
    assert_eq!(good["interpreter"], "none");
    assert_eq!(good["next_meeting"], "2026-12-04T14:30:00");
    let back: Meeting = serde_json::from_value(good.clone()).unwrap();
    assert!(back == meeting);

    let mut extra = good.clone();
    extra["address"] = json!("Storgatan 12");
    assert!(serde_json::from_value::<Meeting>(extra).is_err());

    let mut nested = good.clone();
    nested["checklist"][0]["text"] = json!("x");
    assert!(serde_json::from_value::<Meeting>(nested).is_err());

    let mut phase_any = good.clone();
    phase_any["checklist"][0]["phase"] = json!("any");
    assert!(serde_json::from_value::<Meeting>(phase_any).is_err());

    let mut wrong = good;
    wrong["date"] = json!(20261127);
    assert!(serde_json::from_value::<Meeting>(wrong).is_err());
}

// ---------------------------------------------------------------- error contract

#[test]
fn domain_error_is_coded_and_exposes_the_path_not_the_value() {
    let mut plan = full_plan();
    let secret = format!("SECRET-{}", text(SHORT_TEXT_MAX));
    plan.steps[3] = secret.clone();
    let err = plan.validate().unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert_eq!(
        err.details(),
        json!({ "field": "plan.steps[3]", "reason": "too_long", "max": 200 })
    );
    assert!(!err.to_string().contains("SECRET"));
    assert!(!format!("{err:?}").contains("SECRET"));

    plan.steps[3] = "ok".into();
    plan.code_word = "SECRET\u{0}".into();
    let err = plan.validate().unwrap_err();
    assert_eq!(
        err.details(),
        json!({ "field": "plan.code_word", "reason": "control_character" })
    );
    assert!(!err.to_string().contains("SECRET"));
}

#[test]
fn debug_output_of_records_does_not_reveal_their_contents() {
    let mut plan = full_plan();
    plan.code_word = "Blue umbrella".into();
    let mut agreement = ContactAgreement::new(CASE);
    agreement.code_word_cannot_talk = "Blue umbrella".into();
    let case = Case::new("Blue umbrella").unwrap();
    for shown in [
        format!("{plan:?}"),
        format!("{agreement:?}"),
        format!("{case:?}"),
        format!("{:?}", plan.contacts),
    ] {
        assert!(!shown.contains("Blue umbrella"), "{shown}");
    }
}

#[test]
fn touch_moves_updated_forward() {
    let mut plan = CrisisPlan::new(CASE);
    plan.updated = Utc::now() - chrono::Duration::days(1);
    let before = plan.updated;
    plan.touch();
    assert!(plan.updated > before);
}

// ---------------------------------------------------------------- alias warnings

#[test]
fn harmless_aliases_get_no_warning() {
    for alias in [
        "Rosen",
        "Klient A",
        "Klient 7",
        "K7",
        "Ärende blå",
        "Plan 2",
        "Fall 2024-03",
        "Lilla björn",
    ] {
        assert_eq!(alias_warnings(alias), [], "{alias}");
    }
}

#[test]
fn personal_identity_numbers_with_a_valid_check_digit_are_flagged() {
    for alias in [
        "19121212-1212", // Skatteverket's test number
        "191212121212",
        "121212-1212",
        "121212+1212",
        "1212121212",
        "Klient 811218-9876",
        "640823-3234 Rosen",
        "701063-2391", // samordningsnummer: day + 60
    ] {
        assert_eq!(
            alias_warnings(alias),
            [AliasWarning::PersonalIdentityNumber],
            "{alias}"
        );
    }
}

#[test]
fn numbers_failing_luhn_or_date_are_not_identity_numbers() {
    for alias in [
        "19121212-1213",
        "121212-1213",
        "121312-1212",
        "19121232-1212",
    ] {
        let warnings = alias_warnings(alias);
        assert!(
            !warnings.contains(&AliasWarning::PersonalIdentityNumber),
            "{alias}"
        );
        // Still a long run of digits, so it is flagged as a number.
        assert!(warnings.contains(&AliasWarning::PhoneNumber), "{alias}");
    }
}

#[test]
fn street_addresses_and_postcodes_are_flagged() {
    for alias in [
        "Storgatan 12",
        "storgatan 12",
        "Kungsgatan 5B",
        "Drottningvägen 3",
        "Järnvägsallén 14",
        "Mäster Samuelsgatan 7",
        "Stureplan 4",
        "Stora Torget 3",
        "Klient 123 45",
    ] {
        assert_eq!(
            alias_warnings(alias),
            [AliasWarning::StreetAddress],
            "{alias}"
        );
    }
    assert_eq!(alias_warnings("Storgatan"), []);
}

#[test]
fn phone_numbers_are_flagged() {
    for alias in ["070-123 45 67", "0701234567", "Rosen 08 123 456 7"] {
        assert_eq!(
            alias_warnings(alias),
            [AliasWarning::PhoneNumber],
            "{alias}"
        );
    }
    assert_eq!(alias_warnings("Klient 123456"), []);
}

#[test]
fn full_names_are_flagged() {
    for alias in [
        "Anna Svensson",
        "Anna-Karin Öberg",
        "Omar al Hassan",
        "Sara von Berg",
        "klient Fatima Ali",
    ] {
        assert_eq!(alias_warnings(alias), [AliasWarning::FullName], "{alias}");
    }
    assert_eq!(alias_warnings("ANNA SVENSSON"), []);
}

#[test]
fn several_warnings_come_once_each_in_a_fixed_order() {
    let warnings = alias_warnings("Anna Svensson, Storgatan 12, 19121212-1212, 070-123 45 67");
    assert_eq!(
        warnings,
        [
            AliasWarning::PersonalIdentityNumber,
            AliasWarning::StreetAddress,
            AliasWarning::PhoneNumber,
            AliasWarning::FullName,
        ]
    );
    assert_eq!(
        serde_json::to_value(&warnings).unwrap(),
        json!([
            "personal-identity-number",
            "street-address",
            "phone-number",
            "full-name"
        ])
    );
    let case = Case::new("Storgatan 12").unwrap();
    assert_eq!(case.alias_warnings(), [AliasWarning::StreetAddress]);
}
