//! Episodes, dose changes and missed runs: one walk over the days.

use super::Facts;
use super::days::{Day, DayKind};
use crate::case::{Case, Medication};
use crate::config::Settings;
use chrono::{Duration, NaiveDate};

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

/// The last dose of each medication: (medication, day, daily mg).
type Lasts = Vec<(Medication, NaiveDate, f64)>;

/// Builds the episodes, changes and restarts of `f.days`, and the missed run
/// just before `as_of`.
pub(super) fn episodes(case: &Case, f: &mut Facts<'_>, s: &Settings) {
    let mut walk = Walk::default();
    for di in 0..f.days.len() {
        let (date, kind) = (f.days[di].date, f.days[di].kind);
        if kind == DayKind::Dosed {
            walk.dosed(case, f, s, di);
        } else {
            walk.not_dosed(kind, date, &f.episodes);
        }
    }
    f.run_before_as_of = run_before_as_of(f);
}

/// What the walk over the days carries from one day to the next.
#[derive(Default)]
struct Walk {
    /// The last dose per medication.
    last: Lasts,
    /// The latest episode per medication.
    open: Vec<(Medication, usize)>,
    /// Days in the missed run going on.
    run: i64,
    /// Of which unrecorded.
    run_unrecorded: i64,
    /// The first day of that run.
    run_from: Option<NaiveDate>,
    /// The medication dosed last before that run.
    before_run: Option<Previous>,
    /// Some dose came before this day.
    any_dose_before: bool,
    /// A day's medications, kept between days (no list per day).
    meds: Vec<Medication>,
}

impl Walk {
    /// A day without a LAR dose: a gap lengthens the missed run, any other
    /// kind (depot, ended, unplanned) ends it.
    fn not_dosed(&mut self, kind: DayKind, date: NaiveDate, episodes: &[Episode]) {
        if kind.is_gap() {
            if self.run == 0 {
                self.run_from = Some(date);
                self.before_run = last_dosed(&self.last, episodes);
            }
            self.run += 1;
            if kind == DayKind::Unrecorded {
                self.run_unrecorded += 1;
            }
        } else {
            self.run = 0;
            self.run_unrecorded = 0;
        }
    }

    /// A dosing day: the restart after a missed run, the episodes of its
    /// medications, its dose changes.
    fn dosed(&mut self, case: &Case, f: &mut Facts<'_>, s: &Settings, di: usize) {
        let date = f.days[di].date;
        if self.run > 0 && self.any_dose_before {
            f.restarts.push(MissedRun {
                from: self.run_from.unwrap_or(date),
                to: date - Duration::days(1),
                days: self.run,
                unrecorded: self.run_unrecorded,
                before: self.before_run,
                next_day: date,
            });
        }
        let mut meds = std::mem::take(&mut self.meds);
        meds.clear();
        meds.extend(f.days[di].meds());
        meds.sort();
        meds.dedup();
        // Read only after a missed run: re-induction needs a run of at
        // least a day (config rows have `days` >= 1), and so does `before_run`.
        let prev_any = if self.run > 0 {
            last_dosed(&self.last, &f.episodes)
        } else {
            None
        };
        for &med in &meds {
            self.episode_on(case, f, s, di, med, prev_any);
        }
        self.meds = meds;
        // Changes and last doses, after all of today's episodes exist.
        self.changes(f, di);
        self.record(&f.days[di]);
        self.any_dose_before = true;
        self.run = 0;
        self.run_unrecorded = 0;
    }

    /// The missed run going on requires re-induction after `p`.
    fn reinduce_after(&self, p: Option<Previous>, s: &Settings) -> bool {
        p.is_some_and(|p| {
            s.mis001
                .reinduce_days(p.med.group())
                .is_some_and(|r| self.run >= r)
        })
    }

