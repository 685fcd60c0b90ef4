//! Benchmark: absurd but valid inputs (issue 15 item 8) — one case with
//! 10,000 prescriptions of one unknown name, and one with 10,000 different
//! unknown names, parsed, checked and rendered as JSON. A repeated name must
//! cost about what one name costs: the reading and the nearest-name search
//! are done once per distinct name. Run with `cargo bench --bench absurd`.
//! Not a test: it only reports.

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

fn main() {
    let config = larcheck::config::Config::embedded();
    for (label, distinct) in [("one name 10,000 times", false), ("10,000 names", true)] {
        let text = case_text(distinct);
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
}
