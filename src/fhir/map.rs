//! Resources to cases: `Patient` → `[patient]`; `MedicationAdministration`
//! (a dose given: supervised) and `MedicationDispense` (doses handed over:
//! take-home) of a LAR medication → `[[doses]]`, merged into ranges. Every
//! resource not mapped, or mapped with an assumption, becomes a [`Note`];
//! two records of the same day are a [`Conflict`] naming both resources.

use super::Resource;
use super::model::{Administration, CodeableConcept, Dispense, Patient, Quantity};
use crate::case::model::Medication;
use chrono::{Days, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// The ATC system URI (WHO Collaborating Centre).
const ATC: &str = "http://www.whocc.no/atc";

/// The LAR medications by ATC code. (Next step: FEST ids, RxNorm and the
/// text through the catalogue's resolver.)
const LAR_ATC: &[(&str, Medication)] = &[
    ("N07BC02", Medication::Methadone),
    ("N07BC01", Medication::Buprenorphine),
    ("N07BC51", Medication::BuprenorphineNaloxone),
    ("N07BC05", Medication::Levomethadone),
];

/// One patient's imported case.
#[derive(Debug)]
pub struct PatientCase {
    /// The pseudonymous id (the resource id).
    pub id: String,
    /// Birth year.
    pub born: Option<i32>,
    /// `female`, `male` or `other`.
    pub sex: Option<&'static str>,
    /// The LAR medication of the latest dose, if any dose.
    pub medication: Option<Medication>,
    /// Dose ranges in date order.
    pub doses: Vec<DoseRange>,
    /// What was not mapped or mapped with an assumption.
    pub notes: Vec<Note>,
}

/// A `[[doses]]` entry.
#[derive(Debug, PartialEq)]
pub struct DoseRange {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Daily total.
    pub mg: f64,
    /// The medication.
    pub medication: Medication,
    /// Taken under supervision (administered) or handed over (dispensed).
    pub supervised: bool,
}

/// A resource not imported, or imported with an assumption.
#[derive(Debug, PartialEq)]
pub struct Note {
    /// `Type/id`.
    pub resource: String,
    /// Why.
    pub reason: Reason,
}

/// Why a resource is in a [`Note`].
#[derive(Debug, PartialEq)]
pub enum Reason {
    /// No mapping for this resource type (yet).
    NotMapped,
    /// A medication that is not a LAR medication (a prescription, next step).
    NotLar,
    /// A dose not in mg (the unit).
    Unit(String),
    /// No dose amount.
    NoDose,
    /// No date.
    NoDate,
    /// A status other than `completed` (the status).
    Status(String),
    /// Its subject is no `Patient` of the input.
    NoPatient,
    /// Its content does not fit the resource type (the reader's message).
    Unreadable(String),
    /// Assumption: a dispense handed over on a day with a supervised dose
    /// supplies the days after it.
    SupplyAfterSupervised,
}

/// Two resources record the same day's dose.
#[derive(Debug, PartialEq)]
pub struct Conflict {
    /// The day.
    pub date: NaiveDate,
    /// The two resources.
    pub resources: [String; 2],
}

/// What the mapping gives: the cases and the notes on resources of no
/// patient.
#[derive(Debug, Default)]
pub struct Imported {
    /// One case per `Patient`, in input order.
    pub cases: Vec<PatientCase>,
    /// Notes on resources that belong to no patient.
    pub notes: Vec<Note>,
}

/// One day's record: the daily total and where it came from.
struct Day {
    mg: f64,
    medication: Medication,
    supervised: bool,
    source: String,
}

/// Maps the resources. A contradiction is an error naming both resources.
pub fn map(resources: &[Resource]) -> Result<Imported, Conflict> {
    let mut out = Imported::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut days: Vec<BTreeMap<NaiveDate, Day>> = Vec::new();
    for r in resources.iter().filter(|r| r.kind == "Patient") {
        let Some(id) = r.id.clone() else {
            out.notes
                .push(note(r, Reason::Unreadable("Patient without id".into())));
            continue;
        };
        let p: Patient = match serde_json::from_value(r.value.clone()) {
            Ok(p) => p,
            Err(e) => {
                out.notes.push(note(r, Reason::Unreadable(e.to_string())));
                continue;
            }
        };
        index.insert(format!("Patient/{id}"), out.cases.len());
        if let Some(url) = &r.full_url {
            index.insert(url.clone(), out.cases.len());
        }
        out.cases.push(patient_case(id, &p));
        days.push(BTreeMap::new());
    }
    // Administrations first: a dispense on the same day is read against them.
    for kind in ["MedicationAdministration", "MedicationDispense"] {
        for r in resources.iter().filter(|r| r.kind == kind) {
            let at = subject(&r.value).and_then(|s| index.get(s).copied());
            let Some(at) = at else {
                out.notes.push(note(r, Reason::NoPatient));
                continue;
            };
            let case = &mut out.cases[at];
            if kind == "MedicationAdministration" {
                administration(r, &mut days[at], &mut case.notes)?;
            } else {
                dispense(r, &mut days[at], &mut case.notes)?;
            }
        }
    }
    for r in resources
        .iter()
        .filter(|r| !MAPPED.contains(&r.kind.as_str()))
    {
        let at = subject(&r.value).and_then(|s| index.get(s).copied());
        match at {
            Some(at) => out.cases[at].notes.push(note(r, Reason::NotMapped)),
            None => out.notes.push(note(r, Reason::NotMapped)),
        }
    }
    for (case, days) in out.cases.iter_mut().zip(days) {
        case.medication = days.values().next_back().map(|d| d.medication);
        case.doses = ranges(&days);
    }
    Ok(out)
}

/// The resource types this step maps.
const MAPPED: &[&str] = &["Patient", "MedicationAdministration", "MedicationDispense"];

fn note(r: &Resource, reason: Reason) -> Note {
    Note {
        resource: r.name(),
        reason,
    }
}

fn patient_case(id: String, p: &Patient) -> PatientCase {
    let born = p
        .birth_date
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    let sex = match p.gender.as_deref() {
        Some("female") => Some("female"),
        Some("male") => Some("male"),
        Some("other") => Some("other"),
        _ => None,
    };
    PatientCase {
        id,
        born,
        sex,
        medication: None,
        doses: Vec::new(),
        notes: Vec::new(),
    }
}

/// `subject.reference` (or `patient.reference`, R4's name in some resources).
fn subject(v: &serde_json::Value) -> Option<&str> {
    v.get("subject")
        .or_else(|| v.get("patient"))
        .and_then(|s| s.get("reference"))
        .and_then(serde_json::Value::as_str)
}

/// The LAR medication a concept codes (by ATC).
fn lar_medication(c: Option<&CodeableConcept>) -> Option<Medication> {
    c?.coding
        .iter()
        .filter(|c| c.system.as_deref() == Some(ATC))
        .find_map(|c| {
            let code = c.code.as_deref()?;
            LAR_ATC.iter().find(|(a, _)| *a == code).map(|(_, m)| *m)
        })
}

/// The local date of a FHIR date or dateTime (the date as written: the
/// sender's local day).
fn date(s: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s?.get(..10)?, "%Y-%m-%d").ok()
}

