//! Derived facts (rules.md "Derived facts"), computed once per case.
//!
//! One pass over the days from the first record to the end of the plan
//! builds the day-by-day history; a second pass over the same days builds
//! episodes, dose changes and missed runs. Both are linear in the number of
//! days; nothing here reads the clock or prints.

use crate::case::{Case, DepotProduct, Medication};
use crate::config::Settings;
use chrono::{Duration, NaiveDate};

/// One LAR dose given (or planned) on one day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayDose {
    /// Medication.
    pub med: Medication,
    /// Daily dose (`mg ÷ every`).
    pub daily_mg: f64,
    /// One administration (`mg`).
    pub admin_mg: f64,
    /// Taken under supervision.
    pub supervised: bool,
    /// From `[[plan]]`.
    pub planned: bool,
    /// Line of the record in the case file.
    pub line: usize,
    /// A sublingual buprenorphine dose inside a depot interval: judged by
    /// DOS005 only, starts no episode, makes no change.
    pub supplement: bool,
}

impl DayDose {
    /// The dose a `[[doses]]` or `[[plan]]` entry gives on each of its days.
    pub fn of(e: &crate::case::DoseEntry, planned: bool) -> DayDose {
        DayDose {
            med: e.medication,
            daily_mg: e.daily_mg(),
            admin_mg: e.mg,
            supervised: e.supervised,
            planned,
            line: e.line,
            supplement: false,
        }
    }
}

/// What a day was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// At least one LAR dose (or an injection).
    Dosed,
    /// Listed in `[[missed]]`.
    Missed {
        /// A zero day by decision.
        planned: bool,
    },
    /// Nothing recorded before `as_of`: treated as missed (DAT002).
    Unrecorded,
    /// A day on or after `as_of` between plan entries with no planned dose.
    PlanGap,
    /// A day from `as_of` up to the first plan entry: not planned yet,
    /// neither dosed nor missed (an `--as-of` view of an earlier morning
    /// leaves the old plan in the future).
    Unplanned,
    /// Covered by a depot injection.
    Depot,
    /// After `treatment.ended`.
    Ended,
}

impl DayKind {
    /// Counts toward a missed run (no LAR dose that day).
    pub fn is_gap(self) -> bool {
        matches!(
            self,
            DayKind::Missed { .. } | DayKind::Unrecorded | DayKind::PlanGap
        )
    }
}

/// One calendar day of the record.
#[derive(Debug, Clone)]
pub struct Day {
    /// The date.
    pub date: NaiveDate,
    /// Its kind.
    pub kind: DayKind,
    /// Doses given (usually one; two on a switch day).
    pub doses: Vec<DayDose>,
    /// Index into `case.injections` of an injection given this day.
    pub injection: Option<usize>,
}

impl Day {
    /// The non-supplement dose of `med`, if any.
    pub fn dose_of(&self, med: Medication) -> Option<&DayDose> {
        self.doses.iter().find(|d| d.med == med && !d.supplement)
    }

    /// Medications dosed this day (supplements excluded; depot on
    /// injection days).
    pub fn meds(&self) -> impl Iterator<Item = Medication> + '_ {
        self.doses
            .iter()
            .filter(|d| !d.supplement)
            .map(|d| d.med)
            .chain(self.injection.map(|_| Medication::BuprenorphineDepot))
    }
}

/// Kind of episode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EpisodeKind {
    /// First start, a start after a re-induction run, or a start with no LAR
    /// medication in the 7 days before.
    Induction,
    /// Another LAR medication was taken in the 7 days before.
    Switch,
    /// The record begins mid-treatment.
    Continuation,
}

/// The medication an episode follows (for switches).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Previous {
    /// The outgoing medication.
    pub med: Medication,
    /// Its last dose day before the new episode's first dose.
    pub last_day: NaiveDate,
    /// Its last daily dose before the new episode's first dose.
    pub last_daily_mg: f64,
}

