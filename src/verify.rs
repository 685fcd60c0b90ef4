//! The `[expect]` comparison: a case's expectations (case-format.md
//! `[expect]`) against its report. Pure: no I/O, no clock. `larcheck verify`
//! (src/commands/verify.rs), `larcheck train` and the fixture harness
//! (tests/fixtures.rs) all use [`compare`], so they cannot disagree.
//!
//! Acknowledgements (case-format.md, rules.md "Acknowledgements"): an
//! acknowledged finding is still reported, so it satisfies `findings`,
//! breaks `absent` and counts for `severity`; `max_severity` and `exit`
//! look only at findings that count (unacknowledged or expired), as
//! `check`'s exit status does.

use crate::case::Expect;
use crate::config::Severity;
use crate::report::CaseReport;
use serde::Serialize;

/// Tolerance for `next_dose_mg` (mg).
pub const DOSE_EPSILON_MG: f64 = 0.01;

/// One expectation that the report does not meet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Difference {
    /// `findings` lists a code the report does not have.
    Missing {
        /// The code.
        code: String,
    },
    /// `absent` lists a code the report has.
    Unexpected {
        /// The code.
        code: String,
    },
    /// No finding of `code` has the wanted severity.
    Severity {
        /// The code.
        code: String,
        /// Wanted.
        want: String,
        /// The severities of its findings (empty: none reported).
        got: Vec<Severity>,
    },
    /// The proposed pickup level differs.
    PickupLevel {
        /// Wanted.
        want: i64,
        /// Proposed (null: no proposal).
        got: Option<i64>,
    },
    /// The advised next dose differs.
    NextDose {
        /// Wanted (mg).
        want: f64,
        /// Advised (null: none).
        got: Option<f64>,
    },
    /// The drug-mastery class differs.
    Mastery {
        /// Wanted.
        want: String,
        /// Reported (null: none).
        got: Option<String>,
    },
    /// `check`'s exit status with default options differs.
    Exit {
        /// Wanted.
        want: i64,
        /// What `check` returns.
        got: i64,
    },
    /// A counting finding is above `max_severity`.
    AboveMax {
        /// The limit.
        max: String,
        /// The finding's code.
        code: String,
        /// Its severity.
        severity: Severity,
    },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let opt = |v: Option<String>| v.unwrap_or_else(|| "none".to_string());
        match self {
            Difference::Missing { code } => write!(f, "missing {code}"),
            Difference::Unexpected { code } => write!(f, "unexpected {code}"),
            Difference::Severity { code, want, got } => {
                let got: Vec<&str> = got.iter().map(|s| s.as_str()).collect();
                let got = if got.is_empty() {
                    "none".to_string()
                } else {
                    got.join(", ")
                };
                write!(f, "{code} severity: want {want}, got {got}")
            }
            Difference::PickupLevel { want, got } => write!(
                f,
                "pickup level: want {want}, got {}",
                opt(got.map(|g| g.to_string()))
            ),
            Difference::NextDose { want, got } => write!(
                f,
                "next dose: want {} mg, got {}",
                mg(*want),
                opt(got.map(|g| format!("{} mg", mg(g))))
            ),
            Difference::Mastery { want, got } => {
                write!(f, "mastery: want {want}, got {}", opt(got.clone()))
            }
            Difference::Exit { want, got } => write!(f, "exit: want {want}, got {got}"),
            Difference::AboveMax {
                max,
                code,
                severity,
            } => write!(f, "above {max}: {} {code}", severity.as_str()),
        }
    }
}

