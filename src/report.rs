//! What a check produces: findings, restart advice, the case report and the
//! batch summary. Everything serialises to the JSON contract of `output.md`.

use crate::config::{Action, Severity};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

pub mod pickup;

pub use pickup::{
    AssessmentSeen, Basis, Block, Class, Criterion, Current, Mastery, Need, Pickup, PickupChange,
    Proposed, ScreenNote, Step,
};

/// Acknowledgement state of a finding.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AckState {
    /// Why the team accepted it.
    pub reason: String,
    /// Until when.
    pub until: NaiveDate,
    /// The acknowledgement has run out: the finding counts again.
    pub expired: bool,
}

/// One finding.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub name: &'static str,
    /// The rule's declaration (not serialised: `code` and `name` are).
    #[serde(skip)]
    pub rule: &'static crate::rules::registry::Rule,
    /// Severity of this finding.
    pub severity: Severity,
    /// The grade before a past event was lowered to an audit (rules.md
    /// "Severity"); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demoted_from: Option<Severity>,
    /// One line with the numbers in it.
    pub message: String,
    /// Dates, doses, drugs and limits used.
    pub evidence: Map<String, Value>,
    /// Source key(s) of the rule and its numbers.
    pub source: String,
    /// What to do.
    pub suggestion: String,
    /// Acknowledgement, if any.
    pub acknowledged: Option<AckState>,
    /// First evidence date (sorting only).
    #[serde(skip)]
    pub first_date: Option<NaiveDate>,
    /// The drugs the finding concerns, lower-cased: the generic names and
    /// the brand names as the case writes them (what an acknowledgement's
    /// `drug` is matched against; not in the JSON).
    #[serde(skip)]
    pub subjects: Vec<String>,
}

impl Finding {
    /// Counts toward `--fail-on`, the summary and `max_severity`.
    pub fn counts(&self) -> bool {
        self.acknowledged.as_ref().is_none_or(|a| a.expired)
    }
}

/// Advice for the next dose after missed days.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Restart {
    /// Length of the missed run.
    pub missed_days: i64,
    /// `reduce`, `see-prescriber`, `review` or `re-induce`.
    pub action: Action,
    /// The advised daily dose, or null when the next dose is another medication.
    pub next_dose_mg: Option<f64>,
    /// The last daily dose before the run (mg; not in the JSON, which
    /// gives it in MIS001's evidence).
    #[serde(skip)]
    pub last_dose_mg: f64,
}

/// The last depot injection before `as_of` (`output.md` `last_injection`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LastInjection {
    /// Its day.
    pub date: NaiveDate,
    /// Its dose.
    pub mg: f64,
    /// Weekly or monthly.
    pub product: crate::case::DepotProduct,
}

/// Records set aside by `--as-of`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SetAside {
    /// How many records.
    pub records: usize,
    /// The `--as-of` date.
    pub after: NaiveDate,
}

/// The report of one checked case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    /// The path given (or `-`).
    pub path: String,
    /// Patient id.
    pub id: String,
    /// Always `checked`.
    pub status: &'static str,
    /// Day of the check.
    pub as_of: NaiveDate,
    /// LAR medication.
    pub medication: crate::case::Medication,
    /// The product name the case gives for it (`"Suboxone"`), as the
    /// catalogue spells it; absent when the case names the medication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medication_product: Option<String>,
    /// Phase.
    pub phase: crate::facts::Phase,
    /// Episode day (null when the start is unknown).
    pub episode_day: Option<i64>,
    /// Current daily dose.
    pub current_dose_mg: Option<f64>,
    /// Findings, sorted.
    pub findings: Vec<Finding>,
    /// The last depot injection (depot patients only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_injection: Option<LastInjection>,
    /// Restart advice.
    pub restart: Option<Restart>,
    /// Drug mastery (null until the pickup rules run).
    pub mastery: Option<Mastery>,
    /// Pickup proposal (null until the pickup rules run).
    pub pickup: Option<Pickup>,
    /// Records set aside by `--as-of`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_aside: Option<SetAside>,
    /// The first day in LAR (`treatment.started_lar`), for the table header.
    #[serde(skip)]
    pub started_lar: Option<NaiveDate>,
    /// The case records `safe_storage` (ODR004's action says an absent
    /// key as "not documented").
    #[serde(skip)]
    pub safe_storage_recorded: bool,
    /// The language of its words (`--lang`): the counter's actions
    /// ([`crate::rules::registry::Counter::From`]) are written in it.
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// A case that could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorReport {
    /// Path.
    pub path: String,
    /// Always `error`.
    pub status: &'static str,
    /// What went wrong first (the first of `errors`).
    pub error: ErrorDetail,
    /// Every problem found in the file, in file order (at most
    /// [`crate::error::MAX_REPORTED_ERRORS`]).
    pub errors: Vec<ErrorDetail>,
    /// How many more problems were found than `errors` lists.
    #[serde(skip_serializing_if = "is_zero")]
    pub more_errors: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl ErrorReport {
    /// The report of a file that could not be read.
    pub fn new(path: String, e: crate::error::InputErrors) -> Self {
        let errors: Vec<ErrorDetail> = e.all().iter().cloned().map(ErrorDetail::from).collect();
        ErrorReport {
            path,
            status: "error",
            error: errors[0].clone(),
            more_errors: e.more(),
            errors,
        }
    }
}

