//! Schedules that satisfy the rules (issue 20): the generator behind
//! `larcheck schedule`. A schedule is built from the parameters in force
//! (the same `Settings` the rules read) and then *asked of the rules*: it is
//! written as a case with `[[plan]]` entries and checked by the engine
//! ([`verify`]; a restart in the patient's own case, [`verify_in_case`]); a
//! schedule the checker would flag is never printed.
//!
//! Kinds: `induction` (here), `taper` ([`taper`]), `switch` ([`switch`]:
//! the national patterns of dosing.md §4) and `restart` ([`restart`]: after
//! the missed run of a case, from the engine's own restart advice).
//!
//! Pure: no I/O, no clock, no printing (the command is in
//! `src/commands/schedule.rs`).

use crate::case::{DepotProduct, Group, Medication, Setting};
use crate::config::{Config, Settings, Severity};
use chrono::{Duration, NaiveDate};

/// Tolerance for comparing doses.
const EPS: f64 = 1e-9;

/// Days the target dose is shown after it is reached (two weeks: the
/// NO-GL-2010 §8.6 judgement period before a maintenance change).
pub const HOLD_DAYS: i64 = 14;

/// The longest induction a schedule spans (a request that needs more is
/// refused rather than printed as a year of small steps).
pub const MAX_DAYS: i64 = 366;

/// One run of days at one dose of one medication (a `[[plan]]` entry), a
/// zero day (`mg` 0, no entry in the case) or a depot injection.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// The daily dose (0 on a zero day; the injection's mg for depot).
    pub mg: f64,
    /// The medication dosed.
    pub medication: Medication,
    /// Taken under supervision.
    pub supervised: bool,
    /// What this run is.
    pub step: Step,
    /// The administrations of the day when a national table gives them
    /// (`2 + 2 + 4` mg); empty: one dose.
    pub split: Vec<f64>,
    /// A depot injection on `from` (an `[[injections]]` entry).
    pub product: Option<DepotProduct>,
}

impl Entry {
    /// A run of daily doses taken under supervision.
    pub fn run(
        from: NaiveDate,
        to: NaiveDate,
        mg: f64,
        medication: Medication,
        step: Step,
    ) -> Entry {
        Entry {
            from,
            to,
            mg,
            medication,
            supervised: true,
            step,
            split: Vec::new(),
            product: None,
        }
    }

    /// A day without a dose by decision (the zero day of a switch).
    pub fn is_zero_day(&self) -> bool {
        self.step == Step::ZeroDay
    }
}

/// What a run of a schedule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Day 1 of an induction.
    FirstDay,
    /// An increase on the way to the target.
    Increase,
    /// The target dose reached.
    Target,
    /// The dose kept unchanged (before a pregnancy taper's window, or the
    /// full agonist during a micro-induction).
    Hold,
    /// A reduction.
    Reduce,
    /// The last dose of a taper: treatment ends after it.
    LastDose,
    /// No dose, by decision: the zero day before buprenorphine.
    ZeroDay,
    /// The first dose of the new medication of a switch.
    Switch,
    /// The first dose after missed days (MIS001's advice).
    Restart,
    /// A depot injection.
    Injection,
}

impl Step {
    /// The spelling in JSON and in the message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::FirstDay => "first-day",
            Step::Increase => "increase",
            Step::Target => "target",
            Step::Hold => "hold",
            Step::Reduce => "reduce",
            Step::LastDose => "last-dose",
            Step::ZeroDay => "zero-day",
            Step::Switch => "switch",
            Step::Restart => "restart",
            Step::Injection => "injection",
        }
    }
}

/// The kind of schedule (`schedule KIND`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `schedule induction`.
    Induction,
    /// `schedule taper`.
    Taper,
    /// `schedule switch`.
    Switch,
    /// `schedule restart`.
    Restart,
}

impl Kind {
    /// The spelling in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Induction => "induction",
            Kind::Taper => "taper",
            Kind::Switch => "switch",
            Kind::Restart => "restart",
        }
    }
}

