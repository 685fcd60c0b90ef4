//! The command-line contract of `spec/output.md`: exit status, JSON,
//! batches, input errors with their position, `--as-of`, `--config`, the
//! documentation commands, and robustness against garbage input.

use crate::common;

use common::{STABLE, codes, json, larcheck, lib, line_of, write};
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

// ---- helpers -------------------------------------------------------------

/// STABLE with its single dose range replaced by `doses` (TOML text).
fn stable_with_doses(doses: &str) -> String {
    STABLE.replace(
        "[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 60\n",
        doses,
    )
}

/// Runs `check --format json` on `text` written to a file; returns the
/// exit code, the case report and standard error.
fn check_text(text: &str) -> (i32, Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", text);
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let case = doc["cases"][0].clone();
    (
        out.status.code().unwrap_or(-1),
        case,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `check --format json` on `text`; returns the exit code and the whole
/// JSON document.
fn check_doc(text: &str) -> (i32, Value) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", text);
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), json(&out.stdout))
}

/// Asserts that `text` is rejected as an input error at `line` naming `key`,
/// with a message containing every item of `words`; returns the message.
fn assert_input_error(text: &str, line: u64, key: &str, words: &[&str]) -> String {
    let (code, case, stderr) = check_text(text);
    assert_eq!(code, 2, "an input error exits 2; stderr: {stderr}");
    assert_eq!(case["status"], "error", "case: {case}");
    let err = &case["error"];
    let message = err["message"].as_str().unwrap_or_default().to_string();
    assert_eq!(err["line"].as_u64(), Some(line), "error: {err}");
    assert!(
        err["column"].as_u64().is_some_and(|c| c >= 1),
        "error: {err}"
    );
    assert_eq!(err["key"].as_str(), Some(key), "error: {err}");
    for w in words {
        assert!(
            message.contains(w),
            "message should contain `{w}`: {message}"
        );
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    message
}

/// Standard output and standard error together: the table format may show
/// an input error in either place (output.md leaves it open).
fn combined(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A methadone patient who went from 60 to 70 mg on 2026-11-01 and had a
/// screen on 2026-11-10: a 10 mg step, exactly the default limit.
fn step_case() -> String {
    let text = stable_with_doses(
        "[[doses]]\nfrom = 2026-08-01\nto = 2026-10-31\nmg = 60\n\n\
         [[doses]]\nfrom = 2026-11-01\nto = 2026-11-19\nmg = 70\n",
    );
    format!("{text}\n[[screens]]\ndate = 2026-11-10\npositive = [\"methadone\", \"eddp\"]\n")
}

// ---- exit status ---------------------------------------------------------

#[test]
fn a_case_without_findings_at_the_fail_level_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "stable.toml", STABLE);
    larcheck()
        .arg("check")
        .arg(&p)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("cli-stable"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_critical_finding_exits_1_and_is_named_in_the_table() {
    lib()
        .args(["check", "fixtures/dose/DOS004-audit-at-limit.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("DOS004"))
        .stdout(predicate::str::contains("CRITICAL").or(predicate::str::contains("critical")));
}

#[test]
fn a_broken_case_exits_2_and_names_the_problem_on_stderr() {
    let text = STABLE.replace("mg = 60", "mg = 0");
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "broken.toml", &text);
    let line = line_of(&text, "mg = 0");
    let out = larcheck().arg("check").arg(&p).assert().code(2);
    let all = combined(out.get_output());
    assert!(all.contains(&format!("broken.toml:{line}:")), "{all}");
    assert!(all.contains("above 0 mg"), "{all}");
}

#[test]
fn a_missing_file_exits_2() {
    let out = lib()
        .args(["check", "--format", "json", "fixtures/no-such-case.toml"])
        .assert()
        .code(2);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["cases"][0]["status"], "error");
    assert!(
        doc["cases"][0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no-such-case.toml")
    );
}

#[test]
fn an_unparsable_as_of_option_is_a_usage_error() {
    lib()
        .args([
            "check",
            "--as-of",
            "2026-13-01",
            "fixtures/dose/DOS002-fires.toml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2026-13-01"));
}

// ---- --fail-on -----------------------------------------------------------

#[test]
fn fail_on_warning_turns_a_warning_into_exit_1() {
    // DOS002-fires reports a warning (DOS002) and nothing critical.
    let f = "fixtures/dose/DOS002-fires.toml";
    lib()
        .args(["check", f])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("DOS002"));
    lib()
        .args(["check", "--fail-on", "warning", f])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("DOS002"));
}

#[test]
fn fail_on_info_turns_an_info_finding_into_exit_1_but_fail_on_warning_does_not() {
    // DAT002-fires reports info findings only.
    let f = "fixtures/data/DAT002-fires.toml";
    let out = lib()
        .args(["check", "--format", "json", "--fail-on", "warning", f])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let case = &doc["cases"][0];
    assert!(codes(case).contains(&"DAT002".to_string()));
    assert!(
        case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "info"),
        "only info findings expected: {case}"
    );
    lib()
        .args(["check", "--format", "json", "--fail-on", "info", f])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"DAT002\""));
}

