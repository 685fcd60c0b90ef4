//! LAR doses: `MedicationAdministration` (a dose given: supervised) and
//! `MedicationDispense` (doses handed over: take-home) → one record a day,
//! merged into `[[doses]]` ranges (`[[plan]]` from `as_of` on); the start
//! of treatment from `EpisodeOfCare` or the first LAR prescription; and
//! `[pickup]` from the dispensing pattern of the last four weeks.

use super::Resource;
use super::map::{
    Conflict, ConflictKind, Ctx, DoseRange, Note, PatientCase, Pickup, Reason, date, note, typed,
};
use super::medication::Named;
use super::model::{Administration, CodeableConcept, Dispense, Episode, Quantity, Reference};
use crate::case::model::Medication;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// One day's record: the daily total and where it came from.
struct Day {
    mg: f64,
    medication: Medication,
    supervised: bool,
    /// The resource's name, shared by the days of one dispensing.
    source: std::rc::Rc<str>,
}

/// A patient's dose days so far.
#[derive(Default)]
pub struct Doses {
    days: BTreeMap<NaiveDate, Day>,
    /// Each dispense: the first day it supplies and how many days.
    dispensed: Vec<(NaiveDate, u32)>,
}

/// Units of `daysSupply` (UCUM `d`, and the words senders write; a
/// `daysSupply` without a unit is in days, as the element says).
const DAY_UNITS: &[&str] = &["d", "day", "days", "døgn", "dogn", "dag", "dager"];

/// A dose in mg, or the reason it is not one.
pub fn mg(q: Option<&Quantity>) -> Result<f64, Reason> {
    let q = q.ok_or(Reason::NoDose)?;
    let value = q
        .value
        .filter(|v| v.is_finite() && *v > 0.0)
        .ok_or(Reason::NoDose)?;
    match q.unit() {
        Some("mg") => Ok(value),
        other => Err(Reason::Unit(other.unwrap_or("").to_owned())),
    }
}

/// Checks status and medication; the LAR medication, or a note.
fn usable(
    ctx: &Ctx<'_>,
    r: &Resource,
    status: Option<&str>,
    medication: (Option<&CodeableConcept>, Option<&Reference>),
    notes: &mut Vec<Note>,
) -> Option<Medication> {
    if status != Some("completed") {
        notes.push(note(r, Reason::Status(status.unwrap_or("").to_owned())));
        return None;
    }
    match super::medication::of_read(ctx, r, medication.0, medication.1) {
        Ok(Named::Lar(Medication::BuprenorphineDepot)) => {
            notes.push(note(r, Reason::Depot));
            None
        }
        Ok(Named::Lar(m)) => Some(m),
        Ok(Named::Other { .. }) => {
            notes.push(note(r, Reason::NotLarDose));
            None
        }
        Err(reason) => {
            notes.push(note(r, reason));
            None
        }
    }
}

impl Doses {
    /// A dose given.
    pub fn administration(
        &mut self,
        ctx: &Ctx<'_>,
        r: &Resource,
        notes: &mut Vec<Note>,
    ) -> Result<(), Conflict> {
        let Some(a) = typed::<Administration>(r, notes) else {
            return Ok(());
        };
        let m = (
            a.medication_codeable_concept.as_ref(),
            a.medication_reference.as_ref(),
        );
        let Some(medication) = usable(ctx, r, a.status.as_deref(), m, notes) else {
            return Ok(());
        };
        let when = a
            .effective_date_time
            .as_deref()
            .or(a.effective_period.as_ref().and_then(|p| p.start.as_deref()));
        let Some(day) = date(when) else {
            notes.push(note(r, Reason::NoDate));
            return Ok(());
        };
        let dose = match mg(a.dosage.as_ref().and_then(|d| d.dose.as_ref())) {
            Ok(x) => x,
            Err(reason) => {
                notes.push(note(r, reason));
                return Ok(());
            }
        };
        match self.days.get_mut(&day) {
            // Two administrations on one day: a split dose; the daily total.
            Some(d) if d.supervised && d.medication == medication => d.mg += dose,
            Some(d) => {
                return Err(Conflict {
                    resources: [d.source.to_string(), r.name()],
                    kind: ConflictKind::Dose(day),
                });
            }
            None => {
                self.days.insert(
                    day,
                    Day {
                        mg: dose,
                        medication,
                        supervised: true,
                        source: r.name().into(),
                    },
                );
            }
        }
        Ok(())
    }

