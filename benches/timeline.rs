//! Benchmark: `timeline` over a year of mornings for one patient with a
//! year of daily history (issue 22's target: ≤ 50 ms on one core for the
//! 365 checks). Run with `cargo bench --bench timeline`. Not a test: it
//! only reports.

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write;
use std::time::Instant;

/// A year of one-day `[[doses]]` records (a titration, a plateau, a missed
/// day now and then), weekly screens, a benzodiazepine prescription and an
/// ECG; `as_of` the day after.
fn case_text() -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let days = 365;
    let as_of = start + chrono::Duration::days(days);
    let mut s = format!(
        "schema = 1\n[patient]\nid = \"bench\"\nsex = \"female\"\n[treatment]\nmedication = \"methadone\"\nas_of = {as_of}\nstarted_lar = {start}\n\n[[prescriptions]]\ndrug = \"Sobril\"\ndaily_mg = 15\n\n[[ecg]]\ndate = {}\nqtc_ms = 440\n\n[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n[naloxone]\ntake_home_kit = true\n",
        start + chrono::Duration::days(100)
    );
    for i in 0..days {
        let d = start + chrono::Duration::days(i);
        let mg = (30 + (i / 3) * 5).min(90) + if i % 97 == 0 { 5 } else { 0 };
        if i % 61 == 50 {
            writeln!(s, "[[missed]]\nfrom = {d}").unwrap();
            continue;
        }
        writeln!(s, "[[doses]]\nfrom = {d}\nmg = {mg}").unwrap();
        if i % 7 == 0 {
            writeln!(
                s,
                "[[screens]]\ndate = {d}\npositive = [\"methadone\", \"eddp\"]"
            )
            .unwrap();
        }
    }
    s
}

fn main() {
    let config = larcheck::config::Config::embedded();
    let text = case_text();
    let case = larcheck::input::parse(&text, None).expect("valid bench case");
    let to = case.treatment.as_of.unwrap();
    let from = to - chrono::Duration::days(364);
    let runs = 5;
    let t = Instant::now();
    let mut events = 0;
    for _ in 0..runs {
        let course =
            larcheck::timeline::replay("bench", &case, from, to, &config).expect("replayed");
        events = course.events.len();
    }
    let per = t.elapsed() / runs;
    println!(
        "timeline: 365 mornings of a year's daily history ({} bytes, {events} events): {per:?} per replay (target ≤ 50 ms)",
        text.len()
    );
}
