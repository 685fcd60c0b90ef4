//! `larcheck worklist`: the caseload on one screen (output.md "Worklist").
//! Every case is checked by `check`'s own machinery
//! ([`super::check::check_map`]); each report is reduced on its worker
//! thread to one [`Row`] (the whole report is not kept), the rows are
//! grouped by [`crate::actions::urgency`] (the function `check`'s summary
//! line counts patients with), sorted, and rendered by
//! [`crate::output::worklist`].

use super::check;
use crate::actions::{self, Urgency};
use crate::case::Medication;
use crate::cli::{Global, OutputFormat, WorklistArgs};
use crate::config::{Config, Severity};
use crate::error::{Error, ExitStatus};
use crate::report::{CaseReport, CaseResult, ErrorReport, Finding, PickupChange, Summary};
use chrono::NaiveDate;
use serde::Serialize;
use std::cmp::Ordering;

/// A worklist group, most urgent first (the JSON's and CSV's `group`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// An unacknowledged critical: before the next dose or pickup.
    Action,
    /// An unacknowledged warning: review this week.
    Review,
    /// PIC002 and nothing above info: the pickup can be relaxed.
    Relax,
    /// Nothing to do.
    Nothing,
    /// The file could not be read.
    Error,
}

impl Group {
    /// Every group, in the order the list shows them.
    pub const ALL: [Group; 5] = [
        Group::Action,
        Group::Review,
        Group::Relax,
        Group::Nothing,
        Group::Error,
    ];

    /// The group of a checked patient: [`actions::urgency`], the same
    /// function `check`'s summary line counts with.
    pub fn of(c: &CaseReport) -> Group {
        match actions::urgency(c) {
            Urgency::Action => Group::Action,
            Urgency::Review => Group::Review,
            Urgency::Relax => Group::Relax,
            Urgency::Nothing => Group::Nothing,
        }
    }

    /// The JSON and CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Action => "action",
            Group::Review => "review",
            Group::Relax => "relax",
            Group::Nothing => "nothing",
            Group::Error => "error",
        }
    }

    /// The heading of the table: `BEFORE THE NEXT DOSE OR PICKUP`.
    pub fn title(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Group::Action => "before-next-dose",
            Group::Review => "group-review",
            Group::Relax => "group-relax",
            Group::Nothing => "group-nothing",
            Group::Error => "group-error",
        };
        crate::tr!(lang, id)
    }
}

/// A patient's most urgent finding, for the order within a group: the
/// first unacknowledged finding in report order (severity, code, first
/// evidence date; [`crate::report::sort_findings`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Top {
    /// Its severity.
    pub severity: Severity,
    /// Its code.
    pub code: &'static str,
    /// Its first evidence date.
    pub first_date: Option<NaiveDate>,
}