    /// Doses handed over.
    pub fn dispense(
        &mut self,
        ctx: &Ctx<'_>,
        r: &Resource,
        notes: &mut Vec<Note>,
    ) -> Result<(), Conflict> {
        let Some(d) = typed::<Dispense>(r, notes) else {
            return Ok(());
        };
        let m = (
            d.medication_codeable_concept.as_ref(),
            d.medication_reference.as_ref(),
        );
        let Some(medication) = usable(ctx, r, d.status.as_deref(), m, notes) else {
            return Ok(());
        };
        let Some(handed) = date(d.when_handed_over.as_deref()) else {
            notes.push(note(r, Reason::NoDate));
            return Ok(());
        };
        let dose = d
            .dosage_instruction
            .first()
            .and_then(|i| i.dose_and_rate.first())
            .and_then(|x| x.dose_quantity.as_ref());
        let dose = match mg(dose) {
            Ok(x) => x,
            Err(reason) => {
                notes.push(note(r, reason));
                return Ok(());
            }
        };
        // daysSupply is a number of days: another unit (a sender's "80 mg"
        // in the wrong element) is never read as 80 take-home days.
        if let Some(unit) = d.days_supply.as_ref().and_then(Quantity::unit)
            && !DAY_UNITS.contains(&unit.to_lowercase().as_str())
        {
            notes.push(note(r, Reason::Unit(unit.to_owned())));
            return Ok(());
        }
        let supply = d.days_supply.as_ref().and_then(|q| q.value).unwrap_or(0.0);
        if !(supply >= 1.0 && supply.fract() == 0.0 && supply <= 366.0) {
            notes.push(note(r, Reason::NoDose));
            return Ok(());
        }
        let mut start = handed;
        if self.days.get(&handed).is_some_and(|d| d.supervised) {
            start = handed + Days::new(1);
            notes.push(note(r, Reason::SupplyAfterSupervised));
        }
        let source: std::rc::Rc<str> = r.name().into();
        for n in 0..supply as u64 {
            let day = start + Days::new(n);
            if let Some(other) = self.days.get(&day) {
                return Err(Conflict {
                    resources: [other.source.to_string(), r.name()],
                    kind: ConflictKind::Dose(day),
                });
            }
            self.days.insert(
                day,
                Day {
                    mg: dose,
                    medication,
                    supervised: false,
                    source: source.clone(),
                },
            );
        }
        self.dispensed.push((start, supply as u32));
        Ok(())
    }

    /// The ranges (before `as_of`) and the plan (from it), the medication
    /// now and the pickup regime.
    pub fn finish(self, case: &mut PatientCase, as_of: Option<NaiveDate>, notes: &mut Vec<Note>) {
        let (before, after): (Vec<_>, Vec<_>) = self
            .days
            .iter()
            .partition(|(d, _)| as_of.is_none_or(|a| **d < a));
        case.medication = before.last().or(after.first()).map(|(_, d)| d.medication);
        let mut planned: Vec<&str> = after.iter().map(|(_, d)| &*d.source).collect();
        planned.dedup();
        for source in planned {
            notes.push(Note {
                resource: source.to_owned(),
                reason: Reason::Plan,
            });
        }
        case.doses = ranges(&before);
        case.plan = ranges(&after);
        if let Some(as_of) = as_of
            && case.medication.is_some()
        {
            case.pickup = pickup(&self.days, &self.dispensed, as_of);
            let reason = match case.pickup {
                Some(_) => Reason::PickupDerived,
                None => Reason::PickupNotDerived,
            };
            notes.push(Note {
                resource: case.resource.clone(),
                reason,
            });
        }
    }
}

/// Consecutive days with the same dose, medication and supervision as one
/// range; a day with nothing recorded ends a range (never invented).
fn ranges(days: &[(&NaiveDate, &Day)]) -> Vec<DoseRange> {
    let mut out: Vec<DoseRange> = Vec::new();
    for &(&day, d) in days {
        if let Some(last) = out.last_mut()
            && last.to.succ_opt() == Some(day)
            && (last.mg - d.mg).abs() < 1e-9
            && last.medication == d.medication
            && last.supervised == d.supervised
        {
            last.to = day;
            continue;
        }
        out.push(DoseRange {
            from: day,
            to: day,
            mg: d.mg,
            medication: d.medication,
            supervised: d.supervised,
        });
    }
    out
}

/// The pickup regime of the 4 weeks before `as_of`, when it is
/// unambiguous: every day recorded, every week the same number of
/// supervised days, and the largest take-home supply the same each week.
fn pickup(
    days: &BTreeMap<NaiveDate, Day>,
    dispensed: &[(NaiveDate, u32)],
    as_of: NaiveDate,
) -> Option<Pickup> {
    let mut weeks = Vec::new();
    for w in 0..4u64 {
        let end = as_of.checked_sub_days(Days::new(7 * w))?;
        let start = end.checked_sub_days(Days::new(7))?;
        let mut supervised = 0;
        for n in 0..7 {
            let day = days.get(&(start + Days::new(n)))?;
            supervised += u32::from(day.supervised);
        }
        let take_home = dispensed
            .iter()
            .filter(|(d, _)| *d >= start && *d < end)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        weeks.push((supervised, take_home));
    }
    let first = weeks[0];
    weeks.iter().all(|w| *w == first).then_some(Pickup {
        supervised_per_week: first.0,
        take_home_days: first.1,
    })
}

