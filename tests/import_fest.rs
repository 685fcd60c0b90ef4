//! `larcheck drugs import-fest FILE`: the overlay written from the FEST
//! sample (tests/data/fest-sample.xml, real schema) loads with `--drugs`,
//! makes a brand only FEST knows usable in `drugs` and `check`, and bad
//! input exits 2 naming the file and the position.

use crate::common;

use common::{STABLE, json, larcheck, lib, root, write};
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn sample() -> PathBuf {
    root().join("tests/data/fest-sample.xml")
}

/// Imports the sample into `dir`/overlay.toml; returns its path.
fn import(dir: &Path) -> PathBuf {
    let overlay = dir.join("overlay.toml");
    larcheck()
        .args(["drugs", "import-fest"])
        .arg(sample())
        .arg("--output")
        .arg(&overlay)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("7 products read"))
        .stderr(predicate::str::contains("1 without ATC"))
        .stderr(predicate::str::contains("1 veterinary"));
    overlay
}

/// STABLE with one prescription of `drug`.
fn case_with(drug: &str) -> String {
    format!("{STABLE}\n[[prescriptions]]\ndrug = \"{drug}\"\ndaily_mg = 1\nfrom = 2026-10-01\n")
}

/// The finding codes and severities of a checked case.
fn findings(doc: &Value) -> Vec<(String, String)> {
    doc["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn check(case: &Path, drugs: Option<&Path>) -> Value {
    let mut cmd = larcheck();
    if let Some(d) = drugs {
        cmd.arg("--drugs").arg(d);
    }
    let out = cmd
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(case)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out.stdout)
}

#[test]
fn a_benzodiazepine_brand_only_fest_knows_fires_bzd001_with_the_overlay() {
    let dir = tempfile::tempdir().unwrap();
    let overlay = import(dir.path());
    let text = std::fs::read_to_string(&overlay).unwrap();
    assert!(text.contains("Etizolam Abcur"), "{text}");

    lib()
        .arg("--drugs")
        .arg(&overlay)
        .args(["drugs", "Etizolam Abcur"])
        .assert()
        .success()
        .stdout(predicate::str::contains("N05BA19"))
        .stdout(predicate::str::contains("benzodiazepine"));

    let case = write(
        dir.path(),
        "case.toml",
        &case_with("Etizolam Abcur 1 mg tablett"),
    );
    let without = findings(&check(&case, None));
    assert!(
        without.iter().any(|(c, _)| c == "DAT001") && !without.iter().any(|(c, _)| c == "BZD001"),
        "without the overlay the brand is unknown: {without:?}"
    );
    let with = findings(&check(&case, Some(&overlay)));
    assert!(
        with.contains(&("BZD001".to_string(), "critical".to_string())),
        "{with:?}"
    );
    assert!(!with.iter().any(|(c, _)| c == "DAT001"), "{with:?}");
}

#[test]
fn the_overlay_on_standard_output_equals_the_output_file_and_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    let overlay = import(dir.path());
    let out = lib()
        .args(["drugs", "import-fest"])
        .arg(sample())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(&overlay).unwrap()
    );
    // The overlay names its source and licence.
    let text = std::fs::read_to_string(&overlay).unwrap();
    assert!(text.contains("FEST") && text.contains("NLOD"), "{text}");
    // Products without ATC and veterinary products write nothing.
    assert!(
        !text.contains("Natriumklorid") && !text.contains("Domitor"),
        "{text}"
    );
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    lib()
        .args(["drugs", "import-fest", "no-such-fest.xml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-fest.xml"));
}

#[test]
fn malformed_xml_exits_2_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.xml",
        "<FEST>\n<KatLegemiddelMerkevare>\n<OppfLegemiddelMerkevare></KatLegemiddelMerkevare>\n</FEST>\n",
    );
    lib()
        .args(["drugs", "import-fest"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("bad.xml"))
        .stderr(predicate::str::contains("line 3, column 26"))
        .stderr(predicate::str::contains("malformed XML"))
        .stderr(predicate::str::contains("panicked").not());
    let other = write(
        dir.path(),
        "other.xml",
        "<?xml version=\"1.0\"?>\n<catalog/>\n",
    );
    lib()
        .args(["drugs", "import-fest"])
        .arg(&other)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a FEST file"))
        .stderr(predicate::str::contains("line 2, column 1"));
}

#[test]
fn drugs_query_still_looks_a_name_up() {
    lib()
        .args(["drugs", "Sobril"])
        .assert()
        .success()
        .stdout(predicate::str::contains("oxazepam"));
    // A query and the subcommand do not mix.
    lib()
        .args(["drugs", "Sobril", "import-fest", "x.xml"])
        .assert()
        .code(2);
}
