//! Case book benchmark: opening one case (its plan, agreement, review and
//! meetings, decrypted and parsed) in a vault of 1,000 full cases, with one
//! and with five meetings per case. Meetings carry their case ID only inside
//! the sealed record, so opening a case reads every meeting of the vault;
//! this shows what that costs as a caseload grows (the IPC round trip and
//! drawing come on top: the e2e figure in `make bench`).
//!
//! Run: `cargo bench -p trygg --bench casebook` (seeding takes ~1 min).

#[path = "../examples/seed_vault/fill.rs"]
mod fill;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use trygg::casebook;
use trygg::guidance::catalogue;
use trygg::vault::{KdfParams, Vault, VaultOptions};

const PIN: &str = "4711081542";
const CASES: usize = 1000;

fn open_case(c: &mut Criterion) {
    let cat = catalogue();
    let first = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    let mut g = c.benchmark_group("casebook/open_case_of_1000");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for meetings in [1usize, 5] {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("bench.db"), VaultOptions::default()).unwrap();
        v.create(PIN, KdfParams::FLOOR).unwrap();
        let ids: Vec<_> = (0..CASES)
            .map(|i| fill::case(&mut v, &cat, i, first, meetings).unwrap())
            .collect();
        let id = ids[CASES / 2];
        g.bench_function(format!("{meetings}_meetings_each"), |b| {
            b.iter(|| {
                let file = casebook::open(&mut v, &id).unwrap();
                assert_eq!(file.meetings.len(), meetings);
                file
            })
        });
    }
    g.finish();
}

criterion_group!(benches, open_case);
criterion_main!(benches);
