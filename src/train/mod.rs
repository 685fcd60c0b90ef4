//! Scoring a trainee's answer (`larcheck train`): pure, no I/O (the
//! terminal prompts that build an [`Answer`] are [`ask`]).
//!
//! The problems to find are the findings the tool reports that count
//! (unacknowledged or expired) at warning or critical, and every code of
//! `[expect] findings` the report has. A counting info finding that is not
//! in `[expect] findings` is optional: naming it is right, leaving it out
//! is not wrong. Naming an acknowledged finding is neither right nor a
//! false alarm: it is noted ("the team has reviewed it"). An answer naming
//! nothing the tool reports is a false alarm; one that names no rule is
//! "not understood" and counts as a false alarm too.
//!
//! Severities are scored for the codes the trainee gives one for; the next
//! dose when the tool advises one or the trainee gives one (within
//! [`dose_tolerance`]); the pickup regime when `[expect] pickup_level` is
//! set or the trainee proposes one (both numbers must match the proposal).

pub mod ask;
pub mod view;
pub mod words;

use crate::case::Case;
use crate::config::Severity;
use crate::report::CaseReport;
use serde::Serialize;
use std::collections::BTreeSet;

/// A trainee's answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answer {
    /// The problems, as typed.
    pub problems: Vec<String>,
    /// `(problem as typed, severity)`.
    pub severities: Vec<(String, Severity)>,
    /// The next dose (mg).
    pub next_dose_mg: Option<f64>,
    /// The pickup regime: supervised intakes a week, take-home doses.
    pub pickup: Option<(u32, u32)>,
}

impl Answer {
    /// Reads the command-line form; `Err` says what is wrong.
    pub fn parse(
        problems: &str,
        severities: &[String],
        next_dose_mg: Option<f64>,
        pickup: Option<&str>,
    ) -> Result<Answer, String> {
        let problems = problems
            .split([',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let mut sev = Vec::new();
        for s in severities {
            let (code, level) = s.split_once('=').ok_or_else(|| {
                format!("--severity `{s}`: write CODE=LEVEL, e.g. MIS001=critical")
            })?;
            let level = severity_word(level).ok_or_else(|| {
                format!(
                    "--severity `{s}`: the level is critical (before the next dose), warning (at the next consultation) or info (worth knowing)"
                )
            })?;
            sev.push((code.trim().to_string(), level));
        }
        if let Some(d) = next_dose_mg
            && !(d.is_finite() && d >= 0.0)
        {
            return Err(format!("--next-dose {d}: a dose in mg, 0 or more"));
        }
        let pickup = pickup.map(parse_pickup).transpose()?;
        Ok(Answer {
            problems,
            severities: sev,
            next_dose_mg,
            pickup,
        })
    }
}

/// `critical`, `warning`, `info` and the clinic's words for them.
pub fn severity_word(w: &str) -> Option<Severity> {
    let w = w.trim().to_lowercase().replace([' ', '_'], "-");
    match w.as_str() {
        "critical" | "before-the-next-dose" | "before-next-dose" | "now" => {
            Some(Severity::Critical)
        }
        "warning" | "at-the-next-consultation" | "next-consultation" | "consultation" => {
            Some(Severity::Warning)
        }
        "info" | "worth-knowing" => Some(Severity::Info),
        _ => None,
    }
}

/// `S/T`: supervised intakes a week (0..=7) / take-home doses.
pub fn parse_pickup(s: &str) -> Result<(u32, u32), String> {
    let bad = || {
        format!(
            "--pickup `{s}`: write S/T, supervised intakes a week (0-7) / most take-home doses at one pickup, e.g. 7/0 or 3/2"
        )
    };
    let (a, b) = s.split_once('/').ok_or_else(bad)?;
    let a: u32 = a.trim().parse().map_err(|_| bad())?;
    let b: u32 = b.trim().parse().map_err(|_| bad())?;
    if a > 7 {
        return Err(bad());
    }
    Ok((a, b))
}

/// The tolerance on the next dose: 10 % of the advised dose, at least 1 mg.
pub fn dose_tolerance(advised: f64) -> f64 {
    (advised * 0.1).max(1.0)
}

/// How one problem was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// Expected and named.
    Found,
    /// Expected and not named.
    Missed,
    /// An optional (info) finding named.
    AlsoFound,
    /// Named, but the team has acknowledged it.
    Acknowledged,
    /// Named, but the tool does not report it.
    FalseAlarm,
    /// Names no rule.
    NotUnderstood,
}

/// One problem line of the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProblemMark {
    /// The mark.
    pub mark: Mark,
    /// The rule codes concerned (for a false alarm: what the answer was read as).
    pub codes: Vec<String>,
    /// The answer as typed (none for a missed problem).
    pub answer: Option<String>,
}

