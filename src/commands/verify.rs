//! `larcheck verify PATH...`: checks every case and compares its `[expect]`
//! table with the report ([`crate::verify::compare`]).
//!
//! Exit status: 2 when any case could not be read or checked (every other
//! case is still verified and reported), else 1 when any case fails, else 0.
//!
//! A case without `[expect]` has nothing to verify: it is listed as
//! "no [expect] table" and counted apart, neither passed nor failed (a
//! clinic's folder may mix exercises and plain cases; such a case alone
//! does not change the exit status).

use crate::cli::{Global, OutputFormat, VerifyArgs};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::input::InputSource;
use crate::output::table::clean;
use crate::report::{CaseResult, ErrorReport};
use crate::verify::{Difference, compare};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

/// The verdict on one case.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Every expectation met.
    Pass,
    /// These expectations were not met.
    Fail(Vec<Difference>),
    /// The case has no `[expect]` table.
    NoExpect,
    /// The case could not be read or checked.
    Error(ErrorReport),
}

/// One verified case: its path, verdict and the report it was judged on.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The path given.
    pub path: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The check's result.
    pub result: CaseResult,
}

/// Checks one source and judges it against its `[expect]`.
pub fn verify_one(src: &InputSource, today: NaiveDate, config: &Config) -> Verified {
    let (case, result) = super::check::check_case(src, None, today, config);
    let verdict = match (&result, case.and_then(|c| c.expect)) {
        (CaseResult::Error(e), _) => Verdict::Error(e.clone()),
        (CaseResult::Checked(_), None) => Verdict::NoExpect,
        (CaseResult::Checked(r), Some(expect)) => match compare(&expect, r) {
            d if d.is_empty() => Verdict::Pass,
            d => Verdict::Fail(d),
        },
    };
    Verified {
        path: src.name(),
        verdict,
        result,
    }
}

/// Counts over a run.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Tally {
    /// Cases given.
    pub cases: usize,
    /// Passed.
    pub passed: usize,
    /// Failed.
    pub failed: usize,
    /// Without `[expect]`.
    pub no_expect: usize,
    /// Unreadable.
    pub errors: usize,
}

impl Tally {
    fn of(all: &[Verified]) -> Tally {
        let mut t = Tally {
            cases: all.len(),
            ..Tally::default()
        };
        for v in all {
            match v.verdict {
                Verdict::Pass => t.passed += 1,
                Verdict::Fail(_) => t.failed += 1,
                Verdict::NoExpect => t.no_expect += 1,
                Verdict::Error(_) => t.errors += 1,
            }
        }
        t
    }

    fn status(&self) -> ExitStatus {
        if self.errors > 0 {
            ExitStatus::Error
        } else if self.failed > 0 {
            ExitStatus::Findings
        } else {
            ExitStatus::Clean
        }
    }
}

/// `larcheck verify`.
pub fn run(g: &Global, args: &VerifyArgs) -> Result<ExitStatus, Error> {
    let config = super::check::load(g)?;
    let sources = super::check::sources(&args.paths, args.follow)?;
    let today = super::check::today();
    let all: Vec<Verified> = sources
        .par_iter()
        .map(|s| verify_one(s, today, &config))
        .collect();
    let tally = Tally::of(&all);
    for v in &all {
        if let Verdict::Error(e) = &v.verdict {
            super::check::report_error_on_stderr(g, e);
        }
    }
    if !g.quiet {
        let text = match g.format {
            OutputFormat::Json => render_json(&all, &tally),
            OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
                render_table(&all, &tally)
            }
        };
        super::emit(text.as_bytes())?;
    }
    Ok(tally.status())
}

/// The table: one line per case, one indented line per difference.
pub fn render_table(all: &[Verified], t: &Tally) -> String {
    let mut s = String::new();
    for v in all {
        let path = clean(&v.path);
        match &v.verdict {
            Verdict::Pass => s.push_str(&format!("pass   {path}\n")),
            Verdict::NoExpect => s.push_str(&format!("-      {path}: no [expect] table\n")),
            Verdict::Fail(ds) => {
                s.push_str(&format!("FAIL   {path}\n"));
                for d in ds {
                    s.push_str(&format!("         {}\n", clean(&d.to_string())));
                }
            }
            Verdict::Error(e) => {
                for d in &e.errors {
                    s.push_str(&format!(
                        "ERROR  {path}{}: {}\n",
                        d.position(),
                        clean(&d.message)
                    ));
                }
                if e.more_errors > 0 {
                    s.push_str(&format!(
                        "ERROR  {path}: {}\n",
                        super::check::more_problems(e.more_errors)
                    ));
                }
            }
        }
    }
    s.push_str(&format!(
        "{} case{}: {} passed, {} failed, {} without [expect], {} unreadable\n",
        t.cases,
        if t.cases == 1 { "" } else { "s" },
        t.passed,
        t.failed,
        t.no_expect,
        t.errors
    ));
    s
}

/// The JSON object (README "verify").
pub fn render_json(all: &[Verified], t: &Tally) -> String {
    let cases: Vec<serde_json::Value> = all
        .iter()
        .map(|v| match &v.verdict {
            Verdict::Pass => json!({"path": v.path, "status": "pass", "differences": []}),
            Verdict::NoExpect => json!({"path": v.path, "status": "no-expect", "differences": []}),
            Verdict::Fail(ds) => json!({
                "path": v.path,
                "status": "fail",
                "differences": ds.iter().map(|d| {
                    let mut x = serde_json::to_value(d).unwrap_or_default();
                    x["message"] = json!(d.to_string());
                    x
                }).collect::<Vec<_>>(),
            }),
            Verdict::Error(e) => json!({
                "path": v.path, "status": "error", "error": e.error, "errors": e.errors,
            }),
        })
        .collect();
    let doc = json!({
        "schema_version": 1,
        "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
        "cases": cases,
        "summary": t,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
