//! Derived facts (rules.md "Derived facts"), computed once per case: the
//! stage between the case and the rules.
//!
//! One pass over the days from the first record to the end of the plan
//! builds the day-by-day history ([`days`]); a second pass over the same
//! days builds episodes, dose changes and missed runs ([`episodes`]); then
//! the facts of `as_of` ([`phase`]), the prescriptions resolved through the
//! catalogue and every screen read on its date ([`readings`]). All are
//! linear in the number of days; nothing here reads the clock or prints.

pub mod days;
pub mod episodes;
pub mod phase;
pub mod readings;

pub use days::{Day, DayDose, DayKind};
pub use episodes::{Change, Episode, EpisodeKind, MissedRun, Previous};
pub use phase::Phase;
pub use readings::{Reading, lar_start};

use crate::case::{Case, DepotProduct, Injection, Medication, Prescription};
use crate::config::Settings;
use crate::vocab::drugs::{Catalogue, Drug};
use chrono::NaiveDate;

/// A prescription and its catalogue entry (`None`: a drug the catalogue
/// does not know).
pub type ResolvedRx<'a> = (&'a Prescription, Option<&'a Drug>);

/// Everything derived from one case.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
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
    /// Every prescription with its catalogue entry (`None`: unknown drug),
    /// in the order of the case.
    pub prescriptions: Vec<ResolvedRx<'a>>,
    /// Every screen, read on its own date, in the order of the case.
    pub readings: Vec<Reading>,
    /// The latest injection before `as_of`, whatever the medication now.
    pub last_injection: Option<&'a Injection>,
}

impl Facts<'_> {
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

/// Computes the facts for `case` on `as_of`, reading its prescriptions with
/// `catalogue` (the engine passes the case's catalogue, with its
/// combinations: [`crate::engine::catalogue_for`]).
pub fn derive<'a>(
    case: &'a Case,
    as_of: NaiveDate,
    s: &Settings,
    catalogue: &'a Catalogue,
) -> Result<Facts<'a>, FactsError> {
    let days = days::build_days(case, as_of, s)?;
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
        prescriptions: resolve(case, catalogue),
        readings: Vec::new(),
        last_injection: last_injection(case, as_of),
    };
    episodes::episodes(case, &mut f, s);
    phase::current(case, &mut f, s);
    f.readings = readings::read_all(case, &f, s);
    Ok(f)
}

/// Every prescription of the case with its catalogue entry; a name the
/// list repeats (renewals, or an absurd file) is read once.
fn resolve<'a>(case: &'a Case, catalogue: &'a Catalogue) -> Vec<ResolvedRx<'a>> {
    let mut read: std::collections::HashMap<&str, Option<&Drug>> = std::collections::HashMap::new();
    case.prescriptions
        .iter()
        .map(|p| {
            let d = *read
                .entry(p.drug.as_str())
                .or_insert_with(|| catalogue.resolve(&p.drug));
            (p, d)
        })
        .collect()
}

/// The latest injection before `as_of`.
fn last_injection(case: &Case, as_of: NaiveDate) -> Option<&Injection> {
    case.injections
        .iter()
        .filter(|i| i.date < as_of)
        .max_by_key(|i| i.date)
}

#[cfg(test)]
mod tests {
    use super::{DayKind, derive};
    use crate::config::Config;
    use chrono::NaiveDate;

    const CASE: &str = "schema = 1\n[patient]\nid = \"t\"\n[treatment]\nmedication = \"buprenorphine-depot\"\nas_of = 2026-11-20\nstarted_lar = 2024-05-01\n\
        [[injections]]\ndate = 2026-10-01\nmg = 96\nproduct = \"monthly\"\n\
        [[injections]]\ndate = 2026-10-29\nmg = 96\nproduct = \"monthly\"\n\
        [[prescriptions]]\ndrug = \"Sobril\"\n[[prescriptions]]\ndrug = \"no-such-drug\"\n\
        [[screens]]\ndate = 2026-10-15\npositive = [\"buprenorphine\", \"norbuprenorphine\"]\n\
        [[screens]]\ndate = 2026-11-12\nstatus = \"dilute\"\npositive = []\n";

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn derive_holds_the_days_prescriptions_readings_and_last_injection() {
        let config = Config::embedded();
        let case = crate::input::parse(CASE, None).unwrap();
        let f = derive(
            &case,
            date("2026-11-20"),
            &config.settings,
            &config.catalogue,
        )
        .unwrap();
        // One day per date, without holes, from the first record.
        assert_eq!(f.days.first().map(|d| d.date), Some(date("2026-10-01")));
        assert!(
            f.days
                .windows(2)
                .all(|w| w[1].date == w[0].date.succ_opt().unwrap())
        );
        assert_eq!(
            f.day(date("2026-10-10")).map(|d| d.kind),
            Some(DayKind::Depot)
        );
        // The latest injection before as_of.
        assert_eq!(f.last_injection.map(|i| i.date), Some(date("2026-10-29")));
        // Prescriptions and readings in the order of the case.
        let drugs: Vec<(&str, bool)> = f
            .prescriptions
            .iter()
            .map(|(p, d)| (p.drug.as_str(), d.is_some()))
            .collect();
        assert_eq!(drugs, [("Sobril", true), ("no-such-drug", false)]);
        let valid: Vec<(usize, bool)> = f.readings.iter().map(|r| (r.index, r.valid)).collect();
        assert_eq!(valid, [(0, true), (1, false)]);
    }

    #[test]
    fn no_injection_before_as_of_is_none() {
        let config = Config::embedded();
        let case = crate::input::parse(CASE, None).unwrap();
        // On the morning of the first injection, that injection is not
        // before as_of.
        let f = derive(
            &case,
            date("2026-10-01"),
            &config.settings,
            &config.catalogue,
        )
        .unwrap();
        assert!(f.last_injection.is_none());
    }
}
