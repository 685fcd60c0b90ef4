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
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("case.toml");
        let case = format!(
            "schema = 1\n\n[patient]\nid = \"pasted\"\nsex = \"female\"\n\n[treatment]\nmedication = \"{med}\"\nas_of = 2026-12-07\n\n[naloxone]\ntake_home_kit = true\n\n{plan}"
        );
        std::fs::write(&path, case).expect("write");
        let out = lib()
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .expect("check");
        let v = json(&out.stdout);
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