/// A run of dosing days on one medication.
#[derive(Debug, Clone)]
pub struct Episode {
    /// Medication.
    pub med: Medication,
    /// Kind.
    pub kind: EpisodeKind,
    /// The first dose record of the episode.
    pub first_day: NaiveDate,
    /// Day 1, when known (`None`: a continuation without `medication_since`).
    pub start: Option<NaiveDate>,
    /// The last dose day (history or plan).
    pub last_day: NaiveDate,
    /// For a switch: the outgoing medication.
    pub previous: Option<Previous>,
    /// The missed run just before the first dose (0 if none).
    pub run_before: i64,
    /// The medication dosed last before that run, with its last daily dose.
    pub before_run: Option<Previous>,
    /// Started because a missed run required re-induction.
    pub reinduction: bool,
    /// Same molecule, another product, at an unchanged daily dose.
    pub product_change: bool,
    /// For a product change: the episode of the other product it continues.
    pub origin: Option<usize>,
    /// A buprenorphine micro-induction (SWI008).
    pub micro: bool,
}

impl Episode {
    /// Day number of `date` in this episode (1-based), when the start is known.
    pub fn day_of(&self, date: NaiveDate) -> Option<i64> {
        self.start.map(|s| (date - s).num_days() + 1)
    }

    /// Induction or switch: the induction rules may apply.
    pub fn is_start(&self) -> bool {
        matches!(self.kind, EpisodeKind::Induction | EpisodeKind::Switch)
    }
}

/// A change of daily dose between two successive dosing days of one
/// medication within one episode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// The day of the new dose.
    pub date: NaiveDate,
    /// The previous dosing day.
    pub prev_date: NaiveDate,
    /// Medication.
    pub med: Medication,
    /// Episode index.
    pub episode: usize,
    /// Daily dose before.
    pub from_mg: f64,
    /// Daily dose after.
    pub to_mg: f64,
    /// The first dose after a missed run (MIS002 judges it).
    pub after_missed_run: bool,
    /// Dated on or after `as_of`.
    pub planned: bool,
}

impl Change {
    /// Positive for an increase.
    pub fn delta(&self) -> f64 {
        self.to_mg - self.from_mg
    }
    /// An increase.
    pub fn is_increase(&self) -> bool {
        self.delta() > 1e-9
    }
    /// A reduction.
    pub fn is_reduction(&self) -> bool {
        self.delta() < -1e-9
    }
}

/// A missed run followed by a dose (in history or plan), or the run before
/// `as_of`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MissedRun {
    /// First day without a dose.
    pub from: NaiveDate,
    /// Last day without a dose.
    pub to: NaiveDate,
    /// Length in days.
    pub days: i64,
    /// Of which unrecorded.
    pub unrecorded: i64,
    /// The medication dosed last before the run, its last day and dose.
    pub before: Option<Previous>,
    /// The day after the run (a restart day or `as_of`).
    pub next_day: NaiveDate,
}

/// Phase on `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Days 1-14 of an induction episode.
    Induction,
    /// Days 1-14 of a switch episode.
    Switch,
    /// Maintenance.
    Maintenance,
    /// Two or more recent reductions and no increase.
    Taper,
    /// Treatment ended before `as_of`.
    Ended,
}

impl Phase {
    /// The spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Induction => "induction",
            Phase::Switch => "switch",
            Phase::Maintenance => "maintenance",
            Phase::Taper => "taper",
            Phase::Ended => "ended",
        }
    }
}

/// Everything derived from one case.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The day of the check.
    pub as_of: NaiveDate,
    /// Every day from the first record to the end of the plan.
    pub days: Vec<Day>,
    /// Episodes in order of their first dose.
    pub episodes: Vec<Episode>,
    /// Dose changes in date order.
    pub changes: Vec<Change>,
    /// Missed runs that ended in a dose, in date order.
    pub restarts: Vec<MissedRun>,
    /// The missed run immediately before `as_of` (history only), if any.
    pub run_before_as_of: Option<MissedRun>,
    /// The episode in force on `as_of` (of `treatment.medication`), if any.
    pub current_episode: Option<usize>,
    /// `as_of` is day 1 of a re-induction (the run before it requires one).
    pub reinduction_due: bool,
    /// Phase on `as_of`.
    pub phase: Phase,
    /// Episode day on `as_of`, when the start is known.
    pub episode_day: Option<i64>,
    /// Current daily dose.
    pub current_dose_mg: Option<f64>,
    /// First day of the methadone-family treatment now, when known.
    pub methadone_family_start: Option<NaiveDate>,
    /// Early treatment (phase induction or switch).
    pub early: bool,
}