impl Top {
    fn cmp(a: &Option<Top>, b: &Option<Top>) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => b
                .severity
                .cmp(&a.severity)
                .then_with(|| a.code.cmp(b.code))
                .then_with(|| a.first_date.cmp(&b.first_date)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
}

/// One line of the worklist. Serialised as one entry of the JSON's
/// `worklist`; the CSV's columns are the same keys in the same order
/// ([`crate::output::worklist::CSV_HEADER`]).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The group.
    pub group: Group,
    /// The path given (or `-`).
    pub path: String,
    /// Patient id (null when the file could not be read).
    pub id: Option<String>,
    /// LAR medication, as case files spell it.
    pub medication: Option<&'static str>,
    /// The product the case names it by (`"Suboxone"`), if any.
    pub medication_product: Option<String>,
    /// Current daily dose (the last one given after missed days).
    pub current_dose_mg: Option<f64>,
    /// The dose in words: `80 mg`, `last dose 80 mg`, `injection 128 mg monthly`.
    pub dose: Option<String>,
    /// Phase.
    pub phase: Option<&'static str>,
    /// Episode day (null when the start is unknown).
    pub episode_day: Option<i64>,
    /// The first thing to do: the first critical's line of the action
    /// block, else the first warning's message, else PIC002's message.
    pub action: Option<String>,
    /// The code of the finding `action` comes from.
    pub action_code: Option<&'static str>,
    /// The pickup change (`relax`, `keep`, `hold`, `tighten`, `unknown`,
    /// `not-applicable`).
    pub pickup_change: Option<PickupChange>,
    /// The pickup proposal in the pharmacy's words.
    pub pickup: Option<String>,
    /// Unacknowledged finding codes, in report order, each once.
    pub codes: Vec<&'static str>,
    /// Acknowledged finding codes (they do not raise the group).
    pub acknowledged_codes: Vec<&'static str>,
    /// Why the file could not be read.
    pub error: Option<String>,
    /// Where (1-based line).
    pub line: Option<usize>,
    /// Where (1-based column).
    pub column: Option<usize>,
    /// The key, where known.
    pub key: Option<String>,
    /// The pickup change in the table's short form (`tighten 7/0`).
    #[serde(skip)]
    pub pickup_short: Option<String>,
    /// The first action in the table's few columns, when it has a shorter
    /// form than `action` (the missed-dose restart, dose first).
    #[serde(skip)]
    pub action_short: Option<String>,
    /// The dose the table shows: the current one, or the last injection's.
    #[serde(skip)]
    pub table_dose_mg: Option<f64>,
    /// The most urgent finding (sorting only).
    #[serde(skip)]
    pub top: Option<Top>,
}

impl Row {
    /// The row of a checked patient.
    pub fn of_case(c: &CaseReport) -> Row {
        let counting: Vec<&Finding> = c.findings.iter().filter(|f| f.counts()).collect();
        let group = Group::of(c);
        let (action, action_code) = first_action(c, group, &counting);
        let (pickup, pickup_short) = pickup_words(c);
        let mut codes: Vec<&'static str> = Vec::new();
        let mut acknowledged_codes: Vec<&'static str> = Vec::new();
        for f in &c.findings {
            let list = if f.counts() {
                &mut codes
            } else {
                &mut acknowledged_codes
            };
            if !list.contains(&f.code) {
                list.push(f.code);
            }
        }
        // A code both counting and acknowledged (two BZD001) is listed once,
        // as the one that counts.
        acknowledged_codes.retain(|a| !codes.contains(a));
        Row {
            group,
            path: c.path.clone(),
            id: Some(c.id.clone()),
            medication: Some(c.medication.as_str()),
            medication_product: c.medication_product.clone(),
            current_dose_mg: c.current_dose_mg,
            dose: Some(dose_words(c)),
            phase: Some(c.phase.as_str()),
            episode_day: c.episode_day,
            action,
            action_code,
            pickup_change: c.pickup.as_ref().map(|p| p.change),
            pickup,
            codes,
            acknowledged_codes,
            error: None,
            line: None,
            column: None,
            key: None,
            pickup_short,
            action_short: match (action_code, &c.restart) {
                (Some("MIS001"), Some(r)) if group == Group::Action => {
                    Some(actions::restart_short(r, c.lang))
                }
                _ => None,
            },
            table_dose_mg: c
                .last_injection
                .as_ref()
                .map(|i| i.mg)
                .or(c.current_dose_mg),
            top: counting.first().map(|f| Top {
                severity: f.severity,
                code: f.code,
                first_date: f.first_date,
            }),
        }
    }

    /// The row of a file that could not be read.
    pub fn of_error(e: &ErrorReport, lang: crate::i18n::Lang) -> Row {
        Row {
            group: Group::Error,
            path: e.path.clone(),
            id: None,
            medication: None,
            medication_product: None,
            current_dose_mg: None,
            dose: None,
            phase: None,
            episode_day: None,
            action: None,
            action_code: None,
            pickup_change: None,
            pickup: None,
            codes: Vec::new(),
            acknowledged_codes: Vec::new(),
            // The first problem; the others are in `check` and `validate`.
            error: Some(match e.errors.len() - 1 + e.more_errors {
                0 => e.error.message.clone(),
                n => crate::tr!(
                    lang,
                    "worklist-more-problems",
                    message = e.error.message.as_str(),
                    n = n
                ),
            }),
            line: e.error.line,
            column: e.error.column,
            key: e.error.key.clone(),
            pickup_short: None,
            action_short: None,
            table_dose_mg: None,
            top: None,
        }
    }