/// One severity line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeverityMark {
    /// The problem as typed.
    pub answer: String,
    /// The code it was read as (none: not reported for this case).
    pub code: Option<String>,
    /// Given.
    pub given: Severity,
    /// The report's (none: not reported).
    pub reported: Option<Severity>,
    /// Right?
    pub right: bool,
}

/// The next-dose line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoseMark {
    /// Given (mg).
    pub given: Option<f64>,
    /// Advised (mg; none: no restart advice).
    pub advised: Option<f64>,
    /// Tolerance (mg).
    pub tolerance_mg: f64,
    /// Right?
    pub right: bool,
}

/// The pickup line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PickupMark {
    /// Given: `[supervised_per_week, take_home_days]`.
    pub given: Option<(u32, u32)>,
    /// Proposed by the tool.
    pub proposed: Option<(u32, u32)>,
    /// The proposed level.
    pub level: Option<usize>,
    /// In the pharmacy's words.
    pub words: Option<String>,
    /// Right?
    pub right: bool,
}

/// The score of one answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Problems: found, missed, false alarms.
    pub problems: Vec<ProblemMark>,
    /// Severities given.
    pub severity: Vec<SeverityMark>,
    /// The next dose, when scored.
    pub next_dose: Option<DoseMark>,
    /// The pickup regime, when scored.
    pub pickup: Option<PickupMark>,
    /// Items right.
    pub right: usize,
    /// Items scored.
    pub total: usize,
    /// Everything right, nothing extra.
    pub fully_right: bool,
}

impl Score {
    /// The codes whose explanation to show: missed problems, false alarms
    /// read as at most three rules, wrong severities, a wrong next dose.
    pub fn to_explain<'a>(&'a self) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        let mut add = |c: &'a str| {
            if !out.contains(&c) {
                out.push(c);
            }
        };
        for p in &self.problems {
            match p.mark {
                Mark::Missed => p.codes.iter().for_each(|c| add(c.as_str())),
                // What the false alarm was read as, and when it does not fire.
                Mark::FalseAlarm if p.codes.len() <= 3 => {
                    p.codes.iter().for_each(|c| add(c.as_str()))
                }
                _ => {}
            }
        }
        for s in self.severity.iter().filter(|s| !s.right) {
            if let Some(c) = &s.code {
                add(c.as_str());
            }
        }
        if self.next_dose.as_ref().is_some_and(|d| !d.right) {
            add("MIS001");
        }
        out
    }
}

