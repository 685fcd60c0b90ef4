//! A [`PatientCase`] as a case file (TOML text valid for `larcheck check`),
//! with every note as a comment at the top.

use super::map::{Dose, DoseRange, Note, PatientCase, Reason, Shown};
use crate::case::model::Medication;
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
    for n in super::map::shown(&case.notes) {
        let _ = writeln!(s, "# {}", shown_text(&n, lang));
        if let Shown::Many { resources, .. } = &n {
            listed(&mut s, resources);
        }
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
    if let Some((week, _)) = &case.pregnancy_week {
        let _ = writeln!(s, "pregnancy_week = {week}");
    }
    match case.medication {
        Some(m) => {
            let _ = writeln!(s, "\n[treatment]\nmedication = \"{}\"", m.as_str());
            if let Some(d) = t.as_of {
                let _ = writeln!(s, "as_of = {d}");
            }
            if let Some(d) = started_lar(case, t) {
                let _ = writeln!(s, "started_lar = {d}");
            }
            if let Some((d, _)) = &case.medication_since {
                let _ = writeln!(s, "medication_since = {d}");
            }
        }
        None => {
            let _ = writeln!(s, "\n# {}", tr!(lang, "fhir-no-treatment"));
        }
    }
    if let Some(p) = &case.pickup {
        let _ = writeln!(
            s,
            "\n[pickup]\nsupervised_per_week = {}\ntake_home_days = {}",
            p.supervised_per_week, p.take_home_days
        );
    }
    doses(&mut s, "doses", &case.doses, case.medication);
    doses(&mut s, "plan", &case.plan, case.medication);
    rest(&mut s, case);
    s
}

/// `[[doses]]` or `[[plan]]` entries.
fn doses(s: &mut String, table: &str, ranges: &[DoseRange], medication: Option<Medication>) {
    for d in ranges {
        let _ = writeln!(s, "\n[[{table}]]\nfrom = {}", d.from);
        if d.to != d.from {
            let _ = writeln!(s, "to = {}", d.to);
        }
        let _ = writeln!(s, "mg = {}", number(d.mg));
        if Some(d.medication) != medication {
            let _ = writeln!(s, "medication = \"{}\"", d.medication.as_str());
        }
        if !d.supervised {
            s.push_str("supervised = false\n");
        }
    }
}

/// Prescriptions, screens, ECGs and events, each with its resource as a
/// comment.
fn rest(s: &mut String, case: &PatientCase) {
    for p in &case.prescriptions {
        let _ = writeln!(s, "\n[[prescriptions]]");
        let text = p
            .text
            .as_deref()
            .map(|t| format!(": {}", crate::output::printable::line(t)));
        let _ = writeln!(s, "# {}{}", comment(&p.source), text.unwrap_or_default());
        let _ = writeln!(s, "drug = {}", quoted(&p.drug));
        match p.dose {
            Dose::DailyMg(x) => {
                let _ = writeln!(s, "daily_mg = {}", number(x));
            }
            Dose::PatchUgPerHour(x) => {
                let _ = writeln!(s, "patch_ug_per_hour = {}", number(x));
            }
            Dose::Unknown => {}
        }
        if let Some(d) = p.from {
            let _ = writeln!(s, "from = {d}");
        }
        if let Some(d) = p.to {
            let _ = writeln!(s, "to = {d}");
        }
    }
    for sc in &case.screens {
        let _ = writeln!(s, "\n[[screens]]");
        let sources: Vec<String> = sc.sources.iter().map(|x| comment(x)).collect();
        let _ = writeln!(s, "# {}", sources.join(", "));
        if let Some(d) = sc.date {
            let _ = writeln!(s, "date = {d}");
        }
        if sc.sample != "urine" {
            let _ = writeln!(s, "sample = \"{}\"", sc.sample);
        }
        if sc.status != "valid" {
            let _ = writeln!(s, "status = \"{}\"", sc.status);
        }
        if sc.status == "valid" {
            let _ = writeln!(s, "positive = {}", list(&sc.positive));
            let _ = writeln!(s, "tested = {}", list(&sc.tested));
        }
        if let Some(c) = sc.creatinine {
            let _ = writeln!(s, "creatinine_mmol_l = {}", number(c));
        }
    }
    for e in &case.ecg {
        let _ = writeln!(
            s,
            "\n[[ecg]]\n# {}\ndate = {}\nqtc_ms = {}",
            comment(&e.source),
            e.date,
            number(e.qtc_ms)
        );
    }
    for e in &case.events {
        let _ = writeln!(
            s,
            "\n[[events]]\n# {}\ndate = {}\nkind = \"{}\"",
            comment(&e.source),
            e.date,
            e.kind
        );
    }
}

/// A resource name fit for a comment line.
fn comment(name: &str) -> String {
    crate::output::printable::line(name).to_string()
}

/// A TOML array of strings.
fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// `started_lar`: the command line's, else the one read from the resources.
pub fn started_lar(case: &PatientCase, t: Treatment) -> Option<NaiveDate> {
    t.started_lar.or(case.started_lar.as_ref().map(|(d, _)| *d))
}

/// The first imported dose when nothing says the patient was in LAR
/// before it: `check` reads it as day 1 of an induction.
pub fn first_dose_as_start(case: &PatientCase, t: Treatment) -> Option<NaiveDate> {
    let first = case.doses.first()?.from;
    match started_lar(case, t) {
        Some(d) if d < first => None,
        _ => Some(first),
    }
}

