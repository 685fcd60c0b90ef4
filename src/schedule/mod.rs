//! Schedules that satisfy the rules (issue 20): the generator behind
//! `larcheck schedule`. A schedule is built from the parameters in force
//! (the same `Settings` the rules read) and then *asked of the rules*: it is
//! written as a case with `[[plan]]` entries and checked by the engine
//! ([`verify`]); a schedule the checker would flag is never printed.
//!
//! Pure: no I/O, no clock, no printing (the command is in
//! `src/commands/schedule.rs`).

use crate::case::{Group, Medication, Setting};
use crate::config::{Config, Settings};
use chrono::{Duration, NaiveDate};

/// Tolerance for comparing doses.
const EPS: f64 = 1e-9;

/// Days the target dose is shown after it is reached (two weeks: the
/// NO-GL-2010 §8.6 judgement period before a maintenance change).
pub const HOLD_DAYS: i64 = 14;

/// The longest induction a schedule spans (a request that needs more is
/// refused rather than printed as a year of small steps).
pub const MAX_DAYS: i64 = 366;

/// One `[[plan]]` entry: a run of days at one dose.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// The daily dose.
    pub mg: f64,
    /// Taken under supervision.
    pub supervised: bool,
    /// What this run is: `first-day`, `increase`, `target`.
    pub step: Step,
}

/// What a run of a schedule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Day 1 of the induction.
    FirstDay,
    /// An increase on the way to the target.
    Increase,
    /// The target dose reached.
    Target,
}

impl Step {
    /// The spelling in JSON and in the message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::FirstDay => "first-day",
            Step::Increase => "increase",
            Step::Target => "target",
        }
    }
}

/// A schedule: the medication, the setting and its runs of days.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// The LAR medication.
    pub medication: Medication,
    /// Outpatient or inpatient.
    pub setting: Setting,
    /// Runs of days, in date order, without gaps.
    pub entries: Vec<Entry>,
    /// The day the target is first given.
    pub target_reached: NaiveDate,
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
    /// The engine found what the generator did not foresee: a bug, never
    /// printed as a schedule.
    Flagged {
        /// The codes the engine reported.
        codes: Vec<&'static str>,
    },
}

/// The rounding step of advised doses for a group (`dosing_step`).
fn dosing_step(s: &Settings, g: Group) -> f64 {
    s.dosing_step.get(g).unwrap_or(1.0)
}

/// `x` rounded down to a multiple of `step`.
fn floor_to(x: f64, step: f64) -> f64 {
    ((x + EPS) / step).floor() * step
}

/// The parameters of an induction for one group, read from the settings
/// and narrowed by the request.
struct Limits {
    first: f64,
    step: f64,
    induction_every: i64,
    maintenance_every: i64,
    weekly_cap: Option<f64>,
    early: i64,
    window: i64,
    round: f64,
}

fn limits(r: &InductionRequest, s: &Settings) -> Result<Limits, Refusal> {
    let g = r.medication.group();
    let key = g.key();
    let round = dosing_step(s, g);
    let positive = |option, v: f64| {
        if v > EPS && v.is_finite() {
            Ok(())
        } else {
            Err(Refusal::NotPositive { option, value: v })
        }
    };
    positive("--target-mg", r.target_mg)?;
    if let Some(max) = s.dos005.warning_mg.get(g)
        && r.target_mg > max + EPS
    {
        return Err(Refusal::OverLimit {
            rule: "DOS005",
            key: format!("dos005.warning_mg.{key}"),
            option: "--target-mg",
            value: r.target_mg,
            limit: max,
        });
    }
    let first_limit = s.dos001.warning_mg.get(g).unwrap_or(r.target_mg);
    let first = match r.first_mg {
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
        None => floor_to(first_limit, round).max(round),
    }
    .min(r.target_mg);
    let step_limit = s.dos002.step_mg.get(g).unwrap_or(f64::INFINITY);
    let step = match r.step_mg {
        Some(st) => {
            positive("--step-mg", st)?;
            if st > step_limit + EPS {
                return Err(Refusal::OverLimit {
                    rule: "DOS002",
                    key: format!("dos002.step_mg.{key}"),
                    option: "--step-mg",
                    value: st,
                    limit: step_limit,
                });
            }
            st
        }
        None => step_limit,
    };
    let every_limit = s.dos003.induction_interval_days.get(g).unwrap_or(1.0);
    let every_min = every_limit.ceil().max(1.0) as i64;
    let induction_every = match r.every_days {
        Some(e) if (e as f64) + EPS < every_limit => {
            return Err(Refusal::UnderLimit {
                rule: "DOS003",
                key: format!("dos003.induction_interval_days.{key}"),
                option: "--every-days",
                value: e as f64,
                limit: every_limit,
            });
        }
        Some(e) => e.max(1),
        None => every_min,
    };
    let maintenance_every = (s.dos003.maintenance_interval_days.ceil() as i64).max(induction_every);
    Ok(Limits {
        first,
        step,
        induction_every,
        maintenance_every,
        weekly_cap: s.dos004.cap_mg.get(g),
        early: s.general.early_phase_days,
        window: s.general.titration_window_days,
        round,
    })
}

