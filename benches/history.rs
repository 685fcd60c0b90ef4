//! Benchmark: a ten-year daily dose history (3650 one-day `[[doses]]`
//! records, screens every week, prescriptions) parsed and checked.
//! Run with `cargo bench --bench history`. Not a test: it only reports.

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

#[path = "common/daily.rs"]
mod daily;

fn case_text(years: i64) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let days = years * 365;
    let as_of = start + chrono::Duration::days(days);
    daily::daily_case(start, days, as_of - chrono::Duration::days(100), 211)
}

fn main() {
    let config = larcheck::config::Config::embedded();
    for years in [1, 10] {
        let text = case_text(years);
        let runs = 20;
        let t = Instant::now();
        let mut findings = 0;
        for _ in 0..runs {
            let case = larcheck::input::parse(&text, None).expect("valid bench case");
            let as_of = case.treatment.as_of.unwrap();
            let r =
                larcheck::engine::check("bench", &case, as_of, false, &config).expect("checked");
            findings = r.findings.len();
        }
        let per = t.elapsed() / runs;
        println!(
            "{years:>2} years ({} bytes, {} findings): {per:?} per parse + check",
            text.len(),
            findings
        );
    }
}
