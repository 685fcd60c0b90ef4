//! Every case under `fixtures/` carries its own `[expect]` table; this test
//! checks each one in-process, through the library exactly as `larcheck
//! check --format json` does (the same `check_one`, the same JSON, the exit
//! status of the default `--fail-on critical`), and compares the report with
//! it as `shared/tools/accept` does (`compare` ported from Python). One test
//! per fixture file (libtest-mimic), so one case can be rerun by name:
//! `cargo test --test fixtures -- dose/DOS001-fires`. The spawned-binary
//! tests for exit codes and streams are in tests/cli.rs.
//!
//! Each fixture also has an `insta` snapshot (`snapshot/<name>`,
//! `tests/snapshots/<name>.snap`): the bytes `larcheck check --format json`
//! and `larcheck check` (piped, no colour) write for it, and the exit status,
//! rendered in-process, so that a change to any message, evidence value,
//! suggestion, restart, mastery or pickup shows in review. A fixture without
//! `as_of` is checked on [`SNAPSHOT_TODAY`], so the snapshots do not depend on
//! the day. Rerun one: `cargo test --test fixtures -- snapshot/dose/DOS006`;
//! accept changes: `INSTA_UPDATE=always cargo test --test fixtures` (or
//! `cargo insta test --review`), then read the diff of `tests/snapshots/`.

mod common;

use larcheck::commands::check::{check_one, fails_on};
use larcheck::config::{Config, Severity};
use larcheck::input::InputSource;
use larcheck::output::{json, table, table::Style};
use larcheck::report::{CaseResult, Summary};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every `*.toml` below `dir`, recursively, in sorted order.
fn cases_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for entry in entries {
            let p = entry.expect("directory entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn severity_rank(s: &str) -> i64 {
    match s {
        "info" => 0,
        "warning" => 1,
        "critical" => 2,
        _ => 3,
    }
}

fn toml_number(v: &toml::Value) -> Option<f64> {
    v.as_float().or_else(|| v.as_integer().map(|i| i as f64))
}

fn json_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".to_string(),
        other => other.to_string(),
    }
}