#[test]
fn fail_on_never_exits_0_even_with_a_critical_finding() {
    lib()
        .args([
            "check",
            "--fail-on",
            "never",
            "fixtures/dose/DOS004-audit-at-limit.toml",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("DOS004"));
}

#[test]
fn fail_on_never_still_exits_2_for_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "bad.toml",
        &STABLE.replace("mg = 60", "mg = -5"),
    );
    let out = lib()
        .args(["check", "--fail-on", "never"])
        .arg(&p)
        .assert()
        .code(2);
    let all = combined(out.get_output());
    assert!(all.contains("bad.toml"), "{all}");
    assert!(all.contains("-5"), "{all}");
}

#[test]
fn an_acknowledged_critical_finding_does_not_fail_but_an_expired_one_does() {
    let base =
        std::fs::read_to_string(common::root().join("fixtures/benzo/BZD001-fires.toml")).unwrap();
    let base = base.split("[expect]").next().unwrap().to_string();
    // revised 2026-12-01: MIS001 can no longer be acknowledged; BZD001 can.
    let ack = |until: &str| {
        format!(
            "{base}\n[[acknowledged]]\ncode = \"BZD001\"\nuntil = {until}\nreason = \"short course decided with the TSB team\"\n"
        )
    };
    let (code, case, _) = check_text(&ack("2026-12-31"));
    assert_eq!(code, 0, "an acknowledged critical finding does not fail");
    let f = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "BZD001")
        .expect("still reported");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["acknowledged"]["expired"], false);
    assert_eq!(f["acknowledged"]["until"], "2026-12-31");
    assert!(f["acknowledged"]["reason"].as_str().is_some());
    let (_, doc) = check_doc(&ack("2026-12-31"));
    assert_eq!(doc["summary"]["critical"], 0, "acknowledged: not counted");
    assert_eq!(doc["summary"]["acknowledged"], 1);

    let (code, case, _) = check_text(&ack("2026-11-19"));
    assert_eq!(code, 1, "an expired acknowledgement no longer mutes");
    let f = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "BZD001")
        .unwrap();
    assert_eq!(f["acknowledged"]["expired"], true);
}

// ---- batches, directories, standard input ---------------------------------

#[test]
fn a_batch_with_one_broken_file_still_reports_the_others_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "a-good.toml", STABLE);
    let broken_text =
        format!("{STABLE}\n[[screens]]\ndate = 2026-11-10\nbenzodiazepin = [\"diazepam\"]\n");
    let broken = write(dir.path(), "b-broken.toml", &broken_text);
    let critical = common::root().join("fixtures/dose/DOS004-audit-at-limit.toml");
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&good)
        .arg(&broken)
        .arg(&critical)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    assert_eq!(cases[0]["status"], "checked");
    assert_eq!(cases[0]["id"], "cli-stable");
    assert_eq!(cases[2]["status"], "checked");
    assert!(codes(&cases[2]).contains(&"DOS004".to_string()));
    let err = &cases[1];
    assert_eq!(err["status"], "error");
    assert!(err["path"].as_str().unwrap().ends_with("b-broken.toml"));
    assert_eq!(
        err["error"]["line"].as_u64(),
        Some(line_of(&broken_text, "benzodiazepin"))
    );
    assert_eq!(err["error"]["column"].as_u64(), Some(1));
    assert!(
        err["error"]["key"]
            .as_str()
            .is_some_and(|k| k.contains("benzodiazepin"))
    );
    assert_eq!(doc["summary"]["cases"], 3);
    assert_eq!(doc["summary"]["checked"], 2);
    assert_eq!(doc["summary"]["errors"], 1);
}

#[test]
fn a_directory_argument_checks_every_toml_below_it_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    write(
        dir.path(),
        "b.toml",
        &STABLE.replace("cli-stable", "case-b"),
    );
    write(
        &dir.path().join("a"),
        "c.toml",
        &STABLE.replace("cli-stable", "case-c"),
    );
    write(dir.path(), "notes.txt", "not a case");
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let ids: Vec<&str> = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["case-c", "case-b"], "a/c.toml sorts before b.toml");
    assert_eq!(doc["summary"]["checked"], 2);
}