/// The dose the patient is on before the schedule starts (a taper's or a
/// switch's starting point): the check writes it as the days before.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Before {
    /// The medication.
    pub medication: Medication,
    /// Its daily dose.
    pub mg: f64,
}

/// What the table prints under a schedule: the follow-up the rules ask for
/// and the conditions of a step that a daily dose cannot show.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// TAP002: close follow-up for `days` days after the last dose.
    FollowUp {
        /// The last day of treatment.
        ended: NaiveDate,
        /// The follow-up period (tap002.follow_up_days).
        days: i64,
    },
    /// ODR002: a naloxone take-home kit (taper, switch, restart).
    Naloxone,
    /// N22-NED: stable before each reduction; back up on withdrawal.
    Stable,
    /// PRG001/PRG002: reductions only in gestational weeks `first`-`last`,
    /// at most `limit` mg in any 7 days.
    Pregnancy {
        /// First week.
        first: i64,
        /// Last week.
        last: i64,
        /// The PRG002 limit (none for morphine).
        limit: Option<f64>,
    },
    /// DOS008: the first buprenorphine dose at least `hours` after the last
    /// full-agonist dose and with COWS at least `cows`.
    Cows {
        /// Hours after the last full-agonist dose (dos008.long_acting_hours).
        hours: f64,
        /// COWS threshold (dos008.min_cows).
        cows: i64,
        /// The day of the last full-agonist dose.
        last: NaiveDate,
    },
    /// The national table's observation after each dose.
    Observe {
        /// Minutes after the full-agonist doses.
        agonist_min: i64,
        /// Minutes after the buprenorphine doses.
        buprenorphine_min: i64,
    },
    /// SWI008: a micro-induction; the full agonist stops when
    /// buprenorphine reaches the target.
    Micro {
        /// The last full-agonist day.
        last: NaiveDate,
    },
    /// N10-V11: observe at least 2 h after the methadone doses of the first
    /// days; slower (+10 mg every other day) if sedated.
    ObserveMethadone,
    /// SWI004/SWI005: no dose of the new medication in days 1-14 above
    /// `most` mg (the conversion ratio from the last dose before).
    Ratio {
        /// The rule.
        rule: &'static str,
        /// The highest dose it allows.
        most: f64,
    },
    /// The next injection of a depot start.
    NextInjection {
        /// Its day.
        date: NaiveDate,
    },
    /// MIS001's advice for the missed run the restart follows.
    Missed {
        /// Days missed.
        days: i64,
        /// The action.
        action: crate::config::Action,
        /// The last dose before the run.
        last_mg: f64,
        /// The advised first dose.
        next_mg: f64,
    },
    /// An info finding of the checked families the schedule is meant to
    /// carry (SWI007 outpatient switch, SWI008 micro-induction, PRG003).
    Checker(&'static str),
}

/// A schedule: the medication, the setting and its runs of days.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// Which kind.
    pub kind: Kind,
    /// The LAR medication at the end of the schedule.
    pub medication: Medication,
    /// Outpatient or inpatient.
    pub setting: Setting,
    /// Runs of days in date order, one day after another; the runs of two
    /// medications overlap only in a micro-induction.
    pub entries: Vec<Entry>,
    /// The day the last change is given (the target, the last dose, the
    /// injection).
    pub target_reached: NaiveDate,
    /// The dose before the first day, when the schedule starts from one.
    pub before: Option<Before>,
    /// The last day of treatment (a taper to zero).
    pub ended: Option<NaiveDate>,
    /// The gestational week on the first day.
    pub pregnancy_week: Option<i64>,
    /// What the table prints under the days.
    pub notes: Vec<Note>,
}

impl Schedule {
    /// The first day.
    pub fn start(&self) -> NaiveDate {
        self.entries[0].from
    }

    /// The last day shown.
    pub fn end(&self) -> NaiveDate {
        self.entries[self.entries.len() - 1].to
    }

