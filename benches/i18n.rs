//! Start-up cost of the translations: building the [`Localizer`] (what the
//! app does before its window opens) and the first UI payload of a locale.
//!
//! Run: `cargo bench -p trygg --bench i18n`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use trygg::i18n::Localizer;

fn start_up(c: &mut Criterion) {
    let mut g = c.benchmark_group("i18n");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    g.bench_function("localizer_new", |b| b.iter(|| Localizer::new().unwrap()));
    g.bench_function("new_plus_locales_list", |b| {
        b.iter(|| Localizer::new().unwrap().locales())
    });
    g.bench_function("new_plus_first_bundle_sv", |b| {
        b.iter(|| Localizer::new().unwrap().bundle("sv").unwrap())
    });
    g.bench_function("new_plus_first_bundle_ar", |b| {
        b.iter(|| Localizer::new().unwrap().bundle("ar").unwrap())
    });
    g.finish();
}

criterion_group!(benches, start_up);
criterion_main!(benches);
