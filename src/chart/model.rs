//! What the chart shows, as data: built once from the facts of the case on
//! its `as_of` (the same facts `check` reads) and the check's findings, then
//! drawn by [`super::svg`] and [`super::term`]. No I/O, no drawing here.

use crate::case::{Case, Medication};
use crate::config::{Config, Severity};
use crate::facts::days::DayKind;
use crate::facts::{self, FactsError, interval_days};
use crate::rules::Cx;
use crate::rules::pickup::Count;
use chrono::{Duration, NaiveDate};

/// How a screen reads, as drug mastery counts it (`rules::pickup::count`,
/// the screens' reading: not derived again here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScreenRead {
    /// Nothing of note.
    Clean,
    /// A note (a cannabis trace, a missed or dilute sample by default).
    Note,
    /// Some use.
    SomeUse,
    /// A concern screen.
    Concern,
}

impl ScreenRead {
    fn of(c: Count) -> ScreenRead {
        match c {
            Count::Clean => ScreenRead::Clean,
            Count::Note => ScreenRead::Note,
            Count::SomeUse => ScreenRead::SomeUse,
            Count::Concern => ScreenRead::Concern,
        }
    }

    /// The message-id tail: `clean`, `note`, `some-use`, `concern`.
    pub fn as_str(self) -> &'static str {
        match self {
            ScreenRead::Clean => "clean",
            ScreenRead::Note => "note",
            ScreenRead::SomeUse => "some-use",
            ScreenRead::Concern => "concern",
        }
    }

    /// Every reading, mildest first.
    pub const ALL: [ScreenRead; 4] = [
        ScreenRead::Clean,
        ScreenRead::Note,
        ScreenRead::SomeUse,
        ScreenRead::Concern,
    ];
}

/// A run of days at one daily dose of one medication.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// The daily dose, mg.
    pub mg: f64,
    /// From the plan (days on or after `as_of`): drawn dashed.
    pub planned: bool,
}

/// One LAR medication's dose course.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The medication.
    pub med: Medication,
    /// Its runs, in date order.
    pub steps: Vec<Step>,
    /// The highest daily dose shown (the band's scale).
    pub max_mg: f64,
}

/// What kind of day a shaded run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GapKind {
    /// Listed in `[[missed]]`.
    Missed,
    /// Nothing recorded before `as_of` (counted as missed).
    Unrecorded,
    /// A zero day by decision (`[[missed]] planned = true`).
    PlannedOff,
}

impl GapKind {
    /// The message-id tail.
    pub fn as_str(self) -> &'static str {
        match self {
            GapKind::Missed => "missed",
            GapKind::PlannedOff => "planned-off",
            GapKind::Unrecorded => "unrecorded",
        }
    }
}

/// A run of days without a LAR dose.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// What the days were.
    pub kind: GapKind,
}

/// A depot injection and the days it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Shot {
    /// The day.
    pub date: NaiveDate,
    /// The dose, mg.
    pub mg: f64,
    /// Its interval, days.
    pub interval: i64,
    /// Weekly or monthly.
    pub product: crate::case::DepotProduct,
}

/// A drug screen and how it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenMark {
    /// The day.
    pub date: NaiveDate,
    /// Its reading.
    pub read: ScreenRead,
    /// A baseline screen (before LAR began: not counted).
    pub baseline: bool,
    /// The positives, in the language.
    pub positive: Vec<String>,
    /// Why it reads as it does ("6-mam, morphine", "missed"), in the
    /// language; empty for a clean screen.
    pub why: String,
}

/// A prescription of an interaction class.
#[derive(Debug, Clone, PartialEq)]
pub struct RxBar {
    /// The drug as written.
    pub drug: String,
    /// Its interaction classes, in the language.
    pub classes: Vec<String>,
    /// First day (the chart's first day when the record has none).
    pub from: NaiveDate,
    /// Last day (`None`: still going).
    pub to: Option<NaiveDate>,
    /// The daily dose, when recorded.
    pub daily_mg: Option<f64>,
}