#[test]
fn the_fixture_directory_is_checked_as_one_batch() {
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "fixtures/taper",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let paths: Vec<String> = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["path"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let n = std::fs::read_dir(common::root().join("fixtures/taper"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count();
    assert_eq!(paths.len(), n);
}

#[test]
fn a_dash_reads_the_case_from_standard_input() {
    let out = larcheck()
        .args(["check", "--format", "json", "-"])
        .write_stdin(STABLE)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    assert_eq!(doc["cases"][0]["path"], "-");
    assert_eq!(doc["cases"][0]["id"], "cli-stable");
    assert_eq!(doc["cases"][0]["status"], "checked");
}

#[test]
fn a_broken_case_on_standard_input_exits_2_with_its_position() {
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"metadone\"");
    let out = larcheck()
        .args(["check", "--format", "json", "-"])
        .write_stdin(text.clone())
        .assert()
        .code(2)
        .stdout(predicate::str::contains("metadone"))
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    assert_eq!(doc["cases"][0]["status"], "error");
    assert_eq!(
        doc["cases"][0]["error"]["line"].as_u64(),
        Some(line_of(&text, "metadone"))
    );
}

// ---- input errors ----------------------------------------------------------

#[test]
fn an_unknown_key_in_a_case_names_line_column_and_key() {
    let text =
        format!("{STABLE}\n[[screens]]\ndate = 2026-11-10\nbenzodiazepin = [\"diazepam\"]\n");
    let line = line_of(&text, "benzodiazepin");
    let (code, case, stderr) = check_text(&text);
    assert_eq!(code, 2);
    let err = &case["error"];
    assert_eq!(err["line"].as_u64(), Some(line));
    assert_eq!(err["column"].as_u64(), Some(1));
    // `screens.benzodiazepin` or `screens[0].benzodiazepin`
    let key = err["key"].as_str().unwrap_or_default();
    assert!(
        key.starts_with("screens") && key.ends_with(".benzodiazepin"),
        "{err}"
    );
    assert!(err["message"].as_str().unwrap().contains("`benzodiazepin`"));
    assert!(!stderr.contains("panicked"));
}

#[test]
fn an_unknown_key_close_to_a_known_one_suggests_it() {
    let text = stable_with_doses(
        "[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 60\nsupervized = false\n",
    );
    let (code, case, _) = check_text(&text);
    assert_eq!(code, 2);
    let err = &case["error"];
    assert_eq!(err["line"].as_u64(), Some(line_of(&text, "supervized")));
    assert_eq!(err["column"].as_u64(), Some(1));
    let key = err["key"].as_str().unwrap_or_default();
    assert!(
        key.starts_with("doses") && key.ends_with(".supervized"),
        "{err}"
    );
    let msg = err["message"].as_str().unwrap();
    assert!(msg.contains("did you mean `supervised`"), "{msg}");
}

#[test]
fn an_unknown_medication_suggests_the_nearest_spelling() {
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"metadone\"");
    assert_input_error(
        &text,
        line_of(&text, "metadone"),
        "treatment.medication",
        &["metadone", "did you mean `methadone`"],
    );
}

#[test]
fn an_unknown_screen_substance_suggests_the_nearest_spelling() {
    let text =
        format!("{STABLE}\n[[screens]]\ndate = 2026-11-10\npositive = [\"benzodiazepin\"]\n");
    assert_input_error(
        &text,
        line_of(&text, "positive"),
        "screens[0].positive[0]",
        &["benzodiazepin", "did you mean `benzodiazepines`"],
    );
}

#[test]
fn an_impossible_date_is_an_input_error_at_its_line() {
    let text = stable_with_doses("[[doses]]\nfrom = 2026-02-30\nto = 2026-11-19\nmg = 60\n");
    let (code, case, stderr) = check_text(&text);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(case["status"], "error");
    assert_eq!(
        case["error"]["line"].as_u64(),
        Some(line_of(&text, "2026-02-30"))
    );
    assert!(
        case["error"]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("date"),
        "{}",
        case["error"]
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn overlapping_dose_ranges_of_one_medication_are_an_input_error() {
    let text = format!("{STABLE}\n[[doses]]\nfrom = 2026-11-05\nto = 2026-11-07\nmg = 60\n");
    // The error points at the `from` key of the second range.
    let line = line_of(&text, "from = 2026-11-05");
    assert_input_error(&text, line, "doses[1].from", &["overlaps", "2026-11-05"]);
}

#[test]
fn a_to_before_its_from_is_an_input_error() {
    let text = STABLE.replace("to = 2026-11-19", "to = 2026-07-19");
    assert_input_error(
        &text,
        line_of(&text, "to = 2026-07-19"),
        "doses[0].to",
        &["before", "2026-07-19"],
    );
}

#[test]
fn a_zero_dose_is_an_input_error() {
    let text = STABLE.replace("mg = 60", "mg = 0");
    assert_input_error(&text, line_of(&text, "mg = 0"), "doses[0].mg", &["above 0"]);
}

#[test]
fn a_negative_dose_is_an_input_error() {
    let text = STABLE.replace("mg = 60", "mg = -20");
    assert_input_error(&text, line_of(&text, "mg = -20"), "doses[0].mg", &["-20"]);
}

#[test]
fn a_dose_on_as_of_belongs_in_the_plan_and_is_an_input_error() {
    let text = STABLE.replace("to = 2026-11-19", "to = 2026-11-20");
    let (code, case, _) = check_text(&text);
    assert_eq!(code, 2);
    let err = &case["error"];
    assert!(
        err["message"].as_str().unwrap().contains("[[plan]]"),
        "{err}"
    );
    assert!(
        err["key"].as_str().unwrap().starts_with("doses[0]"),
        "{err}"
    );
    assert!(err["line"].as_u64().is_some());
}

#[test]
fn a_dose_after_as_of_is_an_input_error() {
    let text = format!("{STABLE}\n[[doses]]\nfrom = 2027-11-21\nmg = 60\n");
    let (code, case, _) = check_text(&text);
    assert_eq!(code, 2);
    assert!(
        case["error"]["message"]
            .as_str()
            .unwrap()
            .contains("2027-11-21")
    );
}

#[test]
fn a_plan_entry_before_as_of_is_an_input_error() {
    let text = format!(
        "{}\n[[plan]]\nfrom = 2026-11-18\nto = 2026-11-25\nmg = 60\n",
        STABLE.replace("to = 2026-11-19", "to = 2026-11-17")
    );
    assert_input_error(
        &text,
        line_of(&text, "from = 2026-11-18"),
        "plan[0].from",
        &["2026-11-18", "before"],
    );
}

#[test]
fn a_dose_after_treatment_ended_is_an_input_error() {
    let text = STABLE.replace(
        "started_lar = 2021-01-01",
        "started_lar = 2021-01-01\nended = 2026-11-10",
    );
    let (code, case, _) = check_text(&text);
    assert_eq!(code, 2);
    let err = &case["error"];
    assert!(
        err["message"].as_str().unwrap().contains("treatment.ended"),
        "{err}"
    );
    assert!(err["line"].as_u64().is_some());
}

#[test]
fn a_pregnancy_week_for_a_male_patient_is_an_input_error() {
    let text = STABLE.replace("sex = \"male\"", "sex = \"male\"\npregnancy_week = 20");
    assert_input_error(
        &text,
        line_of(&text, "pregnancy_week"),
        "patient.pregnancy_week",
        &["male"],
    );
}

#[test]
fn a_screen_dated_after_as_of_is_an_input_error() {
    let text = format!("{STABLE}\n[[screens]]\ndate = 2062-11-10\n");
    assert_input_error(
        &text,
        line_of(&text, "date = 2062-11-10"),
        "screens[0].date",
        &["2062-11-10"],
    );
}

// ---- --as-of -------------------------------------------------------------

#[test]
fn as_of_earlier_than_the_records_sets_them_aside_and_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "step.toml", &step_case());
    let out = lib()
        .args(["check", "--format", "json", "--as-of", "2026-11-01"])
        .arg(&p)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let case = json(&out)["cases"][0].clone();
    assert_eq!(case["as_of"], "2026-11-01");
    // the 70 mg range from 2026-11-01 and the screen of 2026-11-10
    assert_eq!(case["set_aside"]["records"], 2, "{case}");
    assert_eq!(case["set_aside"]["after"], "2026-11-01");
    assert_eq!(case["current_dose_mg"], 60.0);
    assert!(case["restart"].is_null());
}

#[test]
fn as_of_later_than_every_record_sets_nothing_aside_and_invents_no_doses() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "step.toml", &step_case());
    let out = lib()
        .args(["check", "--format", "json", "--as-of", "2026-12-01"])
        .arg(&p)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let case = json(&out)["cases"][0].clone();
    assert!(case.get("set_aside").is_none(), "{case}");
    assert_eq!(case["as_of"], "2026-12-01");
    // 2026-11-20 ... 2026-11-30 are unrecorded: treated as missed.
    assert_eq!(case["restart"]["missed_days"], 11);
    assert_eq!(case["restart"]["action"], "re-induce");
    let c = codes(&case);
    assert!(c.contains(&"DAT002".to_string()), "{c:?}");
    assert!(c.contains(&"MIS001".to_string()), "{c:?}");
}