/// A dose in mg, or the reason it is not one.
fn mg(q: Option<&Quantity>) -> Result<f64, Reason> {
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

/// Reads `r` as `T`, or notes why not.
fn typed<T: serde::de::DeserializeOwned>(r: &Resource, notes: &mut Vec<Note>) -> Option<T> {
    match serde_json::from_value(r.value.clone()) {
        Ok(t) => Some(t),
        Err(e) => {
            notes.push(note(r, Reason::Unreadable(e.to_string())));
            None
        }
    }
}

/// Checks status and medication; the LAR medication, or a note.
fn usable(
    r: &Resource,
    status: Option<&str>,
    med: Option<&CodeableConcept>,
    notes: &mut Vec<Note>,
) -> Option<Medication> {
    if status != Some("completed") {
        notes.push(note(r, Reason::Status(status.unwrap_or("").to_owned())));
        return None;
    }
    let m = lar_medication(med);
    if m.is_none() {
        notes.push(note(r, Reason::NotLar));
    }
    m
}

fn administration(
    r: &Resource,
    days: &mut BTreeMap<NaiveDate, Day>,
    notes: &mut Vec<Note>,
) -> Result<(), Conflict> {
    let Some(a) = typed::<Administration>(r, notes) else {
        return Ok(());
    };
    let Some(medication) = usable(
        r,
        a.status.as_deref(),
        a.medication_codeable_concept.as_ref(),
        notes,
    ) else {
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
    match days.get_mut(&day) {
        // Two administrations on one day: a split dose; the daily total.
        Some(d) if d.supervised && d.medication == medication => d.mg += dose,
        Some(d) => {
            return Err(Conflict {
                date: day,
                resources: [d.source.clone(), r.name()],
            });
        }
        None => {
            days.insert(
                day,
                Day {
                    mg: dose,
                    medication,
                    supervised: true,
                    source: r.name(),
                },
            );
        }
    }
    Ok(())
}

fn dispense(
    r: &Resource,
    days: &mut BTreeMap<NaiveDate, Day>,
    notes: &mut Vec<Note>,
) -> Result<(), Conflict> {
    let Some(d) = typed::<Dispense>(r, notes) else {
        return Ok(());
    };
    let Some(medication) = usable(
        r,
        d.status.as_deref(),
        d.medication_codeable_concept.as_ref(),
        notes,
    ) else {
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
    let supply = d.days_supply.as_ref().and_then(|q| q.value).unwrap_or(0.0);
    if !(supply >= 1.0 && supply.fract() == 0.0 && supply <= 366.0) {
        notes.push(note(r, Reason::NoDose));
        return Ok(());
    }
    let mut start = handed;
    if days.get(&handed).is_some_and(|d| d.supervised) {
        start = handed + Days::new(1);
        notes.push(note(r, Reason::SupplyAfterSupervised));
    }
    for n in 0..supply as u64 {
        let day = start + Days::new(n);
        if let Some(other) = days.get(&day) {
            return Err(Conflict {
                date: day,
                resources: [other.source.clone(), r.name()],
            });
        }
        days.insert(
            day,
            Day {
                mg: dose,
                medication,
                supervised: false,
                source: r.name(),
            },
        );
    }
    Ok(())
}

/// Consecutive days with the same dose, medication and supervision as one
/// range; a day with nothing recorded ends a range (never invented).
fn ranges(days: &BTreeMap<NaiveDate, Day>) -> Vec<DoseRange> {
    let mut out: Vec<DoseRange> = Vec::new();
    for (&day, d) in days {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn resources(json: &str) -> Vec<Resource> {
        super::super::read(json).unwrap()
    }

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

    #[test]
    fn a_split_dose_is_the_daily_total_and_a_gap_ends_a_range() {
        let mg8 = r#"{"value":8,"code":"mg"}"#;
        let b = bundle(&[
            admin("a", "2026-11-01", mg8),
            admin("b", "2026-11-01", mg8),
            admin("c", "2026-11-02", r#"{"value":16,"code":"mg"}"#),
            admin("d", "2026-11-04", r#"{"value":16,"code":"mg"}"#),
        ]);
        let out = map(&resources(&b)).unwrap();
        let case = &out.cases[0];
        assert_eq!((case.born, case.sex), (Some(1990), None));
        assert_eq!(case.medication, Some(Medication::Buprenorphine));
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let spans: Vec<_> = case.doses.iter().map(|r| (r.from, r.to, r.mg)).collect();
        assert_eq!(
            spans,
            [
                (d("2026-11-01"), d("2026-11-02"), 16.0),
                (d("2026-11-04"), d("2026-11-04"), 16.0)
            ]
        );
        assert!(case.doses.iter().all(|r| r.supervised));
    }

    #[test]
    fn a_dose_not_in_mg_or_of_no_patient_is_a_note() {
        let mut b = bundle(&[admin("ml", "2026-11-01", r#"{"value":8,"unit":"ml"}"#)]);
        b = b.replace(
            "]}",
            &format!(
                r#",{{"resource":{}}}]}}"#,
                admin("lost", "2026-11-02", r#"{"value":8,"code":"mg"}"#)
                    .replace("urn:uuid:p", "Patient/nobody")
            ),
        );
        let out = map(&resources(&b)).unwrap();
        assert_eq!(
            out.cases[0].notes,
            [Note {
                resource: "MedicationAdministration/ml".into(),
                reason: Reason::Unit("ml".into())
            }]
        );
        assert_eq!(
            out.notes,
            [Note {
                resource: "MedicationAdministration/lost".into(),
                reason: Reason::NoPatient
            }]
        );
        assert!(out.cases[0].doses.is_empty() && out.cases[0].medication.is_none());
    }

    #[test]
    fn a_field_of_the_wrong_type_is_a_note_not_a_panic() {
        let b = bundle(&[r#"{"resourceType":"MedicationAdministration","id":"w","subject":{"reference":"urn:uuid:p"},"status":7}"#.to_string()]);
        let out = map(&resources(&b)).unwrap();
        assert!(matches!(
            out.cases[0].notes[0].reason,
            Reason::Unreadable(_)
        ));
    }
}