/// What happened on a day: an ECG or an overdose-risk event.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// An ECG with its QTc.
    Ecg {
        /// The day.
        date: NaiveDate,
        /// QTc, ms.
        qtc_ms: f64,
    },
    /// An `[[events]]` entry.
    Event {
        /// The day.
        date: NaiveDate,
        /// Its kind, in the language.
        words: String,
    },
}

impl Mark {
    /// The day.
    pub fn date(&self) -> NaiveDate {
        match self {
            Mark::Ecg { date, .. } | Mark::Event { date, .. } => *date,
        }
    }
}

/// A finding of the check on `as_of`, at the first date of its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    /// The day it is about (its first evidence date, else `as_of`).
    pub date: NaiveDate,
    /// The code.
    pub code: &'static str,
    /// The severity.
    pub severity: Severity,
    /// Acknowledged (in force).
    pub acknowledged: bool,
    /// The message.
    pub message: String,
}

/// The whole picture of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The patient id.
    pub id: String,
    /// The case's LAR medication.
    pub medication: Medication,
    /// The day of the check.
    pub as_of: NaiveDate,
    /// First day shown.
    pub from: NaiveDate,
    /// Last day shown.
    pub to: NaiveDate,
    /// One dose line per LAR medication dosed in the range.
    pub lines: Vec<Line>,
    /// Runs of days without a dose.
    pub gaps: Vec<Gap>,
    /// Depot injections.
    pub shots: Vec<Shot>,
    /// Screens.
    pub screens: Vec<ScreenMark>,
    /// Prescriptions of interaction classes.
    pub bars: Vec<RxBar>,
    /// ECGs and events.
    pub marks: Vec<Mark>,
    /// The findings of the check on `as_of`.
    pub flags: Vec<Flag>,
}

/// The range shown when `--from`/`--to` are not given: the whole record
/// (its first entry of any kind up to the end of the plan, or `as_of`).
fn whole_range(case: &Case, as_of: NaiveDate, days: &[facts::days::Day]) -> (NaiveDate, NaiveDate) {
    let dates = days
        .iter()
        .map(|d| d.date)
        .chain(case.screens.iter().map(|s| s.date))
        .chain(case.ecg.iter().map(|e| e.date))
        .chain(case.events.iter().map(|e| e.date))
        .chain(case.prescriptions.iter().filter_map(|p| p.from));
    let first = dates.clone().min().unwrap_or(as_of).min(as_of);
    let last = dates.max().unwrap_or(as_of).max(as_of);
    (first, last)
}

/// Builds the picture of `case` on `as_of`, shown from `from` to `to`
/// (each defaulting to the whole record). An empty range (`from` after
/// `to`) is the caller's to refuse.
pub fn build(
    name: &str,
    case: &Case,
    as_of: NaiveDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    config: &Config,
) -> Result<Picture, FactsError> {
    let report = crate::engine::check(name, case, as_of, false, config)?;
    let s = &config.settings;
    let lang = config.lang;
    let catalogue = crate::engine::catalogue_for(&config.catalogue, case);
    let facts = facts::derive(case, as_of, s, &catalogue)?;
    let cx = Cx::new(case, &facts, s, &config.sources, &catalogue).in_lang(lang);
    let (first, last) = whole_range(case, as_of, &facts.days);
    let from = from.unwrap_or(first);
    let to = to.unwrap_or(last);
    let inside = |d: NaiveDate| d >= from && d <= to;
    let days: Vec<&facts::days::Day> = facts.days.iter().filter(|d| inside(d.date)).collect();
    let screens = facts
        .readings
        .iter()
        .filter(|r| inside(r.date))
        .map(|r| ScreenMark {
            date: r.date,
            read: ScreenRead::of(crate::rules::pickup::count(&cx, r)),
            baseline: r.baseline,
            positive: r.positive.iter().map(|p| lang.substance(p)).collect(),
            why: crate::rules::pickup::count_words(&cx, r),
        })
        .collect();
    let mut marks: Vec<Mark> = case
        .ecg
        .iter()
        .filter(|e| inside(e.date))
        .map(|e| Mark::Ecg {
            date: e.date,
            qtc_ms: e.qtc_ms,
        })
        .chain(
            case.events
                .iter()
                .filter(|e| inside(e.date))
                .map(|e| Mark::Event {
                    date: e.date,
                    words: crate::tr!(lang, &format!("odr-event-{}", e.kind.as_str())),
                }),
        )
        .collect();
    marks.sort_by_key(Mark::date);
    let flags = report
        .findings
        .iter()
        .map(|f| Flag {
            date: f
                .first_date
                .unwrap_or(as_of)
                .clamp(from.min(to), to.max(from)),
            code: f.code,
            severity: f.severity,
            acknowledged: !f.counts(),
            message: f.message.clone(),
        })
        .collect();
    Ok(Picture {
        id: case.patient.id.clone(),
        medication: case.treatment.medication,
        as_of,
        from,
        to,
        lines: lines(&days),
        gaps: gaps(&days),
        shots: shots(case, s, &inside),
        screens,
        bars: bars(&facts, lang, from, to),
        marks,
        flags,
    })
}

