//! The safety rules through the command line: `explain` names its source,
//! unknown drugs are findings (not errors), acknowledgements keep findings
//! visible but out of the exit status and the summary, INT002's
//! incomplete morphine equivalents, and the shape of the pickup proposal
//! (depot, no `[pickup]`, work, the methadone-family cap).

use crate::common::{larcheck, lib, write};
use serde_json::Value;
use std::path::PathBuf;

// ---- helpers -------------------------------------------------------------

/// A stable methadone maintenance patient on 2026-11-20 (in LAR since
/// 2023, a clean screen a week ago, naloxone at home); `patient` is added
/// to `[patient]`, `rest` after everything else (more tables).
fn case(patient: &str, rest: &str) -> String {
    format!(
        r#"schema = 1

[patient]
id = "safety-test"
sex = "male"
{patient}

[treatment]
medication = "methadone"
as_of = 2026-11-20
started_lar = 2023-01-10

[[doses]]
from = 2026-08-01
to = 2026-11-19
mg = 80

[[screens]]
date = 2026-11-13
positive = ["methadone", "eddp"]

[[ecg]]
date = 2026-06-01
qtc_ms = 420

[naloxone]
take_home_kit = true

{rest}
"#
    )
}

/// Runs `larcheck [pre...] check --format json [args...] FILES` and returns
/// the exit code and the parsed document.
fn check_files(pre: &[&str], args: &[&str], files: &[PathBuf]) -> (i32, Value) {
    let out = lib()
        .args(pre)
        .args(["check", "--format", "json"])
        .args(args)
        .args(files)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON on stdout ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().expect("an exit code"), doc)
}

/// Checks one case text; returns the exit code and the case report.
fn check_text(text: &str) -> (i32, Value) {
    check_text_with(&[], text)
}

fn check_text_with(pre: &[&str], text: &str) -> (i32, Value) {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "case.toml", text);
    let (code, doc) = check_files(pre, &[], &[p]);
    let report = doc["cases"][0].clone();
    assert_eq!(report["status"], "checked", "{report:#}");
    (code, report)
}

fn findings<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

fn one<'a>(report: &'a Value, code: &str) -> &'a Value {
    let f = findings(report, code);
    assert_eq!(f.len(), 1, "want one {code}, got {f:#?}");
    f[0]
}

fn drug_of(f: &Value) -> String {
    f["evidence"]["drug"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

const SOBRIL: &str = r#"
[[prescriptions]]
drug = "Sobril"
daily_mg = 30
from = 2026-10-01
"#;

// ---- explain ---------------------------------------------------------------

#[test]
fn explain_bzd001_names_its_source_in_json_and_in_the_table() {
    let out = lib()
        .args(["explain", "BZD001", "--format", "json"])
        .assert()
        .code(0);
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let rule = &doc["rule"];
    assert_eq!(rule["code"], "BZD001");
    assert_eq!(rule["name"], "benzodiazepine-coprescribed");
    let source = rule["source"].as_str().expect("a source string");
    assert!(
        source.contains("7.2.2"),
        "BZD001's source is NO-GL-2010 §7.2.2, got {source:?}"
    );

    let out = lib().args(["explain", "BZD001"]).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("BZD001"), "{text}");
    assert!(text.contains(source), "the table names the source: {text}");
}

#[test]
fn explain_of_an_unknown_code_is_a_usage_error() {
    lib().args(["explain", "BZD999"]).assert().code(2);
}

// ---- unknown drugs -----------------------------------------------------------

#[test]
fn an_unknown_drug_is_reported_as_dat001_with_suggestions_and_the_check_exits_0() {
    let text = case(
        "",
        r#"
[[prescriptions]]
drug = "Fantasiol"
daily_mg = 5
"#,
    );
    let (code, report) = check_text(&text);
    assert_eq!(
        code, 0,
        "DAT001 is a warning; the default --fail-on is critical"
    );
    let f = one(&report, "DAT001");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"].as_str().unwrap().contains("Fantasiol"),
        "{f:#}"
    );
    // Revised 2026-12-01: suggestions are plausible typos of one substance
    // only; "Fantasiol" is near no catalogue name, so none is offered
    // (it used to offer fentanyl). A near miss gets its substance's names.
    let suggestions = f["evidence"]["suggestions"]
        .as_array()
        .expect("suggestions in the evidence");
    assert!(suggestions.is_empty(), "{f:#}");
    let text = case(
        "",
        r#"
[[prescriptions]]
drug = "Stesolidd"
daily_mg = 5
"#,
    );
    let (_, report) = check_text(&text);
    let f = one(&report, "DAT001");
    let suggestions = f["evidence"]["suggestions"]
        .as_array()
        .expect("suggestions in the evidence");
    assert_eq!(suggestions[0], "Stesolid", "{f:#}");
    assert!(suggestions.iter().all(Value::is_string), "{f:#}");
    assert!(suggestions.contains(&Value::from("diazepam")), "{f:#}");
}