/// Scores `answer` against the case's report and `[expect]`.
pub fn score(case: &Case, report: &CaseReport, answer: &Answer) -> Score {
    let counted: BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.counts())
        .map(|f| f.code)
        .collect();
    let listed: BTreeSet<&str> = case
        .expect
        .iter()
        .flat_map(|e| e.findings.iter().map(String::as_str))
        .collect();
    let required: BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.counts() && (f.severity >= Severity::Warning || listed.contains(f.code)))
        .map(|f| f.code)
        .collect();
    let acknowledged: BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| !f.counts())
        .map(|f| f.code)
        .collect();
    let mut problems = Vec::new();
    let mut named: BTreeSet<&str> = BTreeSet::new();
    for a in &answer.problems {
        let cands = words::candidates(a);
        let hits: Vec<String> = cands
            .iter()
            .filter(|c| counted.contains(*c))
            .map(|c| c.to_string())
            .collect();
        let (mark, codes) = if cands.is_empty() {
            (Mark::NotUnderstood, Vec::new())
        } else if !hits.is_empty() {
            named.extend(cands.iter().copied().filter(|c| counted.contains(c)));
            if hits.iter().any(|h| required.contains(h.as_str())) {
                (Mark::Found, hits)
            } else {
                (Mark::AlsoFound, hits)
            }
        } else if cands.iter().any(|c| acknowledged.contains(c)) {
            let codes = cands.iter().filter(|c| acknowledged.contains(*c));
            (Mark::Acknowledged, codes.map(|c| c.to_string()).collect())
        } else {
            (
                Mark::FalseAlarm,
                cands.iter().map(|c| c.to_string()).collect(),
            )
        };
        problems.push(ProblemMark {
            mark,
            codes,
            answer: Some(a.clone()),
        });
    }
    for code in required.iter().filter(|c| !named.contains(*c)) {
        problems.push(ProblemMark {
            mark: Mark::Missed,
            codes: vec![code.to_string()],
            answer: None,
        });
    }
    let severity = severities(report, answer, &counted);
    let next_dose = next_dose(report, answer);
    let pickup = pickup(case, report, answer);
    let found = problems.iter().filter(|p| p.mark == Mark::Found).count();
    let wrong_problems = problems
        .iter()
        .filter(|p| {
            matches!(
                p.mark,
                Mark::Missed | Mark::FalseAlarm | Mark::NotUnderstood
            )
        })
        .count();
    let right = found
        + severity.iter().filter(|s| s.right).count()
        + usize::from(next_dose.as_ref().is_some_and(|d| d.right))
        + usize::from(pickup.as_ref().is_some_and(|p| p.right));
    let total = found
        + wrong_problems
        + severity.len()
        + usize::from(next_dose.is_some())
        + usize::from(pickup.is_some());
    Score {
        fully_right: right == total,
        problems,
        severity,
        next_dose,
        pickup,
        right,
        total,
    }
}

fn severities(report: &CaseReport, answer: &Answer, counted: &BTreeSet<&str>) -> Vec<SeverityMark> {
    answer
        .severities
        .iter()
        .map(|(a, given)| {
            let code = words::candidates(a)
                .into_iter()
                .find(|c| counted.contains(c))
                .map(str::to_string);
            let reported = code.as_ref().and_then(|c| {
                report
                    .findings
                    .iter()
                    .filter(|f| f.code == c && f.counts())
                    .map(|f| f.severity)
                    .max()
            });
            SeverityMark {
                answer: a.clone(),
                right: reported == Some(*given),
                code,
                given: *given,
                reported,
            }
        })
        .collect()
}

fn next_dose(report: &CaseReport, answer: &Answer) -> Option<DoseMark> {
    let advised = report.restart.as_ref().and_then(|r| r.next_dose_mg);
    if advised.is_none() && answer.next_dose_mg.is_none() {
        return None;
    }
    let tolerance_mg = advised.map(dose_tolerance).unwrap_or(0.0);
    let right = match (advised, answer.next_dose_mg) {
        (Some(a), Some(g)) => (a - g).abs() <= tolerance_mg,
        _ => false,
    };
    Some(DoseMark {
        given: answer.next_dose_mg,
        advised,
        tolerance_mg,
        right,
    })
}

