//! `schedule taper`: a gradual reduction that TAP001 (and, in pregnancy,
//! PRG001/PRG002) allows, to a lower dose or to the end of treatment.

use super::{
    Before, EPS, Entry, HOLD_DAYS, Kind, MAX_DAYS, Note, Refusal, Schedule, Step, agreed,
    at_most_max, dosing_step, floor_to, positive, verify,
};
use crate::case::{Medication, Setting};
use crate::config::{Config, Settings};
use chrono::{Duration, NaiveDate};

/// Days between reductions: one a week, so that no 7 consecutive days hold
/// two of them (TAP001 and PRG002 sum the reductions in any 7 days).
const EVERY: i64 = 7;

/// `schedule taper`'s request.
#[derive(Debug, Clone)]
pub struct TaperRequest {
    /// The LAR medication.
    pub medication: Medication,
    /// The daily dose now (before the first day).
    pub from_mg: f64,
    /// The dose to reach; `None`: to the end of treatment.
    pub to_mg: Option<f64>,
    /// The day of the first reduction.
    pub start: NaiveDate,
    /// The reduction a week, in % of the dose (default: TAP001's fraction).
    pub percent_per_week: Option<f64>,
    /// The gestational week on `start`.
    pub pregnancy_week: Option<i64>,
    /// Outpatient or inpatient (PRG002's limits differ).
    pub setting: Setting,
}

/// What limits each weekly reduction.
struct Pace {
    fraction: f64,
    min_step: f64,
    round: f64,
    /// PRG002's weekly limit in pregnancy.
    pregnancy: Option<f64>,
}

impl Pace {
    /// The reduction a week from `dose`: the fraction of the dose rounded
    /// down to the dosing step, at least TAP001's minimum step (TAP001's
    /// limit is the larger of the two), at most PRG002's limit in pregnancy
    /// (not rounded to the dosing step when the limit is smaller than it:
    /// buprenorphine 1.6 mg a week as an outpatient is 4 × 0.4 mg).
    fn reduction(&self, dose: f64) -> f64 {
        let r = floor_to(self.fraction * dose, self.round).max(self.min_step);
        match self.pregnancy {
            Some(l) if l + EPS >= self.round => r.min(floor_to(l, self.round)),
            Some(l) => r.min(l),
            None => r,
        }
    }
}

fn pace(r: &TaperRequest, s: &Settings) -> Result<Pace, Refusal> {
    let g = r.medication.group();
    let limit = s.tap001.fraction;
    let fraction = match r.percent_per_week {
        Some(p) => {
            positive("--percent-per-week", p)?;
            if p / 100.0 > limit + EPS {
                return Err(Refusal::OverLimit {
                    rule: "TAP001",
                    key: "tap001.fraction".into(),
                    option: "--percent-per-week",
                    value: p,
                    limit: limit * 100.0,
                });
            }
            p / 100.0
        }
        None => limit,
    };
    let pregnancy = r.pregnancy_week.and_then(|_| match r.setting {
        Setting::Outpatient => s.prg002.outpatient_mg.get(g),
        Setting::Inpatient => s.prg002.inpatient_mg.get(g),
    });
    Ok(Pace {
        fraction,
        min_step: s.tap001.min_step_mg.get(g).unwrap_or(dosing_step(s, g)),
        round: dosing_step(s, g),
        pregnancy,
    })
}

/// The first and last day a reduction may be dated in pregnancy (PRG001:
/// gestational weeks `first_week`+0 to `last_week`+6; the week on `start`
/// is `pw`, one more every 7 days, as the rule counts it).
fn pregnancy_days(pw: i64, start: NaiveDate, s: &Settings) -> (NaiveDate, NaiveDate) {
    let (first, last) = (s.prg001.first_week, s.prg001.last_week);
    let from = start + Duration::days(7 * (first - pw).max(0));
    let to = start + Duration::days(7 * (last - pw + 1) - 1);
    (from, to)
}

/// The gestational week on `d` (PRG001's count).
fn week_on(pw: i64, start: NaiveDate, d: NaiveDate) -> i64 {
    crate::rules::taper::gestational_week(pw, start, d)
}

/// Weekly reductions from `dose` on `day` down to `to` (0: down to the
/// last dose, which the result ends before): the runs, the dose reached and
/// the day after the last run.
fn reduce(
    p: &Pace,
    med: Medication,
    mut dose: f64,
    to: f64,
    mut day: NaiveDate,
    start: NaiveDate,
) -> Result<(Vec<Entry>, f64, NaiveDate), Refusal> {
    let mut entries = Vec::new();
    loop {
        let cut = p.reduction(dose).min(dose - to);
        if dose - cut <= EPS || dose <= to + EPS {
            return Ok((entries, dose, day));
        }
        let days = (day - start).num_days();
        if days > MAX_DAYS {
            return Err(Refusal::TooLong { days });
        }
        dose -= cut;
        entries.push(Entry::run(
            day,
            day + Duration::days(EVERY - 1),
            dose,
            med,
            Step::Reduce,
        ));
        day += Duration::days(EVERY);
    }
}