impl Facts {
    /// The index of `date` in `days`, if inside the record.
    pub fn index(&self, date: NaiveDate) -> Option<usize> {
        let first = self.days.first()?.date;
        let i = (date - first).num_days();
        (i >= 0 && (i as usize) < self.days.len()).then_some(i as usize)
    }

    /// The day record for `date`.
    pub fn day(&self, date: NaiveDate) -> Option<&Day> {
        self.index(date).map(|i| &self.days[i])
    }

    /// The episode a chain of product changes started from.
    pub fn root(&self, mut ei: usize) -> usize {
        while let Some(o) = self.episodes[ei].origin {
            if o >= ei {
                break;
            }
            ei = o;
        }
        ei
    }

    /// The episode that `date`'s dose of `med` belongs to.
    pub fn episode_of(&self, med: Medication, date: NaiveDate) -> Option<usize> {
        self.episodes
            .iter()
            .rposition(|e| e.med == med && e.first_day <= date && date <= e.last_day)
    }
}

/// Why the facts could not be computed (an input problem found late).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FactsError(pub String);

/// The injection interval of a product.
pub fn interval_days(product: DepotProduct, s: &Settings) -> i64 {
    match product {
        DepotProduct::Weekly => s.mis004.weekly_interval_days,
        DepotProduct::Monthly => s.mis004.monthly_interval_days,
    }
}

/// Computes the facts for `case` on `as_of`.
pub fn derive(case: &Case, as_of: NaiveDate, s: &Settings) -> Result<Facts, FactsError> {
    let days = build_days(case, as_of, s)?;
    let mut f = Facts {
        as_of,
        days,
        episodes: Vec::new(),
        changes: Vec::new(),
        restarts: Vec::new(),
        run_before_as_of: None,
        current_episode: None,
        reinduction_due: false,
        phase: Phase::Maintenance,
        episode_day: None,
        current_dose_mg: None,
        methadone_family_start: None,
        early: false,
    };
    episodes(case, &mut f, s);
    current(case, &mut f, s);
    Ok(f)
}

