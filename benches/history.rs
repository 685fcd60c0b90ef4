//! Benchmark: a ten-year daily dose history (3650 one-day `[[doses]]`
//! records, screens every week, prescriptions) parsed and checked.
//! Run with `cargo bench --bench history`. Not a test: it only reports.

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write;
use std::time::Instant;

fn case_text(years: i64) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let days = years * 365;
    let as_of = start + chrono::Duration::days(days);
    let mut s = format!(
        "schema = 1\n[patient]\nid = \"bench\"\nsex = \"female\"\n[treatment]\nmedication = \"methadone\"\nas_of = {as_of}\nstarted_lar = {start}\n\n[[prescriptions]]\ndrug = \"Sobril\"\ndaily_mg = 15\n\n[[ecg]]\ndate = {}\nqtc_ms = 440\n\n[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n[naloxone]\ntake_home_kit = true\n",
        as_of - chrono::Duration::days(100)
    );
    for i in 0..days {
        let d = start + chrono::Duration::days(i);
        // a slow titration, a long plateau, and small changes now and then
        let mg = (30 + (i / 3) * 5).min(90) + if i % 97 == 0 { 5 } else { 0 };
        if i % 211 == 50 {
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
