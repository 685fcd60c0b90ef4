//! How each drug screen reads on its own date (case-format.md "Screens"):
//! dilute or not, what was tested, what the LAR medications and the active
//! prescriptions explain, what is left unexplained, and whether the LAR
//! medication is missing. Computed once per case; read by the SCR rules,
//! INT004, DOS006 and drug mastery.

use crate::case::Prescription;
use crate::case::{Case, Medication, Sample, Screen, ScreenStatus};
use crate::config::Settings;
use crate::drugs::Drug;
use crate::facts::{DayKind, Facts};
use chrono::{Duration, NaiveDate};

/// Substance groups of the screen vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Opioids (6-mam counts as heroin).
    Opioid,
    /// Benzodiazepines and z-hypnotics.
    Benzo,
    /// Pregabalin and gabapentin.
    Gabapentinoid,
    /// Barbiturates, carisoprodol, GHB, xylazine.
    Sedative,
    /// Stimulants.
    Stimulant,
    /// Alcohol.
    Alcohol,
    /// Cannabis.
    Cannabis,
    /// Synthetic cannabinoids, ketamine, LSD.
    Other,
}

/// The group of a substance.
pub fn group(s: &str) -> Group {
    match s {
        "benzodiazepines"
        | "diazepam"
        | "oxazepam"
        | "alprazolam"
        | "clonazepam"
        | "nitrazepam"
        | "flunitrazepam"
        | "lorazepam"
        | "designer-benzodiazepines"
        | "zopiclone"
        | "zolpidem" => Group::Benzo,
        "pregabalin" | "gabapentin" => Group::Gabapentinoid,
        "phenobarbital" | "carisoprodol" | "ghb" | "xylazine" => Group::Sedative,
        "amphetamine" | "methamphetamine" | "mdma" | "cocaine" | "methylphenidate" => {
            Group::Stimulant
        }
        "alcohol" => Group::Alcohol,
        "cannabis" => Group::Cannabis,
        s if crate::screens::is_opioid(s) => Group::Opioid,
        _ => Group::Other,
    }
}

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
    /// Negatives prove something (valid and not dilute).
    pub negatives_count: bool,
    /// What was tested (the panel, plus every positive).
    pub tested: Vec<String>,
    /// Positives.
    pub positive: Vec<String>,
    /// LAR medications dosed in the days that explain the screen.
    pub lar_meds: Vec<Medication>,
    /// Positives nothing explains (6-mam is never explained).
    pub unexplained: Vec<String>,
    /// Unexplained substances of the patient's own LAR medication: it is
    /// prescribed, but no dose of it is recorded in the days that explain
    /// the screen (taken from another source?).
    pub own_unrecorded: Vec<String>,
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
    pub fn unexplained_in(&self, g: Group) -> Vec<&str> {
        self.unexplained
            .iter()
            .filter(|s| group(s) == g)
            .map(String::as_str)
            .collect()
    }
}