#[test]
fn brand_atc_and_case_insensitive_names_resolve_without_dat001() {
    for name in ["sobril", "SOBRIL", "N05BA04", "Sobril 10 mg", "oxazepam"] {
        let text = case(
            "",
            &format!("[[prescriptions]]\ndrug = \"{name}\"\ndaily_mg = 15\n"),
        );
        let (code, report) = check_text(&text);
        assert!(findings(&report, "DAT001").is_empty(), "{name}: {report:#}");
        let f = one(&report, "BZD001");
        assert_eq!(f["severity"], "critical", "{name}");
        assert_eq!(code, 1, "{name}: an unapproved benzodiazepine is critical");
    }
}

// ---- acknowledgements -------------------------------------------------------

#[test]
fn an_acknowledged_finding_is_still_reported_with_reason_until_and_expired_false() {
    let text = case(
        "",
        &format!(
            r#"{SOBRIL}
[[acknowledged]]
code = "BZD001"
until = 2027-01-31
reason = "oxazepam taper agreed with TSB"
"#
        ),
    );
    let (code, report) = check_text(&text);
    assert_eq!(code, 0, "an acknowledged critical finding does not fail");
    let f = one(&report, "BZD001");
    assert_eq!(f["severity"], "critical", "the severity is kept");
    let ack = f["acknowledged"]
        .as_object()
        .expect("an acknowledged object");
    let mut keys: Vec<&str> = ack.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["expired", "reason", "until"]);
    assert_eq!(ack["reason"], "oxazepam taper agreed with TSB");
    assert_eq!(ack["until"], "2027-01-31");
    assert_eq!(ack["expired"], false);
}

#[test]
fn an_acknowledgement_on_its_last_day_still_mutes() {
    let text = case(
        "",
        &format!(
            "{SOBRIL}\n[[acknowledged]]\ncode = \"BZD001\"\nuntil = 2026-11-20\nreason = \"review today\"\n"
        ),
    );
    let (code, report) = check_text(&text);
    assert_eq!(code, 0);
    assert_eq!(one(&report, "BZD001")["acknowledged"]["expired"], false);
}

#[test]
fn an_expired_acknowledgement_is_shown_as_expired_and_counts_again() {
    let text = case(
        "",
        &format!(
            "{SOBRIL}\n[[acknowledged]]\ncode = \"BZD001\"\nuntil = 2026-11-19\nreason = \"old agreement\"\n"
        ),
    );
    let (code, report) = check_text(&text);
    assert_eq!(code, 1, "the expired acknowledgement no longer mutes");
    let ack = &one(&report, "BZD001")["acknowledged"];
    assert_eq!(ack["expired"], true, "{ack:#}");
    assert_eq!(ack["until"], "2026-11-19");
    assert_eq!(ack["reason"], "old agreement");
}

#[test]
fn a_finding_without_acknowledgement_has_acknowledged_null() {
    let (code, report) = check_text(&case("", SOBRIL));
    assert_eq!(code, 1);
    assert!(one(&report, "BZD001")["acknowledged"].is_null());
}

#[test]
fn an_acknowledgement_naming_vival_does_not_mute_a_new_unapproved_sobril() {
    let text = case(
        "",
        r#"
[[prescriptions]]
drug = "Vival"
daily_mg = 10
from = 2026-06-01
approved_by_tsb = true

[[prescriptions]]
drug = "Sobril"
daily_mg = 15
from = 2026-11-10

[[acknowledged]]
code = "BZD001"
drug = "Vival"
until = 2027-03-31
reason = "diazepam substitution decided by TSB"

[[acknowledged]]
code = "BZD003"
until = 2027-03-31
reason = "reviewed with TSB"
"#,
    );
    let (code, report) = check_text(&text);
    let bzd = findings(&report, "BZD001");
    assert_eq!(bzd.len(), 2, "{report:#}");
    let vival = bzd.iter().find(|f| drug_of(f) == "Vival").expect("Vival");
    let sobril = bzd.iter().find(|f| drug_of(f) == "Sobril").expect("Sobril");
    assert_eq!(vival["severity"], "warning");
    assert_eq!(vival["acknowledged"]["expired"], false);
    assert_eq!(sobril["severity"], "critical");
    assert!(
        sobril["acknowledged"].is_null(),
        "the Vival acknowledgement must not cover Sobril: {sobril:#}"
    );
    assert_eq!(code, 1, "the unapproved Sobril counts");
}