/// A dose without a needless `.0`.
pub fn mg(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The exit status `check` gives one checked case with default options
/// (`--fail-on critical`).
pub fn check_exit(report: &CaseReport) -> i64 {
    let fails = report
        .findings
        .iter()
        .any(|f| f.counts() && f.severity >= Severity::Critical);
    i64::from(fails)
}

/// Every expectation of `expect` that `report` does not meet, in the order
/// case-format.md lists the keys (empty: the case passes).
pub fn compare(expect: &Expect, report: &CaseReport) -> Vec<Difference> {
    let mut out = Vec::new();
    let has = |code: &str| report.findings.iter().any(|f| f.code == code);
    for code in &expect.findings {
        if !has(code) {
            out.push(Difference::Missing { code: code.clone() });
        }
    }
    for code in &expect.absent {
        if has(code) {
            out.push(Difference::Unexpected { code: code.clone() });
        }
    }
    for (code, want) in &expect.severity {
        let got: Vec<Severity> = report
            .findings
            .iter()
            .filter(|f| f.code == code)
            .map(|f| f.severity)
            .collect();
        if !got.iter().any(|s| s.as_str() == want) {
            out.push(Difference::Severity {
                code: code.clone(),
                want: want.clone(),
                got,
            });
        }
    }
    if let Some(want) = expect.pickup_level {
        let got = report
            .pickup
            .as_ref()
            .and_then(|p| p.proposed.as_ref())
            .map(|p| p.level as i64);
        if got != Some(want) {
            out.push(Difference::PickupLevel { want, got });
        }
    }
    if let Some(want) = expect.next_dose_mg {
        let got = report.restart.as_ref().and_then(|r| r.next_dose_mg);
        if !got.is_some_and(|g| (g - want).abs() <= DOSE_EPSILON_MG) {
            out.push(Difference::NextDose { want, got });
        }
    }
    if let Some(want) = &expect.mastery {
        let got = report.mastery.as_ref().map(|m| class_name(m.class));
        if got.as_deref() != Some(want.as_str()) {
            out.push(Difference::Mastery {
                want: want.clone(),
                got,
            });
        }
    }
    if let Some(want) = expect.exit {
        let got = check_exit(report);
        if got != want {
            out.push(Difference::Exit { want, got });
        }
    }
    if let Some(max) = &expect.max_severity {
        let limit = max.parse::<Severity>().ok();
        for f in report.findings.iter().filter(|f| f.counts()) {
            if limit.is_some_and(|l| f.severity > l) {
                out.push(Difference::AboveMax {
                    max: max.clone(),
                    code: f.code.to_string(),
                    severity: f.severity,
                });
            }
        }
    }
    out
}

/// The JSON spelling of a mastery class (`some-use`).
pub fn class_name(c: crate::report::Class) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> (crate::case::Case, CaseReport) {
        let case = crate::input::parse(text, None).expect("a valid case");
        let config = crate::config::Config::embedded();
        let as_of = case.treatment.as_of.expect("as_of");
        let r = crate::engine::check("t.toml", &case, as_of, false, &config).expect("checked");
        (case, r)
    }

    const WEEKEND: &str = include_str!("../fixtures/missed/MIS001-fires.toml");

    #[test]
    fn the_fixture_passes_and_each_wrong_expectation_is_one_line() {
        let (case, r) = report(WEEKEND);
        let expect = case.expect.clone().expect("[expect]");
        assert_eq!(compare(&expect, &r), vec![]);
        let wrong = Expect {
            findings: vec!["BZD001".into()],
            absent: vec!["MIS001".into()],
            severity: vec![("MIS001".into(), "info".into())],
            pickup_level: Some(5),
            next_dose_mg: Some(999.0),
            mastery: Some("dependence-like".into()),
            exit: Some(0),
            max_severity: Some("info".into()),
        };
        let lines: Vec<String> = compare(&wrong, &r).iter().map(|d| d.to_string()).collect();
        let all = lines.join("\n");
        for want in [
            "missing BZD001",
            "unexpected MIS001",
            "MIS001 severity: want info, got critical",
            "pickup level: want 5, got ",
            "next dose: want 999 mg, got ",
            "mastery: want dependence-like, got ",
            "exit: want 0, got 1",
            "above info: critical MIS001",
        ] {
            assert!(all.contains(want), "{want} not in:\n{all}");
        }
    }

    #[test]
    fn doses_print_without_trailing_zeros() {
        assert_eq!(mg(40.0), "40");
        assert_eq!(mg(2.5), "2.5");
        assert_eq!(mg(2.25), "2.25");
    }
}
