//! The day-by-day history: one [`Day`] for every date from the first record
//! to the end of the plan, with its doses, its injection and its kind.

use super::{FactsError, interval_days};
use crate::case::{Case, Medication};
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

/// The doses of one day: up to two (one, or two on a switch day) kept in
/// the day itself, more in a list of their own, so that a history does not
/// allocate for every day (issue 16). Reads as a slice of [`DayDose`].
#[derive(Debug, Clone, PartialEq)]
pub struct Doses {
    len: usize,
    inline: [DayDose; 2],
    spilled: Vec<DayDose>,
}

impl Doses {
    /// A placeholder for the unused inline places.
    const NONE: DayDose = DayDose {
        med: Medication::Methadone,
        daily_mg: 0.0,
        admin_mg: 0.0,
        supervised: false,
        planned: false,
        line: 0,
        supplement: false,
    };

    /// No dose.
    pub fn new() -> Doses {
        Doses {
            len: 0,
            inline: [Self::NONE; 2],
            spilled: Vec::new(),
        }
    }

    /// Adds a dose.
    pub fn push(&mut self, d: DayDose) {
        if self.len < self.inline.len() {
            self.inline[self.len] = d;
        } else {
            if self.spilled.is_empty() {
                self.spilled.extend_from_slice(&self.inline);
            }
            self.spilled.push(d);
        }
        self.len += 1;
    }
}

impl Default for Doses {
    fn default() -> Doses {
        Doses::new()
    }
}

impl std::ops::Deref for Doses {
    type Target = [DayDose];

    fn deref(&self) -> &[DayDose] {
        if self.spilled.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

impl std::ops::DerefMut for Doses {
    fn deref_mut(&mut self) -> &mut [DayDose] {
        if self.spilled.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.spilled
        }
    }
}

impl<'a> IntoIterator for &'a Doses {
    type Item = &'a DayDose;
    type IntoIter = std::slice::Iter<'a, DayDose>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
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
    pub doses: Doses,
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

/// Builds the days of `case` up to the end of its plan (or the day before
/// `as_of`).
pub(super) fn build_days(
    case: &Case,
    as_of: NaiveDate,
    s: &Settings,
) -> Result<Vec<Day>, FactsError> {
    let Some((first, n)) = span(case, as_of, s)? else {
        return Ok(Vec::new());
    };
    let mut days: Vec<Day> = first
        .iter_days()
        .take(n)
        .map(|date| Day {
            date,
            kind: DayKind::Unrecorded,
            doses: Doses::new(),
            injection: None,
        })
        .collect();
    lay_out(case, first, &mut days);
    cover_alternate_days(case, as_of, first, &mut days);
    classify(case, as_of, s, &mut days);
    Ok(days)
}

/// The first day of the record and the number of days to build, or `None`
/// when there is nothing to build.
fn span(
    case: &Case,
    as_of: NaiveDate,
    s: &Settings,
) -> Result<Option<(NaiveDate, usize)>, FactsError> {
    let first = case
        .doses
        .iter()
        .map(|d| d.from)
        .chain(case.injections.iter().map(|i| i.date))
        .chain(case.missed.iter().map(|m| m.from))
        .chain(case.plan.iter().map(|p| p.from))
        .min();
    let Some(first) = first else {
        return Ok(None);
    };
    let plan_end = case.plan.iter().map(|p| p.to).max();
    let last = plan_end.map_or(as_of - Duration::days(1), |p| {
        p.max(as_of - Duration::days(1))
    });
    if last < first {
        return Ok(None);
    }
    let n = (last - first).num_days() + 1;
    if n > s.general.max_history_days {
        return Err(FactsError(format!(
            "the record spans {n} days ({first} to {last}), more than the {} allowed; is a year mistyped?",
            s.general.max_history_days
        )));
    }
    Ok(Some((first, n as usize)))
}

/// The index of `d` in days that begin on `first`.
fn ix(first: NaiveDate, d: NaiveDate) -> usize {
    (d - first).num_days() as usize
}

/// Puts every dose, plan entry, injection and missed entry on its days.
fn lay_out(case: &Case, first: NaiveDate, days: &mut [Day]) {
    for (entries, planned) in [(&case.doses, false), (&case.plan, true)] {
        for e in entries.iter() {
            for day in &mut days[ix(first, e.from)..=ix(first, e.to)] {
                day.doses.push(DayDose::of(e, planned));
            }
        }
    }
    for (n, inj) in case.injections.iter().enumerate() {
        days[ix(first, inj.date)].injection = Some(n);
    }
    for m in &case.missed {
        for day in &mut days[ix(first, m.from)..=ix(first, m.to)] {
            if day.doses.is_empty() {
                day.kind = DayKind::Missed { planned: m.planned };
            }
        }
    }
}

/// An alternate-day entry whose last day is a dosing day also covers the
/// off days after it ("the off day of an alternate-day entry is dosed"):
/// 70 mg every other day given on the 9th covers the 10th. Only days with
/// no other record are filled.
fn cover_alternate_days(case: &Case, as_of: NaiveDate, first: NaiveDate, days: &mut [Day]) {
    let ended = case.treatment.ended;
    for (entries, planned) in [(&case.doses, false), (&case.plan, true)] {
        for e in entries.iter().filter(|e| e.every > 1) {
            if (e.to - e.from).num_days() % i64::from(e.every) != 0 {
                continue;
            }
            let off_days = (e.every - 1) as usize;
            for d in e.to.iter_days().skip(1).take(off_days) {
                if ended.is_some_and(|x| d > x) || (!planned && d >= as_of) {
                    break;
                }
                let Some(day) = days.get_mut(ix(first, d)) else {
                    break;
                };
                if !day.doses.is_empty() || day.kind != DayKind::Unrecorded {
                    break;
                }
                day.doses.push(DayDose::of(e, planned));
            }
        }
    }
}

/// Depot coverage and the kinds of days: dosed, ended, depot, missed,
/// unplanned, a plan gap or unrecorded.
fn classify(case: &Case, as_of: NaiveDate, s: &Settings, days: &mut [Day]) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doses_read_as_a_slice_however_many() {
        let mut d = Doses::new();
        assert!(d.is_empty());
        for i in 0..5 {
            d.push(DayDose {
                line: i,
                ..Doses::NONE
            });
            assert_eq!(d.len(), i + 1);
            assert_eq!(
                d.iter().map(|x| x.line).collect::<Vec<_>>(),
                (0..=i).collect::<Vec<_>>()
            );
        }
        d[4].line = 9;
        assert_eq!((&d).into_iter().last().map(|x| x.line), Some(9));
    }
}