impl ErrorDetail {
    /// The position as written after a path (`:14:3`), or nothing.
    pub fn position(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!(":{l}:{c}"),
            (Some(l), None) => format!(":{l}"),
            _ => String::new(),
        }
    }
}

impl From<crate::error::InputError> for ErrorDetail {
    fn from(e: crate::error::InputError) -> Self {
        ErrorDetail {
            message: e.message,
            line: e.line,
            column: e.column,
            key: e.key,
        }
    }
}

/// Where and what.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorDetail {
    /// Message.
    pub message: String,
    /// Line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// One entry of a batch.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum CaseResult {
    /// Checked.
    Checked(Box<CaseReport>),
    /// Not readable.
    Error(ErrorReport),
}

/// Counts over a batch (acknowledged findings counted apart).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    /// Cases.
    pub cases: usize,
    /// Checked.
    pub checked: usize,
    /// Errors.
    pub errors: usize,
    /// Unacknowledged critical findings.
    pub critical: usize,
    /// Unacknowledged warnings.
    pub warning: usize,
    /// Unacknowledged info findings.
    pub info: usize,
    /// Acknowledged findings.
    pub acknowledged: usize,
    /// Patients by urgency (output.md: "120 patients: 16 need action
    /// before the next dose or pickup, 61 a review, 43 nothing").
    pub patients: Patients,
}

/// Checked patients by what they need.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Patients {
    /// An unacknowledged critical: act before the next dose or pickup.
    pub action: usize,
    /// An unacknowledged warning: review at the next consultation.
    pub review: usize,
    /// Nothing above info (the pickup may be relaxed).
    pub nothing: usize,
}

impl Summary {
    /// Adds one result.
    pub fn add(&mut self, r: &CaseResult) {
        self.cases += 1;
        match r {
            CaseResult::Error(_) => self.errors += 1,
            CaseResult::Checked(c) => {
                self.checked += 1;
                match crate::actions::urgency(c) {
                    crate::actions::Urgency::Action => self.patients.action += 1,
                    crate::actions::Urgency::Review => self.patients.review += 1,
                    _ => self.patients.nothing += 1,
                }
                for f in &c.findings {
                    if !f.counts() {
                        self.acknowledged += 1;
                    } else {
                        match f.severity {
                            Severity::Critical => self.critical += 1,
                            Severity::Warning => self.warning += 1,
                            Severity::Info => self.info += 1,
                        }
                    }
                }
            }
        }
    }
}

impl Summary {
    /// Adds the counts of another summary (a part of the batch).
    pub fn merge(&mut self, o: &Summary) {
        self.cases += o.cases;
        self.checked += o.checked;
        self.errors += o.errors;
        self.critical += o.critical;
        self.warning += o.warning;
        self.info += o.info;
        self.acknowledged += o.acknowledged;
        self.patients.action += o.patients.action;
        self.patients.review += o.patients.review;
        self.patients.nothing += o.patients.nothing;
    }
}

/// Sorts findings: severity (critical first), code, first evidence date.
pub fn sort_findings(f: &mut [Finding]) {
    f.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.first_date.cmp(&b.first_date))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Formats a dose without trailing zeros: `40`, `2.5`, `0.25`.
pub fn mg(x: f64) -> String {
    let r = (x * 1000.0).round() / 1000.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        let s = format!("{r:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A JSON number for a dose (rounded to 0.001 mg).
pub fn mg_value(x: f64) -> Value {
    Value::from((x * 1000.0).round() / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doses_print_without_noise() {
        assert_eq!(mg(40.0), "40");
        assert_eq!(mg(2.5), "2.5");
        assert_eq!(mg(37.5), "37.5");
        assert_eq!(mg(0.25), "0.25");
        assert_eq!(mg(1.0 / 3.0), "0.333");
    }
}