    /// The row of any result.
    pub fn of(r: &CaseResult, lang: crate::i18n::Lang) -> Row {
        match r {
            CaseResult::Checked(c) => Row::of_case(c),
            CaseResult::Error(e) => Row::of_error(e, lang),
        }
    }
}

/// The worklist order: group, then the most urgent finding, then id (then
/// path, so that the same input always gives the same list).
pub fn order(a: &Row, b: &Row) -> Ordering {
    a.group
        .cmp(&b.group)
        .then_with(|| Top::cmp(&a.top, &b.top))
        .then_with(|| a.id.cmp(&b.id))
        .then_with(|| a.path.cmp(&b.path))
}

/// The first action in the words of `check`'s action block: the first
/// critical's one-line action; else the first warning's message; in the
/// "can be relaxed" group PIC002's message.
fn first_action(
    c: &CaseReport,
    group: Group,
    counting: &[&Finding],
) -> (Option<String>, Option<&'static str>) {
    let first = |s: Severity| counting.iter().find(|f| f.severity == s);
    let found = match group {
        Group::Action => actions::criticals(c)
            .next()
            .map(|f| (actions::action(f, c), f.code)),
        Group::Review => first(Severity::Warning).map(|f| (f.message.clone(), f.code)),
        Group::Relax => counting
            .iter()
            .find(|f| f.is(&crate::rules::pickup::PIC002))
            .map(|f| (f.message.clone(), f.code)),
        Group::Nothing | Group::Error => None,
    };
    match found {
        Some((a, code)) => (Some(a), Some(code)),
        None => (None, None),
    }
}

/// The dose as the table header says it.
fn dose_words(c: &CaseReport) -> String {
    let lang = c.lang;
    match &c.last_injection {
        Some(i) => crate::tr!(
            lang,
            "worklist-injection",
            mg = lang.mg(i.mg),
            product = crate::output::table::depot_words(i.product, lang)
        ),
        None => crate::output::table::dose_words(c, lang),
    }
}

/// The pickup change in the pharmacy's words (as `check`'s pickup line)
/// and in the table's short form (`keep 5/2`, `tighten 7/0`).
fn pickup_words(c: &CaseReport) -> (Option<String>, Option<String>) {
    let Some(p) = &c.pickup else {
        return (None, None);
    };
    let lang = c.lang;
    let rung = |sup: u32, th: u32| format!("{sup}/{th}");
    let proposed = p.proposed.as_ref();
    let prop_words = proposed.map_or(String::new(), |x| x.words.clone());
    let prop_short = proposed.map_or(String::new(), |x| {
        rung(x.supervised_per_week, x.take_home_days)
    });
    let short = |id: &str, regime: String| crate::tr!(lang, id, regime = regime);
    let (words, short) = match (p.change, &p.current) {
        (PickupChange::Keep, Some(cur)) => (
            crate::tr!(lang, "pickup-keep", current = cur.words(lang)),
            short(
                "worklist-keep",
                rung(cur.supervised_per_week, cur.take_home_days),
            ),
        ),
        (PickupChange::Hold, Some(cur)) => (
            crate::tr!(lang, "pickup-hold", current = cur.words(lang)),
            short(
                "worklist-hold",
                rung(cur.supervised_per_week, cur.take_home_days),
            ),
        ),
        (PickupChange::Tighten, _) => (
            crate::tr!(lang, "worklist-tighten-to", proposed = prop_words),
            short("worklist-tighten", prop_short),
        ),
        (PickupChange::Relax, _) => (
            crate::tr!(lang, "worklist-relax-to", proposed = prop_words),
            short("worklist-relax", prop_short),
        ),
        (PickupChange::NotApplicable, _) => {
            let note = p.notes.first().map_or("", String::as_str);
            (
                crate::tr!(lang, "worklist-not-applicable", note = note),
                crate::tr!(lang, "worklist-na"),
            )
        }
        _ => (
            crate::tr!(lang, "pickup-unknown", proposed = prop_words),
            short("worklist-at-most", prop_short),
        ),
    };
    (Some(words), Some(short))
}

