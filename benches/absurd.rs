//! Benchmark: absurd but valid inputs (issue 15 item 8) — one case with
//! 10,000 prescriptions of one unknown name, one with 10,000 different
//! unknown names, a 100-year plan written as one entry and as 36,000 daily
//! entries that change the dose every day; each parsed, checked and rendered
//! as JSON. A repeated name must cost about what one name costs (the reading
//! and the nearest-name search are done once per distinct name), and a plan
//! must cost linear time in its entries. The peak memory of the whole run is
//! printed at the end (Linux). Run with `cargo bench --bench absurd`. Not a
//! test: it only reports.

use std::fmt::Write;
use std::time::Instant;

const HEAD: &str = "schema = 1\n[patient]\nid = \"absurd\"\n[treatment]\nmedication = \"methadone\"\nas_of = 2026-11-20\nstarted_lar = 2020-01-01\n[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 80\n";

fn case_text(distinct: bool) -> String {
    let mut s = HEAD.to_string();
    for i in 0..10_000 {
        let name = if distinct {
            format!("Fantasimedisin{i}")
        } else {
            "Fantasimedisin".to_string()
        };
        writeln!(s, "[[prescriptions]]\ndrug = \"{name}\"\nfrom = 2026-11-01").unwrap();
    }
    s
}

/// A plan from `as_of` for 100 years: one entry, or one entry a day for
/// 36,000 days with the dose going 60, 61, 62, 60, … (an increase every
/// other day: thousands of DOS003 findings).
fn plan_text(daily: bool) -> String {
    let mut s = HEAD.to_string();
    if !daily {
        s.push_str("[[plan]]\nfrom = 2026-11-20\nto = 2126-08-01\nmg = 80\n");
        return s;
    }
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    for (i, day) in start.iter_days().take(36_000).enumerate() {
        writeln!(s, "[[plan]]\nfrom = {day}\nto = {day}\nmg = {}", 60 + i % 3).unwrap();
    }
    s
}

/// The peak resident memory of this process so far, from /proc (Linux).
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "not known on this system".to_string())
}

fn main() {
    let config = larcheck::config::Config::embedded();
    let cases = [
        ("one name 10,000 times", case_text(false)),
        ("10,000 names", case_text(true)),
        ("a 100-year plan in one entry", plan_text(false)),
        ("a 100-year plan, 36,000 daily entries", plan_text(true)),
    ];
    for (label, text) in cases {
        let runs = 3;
        let t = Instant::now();
        let mut bytes = 0;
        for _ in 0..runs {
            let case = larcheck::input::parse(&text, None).expect("valid bench case");
            let r = larcheck::engine::check(
                "absurd",
                &case,
                case.treatment.as_of.unwrap(),
                false,
                &config,
            )
            .expect("checked");
            bytes = serde_json::to_string(&r).map(|j| j.len()).unwrap_or(0);
        }
        println!(
            "{label}: {:?} per parse + check + JSON ({bytes} bytes of JSON)",
            t.elapsed() / runs
        );
    }
    println!("peak resident memory of the run: {}", peak_rss());
}
