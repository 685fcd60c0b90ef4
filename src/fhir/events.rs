//! `Encounter` and `Condition` → `[[events]]`: the end of an inpatient
//! stay is a `hospital-discharge` (a `detox-discharge` when the stay is a
//! detoxification), an opioid poisoning (ICD-10 T40.0–T40.4, T40.6, or
//! "overdose" in the name) an `overdose`; a pregnancy condition goes to
//! the pregnancy reading ([`super::observations`]).

use super::Resource;
use super::map::{Event, Note, PatientCase, Reason, date, note, typed};
use super::model::{CodeableConcept, Condition, Encounter};
use super::observations::Observations;
use chrono::NaiveDate;

/// Inpatient encounter classes (HL7 v3 ActCode).
const INPATIENT: &[&str] = &["IMP", "ACUTE", "NONAC", "SS"];

/// The lower-cased names of concepts.
fn text<'a>(cs: impl IntoIterator<Item = &'a CodeableConcept<'a>>) -> String {
    cs.into_iter()
        .flat_map(|c| {
            c.coding
                .iter()
                .filter_map(|x| x.display.as_deref())
                .chain(c.text.as_deref())
        })
        .collect::<Vec<_>>()
        .join(" | ")
        .to_lowercase()
}

/// An admission's end as an event, or a note.
pub fn encounter(r: &Resource, notes: &mut Vec<Note>) -> Option<Event> {
    let e = typed::<Encounter>(r, notes)?;
    let class = e
        .class
        .as_ref()
        .and_then(|c| c.code.as_deref())
        .unwrap_or("");
    if !INPATIENT.contains(&class) {
        notes.push(note(r, Reason::NotAdmission));
        return None;
    }
    if e.status.as_deref() != Some("finished") {
        notes.push(note(
            r,
            Reason::Status(e.status.unwrap_or_default().to_string()),
        ));
        return None;
    }
    let Some(end) = date(e.period.as_ref().and_then(|p| p.end.as_deref())) else {
        notes.push(note(r, Reason::NoDate));
        return None;
    };
    let words = text(e.kind.iter().chain(&e.service_type));
    let detox = ["detox", "avrusning", "abstinensbehandling"]
        .iter()
        .any(|w| words.contains(w));
    Some(Event {
        date: end,
        kind: if detox {
            "detox-discharge"
        } else {
            "hospital-discharge"
        },
        source: r.name(),
    })
}

/// An opioid-poisoning ICD-10 code (T40.0–T40.4, T40.6).
fn opioid_poisoning(code: &str) -> bool {
    let c = code.replace('.', "");
    ["T400", "T401", "T402", "T403", "T404", "T406"]
        .iter()
        .any(|p| c.starts_with(p))
}

/// An overdose as an event; a pregnancy to `obs`; anything else a note.
pub fn condition(r: &Resource, obs: &mut Observations, notes: &mut Vec<Note>) -> Option<Event> {
    let c = typed::<Condition>(r, notes)?;
    let code = c.code.unwrap_or_default();
    let words = text([&code]);
    let status = |cc: &Option<CodeableConcept>| {
        cc.as_ref().and_then(|c| {
            c.coding
                .iter()
                .find_map(|x| x.code.as_deref().map(str::to_owned))
        })
    };
    if status(&c.verification_status).as_deref() == Some("entered-in-error") {
        notes.push(note(r, Reason::Status("entered-in-error".into())));
        return None;
    }
    let pregnancy = code
        .coding
        .iter()
        .any(|x| x.code.as_deref() == Some("77386006"))
        || words.contains("pregnan")
        || words.contains("gravid");
    if pregnancy {
        match status(&c.clinical_status).as_deref() {
            Some("active") | None => obs.pregnant(r),
            Some(other) => notes.push(note(r, Reason::Status(other.to_owned()))),
        }
        return None;
    }
    let overdose = code.coding.iter().any(|x| {
        x.system
            .as_deref()
            .is_some_and(|s| s.contains("icd-10") || s.ends_with(".7110"))
            && x.code.as_deref().is_some_and(opioid_poisoning)
    }) || words.contains("overdose")
        || words.contains("overdos");
    if !overdose {
        notes.push(note(r, Reason::NotEvent));
        return None;
    }
    let Some(day) = date(c.onset_date_time.as_deref().or(c.recorded_date.as_deref())) else {
        notes.push(note(r, Reason::NoDate));
        return None;
    };
    Some(Event {
        date: day,
        kind: "overdose",
        source: r.name(),
    })
}

/// Events after `as_of` set aside; the rest in date order.
pub fn finish(case: &mut PatientCase, as_of: Option<NaiveDate>, notes: &mut Vec<Note>) {
    let events = std::mem::take(&mut case.events);
    for e in events {
        if as_of.is_some_and(|a| e.date > a) {
            notes.push(Note {
                resource: e.source,
                reason: Reason::AfterAsOf,
            });
        } else {
            case.events.push(e);
        }
    }
    case.events.sort_by_key(|e| e.date);
}