/// The dose lines: per medication, runs of days at one daily dose (a day
/// without a dose of it ends a run). Depot days are not doses: the
/// injections are drawn as [`Shot`]s.
fn lines(days: &[&facts::days::Day]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for day in days {
        for d in day.doses.iter() {
            let i = match out.iter().position(|l| l.med == d.med) {
                Some(i) => i,
                None => {
                    out.push(Line {
                        med: d.med,
                        steps: Vec::new(),
                        max_mg: 0.0,
                    });
                    out.len() - 1
                }
            };
            let line = &mut out[i];
            line.max_mg = line.max_mg.max(d.daily_mg);
            match line.steps.last_mut() {
                Some(s)
                    if s.to + Duration::days(1) == day.date
                        && (s.mg - d.daily_mg).abs() < 1e-9
                        && s.planned == d.planned =>
                {
                    s.to = day.date
                }
                _ => line.steps.push(Step {
                    from: day.date,
                    to: day.date,
                    mg: d.daily_mg,
                    planned: d.planned,
                }),
            }
        }
    }
    out.sort_by_key(|l| l.steps.first().map(|s| s.from));
    out
}

/// Runs of missed, planned-off and unrecorded days.
fn gaps(days: &[&facts::days::Day]) -> Vec<Gap> {
    let mut out: Vec<Gap> = Vec::new();
    for day in days {
        let kind = match day.kind {
            DayKind::Missed { planned: false } => GapKind::Missed,
            DayKind::Missed { planned: true } | DayKind::PlanGap => GapKind::PlannedOff,
            DayKind::Unrecorded => GapKind::Unrecorded,
            _ => continue,
        };
        match out.last_mut() {
            Some(g) if g.kind == kind && g.to + Duration::days(1) == day.date => g.to = day.date,
            _ => out.push(Gap {
                from: day.date,
                to: day.date,
                kind,
            }),
        }
    }
    out
}

/// The injections in the range, each with its interval.
fn shots(
    case: &Case,
    s: &crate::config::Settings,
    inside: &dyn Fn(NaiveDate) -> bool,
) -> Vec<Shot> {
    case.injections
        .iter()
        .filter(|i| inside(i.date))
        .map(|i| Shot {
            date: i.date,
            mg: i.mg,
            interval: interval_days(i.product, s),
            product: i.product,
        })
        .collect()
}

/// The prescriptions whose drug has an interaction class (LAR medications
/// apart: they are the dose lines), overlapping the range.
fn bars(
    facts: &facts::Facts<'_>,
    lang: crate::i18n::Lang,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<RxBar> {
    facts
        .prescriptions
        .iter()
        .filter_map(|(p, d)| d.map(|d| (p, d)))
        .filter(|(_, d)| d.lar.is_none() && !d.classes.is_empty())
        .filter(|(p, _)| p.from.is_none_or(|f| f <= to) && p.to.is_none_or(|t| t >= from))
        .map(|(p, d)| RxBar {
            drug: p.drug.clone(),
            classes: d.classes.iter().map(|c| lang.class(*c)).collect(),
            from: p.from.unwrap_or(from).max(from),
            to: p.to.map(|t| t.min(to)),
            daily_mg: p.daily_mg,
        })
        .collect()
}
