//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

/// The `larcheck` binary built by cargo for these tests, run from the
/// project root with colour switched off. Spawning costs a process start
/// and a catalogue load per call: use it for what only a process shows
/// (exit codes of the binary, standard error, standard input, pipes), and
/// [`lib`] for the rest.
pub fn larcheck() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("larcheck");
    // English whatever the machine's locale: the tests read English words
    // (tests/i18n.rs chooses Norwegian explicitly).
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LARCHECK_LANG", "en");
    cmd
}

/// A `larcheck` command line run in-process through the library
/// ([`larcheck::run_captured`]), with the interface of [`larcheck`]: the
/// same exit status and standard output as the binary run from the project
/// root (the test's working directory), without a process. Its standard
/// error holds only the binary's own error report (`error: …`, clap's usage
/// errors), not what a command prints on standard error while it runs: test
/// those, and standard input, with [`larcheck`].
pub fn lib() -> InProcess {
    InProcess { args: Vec::new() }
}

/// See [`lib`].
pub struct InProcess {
    args: Vec<OsString>,
}

impl InProcess {
    /// Adds one argument.
    pub fn arg(&mut self, a: impl AsRef<OsStr>) -> &mut Self {
        self.args.push(a.as_ref().to_os_string());
        self
    }

    /// Adds arguments.
    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
        self
    }

    /// Runs the command line, as [`std::process::Command::output`].
    pub fn output(&mut self) -> std::io::Result<std::process::Output> {
        let c = larcheck::run_captured(self.args.clone());
        Ok(std::process::Output {
            status: exit_status(c.code),
            stdout: c.stdout,
            stderr: c.stderr,
        })
    }

    /// Runs the command line, for assertions, as [`Command::assert`].
    pub fn assert(&mut self) -> assert_cmd::assert::Assert {
        assert_cmd::assert::Assert::new(self.output().expect("in-process run"))
    }
}

#[cfg(unix)]
fn exit_status(code: i32) -> std::process::ExitStatus {
    use std::os::unix::process::ExitStatusExt;
    std::process::ExitStatus::from_raw(code << 8)
}

#[cfg(windows)]
fn exit_status(code: i32) -> std::process::ExitStatus {
    use std::os::windows::process::ExitStatusExt;
    std::process::ExitStatus::from_raw(code as u32)
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

/// The 1-based line of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in the case text"))
}

/// The codes of a case report's findings, in report order.
pub fn codes(case: &serde_json::Value) -> Vec<String> {
    case["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .filter_map(|f| f["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
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

/// Makes a FIFO with the system's `mkfifo`, or says why not (the test
/// then skips with that message).
pub fn mkfifo(p: &Path) -> bool {
    let made = std::process::Command::new("mkfifo")
        .arg(p)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: cannot make a FIFO with mkfifo here");
    }
    made
}
