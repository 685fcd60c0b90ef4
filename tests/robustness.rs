//! Regression tests for what the black-box reviews found: parameters that
//! crashed or silently switched rules off, `--as-of` views of a plan, text
//! that could drive the terminal, symlink loops, and the schema version.

use crate::common;

use common::{json, lib, write};

const CASE: &str = r#"schema = 1
[patient]
id = "robust"
sex = "male"
[treatment]
medication = "methadone"
as_of = 2026-11-20
started_lar = 2024-01-01
[[doses]]
from = 2026-09-01
to = 2026-11-19
mg = 80
[[ecg]]
date = 2026-06-01
qtc_ms = 430
[naloxone]
take_home_kit = true
"#;

#[test]
fn a_huge_window_in_the_config_is_rejected_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "c.toml",
        "[mis003]\nwindow_days = 100000000000\n",
    );
    let case = write(dir.path(), "a.toml", CASE);
    let out = lib()
        .arg("check")
        .arg("--config")
        .arg(&cfg)
        .arg(&case)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("mis003.window_days") && err.contains("not plausible"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_wrong_type_in_the_config_names_the_key_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "c.toml",
        "# clinic\n[mis003]\nmin_days = \"three\"\n",
    );
    let case = write(dir.path(), "a.toml", CASE);
    let out = lib()
        .arg("check")
        .arg("--config")
        .arg(&cfg)
        .arg(&case)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("3:1") && err.contains("`mis003.min_days` must be a whole number"),
        "{err}"
    );
}

#[test]
fn a_warning_limit_above_the_critical_limit_is_a_config_error() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "c.toml",
        "[dos001.warning_mg]\nmethadone = 50\n",
    );
    let case = write(dir.path(), "a.toml", CASE);
    lib()
        .arg("check")
        .arg("--config")
        .arg(&cfg)
        .arg(&case)
        .assert()
        .code(2);
}

#[test]
fn rules_rejects_a_broken_config() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(dir.path(), "c.toml", "[mis003]\nmin_dayz = 3\n");
    lib()
        .arg("rules")
        .arg("--config")
        .arg(&cfg)
        .assert()
        .code(2);
}

#[test]
fn viewing_a_case_before_its_plan_does_not_invent_a_missed_run() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{CASE}[[plan]]\nfrom = 2026-11-20\nto = 2026-11-30\nmg = 80\n");
    let case = write(dir.path(), "a.toml", &text);
    let out = lib()
        .args(["check", "--format", "json", "--as-of", "2026-11-10"])
        .arg(&case)
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    let c = &doc["cases"][0];
    let codes: Vec<&str> = c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        !codes.contains(&"MIS002") && !codes.contains(&"MIS001"),
        "{codes:?}"
    );
    assert_eq!(
        c["set_aside"]["records"], 1,
        "the dose range is cut at 2026-11-09"
    );
}

#[test]
fn a_plan_that_resumes_after_an_ongoing_run_is_judged_as_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let text = CASE.replace("to = 2026-11-19", "to = 2026-11-16")
        + "[[missed]]\nfrom = 2026-11-17\nto = 2026-11-19\n[[plan]]\nfrom = 2026-11-22\nto = 2026-11-25\nmg = 80\n";
    let case = write(dir.path(), "a.toml", &text);
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&case)
        .assert()
        .code(1);
    let doc = json(&out.get_output().stdout);
    let mis002 = doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "MIS002")
        .cloned();
    let f = mis002.expect("MIS002 for 80 mg after 5 days without a dose");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["evidence"]["missed_days"], 5);
}

#[test]
fn control_characters_in_case_text_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let text = CASE.replace("id = \"robust\"", "id = \"\\u001b[2Jx\\r\\nFAKE LINE\"");
    let case = write(dir.path(), "a.toml", &text);
    let out = lib().arg("check").arg(&case).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\r'),
        "{stdout:?}"
    );
    assert!(
        !stdout.lines().any(|l| l.starts_with("FAKE LINE")),
        "{stdout}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).unwrap();
    write(&inner, "a.toml", CASE);
    std::os::unix::fs::symlink(dir.path(), inner.join("up")).unwrap();
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["summary"]["cases"], 1, "{doc}");
}

