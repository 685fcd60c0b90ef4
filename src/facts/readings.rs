//! How each drug screen reads on its own date (case-format.md "Screens"):
//! dilute or not, what was tested, what the LAR medications and the active
//! prescriptions explain, what is left unexplained, and whether the LAR
//! medication is missing. Computed once per case in [`super::derive`]; read
//! by the SCR rules, INT004, DOS006 and drug mastery.

use super::Facts;
use super::days::DayKind;
use crate::case::{Case, Medication, Sample, Screen, ScreenStatus};
use crate::config::Settings;
use crate::vocab::drugs::Drug;
use crate::vocab::substances::{SubstanceGroup, group};
use chrono::{Duration, NaiveDate};

/// One screen, read.
#[derive(Debug, Clone)]
pub struct Reading {
    /// Index into `case.screens`.
    pub index: usize,
    /// Date.
    pub date: NaiveDate,
    /// A baseline screen (before the start of LAR, or on its first day):
    /// it shows why treatment started; no SCR rule reads it and drug
    /// mastery does not count it (INT004 still does).
    pub baseline: bool,
    /// Dilute by status or by creatinine below the cut-off.
    pub dilute: bool,
    /// Creatinine below the cut-off.
    pub low_creatinine: bool,
    /// Status as recorded.
    pub status: ScreenStatus,
    /// Results count (valid or dilute).
    pub has_results: bool,
    /// A valid screen: status valid and not dilute (by status or
    /// creatinine), so its negatives prove something.
    pub valid: bool,
    /// Positives.
    pub positive: Vec<&'static str>,
    /// LAR medications dosed in the days that explain the screen.
    pub lar_meds: Vec<Medication>,
    /// Positives nothing explains (6-mam is never explained).
    pub unexplained: Vec<&'static str>,
    /// Unexplained substances of the patient's own LAR medication: it is
    /// prescribed, but no dose of it is recorded in the days that explain
    /// the screen (taken from another source?).
    pub own_unrecorded: Vec<&'static str>,
    /// The LAR medications whose substances were expected and not found (SCR002).
    pub absent_meds: Vec<Medication>,
    /// The LAR medication was tested for and not found (SCR002).
    pub agonist_absent: bool,
    /// A parent drug without its metabolite in a valid urine (possible
    /// spiking): `buprenorphine` or `methadone`.
    pub spiked: Option<&'static str>,
    /// Possible spiking (`spiked` is set).
    pub spiking: bool,
    /// Prescribed drugs whose substances were tested and negative: (drug as written, substances).
    pub prescribed_absent: Vec<(String, Vec<String>)>,
}

impl Reading {
    /// Unexplained positives of a group.
    pub fn unexplained_in(&self, g: SubstanceGroup) -> Vec<&str> {
        self.unexplained
            .iter()
            .copied()
            .filter(|s| group(s) == g)
            .collect()
    }
}

/// The day records from `from` up to, not including, `until`. The days
/// are one per date without holes: sliced, not each date looked up.
fn days_in<'f>(facts: &'f Facts<'_>, from: NaiveDate, until: NaiveDate) -> &'f [super::days::Day] {
    let Some(first) = facts.days.first().map(|d| d.date) else {
        return &[];
    };
    let len = facts.days.len() as i64;
    let lo = (from - first).num_days().clamp(0, len) as usize;
    let hi = (until - first).num_days().clamp(0, len) as usize;
    &facts.days[lo..hi.max(lo)]
}

/// The LAR medications dosed on the days `date − days + 1` … `date`, each
/// with the last such day (depot days count as depot doses).
fn dosed_near(facts: &Facts<'_>, date: NaiveDate, days: i64) -> Vec<(Medication, NaiveDate)> {
    let mut meds: Vec<(Medication, NaiveDate)> = Vec::new();
    let from = date - Duration::days(days - 1);
    for day in days_in(facts, from, date + Duration::days(1)) {
        let d = day.date;
        let depot = (day.kind == DayKind::Depot).then_some(Medication::BuprenorphineDepot);
        for m in day
            .doses
            .iter()
            .map(|x| x.med)
            .chain(day.injection.map(|_| Medication::BuprenorphineDepot))
            .chain(depot)
        {
            match meds.iter_mut().find(|x| x.0 == m) {
                Some(x) => x.1 = d,
                None => meds.push((m, d)),
            }
        }
    }
    meds
}