/// The start of treatment and of the current medication, as the
/// resources give them.
#[derive(Default)]
pub struct Starts {
    /// The latest `EpisodeOfCare` start (active or finished).
    episode: Option<(NaiveDate, String)>,
    /// The first LAR prescription of each medication.
    requests: Vec<(NaiveDate, Medication, String)>,
    /// LAR prescriptions without a date (noted at the end if unused).
    unused: Vec<String>,
}

impl Starts {
    /// An `EpisodeOfCare`: its start.
    pub fn episode(&mut self, r: &Resource, notes: &mut Vec<Note>) {
        let Some(e) = typed::<Episode>(r, notes) else {
            return;
        };
        match e.status.as_deref() {
            Some("active" | "finished" | "onhold") => {}
            other => {
                notes.push(note(r, Reason::Status(other.unwrap_or("").to_owned())));
                return;
            }
        }
        let Some(start) = date(e.period.as_ref().and_then(|p| p.start.as_deref())) else {
            notes.push(note(r, Reason::NoDate));
            return;
        };
        if self.episode.as_ref().is_none_or(|(d, _)| start > *d) {
            if let Some((_, old)) = self.episode.take() {
                self.unused.push(old);
            }
            self.episode = Some((start, r.name()));
        } else {
            self.unused.push(r.name());
        }
    }

    /// A LAR prescription written (or valid from) `day`.
    pub fn request(&mut self, day: Option<NaiveDate>, medication: Medication, r: &Resource) {
        match day {
            Some(d) => self.requests.push((d, medication, r.name())),
            None => self.unused.push(r.name()),
        }
    }

