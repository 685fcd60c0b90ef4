//! Every case under `fixtures/` carries its own `[expect]` table; this test
//! runs `larcheck check --format json` on each one and compares the report
//! with it exactly as `shared/tools/accept` does (`compare` ported from
//! Python). All mismatches are collected and reported together.

mod common;

use common::larcheck;
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

/// Checks one fixture; `Err` holds the line to report.
fn check_fixture(root: &Path, path: &Path) -> Result<(), String> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let shown = rel.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: unreadable: {e}"))?;
    let doc: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{shown}: not readable as TOML: {e}"))?;
    let Some(expect) = doc.get("expect").and_then(toml::Value::as_table) else {
        return Err(format!("{shown}: no [expect] table"));
    };
    let out = larcheck()
        .args(["check", "--format", "json"])
        .arg(rel)
        .output()
        .map_err(|e| format!("{shown}: cannot run larcheck: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report = serde_json::from_slice::<Value>(&out.stdout)
        .ok()
        .and_then(|d| d.get("cases")?.get(0).cloned())
        .ok_or_else(|| {
            let s: String = stderr.trim().chars().take(300).collect();
            format!(
                "{shown}: no JSON report (exit {:?}): {s}",
                out.status.code()
            )
        })?;
    let problems = compare(expect, &report, out.status.code());
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

#[test]
fn every_fixture_matches_its_expect_table() {
    let root = common::root();
    let fixtures = cases_in(&root.join("fixtures"));
    assert!(
        !fixtures.is_empty(),
        "no fixtures found under {}",
        root.join("fixtures").display()
    );
    let mut failures = Vec::new();
    for path in &fixtures {
        if let Err(line) = check_fixture(&root, path) {
            failures.push(line);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures do not match their [expect] table:\n  {}",
        failures.len(),
        fixtures.len(),
        failures.join("\n  ")
    );
}
