//! `--as-of DATE`: the case as it stood on the morning of DATE.
//!
//! Dose, missed and injection records on or after DATE, and screens, ECGs,
//! events and assessments after DATE, are set aside; a range that crosses
//! DATE is cut at the day before. Plan entries before DATE and
//! prescriptions that start after DATE are set aside. Acknowledgements are
//! never set aside and prescriptions never shortened.

use super::model::Case;
use chrono::{Duration, NaiveDate};

/// The case on the morning of `date`, and how many records were set aside
/// (a record cut short counts as set aside; plan entries are not records).
pub fn as_of(case: &Case, date: NaiveDate) -> (Case, usize) {
    let mut c = case.clone();
    let mut n = 0usize;
    let before = date - Duration::days(1);
    let mut cut = |from: NaiveDate, to: &mut NaiveDate| -> bool {
        if from >= date {
            n += 1;
            return false;
        }
        if *to >= date {
            *to = before;
            n += 1;
        }
        true
    };
    c.doses.retain_mut(|d| {
        let from = d.from;
        cut(from, &mut d.to)
    });
    c.missed.retain_mut(|m| {
        let from = m.from;
        cut(from, &mut m.to)
    });
    let before_len =
        c.injections.len() + c.screens.len() + c.ecg.len() + c.events.len() + c.prescriptions.len();
    c.injections.retain(|i| i.date < date);
    c.screens.retain(|s| s.date <= date);
    c.ecg.retain(|e| e.date <= date);
    c.events.retain(|e| e.date <= date);
    c.prescriptions.retain(|p| p.from.is_none_or(|f| f <= date));
    n += before_len
        - (c.injections.len()
            + c.screens.len()
            + c.ecg.len()
            + c.events.len()
            + c.prescriptions.len());
    // Plans before DATE are dropped (a plan is not a record that a dose was
    // given: those days are unrecorded) but not counted as records set
    // aside, so that "a DATE later than every record sets nothing aside".
    c.plan.retain(|p| p.to >= date);
    for p in c.plan.iter_mut().filter(|p| p.from < date) {
        p.from = date;
    }
    if c.mastery.is_some_and(|m| m.assessed > date) {
        c.mastery = None;
        n += 1;
    }
    if c.treatment.medication_since.is_some_and(|m| m > date) {
        c.treatment.medication_since = None;
    }
    if c.treatment.started_lar.is_some_and(|s| s > date) {
        c.treatment.started_lar = None;
    }
    c.treatment.as_of = Some(date);
    (c, n)
}
