//! A [`PatientCase`] as a case file (TOML text valid for `larcheck check`),
//! with every note as a comment at the top.

use super::map::{Note, PatientCase, Reason};
use crate::i18n::Lang;
use crate::tr;
use chrono::NaiveDate;
use std::fmt::Write;

/// What the command line adds to `[treatment]`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Treatment {
    /// `as_of`.
    pub as_of: Option<NaiveDate>,
    /// `started_lar`.
    pub started_lar: Option<NaiveDate>,
}

/// The case file of `case`, read from `source`, with `t` in `[treatment]`.
pub fn render(case: &PatientCase, source: &str, t: Treatment, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}",
        tr!(
            lang,
            "fhir-case-header",
            source = crate::output::printable::line(source)
        )
    );
    for n in &case.notes {
        let _ = writeln!(s, "# {}", note_text(n, lang));
    }
    if let Some(first) = first_dose_as_start(case, t) {
        let _ = writeln!(
            s,
            "# {}",
            tr!(lang, "fhir-first-dose-is-start", date = lang.date(first))
        );
    }
    s.push_str("schema = 1\n\n[patient]\n");
    let _ = writeln!(s, "id = {}", quoted(&case.id));
    if let Some(born) = case.born {
        let _ = writeln!(s, "born = {born}");
    }
    if let Some(sex) = case.sex {
        let _ = writeln!(s, "sex = \"{sex}\"");
    }
    match case.medication {
        Some(m) => {
            let _ = writeln!(s, "\n[treatment]\nmedication = \"{}\"", m.as_str());
            if let Some(d) = t.as_of {
                let _ = writeln!(s, "as_of = {d}");
            }
            if let Some(d) = t.started_lar {
                let _ = writeln!(s, "started_lar = {d}");
            }
        }
        None => {
            let _ = writeln!(s, "\n# {}", tr!(lang, "fhir-no-treatment"));
        }
    }
    for d in &case.doses {
        let _ = writeln!(s, "\n[[doses]]\nfrom = {}", d.from);
        if d.to != d.from {
            let _ = writeln!(s, "to = {}", d.to);
        }
        let _ = writeln!(s, "mg = {}", number(d.mg));
        if Some(d.medication) != case.medication {
            let _ = writeln!(s, "medication = \"{}\"", d.medication.as_str());
        }
        if !d.supervised {
            s.push_str("supervised = false\n");
        }
    }
    s
}

/// The first imported dose when nothing says the patient was in LAR
/// before it: `check` reads it as day 1 of an induction.
pub fn first_dose_as_start(case: &PatientCase, t: Treatment) -> Option<NaiveDate> {
    let first = case.doses.first()?.from;
    match t.started_lar {
        Some(d) if d < first => None,
        _ => Some(first),
    }
}

/// A note as one line: the resource and why (comments and the standard
/// error summary).
pub fn note_text(n: &Note, lang: Lang) -> String {
    let resource = crate::output::printable::line(&n.resource);
    let reason = match &n.reason {
        Reason::NotMapped => tr!(lang, "fhir-reason-not-mapped"),
        Reason::NotLar => tr!(lang, "fhir-reason-not-lar"),
        Reason::Unit(u) => tr!(
            lang,
            "fhir-reason-unit",
            unit = crate::output::printable::line(u)
        ),
        Reason::NoDose => tr!(lang, "fhir-reason-no-dose"),
        Reason::NoDate => tr!(lang, "fhir-reason-no-date"),
        Reason::Status(st) => tr!(
            lang,
            "fhir-reason-status",
            status = crate::output::printable::line(st)
        ),
        Reason::NoPatient => tr!(lang, "fhir-reason-no-patient"),
        Reason::Unreadable(m) => tr!(
            lang,
            "fhir-reason-unreadable",
            message = crate::output::printable::line(m)
        ),
        Reason::SupplyAfterSupervised => tr!(lang, "fhir-reason-supply-after-supervised"),
    };
    match n.reason {
        Reason::SupplyAfterSupervised => {
            tr!(
                lang,
                "fhir-note-assumed",
                resource = resource,
                reason = reason
            )
        }
        _ => tr!(
            lang,
            "fhir-note-not-imported",
            resource = resource,
            reason = reason
        ),
    }
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A dose as TOML: an integer when whole.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