#[test]
fn schema_2_is_reported_as_unsupported_before_anything_else() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "a.toml", "schema = 2\n");
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&case)
        .assert()
        .code(2);
    let doc = json(&out.get_output().stdout);
    let e = &doc["cases"][0]["error"];
    assert_eq!(e["key"], "schema");
    assert!(
        e["message"].as_str().unwrap().contains("not supported"),
        "{e}"
    );
}

#[test]
fn as_of_must_be_written_as_yyyy_mm_dd() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "a.toml", CASE);
    for bad in ["+002026-11-20", " 2026-11-20", "2026-13-01", "20261120"] {
        lib()
            .args(["check", "--as-of", bad])
            .arg(&case)
            .assert()
            .code(2);
    }
}

#[test]
fn show_config_lists_every_number_with_its_source_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "clinic.toml",
        "[dos002.step_mg]\nmethadone = 5\n",
    );
    let out = lib()
        .args(["validate", "--show-config", "--format", "json", "--config"])
        .arg(&cfg)
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    let params = doc["parameters"].as_array().unwrap();
    let find = |k: &str| {
        params
            .iter()
            .find(|p| p["key"] == k)
            .cloned()
            .unwrap_or_else(|| panic!("{k} missing"))
    };
    assert_eq!(find("dos001.warning_mg.methadone")["value"], "30");
    assert!(
        find("dos001.warning_mg.methadone")["source"]
            .as_str()
            .unwrap()
            .contains("P11-GRAV")
    );
    let step = find("dos002.step_mg.methadone");
    assert_eq!(step["value"], "5");
    assert!(
        step["source"].as_str().unwrap().starts_with("set in"),
        "{step}"
    );
    assert!(
        params
            .iter()
            .all(|p| !p["source"].as_str().unwrap().is_empty())
    );
}

#[test]
fn a_product_change_in_maintenance_is_phase_switch_but_not_early_treatment() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"schema = 1
[patient]
id = "product-change"
[treatment]
medication = "buprenorphine-naloxone"
as_of = 2026-11-20
started_lar = 2023-01-01
[[doses]]
from = 2026-09-01
to = 2026-11-13
mg = 16
medication = "buprenorphine"
[[doses]]
from = 2026-11-14
to = 2026-11-19
mg = 16
[[screens]]
date = 2026-11-16
positive = ["buprenorphine", "norbuprenorphine"]
"#;
    let case = write(dir.path(), "a.toml", text);
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&case)
        .assert()
        .code(0);
    let doc = json(&out.get_output().stdout);
    let c = &doc["cases"][0];
    assert_eq!(c["phase"], "switch");
    assert_eq!(c["episode_day"], 7);
    let codes: Vec<&str> = c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // Not early treatment: no naloxone risk factor from the phase, no forced level 0.
    assert!(!codes.contains(&"ODR002"), "{codes:?}");
    assert_ne!(
        c["pickup"]["holding_back"][0]["criterion"],
        "early-treatment"
    );
}

/// Issue 15 item 8: 10,000 prescriptions of one unknown name are one
/// problem, one DAT001 finding naming the lines (not 10,000 findings).
#[test]
fn ten_thousand_prescriptions_of_one_unknown_name_are_one_finding() {
    let mut text = common::STABLE.to_string();
    for _ in 0..10_000 {
        text.push_str("\n[[prescriptions]]\ndrug = \"Fantasimedisin\"\nfrom = 2026-11-01\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = common::write(dir.path(), "absurd.toml", &text);
    let out = common::lib()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let doc = common::json(&out.stdout);
    let found: Vec<&serde_json::Value> = doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "DAT001")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["evidence"]["prescriptions"], 10_000);
    assert_eq!(
        found[0]["evidence"]["lines"].as_array().unwrap().len(),
        10_000
    );
    let msg = found[0]["message"].as_str().unwrap();
    assert!(msg.contains("and 9995 more"), "{msg}");
}