#[test]
fn summary_counts_leave_out_acknowledged_findings() {
    let dir = tempfile::tempdir().unwrap();
    // Case 1: an acknowledged critical BZD001, an unacknowledged warning
    // (QTC001, 462 ms) and an info finding (SCR004, cocaine).
    let one_text = case(
        "",
        &format!(
            r#"{SOBRIL}
[[screens]]
date = 2026-11-16
positive = ["methadone", "eddp", "oxazepam", "benzodiazepines", "cocaine"]

[[ecg]]
date = 2026-10-01
qtc_ms = 462

[[acknowledged]]
code = "BZD001"
until = 2027-01-31
reason = "oxazepam taper agreed with TSB"
"#
        ),
    );
    // Case 2: nothing acknowledged, one unacknowledged critical (INT005).
    let two_text = case(
        "",
        "[[prescriptions]]\ndrug = \"Selincro\"\ndaily_mg = 18\n",
    );
    let a = write(dir.path(), "a.toml", &one_text);
    let b = write(dir.path(), "b.toml", &two_text);

    let (code, doc) = check_files(&[], &[], std::slice::from_ref(&a));
    assert_eq!(code, 0);
    let s = &doc["summary"];
    assert_eq!(s["acknowledged"], 1, "{s:#}");
    assert_eq!(
        s["critical"], 0,
        "the acknowledged critical is not counted: {s:#}"
    );
    assert!(s["warning"].as_u64().unwrap() >= 1, "{s:#}");
    assert!(s["info"].as_u64().unwrap() >= 1, "{s:#}");

    let (code, doc) = check_files(&[], &[], &[a, b]);
    assert_eq!(code, 1, "case 2 has an unacknowledged critical finding");
    let s = &doc["summary"];
    assert_eq!(s["cases"], 2);
    assert_eq!(s["checked"], 2);
    assert_eq!(s["errors"], 0);
    assert_eq!(s["acknowledged"], 1, "{s:#}");
    // The counts are exactly the unacknowledged findings of both cases.
    let mut want = [0u64; 3];
    for c in doc["cases"].as_array().unwrap() {
        for f in c["findings"].as_array().unwrap() {
            let muted = f["acknowledged"].is_object() && f["acknowledged"]["expired"] == false;
            if muted {
                continue;
            }
            match f["severity"].as_str().unwrap() {
                "critical" => want[0] += 1,
                "warning" => want[1] += 1,
                _ => want[2] += 1,
            }
        }
    }
    assert_eq!(s["critical"], want[0], "{s:#}");
    assert_eq!(s["warning"], want[1], "{s:#}");
    assert_eq!(s["info"], want[2], "{s:#}");
    assert_eq!(
        want[0], 1,
        "only INT005 of case 2 is an unacknowledged critical"
    );
}

#[test]
fn fail_on_warning_ignores_an_acknowledged_critical_but_not_a_plain_warning() {
    let dir = tempfile::tempdir().unwrap();
    let acked = case(
        "",
        &format!(
            "{SOBRIL}\n[[acknowledged]]\ncode = \"BZD001\"\nuntil = 2027-01-31\nreason = \"agreed\"\n"
        ),
    )
    // The screen shows the prescribed oxazepam (no SCR008).
    .replace(
        "positive = [\"methadone\", \"eddp\"]",
        "positive = [\"methadone\", \"eddp\", \"oxazepam\", \"benzodiazepines\"]",
    );
    let p = write(dir.path(), "acked.toml", &acked);
    let (code, _) = check_files(&[], &["--fail-on", "warning"], std::slice::from_ref(&p));
    assert_eq!(code, 0, "the only finding is acknowledged");
    let (code, _) = check_files(&[], &["--fail-on", "info"], &[p]);
    assert_eq!(code, 0);

    let warned = case("", "[[prescriptions]]\ndrug = \"Lyrica\"\ndaily_mg = 300\n");
    let p = write(dir.path(), "warned.toml", &warned);
    let (code, _) = check_files(&[], &[], std::slice::from_ref(&p));
    assert_eq!(code, 0, "INT001 is a warning");
    let (code, _) = check_files(&[], &["--fail-on", "warning"], &[p]);
    assert_eq!(code, 1);
}