fn build_days(case: &Case, as_of: NaiveDate, s: &Settings) -> Result<Vec<Day>, FactsError> {
    let first = case
        .doses
        .iter()
        .map(|d| d.from)
        .chain(case.injections.iter().map(|i| i.date))
        .chain(case.missed.iter().map(|m| m.from))
        .chain(case.plan.iter().map(|p| p.from))
        .min();
    let Some(first) = first else {
        return Ok(Vec::new());
    };
    let plan_end = case.plan.iter().map(|p| p.to).max();
    let last = plan_end.map_or(as_of - Duration::days(1), |p| {
        p.max(as_of - Duration::days(1))
    });
    if last < first {
        return Ok(Vec::new());
    }
    let n = (last - first).num_days() + 1;
    if n > s.general.max_history_days {
        return Err(FactsError(format!(
            "the record spans {n} days ({first} to {last}), more than the {} allowed; is a year mistyped?",
            s.general.max_history_days
        )));
    }
    let mut days: Vec<Day> = (0..n)
        .map(|i| Day {
            date: first + Duration::days(i),
            kind: DayKind::Unrecorded,
            doses: Vec::new(),
            injection: None,
        })
        .collect();
    let ix = |d: NaiveDate| (d - first).num_days() as usize;
    for (entries, planned) in [(&case.doses, false), (&case.plan, true)] {
        for e in entries.iter() {
            for day in &mut days[ix(e.from)..=ix(e.to)] {
                day.doses.push(DayDose::of(e, planned));
            }
        }
    }
    for (n, inj) in case.injections.iter().enumerate() {
        days[ix(inj.date)].injection = Some(n);
    }
    for m in &case.missed {
        for day in &mut days[ix(m.from)..=ix(m.to)] {
            if day.doses.is_empty() {
                day.kind = DayKind::Missed { planned: m.planned };
            }
        }
    }
    // An alternate-day entry whose last day is a dosing day also covers the
    // off days after it ("the off day of an alternate-day entry is dosed"):
    // 70 mg every other day given on the 9th covers the 10th. Only days with
    // no other record are filled.
    let ended = case.treatment.ended;
    for (entries, planned) in [(&case.doses, false), (&case.plan, true)] {
        for e in entries.iter().filter(|e| e.every > 1) {
            if (e.to - e.from).num_days() % i64::from(e.every) != 0 {
                continue;
            }
            for k in 1..i64::from(e.every) {
                let d = e.to + Duration::days(k);
                if ended.is_some_and(|x| d > x) || (!planned && d >= as_of) {
                    break;
                }
                let Some(day) = days.get_mut(ix(d)) else {
                    break;
                };
                if !day.doses.is_empty() || day.kind != DayKind::Unrecorded {
                    break;
                }
                day.doses.push(DayDose::of(e, planned));
            }
        }
    }
    // Depot coverage and the kinds of days without doses.
    let first_plan = case.plan.iter().map(|p| p.from).min();
    // Days from as_of up to the first plan entry continue a missed run that
    // was already going on before as_of (a plan that resumes later leaves
    // those days without a dose); otherwise they are not planned yet.
    let mut run_into_plan = false;
    let mut prev_gap = false;
    let mut depot_until: Option<NaiveDate> = None; // last day inside an injection's interval
    let mut depot_active = false;
    for day in days.iter_mut() {
        if let Some(n) = day.injection {
            let inj = &case.injections[n];
            let end = inj.date + Duration::days(interval_days(inj.product, s) - 1);
            depot_until = Some(depot_until.map_or(end, |u| u.max(end)));
            depot_active = true;
        }
        let inside = depot_until.is_some_and(|u| day.date <= u);
        for d in day.doses.iter_mut() {
            if depot_active && inside && d.med.is_buprenorphine_family() {
                d.supplement = true;
            }
        }
        if depot_active && !inside && day.doses.iter().any(|d| !d.supplement) {
            depot_active = false;
        }
        if day.date == as_of {
            run_into_plan = prev_gap;
        }
        let ended = case.treatment.ended.is_some_and(|e| day.date > e);
        day.kind = if day.doses.iter().any(|d| !d.supplement) || day.injection.is_some() {
            DayKind::Dosed
        } else if ended {
            DayKind::Ended
        } else if depot_active {
            DayKind::Depot
        } else if let DayKind::Missed { planned } = day.kind {
            DayKind::Missed { planned }
        } else if day.date >= as_of && first_plan.is_none_or(|f| day.date < f) && !run_into_plan {
            DayKind::Unplanned
        } else if day.date >= as_of {
            DayKind::PlanGap
        } else {
            DayKind::Unrecorded
        };
        prev_gap = day.kind.is_gap();
    }
    Ok(days)
}

fn previous_of(
    last: &[(Medication, NaiveDate, f64)],
    except: Medication,
    since: NaiveDate,
) -> Option<Previous> {
    last.iter()
        .filter(|(m, d, _)| *m != except && *d >= since)
        .max_by_key(|(m, d, _)| (*d, *m))
        .map(|&(med, last_day, last_daily_mg)| Previous {
            med,
            last_day,
            last_daily_mg,
        })
}

