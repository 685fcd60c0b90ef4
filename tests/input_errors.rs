//! Issue 15 item 3: every input error has its position, a file with
//! several errors reports them all in one run (up to a limit), and
//! `validate` accepts exactly what `check` accepts.

use crate::common;

use common::{STABLE, json, larcheck, lib, line_of, write};
use serde_json::Value;
use std::path::Path;

/// `check --format json` on the file at `path`: exit code and the case.
fn check_json(path: &Path) -> (i32, Value) {
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        json(&out.stdout)["cases"][0].clone(),
    )
}

/// The (line, key) of every error of an error entry.
fn lines_and_keys(case: &Value) -> Vec<(u64, String)> {
    case["errors"]
        .as_array()
        .expect("an error entry lists its errors")
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap_or(0),
                e["key"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A case with five independent mistakes in five places.
fn five_mistakes() -> String {
    STABLE
        .replace("sex = \"male\"", "sex = \"mann\"")
        .replace("mg = 60\n", "mg = 60\nevry = 2\n")
        + "\n[[prescriptions]]\ndrug = \"\"\n\n[pickup]\nsupervised_per_week = 9\ntake_home_days = 0\n\n[foo]\nx = 1\n"
}

#[test]
fn a_file_with_several_errors_reports_each_with_its_position_in_one_run() {
    let text = five_mistakes();
    assert!(text.contains("sex = \"mann\""), "STABLE changed: {text}");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    assert_eq!(case["status"], "error");
    let found = lines_and_keys(&case);
    let expected = vec![
        (line_of(&text, "sex = \"mann\""), "patient.sex".to_string()),
        (line_of(&text, "evry = 2"), "doses[0].evry".to_string()),
        (
            line_of(&text, "drug = \"\""),
            "prescriptions[0].drug".to_string(),
        ),
        (
            line_of(&text, "supervised_per_week = 9"),
            "pickup.supervised_per_week".to_string(),
        ),
        (line_of(&text, "[foo]"), "foo".to_string()),
    ];
    assert_eq!(found, expected, "errors: {:#}", case["errors"]);
    // `error` is the first of them, as output.md defines it.
    assert_eq!(case["error"], case["errors"][0]);
    assert!(case.get("more_errors").is_none(), "{case:#}");

    // The table lists every one, and `validate` the same, in file order.
    let table = lib().arg("check").arg(&path).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    let validate = lib().arg("validate").arg(&path).output().unwrap();
    assert_eq!(validate.status.code(), Some(2));
    let validate = String::from_utf8_lossy(&validate.stdout);
    for (line, _) in &expected {
        assert!(table.contains(&format!("{line}:")), "line {line}: {table}");
        assert!(
            validate.contains(&format!(":{line}:")),
            "line {line}: {validate}"
        );
    }
    assert_eq!(
        validate.lines().filter(|l| l.starts_with("error ")).count(),
        expected.len(),
        "{validate}"
    );
}

#[test]
fn the_errors_of_a_file_are_listed_up_to_a_limit_and_the_rest_counted() {
    let mut text = STABLE.to_string();
    for n in 0..30 {
        text.push_str(&format!(
            "\n[[events]]\ndate = 2026-10-{:02}\nkind = \"fal\"\n",
            n % 28 + 1
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let errors = case["errors"].as_array().unwrap();
    assert_eq!(errors.len(), larcheck::error::MAX_REPORTED_ERRORS);
    assert_eq!(
        case["more_errors"].as_u64(),
        Some(30 - larcheck::error::MAX_REPORTED_ERRORS as u64)
    );
    assert_eq!(errors[0]["key"], "events[0].kind");
    assert_eq!(errors[19]["key"], "events[19].kind");
    let table = lib().arg("check").arg(&path).output().unwrap();
    assert!(
        String::from_utf8_lossy(&table.stdout).contains("and 10 more problems in this file"),
        "{}",
        String::from_utf8_lossy(&table.stdout)
    );
}

#[test]
fn every_syntax_error_the_parser_recovers_from_is_reported() {
    let text = STABLE.replace("id = \"cli-stable\"", "id = \"cli-stable\nborn == 1980");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let errors = case["errors"].as_array().unwrap();
    assert!(!errors.is_empty());
    for e in errors {
        assert!(
            e["line"].as_u64().is_some() && e["column"].as_u64().is_some(),
            "{e}"
        );
    }
}

#[test]
fn a_day_first_date_written_bare_gets_the_iso_form() {
    let text = STABLE.replace("as_of = 2026-11-20", "as_of = 20.11.2026");
    assert_ne!(text, STABLE);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let e = &case["error"];
    assert_eq!(e["line"].as_u64(), Some(line_of(&text, "20.11.2026")));
    assert_eq!(e["key"], "treatment.as_of");
    let msg = e["message"].as_str().unwrap();
    assert!(
        msg.contains("dates are written") && msg.contains("2026-11-20"),
        "{msg}"
    );
}

#[test]
fn invalid_utf8_is_reported_at_its_line_column_and_key() {
    let text = STABLE.replace("id = \"cli-stable\"", "id = \"cli-st\u{0}ble\"");
    let mut bytes = text.into_bytes();
    // A Latin-1 "ø" (0xF8) inside the id: not UTF-8.
    let at = bytes.iter().position(|&b| b == 0).unwrap();
    bytes[at] = 0xF8;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, &bytes).unwrap();
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let e = &case["error"];
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    assert_eq!(e["line"].as_u64(), Some(line), "{e}");
    assert_eq!(
        e["column"].as_u64(),
        Some((at - line_start + 1) as u64),
        "{e}"
    );
    assert_eq!(e["key"], "patient.id", "{e}");
    assert!(e["message"].as_str().unwrap().contains("UTF-8"), "{e}");

    // The same on standard input.
    let out = larcheck()
        .args(["check", "--format", "json", "-"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = &json(&out.stdout)["cases"][0]["error"];
    assert_eq!(e["line"].as_u64(), Some(line), "{e}");
    assert_eq!(e["key"], "patient.id", "{e}");
}

#[test]
fn a_type_error_names_its_key_and_position() {
    let text = STABLE.replace("mg = 60", "mg = \"60 mg\"");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let e = &case["error"];
    assert_eq!(e["line"].as_u64(), Some(line_of(&text, "\"60 mg\"")), "{e}");
    assert_eq!(e["key"], "doses[0].mg", "{e}");
    assert!(e["column"].as_u64().is_some(), "{e}");
}

#[test]
fn a_mistyped_year_is_refused_by_validate_and_check_alike_at_its_record() {
    // One year mistyped in the plan: a plan that runs to 2206.
    let text = STABLE.to_string() + "\n[[plan]]\nfrom = 2026-11-20\nto = 2206-11-20\nmg = 60\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2, "{case:#}");
    let e = &case["error"];
    assert_eq!(e["key"], "plan[0].to", "{e}");
    assert_eq!(e["line"].as_u64(), Some(line_of(&text, "to = 2206")), "{e}");
    assert!(e["message"].as_str().unwrap().contains("mistyped"), "{e}");
    let v = lib()
        .args(["validate", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(v.status.code(), Some(2));
    assert_eq!(json(&v.stdout)["cases"][0]["error"], *e);

    // The earliest record mistyped instead (1026 for 2026).
    let text = STABLE.replace("from = 2026-08-01", "from = 1026-08-01");
    let path = write(dir.path(), "early.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    assert!(
        lines_and_keys(&case)
            .iter()
            .any(|(l, k)| k == "doses[0].from" && *l == line_of(&text, "1026")),
        "{case:#}"
    );
}

/// Every fixture, and mutants of it, through `validate` and `check` as
/// two batches: each file is valid for one exactly when the other checks it.
#[test]
fn validate_accepts_exactly_what_check_accepts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<_> = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.into_path())
        .collect();
    files.truncate(400);
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for (i, f) in files.iter().enumerate() {
        let text = std::fs::read_to_string(f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // The file itself, one line dropped, and a year moved a century.
        let mut mutants = vec![text.clone(), text.replacen("2026-", "2126-", 1)];
        if !lines.is_empty() {
            let drop = (i * 7) % lines.len();
            mutants.push(
                lines
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != drop)
                    .map(|(_, l)| *l)
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        for m in mutants {
            write(dir.path(), &format!("m{n:05}.toml"), &m);
            n += 1;
        }
    }
    let statuses = |cmd: &str| -> Vec<(String, bool)> {
        let out = lib()
            .args([cmd, "--format", "json"])
            .arg(dir.path())
            .output()
            .unwrap();
        json(&out.stdout)["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["path"].as_str().unwrap().to_string(),
                    c["status"] != "error",
                )
            })
            .collect()
    };
    let validate = statuses("validate");
    let check = statuses("check");
    assert_eq!(validate.len(), n);
    let differ: Vec<_> = validate
        .iter()
        .zip(&check)
        .filter(|(v, c)| v != c)
        .map(|(v, c)| format!("{}: validate {} check {}", v.0, v.1, c.1))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
    // The mutants do break files: both commands see errors.
    assert!(validate.iter().any(|(_, ok)| !ok));
}

#[test]
fn a_table_written_twice_and_an_empty_file_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let text = STABLE.replace("[treatment]", "[patient]\nborn = 1980\n\n[treatment]");
    let path = write(dir.path(), "twice.toml", &text);
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    let e = &case["error"];
    assert_eq!(e["key"], "patient", "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("`[patient]` is written twice"),
        "{e}"
    );
    let path = write(dir.path(), "empty.toml", "\n\n");
    let (code, case) = check_json(&path);
    assert_eq!(code, 2);
    assert_eq!(case["errors"].as_array().unwrap().len(), 1, "{case:#}");
    assert!(
        case["error"]["message"]
            .as_str()
            .unwrap()
            .contains("the file is empty"),
        "{case:#}"
    );
}

/// `--config` and `--drugs` files: text that is not UTF-8 is reported at
/// its line and column without its content, and a FIFO is refused without
/// being read (it would block the run).
#[test]
fn a_config_or_drugs_file_that_is_not_utf8_or_not_a_file_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "case.toml", STABLE);
    let bad = dir.path().join("clinic.toml");
    std::fs::write(&bad, b"[dos001]\nwarning_mg = { methadone = 3\xf80 }\n").unwrap();
    for flag in ["--config", "--drugs"] {
        let out = lib()
            .arg(flag)
            .arg(&bad)
            .arg("check")
            .arg(&case)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("2:29: not UTF-8 text"), "{flag}: {err}");
        assert!(
            !err.contains("warning_mg"),
            "{flag} must not echo the line: {err}"
        );
    }
    let fifo = dir.path().join("fifo.toml");
    if !common::mkfifo(&fifo) {
        return;
    }
    let out = larcheck()
        .arg("--config")
        .arg(&fifo)
        .arg("check")
        .arg(&case)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a FIFO must be refused, not read"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
}
