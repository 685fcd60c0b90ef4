//! `larcheck drugs` says which rules a drug can trigger with each LAR
//! medication; `check` must never fire an interaction rule for a drug that
//! `drugs` does not list (issue 13: the two read the same declarations).
//! For every catalogue entry, a methadone and a buprenorphine patient get
//! that one drug, newly prescribed; every finding of a rule a co-prescribed
//! drug can trigger must be among the entry's rules in `drugs`.

use larcheck::config::Config;
use larcheck::rules::registry::Triggers;
use std::collections::BTreeSet;

fn case(med: &str, dose: u32, drug: &str) -> String {
    format!(
        "schema = 1\n[patient]\nid = \"agree\"\nsex = \"male\"\n[treatment]\nmedication = \"{med}\"\nas_of = 2026-11-20\nstarted_lar = 2020-01-01\n[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = {dose}\n[[ecg]]\ndate = 2026-10-01\nqtc_ms = 430\n[[prescriptions]]\ndrug = {}\nfrom = 2026-11-13\n[naloxone]\ntake_home_kit = true\n",
        toml::Value::String(drug.to_string())
    )
}

#[test]
fn check_fires_only_interaction_rules_that_drugs_lists() {
    let config = Config::embedded();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut problems = Vec::new();
    let mut checked = 0;
    for d in config.catalogue.entries() {
        if d.lar.is_some() {
            continue;
        }
        let listed: BTreeSet<&str> = larcheck::commands::drugs::rules_for(d)
            .iter()
            .map(|(c, _)| *c)
            .collect();
        for (med, dose) in [("methadone", 80), ("buprenorphine", 16)] {
            let text = case(med, dose, &d.generic);
            let parsed = larcheck::input::parse(&text, None).expect("the case parses");
            let report = larcheck::engine::check("agree.toml", &parsed, as_of, false, &config)
                .expect("the case is checked");
            checked += 1;
            for f in &report.findings {
                // Every rule a co-prescribed drug can trigger, by its
                // declaration (not by a code prefix).
                let drug_rule = matches!(f.rule.triggered_by, Triggers::CoPrescribed(_));
                if drug_rule && !listed.contains(f.code) {
                    problems.push(format!(
                        "{} with {med}: check fires {} but drugs lists {listed:?}",
                        d.generic, f.code
                    ));
                }
            }
        }
    }
    assert!(checked > 400, "only {checked} cases");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