// ---- --config --------------------------------------------------------------

#[test]
fn a_config_layer_changes_a_parameter_and_later_layers_win() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "step.toml", &step_case());
    let five = write(dir.path(), "five.toml", "[dos002.step_mg]\nmethadone = 5\n");
    let ten = write(dir.path(), "ten.toml", "[dos002.step_mg]\nmethadone = 10\n");

    let run = |configs: &[&Path]| {
        let mut cmd = lib();
        cmd.args(["check", "--format", "json"]);
        for c in configs {
            cmd.arg("--config").arg(c);
        }
        let out = cmd.arg(&case).assert().code(0).get_output().stdout.clone();
        codes(&json(&out)["cases"][0])
    };
    assert!(
        !run(&[]).contains(&"DOS002".to_string()),
        "10 mg is the default limit"
    );
    assert!(
        run(&[&five]).contains(&"DOS002".to_string()),
        "a 5 mg limit makes the step too large"
    );
    assert!(
        !run(&[&five, &ten]).contains(&"DOS002".to_string()),
        "the later file wins"
    );
}

#[test]
fn an_unknown_key_in_a_config_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.toml", "[dos002.step_mgg]\nmethadone = 5\n");
    lib()
        .args(["check", "--config"])
        .arg(&bad)
        .arg("fixtures/dose/DOS002-fires.toml")
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("step_mgg"))
        .stderr(predicate::str::contains("bad.toml"));
}