    /// A schedule of one medication with no dose before it.
    fn new(kind: Kind, medication: Medication, setting: Setting, entries: Vec<Entry>) -> Schedule {
        let target_reached = entries.last().map_or(NaiveDate::MIN, |e| e.from);
        Schedule {
            kind,
            medication,
            setting,
            entries,
            target_reached,
            before: None,
            ended: None,
            pregnancy_week: None,
            notes: Vec::new(),
        }
    }
}

/// `schedule induction`'s request.
#[derive(Debug, Clone)]
pub struct InductionRequest {
    /// The LAR medication.
    pub medication: Medication,
    /// Day 1.
    pub start: NaiveDate,
    /// The dose to reach.
    pub target_mg: f64,
    /// Day-1 dose (default: the highest the first-day limit allows).
    pub first_mg: Option<f64>,
    /// Largest increase (default: the step limit).
    pub step_mg: Option<f64>,
    /// Days between increases during titration (default: the interval).
    pub every_days: Option<i64>,
    /// Outpatient or inpatient.
    pub setting: Setting,
}

/// Why no schedule can satisfy a request: the rule, its parameter key, the
/// limit and the number asked for (a clear error, exit 2).
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The medication has no induction schedule here (depot buprenorphine:
    /// injections, not daily doses; 12-hour morphine: two administrations).
    Medication(Medication),
    /// A number that must be above zero is not.
    NotPositive {
        /// The option (`--target-mg`).
        option: &'static str,
        /// The value given.
        value: f64,
    },
    /// A number asked for is over the limit of a rule.
    OverLimit {
        /// The rule (`DOS001`).
        rule: &'static str,
        /// The parameter key (`dos001.warning_mg.methadone`).
        key: String,
        /// The option (`--first-mg`).
        option: &'static str,
        /// The value asked for.
        value: f64,
        /// The limit.
        limit: f64,
    },
    /// A number asked for is below the limit of a rule (`--every-days`).
    UnderLimit {
        /// The rule (`DOS003`).
        rule: &'static str,
        /// The parameter key.
        key: String,
        /// The option.
        option: &'static str,
        /// The value asked for.
        value: f64,
        /// The limit.
        limit: f64,
    },
    /// The schedule would be longer than [`MAX_DAYS`].
    TooLong {
        /// Days it would take.
        days: i64,
    },
    /// A dose to reach that is not below the dose now (`--to-mg`).
    NotBelow {
        /// The option.
        option: &'static str,
        /// The value asked for.
        value: f64,
        /// The dose now.
        from: f64,
    },
    /// No national pattern for this switch.
    Pair {
        /// From.
        from: Medication,
        /// To.
        to: Medication,
        /// `--micro` asked.
        micro: bool,
    },
    /// A pregnancy taper that cannot fit in gestational weeks
    /// `first`-`last` (PRG001): its last reduction would fall in `week`.
    PregnancyWindow {
        /// The PRG001 first week.
        first: i64,
        /// The PRG001 last week.
        last: i64,
        /// The week the taper would need.
        week: i64,
    },
    /// No depot product of this kind for the sublingual dose (SWI003).
    NoBand {
        /// The last sublingual dose.
        mg: f64,
        /// The product asked for.
        product: DepotProduct,
    },
    /// `schedule restart`: the case has no missed run before `as_of` that
    /// MIS001 acts on.
    NoMissedRun,
    /// `schedule restart`: the next dose is another medication, so MIS001
    /// gives no dose (a switch or a new induction).
    OtherMedication,
    /// The engine found what the generator did not foresee: a bug, never
    /// printed as a schedule.
    Flagged {
        /// The codes the engine reported.
        codes: Vec<&'static str>,
    },
}

/// A number that must be above zero.
fn positive(option: &'static str, v: f64) -> Result<f64, Refusal> {
    if v > EPS && v.is_finite() {
        Ok(v)
    } else {
        Err(Refusal::NotPositive { option, value: v })
    }
}

