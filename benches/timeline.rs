//! Benchmark: `timeline` over a year of mornings for one patient with a
//! year of daily history (issue 22's target: ≤ 50 ms on one core for the
//! 365 checks). Run with `cargo bench --bench timeline`. Not a test: it
//! only reports.

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

#[path = "common/daily.rs"]
mod daily;

/// A year of daily history: `common/daily.rs`, a missed day every 61 days.
fn case_text() -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    daily::daily_case(start, 365, start + chrono::Duration::days(100), 61)
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