// ---- INT002 ---------------------------------------------------------------

#[test]
fn int002_reports_morphine_equivalents_and_says_incomplete_when_a_factor_is_missing() {
    let (code, report) = check_text(&case(
        "",
        "[[prescriptions]]\ndrug = \"OxyNorm\"\ndaily_mg = 20\n",
    ));
    assert_eq!(code, 0);
    let f = one(&report, "INT002");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("30"),
        "oxycodone 20 mg x 1.5 = 30 mg OME: {msg}"
    );
    assert!(!msg.contains("incomplete"), "{msg}");

    // Paralgin forte without daily_mg, pethidine without a factor.
    let (code, report) = check_text(&case(
        "",
        r#"
[[prescriptions]]
drug = "Paralgin forte"

[[prescriptions]]
drug = "Petidin"
daily_mg = 100
"#,
    ));
    assert_eq!(code, 0);
    let f = one(&report, "INT002");
    let msg = f["message"].as_str().unwrap();
    assert!(msg.contains("incomplete"), "{msg}");
    assert!(
        !msg.to_lowercase().contains("methadone 80"),
        "the LAR medication is never converted: {msg}"
    );
}

// ---- the pickup proposal -----------------------------------------------------

#[test]
fn depot_has_no_take_home_proposal_but_a_next_injection_date() {
    let text = r#"schema = 1

[patient]
id = "depot"

[treatment]
medication = "buprenorphine-depot"
as_of = 2026-11-20
started_lar = 2025-06-01

[[injections]]
date = 2026-09-23
mg = 96
product = "monthly"

[[injections]]
date = 2026-10-21
mg = 96
product = "monthly"

[[screens]]
date = 2026-11-13
positive = ["buprenorphine", "norbuprenorphine"]

[pickup]
supervised_per_week = 7
take_home_days = 0

[naloxone]
take_home_kit = true
"#;
    let (code, report) = check_text(text);
    assert_eq!(code, 0);
    let p = &report["pickup"];
    assert_eq!(p["change"], "not-applicable");
    assert!(p["proposed"].is_null(), "{p:#}");
    assert_eq!(p["next_injection_due"], "2026-11-18", "{p:#}");
    assert!(findings(&report, "PIC004").is_empty());

    // The same with take-home doses recorded: PIC004, critical.
    let with_take_home = text.replace("take_home_days = 0", "take_home_days = 2");
    let (code, report) = check_text(&with_take_home);
    assert_eq!(code, 1);
    assert_eq!(one(&report, "PIC004")["severity"], "critical");
    assert!(report["pickup"]["proposed"].is_null());
}

#[test]
fn without_pickup_the_current_level_is_null_and_the_proposal_starts_from_level_0() {
    let (code, report) = check_text(&case("", ""));
    assert_eq!(code, 0);
    let p = &report["pickup"];
    assert!(p["current"].is_null(), "{p:#}");
    assert_eq!(p["change"], "unknown");
    assert_eq!(p["proposed"]["level"], 1, "one step up from level 0: {p:#}");
    assert_eq!(p["proposed"]["name"], "sunday-home", "6/1: {p:#}");
    assert_eq!(p["proposed"]["supervised_per_week"], 6);
    assert_eq!(p["proposed"]["take_home_days"], 1);
    assert_eq!(p["review_by"], "2026-12-18", "as_of + 28 days");
    assert!(findings(&report, "PIC001").is_empty());
    assert!(findings(&report, "PIC002").is_empty());
}

#[test]
fn a_working_patient_who_may_move_up_is_told_to_fit_pickups_to_working_hours() {
    let pickup = "[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n";
    let (_, working) = check_text(&case("work_or_education = true", pickup));
    let (_, idle) = check_text(&case("", pickup));
    assert_eq!(working["pickup"]["proposed"]["level"], 4);
    assert_eq!(idle["pickup"]["proposed"]["level"], 4);
    let said = |r: &Value| {
        let text = format!("{}{}", r["pickup"], r["findings"]).to_lowercase();
        text.contains("work")
    };
    assert!(said(&working), "{:#}", working["pickup"]);
    assert!(!said(&idle), "{:#}", idle["pickup"]);
}