/// A port of `compare` in `shared/tools/accept`: the list of mismatches
/// between a fixture's `[expect]` table and its report (empty when all match).
fn compare(expect: &toml::Table, report: &Value, returncode: Option<i32>) -> Vec<String> {
    let mut problems = Vec::new();
    if report.get("status").and_then(Value::as_str) != Some("checked") {
        return vec![format!(
            "not checked: {}",
            json_str(report.get("error").unwrap_or(&Value::Null))
        )];
    }
    let empty = Vec::new();
    let findings = report
        .get("findings")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let code_of = |f: &Value| f.get("code").and_then(Value::as_str).map(str::to_string);
    let codes: BTreeSet<String> = findings.iter().filter_map(code_of).collect();
    let list = |key: &str| -> Vec<String> {
        expect
            .get(key)
            .and_then(toml::Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    for code in list("findings") {
        if !codes.contains(&code) {
            problems.push(format!("missing finding {code}"));
        }
    }
    for code in list("absent") {
        if codes.contains(&code) {
            problems.push(format!("unexpected finding {code}"));
        }
    }
    if let Some(sev) = expect.get("severity").and_then(toml::Value::as_table) {
        for (code, want) in sev {
            let want = want.as_str().unwrap_or_default();
            let got: Vec<&str> = findings
                .iter()
                .filter(|f| code_of(f).as_deref() == Some(code.as_str()))
                .filter_map(|f| f.get("severity").and_then(Value::as_str))
                .collect();
            if !got.contains(&want) {
                let got = if got.is_empty() {
                    "none".to_string()
                } else {
                    format!("{got:?}")
                };
                problems.push(format!("{code} severity: want {want}, got {got}"));
            }
        }
    }
    if let Some(want) = expect.get("pickup_level") {
        let got = report
            .get("pickup")
            .and_then(|p| p.get("proposed"))
            .and_then(|p| p.get("level"))
            .and_then(Value::as_i64);
        if got != want.as_integer() {
            problems.push(format!("pickup level: want {want}, got {got:?}"));
        }
    }
    if let Some(want) = expect.get("next_dose_mg") {
        let want = toml_number(want).unwrap_or(f64::NAN);
        let got = report
            .get("restart")
            .and_then(|r| r.get("next_dose_mg"))
            .and_then(Value::as_f64);
        let ok = got.is_some_and(|g| approx::abs_diff_eq!(g, want, epsilon = 0.01));
        if !ok {
            problems.push(format!("next dose: want {want} mg, got {got:?}"));
        }
    }
    if let Some(want) = expect.get("mastery") {
        let got = report
            .get("mastery")
            .and_then(|m| m.get("class"))
            .and_then(Value::as_str);
        if got != want.as_str() {
            problems.push(format!("mastery: want {want}, got {got:?}"));
        }
    }
    if let Some(max) = expect.get("max_severity").and_then(toml::Value::as_str) {
        let limit = severity_rank(max);
        for f in findings {
            let muted = f
                .get("acknowledged")
                .filter(|a| !a.is_null())
                .is_some_and(|a| a.get("expired").and_then(Value::as_bool) != Some(true));
            let sev = f.get("severity").and_then(Value::as_str).unwrap_or("");
            if !muted && severity_rank(sev) > limit {
                problems.push(format!(
                    "above {max}: {sev} {}",
                    code_of(f).unwrap_or_default()
                ));
            }
        }
    }
    if let Some(want) = expect.get("exit").and_then(toml::Value::as_integer)
        && returncode.map(i64::from) != Some(want)
    {
        problems.push(format!("exit status: want {want}, got {returncode:?}"));
    }
    problems
}

/// The day a fixture without `as_of` is snapshotted on.
const SNAPSHOT_TODAY: (i32, u32, u32) = (2026, 11, 20);

/// What the command line writes for one fixture given as `rel` (a path
/// relative to the project root, as the snapshot names it): the JSON report,
/// the table, and the exit status of the default `--fail-on critical`.
fn snapshot_text(rel: &Path, config: &Config) -> String {
    let (y, m, d) = SNAPSHOT_TODAY;
    let today = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
    let result = check_one(&InputSource::File(rel.to_path_buf()), None, today, config);
    let code = match &result {
        CaseResult::Error(_) => 2,
        r if fails_on(r, Some(Severity::Critical)) => 1,
        _ => 0,
    };
    let mut summary = Summary::default();
    summary.add(&result);
    let results = [result];
    let shown = rel.display();
    format!(
        "$ larcheck check --format json {shown}\n{}\n$ larcheck check {shown}\n{}\nexit {code}\n",
        json::render(&results, &summary, config),
        table::render(&results, &summary, Style::plain()),
    )
}

/// Compares one fixture's output with its snapshot `tests/snapshots/<name>.snap`.
fn check_snapshot(name: &str, rel: &Path, config: &Config) {
    let text = snapshot_text(rel, config);
    let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new("snapshots").join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(rel);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(file.to_string(), text));
}

/// Every `*.snap` below `dir` whose fixture no longer exists.
fn orphan_snapshots(dir: &Path, names: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for p in entries.filter_map(Result::ok).map(|e| e.path()) {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "snap") {
                let rel = p.strip_prefix(dir).unwrap_or(&p).with_extension("");
                let name = rel.display().to_string();
                if !names.contains(&name) {
                    out.push(p.display().to_string());
                }
            }
        }
    }
    out.sort();
    out
}