/// DOS005: a dose above the warning maximum is refused.
fn at_most_max(
    s: &Settings,
    med: Medication,
    option: &'static str,
    mg: f64,
) -> Result<(), Refusal> {
    let g = med.group();
    match s.dos005.warning_mg.get(g) {
        Some(max) if mg > max + EPS => Err(Refusal::OverLimit {
            rule: "DOS005",
            key: format!("dos005.warning_mg.{}", g.key()),
            option,
            value: mg,
            limit: max,
        }),
        _ => Ok(()),
    }
}

/// The rounding step of advised doses for a group (`dosing_step`).
fn dosing_step(s: &Settings, g: Group) -> f64 {
    s.dosing_step.get(g).unwrap_or(1.0)
}

/// `x` rounded down to a multiple of `step`.
fn floor_to(x: f64, step: f64) -> f64 {
    ((x + EPS) / step).floor() * step
}

/// The parameters of a titration for one group, read from the settings
/// and narrowed by the request.
struct Limits {
    first: f64,
    step: f64,
    induction_every: i64,
    maintenance_every: i64,
    /// DOS004's cap, in days 1-`early` (induction episodes only).
    weekly_cap: Option<f64>,
    early: i64,
    window: i64,
    round: f64,
}

impl Limits {
    /// The parameters in force for `med` with no narrowing: the step limit,
    /// the induction interval, DOS004's cap when `induction`.
    fn of(s: &Settings, med: Medication, first: f64, induction: bool) -> Limits {
        let g = med.group();
        let every = s.dos003.induction_interval_days.get(g).unwrap_or(1.0);
        let induction_every = (every.ceil() as i64).max(1);
        Limits {
            first,
            step: s.dos002.step_mg.get(g).unwrap_or(f64::INFINITY),
            induction_every,
            maintenance_every: (s.dos003.maintenance_interval_days.ceil() as i64)
                .max(induction_every),
            weekly_cap: s.dos004.cap_mg.get(g).filter(|_| induction),
            early: s.general.early_phase_days,
            window: s.general.titration_window_days,
            round: dosing_step(s, g),
        }
    }
}

fn limits(r: &InductionRequest, s: &Settings) -> Result<Limits, Refusal> {
    let g = r.medication.group();
    let key = g.key();
    positive("--target-mg", r.target_mg)?;
    at_most_max(s, r.medication, "--target-mg", r.target_mg)?;
    let mut l = Limits::of(s, r.medication, 0.0, true);
    let first_limit = s.dos001.warning_mg.get(g).unwrap_or(r.target_mg);
    l.first = match r.first_mg {
        Some(f) => {
            positive("--first-mg", f)?;
            if f > first_limit + EPS {
                return Err(Refusal::OverLimit {
                    rule: "DOS001",
                    key: format!("dos001.warning_mg.{key}"),
                    option: "--first-mg",
                    value: f,
                    limit: first_limit,
                });
            }
            f
        }
        None => floor_to(first_limit, l.round).max(l.round),
    }
    .min(r.target_mg);
    if let Some(st) = r.step_mg {
        positive("--step-mg", st)?;
        if st > l.step + EPS {
            return Err(Refusal::OverLimit {
                rule: "DOS002",
                key: format!("dos002.step_mg.{key}"),
                option: "--step-mg",
                value: st,
                limit: l.step,
            });
        }
        l.step = st;
    }
    let every_limit = s.dos003.induction_interval_days.get(g).unwrap_or(1.0);
    if let Some(e) = r.every_days {
        if (e as f64) + EPS < every_limit {
            return Err(Refusal::UnderLimit {
                rule: "DOS003",
                key: format!("dos003.induction_interval_days.{key}"),
                option: "--every-days",
                value: e as f64,
                limit: every_limit,
            });
        }
        l.induction_every = e.max(1);
        l.maintenance_every = l.maintenance_every.max(l.induction_every);
    }
    Ok(l)
}