/// The LAR medications dosed on the days `date − days + 1` … `date`, each
/// with the last such day (depot days count as depot doses).
fn dosed_near(facts: &Facts, date: NaiveDate, days: i64) -> Vec<(Medication, NaiveDate)> {
    let mut meds: Vec<(Medication, NaiveDate)> = Vec::new();
    let mut d = date - Duration::days(days - 1);
    while d <= date {
        if let Some(day) = facts.day(d) {
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
        d += Duration::days(1);
    }
    meds
}

/// Every prescription with its catalogue entry (resolved once per case).
pub type Resolved<'a> = [(&'a Prescription, Option<&'a Drug>)];

/// The first day of LAR for the baseline test: `started_lar`, or the first
/// LAR dose of the record.
pub fn lar_start(case: &Case, facts: &Facts) -> Option<NaiveDate> {
    case.treatment.started_lar.or_else(|| {
        facts
            .days
            .iter()
            .find(|d| d.kind == DayKind::Dosed || d.kind == DayKind::Depot)
            .map(|d| d.date)
    })
}

/// Reads every screen of the case.
pub fn read_all(case: &Case, facts: &Facts, s: &Settings, rx: &Resolved<'_>) -> Vec<Reading> {
    let start = lar_start(case, facts);
    case.screens
        .iter()
        .enumerate()
        .map(|(i, sc)| read(i, sc, case, facts, s, rx, start))
        .collect()
}

fn read(
    index: usize,
    sc: &Screen,
    case: &Case,
    facts: &Facts,
    s: &Settings,
    rx: &Resolved<'_>,
    start: Option<NaiveDate>,
) -> Reading {
    let low_creatinine = sc
        .creatinine_mmol_l
        .is_some_and(|c| c < s.screens.creatinine_cutoff_mmol_l);
    let dilute = sc.status == ScreenStatus::Dilute || low_creatinine;
    let has_results = matches!(sc.status, ScreenStatus::Valid | ScreenStatus::Dilute);
    let negatives_count = sc.status == ScreenStatus::Valid && !dilute;
    // case-format.md "Screens": before the start of LAR, or on its first
    // day (the intake sample is taken before the first dose).
    let baseline = start.is_some_and(|st| sc.date <= st);
    let mut tested: Vec<String> = match &sc.tested {
        Some(t) => t.clone(),
        None => match sc.sample {
            Sample::Urine => s.screens.urine_panel.clone(),
            _ => s.screens.other_panel.clone(),
        },
    };
    for p in &sc.positive {
        if !tested.contains(p) {
            tested.push(p.clone());
        }
    }
    // Each medication dosed keeps its own days (14 for methadone and
    // levomethadone, 7 for the others): in a switch each has its own.
    let near = dosed_near(facts, sc.date, s.screens.max_medication_days());
    let mut lar_meds: Vec<Medication> = near
        .iter()
        .filter(|(m, last)| (sc.date - *last).num_days() < s.screens.medication_days_of(m.group()))
        .map(|(m, _)| *m)
        .collect();
    let mut explaining = lar_meds.clone();
    // A continuation's screen from before its first dose record: the first
    // recorded medication explains its substances (the record cannot show
    // those doses), and absence is never judged.
    let first_record = facts.days.first().map(|d| d.date);
    let before_record = first_record.is_none_or(|f| sc.date < f)
        && case.treatment.started_lar.is_some_and(|sl| sl <= sc.date);
    if before_record {
        let first_med = facts
            .episodes
            .first()
            .map_or(case.treatment.medication, |e| e.med);
        if !explaining.contains(&first_med) {
            explaining.push(first_med);
        }
    }
    let active: Vec<_> = rx
        .iter()
        .filter(|(p, _)| p.active_on(sc.date))
        .filter_map(|(p, d)| d.map(|d| (*p, d)))
        .collect();
    let explained = |sub: &str| -> bool {
        if sub == "6-mam" {
            return false;
        }
        explaining
            .iter()
            .any(|m| m.screen_substances().contains(&sub))
            || active.iter().any(|(_, d)| d.explains_substance(sub))
    };
    let positive = if has_results {
        sc.positive.clone()
    } else {
        Vec::new()
    };
    let unexplained: Vec<String> = positive.iter().filter(|p| !explained(p)).cloned().collect();
    let own = case.treatment.medication.screen_substances();
    let own_unrecorded: Vec<String> = unexplained
        .iter()
        .filter(|p| own.contains(&p.as_str()) && *p != "opiates")
        .cloned()
        .collect();
    let mut absent_meds = Vec::new();
    let mut spiked = None;
    let mut prescribed_absent = Vec::new();
    if negatives_count && !before_record {
        // SCR002 expects the substances only of a medication dosed in the
        // `absence_days` up to the screen, and before the screen's day: a
        // sample on the morning of a first dose precedes it (case-format.md:
        // a morning sample is taken before the dose). The longer methadone
        // days explain what is found; they never make an absence suspicious.
        let expected: Vec<Medication> = near
            .iter()
            .filter(|(m, _)| dosed_before(facts, *m, sc.date, s.screens.absence_days))
            .map(|(m, _)| *m)
            .collect();
        let tested_any = expected.iter().any(|m| {
            m.screen_substances()
                .iter()
                .any(|x| tested.iter().any(|t| t == x))
        });
        let found_any = expected.iter().any(|m| {
            m.screen_substances()
                .iter()
                .any(|x| positive.iter().any(|p| p == x))
        });
        if tested_any && !found_any {
            absent_meds = expected;
        }
        // Possible spiking: the parent drug without its metabolite in a
        // valid urine (a dilute one proves nothing).
        if sc.sample == Sample::Urine {
            for (parent, metabolite) in
                [("buprenorphine", "norbuprenorphine"), ("methadone", "eddp")]
            {
                if spiked.is_none()
                    && positive.iter().any(|p| p == parent)
                    && tested.iter().any(|t| t == metabolite)
                    && !positive.iter().any(|p| p == metabolite)
                {
                    spiked = Some(parent);
                }
            }
        }
        for (p, d) in &active {
            if d.lar.is_some() || d.explains.is_empty() {
                continue;
            }
            let subs: Vec<String> = d
                .explains
                .iter()
                .filter(|x| tested.contains(x))
                .cloned()
                .collect();
            if !subs.is_empty() && !subs.iter().any(|x| positive.contains(x)) {
                prescribed_absent.push((p.drug.clone(), subs));
            }
        }
    }
    lar_meds.sort();
    Reading {
        index,
        date: sc.date,
        baseline,
        dilute,
        low_creatinine,
        status: sc.status,
        has_results,
        negatives_count,
        tested,
        positive,
        lar_meds,
        unexplained,
        own_unrecorded,
        agonist_absent: !absent_meds.is_empty(),
        absent_meds,
        spiking: spiked.is_some(),
        spiked,
        prescribed_absent,
    }
}

/// `med` was dosed on a day before `date` within `days` days of it.
fn dosed_before(facts: &Facts, med: Medication, date: NaiveDate, days: i64) -> bool {
    (1..days).any(|k| {
        facts.day(date - Duration::days(k)).is_some_and(|d| {
            d.doses.iter().any(|x| x.med == med)
                || (med == Medication::BuprenorphineDepot
                    && (d.kind == DayKind::Depot || d.injection.is_some()))
        })
    })
}