#[test]
fn holding_back_lists_every_criterion_with_what_it_needs_and_has() {
    // Three missed days (a reduced restart: capped at daily supervision),
    // an overdose 10 days ago and children at home without locked storage
    // (two acute reasons): each is a level-0 criterion on its own.
    let text = case(
        "children_in_home = true",
        r#"
[[events]]
date = 2026-11-10
kind = "overdose"

[pickup]
supervised_per_week = 2
take_home_days = 4
"#,
    )
    .replace("to = 2026-11-19\nmg = 80", "to = 2026-11-16\nmg = 80")
    .replace(
        "[naloxone]",
        "[[missed]]\nfrom = 2026-11-17\nto = 2026-11-19\n\n[naloxone]",
    );
    let (code, report) = check_text(&text);
    assert_eq!(code, 1, "PIC001 and ODR004 are critical");
    let p = &report["pickup"];
    assert_eq!(p["proposed"]["level"], 0);
    assert_eq!(p["change"], "tighten");
    let held = p["holding_back"].as_array().expect("holding_back");
    assert!(
        held.len() >= 3,
        "every criterion, not only the first: {held:#?}"
    );
    for h in held {
        for k in ["criterion", "needs", "has"] {
            assert!(h[k].is_string(), "{k} in {h:#}");
        }
    }
    let criteria: Vec<&str> = held
        .iter()
        .filter_map(|h| h["criterion"].as_str())
        .collect();
    for c in ["reduced-restart", "tolerance-loss-event", "safe-storage"] {
        assert!(criteria.contains(&c), "{c} in {criteria:?}");
    }
    let acute: Vec<&str> = held
        .iter()
        .filter(|h| h["acute"] == true)
        .filter_map(|h| h["criterion"].as_str())
        .collect();
    assert_eq!(acute, ["tolerance-loss-event", "safe-storage"], "{held:#?}");
    assert_eq!(one(&report, "PIC001")["severity"], "critical");
    assert_eq!(one(&report, "ODR004")["severity"], "critical");
}

#[test]
fn the_methadone_family_cap_keeps_methadone_below_it_but_not_buprenorphine() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "cap.toml",
        "[pickup]\nmethadone_family_max_level = 4 # local test\n",
    );
    let cfg = cfg.to_str().unwrap();
    let level4 = case(
        "",
        "[pickup]\nsupervised_per_week = 2\ntake_home_days = 4\n",
    );
    let level5 = case(
        "",
        "[pickup]\nsupervised_per_week = 1\ntake_home_days = 6\n",
    );

    // Without the layer, a stable methadone patient on 2/4 may go to 1/6.
    let (_, r) = check_text(&level4);
    assert_eq!(r["pickup"]["proposed"]["level"], 5);

    // With the cap at 4: kept at 4, and the cap is named.
    let (code, r) = check_text_with(&["--config", cfg], &level4);
    assert_eq!(code, 0);
    assert_eq!(r["pickup"]["proposed"]["level"], 4, "{:#}", r["pickup"]);
    assert_eq!(r["pickup"]["change"], "keep");
    assert!(findings(&r, "PIC002").is_empty());
    let named = r["pickup"]["holding_back"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h.to_string().contains("cap"));
    assert!(named, "{:#}", r["pickup"]);

    // A level above the cap steps down to it.
    let (_, r) = check_text_with(&["--config", cfg], &level5);
    assert_eq!(r["pickup"]["proposed"]["level"], 4, "{:#}", r["pickup"]);
    assert_eq!(r["pickup"]["change"], "tighten");
    assert_eq!(one(&r, "PIC001")["severity"], "warning");

    // Buprenorphine is not capped.
    let bup = level4
        .replace(
            "medication = \"methadone\"",
            "medication = \"buprenorphine\"",
        )
        .replace("mg = 80", "mg = 16")
        .replace(
            "\"methadone\", \"eddp\"",
            "\"buprenorphine\", \"norbuprenorphine\"",
        );
    let (_, r) = check_text_with(&["--config", cfg], &bup);
    assert_eq!(r["pickup"]["proposed"]["level"], 5, "{:#}", r["pickup"]);
}