fn episodes(case: &Case, f: &mut Facts, s: &Settings) {
    // last dose per medication: (med, day, daily mg)
    let mut last: Vec<(Medication, NaiveDate, f64)> = Vec::new();
    let mut open: Vec<(Medication, usize)> = Vec::new(); // latest episode per medication
    let mut run = 0i64;
    let mut run_unrecorded = 0i64;
    let mut run_from: Option<NaiveDate> = None;
    let mut before_run: Option<Previous> = None;
    let mut any_dose_before = false;
    let started_lar = case.treatment.started_lar;
    for di in 0..f.days.len() {
        let date = f.days[di].date;
        let kind = f.days[di].kind;
        if kind != DayKind::Dosed {
            if kind.is_gap() {
                if run == 0 {
                    run_from = Some(date);
                    before_run = last_dosed(&last, &f.episodes);
                }
                run += 1;
                if kind == DayKind::Unrecorded {
                    run_unrecorded += 1;
                }
            } else {
                run = 0;
                run_unrecorded = 0;
            }
            continue;
        }
        if run > 0 && any_dose_before {
            f.restarts.push(MissedRun {
                from: run_from.unwrap_or(date),
                to: date - Duration::days(1),
                days: run,
                unrecorded: run_unrecorded,
                before: before_run,
                next_day: date,
            });
        }
        let meds: Vec<Medication> = {
            let mut m: Vec<Medication> = f.days[di].meds().collect();
            m.sort();
            m.dedup();
            m
        };
        let prev_any = last_dosed(&last, &f.episodes);
        for &med in &meds {
            let mine = last.iter().find(|x| x.0 == med).copied();
            let replaced =
                mine.is_some_and(|(_, d, _)| last.iter().any(|(m, od, _)| *m != med && *od > d));
            let reinduce_after = |p: Option<Previous>| -> bool {
                p.is_some_and(|p| {
                    s.mis001
                        .reinduce_days(p.med.group())
                        .is_some_and(|r| run >= r)
                })
            };
            let cont = open.iter().find(|x| x.0 == med).map(|x| x.1);
            if let (Some(ei), Some(_)) = (cont, mine)
                && !replaced
                && !reinduce_after(prev_any)
            {
                f.episodes[ei].last_day = date;
                continue;
            }
            // A new episode.
            let window = date - Duration::days(s.general.switch_window_days);
            let switch_from = previous_of(&last, med, window);
            let (kind, reinduction) = if !any_dose_before {
                if started_lar.is_some_and(|sl| sl < date) {
                    (EpisodeKind::Continuation, false)
                } else {
                    (EpisodeKind::Induction, false)
                }
            } else if reinduce_after(prev_any) {
                (EpisodeKind::Induction, true)
            } else if switch_from.is_some() {
                (EpisodeKind::Switch, false)
            } else {
                (EpisodeKind::Induction, false)
            };
            let today = f.days[di].dose_of(med).copied();
            let product_change = kind == EpisodeKind::Switch
                && switch_from.is_some_and(|p| {
                    p.med.same_molecule(med)
                        && today.is_some_and(|t| (t.daily_mg - p.last_daily_mg).abs() < 1e-9)
                });
            let micro = kind == EpisodeKind::Switch
                && med.is_buprenorphine_family()
                && !med.is_depot()
                && switch_from.is_some_and(|p| p.med.is_methadone_family())
                && today.is_some_and(|t| t.daily_mg <= s.swi008.max_first_dose_mg + 1e-9)
                && f.days[di].meds().any(|m| m.is_methadone_family());
            let start = match kind {
                EpisodeKind::Continuation => {
                    if med == case.treatment.medication {
                        case.treatment.medication_since
                    } else {
                        None
                    }
                }
                _ => Some(date),
            };
            f.episodes.push(Episode {
                med,
                kind,
                first_day: date,
                start,
                last_day: date,
                previous: if kind == EpisodeKind::Switch {
                    switch_from
                } else {
                    None
                },
                run_before: if any_dose_before { run } else { 0 },
                before_run: if any_dose_before && run > 0 {
                    prev_any
                } else {
                    None
                },
                reinduction,
                product_change,
                origin: if product_change {
                    switch_from.and_then(|p| open.iter().find(|x| x.0 == p.med).map(|x| x.1))
                } else {
                    None
                },
                micro,
            });
            let ei = f.episodes.len() - 1;
            match open.iter_mut().find(|x| x.0 == med) {
                Some(x) => x.1 = ei,
                None => open.push((med, ei)),
            }
        }
        // Changes and last doses, after all of today's episodes exist.
        for d in f.days[di].doses.iter().filter(|d| !d.supplement) {
            let ep = open.iter().find(|x| x.0 == d.med).map(|x| x.1).unwrap_or(0);
            if let Some(&(_, pd, pmg)) = last.iter().find(|x| x.0 == d.med) {
                let same_episode = f.episodes[ep].first_day <= pd;
                if same_episode && (d.daily_mg - pmg).abs() > 1e-9 {
                    f.changes.push(Change {
                        date,
                        prev_date: pd,
                        med: d.med,
                        episode: ep,
                        from_mg: pmg,
                        to_mg: d.daily_mg,
                        after_missed_run: pd < date - Duration::days(1),
                        planned: date >= f.as_of,
                    });
                }
            }
        }
        for d in f.days[di].doses.iter().filter(|d| !d.supplement) {
            set_last(&mut last, d.med, date, d.daily_mg);
        }
        if f.days[di].injection.is_some() {
            set_last(&mut last, Medication::BuprenorphineDepot, date, 0.0);
        }
        any_dose_before = true;
        run = 0;
        run_unrecorded = 0;
    }
    // The run before as_of (history only: days before as_of).
    let mut n = 0i64;
    let mut unrec = 0i64;
    let mut i = f.index(f.as_of - Duration::days(1));
    while let Some(k) = i {
        let day = &f.days[k];
        if !day.kind.is_gap() || day.date >= f.as_of {
            break;
        }
        n += 1;
        if day.kind == DayKind::Unrecorded {
            unrec += 1;
        }
        i = k.checked_sub(1);
    }
    if n > 0 {
        let from = f.as_of - Duration::days(n);
        let mut lasts: Vec<(Medication, NaiveDate, f64)> = Vec::new();
        for day in f.days.iter().take_while(|d| d.date < from) {
            for d in day.doses.iter().filter(|d| !d.supplement) {
                set_last(&mut lasts, d.med, day.date, d.daily_mg);
            }
        }
        let before = last_dosed(&lasts, &f.episodes);
        if before.is_some() {
            f.run_before_as_of = Some(MissedRun {
                from,
                to: f.as_of - Duration::days(1),
                days: n,
                unrecorded: unrec,
                before,
                next_day: f.as_of,
            });
        }
    }
}

