//! The UI's copy of what the Rust domain serialises
//! (ui/src/lib/domain.fixture.json, which the vitest suite holds the
//! TypeScript mirror to) is what these types serialise today: a field added
//! here and not there fails this test, not a save in the field.

use chrono::NaiveDate;
use serde_json::Value;
use trygg::domain::{ContactAgreement, CrisisPlan, Meeting};
use trygg::vault::RecordId;

fn fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/ui/src/lib/domain.fixture.json"
    );
    let text = std::fs::read_to_string(path).expect("the fixture is in the tree");
    serde_json::from_str(&text).expect("the fixture is JSON")
}

/// `v` without the fields that differ by when it was made.
fn timeless(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated");
    }
    v
}

#[test]
fn the_fixture_holds_todays_fresh_plan_agreement_and_meeting() {
    let f = fixture();
    let case = RecordId([0xab; 16]);
    assert_eq!(
        timeless(f["plan"].clone()),
        timeless(serde_json::to_value(CrisisPlan::new(case)).unwrap())
    );
    assert_eq!(
        timeless(f["contact"].clone()),
        timeless(serde_json::to_value(ContactAgreement::new(case)).unwrap())
    );
    let date: NaiveDate = serde_json::from_value(f["meeting"]["date"].clone()).unwrap();
    let catalogue = trygg::guidance::catalogue();
    let mut meeting = serde_json::to_value(Meeting::new(case, date, &catalogue)).unwrap();
    // The fixture's meeting has a next meeting set, to show its format.
    meeting["next_meeting"] = f["meeting"]["next_meeting"].clone();
    assert_eq!(timeless(f["meeting"].clone()), timeless(meeting));
}
