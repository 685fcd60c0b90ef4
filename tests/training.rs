//! `larcheck verify` and `larcheck train` (issue 19).

use crate::common::{self, larcheck, lib};

const WEEKEND: &str = include_str!("../fixtures/missed/MIS001-fires.toml");

/// MIS001-fires with its `[expect]` table replaced by `expect`.
fn with_expect(expect: &str) -> String {
    let head = WEEKEND.split("[expect]").next().expect("the case");
    format!("{head}[expect]\n{expect}\n")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn verify_passes_on_every_fixture() {
    let out = lib().args(["verify", "fixtures"]).output().expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains(" 0 failed, 0 without [expect], 0 unreadable"),
        "{t}"
    );
}

#[test]
fn verify_reports_each_wrong_expectation_on_its_own_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = common::write(
        dir.path(),
        "wrong.toml",
        &with_expect(
            "findings = [\"BZD001\"]\nabsent = [\"MIS001\"]\nseverity = { MIS001 = \"warning\" }\n\
             pickup_level = 2\nnext_dose_mg = 30\nmastery = \"good\"\nexit = 0\nmax_severity = \"warning\"",
        ),
    );
    let out = lib().arg("verify").arg(&p).output().expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{t}");
    for line in [
        "FAIL   ",
        "         missing BZD001\n",
        "         unexpected MIS001\n",
        "         MIS001 severity: want warning, got critical\n",
        "         pickup level: want 2, got 0\n",
        "         next dose: want 30 mg, got 40 mg\n",
        "         mastery: want good, got unknown\n",
        "         exit: want 0, got 1\n",
        "         above warning: critical MIS001\n",
        "1 case: 0 passed, 1 failed",
    ] {
        assert!(t.contains(line), "{line:?} not in:\n{t}");
    }
    let out = lib()
        .args(["verify", "--format", "json"])
        .arg(&p)
        .output()
        .expect("run");
    let v = common::json(&out.stdout);
    let case = &v["cases"][0];
    assert_eq!(case["status"], "fail");
    let kinds: Vec<&str> = case["differences"]
        .as_array()
        .expect("differences")
        .iter()
        .filter_map(|d| d["kind"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "missing",
            "unexpected",
            "severity",
            "pickup-level",
            "next-dose",
            "mastery",
            "exit",
            "above-max"
        ]
    );
    assert_eq!(case["differences"][4]["want"], 30.0);
    assert_eq!(case["differences"][4]["got"], 40.0);
    assert_eq!(case["differences"][0]["message"], "missing BZD001");
    assert_eq!(v["summary"]["failed"], 1);
}

#[test]
fn verify_goes_on_past_an_unreadable_case_and_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    common::write(dir.path(), "a.toml", WEEKEND);
    common::write(dir.path(), "b.toml", "schema = 1\n[patient\n");
    common::write(dir.path(), "c.toml", WEEKEND);
    common::write(
        dir.path(),
        "d.toml",
        &with_expect("").replace("[expect]\n", ""),
    );
    let out = lib().arg("verify").arg(dir.path()).output().expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{t}");
    let lines: Vec<&str> = t.lines().collect();
    assert!(
        lines[0].starts_with("pass   ") && lines[0].ends_with("a.toml"),
        "{t}"
    );
    assert!(
        lines[1].starts_with("ERROR  ") && lines[1].contains("b.toml:"),
        "{t}"
    );
    assert!(
        lines[2].starts_with("pass   ") && lines[2].ends_with("c.toml"),
        "{t}"
    );
    assert!(lines[3].ends_with("d.toml: no [expect] table"), "{t}");
    assert!(
        t.contains("4 cases: 2 passed, 0 failed, 1 without [expect], 1 unreadable"),
        "{t}"
    );
}

#[test]
fn verify_without_any_expect_passes_nothing_and_fails_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = common::write(
        dir.path(),
        "plain.toml",
        &with_expect("").replace("[expect]\n", ""),
    );
    let out = lib().arg("verify").arg(&p).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("0 passed, 0 failed, 1 without [expect]"));
}

const MIS: &str = "fixtures/missed/MIS001-fires.toml";

#[test]
fn train_a_right_answer_exits_0() {
    let out = lib()
        .args(["train", MIS, "--answer", "MIS001, frequent missed doses"])
        .args([
            "--severity",
            "MIS001=critical",
            "--severity",
            "MIS003=warning",
        ])
        .args(["--next-dose", "40", "--pickup", "7/0"])
        .output()
        .expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("MISSED (4 days)"),
        "the case shows the missed run:\n{t}"
    );
    assert!(t.contains("Score: 6 of 6 — fully right"), "{t}");
    assert!(!t.contains("The rules behind"), "{t}");
    // The case comes first, without findings; the report only after the score.
    let (before, _) = t.split_once("Your answer").expect("the score");
    assert!(
        !before.contains("CRITICAL") && !before.contains("give at most"),
        "{before}"
    );
}

#[test]
fn train_a_partly_right_answer_names_what_was_missed_and_explains_it() {
    let out = lib()
        .args(["train", MIS, "--answer", "missed-doses-adjust-next-dose"])
        .args(["--severity", "MIS001=warning", "--next-dose", "90"])
        .output()
        .expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("found        MIS001"), "{t}");
    assert!(
        t.contains("MISSED       MIS003 frequent-missed-doses"),
        "{t}"
    );
    assert!(
        t.contains("SEVERITY     MIS001: you said warning, it is critical"),
        "{t}"
    );
    assert!(
        t.contains("NEXT DOSE    you said 90 mg, advised at most 40 mg (±4 mg)"),
        "{t}"
    );
    assert!(t.contains("Score: 1 of 4 — not fully right"), "{t}");
    let why = t.split_once("The rules behind").expect("explanations").1;
    assert!(why.contains("MIS003 frequent-missed-doses"), "{why}");
    assert!(
        why.contains("MIS001 missed-doses-adjust-next-dose"),
        "{why}"
    );
    assert!(why.contains("Source"), "{why}");
}