fn set_last(
    last: &mut Vec<(Medication, NaiveDate, f64)>,
    med: Medication,
    date: NaiveDate,
    mg: f64,
) {
    match last.iter_mut().find(|x| x.0 == med) {
        Some(x) => {
            x.1 = date;
            x.2 = mg;
        }
        None => last.push((med, date, mg)),
    }
}

/// The medication dosed last. When several were given on that day (an
/// overlap), the one whose episode started latest: the patient goes on with
/// the incoming medication.
fn last_dosed(last: &[(Medication, NaiveDate, f64)], episodes: &[Episode]) -> Option<Previous> {
    let latest = last.iter().map(|x| x.1).max()?;
    let started = |m: Medication| {
        episodes
            .iter()
            .rev()
            .find(|e| e.med == m && e.first_day <= latest)
            .map(|e| e.first_day)
    };
    let pick = last
        .iter()
        .filter(|x| x.1 == latest)
        .max_by_key(|x| (started(x.0), x.0))?;
    Some(Previous {
        med: pick.0,
        last_day: pick.1,
        last_daily_mg: pick.2,
    })
}

fn current(case: &Case, f: &mut Facts, s: &Settings) {
    let med = case.treatment.medication;
    let as_of = f.as_of;
    // Current dose: the plan for as_of, else the last dose before it.
    let planned = f
        .day(as_of)
        .and_then(|d| d.dose_of(med))
        .map(|d| d.daily_mg);
    let before = f
        .days
        .iter()
        .rev()
        .filter(|d| d.date < as_of)
        .find_map(|d| d.dose_of(med).map(|x| x.daily_mg));
    f.current_dose_mg = planned.or(before);

    // Does the missed run before as_of require re-induction?
    if let Some(run) = &f.run_before_as_of
        && let Some(b) = run.before
        && s.mis001
            .reinduce_days(b.med.group())
            .is_some_and(|r| run.days >= r)
    {
        f.reinduction_due = true;
    }
    f.current_episode = f
        .episodes
        .iter()
        .rposition(|e| e.med == med && e.first_day <= as_of);

    let mut product_change_only = false;
    if case.treatment.ended.is_some_and(|e| e < as_of) {
        f.phase = Phase::Ended;
    } else if f.reinduction_due
        && f.current_episode
            .is_none_or(|e| f.episodes[e].first_day < as_of)
    {
        // as_of is day 1 of a new induction episode.
        f.phase = Phase::Induction;
        f.episode_day = Some(1);
    } else if let Some(ei) = f.current_episode {
        f.episode_day = f.episodes[ei].day_of(as_of);
        // A product change (buprenorphine ↔ buprenorphine-naloxone at the
        // same dose) starts no early phase of its own, but it does not end
        // the one it happened in: the phase follows the episode it
        // continues (a patient switched product on day 5 of an induction is
        // still in induction).
        let e = &f.episodes[f.root(ei)];
        let early = e
            .day_of(as_of)
            .is_some_and(|d| d <= s.general.early_phase_days);
        f.phase = match e.kind {
            EpisodeKind::Switch if early && !e.product_change => Phase::Switch,
            EpisodeKind::Induction if early => Phase::Induction,
            EpisodeKind::Continuation if early => {
                if case
                    .treatment
                    .started_lar
                    .is_some_and(|sl| Some(sl) < e.start)
                {
                    Phase::Switch
                } else {
                    Phase::Induction
                }
            }
            _ => taper_or_maintenance(f, med, s),
        };
        // Outside an early root phase, a product change is still "days 1-14
        // of a switch episode" (phase switch), but not early treatment.
        let own = &f.episodes[ei];
        let own_early = own
            .day_of(as_of)
            .is_some_and(|d| d <= s.general.early_phase_days);
        if own.product_change && !matches!(f.phase, Phase::Induction | Phase::Switch) && own_early {
            f.phase = Phase::Switch;
            product_change_only = true;
        }
    } else if f
        .days
        .iter()
        .any(|d| d.date < as_of && d.kind == DayKind::Dosed)
    {
        // The current medication has not been given yet: as_of is day 1 of
        // its start, a switch when another LAR medication was taken in the
        // switch window.
        let window = as_of - Duration::days(s.general.switch_window_days);
        let recent = f
            .days
            .iter()
            .rev()
            .filter(|d| d.date < as_of && d.date >= window)
            .any(|d| d.kind == DayKind::Dosed);
        f.phase = if recent {
            Phase::Switch
        } else {
            Phase::Induction
        };
        f.episode_day = Some(1);
    } else if let Some(sl) = case.treatment.started_lar.filter(|sl| *sl < as_of) {
        // In LAR already, but the record holds no doses (a case written to
        // check prescriptions or screens): a continuation of unknown start
        // unless `medication_since` dates it (case-format.md "Episodes").
        let since = case.treatment.medication_since;
        f.episode_day = since.map(|m| (as_of - m).num_days() + 1);
        let early = f
            .episode_day
            .is_some_and(|d| d <= s.general.early_phase_days);
        f.phase = match since {
            Some(m) if early && sl < m => Phase::Switch,
            Some(_) if early => Phase::Induction,
            _ => Phase::Maintenance,
        };
    } else {
        // Nothing given yet: as_of is day 1 of the first start.
        f.phase = Phase::Induction;
        f.episode_day = Some(1);
    }
    f.early = matches!(f.phase, Phase::Induction | Phase::Switch) && !product_change_only;

    // Methadone-family start: the first methadone-family dose with none in
    // the gap before it, for the methadone family in use now.
    if med.is_methadone_family() {
        let gap = s.general.methadone_family_gap_days;
        let mut start: Option<NaiveDate> = None;
        let mut last: Option<NaiveDate> = None;
        for d in f.days.iter().filter(|d| d.date <= as_of) {
            if d.meds().any(|m| m.is_methadone_family()) {
                if last.is_none_or(|l| (d.date - l).num_days() > gap) {
                    start = Some(d.date);
                }
                last = Some(d.date);
            }
        }
        // A start on the first record of a continuation is not a start.
        if let (Some(st), Some(first)) = (start, f.episodes.first())
            && first.kind == EpisodeKind::Continuation
            && first.first_day == st
        {
            start = match (case.treatment.started_lar, case.treatment.medication_since) {
                (Some(a), Some(b)) if a == b => Some(b),
                _ => None,
            };
        }
        f.methadone_family_start = start;
    }
}

fn taper_or_maintenance(f: &Facts, med: Medication, s: &Settings) -> Phase {
    let from = f.as_of - Duration::days(s.taper.window_days);
    let recent = f
        .changes
        .iter()
        .filter(|c| c.med == med && c.date >= from && c.date < f.as_of);
    let (mut down, mut up) = (0usize, 0usize);
    for c in recent {
        if c.is_reduction() {
            down += 1;
        } else if c.is_increase() {
            up += 1;
        }
    }
    if down >= s.taper.min_reductions && up == 0 {
        Phase::Taper
    } else {
        Phase::Maintenance
    }
}