/// Which patients are listed (the filters never change the exit status).
#[derive(Debug, Default)]
pub struct Filters {
    /// `--min-severity`.
    pub min_severity: Option<Severity>,
    /// `--code`, upper-cased and checked against the registry.
    pub codes: Vec<&'static str>,
    /// `--medication`, resolved to a LAR medication.
    pub medication: Option<Medication>,
}

impl Filters {
    /// Reads the options; an unknown code or medication is a usage error.
    pub fn new(args: &WorklistArgs, config: &Config) -> Result<Filters, Error> {
        let mut codes = Vec::new();
        for c in &args.codes {
            match crate::rules::registry::find(c.trim()) {
                Some(r) => codes.push(r.code),
                None => {
                    return Err(Error::Usage(format!(
                        "`--code {}` is no rule code{}; `larcheck rules` lists them",
                        crate::output::printable::echo(c),
                        crate::suggest::hint(&c.to_uppercase(), crate::rules::registry::codes())
                    )));
                }
            }
        }
        let medication = match &args.medication {
            None => None,
            Some(name) => Some(resolve_medication(name, config)?),
        };
        Ok(Filters {
            min_severity: args.min_severity.map(|s| s.severity()),
            codes,
            medication,
        })
    }

    /// Is a filter given?
    pub fn any(&self) -> bool {
        self.min_severity.is_some() || !self.codes.is_empty() || self.medication.is_some()
    }

    /// Is this result listed? A file that could not be read always is
    /// (nobody can tell whose it is).
    pub fn keeps(&self, r: &CaseResult) -> bool {
        let CaseResult::Checked(c) = r else {
            return true;
        };
        let sev_ok = self
            .min_severity
            .is_none_or(|s| c.findings.iter().any(|f| f.counts() && f.severity >= s));
        let code_ok =
            self.codes.is_empty() || c.findings.iter().any(|f| self.codes.contains(&f.code));
        let med_ok = self.medication.is_none_or(|m| c.medication == m);
        sev_ok && code_ok && med_ok
    }
}

/// `--medication NAME`: a LAR medication as case files spell it, or a
/// product or brand name the catalogue maps to one (`Suboxone`).
fn resolve_medication(name: &str, config: &Config) -> Result<Medication, Error> {
    use crate::vocab::drugs::LarName;
    let s = name.trim();
    if let Some(m) = Medication::parse(s).or_else(|| Medication::parse(&s.to_lowercase())) {
        return Ok(m);
    }
    if let LarName::Lar { lar, .. } = config.catalogue.resolve_lar(s)
        && let Some(m) = Medication::parse(lar)
    {
        return Ok(m);
    }
    Err(Error::Usage(format!(
        "`--medication {}` is no LAR medication; the LAR medications are {}",
        crate::output::printable::echo(name),
        <Medication as strum::VariantNames>::VARIANTS.join(", ")
    )))
}

/// What one case leaves after its check: its counts, whether it fails
/// `--fail-on`, its row if it is listed, and its error for standard error.
struct Digest {
    summary: Summary,
    fails: bool,
    row: Option<Row>,
    error: Option<ErrorReport>,
}