fn pickup(case: &Case, report: &CaseReport, answer: &Answer) -> Option<PickupMark> {
    let expected = case
        .expect
        .as_ref()
        .is_some_and(|e| e.pickup_level.is_some());
    if !expected && answer.pickup.is_none() {
        return None;
    }
    let p = report.pickup.as_ref().and_then(|p| p.proposed.as_ref());
    let proposed = p.map(|p| (p.supervised_per_week, p.take_home_days));
    Some(PickupMark {
        given: answer.pickup,
        right: proposed.is_some() && proposed == answer.pickup,
        proposed,
        level: p.map(|p| p.level),
        words: p.map(|p| p.words.clone()),
    })
}

/// The scoring block of the table.
pub fn render_score(s: &Score) -> String {
    use crate::output::table::clean;
    let name = |c: &str| crate::rules::registry::find(c).map_or("", |r| r.name);
    let said = |a: &Option<String>| {
        a.as_ref()
            .map(|a| format!(" (you said \"{}\")", clean(a)))
            .unwrap_or_default()
    };
    let mut out = String::from("Your answer\n");
    for p in &s.problems {
        let codes = p.codes.join(", ");
        let line = match p.mark {
            Mark::Found => format!(
                "  found        {codes} {}{}",
                name(&p.codes[0]),
                said(&p.answer)
            ),
            Mark::AlsoFound => format!(
                "  also right   {codes} {}{}",
                name(&p.codes[0]),
                said(&p.answer)
            ),
            Mark::Missed => format!("  MISSED       {codes} {}", name(&p.codes[0])),
            Mark::Acknowledged => format!(
                "  noted        {codes}{}: reported, but the team has acknowledged it (not scored)",
                said(&p.answer)
            ),
            Mark::FalseAlarm => format!(
                "  FALSE ALARM  {}: read as {codes}, which the tool does not report here",
                clean(p.answer.as_deref().unwrap_or(""))
            ),
            Mark::NotUnderstood => format!(
                "  NOT UNDERSTOOD  \"{}\": no rule code or problem word (larcheck rules lists them)",
                clean(p.answer.as_deref().unwrap_or(""))
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    for m in &s.severity {
        let what = m.code.clone().unwrap_or_else(|| clean(&m.answer));
        let line = match m.reported {
            Some(r) if m.right => format!("  severity     {what}: {} — right", r.as_str()),
            Some(r) => format!(
                "  SEVERITY     {what}: you said {}, it is {}",
                m.given.as_str(),
                r.as_str()
            ),
            None => format!("  SEVERITY     {what}: not reported for this case"),
        };
        out.push_str(&line);
        out.push('\n');
    }
    if let Some(d) = &s.next_dose {
        let mg = crate::verify::mg;
        let given = d
            .given
            .map_or("nothing".to_string(), |g| format!("{} mg", mg(g)));
        let line = match d.advised {
            Some(a) if d.right => format!(
                "  next dose    you said {given}, advised at most {} mg (±{} mg) — right",
                mg(a),
                mg(d.tolerance_mg)
            ),
            Some(a) => format!(
                "  NEXT DOSE    you said {given}, advised at most {} mg (±{} mg)",
                mg(a),
                mg(d.tolerance_mg)
            ),
            None => format!(
                "  NEXT DOSE    you said {given}; the tool advises no adjusted restart dose here"
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    if let Some(p) = &s.pickup {
        let st =
            |v: Option<(u32, u32)>| v.map_or("nothing".to_string(), |(a, b)| format!("{a}/{b}"));
        let words = p.words.clone().unwrap_or_default();
        let level = p.level.map(|l| format!("level {l}, ")).unwrap_or_default();
        let line = format!(
            "  {:<13}you said {}, the proposal is {} ({level}{words}){}",
            if p.right { "pickup" } else { "PICKUP" },
            st(p.given),
            st(p.proposed),
            if p.right { " — right" } else { "" }
        );
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&format!(
        "Score: {} of {}{}\n",
        s.right,
        s.total,
        if s.fully_right {
            " — fully right"
        } else {
            " — not fully right"
        }
    ));
    out
}
