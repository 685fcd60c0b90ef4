//! Configuration that makes the tool unsafe (issue 15, item 5): each
//! refusal names the file, position, key and reason and exits 2;
//! `--allow-unsafe-config` accepts it and the report says so (JSON
//! `rules.overrides`, the table's "local configuration" line).

use crate::common::{json, lib, write};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A case every run here checks (any readable case will do).
const CASE: &str = "fixtures/dose/DOS002-fires.toml";

/// `(file name, --config text, key the refusal names, words of the reason)`.
const UNSAFE_LAYERS: &[(&str, &str, &str, &str)] = &[
    (
        "limit.toml",
        "[dos005.critical_mg]\nmethadone = 600\n",
        "`dos005.critical_mg.methadone`",
        "more than twice the default 250",
    ),
    (
        "induction.toml",
        "[dos001.critical_mg]\nbuprenorphine = 33\n",
        "`dos001.critical_mg.buprenorphine`",
        "FK-SUBUTEX",
    ),
    (
        "empty.toml",
        "[mis001]\nmethadone = []\n",
        "`mis001.methadone`",
        "has no rows",
    ),
    (
        "late.toml",
        "[[mis001.methadone]]\ndays = 4\naction = \"reduce\"\nfraction = 0.5\nseverity = \"critical\"\n[[mis001.methadone]]\ndays = 5\naction = \"re-induce\"\nseverity = \"critical\"\n",
        "`mis001.methadone`",
        "later than the default's 3 days (AU-MISS)",
    ),
    (
        "reinduce.toml",
        "[[mis001.buprenorphine]]\ndays = 3\naction = \"review\"\nfraction = 1.0\nseverity = \"warning\"\n[[mis001.buprenorphine]]\ndays = 14\naction = \"re-induce\"\nseverity = \"critical\"\n",
        "`mis001.buprenorphine`",
        "re-induces from 14 days, later than the published 5 days (N10-13.3",
    ),
    (
        "noreinduce.toml",
        "[[mis001.buprenorphine]]\ndays = 3\naction = \"review\"\nfraction = 1.0\nseverity = \"warning\"\n",
        "`mis001.buprenorphine`",
        "has no re-induce row",
    ),
    (
        "fraction.toml",
        "[[mis001.buprenorphine]]\ndays = 3\naction = \"reduce\"\nfraction = 1.5\nseverity = \"critical\"\n[[mis001.buprenorphine]]\ndays = 5\naction = \"re-induce\"\nseverity = \"critical\"\n",
        "`mis001.buprenorphine[0].fraction`",
        "outside (0, 1]",
    ),
    (
        "nofraction.toml",
        "[[mis001.buprenorphine]]\ndays = 3\naction = \"reduce\"\nfraction = 0\nseverity = \"critical\"\n[[mis001.buprenorphine]]\ndays = 5\naction = \"re-induce\"\nseverity = \"critical\"\n",
        "`mis001.buprenorphine[0].fraction`",
        "outside (0, 1]",
    ),
    (
        "interval.toml",
        "[dos003.induction_interval_days]\nmethadone = 0\n",
        "`dos003.induction_interval_days.methadone`",
        "positive number of days",
    ),
    (
        "hours.toml",
        "[dos008]\nshort_acting_hours = 0\n",
        "`dos008.short_acting_hours`",
        "positive number of hours",
    ),
    (
        "window.toml",
        "[qtc003]\ninterval_days = 0\n",
        "`qtc003.interval_days`",
        "switches its rule off",
    ),
    (
        "classes.toml",
        "[int004]\nmin_classes = 6\n",
        "`int004.min_classes`",
        "more than the 5 classes INT004 counts",
    ),
    (
        "level0.toml",
        "[[pickup.level]]\nname = \"home\"\nsupervised_per_week = 7\ntake_home_days = 1\nwords = \"one dose home\"\n[[pickup.level]]\nname = \"more\"\nsupervised_per_week = 6\ntake_home_days = 1\nwords = \"w\"\n",
        "`pickup.level[0]`",
        "no take-home doses",
    ),
];

/// A `--drugs` overlay that takes citalopram's QT class away.
const NO_QT: &str = "[[drug]]\ngeneric = \"citalopram\"\nbrands = [\"Cipramil\", \"Celexa\"]\natc = \"N06AB04\"\nclasses = []\n";

fn layer(dir: &Path, name: &str, text: &str) -> PathBuf {
    write(dir, name, text)
}

