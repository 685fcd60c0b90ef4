//! `larcheck schedule induction` (issue 20): the table, the `[[plan]]`
//! entries pasted into a case and checked by `check`, JSON, Norwegian, and
//! a request no schedule can satisfy (exit 2, naming the rule and number).

use crate::common::{codes, json, lib};

/// The schedule snapshots live apart from the fixtures' (tests/snapshots/
/// holds only fixture snapshots: `every_snapshot_has_its_fixture`).
fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("schedule_snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = lib().args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const METHADONE_60: [&str; 8] = [
    "schedule",
    "induction",
    "--medication",
    "methadone",
    "--start",
    "2026-12-07",
    "--target-mg",
    "60",
];

#[test]
fn methadone_induction_table() {
    let (code, out, _) = run(&METHADONE_60);
    assert_eq!(code, 0);
    snapshot("induction-methadone-60", &out);
}

#[test]
fn buprenorphine_induction_table_in_norwegian() {
    let (code, out, _) = run(&[
        "--lang",
        "nb",
        "schedule",
        "induction",
        "--medication",
        "buprenorphine-naloxone",
        "--start",
        "2026-12-07",
        "--target-mg",
        "16",
    ]);
    assert_eq!(code, 0);
    snapshot("induction-buprenorphine-naloxone-16-nb", &out);
}

/// The `--format toml` output pasted into a case file is checked by
/// `check` with no dose finding: the generator and the checker agree
/// through the command line too.
#[test]
fn the_toml_pasted_into_a_case_passes_check() {
    for (med, target) in [
        ("methadone", "90"),
        ("levomethadone", "45"),
        ("buprenorphine", "24"),
        ("morphine-sr-24h", "600"),
    ] {
        let mut args = METHADONE_60.to_vec();
        args[3] = med;
        args[7] = target;
        args.extend(["--format", "toml"]);
        let (code, plan, err) = run(&args);
        assert_eq!(code, 0, "{med}: {err}");
        let case = format!(
            "schema = 1\n\n[patient]\nid = \"pasted\"\nsex = \"female\"\n\n[treatment]\nmedication = \"{med}\"\nas_of = 2026-12-07\n\n[naloxone]\ntake_home_kit = true\n\n{plan}"
        );
        let v = check_case(&case);
        let found = codes(&v["cases"][0]);
        assert!(
            !found.iter().any(|c| ["DOS", "MIS", "SWI", "TAP", "PRG"]
                .iter()
                .any(|p| c.starts_with(p))),
            "{med}: {found:?}\n{plan}"
        );
    }
}

#[test]
fn json_lists_the_plan() {
    let mut args = METHADONE_60.to_vec();
    args.extend(["--format", "json"]);
    let (code, out, _) = run(&args);
    assert_eq!(code, 0);
    let v = json(out.as_bytes());
    let s = &v["schedule"];
    assert_eq!(s["kind"], "induction");
    assert_eq!(s["target_reached"], "2026-12-10");
    let mgs: Vec<f64> = s["plan"]
        .as_array()
        .expect("plan")
        .iter()
        .map(|e| e["mg"].as_f64().expect("mg"))
        .collect();
    assert_eq!(mgs, [30.0, 40.0, 50.0, 60.0]);
    assert_eq!(s["plan"][0]["step"], "first-day");
    assert_eq!(s["checked"]["findings"], serde_json::json!([]));
}

#[test]
fn an_impossible_request_names_the_rule_and_exits_2() {
    let mut args = METHADONE_60.to_vec();
    args[7] = "200";
    let (code, out, err) = run(&args);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("DOS005")
            && err.contains("150")
            && err.contains("dos005.warning_mg.methadone"),
        "{err}"
    );
    let mut args = METHADONE_60.to_vec();
    args.extend(["--step-mg", "20"]);
    let (code, _, err) = run(&args);
    assert_eq!(code, 2);
    assert!(
        err.contains("DOS002") && err.contains("--step-mg 20"),
        "{err}"
    );
}