    /// Day `di`'s dose of `med` continues its open episode or starts a new one.
    fn episode_on(
        &mut self,
        case: &Case,
        f: &mut Facts<'_>,
        s: &Settings,
        di: usize,
        med: Medication,
        prev_any: Option<Previous>,
    ) {
        let date = f.days[di].date;
        let mine = self.last.iter().find(|x| x.0 == med).copied();
        let replaced =
            mine.is_some_and(|(_, d, _)| self.last.iter().any(|(m, od, _)| *m != med && *od > d));
        let cont = self.open.iter().find(|x| x.0 == med).map(|x| x.1);
        if let (Some(ei), Some(_)) = (cont, mine)
            && !replaced
            && !self.reinduce_after(prev_any, s)
        {
            f.episodes[ei].last_day = date;
            return;
        }
        let episode = self.new_episode(case, &f.days[di], s, med, prev_any);
        f.episodes.push(episode);
        let ei = f.episodes.len() - 1;
        match self.open.iter_mut().find(|x| x.0 == med) {
            Some(x) => x.1 = ei,
            None => self.open.push((med, ei)),
        }
    }

    /// The kind of a new episode of `med` on `date`, and whether a missed
    /// run made it a re-induction.
    fn kind_of(
        &self,
        case: &Case,
        s: &Settings,
        date: NaiveDate,
        prev_any: Option<Previous>,
        switch_from: Option<Previous>,
    ) -> (EpisodeKind, bool) {
        if !self.any_dose_before {
            if case.treatment.started_lar.is_some_and(|sl| sl < date) {
                (EpisodeKind::Continuation, false)
            } else {
                (EpisodeKind::Induction, false)
            }
        } else if self.reinduce_after(prev_any, s) {
            (EpisodeKind::Induction, true)
        } else if switch_from.is_some() {
            (EpisodeKind::Switch, false)
        } else {
            (EpisodeKind::Induction, false)
        }
    }

    /// A new episode of `med` starting on `day`.
    fn new_episode(
        &self,
        case: &Case,
        day: &Day,
        s: &Settings,
        med: Medication,
        prev_any: Option<Previous>,
    ) -> Episode {
        let date = day.date;
        let window = date - Duration::days(s.general.switch_window_days);
        let switch_from = previous_of(&self.last, med, window);
        let (kind, reinduction) = self.kind_of(case, s, date, prev_any, switch_from);
        let today = day.dose_of(med).copied();
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
            && day.meds().any(|m| m.is_methadone_family());
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
        let after_run = self.any_dose_before;
        Episode {
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
            run_before: if after_run { self.run } else { 0 },
            before_run: if after_run && self.run > 0 {
                prev_any
            } else {
                None
            },
            reinduction,
            product_change,
            origin: if product_change {
                switch_from.and_then(|p| self.open.iter().find(|x| x.0 == p.med).map(|x| x.1))
            } else {
                None
            },
            micro,
        }
    }

    /// The dose changes of day `di` against each medication's last dose.
    fn changes(&self, f: &mut Facts<'_>, di: usize) {
        let date = f.days[di].date;
        for d in f.days[di].doses.iter().filter(|d| !d.supplement) {
            let ep = self
                .open
                .iter()
                .find(|x| x.0 == d.med)
                .map(|x| x.1)
                .unwrap_or(0);
            if let Some(&(_, pd, pmg)) = self.last.iter().find(|x| x.0 == d.med) {
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
    }

    /// The day's doses (and injection) become the last ones.
    fn record(&mut self, day: &Day) {
        for d in day.doses.iter().filter(|d| !d.supplement) {
            set_last(&mut self.last, d.med, day.date, d.daily_mg);
        }
        if day.injection.is_some() {
            set_last(
                &mut self.last,
                Medication::BuprenorphineDepot,
                day.date,
                0.0,
            );
        }
    }
}

/// The run before as_of (history only: days before as_of), when a dose
/// came before it.
fn run_before_as_of(f: &Facts<'_>) -> Option<MissedRun> {
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
    if n == 0 {
        return None;
    }
    let from = f.as_of - Duration::days(n);
    let mut lasts: Lasts = Vec::new();
    for day in f.days.iter().take_while(|d| d.date < from) {
        for d in day.doses.iter().filter(|d| !d.supplement) {
            set_last(&mut lasts, d.med, day.date, d.daily_mg);
        }
    }
    let before = last_dosed(&lasts, &f.episodes)?;
    Some(MissedRun {
        from,
        to: f.as_of - Duration::days(1),
        days: n,
        unrecorded: unrec,
        before: Some(before),
        next_day: f.as_of,
    })
}

/// The latest medication other than `except` dosed on or after `since`.
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

/// Records `med`'s last dose.
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