fn stderr_of(args: &[&std::ffi::OsStr]) -> (i32, String, Vec<u8>) {
    let out = lib().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.stdout,
    )
}

#[test]
fn each_unsafe_config_value_is_refused_with_its_file_position_key_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, key, reason) in UNSAFE_LAYERS {
        let file = layer(dir.path(), name, text);
        let (code, err, out) = stderr_of(&[
            "--config".as_ref(),
            file.as_os_str(),
            "check".as_ref(),
            CASE.as_ref(),
        ]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(out.is_empty(), "{name}: nothing is checked");
        assert!(err.contains(name), "{name}: the file: {err}");
        assert!(err.contains(key), "{name}: the key {key}: {err}");
        assert!(err.contains("is unsafe"), "{name}: {err}");
        assert!(err.contains(reason), "{name}: the reason {reason:?}: {err}");
        assert!(err.contains("--allow-unsafe-config"), "{name}: {err}");
        let position = err
            .split(": ")
            .any(|p| p.split(':').all(|n| n.parse::<u32>().is_ok()) && p.contains(':'));
        assert!(position, "{name}: a line:column: {err}");
    }
}

#[test]
fn a_drugs_overlay_that_removes_a_safety_class_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = layer(dir.path(), "noqt.toml", NO_QT);
    let (code, err, _) = stderr_of(&[
        "--drugs".as_ref(),
        file.as_os_str(),
        "check".as_ref(),
        CASE.as_ref(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("noqt.toml"), "{err}");
    assert!(err.contains("5:1"), "the `classes` line: {err}");
    assert!(
        err.contains("`drugs.citalopram.classes` is unsafe"),
        "{err}"
    );
    assert!(err.contains("removes the qt-prolonging class"), "{err}");
    // Adding a class, or keeping them, is no refusal.
    let more = layer(
        dir.path(),
        "more.toml",
        &NO_QT.replace(
            "classes = []",
            "classes = [\"qt-prolonging\", \"stimulant\"]",
        ),
    );
    lib()
        .arg("--drugs")
        .arg(&more)
        .args(["check", CASE])
        .assert()
        .code(predicates::ord::ne(2));
}

#[test]
fn allow_unsafe_config_accepts_each_and_the_report_marks_it_unsafe() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, key, _) in UNSAFE_LAYERS {
        let file = layer(dir.path(), name, text);
        let out = lib()
            .arg("--config")
            .arg(&file)
            .args(["--allow-unsafe-config", "--format", "json", "check", CASE])
            .output()
            .unwrap();
        assert_ne!(
            out.status.code(),
            Some(2),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc = json(&out.stdout);
        let overrides = doc["rules"]["overrides"].as_array().expect(name);
        let key = key.trim_matches('`');
        let hit = overrides
            .iter()
            .find(|o| {
                let k = o["key"].as_str().unwrap();
                key == k || key.starts_with(&format!("{k}.")) || key.starts_with(&format!("{k}["))
            })
            .unwrap_or_else(|| panic!("{name}: {key} in {overrides:?}"));
        assert!(
            hit["file"].as_str().unwrap().ends_with(name),
            "{name}: {hit}"
        );
        assert!(hit["unsafe"].is_string(), "{name}: marked unsafe: {hit}");
    }
    let file = layer(dir.path(), "noqt.toml", NO_QT);
    let out = lib()
        .arg("--drugs")
        .arg(&file)
        .args(["--allow-unsafe-config", "--format", "json", "check", CASE])
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let o = &doc["rules"]["overrides"][0];
    assert_eq!(o["key"], "drugs.citalopram", "{doc}");
    assert!(o["file"].as_str().unwrap().ends_with("noqt.toml"));
    assert_eq!(o["value"]["classes"], Value::Array(vec![]));
    assert!(o["unsafe"].as_str().unwrap().contains("qt-prolonging"));
}