/// Runs `worklist`. The exit status is that of `check` on the same cases
/// (and the same `--fail-on`): the filters choose which patients are
/// listed, never the status, so a patient filtered out still fails the run
/// (and an unreadable file still makes it 2).
pub fn run(g: &Global, args: &WorklistArgs) -> Result<ExitStatus, Error> {
    let config = check::load(g)?;
    let filters = Filters::new(args, &config)?;
    let a = &args.check;
    let (sources, view) = check::sources_of(a, &config, g.language())?;
    let threshold = a.fail_on.threshold();
    let digests = check::check_map(&sources, view, check::today(), &config, |r| {
        let mut summary = Summary::default();
        summary.add(&r);
        Digest {
            summary,
            fails: check::fails_on(&r, threshold),
            row: filters.keeps(&r).then(|| Row::of(&r, config.lang)),
            error: match r {
                CaseResult::Error(e) => Some(e),
                CaseResult::Checked(_) => None,
            },
        }
    });
    let mut summary = Summary::default();
    let mut fails = false;
    let mut rows = Vec::new();
    for d in digests {
        summary.merge(&d.summary);
        fails |= d.fails;
        if let Some(e) = &d.error {
            check::report_error_on_stderr(g, e);
        }
        rows.extend(d.row);
    }
    rows.sort_by(order);
    if !g.quiet {
        use crate::output::worklist as render;
        let text = match g.format {
            OutputFormat::Table | OutputFormat::Toml => {
                let mut t = crate::output::table::config_line(&config).unwrap_or_default();
                t.push_str(&render::table(
                    &rows,
                    &summary,
                    filters.any(),
                    render::Look {
                        lang: g.language(),
                        ..render::detect()
                    },
                ));
                t
            }
            OutputFormat::Json => render::json(&rows, &summary, &config),
            OutputFormat::Csv => render::csv(&rows)?,
        };
        match super::emit(text.as_bytes()) {
            Err(e) if crate::is_broken_pipe(&e) => {}
            r => r?,
        }
    }
    Ok(check::status(&summary, fails))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn row(group: Group, top: Option<(Severity, &'static str)>, id: &str) -> Row {
        let mut r = Row::of_error(
            &crate::report::ErrorReport::new(
                format!("{id}.toml"),
                crate::error::InputError {
                    message: String::new(),
                    line: None,
                    column: None,
                    key: None,
                }
                .into(),
            ),
            crate::i18n::Lang::En,
        );
        r.group = group;
        r.id = Some(id.to_string());
        r.top = top.map(|(severity, code)| Top {
            severity,
            code,
            first_date: None,
        });
        r
    }

    fn ids(rows: &[Row]) -> Vec<&str> {
        rows.iter().filter_map(|r| r.id.as_deref()).collect()
    }

    #[test]
    fn rows_sort_by_group_then_most_urgent_finding_then_id() {
        let mut rows = vec![
            row(Group::Nothing, None, "a-none"),
            row(Group::Nothing, Some((Severity::Info, "DAT003")), "z-info"),
            row(Group::Review, Some((Severity::Warning, "SCR001")), "b"),
            row(Group::Action, Some((Severity::Critical, "MIS001")), "c"),
            row(Group::Review, Some((Severity::Warning, "BZD002")), "d"),
            row(Group::Action, Some((Severity::Critical, "BZD001")), "e"),
            row(Group::Action, Some((Severity::Critical, "BZD001")), "a"),
            row(Group::Error, None, "0-broken"),
            row(Group::Relax, Some((Severity::Info, "PIC002")), "r"),
        ];
        rows.sort_by(order);
        assert_eq!(
            ids(&rows),
            ["a", "e", "c", "d", "b", "r", "z-info", "a-none", "0-broken"]
        );
    }

    #[test]
    fn groups_come_from_the_urgency_the_summary_counts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/public");
        let config = Config::embedded();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date");
        let mut seen = Vec::new();
        for src in crate::input::expand(&[root]) {
            let r = check::check_one(&src, None, today, &config);
            let CaseResult::Checked(c) = &r else {
                panic!("{:?} could not be read", src);
            };
            let row = Row::of_case(c);
            let mut s = Summary::default();
            s.add(&r);
            let counted = match row.group {
                Group::Action => s.patients.action,
                Group::Review => s.patients.review,
                _ => s.patients.nothing,
            };
            assert_eq!(counted, 1, "{}", c.id);
            // Acknowledged findings never raise the group.
            if row.group == Group::Action {
                assert!(row.action.is_some() && row.action_code.is_some());
            }
            for a in &row.acknowledged_codes {
                assert!(!row.codes.contains(a));
            }
            seen.push(row.group);
        }
        for g in [Group::Action, Group::Review, Group::Relax] {
            assert!(seen.contains(&g), "no public example in {g:?}");
        }
    }
}