/// The fastest induction to the target that the parameters allow (or the
/// slower one `--step-mg` / `--every-days` ask for), every day supervised.
/// Not yet asked of the rules: [`induction`] does that.
pub fn plan_induction(r: &InductionRequest, s: &Settings) -> Result<Schedule, Refusal> {
    if r.medication.is_depot() || r.medication == Medication::MorphineSr12h {
        return Err(Refusal::Medication(r.medication));
    }
    let l = limits(r, s)?;
    // (day number from 1, dose from that day on)
    let mut changes: Vec<(i64, f64)> = vec![(1, l.first)];
    let mut dose = l.first;
    let mut last_up = 1i64;
    let mut day = 1i64;
    while dose + EPS < r.target_mg {
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
        let mut up = l.step.min(r.target_mg - dose);
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
        if (dose + up - r.target_mg).abs() > EPS {
            up = floor_to(up, l.round);
        }
        if up <= EPS {
            continue;
        }
        dose += up;
        changes.push((day, dose));
        last_up = day;
    }
    let start = r.start;
    let at = |d: i64| start + Duration::days(d - 1);
    let reached = changes[changes.len() - 1].0;
    let mut entries = Vec::new();
    for (i, &(d, mg)) in changes.iter().enumerate() {
        let last = match changes.get(i + 1) {
            Some(&(next, _)) => next - 1,
            None => (reached + HOLD_DAYS - 1).max(l.early),
        };
        let step = if i == 0 && changes.len() > 1 {
            Step::FirstDay
        } else if i + 1 == changes.len() {
            Step::Target
        } else {
            Step::Increase
        };
        entries.push(Entry {
            from: at(d),
            to: at(last),
            mg,
            supervised: true,
            step,
        });
    }
    Ok(Schedule {
        medication: r.medication,
        setting: r.setting,
        entries,
        target_reached: at(reached),
    })
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

/// The schedule as `[[plan]]` entries to paste into a case file.
pub fn plan_toml(s: &Schedule) -> String {
    let mut t = String::new();
    for (i, e) in s.entries.iter().enumerate() {
        if i > 0 {
            t.push('\n');
        }
        t.push_str(&format!(
            "[[plan]]\nfrom = {}\nto = {}\nmg = {}\nsupervised = {}\n",
            e.from,
            e.to,
            mg_text(e.mg),
            e.supervised
        ));
    }
    t
}

/// The schedule as a case of its own, checked on its first day: a new
/// patient whose every dose is the plan.
pub fn case_toml(s: &Schedule) -> String {
    format!(
        "schema = 1\n\n[patient]\nid = \"schedule\"\n\n[treatment]\nmedication = \"{}\"\nas_of = {}\nsetting = \"{}\"\n\n{}",
        s.medication.as_str(),
        s.start(),
        s.setting.as_str(),
        plan_toml(s)
    )
}

/// The rule families a schedule must never trip.
pub const FAMILIES: [&str; 5] = ["DOS", "MIS", "SWI", "TAP", "PRG"];

/// Asks the rules: the codes of every finding of [`FAMILIES`] the engine
/// reports on the schedule put into a case (empty: the checker agrees).
pub fn verify(s: &Schedule, config: &Config) -> Result<Vec<&'static str>, String> {
    let text = case_toml(s);
    let opts = crate::input::LoadOptions {
        fallback_as_of: None,
        view_as_of: None,
        catalogue: &config.catalogue,
        settings: &config.settings,
        lang: config.lang,
    };
    let case = crate::input::parse_with(&text, &opts).map_err(|e| format!("{e:?}"))?;
    let report = crate::engine::check("<schedule>", &case, s.start(), false, config)
        .map_err(|e| format!("{e:?}"))?;
    let mut codes: Vec<&'static str> = report
        .findings
        .iter()
        .map(|f| f.code)
        .filter(|c| FAMILIES.iter().any(|p| c.starts_with(p)))
        .collect();
    codes.dedup();
    Ok(codes)
}

/// `schedule induction`: the plan, asked of the rules.
pub fn induction(r: &InductionRequest, config: &Config) -> Result<Schedule, Refusal> {
    let s = plan_induction(r, &config.settings)?;
    match verify(&s, config) {
        Ok(codes) if codes.is_empty() => Ok(s),
        Ok(codes) => Err(Refusal::Flagged { codes }),
        Err(_) => Err(Refusal::Flagged { codes: vec![] }),
    }
}

#[cfg(test)]
mod tests;
