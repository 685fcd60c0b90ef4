//! Issue 15 items 2 and 6: the exit status survives a closed pipe, and
//! nothing from any input (or a secret file given as `--drugs`) reaches
//! the terminal as it is.

use crate::common;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// A directory with `lead` cases first and 400 clean ones after them, so
/// that the table is far larger than a pipe's buffer.
fn batch(lead: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in lead {
        common::write(dir.path(), name, text);
    }
    for i in 0..400 {
        common::write(dir.path(), &format!("b{i:03}.toml"), common::STABLE);
    }
    dir
}

/// Runs `check DIR`, reads one line of its table, closes the pipe and
/// returns the exit code and standard error.
fn check_then_close(dir: &std::path::Path) -> (Option<i32>, String) {
    check_then_close_as(dir, "table", "a0")
}

/// As [`check_then_close`] in `format`; the first line must contain `first`.
fn check_then_close_as(
    dir: &std::path::Path,
    format: &str,
    first_has: &str,
) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_larcheck"))
        .args(["--format", format, "check"])
        .arg(dir)
        .env("NO_COLOR", "1")
        .env("LARCHECK_LANG", "en")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn larcheck");
    let mut first = String::new();
    {
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        out.read_line(&mut first).expect("read a line");
    } // the reader is dropped: the pipe is closed
    assert!(first.contains(first_has), "first line: {first}");
    let output = child.wait_with_output().expect("wait");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn critical() -> String {
    std::fs::read_to_string(common::root().join("fixtures/missed/MIS001-at-limit.toml"))
        .expect("fixture")
}

const BROKEN: &str = "schema = 1\n[patient\n";

#[test]
fn a_closed_pipe_exits_with_the_input_error_of_the_cases_checked() {
    let dir = batch(&[
        ("a0-critical.toml", &critical()),
        ("a1-broken.toml", BROKEN),
    ]);
    let (code, stderr) = check_then_close(dir.path());
    assert_eq!(code, Some(2), "stderr: {stderr}");
    assert_eq!(stderr, "", "a closed pipe stops quietly");
}

#[test]
fn a_closed_pipe_exits_1_for_a_critical_among_the_cases_checked() {
    let dir = batch(&[("a0-critical.toml", &critical())]);
    let (code, stderr) = check_then_close(dir.path());
    assert_eq!(code, Some(1), "stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn json_streams_too_and_a_closed_pipe_keeps_the_status_of_the_cases_checked() {
    // Issue 16: the JSON is written case by case, so a reader that leaves
    // after its first line stops the run as the table's reader does.
    let dir = batch(&[("a0-critical.toml", &critical())]);
    let (code, stderr) = check_then_close_as(dir.path(), "json", "{");
    assert_eq!(code, Some(1), "stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_closed_pipe_after_clean_cases_exits_0() {
    let dir = batch(&[("a0-clean.toml", common::STABLE)]);
    let (code, stderr) = check_then_close(dir.path());
    assert_eq!(code, Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn bidi_overrides_in_a_patient_id_and_a_drug_name_are_escaped_in_the_table_and_exact_in_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = common::STABLE
        .replace("cli-stable", "pt-\u{202e}evil\u{202c}-1\\u001b[2J")
        .replace(
            "[naloxone]",
            "[[prescriptions]]\ndrug = \"diaz\u{2067}epam\u{2069}\"\nfrom = 2026-10-01\n\n[naloxone]",
        );
    let case = common::write(dir.path(), "bidi.toml", &text);
    let table = common::lib().arg("check").arg(&case).output().expect("run");
    let table = String::from_utf8(table.stdout).expect("utf-8");
    assert!(
        table.contains("pt-\\u{202e}evil\\u{202c}-1\\u{1b}[2J"),
        "{table}"
    );
    assert!(table.contains("diaz\\u{2067}epam\\u{2069}"), "{table}");
    for c in ['\u{202e}', '\u{202c}', '\u{2067}', '\u{2069}', '\u{1b}'] {
        assert!(!table.contains(c), "{c:?} reached the table:\n{table}");
    }
    let json = common::lib()
        .args(["--format", "json", "check"])
        .arg(&case)
        .output()
        .expect("run");
    let json = common::json(&json.stdout);
    let case = &json["cases"][0];
    assert_eq!(case["id"], "pt-\u{202e}evil\u{202c}-1\u{1b}[2J");
    let text = serde_json::to_string(case).expect("json");
    assert!(text.contains("diaz\u{2067}epam\u{2069}"), "{text}");
}

#[test]
fn a_drugs_file_that_is_a_secret_gives_its_position_and_never_its_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shadow = common::write(
        dir.path(),
        "shadow",
        "root:$6$saltsalt$SECRETHASHvalue0123456789:19000:0:99999:7:::\n\
         daemon:*:19000:0:99999:7:::\n",
    );
    for flag in ["--drugs", "--config"] {
        let out = common::lib()
            .arg(flag)
            .arg(&shadow)
            .arg("rules")
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flag}: {err}");
        assert!(
            err.contains(&format!("{}", shadow.display())),
            "{flag}: {err}"
        );
        assert!(err.contains("1:"), "{flag}: no line:col in {err}");
        for secret in ["SECRETHASH", "saltsalt", "root:", "daemon"] {
            assert!(!err.contains(secret), "{flag} leaked `{secret}`: {err}");
        }
    }
}

#[test]
fn a_long_invalid_value_is_cut_in_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = format!("metha{}done", "x".repeat(5000));
    let case = common::write(
        dir.path(),
        "long.toml",
        &common::STABLE.replace(
            "medication = \"methadone\"",
            &format!("medication = \"{long}\""),
        ),
    );
    let out = common::lib().arg("check").arg(&case).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let table = String::from_utf8_lossy(&out.stdout);
    let line = table
        .lines()
        .find(|l| l.contains("ERROR"))
        .expect("error line");
    assert!(line.contains('…'), "{line}");
    assert!(
        line.chars().count() < 400,
        "{} chars: {line}",
        line.chars().count()
    );
    // JSON keeps the message as the parser gave it.
    let json = common::lib()
        .args(["--format", "json", "check"])
        .arg(&case)
        .output()
        .expect("run");
    let json = common::json(&json.stdout);
    let message = json["cases"][0]["error"]["message"]
        .as_str()
        .expect("message");
    assert!(message.contains(&long), "{message}");
}

#[test]
fn a_drugs_overlay_name_with_a_bidi_override_is_escaped_by_drugs_and_exact_in_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let overlay = common::write(
        dir.path(),
        "local.toml",
        "[[drug]]\ngeneric = \"newdrug\"\nbrands = [\"Evil\u{202e}lav\"]\natc = \"N05BA99\"\n",
    );
    let out = common::lib()
        .arg("--drugs")
        .arg(&overlay)
        .args(["drugs", "newdrug"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("Evil\\u{202e}lav"), "{text}");
    assert!(!text.contains('\u{202e}'), "{text}");
    let out = common::lib()
        .arg("--drugs")
        .arg(&overlay)
        .args(["--format", "json", "drugs", "newdrug"])
        .output()
        .expect("run");
    let json = common::json(&out.stdout);
    assert!(json.to_string().contains("Evil\u{202e}lav"), "{json}");
}