#[test]
fn a_zero_conversion_ratio_is_refused_even_with_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let file = layer(dir.path(), "ratio.toml", "[swi004]\nratio = 0\n");
    let (code, err, _) = stderr_of(&[
        "--config".as_ref(),
        file.as_os_str(),
        "--allow-unsafe-config".as_ref(),
        "check".as_ref(),
        CASE.as_ref(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("ratio.toml"), "{err}");
    assert!(err.contains("`swi004.ratio` must be above 0"), "{err}");
}

#[test]
fn json_overrides_list_every_changed_key_with_the_file_that_set_it() {
    let dir = tempfile::tempdir().unwrap();
    let a = layer(
        dir.path(),
        "a.toml",
        "[dos002.step_mg]\nmethadone = 5\nbuprenorphine = 2\n",
    );
    let b = layer(
        dir.path(),
        "b.toml",
        // Back to the default: no longer a change.
        "[dos002.step_mg]\nbuprenorphine = 4\n[qtc001]\ncritical_ms = 480\n",
    );
    let out = lib()
        .arg("--config")
        .arg(&a)
        .arg("--config")
        .arg(&b)
        .args(["--format", "json", "check", CASE])
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let overrides: Vec<(String, String, Value, Value)> = doc["rules"]["overrides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            assert!(o.get("unsafe").is_none(), "a safe change: {o}");
            (
                o["key"].as_str().unwrap().to_string(),
                Path::new(o["file"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                o["value"].clone(),
                o["default"].clone(),
            )
        })
        .collect();
    assert_eq!(
        overrides,
        vec![
            (
                "dos002.step_mg.methadone".into(),
                "a.toml".into(),
                5.into(),
                10.into()
            ),
            (
                "qtc001.critical_ms".into(),
                "b.toml".into(),
                480.into(),
                500.into()
            ),
        ]
    );
    // The embedded defaults alone: no `overrides` key (the contract's
    // `rules` object as before).
    let out = lib()
        .args(["--format", "json", "check", CASE])
        .output()
        .unwrap();
    assert!(json(&out.stdout)["rules"].get("overrides").is_none());
}

#[test]
fn the_table_says_how_many_local_changes_are_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let a = layer(
        dir.path(),
        "clinic.toml",
        "[dos002.step_mg]\nmethadone = 5\n[qtc003]\ninterval_days = 0\n",
    );
    let out = lib()
        .arg("--config")
        .arg(&a)
        .args(["--allow-unsafe-config", "check", CASE])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("local configuration: 2 changes (")
            && first.contains("clinic.toml")
            && first.ends_with(", 1 unsafe accepted with --allow-unsafe-config"),
        "{text}"
    );
    let one = layer(dir.path(), "one.toml", "[dos002.step_mg]\nmethadone = 5\n");
    let out = lib()
        .arg("--config")
        .arg(&one)
        .args(["check", CASE])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("local configuration: 1 change ("),
        "{text}"
    );
    let out = lib().args(["check", CASE]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("local configuration"));
}

#[test]
fn one_run_names_every_unsafe_value_and_an_equal_value_is_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = layer(
        dir.path(),
        "several.toml",
        "[dos005.critical_mg]\nmethadone = 600\n[int004]\nmin_classes = 9\n[qtc003]\ninterval_days = 0\n",
    );
    let (code, err, _) = stderr_of(&[
        "--config".as_ref(),
        file.as_os_str(),
        "check".as_ref(),
        CASE.as_ref(),
    ]);
    assert_eq!(code, 2, "{err}");
    for key in [
        "`dos005.critical_mg.methadone`",
        "`int004.min_classes`",
        "`qtc003.interval_days`",
    ] {
        assert!(err.contains(key), "{key}: {err}");
    }
    // `2` where the default says `2.0` changes nothing.
    let same = layer(dir.path(), "same.toml", "[swi004]\nratio = 2\n");
    let out = lib()
        .arg("--config")
        .arg(&same)
        .args(["--format", "json", "check", CASE])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json(&out.stdout)["rules"].get("overrides").is_none());
}

#[test]
fn the_binary_exits_2_on_an_unsafe_config_and_0_or_1_with_the_flag() {
    // Spawned: the exit status and standard error of the real process.
    let dir = tempfile::tempdir().unwrap();
    let file = layer(dir.path(), "classes.toml", "[int004]\nmin_classes = 6\n");
    crate::common::larcheck()
        .arg("--config")
        .arg(&file)
        .args(["check", CASE])
        .assert()
        .code(2)
        .stdout(predicates::str::is_empty())
        .stderr(predicates::str::contains("`int004.min_classes` is unsafe"));
    crate::common::larcheck()
        .arg("--config")
        .arg(&file)
        .args(["--allow-unsafe-config", "check", CASE])
        .assert()
        .code(predicates::ord::ne(2))
        .stdout(predicates::str::starts_with(
            "local configuration: 1 change (",
        ));
}