/// A note as one line: the resource and why (comments and the standard
/// error summary).
pub fn note_text(n: &Note, lang: Lang) -> String {
    let resource = crate::output::printable::line(&n.resource);
    let reason = reason_text(&n.reason, lang);
    let id = if n.reason.assumed() {
        "fhir-note-assumed"
    } else {
        "fhir-note-not-imported"
    };
    tr!(lang, id, resource = resource, reason = reason)
}

/// A shown note as one line: the resource and why, or the count, the first
/// and the last resource of an assumption made for several (comments and
/// the standard error summary).
pub fn shown_text(n: &Shown<'_>, lang: Lang) -> String {
    match n {
        Shown::One(n) => note_text(n, lang),
        Shown::Many { reason, resources } => {
            let p = crate::output::printable::line;
            tr!(
                lang,
                "fhir-note-assumed-many",
                count = resources.len(),
                first = p(resources[0]),
                last = p(resources[resources.len() - 1]),
                reason = reason_text(reason, lang)
            )
        }
    }
}

/// Every resource of a grouped note, as comment lines under it (indented,
/// a few to a line), so the case file still names each one.
fn listed(s: &mut String, resources: &[&str]) {
    const WIDTH: usize = 100;
    let mut line = String::new();
    for r in resources {
        let r = crate::output::printable::line(r);
        if !line.is_empty() && line.len() + r.len() + 2 > WIDTH {
            let _ = writeln!(s, "#   {line},");
            line.clear();
        }
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str(&r);
    }
    let _ = writeln!(s, "#   {line}");
}

/// Why, in `lang`.
pub fn reason_text(r: &Reason, lang: Lang) -> String {
    let p = crate::output::printable::line;
    match r {
        Reason::NotMapped => tr!(lang, "fhir-reason-not-mapped"),
        Reason::UnknownDrug(t) if t.is_empty() => tr!(lang, "fhir-reason-no-medication"),
        Reason::UnknownDrug(t) => tr!(lang, "fhir-reason-unknown-drug", tried = p(t)),
        Reason::Unit(u) => tr!(lang, "fhir-reason-unit", unit = p(u)),
        Reason::NoDose => tr!(lang, "fhir-reason-no-dose"),
        Reason::NoDate => tr!(lang, "fhir-reason-no-date"),
        Reason::Status(st) if st.is_empty() => tr!(lang, "fhir-reason-no-status"),
        Reason::Status(st) => tr!(lang, "fhir-reason-status", status = p(st)),
        Reason::NoPatient => tr!(lang, "fhir-reason-no-patient"),
        Reason::Unreadable(m) => tr!(lang, "fhir-reason-unreadable", message = p(m)),
        Reason::Dangling(t) => tr!(lang, "fhir-reason-dangling", target = p(t)),
        Reason::SpecimenDangling(t) => tr!(lang, "fhir-reason-specimen-dangling", target = p(t)),
        Reason::SupplyAfterSupervised => tr!(lang, "fhir-reason-supply-after-supervised"),
        Reason::NotLarDose => tr!(lang, "fhir-reason-not-lar-dose"),
        Reason::LarStatement => tr!(lang, "fhir-reason-lar-statement"),
        Reason::LarRequest => tr!(lang, "fhir-reason-lar-request"),
        Reason::Depot => tr!(lang, "fhir-reason-depot"),
        Reason::Plan => tr!(lang, "fhir-reason-plan"),
        Reason::AfterAsOf => tr!(lang, "fhir-reason-after-as-of"),
        Reason::StartedLar(d) => tr!(lang, "fhir-reason-started-lar", date = lang.date(*d)),
        Reason::MedicationSince(d) => {
            tr!(lang, "fhir-reason-medication-since", date = lang.date(*d))
        }
        Reason::StartAfterFirstDose(d) => {
            tr!(
                lang,
                "fhir-reason-start-after-first-dose",
                date = lang.date(*d)
            )
        }
        Reason::DoseNotDerived => tr!(lang, "fhir-reason-dose-not-derived"),
        Reason::FromAuthored => tr!(lang, "fhir-reason-from-authored"),
        Reason::NoEnd => tr!(lang, "fhir-reason-no-end"),
        Reason::NotScreen => tr!(lang, "fhir-reason-not-read-observation"),
        Reason::UnknownSubstance => tr!(lang, "fhir-reason-unknown-substance"),
        Reason::NoResult => tr!(lang, "fhir-reason-no-result"),
        Reason::AssumedUrine => tr!(lang, "fhir-reason-assumed-urine"),
        Reason::PregnantNoWeek => tr!(lang, "fhir-reason-pregnant-no-week"),
        Reason::WeekCountedOn(w) => tr!(lang, "fhir-reason-week-counted-on", week = *w),
        Reason::PregnancyOver(w) => tr!(lang, "fhir-reason-pregnancy-over", week = *w),
        Reason::NotAdmission => tr!(lang, "fhir-reason-not-admission"),
        Reason::NotEvent => tr!(lang, "fhir-reason-not-event"),
        Reason::PickupDerived => tr!(lang, "fhir-reason-pickup-derived"),
        Reason::PickupNotDerived => tr!(lang, "fhir-reason-pickup-not-derived"),
        Reason::IdFallback => tr!(lang, "fhir-reason-id-fallback"),
        Reason::Skipped => tr!(lang, "fhir-reason-skipped"),
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