/// The first day of LAR for the baseline test: `started_lar`, or the first
/// LAR dose of the record.
pub fn lar_start(case: &Case, facts: &Facts<'_>) -> Option<NaiveDate> {
    case.treatment.started_lar.or_else(|| {
        facts
            .days
            .iter()
            .find(|d| d.kind == DayKind::Dosed || d.kind == DayKind::Depot)
            .map(|d| d.date)
    })
}

/// Reads every screen of the case, with the prescriptions `facts` resolved.
pub(super) fn read_all(case: &Case, facts: &Facts<'_>, s: &Settings) -> Vec<Reading> {
    let start = lar_start(case, facts);
    case.screens
        .iter()
        .enumerate()
        .map(|(i, sc)| read(i, sc, case, facts, s, start))
        .collect()
}

/// What one screen's results say against the doses and the prescriptions.
fn read(
    index: usize,
    sc: &Screen,
    case: &Case,
    facts: &Facts<'_>,
    s: &Settings,
    start: Option<NaiveDate>,
) -> Reading {
    let low_creatinine = sc
        .creatinine_mmol_l
        .is_some_and(|c| c < s.screens.creatinine_cutoff_mmol_l);
    let dilute = sc.status == ScreenStatus::Dilute || low_creatinine;
    let has_results = matches!(sc.status, ScreenStatus::Valid | ScreenStatus::Dilute);
    let valid = sc.status == ScreenStatus::Valid && !dilute;
    let tested = tested(sc, s);
    // Each medication dosed keeps its own days (14 for methadone and
    // levomethadone, 7 for the others): in a switch each has its own.
    let near = dosed_near(facts, sc.date, s.screens.max_medication_days());
    let mut lar_meds: Vec<Medication> = near
        .iter()
        .filter(|(m, last)| (sc.date - *last).num_days() < s.screens.medication_days_of(m.group()))
        .map(|(m, _)| *m)
        .collect();
    let before_record = before_record(sc, case, facts);
    let explaining = explaining(&lar_meds, before_record, case, facts);
    let active: Vec<(&str, &Drug)> = facts
        .prescriptions
        .iter()
        .filter(|(p, _)| p.active_on(sc.date))
        .filter_map(|(p, d)| d.map(|d| (p.drug.as_str(), d)))
        .collect();
    let positive = if has_results {
        sc.positive.clone()
    } else {
        Vec::new()
    };
    let unexplained: Vec<&'static str> = positive
        .iter()
        .copied()
        .filter(|p| !explained(p, &explaining, &active))
        .collect();
    let own = case.treatment.medication.screen_substances();
    let own_unrecorded: Vec<&'static str> = unexplained
        .iter()
        .copied()
        .filter(|p| own.contains(p) && *p != "opiates")
        .collect();
    let absence = if valid && !before_record {
        absence(sc, facts, s, &near, &tested, &positive, &active)
    } else {
        Absence::default()
    };
    lar_meds.sort();
    Reading {
        index,
        date: sc.date,
        baseline: start.is_some_and(|st| sc.date <= st),
        dilute,
        low_creatinine,
        status: sc.status,
        has_results,
        valid,
        positive,
        lar_meds,
        unexplained,
        own_unrecorded,
        agonist_absent: !absence.absent_meds.is_empty(),
        absent_meds: absence.absent_meds,
        spiking: absence.spiked.is_some(),
        spiked: absence.spiked,
        prescribed_absent: absence.prescribed_absent,
    }
}

/// What was tested: the panel written (or the standard panel of the
/// sample), plus every positive. Borrowed: the panel is not copied for
/// every screen.
fn tested<'a>(sc: &'a Screen, s: &'a Settings) -> Vec<&'a str> {
    let mut tested: Vec<&str> = match &sc.tested {
        Some(t) => t.clone(),
        None => match sc.sample {
            Sample::Urine => &s.screens.urine_panel,
            _ => &s.screens.other_panel,
        }
        .iter()
        .map(String::as_str)
        .collect(),
    };
    for p in &sc.positive {
        if !tested.contains(p) {
            tested.push(p);
        }
    }
    tested
}

/// A continuation's screen from before its first dose record.
fn before_record(sc: &Screen, case: &Case, facts: &Facts<'_>) -> bool {
    let first_record = facts.days.first().map(|d| d.date);
    first_record.is_none_or(|f| sc.date < f)
        && case.treatment.started_lar.is_some_and(|sl| sl <= sc.date)
}