/// The days (from 1) on which the dose changes, with the dose from that day
/// on: from `l.first` up to `target` as fast as `l` allows.
fn titrate(l: &Limits, target: f64) -> Result<Vec<(i64, f64)>, Refusal> {
    let mut changes: Vec<(i64, f64)> = vec![(1, l.first)];
    let mut dose = l.first;
    let mut last_up = 1i64;
    let mut day = 1i64;
    while dose + EPS < target {
        day += 1;
        if day > MAX_DAYS {
            return Err(Refusal::TooLong { days: day });
        }
        let every = if day <= l.window {
            l.induction_every
        } else {
            l.maintenance_every
        };
        if day - last_up < every {
            continue;
        }
        let mut up = l.step.min(target - dose);
        if let Some(cap) = l.weekly_cap.filter(|_| day <= l.early) {
            // DOS004: the increases in any 7 days within days 1-early.
            let recent: f64 = changes
                .windows(2)
                .filter(|w| w[1].0 > day - 7 && w[1].0 <= l.early)
                .map(|w| w[1].1 - w[0].1)
                .sum();
            up = up.min(cap - recent);
        }
        // Round down to the dosing step, unless this increase reaches the
        // target exactly.
        if (dose + up - target).abs() > EPS {
            up = floor_to(up, l.round);
        }
        if up <= EPS {
            continue;
        }
        dose += up;
        changes.push((day, dose));
        last_up = day;
    }
    Ok(changes)
}

/// The runs of a titration from `start`: `first` names day 1, the target
/// is held [`HOLD_DAYS`] (and at least to day `min_last`).
fn titration_runs(
    changes: &[(i64, f64)],
    start: NaiveDate,
    min_last: i64,
    med: Medication,
    first: Step,
) -> Vec<Entry> {
    let at = |d: i64| start + Duration::days(d - 1);
    let reached = changes[changes.len() - 1].0;
    let mut entries = Vec::new();
    for (i, &(d, mg)) in changes.iter().enumerate() {
        let last = match changes.get(i + 1) {
            Some(&(next, _)) => next - 1,
            None => (reached + HOLD_DAYS - 1).max(min_last),
        };
        let step = if i == 0 && (changes.len() > 1 || first == Step::Restart) {
            first
        } else if i + 1 == changes.len() {
            Step::Target
        } else {
            Step::Increase
        };
        entries.push(Entry::run(at(d), at(last), mg, med, step));
    }
    entries
}

/// The fastest induction to the target that the parameters allow (or the
/// slower one `--step-mg` / `--every-days` ask for), every day supervised.
/// Not yet asked of the rules: [`induction`] does that.
pub fn plan_induction(r: &InductionRequest, s: &Settings) -> Result<Schedule, Refusal> {
    if r.medication.is_depot() || r.medication == Medication::MorphineSr12h {
        return Err(Refusal::Medication(r.medication));
    }
    let l = limits(r, s)?;
    let changes = titrate(&l, r.target_mg)?;
    let entries = titration_runs(&changes, r.start, l.early, r.medication, Step::FirstDay);
    let mut sch = Schedule::new(Kind::Induction, r.medication, r.setting, entries);
    sch.target_reached = r.start + Duration::days(changes[changes.len() - 1].0 - 1);
    Ok(sch)
}

/// A dose as the case format writes it: `30`, `2.5`.
pub fn mg_text(mg: f64) -> String {
    let r = (mg * 1000.0).round() / 1000.0;
    if (r - r.round()).abs() < EPS {
        format!("{}", r.round() as i64)
    } else {
        format!("{r}")
    }
}

/// Whether the entries of `s` name their medication: every entry of a
/// schedule that doses more than one.
pub fn names_medication(s: &Schedule) -> bool {
    s.entries
        .iter()
        .any(|e| e.medication != s.entries[0].medication)
        || s.before
            .is_some_and(|b| b.medication != s.entries[0].medication)
}

