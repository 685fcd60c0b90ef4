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
    /// LAR medications dosed in the days up to the screen.
    pub lar_meds: Vec<Medication>,
    /// Positives nothing explains (6-mam is never explained).
    pub unexplained: Vec<String>,
    /// The LAR medication was tested for and not found (SCR002).
    pub agonist_absent: bool,
    /// Buprenorphine without norbuprenorphine (possible spiking).
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

fn lar_meds_near(facts: &Facts, date: NaiveDate, days: i64) -> Vec<Medication> {
    let mut meds: Vec<Medication> = Vec::new();
    let from = date - Duration::days(days - 1);
    let mut d = from;
    while d <= date {
        if let Some(day) = facts.day(d) {
            for m in day
                .doses
                .iter()
                .map(|x| x.med)
                .chain(day.injection.map(|_| Medication::BuprenorphineDepot))
            {
                if !meds.contains(&m) {
                    meds.push(m);
                }
            }
            if day.kind == DayKind::Depot && !meds.contains(&Medication::BuprenorphineDepot) {
                meds.push(Medication::BuprenorphineDepot);
            }
        }
        d += Duration::days(1);
    }
    meds
}

/// Every prescription with its catalogue entry (resolved once per case).
pub type Resolved<'a> = [(&'a Prescription, Option<&'a Drug>)];

/// Reads every screen of the case.
pub fn read_all(case: &Case, facts: &Facts, s: &Settings, rx: &Resolved<'_>) -> Vec<Reading> {
    case.screens
        .iter()
        .enumerate()
        .map(|(i, sc)| read(i, sc, case, facts, s, rx))
        .collect()
}

fn read(
    index: usize,
    sc: &Screen,
    case: &Case,
    facts: &Facts,
    s: &Settings,
    rx: &Resolved<'_>,
) -> Reading {
    let low_creatinine = sc
        .creatinine_mmol_l
        .is_some_and(|c| c < s.screens.creatinine_cutoff_mmol_l);
    let dilute = sc.status == ScreenStatus::Dilute || low_creatinine;
    let has_results = matches!(sc.status, ScreenStatus::Valid | ScreenStatus::Dilute);
    let negatives_count = sc.status == ScreenStatus::Valid && !dilute;
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
    let mut lar_meds = lar_meds_near(facts, sc.date, s.screens.medication_days);
    // A screen from before the dose record of a patient already in LAR: the
    // current medication explains its substances (never proves absence).
    let mut explaining = lar_meds.clone();
    let first_record = facts.days.first().map(|d| d.date);
    if lar_meds.is_empty()
        && first_record.is_none_or(|f| sc.date < f)
        && case.treatment.started_lar.is_some_and(|sl| sl <= sc.date)
    {
        explaining.push(case.treatment.medication);
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
    let mut agonist_absent = false;
    let mut spiking = false;
    let mut prescribed_absent = Vec::new();
    if negatives_count {
        // Absence is judged only for medications dosed before the screen
        // day: a sample taken on the morning of a first dose precedes it
        // (case-format.md: a morning sample is taken before the dose).
        let before = lar_meds_near(
            facts,
            sc.date - Duration::days(1),
            s.screens.medication_days - 1,
        );
        let lar_meds: Vec<Medication> = lar_meds
            .iter()
            .copied()
            .filter(|m| before.contains(m))
            .collect();
        let tested_any = lar_meds.iter().any(|m| {
            m.screen_substances()
                .iter()
                .any(|x| tested.iter().any(|t| t == x))
        });
        let found_any = lar_meds.iter().any(|m| {
            m.screen_substances()
                .iter()
                .any(|x| positive.iter().any(|p| p == x))
        });
        agonist_absent = tested_any && !found_any;
        spiking = sc.sample == Sample::Urine
            && positive.iter().any(|p| p == "buprenorphine")
            && tested.iter().any(|t| t == "norbuprenorphine")
            && !positive.iter().any(|p| p == "norbuprenorphine");
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
        dilute,
        low_creatinine,
        status: sc.status,
        has_results,
        negatives_count,
        tested,
        positive,
        lar_meds,
        unexplained,
        agonist_absent,
        spiking,
        prescribed_absent,
    }
}