#[test]
fn a_missing_config_file_exits_2() {
    lib()
        .args(["check", "--config", "no-such-config.toml"])
        .arg("fixtures/dose/DOS002-fires.toml")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-config.toml"));
}

// ---- documentation commands ---------------------------------------------------

/// The codes of the first specification: a contract (scripts depend on
/// them), so this list only ever grows with the spec. A new rule needs no
/// entry here: the test also asks the registry.
const ALL_CODES: [&str; 60] = [
    "DOS001", "DOS002", "DOS003", "DOS004", "DOS005", "DOS006", "DOS007", "DOS008", "DOS009",
    "MIS001", "MIS002", "MIS003", "MIS004", "SWI001", "SWI002", "SWI003", "SWI004", "SWI005",
    "SWI006", "SWI007", "SWI008", "TAP001", "TAP002", "PRG001", "PRG002", "BZD001", "BZD002",
    "BZD003", "INT001", "INT002", "INT003", "INT004", "INT005", "INT006", "INT007", "INT008",
    "INT009", "QTC001", "QTC002", "QTC003", "QTC004", "SCR001", "SCR002", "SCR003", "SCR004",
    "SCR005", "SCR006", "SCR007", "SCR008", "ODR001", "ODR002", "ODR003", "ODR004", "PIC001",
    "PIC002", "PIC003", "PIC004", "MST001", "DAT001", "DAT002",
];

#[test]
fn rules_lists_every_code_of_the_catalogue() {
    let out = larcheck()
        .arg("rules")
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty())
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    let declared = larcheck::rules::registry::codes();
    for code in ALL_CODES.iter().chain(declared.iter()) {
        assert!(text.contains(code), "`rules` does not list {code}");
    }
    assert!(text.contains("missed-doses-adjust-next-dose"));
    assert!(text.contains("AU-MISS"));
}