#[test]
fn toml_is_for_schedule_only() {
    let (code, _, err) = run(&["rules", "--format", "toml"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format toml"), "{err}");
}

const TAPER_60: [&str; 10] = [
    "schedule",
    "taper",
    "--medication",
    "methadone",
    "--from-mg",
    "60",
    "--start",
    "2026-12-07",
    "--format",
    "table",
];

const SWITCH_60: [&str; 10] = [
    "schedule",
    "switch",
    "--from",
    "methadone",
    "--from-mg",
    "60",
    "--to",
    "buprenorphine",
    "--start",
    "2026-12-07",
];

#[test]
fn taper_table() {
    let (code, out, err) = run(&TAPER_60);
    assert_eq!(code, 0, "{err}");
    snapshot("taper-methadone-60", &out);
}

#[test]
fn switch_table_is_the_national_one() {
    let (code, out, err) = run(&SWITCH_60);
    assert_eq!(code, 0, "{err}");
    snapshot("switch-methadone-60-buprenorphine", &out);
}

#[test]
fn micro_induction_table_in_norwegian() {
    let mut args = vec!["--lang", "nb"];
    args.extend(SWITCH_60);
    args.push("--micro");
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    snapshot("switch-methadone-60-micro-nb", &out);
}

#[test]
fn restart_table() {
    let (code, out, err) = run(&["schedule", "restart", "fixtures/missed/MIS001-fires.toml"]);
    assert_eq!(code, 0, "{err}");
    snapshot("restart-mis001-fires", &out);
}

/// A patient on `mg` of `med` for four weeks before `as_of`, in LAR for a
/// year, with the schedule's `[[plan]]` pasted in.
fn pasted(med: &str, mg: &str, treatment_extra: &str, plan: &str) -> serde_json::Value {
    let case = format!(
        "schema = 1\n\n[patient]\nid = \"pasted\"\nsex = \"male\"\n\n[treatment]\nmedication = \"{med}\"\nas_of = 2026-12-07\nstarted_lar = 2025-12-01\nsetting = \"inpatient\"\n{treatment_extra}\n[[doses]]\nfrom = 2026-11-09\nto = 2026-12-06\nmg = {mg}\n\n[naloxone]\ntake_home_kit = true\n\n{plan}"
    );
    check_case(&case)
}

/// `check --format json` of a case written to a file.
fn check_case(case: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("case.toml");
    std::fs::write(&path, case).expect("write");
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .expect("check");
    json(&out.stdout)
}

fn no_family_finding_above_info(v: &serde_json::Value, what: &str) {
    let findings = v["cases"][0]["findings"].as_array().expect("findings");
    let bad: Vec<&str> = findings
        .iter()
        .filter(|f| f["severity"] != "info")
        .filter_map(|f| f["code"].as_str())
        .filter(|c| {
            ["DOS", "MIS", "SWI", "TAP", "PRG"]
                .iter()
                .any(|p| c.starts_with(p))
        })
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?}");
}

/// The `--format toml` of a taper and of a switch, pasted into the case of
/// a patient on the dose before, passes `check`.
#[test]
fn taper_and_switch_toml_pasted_into_a_case_pass_check() {
    let mut args = TAPER_60.to_vec();
    args[9] = "toml";
    let (code, plan, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        plan.contains("# and in [treatment]: ended = 2027-02-21"),
        "{plan}"
    );
    let v = pasted("methadone", "60", "ended = 2027-02-21\n", &plan);
    no_family_finding_above_info(&v, "taper");
    let mut args = SWITCH_60.to_vec();
    args.extend(["--format", "toml"]);
    let (code, plan, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(plan.contains("# 2026-12-10: zero day, no dose"), "{plan}");
    assert!(plan.contains("medication = \"buprenorphine\""), "{plan}");
    let v = pasted("methadone", "60", "", &plan);
    no_family_finding_above_info(&v, "switch");
}

#[test]
fn switch_json_lists_both_medications_and_the_split() {
    let mut args = SWITCH_60.to_vec();
    args.extend(["--format", "json"]);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let v = json(out.as_bytes());
    let s = &v["schedule"];
    assert_eq!(s["kind"], "switch");
    assert_eq!(s["before"]["mg"], 60.0);
    let plan = s["plan"].as_array().expect("plan");
    let steps: Vec<&str> = plan.iter().filter_map(|e| e["step"].as_str()).collect();
    assert_eq!(
        steps,
        [
            "reduce", "reduce", "reduce", "zero-day", "switch", "increase", "target"
        ]
    );
    assert_eq!(plan[4]["split_mg"], serde_json::json!([2.0, 2.0, 4.0]));
    assert_eq!(plan[4]["medication"], "buprenorphine");
    assert!(
        s["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .any(|n| n["rule"] == "DOS008" && n["min_cows"] == 13)
    );
}

#[test]
fn taper_json_gives_the_end_and_the_follow_up() {
    let mut args = TAPER_60.to_vec();
    args[9] = "json";
    let (code, out, _) = run(&args);
    assert_eq!(code, 0);
    let v = json(out.as_bytes());
    assert_eq!(v["schedule"]["kind"], "taper");
    assert_eq!(v["schedule"]["ended"], "2027-02-21");
    let notes = v["schedule"]["notes"].as_array().expect("notes");
    assert!(
        notes
            .iter()
            .any(|n| n["rule"] == "TAP002" && n["days"] == 28)
    );
    assert!(notes.iter().any(|n| n["rule"] == "ODR002"));
}

#[test]
fn restart_json_starts_at_the_engines_advice() {
    let (code, out, err) = run(&[
        "--format",
        "json",
        "schedule",
        "restart",
        "fixtures/missed/MIS001-fires.toml",
    ]);
    assert_eq!(code, 0, "{err}");
    let v = json(out.as_bytes());
    // `check` on the same case advises 40 mg (its [expect] and MIS001).
    let first = &v["schedule"]["plan"][0];
    assert_eq!(first["mg"], 40.0);
    assert_eq!(first["from"], "2026-11-20");
    assert_eq!(first["step"], "restart");
    let last = v["schedule"]["plan"]
        .as_array()
        .expect("plan")
        .last()
        .cloned();
    assert_eq!(last.expect("last")["mg"], 90.0);
}

#[test]
fn impossible_tapers_switches_and_restarts_exit_2() {
    let mut args = TAPER_60.to_vec();
    args.extend(["--percent-per-week", "20"]);
    let (code, out, err) = run(&args);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("TAP001") && err.contains("10") && err.contains("tap001.fraction"),
        "{err}"
    );
    let mut args = TAPER_60.to_vec();
    args.extend(["--pregnancy-week", "30"]);
    let (code, _, err) = run(&args);
    assert_eq!(code, 2);
    assert!(err.contains("PRG001") && err.contains("14-32"), "{err}");
    let mut args = SWITCH_60.to_vec();
    args[3] = "morphine-sr-24h";
    let (code, _, err) = run(&args);
    assert_eq!(code, 2);
    assert!(err.contains("no national switch pattern"), "{err}");
    let mut args = SWITCH_60.to_vec();
    args[7] = "morphine-sr-24h";
    args.extend(["--to-mg", "600"]);
    let (code, _, err) = run(&args);
    assert_eq!(code, 2);
    assert!(err.contains("SWI005") && err.contains("480"), "{err}");
    let (code, _, err) = run(&[
        "schedule",
        "restart",
        "fixtures/missed/MIS001-boundary.toml",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no missed run"), "{err}");
    let (code, _, err) = run(&["schedule", "restart", "no/such/case.toml"]);
    assert_eq!(code, 2, "{err}");
}

/// `--as-of` views the case as `check --as-of` does: on the morning after
/// the first missed day nothing is missed long enough to restart; on the
/// case's own as_of the restart is the one `check` advises.
#[test]
fn restart_as_of_views_the_case_as_check_does() {
    let (code, _, err) = run(&[
        "schedule",
        "restart",
        "fixtures/missed/MIS001-fires.toml",
        "--as-of",
        "2026-11-17",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no missed run"), "{err}");
    let (code, out, err) = run(&[
        "--format",
        "json",
        "schedule",
        "restart",
        "fixtures/missed/MIS001-fires.toml",
        "--as-of",
        "2026-11-19",
    ]);
    assert_eq!(code, 0, "{err}");
    let v = json(out.as_bytes());
    // 3 days missed (16-18 Nov): half of 90 mg, on 19 Nov.
    assert_eq!(v["schedule"]["plan"][0]["mg"], 45.0);
    assert_eq!(v["schedule"]["plan"][0]["from"], "2026-11-19");
}

/// The other national patterns with their default parameters.
#[test]
fn the_other_switch_patterns() {
    for (name, from, mg, to) in [
        (
            "switch-buprenorphine-16-methadone",
            "buprenorphine",
            "16",
            "methadone",
        ),
        (
            "switch-buprenorphine-naloxone-16-depot",
            "buprenorphine-naloxone",
            "16",
            "buprenorphine-depot",
        ),
        (
            "switch-methadone-90-levomethadone",
            "methadone",
            "90",
            "levomethadone",
        ),
        (
            "switch-methadone-60-morphine",
            "methadone",
            "60",
            "morphine-sr-24h",
        ),
    ] {
        let mut args = SWITCH_60.to_vec();
        args[3] = from;
        args[5] = mg;
        args[7] = to;
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{name}: {err}");
        snapshot(name, &out);
    }
}
