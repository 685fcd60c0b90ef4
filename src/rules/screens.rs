//! SCR: drug screens in the window `as_of − 28` … `as_of`, each judged on
//! its own date.

use super::{Cx, Ev};
use crate::case::ScreenStatus;
use crate::config::Severity;
use crate::reading::{Group, Reading};
use crate::report::Finding;
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

fn src(code: &str) -> String {
    super::registry::find(code)
        .map(|r| r.source.to_string())
        .unwrap_or_default()
}

/// The dates of a list of screens: `2026-11-02, 11-09, 11-16` (the year
/// and month are given once while they stay the same).
pub fn date_list(ds: &[NaiveDate]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<NaiveDate> = None;
    for d in ds {
        out.push(match prev {
            Some(p) if p.year() == d.year() => d.format("%m-%d").to_string(),
            _ => d.to_string(),
        });
        prev = Some(*d);
    }
    out.join(", ")
}

/// "on 2026-11-02" or "in 3 screens: 2026-11-02, 11-09, 11-16".
fn in_screens(ds: &[NaiveDate]) -> String {
    match ds {
        [d] => format!("on {d}"),
        _ => format!("in {} screens: {}", ds.len(), date_list(ds)),
    }
}

/// Evidence of several screens: every screen with its date, status and positives.
fn ev_all(rs: &[&Reading]) -> Ev {
    let dates: Vec<NaiveDate> = rs.iter().map(|r| r.date).collect();
    let screens: Vec<Value> = rs
        .iter()
        .map(|r| {
            json!({
                "date": r.date.to_string(),
                "status": if r.dilute { "dilute" } else { r.status.as_str() },
                "positive": r.positive,
            })
        })
        .collect();
    Ev::new()
        .dates("screen_dates", &dates)
        .val("screens", Value::from(screens))
}

/// What one finding is about, in first-seen order, with its screens.
struct Grouped<'r, K> {
    items: Vec<(K, Vec<&'r Reading>, Vec<String>)>,
}

impl<'r, K: PartialEq + Copy> Grouped<'r, K> {
    fn new() -> Self {
        Grouped { items: Vec::new() }
    }

    fn add(&mut self, k: K, r: &'r Reading, subs: &[&str]) {
        let i = match self.items.iter().position(|x| x.0 == k) {
            Some(i) => i,
            None => {
                self.items.push((k, Vec::new(), Vec::new()));
                self.items.len() - 1
            }
        };
        let it = &mut self.items[i];
        if !it.1.iter().any(|x| x.index == r.index) {
            it.1.push(r);
        }
        for s in subs {
            if !it.2.iter().any(|x| x == s) {
                it.2.push((*s).to_string());
            }
        }
    }
}

/// The opioid a positive belongs to: heroin for 6-mam and for morphine and
/// opiates in a screen with 6-mam; a metabolite belongs to its drug.
fn opioid_key(sub: &str, heroin: bool) -> &str {
    match sub {
        "6-mam" => "heroin",
        "morphine" | "opiates" if heroin => "heroin",
        "eddp" => "methadone",
        "norbuprenorphine" => "buprenorphine",
        s => s,
    }
}

fn opioid_label(key: &str) -> String {
    match key {
        "heroin" => "heroin (6-mam)".to_string(),
        "opiates" => "opiates (class result)".to_string(),
        k => k.to_string(),
    }
}

fn group_label(g: Group) -> &'static str {
    match g {
        Group::Benzo => "benzodiazepines or z-hypnotics",
        Group::Gabapentinoid => "gabapentinoids",
        _ => "sedatives",
    }
}