#[test]
fn train_a_wrong_answer_in_json_and_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rec = dir.path().join("scores.jsonl");
    for _ in 0..2 {
        let out = lib()
            .args([
                "train",
                MIS,
                "--format",
                "json",
                "--answer",
                "benzodiazepine, xyzzy",
            ])
            .arg("--record")
            .arg(&rec)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1));
        let v = common::json(&out.stdout);
        let marks: Vec<&str> = v["score"]["problems"]
            .as_array()
            .expect("problems")
            .iter()
            .filter_map(|p| p["mark"].as_str())
            .collect();
        assert_eq!(
            marks,
            ["false-alarm", "not-understood", "missed", "missed"],
            "{v}"
        );
        assert_eq!(v["score"]["fully_right"], false);
        assert_eq!(v["score"]["next_dose"]["advised"], 40.0);
        assert_eq!(v["exercise"]["path"], MIS);
    }
    let lines: Vec<String> = std::fs::read_to_string(&rec)
        .expect("the record")
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2);
    let v: serde_json::Value = serde_json::from_str(&lines[1]).expect("a JSON line");
    assert_eq!(v["score"]["right"], 0);
}

#[test]
fn train_without_an_answer_off_a_terminal_says_how_and_exits_2() {
    larcheck()
        .args(["train", MIS])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--answer"));
}

#[test]
fn train_a_bad_answer_is_a_usage_error() {
    for bad in [
        ["--severity", "MIS001"],
        ["--severity", "MIS001=soon"],
        ["--pickup", "9/1"],
    ] {
        let out = lib()
            .args(["train", MIS, "--answer", "MIS001"])
            .args(bad)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn train_lists_the_library_by_level_and_seed() {
    let out = lib().args(["train", "--list"]).output().expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("41 exercises"), "{t}");
    let basic = lib()
        .args(["train", "--list", "--level", "basic"])
        .output()
        .expect("run");
    let b = text(&basic.stdout);
    assert!(
        b.lines()
            .filter(|l| l.contains("(fixtures/"))
            .all(|l| l.starts_with("basic ")),
        "{b}"
    );
    let order = |seed: &str| {
        let out = lib()
            .args(["train", "--list", "--seed", seed])
            .output()
            .expect("run");
        text(&out.stdout)
    };
    assert_eq!(order("7"), order("7"));
    assert_ne!(order("7"), order("8"));
    assert_ne!(order("7"), t);
}

#[test]
fn every_exercise_has_a_title_a_question_a_level_and_passes_verify() {
    let out = lib()
        .args(["train", "--list", "--format", "json"])
        .output()
        .expect("run");
    let v = common::json(&out.stdout);
    let all = v["exercises"].as_array().expect("exercises");
    assert!(all.len() >= 40, "{}", all.len());
    let mut levels = std::collections::BTreeSet::new();
    for e in all {
        let path = e["path"].as_str().expect("path");
        let raw = std::fs::read_to_string(common::root().join(path)).expect("readable");
        let doc: toml::Table = toml::from_str(&raw).expect("TOML");
        let ex = doc["exercise"].as_table().expect("[exercise]");
        for key in ["title", "question", "level"] {
            assert!(ex.contains_key(key), "{path}: [exercise] {key}");
        }
        levels.insert(e["level"].as_str().expect("level").to_string());
    }
    assert_eq!(levels.len(), 3, "{levels:?}");
    let out = lib()
        .args(["verify", "fixtures/exercises", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    // Every rule family and the pickup proposal are trained.
    let mut families = std::collections::BTreeSet::new();
    for e in all {
        let raw = std::fs::read_to_string(common::root().join(e["path"].as_str().unwrap_or("")))
            .unwrap_or_default();
        let doc: toml::Table = toml::from_str(&raw).unwrap_or_default();
        if let Some(fs) = doc["expect"]
            .get("findings")
            .and_then(toml::Value::as_array)
        {
            families.extend(
                fs.iter()
                    .filter_map(|c| c.as_str().map(|c| c[..3].to_string())),
            );
        }
        assert!(doc["expect"].get("pickup_level").is_some() || raw.contains("depot"));
    }
    for f in [
        "BZD", "DAT", "DOS", "INT", "MIS", "ODR", "PIC", "MST", "QTC", "SCR", "SWI", "TAP", "PRG",
    ] {
        assert!(families.contains(f), "no exercise for {f}: {families:?}");
    }
}

#[test]
fn train_the_micro_induction_trap_explains_the_false_alarm() {
    let out = lib()
        .args(["train", "fixtures/exercises/advanced-06.toml"])
        .args(["--answer", "buprenorphine too early", "--pickup", "7/0"])
        .output()
        .expect("run");
    let t = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("FALSE ALARM  buprenorphine too early: read as DOS008, SWI002"),
        "{t}"
    );
    assert!(t.contains("MISSED       SWI008 micro-induction"), "{t}");
    let why = t.split_once("The rules behind").expect("explanations").1;
    assert!(
        why.contains("\nSWI002 buprenorphine-too-soon-after-full-agonist"),
        "{why}"
    );
    assert!(why.contains("\nSWI008 micro-induction"), "{why}");
}