/// The TAP001 taper from `from` on `start` down to `to` (a switch's taper
/// before its own 7 days): weekly runs, the day after the last.
pub(super) fn weekly_down_to(
    med: Medication,
    from: f64,
    to: f64,
    start: NaiveDate,
    s: &Settings,
) -> Result<(Vec<Entry>, NaiveDate), Refusal> {
    let g = med.group();
    let p = Pace {
        fraction: s.tap001.fraction,
        min_step: s.tap001.min_step_mg.get(g).unwrap_or(dosing_step(s, g)),
        round: dosing_step(s, g),
        pregnancy: None,
    };
    let (entries, _, day) = reduce(&p, med, from, to, start, start)?;
    Ok((entries, day))
}

/// The end of a taper: to a lower dose, the last reduction held as an
/// induction's target is; to zero, the last dose for a week, then treatment
/// ends (its last day is returned).
fn finish(
    entries: &mut Vec<Entry>,
    to: f64,
    dose: f64,
    day: NaiveDate,
    med: Medication,
) -> Option<NaiveDate> {
    if to > EPS {
        if let Some(e) = entries.last_mut().filter(|e| e.step == Step::Reduce) {
            e.step = Step::Target;
            e.to = e.from + Duration::days(HOLD_DAYS - 1);
        }
        return None;
    }
    if entries.last().is_none_or(|e| e.step != Step::Reduce) {
        let last = day + Duration::days(EVERY - 1);
        entries.push(Entry::run(day, last, dose, med, Step::Reduce));
    }
    entries.last_mut().map(|e| {
        e.step = Step::LastDose;
        e.to
    })
}

/// PRG001: the first reduction, the last one and the first day without a
/// dose (`latest`; ending treatment is the largest reduction of all) inside
/// the window of gestational weeks.
fn in_window(
    pw: i64,
    start: NaiveDate,
    (first_day, last_day): (NaiveDate, NaiveDate),
    latest: NaiveDate,
    s: &Settings,
) -> Result<(), Refusal> {
    if latest > last_day || first_day > last_day {
        return Err(Refusal::PregnancyWindow {
            first: s.prg001.first_week,
            last: s.prg001.last_week,
            week: week_on(pw, start, latest.max(first_day)),
        });
    }
    Ok(())
}

/// What the table prints under a taper.
fn notes(r: &TaperRequest, p: &Pace, ended: Option<NaiveDate>, s: &Settings) -> Vec<Note> {
    let mut out = vec![Note::Stable];
    if r.pregnancy_week.is_some() {
        out.push(Note::Pregnancy {
            first: s.prg001.first_week,
            last: s.prg001.last_week,
            limit: p.pregnancy,
        });
    }
    if let Some(e) = ended {
        out.push(Note::FollowUp {
            ended: e,
            days: s.tap002.follow_up_days,
        });
    }
    out.push(Note::Naloxone);
    out
}

/// The taper, weekly reductions from the first day (in pregnancy, from
/// week 14), not yet asked of the rules: [`taper`] does that.
pub fn plan_taper(r: &TaperRequest, s: &Settings) -> Result<Schedule, Refusal> {
    if r.medication.is_depot() {
        return Err(Refusal::Medication(r.medication));
    }
    let from = positive("--from-mg", r.from_mg)?;
    at_most_max(s, r.medication, "--from-mg", from)?;
    let to = r.to_mg.unwrap_or(0.0);
    if to + EPS >= from || to < 0.0 {
        return Err(Refusal::NotBelow {
            option: "--to-mg",
            value: to,
            from,
        });
    }
    let p = pace(r, s)?;
    let window = r.pregnancy_week.map(|pw| pregnancy_days(pw, r.start, s));
    let first_day = window.map_or(r.start, |w| w.0);
    let med = r.medication;
    let mut entries = Vec::new();
    if first_day > r.start {
        entries.push(Entry::run(
            r.start,
            first_day - Duration::days(1),
            from,
            med,
            Step::Hold,
        ));
    }
    let (mut reductions, dose, day) = reduce(&p, med, from, to, first_day, r.start)?;
    entries.append(&mut reductions);
    let ended = finish(&mut entries, to, dose, day, med);
    let last_change = entries
        .iter()
        .rev()
        .find(|e| e.step != Step::Hold)
        .map_or(r.start, |e| e.from);
    if let (Some(pw), Some(w)) = (r.pregnancy_week, window) {
        in_window(
            pw,
            r.start,
            w,
            ended.map_or(last_change, |e| e + Duration::days(1)),
            s,
        )?;
    }
    let mut sch = Schedule::new(Kind::Taper, med, r.setting, entries);
    sch.target_reached = last_change;
    sch.before = Some(Before {
        medication: med,
        mg: from,
    });
    sch.ended = ended;
    sch.pregnancy_week = r.pregnancy_week;
    sch.notes = notes(r, &p, ended, s);
    Ok(sch)
}

/// `schedule taper`: the plan, asked of the rules.
pub fn taper(r: &TaperRequest, config: &Config) -> Result<Schedule, Refusal> {
    let s = plan_taper(r, &config.settings)?;
    let checked = verify(&s, config);
    agreed(s, checked)
}