/// Checks one fixture; `Err` holds the line to report.
fn check_fixture(root: &Path, path: &Path, config: &Config) -> Result<(), String> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let shown = rel.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: unreadable: {e}"))?;
    let doc: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{shown}: not readable as TOML: {e}"))?;
    let Some(expect) = doc.get("expect").and_then(toml::Value::as_table) else {
        return Err(format!("{shown}: no [expect] table"));
    };
    // A fixture without `as_of` is checked on today, as the command does.
    let today = chrono::Local::now().date_naive();
    let result = check_one(&InputSource::File(path.to_path_buf()), None, today, config);
    let code = match &result {
        CaseResult::Error(_) => 2,
        r if fails_on(r, Some(Severity::Critical)) => 1,
        _ => 0,
    };
    let report = serde_json::to_value(&result).map_err(|e| format!("{shown}: {e}"))?;
    let problems = compare(expect, &report, Some(code));
    if problems.is_empty() {
        Ok(())
    } else {
        let found: Vec<String> = report
            .get("findings")
            .and_then(Value::as_array)
            .map(|fs| {
                fs.iter()
                    .map(|f| {
                        format!(
                            "{} {}",
                            json_str(f.get("severity").unwrap_or(&Value::Null)),
                            json_str(f.get("code").unwrap_or(&Value::Null))
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        Err(format!(
            "{shown}: {}\n      reported: [{}]",
            problems.join("; "),
            found.join(", ")
        ))
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = common::root();
    // Snapshots name each case by its path from the project root, as the
    // command line shows it when run there.
    std::env::set_current_dir(&root).expect("the project root");
    let dir = root.join("fixtures");
    let fixtures = cases_in(&dir);
    let config = std::sync::Arc::new(Config::embedded());
    let name_of = |path: &Path| {
        path.strip_prefix(&dir)
            .unwrap_or(path)
            .with_extension("")
            .display()
            .to_string()
    };
    let mut trials: Vec<Trial> = fixtures
        .iter()
        .map(|path| {
            let (root, config, path) = (root.clone(), config.clone(), path.clone());
            Trial::test(name_of(&path), move || {
                check_fixture(&root, &path, &config).map_err(Failed::from)
            })
        })
        .collect();
    trials.extend(fixtures.iter().map(|path| {
        let name = name_of(path);
        let rel = path.strip_prefix(&root).unwrap_or(path).to_path_buf();
        let config = config.clone();
        Trial::test(format!("snapshot/{name}"), move || {
            check_snapshot(&name, &rel, &config);
            Ok(())
        })
    }));
    let names: BTreeSet<String> = fixtures.iter().map(|p| name_of(p)).collect();
    let snapshots = root.join("tests/snapshots");
    trials.push(Trial::test("every_snapshot_has_its_fixture", move || {
        let orphans = orphan_snapshots(&snapshots, &names);
        if orphans.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "snapshots without a fixture (delete them): {}",
                orphans.join(", ")
            )
            .into())
        }
    }));
    // Every rule has a fixture where it must fire and one where it must
    // not (`[expect] findings` and `absent`).
    let expects: Vec<toml::Table> = cases_in(&dir)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| toml::from_str::<toml::Table>(&t).ok())
        .filter_map(|d| d.get("expect").and_then(toml::Value::as_table).cloned())
        .collect();
    trials.push(Trial::test(
        "every_rule_has_a_fixture_where_it_fires_and_one_where_it_does_not",
        move || {
            let listed = |key: &str| -> BTreeSet<String> {
                expects
                    .iter()
                    .filter_map(|e| e.get(key).and_then(toml::Value::as_array))
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            };
            let (fires, absent) = (listed("findings"), listed("absent"));
            let missing: Vec<String> = larcheck::rules::registry::RULES
                .iter()
                .flat_map(|r| {
                    let mut m = Vec::new();
                    if !fires.contains(r.code) {
                        m.push(format!("{}: no fixture where it fires", r.code));
                    }
                    if !absent.contains(r.code) {
                        m.push(format!("{}: no fixture where it must not fire", r.code));
                    }
                    m
                })
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(missing.join("\n").into())
            }
        },
    ));
    // The folder must hold fixtures: an empty run must not pass.
    let count = fixtures.len();
    trials.push(Trial::test("fixtures_are_present", move || {
        if count > 600 {
            Ok(())
        } else {
            Err(format!("only {count} fixtures found under fixtures/").into())
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