#[test]
fn explain_shows_the_parameters_and_their_sources() {
    larcheck()
        .args(["explain", "MIS001"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("MIS001"))
        .stdout(predicate::str::contains("missed-doses-adjust-next-dose"))
        .stdout(predicate::str::contains("mis001.methadone"))
        .stdout(predicate::str::contains("AU-MISS"))
        .stdout(predicate::str::contains("local default"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn explain_accepts_a_lower_case_code() {
    lib()
        .args(["explain", "mis001"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("MIS001"))
        .stdout(predicate::str::contains("mis001.methadone"));
}

#[test]
fn explain_of_an_unknown_code_exits_2() {
    lib()
        .args(["explain", "XYZ999"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("XYZ999"));
}

#[test]
fn completions_for_bash_are_printed() {
    lib()
        .args(["completions", "bash"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("_larcheck"))
        .stdout(predicate::str::contains("complete"))
        .stdout(predicate::str::contains("check"));
}

#[test]
fn validate_exits_0_on_a_good_file() {
    larcheck()
        .args(["validate", "fixtures/dose/DOS004-fires.toml"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("DOS004-fires.toml"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn validate_exits_2_on_a_bad_file_and_names_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let text = STABLE.replace("mg = 60", "mg = 0");
    let p = write(dir.path(), "bad.toml", &text);
    let line = line_of(&text, "mg = 0");
    let out = lib().arg("validate").arg(&p).assert().code(2);
    let all = combined(out.get_output());
    assert!(all.contains(&format!("bad.toml:{line}:")), "{all}");
}

// ---- JSON stability and order ---------------------------------------------------

#[test]
fn json_output_is_byte_identical_across_runs() {
    // Spawned: two processes, so two hash seeds and two config loads.
    let run = || {
        larcheck()
            .args([
                "check",
                "--format",
                "json",
                "--fail-on",
                "never",
                "fixtures",
            ])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone()
    };
    let a = run();
    let b = run();
    assert!(!a.is_empty());
    assert!(a == b, "two runs over fixtures/ gave different bytes");
    let doc = json(&a);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["tool"]["name"], "larcheck");
}

#[test]
fn findings_are_sorted_critical_first_then_by_code() {
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/missed/MIS001-unrecorded.toml",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let findings = doc["cases"][0]["findings"].as_array().unwrap().clone();
    assert!(findings.len() >= 3, "{findings:?}");
    let rank = |s: &str| match s {
        "critical" => 0,
        "warning" => 1,
        "info" => 2,
        other => panic!("unknown severity {other}"),
    };
    let keys: Vec<(i32, String)> = findings
        .iter()
        .map(|f| {
            (
                rank(f["severity"].as_str().unwrap()),
                f["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys[0], (0, "MIS001".to_string()));
    let s = &doc["summary"];
    assert_eq!(s["critical"], 1);
    assert!(s["warning"].as_u64().unwrap() >= 1);
    assert!(s["info"].as_u64().unwrap() >= 1);
}

// ---- robustness ------------------------------------------------------------------

#[test]
fn no_input_makes_larcheck_panic() {
    let nested = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let nested_in_case = format!(
        "{STABLE}\n[exercise]\ntitle = {}\"a\"{}\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let mut binary: Vec<u8> = (0u8..=255).cycle().take(2048).collect();
    binary.extend_from_slice(b"\nschema = 1\n\x00\xff\xfe");
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("binary", binary),
        ("whitespace", b"\n\n   \t\n".to_vec()),
        ("schema-2", STABLE.replace("schema = 1", "schema = 2").into_bytes()),
        ("schema-string", STABLE.replace("schema = 1", "schema = \"1\"").into_bytes()),
        ("schema-huge", STABLE.replace("schema = 1", "schema = 9223372036854775807").into_bytes()),
        ("nested-arrays", nested.into_bytes()),
        ("nested-in-case", nested_in_case.into_bytes()),
        ("mg-huge-float", STABLE.replace("mg = 60", "mg = 1e308").into_bytes()),
        ("mg-huge-int", STABLE.replace("mg = 60", "mg = 99999999999999999999999").into_bytes()),
        ("mg-max-i64", STABLE.replace("mg = 60", "mg = 9223372036854775807").into_bytes()),
        ("mg-tiny", STABLE.replace("mg = 60", "mg = 5e-324").into_bytes()),
        ("mg-nan", STABLE.replace("mg = 60", "mg = nan").into_bytes()),
        ("mg-inf", STABLE.replace("mg = 60", "mg = inf").into_bytes()),
        ("mg-minus-inf", STABLE.replace("mg = 60", "mg = -inf").into_bytes()),
        ("mg-string", STABLE.replace("mg = 60", "mg = \"60\"").into_bytes()),
        ("every-huge", STABLE.replace("mg = 60", "mg = 60\nevery = 9223372036854775807").into_bytes()),
        ("every-zero", STABLE.replace("mg = 60", "mg = 60\nevery = 0").into_bytes()),
        (
            "pregnancy-huge",
            STABLE
                .replace("sex = \"male\"", "sex = \"female\"\npregnancy_week = -9223372036854775808")
                .into_bytes(),
        ),
        ("qtc-huge", STABLE.replace("qtc_ms = 430", "qtc_ms = 1e300").into_bytes()),
        ("qtc-nan", STABLE.replace("qtc_ms = 430", "qtc_ms = nan").into_bytes()),
        (
            "date-0001",
            STABLE
                .replace("from = 2026-08-01", "from = 0001-01-01")
                .replace("started_lar = 2021-01-01", "started_lar = 0001-01-01")
                .into_bytes(),
        ),
        ("as-of-9999", STABLE.replace("as_of = 2026-11-20", "as_of = 9999-12-31").into_bytes()),
        (
            "as-of-0001",
            STABLE
                .replace("as_of = 2026-11-20", "as_of = 0001-01-01")
                .replace("started_lar = 2021-01-01\n", "")
                .replace(
                    "[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 60\n",
                    "[[plan]]\nfrom = 0001-01-01\nto = 0001-01-05\nmg = 60\n",
                )
                .replace("date = 2026-06-01", "date = 0001-01-01")
                .into_bytes(),
        ),
        (
            "plan-to-9999",
            format!("{STABLE}\n[[plan]]\nfrom = 2026-11-20\nto = 9999-12-31\nmg = 60\n").into_bytes(),
        ),
        (
            "ack-9999",
            format!("{STABLE}\n[[acknowledged]]\ncode = \"MIS001\"\nuntil = 9999-12-31\nreason = \"x\"\n")
                .into_bytes(),
        ),
        (
            "prescription-0001-9999",
            format!(
                "{STABLE}\n[[prescriptions]]\ndrug = \"{}\"\nfrom = 0001-01-01\nto = 9999-12-31\n",
                "x".repeat(5_000)
            )
            .into_bytes(),
        ),
        (
            "induction-0001-9999",
            format!(
                "{STABLE}\n[induction]\nlast_opioid = \"heroin\"\nlast_opioid_at = 0001-01-01T00:00:00\nfirst_dose_at = 9999-12-31T23:59:59\ncows = 48\n"
            )
            .replace("medication = \"methadone\"", "medication = \"buprenorphine\"")
            .replace("mg = 60", "mg = 8")
            .into_bytes(),
        ),
        (
            "depot-0001",
            STABLE
                .replace("medication = \"methadone\"", "medication = \"buprenorphine-depot\"")
                .replace("started_lar = 2021-01-01\n", "")
                .replace(
                    "[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 60\n",
                    "[[injections]]\ndate = 0001-01-01\nmg = 96\nproduct = \"monthly\"\n",
                )
                .into_bytes(),
        ),
        (
            "fifty-year-daily-range",
            STABLE
                .replace("from = 2026-08-01", "from = 1976-11-20")
                .replace("started_lar = 2021-01-01", "started_lar = 1976-11-20")
                .into_bytes(),
        ),
        (
            "fifty-year-alternate-day",
            STABLE
                .replace("from = 2026-08-01", "from = 1976-11-20")
                .replace("started_lar = 2021-01-01", "started_lar = 1976-11-20")
                .replace("mg = 60", "mg = 120\nevery = 2")
                .into_bytes(),
        ),
        (
            "as-of-datetime",
            STABLE
                .replace("as_of = 2026-11-20", "as_of = 2026-11-20T08:00:00+01:00")
                .into_bytes(),
        ),
        ("crlf-only", b"\r\n\r\n".to_vec()),
        ("bom", [b"\xef\xbb\xbf".as_slice(), STABLE.as_bytes()].concat()),
    ];
    // many small records
    let mut many = STABLE
        .replace(
            "[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 60\n",
            "",
        )
        .replace("started_lar = 2021-01-01\n", "");
    let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    for k in 0..9_000 {
        let d = start + chrono::Duration::days(k);
        many.push_str(&format!(
            "\n[[doses]]\nfrom = {d}\nmg = {}\n",
            30 + (k % 7) * 5
        ));
    }
    cases.push(("nine-thousand-records", many.into_bytes()));

    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (name, bytes) in &cases {
        let p = dir.path().join(format!("{name}.toml"));
        std::fs::write(&p, bytes).unwrap();
        for extra in [
            &[][..],
            &["--as-of", "9999-12-31"][..],
            &["--as-of", "0001-01-01"][..],
        ] {
            // In-process: a panic is caught and reported, a hang fails
            // after 60 s as the spawned binary's timeout did.
            let args: Vec<std::ffi::OsString> = ["check", "--format", "json"]
                .iter()
                .chain(extra)
                .map(std::ffi::OsString::from)
                .chain([p.clone().into_os_string()])
                .collect();
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let r = std::panic::catch_unwind(|| larcheck::run_captured(args));
                let _ = tx.send(r);
            });
            let out = match rx.recv_timeout(std::time::Duration::from_secs(60)) {
                Ok(Ok(out)) => out,
                Ok(Err(_)) => {
                    failures.push(format!("{name} {extra:?}: panicked"));
                    continue;
                }
                Err(_) => {
                    failures.push(format!("{name} {extra:?}: no answer in 60 s"));
                    continue;
                }
            };
            let code = Some(out.code);
            let stderr = String::from_utf8_lossy(&out.stderr);
            if !matches!(code, Some(0..=2)) || stderr.contains("panicked") {
                failures.push(format!(
                    "{name} {extra:?}: exit {code:?}, stderr: {}",
                    stderr.chars().take(400).collect::<String>()
                ));
            } else if code == Some(2) && !out.stdout.is_empty() {
                // an input error is still one JSON document
                if serde_json::from_slice::<Value>(&out.stdout).is_err() {
                    failures.push(format!("{name} {extra:?}: exit 2 without valid JSON"));
                }
            }
        }
    }
    // standard input too
    for (name, bytes) in cases.iter().take(8) {
        let out = larcheck()
            .args(["check", "--format", "json", "-"])
            .write_stdin(bytes.clone())
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !matches!(out.status.code(), Some(0..=2)) || stderr.contains("panicked") {
            failures.push(format!(
                "stdin {name}: exit {:?}: {stderr}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---- past events are audits (rules.md "Severity") ------------------------

#[test]
fn a_past_event_is_an_audit_with_demoted_from_and_counts_as_a_warning() {
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/switch/SWI002-audit-at-limit.toml",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let f = doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "SWI002")
        .cloned()
        .expect("SWI002");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["demoted_from"], "critical");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("on 2026-11-10, 8 days ago"),
        "{}",
        f["message"]
    );
    // The key comes right after `severity`.
    let text = String::from_utf8(out).unwrap();
    let at = text
        .find("\"demoted_from\"")
        .expect("demoted_from in the JSON");
    assert!(
        text[..at]
            .trim_end()
            .ends_with("\"severity\": \"warning\","),
        "demoted_from must follow severity"
    );
    assert_eq!(doc["summary"]["critical"], 0);
    assert_eq!(doc["summary"]["warning"], 1);
}

#[test]
fn a_recent_event_keeps_its_critical_grade_without_demoted_from() {
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/dose/DOS004-audit-at-limit.toml",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    for f in doc["cases"][0]["findings"].as_array().unwrap() {
        assert!(f.get("demoted_from").is_none(), "{f}");
    }
}

// ---- TAP001: one finding per taper (rules.md TAP001) ----------------------

fn count_code(path: &str, code: &str) -> usize {
    let out = lib()
        .args(["check", "--format", "json", path])
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .count()
}

#[test]
fn tap001_reports_one_finding_per_taper() {
    assert_eq!(
        count_code("fixtures/taper/TAP001-one-finding-per-taper.toml", "TAP001"),
        1
    );
    assert_eq!(
        count_code(
            "fixtures/taper/TAP001-two-tapers-split-by-increase.toml",
            "TAP001"
        ),
        2
    );
}

#[test]
fn mis001_for_morphine_12h_gives_the_dose_per_administration() {
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/missed/MIS001-morphine-12h-per-administration.toml",
        ])
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let f = doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "MIS001")
        .cloned()
        .expect("MIS001");
    assert_eq!(f["severity"], "critical");
    let m = f["message"].as_str().unwrap();
    assert!(m.contains("at most 320 mg a day: 160 mg twice"), "{m}");
}

// ---- error positions (issue 15 item 3) -------------------------------------

#[test]
fn a_day_first_date_is_answered_with_the_date_it_means() {
    let text = STABLE.replace("as_of = 2026-11-20", "as_of = \"20.11.2026\"");
    assert_ne!(text, STABLE, "the stable case has an as_of to replace");
    let line = line_of(&text, "20.11.2026");
    assert_input_error(
        &text,
        line,
        "treatment.as_of",
        &[
            "dates are written year-month-day without quotes",
            "2026-11-20",
        ],
    );
}

#[test]
fn a_list_header_for_a_single_table_names_the_table() {
    let text = STABLE.replace("[treatment]", "[[treatment]]");
    let line = line_of(&text, "[[treatment]]");
    assert_input_error(
        &text,
        line,
        "treatment",
        &["`[[treatment]]` must be written `[treatment]`"],
    );
}