/// The schedule as `[[plan]]` entries to paste into a case file (a zero
/// day is a comment: a day without a plan entry is a day without a dose;
/// an injection is an `[[injections]]` entry, recorded once given).
pub fn plan_toml(s: &Schedule) -> String {
    let named = names_medication(s);
    let mut t = String::new();
    for (i, e) in s.entries.iter().enumerate() {
        if i > 0 {
            t.push('\n');
        }
        if e.is_zero_day() {
            t.push_str(&format!("# {}: zero day, no dose\n", e.from));
            continue;
        }
        if let Some(p) = e.product {
            t.push_str(&format!(
                "# record once given: [[injections]] are history\n[[injections]]\ndate = {}\nmg = {}\nproduct = \"{}\"\n",
                e.from,
                mg_text(e.mg),
                p.as_str()
            ));
            continue;
        }
        if !e.split.is_empty() {
            let parts: Vec<String> = e.split.iter().map(|x| mg_text(*x)).collect();
            t.push_str(&format!("# {} mg\n", parts.join(" + ")));
        }
        t.push_str(&format!(
            "[[plan]]\nfrom = {}\nto = {}\nmg = {}\n",
            e.from,
            e.to,
            mg_text(e.mg)
        ));
        if named {
            t.push_str(&format!("medication = \"{}\"\n", e.medication.as_str()));
        }
        t.push_str(&format!("supervised = {}\n", e.supervised));
    }
    if let Some(e) = s.ended {
        t.push_str(&format!("\n# and in [treatment]: ended = {e}\n"));
    }
    t
}

/// Days of the dose before a schedule written into the checked case (four
/// weeks: longer than every window the switch and taper rules read).
const BEFORE_DAYS: i64 = 28;

/// The day the schedule is checked on: its first day, or the day after its
/// last injection (`[[injections]]` are history).
pub fn check_day(s: &Schedule) -> NaiveDate {
    s.entries
        .iter()
        .filter(|e| e.product.is_some())
        .map(|e| e.from + Duration::days(1))
        .max()
        .unwrap_or_else(|| s.start())
}

/// The schedule as a case of its own, checked on [`check_day`]: a new
/// patient whose every dose is the plan, or a patient in treatment (a year
/// in LAR) on the dose before for four weeks.
pub fn case_toml(s: &Schedule) -> String {
    let start = s.start();
    let medication = s.before.map_or(s.entries[0].medication, |b| b.medication);
    let mut t = String::from("schema = 1\n\n[patient]\nid = \"schedule\"\n");
    if let Some(w) = s.pregnancy_week {
        t.push_str(&format!("sex = \"female\"\npregnancy_week = {w}\n"));
    }
    t.push_str(&format!(
        "\n[treatment]\nmedication = \"{}\"\nas_of = {}\nsetting = \"{}\"\n",
        medication.as_str(),
        check_day(s),
        s.setting.as_str()
    ));
    if let Some(e) = s.ended {
        t.push_str(&format!("ended = {e}\n"));
    }
    if let Some(b) = s.before {
        t.push_str(&format!("started_lar = {}\n", start - Duration::days(365)));
        t.push_str(&format!(
            "\n[[doses]]\nfrom = {}\nto = {}\nmg = {}\nmedication = \"{}\"\n",
            start - Duration::days(BEFORE_DAYS),
            start - Duration::days(1),
            mg_text(b.mg),
            b.medication.as_str()
        ));
    }
    t.push('\n');
    t.push_str(&plan_toml(s).replace("# record once given: [[injections]] are history\n", ""));
    t
}

/// The rule families a schedule must never trip.
pub const FAMILIES: [&str; 5] = ["DOS", "MIS", "SWI", "TAP", "PRG"];

/// What the engine said about a schedule, within [`FAMILIES`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    /// Warning and critical findings: the checker disagrees.
    pub flagged: Vec<&'static str>,
    /// Info findings (SWI007, SWI008, PRG003): notes, not flags.
    pub info: Vec<&'static str>,
}