/// The LAR medications that explain a screen's substances: those dosed in
/// their days, and for a screen from before the first dose record of a
/// continuation, the first recorded medication (the record cannot show
/// those doses; absence is then never judged).
fn explaining(
    lar_meds: &[Medication],
    before_record: bool,
    case: &Case,
    facts: &Facts<'_>,
) -> Vec<Medication> {
    let mut explaining = lar_meds.to_vec();
    if before_record {
        let first_med = facts
            .episodes
            .first()
            .map_or(case.treatment.medication, |e| e.med);
        if !explaining.contains(&first_med) {
            explaining.push(first_med);
        }
    }
    explaining
}

/// A LAR medication or an active prescription explains `sub` (6-mam never).
fn explained(sub: &str, explaining: &[Medication], active: &[(&str, &Drug)]) -> bool {
    if sub == "6-mam" {
        return false;
    }
    explaining
        .iter()
        .any(|m| m.screen_substances().contains(&sub))
        || active.iter().any(|(_, d)| d.explains_substance(sub))
}

/// What a valid screen shows missing.
#[derive(Default)]
struct Absence {
    absent_meds: Vec<Medication>,
    spiked: Option<&'static str>,
    prescribed_absent: Vec<(String, Vec<String>)>,
}

/// What a valid screen (not from before the record) shows missing: the
/// LAR medication (SCR002), a metabolite (spiking) or a prescribed drug.
fn absence(
    sc: &Screen,
    facts: &Facts<'_>,
    s: &Settings,
    near: &[(Medication, NaiveDate)],
    tested: &[&str],
    positive: &[&str],
    active: &[(&str, &Drug)],
) -> Absence {
    Absence {
        absent_meds: absent_meds(sc, facts, s, near, tested, positive),
        spiked: spiked(sc, tested, positive),
        prescribed_absent: prescribed_absent(tested, positive, active),
    }
}

/// SCR002 expects the substances only of a medication dosed in the
/// `absence_days` up to the screen, and before the screen's day: a sample
/// on the morning of a first dose precedes it (case-format.md: a morning
/// sample is taken before the dose). The longer methadone days explain
/// what is found; they never make an absence suspicious.
fn absent_meds(
    sc: &Screen,
    facts: &Facts<'_>,
    s: &Settings,
    near: &[(Medication, NaiveDate)],
    tested: &[&str],
    positive: &[&str],
) -> Vec<Medication> {
    let expected: Vec<Medication> = near
        .iter()
        .filter(|(m, _)| dosed_before(facts, *m, sc.date, s.screens.absence_days))
        .map(|(m, _)| *m)
        .collect();
    let tested_any = expected
        .iter()
        .any(|m| m.screen_substances().iter().any(|x| tested.contains(x)));
    let found_any = expected.iter().any(|m| {
        m.screen_substances()
            .iter()
            .any(|x| positive.iter().any(|p| p == x))
    });
    if tested_any && !found_any {
        expected
    } else {
        Vec::new()
    }
}

/// Possible spiking: the parent drug without its metabolite in a valid
/// urine (a dilute one proves nothing).
fn spiked(sc: &Screen, tested: &[&str], positive: &[&str]) -> Option<&'static str> {
    if sc.sample != Sample::Urine {
        return None;
    }
    [("buprenorphine", "norbuprenorphine"), ("methadone", "eddp")]
        .into_iter()
        .find(|(parent, metabolite)| {
            positive.iter().any(|p| p == parent)
                && tested.contains(metabolite)
                && !positive.iter().any(|p| p == metabolite)
        })
        .map(|(parent, _)| parent)
}

/// Active prescriptions (not LAR entries) whose substances were tested and
/// all negative: (drug as written, those substances).
fn prescribed_absent(
    tested: &[&str],
    positive: &[&str],
    active: &[(&str, &Drug)],
) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (drug, d) in active {
        if d.lar.is_some() || d.explains.is_empty() {
            continue;
        }
        let subs: Vec<String> = d
            .explains
            .iter()
            .filter(|x| tested.contains(&x.as_str()))
            .cloned()
            .collect();
        if !subs.is_empty() && !subs.iter().any(|x| positive.contains(&x.as_str())) {
            out.push((drug.to_string(), subs));
        }
    }
    out
}

/// `med` was dosed on a day before `date` within `days` days of it.
fn dosed_before(facts: &Facts<'_>, med: Medication, date: NaiveDate, days: i64) -> bool {
    let from = date - Duration::days(days - 1);
    days_in(facts, from, date).iter().any(|d| {
        d.doses.iter().any(|x| x.med == med)
            || (med == Medication::BuprenorphineDepot
                && (d.kind == DayKind::Depot || d.injection.is_some()))
    })
}
