//! `schedule restart CASE`: after the missed run before `as_of`, the dose
//! MIS001 advises and the re-titration back to the last dose before the
//! run. The missed run, its length and the last dose are the engine's own
//! (the report's `restart`, computed once from the derived facts), never
//! derived again here.

use super::{Kind, Limits, Note, Refusal, Schedule, Step, agreed, titrate, titration_runs};
use crate::case::Case;
use crate::config::{Action, Config};
use chrono::{Duration, NaiveDate};

/// The restart schedule for `case` on `as_of`, not yet asked of the rules:
/// [`restart`] does that.
///
/// After a run that requires re-induction (`re-induce`) the restart is day
/// 1 of an induction episode: DOS004's weekly cap and DOS007's supervision
/// apply. After a shorter run it is the re-titration DOS003 describes: the
/// induction interval up to the old dose, DOS002's step, no weekly cap.
/// Every day is written supervised: a careful reading, as tolerance is
/// lower until the old dose is reached.
pub fn plan_restart(case: &Case, as_of: NaiveDate, config: &Config) -> Result<Schedule, Refusal> {
    let report = crate::engine::check("<case>", case, as_of, false, config)
        .map_err(|_| Refusal::Flagged { codes: vec![] })?;
    let Some(advice) = report.restart else {
        return Err(Refusal::NoMissedRun);
    };
    let Some(next) = advice.next_dose_mg else {
        return Err(Refusal::OtherMedication);
    };
    let med = case.treatment.medication;
    let last = advice.last_dose_mg;
    let induction = advice.action == Action::ReInduce;
    let l = Limits::of(&config.settings, med, next, induction);
    let changes = titrate(&l, last)?;
    let min_last = if induction { l.early } else { 1 };
    let entries = titration_runs(&changes, as_of, min_last, med, Step::Restart);
    let mut s = Schedule::new(Kind::Restart, med, case.treatment.setting, entries);
    s.target_reached = as_of + Duration::days(changes[changes.len() - 1].0 - 1);
    s.notes.push(Note::Missed {
        days: advice.missed_days,
        action: advice.action,
        last_mg: last,
        next_mg: next,
    });
    s.notes.push(Note::Naloxone);
    Ok(s)
}

/// `schedule restart`: the plan, asked of the rules in the case itself.
pub fn restart(case: &Case, as_of: NaiveDate, config: &Config) -> Result<Schedule, Refusal> {
    let s = plan_restart(case, as_of, config)?;
    let checked = super::verify_in_case(&s, case, as_of, config);
    agreed(s, checked)
}
