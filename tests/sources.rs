//! `larcheck explain KEY`: the sources register through the command line.
//! Every source key a rule cites prints its full reference (title,
//! publisher, year, section, address) as a table and as JSON; rules keep
//! working and show the references of their keys; an unknown key is a usage
//! error (exit 2) with the nearest codes or keys suggested.

use crate::common;
use common::{json, larcheck, lib};
use predicates::prelude::*;

#[test]
fn explain_a_source_key_prints_its_full_reference() {
    larcheck()
        .args(["explain", "N10-13.3"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("N10-13.3"))
        .stdout(predicate::str::contains("Helsedirektoratet"))
        .stdout(predicate::str::contains("2010"))
        .stdout(predicate::str::contains("§13.3"))
        .stdout(predicate::str::contains(
            "https://www.helsebiblioteket.no/retningslinjer/lar/13-avslutning/13.3uteblivelse-fra-henting",
        ))
        .stdout(predicate::str::contains("MIS001"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn explain_a_source_key_as_json() {
    let out = lib()
        .args(["explain", "AU-MISS", "--format", "json"])
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["schema_version"], 1);
    let s = &doc["source"];
    assert_eq!(s["key"], "AU-MISS");
    assert!(s["title"].as_str().unwrap().contains("issed"));
    assert!(s["publisher"].as_str().unwrap().contains("Australian"));
    assert!(s["section"].as_str().unwrap().contains("3.5"));
    assert!(s["url"].as_str().unwrap().starts_with("https://"));
    assert!(doc.get("rule").is_none());
}

#[test]
fn a_guideline_section_can_be_asked_for_in_its_long_form() {
    let out = lib()
        .args(["explain", "NO-GL-2010 §9.3", "--format", "json"])
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["source"]["key"], "N10-9.3");
    assert!(doc["source"]["section"].as_str().unwrap().contains("9.3"));
    // Case does not matter.
    lib().args(["explain", "au-miss"]).assert().code(0);
}

#[test]
fn a_source_without_a_year_or_address_says_so() {
    lib()
        .args(["explain", "FDA-2017-MAT"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no public address"));
    lib()
        .args(["explain", "HDIR-OMEQ"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("year"))
        .stdout(predicate::str::contains("not stated"));
}

#[test]
fn explain_a_rule_shows_the_references_of_its_keys() {
    lib()
        .args(["explain", "MIS001"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("References"))
        .stdout(predicate::str::contains("Uteblivelse fra henting"))
        .stdout(predicate::str::contains(
            "Australian Government Department of Health",
        ));
    let out = lib()
        .args(["explain", "MIS001", "--format", "json"])
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    let refs = doc["rule"]["references"].as_array().expect("references");
    let keys: Vec<&str> = refs.iter().map(|r| r["key"].as_str().unwrap()).collect();
    // The rule's own keys first, then those of its parameters.
    assert_eq!(keys[..3], ["AU-MISS", "N10-13.3", "IDWIKI-SROM"]);
    assert!(refs.iter().all(|r| r["title"].is_string()));
}

#[test]
fn every_rule_source_resolves_to_references() {
    let out = lib().args(["rules", "--format", "json"]).assert().code(0);
    let doc = json(&out.get_output().stdout);
    for r in doc["rules"].as_array().unwrap() {
        let code = r["code"].as_str().unwrap();
        let source = r["source"].as_str().unwrap();
        assert!(
            !source.contains(".md"),
            "{code} cites an internal document: {source}"
        );
        if source.starts_with("local default") && !source.contains(';') {
            continue;
        }
        let out = lib()
            .args(["explain", code, "--format", "json"])
            .assert()
            .code(0);
        let doc = json(&out.get_output().stdout);
        assert!(
            !doc["rule"]["references"].as_array().unwrap().is_empty(),
            "{code}: no reference for {source}"
        );
    }
}

#[test]
fn an_unknown_key_exits_2_and_suggests_the_nearest() {
    lib()
        .args(["explain", "AU-MIS"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("AU-MIS"))
        .stderr(predicate::str::contains("did you mean"))
        .stderr(predicate::str::contains("AU-MISS"));
    lib()
        .args(["explain", "N10-13.4"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("N10-13.3"));
    lib()
        .args(["explain", "MIS01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("MIS001"));
}

#[test]
fn local_default_and_internal_documents_are_not_keys() {
    for k in ["local default", "pickup.md", "rules.md"] {
        lib().args(["explain", k]).assert().code(2);
    }
}

#[test]
fn a_very_long_unknown_key_is_a_quick_usage_error() {
    let long = "K".repeat(100_000);
    let started = std::time::Instant::now();
    lib().args(["explain", &long]).assert().code(2);
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn every_finding_source_in_the_fixtures_is_registered() {
    let out = lib()
        .args([
            "check",
            "fixtures",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .expect("larcheck runs");
    let doc = json(&out.stdout);
    let reg = larcheck::sources::register();
    let mut bad = Vec::new();
    let mut seen = 0;
    for case in doc["cases"].as_array().expect("cases") {
        for f in case["findings"].as_array().into_iter().flatten() {
            let code = f["code"].as_str().unwrap_or("?");
            let mut cited = vec![f["source"].as_str().unwrap_or("").to_string()];
            for (k, v) in f["evidence"].as_object().into_iter().flatten() {
                if k.ends_with("source")
                    && let Some(s) = v.as_str()
                {
                    cited.push(s.to_string());
                }
            }
            for c in cited {
                seen += 1;
                if let Err(e) = reg.cited(&c) {
                    bad.push(format!("{code}: {e}"));
                }
                if let Some(w) = larcheck::sources::internal_document(&c) {
                    bad.push(format!("{code}: `{c}` cites an internal document ({w})"));
                }
            }
        }
    }
    assert!(seen > 100, "only {seen} citations read");
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