/// The family findings of a report, as (code, severity, message).
fn family_findings(r: &crate::report::CaseReport) -> Vec<(&'static str, Severity, String)> {
    r.findings
        .iter()
        .filter(|f| FAMILIES.iter().any(|p| f.code.starts_with(p)))
        .map(|f| (f.code, f.severity, f.message.clone()))
        .collect()
}

/// Sorts findings into [`Checked`].
fn sort_checked(found: impl IntoIterator<Item = (&'static str, Severity)>) -> Checked {
    let mut c = Checked::default();
    for (code, sev) in found {
        let list = if sev > Severity::Info {
            &mut c.flagged
        } else {
            &mut c.info
        };
        if !list.contains(&code) {
            list.push(code);
        }
    }
    c
}

/// Asks the rules: the findings of [`FAMILIES`] the engine reports on the
/// schedule put into a case (no `flagged`: the checker agrees).
pub fn verify(s: &Schedule, config: &Config) -> Result<Checked, String> {
    let text = case_toml(s);
    let opts = crate::input::LoadOptions {
        fallback_as_of: None,
        view_as_of: None,
        catalogue: &config.catalogue,
        settings: &config.settings,
        lang: config.lang,
    };
    let case = crate::input::parse_with(&text, &opts).map_err(|e| format!("{e:?}"))?;
    let report = crate::engine::check("<schedule>", &case, check_day(s), false, config)
        .map_err(|e| format!("{e:?}"))?;
    Ok(sort_checked(
        family_findings(&report).into_iter().map(|(c, v, _)| (c, v)),
    ))
}

/// Asks the rules about a schedule that continues a real case (`schedule
/// restart`): the case with its `[[plan]]` replaced by the schedule, against
/// the same case without a plan. A finding of the history (MIS001 itself,
/// an old DOS002) is in both; what the schedule adds is `flagged` or `info`.
pub fn verify_in_case(
    s: &Schedule,
    case: &crate::case::Case,
    as_of: NaiveDate,
    config: &Config,
) -> Result<Checked, String> {
    let mut bare = case.clone();
    bare.plan.clear();
    let mut planned = bare.clone();
    planned.plan = s
        .entries
        .iter()
        .filter(|e| !e.is_zero_day() && e.product.is_none())
        .map(|e| crate::case::DoseEntry {
            from: e.from,
            to: e.to,
            mg: e.mg,
            medication: e.medication,
            supervised: e.supervised,
            every: 1,
            line: 0,
        })
        .collect();
    let run = |c: &crate::case::Case| {
        crate::engine::check("<schedule>", c, as_of, false, config)
            .map(|r| family_findings(&r))
            .map_err(|e| format!("{e:?}"))
    };
    let before = run(&bare)?;
    let after = run(&planned)?;
    Ok(sort_checked(
        after
            .into_iter()
            .filter(|f| !before.contains(f))
            .map(|(c, v, _)| (c, v)),
    ))
}

/// A schedule the checker agrees with, its info findings as notes; a
/// schedule it would flag is refused (a bug: never printed).
pub fn agreed(mut s: Schedule, checked: Result<Checked, String>) -> Result<Schedule, Refusal> {
    match checked {
        Ok(c) if c.flagged.is_empty() => {
            s.notes.extend(c.info.into_iter().map(Note::Checker));
            Ok(s)
        }
        Ok(c) => Err(Refusal::Flagged { codes: c.flagged }),
        Err(_) => Err(Refusal::Flagged { codes: vec![] }),
    }
}

/// `schedule induction`: the plan, asked of the rules.
pub fn induction(r: &InductionRequest, config: &Config) -> Result<Schedule, Refusal> {
    let s = plan_induction(r, &config.settings)?;
    let checked = verify(&s, config);
    agreed(s, checked)
}

mod restart;
mod switch;
mod taper;

pub use restart::{plan_restart, restart};
pub use switch::{SwitchRequest, plan_switch, switch};
pub use taper::{TaperRequest, plan_taper, taper};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod kinds_tests;