/// Runs the SCR rules. Baseline screens (before the start of LAR, or on
/// its first day) fire none of them: they show why treatment started.
/// One finding per problem: per substance (SCR001, SCR004, SCR005), per
/// drug group (SCR003), per kind (SCR002), per drug (SCR008), and one each
/// for SCR006 and SCR007, every screen that showed it in the evidence.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.screens.window_days;
    let rs: Vec<&Reading> = cx.recent_readings(window).filter(|r| !r.baseline).collect();
    let own = cx.case.treatment.medication;
    let own_days = cx.s.screens.medication_days_of(own.group());

    // SCR001: opioids nothing explains, one finding per opioid.
    let mut opioids: Grouped<'_, (&str, bool)> = Grouped::new();
    for r in &rs {
        let heroin = r.unexplained.iter().any(|s| s == "6-mam");
        for s in r.unexplained_in(Group::Opioid) {
            let own_med = r.own_unrecorded.iter().any(|x| x == s);
            opioids.add((opioid_key(s, heroin), own_med), r, &[s]);
        }
    }
    for ((key, own_med), screens, subs) in &opioids.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        let (msg, suggestion) = if *own_med {
            (
                format!(
                    "{key} found {}, but no dose of {own} is recorded in the {} before: taken from another source?",
                    in_screens(&dates),
                    crate::words::days(own_days)
                ),
                format!(
                    "check the dose record (a dose given but not recorded?); if none was given, talk with the patient about {key} from another source"
                ),
            )
        } else {
            (
                format!(
                    "{} found {}, which nothing prescribed explains",
                    opioid_label(key),
                    in_screens(&dates)
                ),
                "talk with the patient about use; check that the dose is in the effective range, review the pickup regime, and give take-home naloxone".to_string(),
            )
        };
        out.push(
            cx.finding(
                "SCR001",
                Severity::Warning,
                msg,
                ev_all(screens)
                    .str("substance", *key)
                    .val("unexplained", Value::from(subs.clone())),
                src("SCR001"),
                suggestion,
            ),
        );
    }

    // SCR002: the agonist absent, or a parent drug without its metabolite.
    let absent: Vec<&Reading> = rs.iter().copied().filter(|r| r.agonist_absent).collect();
    if !absent.is_empty() {
        let mut meds: Vec<&str> = absent
            .iter()
            .flat_map(|r| r.absent_meds.iter().map(|m| m.as_str()))
            .collect();
        meds.sort_unstable();
        meds.dedup();
        let dates: Vec<NaiveDate> = absent.iter().map(|r| r.date).collect();
        out.push(cx.finding(
            "SCR002",
            Severity::Warning,
            format!(
                "no {} found {} although it was dosed in the {} before and tested for: possible non-adherence or diversion",
                meds.join(" or "),
                in_screens(&dates),
                crate::words::days(cx.s.screens.absence_days)
            ),
            ev_all(&absent)
                .val("lar_medications", Value::from(meds.clone()))
                .str("problem", "agonist-absent"),
            src("SCR002"),
            "repeat the test with observed collection; review supervised intake and take-home doses".to_string(),
        ));
    }
    let spiked: Vec<&Reading> = rs.iter().copied().filter(|r| r.spiked.is_some()).collect();
    if !spiked.is_empty() {
        let mut parents: Vec<&str> = spiked.iter().filter_map(|r| r.spiked).collect();
        parents.sort_unstable();
        parents.dedup();
        let words: Vec<&str> = parents
            .iter()
            .map(|p| match *p {
                "methadone" => "methadone without EDDP",
                _ => "buprenorphine without norbuprenorphine",
            })
            .collect();
        let dates: Vec<NaiveDate> = spiked.iter().map(|r| r.date).collect();
        out.push(cx.finding(
            "SCR002",
            Severity::Warning,
            format!(
                "{} in urine {}: possible spiking (the drug added to the sample, not taken)",
                words.join(" and "),
                in_screens(&dates)
            ),
            ev_all(&spiked)
                .val("parent_drugs", Value::from(parents.clone()))
                .str("problem", "possible-spiking"),
            src("SCR002"),
            "repeat the test with observed collection; review supervised intake and take-home doses".to_string(),
        ));
    }

    // SCR003: sedatives, one finding per drug group.
    let mut sed: Grouped<'_, Group> = Grouped::new();
    for r in &rs {
        for s in &r.unexplained {
            let g = crate::reading::group(s);
            if matches!(g, Group::Benzo | Group::Gabapentinoid | Group::Sedative) {
                sed.add(g, r, &[s.as_str()]);
            }
        }
    }
    for (g, screens, subs) in &sed.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(cx.finding(
            "SCR003",
            Severity::Warning,
            format!(
                "{} ({}) found {}, which no prescription explains",
                group_label(*g),
                subs.join(", "),
                in_screens(&dates)
            ),
            ev_all(screens).val("unexplained", Value::from(subs.clone())),
            src("SCR003"),
            "sedatives with opioids cause most overdose deaths: talk with the patient, supervise intake, and give naloxone; do not stop or reduce the LAR medication because of this".to_string(),
        ));
    }

    // SCR004: stimulants, one finding per substance.
    let mut stim: Grouped<'_, &str> = Grouped::new();
    for r in &rs {
        for s in r.unexplained_in(Group::Stimulant) {
            stim.add(s, r, &[s]);
        }
    }
    for (s, screens, _) in &stim.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(cx.finding(
            "SCR004",
            Severity::Info,
            format!(
                "{s} found {}, which no prescription explains",
                in_screens(&dates)
            ),
            ev_all(screens).val("unexplained", Value::from(vec![s.to_string()])),
            src("SCR004"),
            "talk with the patient about stimulant use".to_string(),
        ));
    }

    // SCR005: alcohol, one finding.
    let alcohol: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| r.has_results && r.positive.iter().any(|p| p == "alcohol"))
        .collect();
    if !alcohol.is_empty() {
        let dates: Vec<NaiveDate> = alcohol.iter().map(|r| r.date).collect();
        out.push(cx.finding(
            "SCR005",
            Severity::Warning,
            format!("alcohol (EtG/EtS) found {}", in_screens(&dates)),
            ev_all(&alcohol),
            src("SCR005"),
            "alcohol adds respiratory depression: talk with the patient; consider not dosing while intoxicated".to_string(),
        ));
    }

    // SCR006: samples not given, one finding.
    let not_given: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| matches!(r.status, ScreenStatus::Missed | ScreenStatus::Refused))
        .collect();
    if !not_given.is_empty() {
        let parts: Vec<String> = not_given
            .iter()
            .map(|r| format!("{} {}", r.date, r.status.as_str()))
            .collect();
        let msg = match parts.as_slice() {
            [one] => format!("screen {one}: no sample was given"),
            _ => format!("{} samples not given: {}", parts.len(), parts.join(", ")),
        };
        out.push(cx.finding(
            "SCR006",
            Severity::Warning,
            msg,
            ev_all(&not_given),
            src("SCR006"),
            "talk with the patient; ask for a new sample (observed collection)".to_string(),
        ));
    }

    // SCR007: dilute or adulterated samples, one finding.
    let invalid: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| r.dilute || r.status == ScreenStatus::Adulterated)
        .collect();
    if !invalid.is_empty() {
        let cutoff = cx.s.screens.creatinine_cutoff_mmol_l;
        let parts: Vec<String> = invalid
            .iter()
            .map(|r| {
                let sc = cx.screen(r);
                let why = match (r.status, sc.creatinine_mmol_l) {
                    (ScreenStatus::Adulterated, _) => "adulterated".to_string(),
                    (_, Some(c)) if r.low_creatinine => {
                        format!("dilute (creatinine {c} mmol/L, below {cutoff} mmol/L)")
                    }
                    _ => "dilute".to_string(),
                };
                format!("{} {why}", r.date)
            })
            .collect();
        let creat: Vec<Value> = invalid
            .iter()
            .map(|r| {
                cx.screen(r)
                    .creatinine_mmol_l
                    .map_or(Value::Null, Value::from)
            })
            .collect();
        out.push(
            cx.finding(
                "SCR007",
                Severity::Warning,
                format!(
                    "{}: {} negatives prove nothing",
                    if invalid.len() == 1 {
                        format!("screen {}", parts[0])
                    } else {
                        format!("{} invalid samples: {}", invalid.len(), parts.join(", "))
                    },
                    if invalid.len() == 1 { "its" } else { "their" }
                ),
                ev_all(&invalid)
                    .val("creatinine_mmol_l", Value::from(creat))
                    .num("creatinine_cutoff_mmol_l", cutoff)
                    .str("limit_source", cx.src("screens.creatinine_cutoff_mmol_l")),
                cx.src("screens.creatinine_cutoff_mmol_l"),
                "repeat the sample with observed collection, early in the day".to_string(),
            ),
        );
    }

    // SCR008: a prescribed drug absent, one finding per drug.
    let mut absent_rx: Grouped<'_, &str> = Grouped::new();
    for r in &rs {
        for (drug, subs) in &r.prescribed_absent {
            let subs: Vec<&str> = subs.iter().map(String::as_str).collect();
            absent_rx.add(drug.as_str(), r, &subs);
        }
    }
    for (drug, screens, subs) in &absent_rx.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(
            cx.finding(
                "SCR008",
                Severity::Info,
                format!(
                    "{drug} is prescribed, but {} {} not found {}",
                    subs.join(" or "),
                    // "benzodiazepines were", "buprenorphine or
                    // norbuprenorphine was".
                    if subs.len() == 1 && subs[0].ends_with('s') {
                        "were"
                    } else {
                        "was"
                    },
                    in_screens(&dates)
                ),
                ev_all(screens)
                    .str("drug", (*drug).to_string())
                    .val("tested_negative", Value::from(subs.clone())),
                src("SCR008"),
                "ask whether the patient takes the drug; it may be passed on to others".to_string(),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_one_year_are_written_short_after_the_first() {
        assert_eq!(
            date_list(&[d("2026-11-02"), d("2026-11-09"), d("2026-11-16")]),
            "2026-11-02, 11-09, 11-16"
        );
        assert_eq!(
            date_list(&[d("2025-12-30"), d("2026-01-06")]),
            "2025-12-30, 2026-01-06"
        );
        assert_eq!(in_screens(&[d("2026-11-02")]), "on 2026-11-02");
    }

    #[test]
    fn heroin_takes_its_morphine_and_opiates_but_not_codeine() {
        assert_eq!(opioid_key("morphine", true), "heroin");
        assert_eq!(opioid_key("opiates", true), "heroin");
        assert_eq!(opioid_key("codeine", true), "codeine");
        assert_eq!(opioid_key("morphine", false), "morphine");
        assert_eq!(opioid_key("eddp", false), "methadone");
    }
}
