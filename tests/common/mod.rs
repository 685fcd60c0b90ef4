//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The `larcheck` binary built by cargo for these tests, run from the
/// project root with colour switched off.
pub fn larcheck() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("larcheck");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    cmd
}

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Parses standard output as the JSON report.
pub fn json(stdout: &[u8]) -> serde_json::Value {
    let text = String::from_utf8_lossy(stdout);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{text}"))
}

/// Writes `text` to `name` inside `dir` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write temp file");
    p
}

/// A minimal valid case: a stable methadone patient, 60 mg since August,
/// nothing to report. Tests change one thing in it.
pub const STABLE: &str = r#"schema = 1

[patient]
id = "cli-stable"
sex = "male"

[treatment]
medication = "methadone"
as_of = 2026-11-20
started_lar = 2021-01-01

[[doses]]
from = 2026-08-01
to = 2026-11-19
mg = 60

[[ecg]]
date = 2026-06-01
qtc_ms = 430

[naloxone]
take_home_kit = true
"#;