#[test]
fn mastery_and_pickup_are_objects_with_the_documented_keys() {
    let (_, report) = check_text(&case(
        "",
        "[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n",
    ));
    let m = &report["mastery"];
    assert_eq!(m["class"], "good");
    assert_eq!(m["window_days"], 28);
    assert_eq!(m["screens"], 1);
    assert_eq!(m["concern"], 0);
    assert_eq!(m["some_use"], 0);
    assert_eq!(m["note"], 0);
    assert_eq!(m["baseline"], 0);
    assert!(m["stable_days"].is_i64(), "{m:#}");
    let p = &report["pickup"];
    assert_eq!(p["current"]["level"], 3);
    assert_eq!(p["current"]["supervised_per_week"], 3);
    assert_eq!(p["current"]["take_home_days"], 3);
    assert_eq!(p["proposed"]["level"], 4);
    assert_eq!(p["proposed"]["name"], "supervised-2-per-week");
    assert_eq!(p["change"], "relax");
    assert_eq!(one(&report, "PIC002")["severity"], "info");
}

// ---- the drug catalogue ------------------------------------------------------

fn drugs(query: &str) -> (i32, Value) {
    let out = lib()
        .args(["drugs", query, "--format", "json"])
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().expect("an exit code"), doc)
}

#[test]
fn drugs_resolves_brand_atc_and_case_insensitive_names_to_the_same_entry() {
    for q in ["Sobril", "sobril", "N05BA04", "n05ba04", "Oksazepam"] {
        let (code, doc) = drugs(q);
        assert_eq!(code, 0, "{q}");
        let m = doc["matches"].as_array().expect("matches");
        assert_eq!(m.len(), 1, "{q}: {doc:#}");
        assert_eq!(m[0]["generic"], "oxazepam", "{q}");
        assert_eq!(m[0]["atc"], "N05BA04", "{q}");
        let classes = m[0]["classes"].to_string();
        assert!(classes.contains("benzodiazepine"), "{q}: {classes}");
        let rules = m[0]["rules"].to_string();
        assert!(rules.contains("BZD001"), "{q}: {rules}");
    }
    let (code, doc) = drugs("Paralgin forte");
    assert_eq!(code, 0);
    assert_eq!(doc["matches"][0]["generic"], "codeine-paracetamol");
}

#[test]
fn drugs_with_an_atc_prefix_lists_every_entry_under_it() {
    let (code, doc) = drugs("N05BA");
    assert_eq!(code, 0);
    let generics: Vec<&str> = doc["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["generic"].as_str())
        .collect();
    for g in ["diazepam", "oxazepam", "alprazolam"] {
        assert!(generics.contains(&g), "{g} in {generics:?}");
    }
    assert!(!generics.contains(&"zopiclone"), "{generics:?}");
}

#[test]
fn drugs_without_a_match_exits_1_and_suggests_near_names() {
    // Revised 2026-12-01: only names of one substance within typo reach;
    // "Fantasiol" no longer offers fentanyl, "Stesolidd" offers Stesolid.
    let all = |q: &str| {
        let out = larcheck().args(["drugs", q]).assert().code(1);
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.get_output().stdout),
            String::from_utf8_lossy(&out.get_output().stderr)
        )
    };
    let fantasiol = all("Fantasiol");
    assert!(!fantasiol.contains("fentanyl"), "{fantasiol}");
    let stesolidd = all("Stesolidd");
    assert!(stesolidd.contains("Stesolid"), "{stesolidd}");
    assert!(!stesolidd.contains("Parnate"), "{stesolidd}");
}

#[test]
fn the_table_and_the_json_name_the_configured_recent_screen_days() {
    // The last screen is 7 days old; with `recent_screen_days = 5` the next
    // rung needs a newer one, and both renderings say 5 days, not 14.
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "recent.toml",
        "[pickup]\nrecent_screen_days = 5 # local test\n",
    );
    let cfg = cfg.to_str().unwrap();
    let text = case(
        "",
        "[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n",
    );
    let (_, r) = check_text_with(&["--config", cfg], &text);
    let words: Vec<String> = r["pickup"]["holding_back"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["criterion"] == "recent-screen")
        .map(|h| h["words"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(words.len(), 1, "{:#}", r["pickup"]);
    assert!(words[0].contains("5 days"), "{words:?}");
    let p = write(dir.path(), "case.toml", &text);
    let out = lib()
        .args(["--config", cfg, "check"])
        .arg(&p)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains(&words[0]), "{table}");
    assert!(!table.contains("14 days"), "{table}");
}