    /// `started_lar` and `medication_since`: written only when they lie
    /// before the first imported dose (otherwise the first dose is the
    /// start anyway, or the record contradicts them: noted).
    pub fn finish(mut self, case: &mut PatientCase, notes: &mut Vec<Note>) {
        self.requests.sort();
        let first = case.doses.first().or(case.plan.first()).map(|d| d.from);
        let started = self
            .episode
            .take()
            .or_else(|| self.requests.first().map(|(d, _, s)| (*d, s.clone())));
        if let (Some((day, source)), Some(first)) = (started, first) {
            if day <= first {
                notes.push(Note {
                    resource: source.clone(),
                    reason: Reason::StartedLar(day),
                });
                case.started_lar = Some((day, source));
            } else {
                notes.push(Note {
                    resource: source,
                    reason: Reason::StartAfterFirstDose(day),
                });
            }
        }
        let used_started = case.started_lar.as_ref().map(|(_, s)| s.clone());
        if let (Some(m), Some((started, _))) = (case.medication, &case.started_lar) {
            let first_of_m = case
                .doses
                .iter()
                .chain(&case.plan)
                .find(|d| d.medication == m)
                .map(|d| d.from);
            let since = self
                .requests
                .iter()
                .find(|(d, med, _)| *med == m && d >= started && Some(*d) <= first_of_m);
            if let Some((d, _, s)) = since
                && Some(*d) < first_of_m
            {
                notes.push(Note {
                    resource: s.clone(),
                    reason: Reason::MedicationSince(*d),
                });
                case.medication_since = Some((*d, s.clone()));
            }
        }
        let used_since = case.medication_since.as_ref().map(|(_, s)| s.clone());
        for (_, _, s) in self.requests {
            if Some(&s) != used_started.as_ref() && Some(&s) != used_since.as_ref() {
                self.unused.push(s);
            }
        }
        for s in self.unused {
            notes.push(Note {
                resource: s,
                reason: Reason::LarRequest,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::map::{Options, map};
    use super::*;

    fn admin(id: &str, day: &str, dose: &str) -> String {
        format!(
            r#"{{"resourceType":"MedicationAdministration","id":"{id}","status":"completed","subject":{{"reference":"urn:uuid:p"}},"medicationCodeableConcept":{{"coding":[{{"system":"http://www.whocc.no/atc","code":"N07BC01"}}]}},"effectiveDateTime":"{day}T09:00:00+01:00","dosage":{{"dose":{dose}}}}}"#
        )
    }

    fn bundle(entries: &[String]) -> String {
        let mut all = vec![r#"{"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","id":"x","birthDate":"1990","gender":"unknown"}}"#.to_string()];
        all.extend(entries.iter().map(|e| format!(r#"{{"resource":{e}}}"#)));
        format!(r#"{{"resourceType":"Bundle","entry":[{}]}}"#, all.join(","))
    }

    fn run(json: &str, as_of: Option<NaiveDate>) -> super::super::map::Imported {
        let cat = crate::config::Config::load(&[], &[]).unwrap().catalogue;
        let opts = Options {
            as_of,
            catalogue: &cat,
            id_from: None,
            all_patients: true,
        };
        map(&super::super::read(json).unwrap(), opts).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_split_dose_is_the_daily_total_a_gap_ends_a_range_and_as_of_starts_the_plan() {
        let mg8 = r#"{"value":8,"code":"mg"}"#;
        let mg16 = r#"{"value":16,"code":"mg"}"#;
        let b = bundle(&[
            admin("a", "2026-11-01", mg8),
            admin("b", "2026-11-01", mg8),
            admin("c", "2026-11-02", mg16),
            admin("d", "2026-11-04", mg16),
            admin("e", "2026-11-05", mg16),
        ]);
        let out = run(&b, Some(d("2026-11-05")));
        let case = &out.cases[0];
        assert_eq!((case.born, case.sex), (Some(1990), None));
        assert_eq!(case.medication, Some(Medication::Buprenorphine));
        let spans: Vec<_> = case.doses.iter().map(|r| (r.from, r.to, r.mg)).collect();
        assert_eq!(
            spans,
            [
                (d("2026-11-01"), d("2026-11-02"), 16.0),
                (d("2026-11-04"), d("2026-11-04"), 16.0)
            ]
        );
        assert_eq!(case.plan.len(), 1);
        assert!(
            case.notes
                .iter()
                .any(|n| n.resource == "MedicationAdministration/e" && n.reason == Reason::Plan)
        );
    }

    #[test]
    fn a_dose_not_in_mg_or_of_no_patient_or_of_the_wrong_type_is_a_note() {
        let lost = admin("lost", "2026-11-02", r#"{"value":8,"code":"mg"}"#)
            .replace("urn:uuid:p", "Patient/nobody");
        let wrong = r#"{"resourceType":"MedicationAdministration","id":"w","subject":{"reference":"urn:uuid:p"},"status":7}"#;
        let b = bundle(&[
            admin("ml", "2026-11-01", r#"{"value":8,"unit":"ml"}"#),
            lost,
            wrong.to_string(),
        ]);
        let out = run(&b, None);
        let notes = &out.cases[0].notes;
        assert_eq!(notes[0].reason, Reason::Unit("ml".into()));
        assert!(matches!(notes[1].reason, Reason::Unreadable(_)));
        assert_eq!(out.notes[0].reason, Reason::NoPatient);
        assert!(out.cases[0].doses.is_empty() && out.cases[0].medication.is_none());
        // A supply in a unit that is not days is not read as days.
        let nd = concat!(
            r#"{"resourceType":"Patient","id":"p1"}"#,
            "\n",
            r#"{"resourceType":"MedicationDispense","id":"d","status":"completed","subject":{"reference":"Patient/p1"},"medicationCodeableConcept":{"coding":[{"system":"http://www.whocc.no/atc","code":"N07BC02"}]},"whenHandedOver":"2026-11-12","daysSupply":{"value":80,"code":"mg"},"dosageInstruction":[{"doseAndRate":[{"doseQuantity":{"value":80,"code":"mg"}}]}]}"#,
            "\n"
        );
        let out = run(nd, None);
        assert_eq!(out.cases[0].notes[0].reason, Reason::Unit("mg".into()));
        assert!(out.cases[0].doses.is_empty());
        let days = nd.replace(
            r#""daysSupply":{"value":80,"code":"mg"}"#,
            r#""daysSupply":{"value":3,"unit":"døgn"}"#,
        );
        assert_eq!(run(&days, None).cases[0].doses.len(), 1);
    }

    #[test]
    fn started_lar_comes_from_the_episode_and_medication_since_from_the_request() {
        let mg16 = r#"{"value":16,"code":"mg"}"#;
        let episode = r#"{"resourceType":"EpisodeOfCare","id":"ep","status":"active","patient":{"reference":"urn:uuid:p"},"period":{"start":"2023-02-01"}}"#;
        let request = r#"{"resourceType":"MedicationRequest","id":"rq","status":"active","subject":{"reference":"urn:uuid:p"},"authoredOn":"2026-06-01","medicationCodeableConcept":{"text":"Subutex"}}"#;
        let b = bundle(&[
            episode.into(),
            request.into(),
            admin("a", "2026-11-01", mg16),
        ]);
        let case = &run(&b, None).cases[0];
        assert_eq!(
            case.started_lar.as_ref().map(|s| s.0),
            Some(d("2023-02-01"))
        );
        assert_eq!(
            case.medication_since.as_ref().map(|s| s.0),
            Some(d("2026-06-01"))
        );
    }
}
