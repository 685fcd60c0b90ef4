//! SCR: drug screens in the window `as_of − 28` … `as_of`, each judged on
//! its own date.

use super::registry::{Rule, Triggers};
use super::{Cx, Ev};
use crate::case::Medication;
use crate::case::ScreenStatus;
use crate::config::Severity;
use crate::facts::Reading;
use crate::i18n::Lang;
use crate::report::Finding;
use crate::vocab::substances::SubstanceGroup;
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

/// The screens rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[
    &SCR001, &SCR002, &SCR003, &SCR004, &SCR005, &SCR006, &SCR007, &SCR008,
];

/// The dates of a list of screens: `2026-11-02, 11-09, 11-16` (the year
/// is given once while it stays the same); in Norwegian
/// `02.11.2026, 09.11, 16.11`.
pub fn date_list(ds: &[NaiveDate], lang: Lang) -> String {
    let short = match lang {
        Lang::En => "%m-%d",
        Lang::Nb => "%d.%m",
    };
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<NaiveDate> = None;
    for d in ds {
        out.push(match prev {
            Some(p) if p.year() == d.year() => d.format(short).to_string(),
            _ => lang.date(*d),
        });
        prev = Some(*d);
    }
    out.join(", ")
}

/// "on 2026-11-02" or "in 3 screens: 2026-11-02, 11-09, 11-16".
fn in_screens(ds: &[NaiveDate], lang: Lang) -> String {
    match ds {
        [d] => crate::tr!(lang, "scr-on", date = lang.date(*d)),
        _ => crate::tr!(
            lang,
            "scr-in-screens",
            count = ds.len(),
            dates = date_list(ds, lang)
        ),
    }
}

/// A screen substance as a person reads it: the code's spelling in
/// English (as the reports have always written it).
fn substance(lang: Lang, s: &str) -> String {
    match lang {
        Lang::En => s.to_string(),
        _ => lang.substance(s),
    }
}

/// Substances joined with "or" (`buprenorphine or norbuprenorphine`).
fn or_list(lang: Lang, subs: &[String]) -> String {
    let names: Vec<String> = subs.iter().map(|s| substance(lang, s)).collect();
    names.join(&format!(" {} ", crate::tr!(lang, "scr-or")))
}

/// A measured number as the case gives it: `1.4`, `1,4`.
fn number(lang: Lang, x: f64) -> String {
    match lang {
        Lang::En => x.to_string(),
        _ => x.to_string().replace('.', ","),
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

fn opioid_label(key: &str, lang: Lang) -> String {
    match key {
        "heroin" => crate::tr!(lang, "scr-heroin"),
        "opiates" => crate::tr!(lang, "scr-opiates"),
        k => substance(lang, k),
    }
}

fn group_label(g: SubstanceGroup, lang: Lang) -> String {
    match g {
        SubstanceGroup::Benzo => crate::tr!(lang, "scr-group-benzo"),
        SubstanceGroup::Gabapentinoid => crate::tr!(lang, "scr-group-gabapentinoid"),
        _ => crate::tr!(lang, "scr-group-sedative"),
    }
}

/// Runs the SCR rules over the screens of the window (baseline screens
/// not counted), one function per rule.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.screens.window_days;
    let rs: Vec<&Reading> = cx.recent_readings(window).filter(|r| !r.baseline).collect();
    scr001(cx, &rs, out);
    scr002(cx, &rs, out);
    scr003(cx, &rs, out);
    scr004(cx, &rs, out);
    scr005(cx, &rs, out);
    scr006(cx, &rs, out);
    scr007(cx, &rs, out);
    scr008(cx, &rs, out);
}

declare_rule! {
    /// SCR001 `non-prescribed-opioid`.
    pub static SCR001 = Rule {
        name: "non-prescribed-opioid",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-8.7.1; FURST-OPIATER (what a screen detects)",
        summary: "a valid or dilute screen in the last 28 days is positive for an opioid that no active prescription or recently dosed LAR medication explains (6-mam always counts as heroin; methadone and levomethadone explain a screen for 14 days, the others for 7); one finding per opioid with every screen that showed it; the patient's own medication found with no dose recorded says so (taken from another source?)",
        why: "Opioid use on top of the agonist is an overdose risk and often a sign the dose is too low.",
        example: "heroin (6-mam) in 3 screens of a buprenorphine patient: one finding listing the dates",
        not_when: "baseline screens (before the start of LAR or on its first day: they show why treatment started); opioids explained by the LAR medication or a prescription; refused or missed samples",
        params: &["screens.window_days", "screens"],
        naloxone_risk: Some("opioid use in a screen"),
    }
}

/// SCR001: opioids nothing explains, one finding per opioid.
fn scr001(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let own = cx.case.treatment.medication;
    let own_days = cx.s.screens.medication_days_of(own.group());
    let mut opioids: Grouped<'_, (&str, bool)> = Grouped::new();
    for r in rs {
        let heroin = r.unexplained.contains(&"6-mam");
        for s in r.unexplained_in(SubstanceGroup::Opioid) {
            let own_med = r.own_unrecorded.contains(&s);
            opioids.add((opioid_key(s, heroin), own_med), r, &[s]);
        }
    }
    for ((key, own_med), screens, subs) in &opioids.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        let lang = cx.lang;
        let (msg, suggestion) = if *own_med {
            let sub = substance(lang, key);
            (
                crate::tr!(
                    lang,
                    "scr001-message-own",
                    substance = sub.clone(),
                    screens = in_screens(&dates, lang),
                    medication = lang.medication(own),
                    days = own_days
                ),
                crate::tr!(lang, "scr001-suggestion-own", substance = sub),
            )
        } else {
            (
                crate::tr!(
                    lang,
                    "scr001-message",
                    opioid = opioid_label(key, lang),
                    screens = in_screens(&dates, lang)
                ),
                crate::tr!(lang, "scr001-suggestion"),
            )
        };
        out.push(
            cx.report(
                &SCR001,
                Severity::Warning,
                msg,
                ev_all(screens)
                    .str("substance", *key)
                    .val("unexplained", Value::from(subs.clone())),
                suggestion,
            ),
        );
    }
}

declare_rule! {
    /// SCR002 `agonist-absent`.
    pub static SCR002 = Rule {
        name: "agonist-absent",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default; WI-DHS75, KY-OTP (a screen without the prescribed drug)",
        summary: "a valid screen that tested at least one substance of a LAR medication dosed in the 7 days before it found none of them; or, in a valid urine, buprenorphine without norbuprenorphine or methadone without EDDP (possible spiking)",
        why: "The prescribed agonist missing from the urine suggests non-adherence or diversion of take-home doses.",
        example: "buprenorphine prescribed, screen negative for buprenorphine and norbuprenorphine",
        not_when: "baseline screens; dilute samples (negatives prove nothing); panels that did not test the substance; a medication last dosed more than 7 days before (a taper that ended 10 days ago is not \"agonist absent\"); spiking in oral fluid or blood",
        params: &["screens.absence_days", "screens"],
        triggered_by: Triggers::AsLarMedication("as the LAR medication: screens that miss its substances"),
    }
}

/// SCR002: the agonist absent, or a parent drug without its metabolite.
fn scr002(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let absent: Vec<&Reading> = rs.iter().copied().filter(|r| r.agonist_absent).collect();
    if !absent.is_empty() {
        let mut all: Vec<Medication> = absent
            .iter()
            .flat_map(|r| r.absent_meds.iter().copied())
            .collect();
        all.sort_unstable_by_key(|m| m.as_str());
        all.dedup();
        let meds: Vec<&str> = all.iter().map(|m| m.as_str()).collect();
        let lang = cx.lang;
        let names: Vec<String> = match lang {
            Lang::En => meds.iter().map(|m| m.to_string()).collect(),
            _ => all.iter().map(|m| lang.medication(*m)).collect(),
        };
        let dates: Vec<NaiveDate> = absent.iter().map(|r| r.date).collect();
        out.push(
            cx.report(
                &SCR002,
                Severity::Warning,
                crate::tr!(
                    lang,
                    "scr002-message-absent",
                    medications = names.join(&format!(" {} ", crate::tr!(lang, "scr-or"))),
                    screens = in_screens(&dates, lang),
                    days = cx.s.screens.absence_days
                ),
                ev_all(&absent)
                    .val("lar_medications", Value::from(meds.clone()))
                    .str("problem", "agonist-absent"),
                crate::tr!(lang, "scr002-suggestion"),
            ),
        );
    }
    let spiked: Vec<&Reading> = rs.iter().copied().filter(|r| r.spiked.is_some()).collect();
    if !spiked.is_empty() {
        let mut parents: Vec<&str> = spiked.iter().filter_map(|r| r.spiked).collect();
        parents.sort_unstable();
        parents.dedup();
        let lang = cx.lang;
        let words: Vec<String> = parents
            .iter()
            .map(|p| match *p {
                "methadone" => crate::tr!(lang, "scr-spiked-methadone"),
                _ => crate::tr!(lang, "scr-spiked-buprenorphine"),
            })
            .collect();
        let dates: Vec<NaiveDate> = spiked.iter().map(|r| r.date).collect();
        out.push(
            cx.report(
                &SCR002,
                Severity::Warning,
                crate::tr!(
                    lang,
                    "scr002-message-spiked",
                    parents = lang.and(&words),
                    screens = in_screens(&dates, lang)
                ),
                ev_all(&spiked)
                    .val("parent_drugs", Value::from(parents.clone()))
                    .str("problem", "possible-spiking"),
                crate::tr!(lang, "scr002-suggestion"),
            ),
        );
    }
}

declare_rule! {
    /// SCR003 `non-prescribed-sedative`.
    pub static SCR003 = Rule {
        name: "non-prescribed-sedative",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default; SLV-BZD-OPIOID (class warning)",
        summary: "a screen positive for a benzodiazepine, z-hypnotic, gabapentinoid, GHB, barbiturate or xylazine that no active prescription explains; one finding per drug group",
        why: "Street sedatives with opioids cause most overdose deaths.",
        example: "clonazepam in a methadone patient with no prescription",
        not_when: "baseline screens; sedatives explained by an active prescription (diazepam explains oxazepam)",
        params: &["screens"],
        naloxone_risk: Some("sedative use in a screen"),
    }
}

/// SCR003: sedatives, one finding per drug group.
fn scr003(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let mut sed: Grouped<'_, SubstanceGroup> = Grouped::new();
    for r in rs {
        for s in &r.unexplained {
            let g = crate::vocab::substances::group(s);
            if matches!(
                g,
                SubstanceGroup::Benzo | SubstanceGroup::Gabapentinoid | SubstanceGroup::Sedative
            ) {
                sed.add(g, r, &[s]);
            }
        }
    }
    for (g, screens, subs) in &sed.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(cx.report(
            &SCR003,
            Severity::Warning,
            crate::tr!(
                    cx.lang,
                    "scr003-message",
                    group = group_label(*g, cx.lang),
                    substances = subs
                        .iter()
                        .map(|s| substance(cx.lang, s))
                        .collect::<Vec<_>>()
                        .join(", "),
                    screens = in_screens(&dates, cx.lang)
                ),
            ev_all(screens).val("unexplained", Value::from(subs.clone())),
            crate::tr!(cx.lang, "scr003-suggestion"),
        ));
    }
}

declare_rule! {
    /// SCR004 `stimulant-use`.
    pub static SCR004 = Rule {
        name: "stimulant-use",
        max_severity: Severity::Info,
        grades: "info",
        source: "local default",
        summary: "a screen positive for a stimulant no prescription explains",
        why: "Worth knowing for the drug-mastery assessment; stimulants do not add respiratory depression.",
        example: "amphetamine without a prescription",
        not_when: "dexamphetamine or methylphenidate prescribed",
        params: &["screens"],
    }
}

/// SCR004: stimulants, one finding per substance.
fn scr004(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let mut stim: Grouped<'_, &str> = Grouped::new();
    for r in rs {
        for s in r.unexplained_in(SubstanceGroup::Stimulant) {
            stim.add(s, r, &[s]);
        }
    }
    for (s, screens, _) in &stim.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(cx.report(
            &SCR004,
            Severity::Info,
            crate::tr!(
                cx.lang,
                "scr004-message",
                substance = substance(cx.lang, s),
                screens = in_screens(&dates, cx.lang)
            ),
            ev_all(screens).val("unexplained", Value::from(vec![s.to_string()])),
            crate::tr!(cx.lang, "scr004-suggestion"),
        ));
    }
}

declare_rule! {
    /// SCR005 `alcohol-use`.
    pub static SCR005 = Rule {
        name: "alcohol-use",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default; CH-FI-SUBUTEX, LMH-BUP (alcohol increases sedation)",
        summary: "a screen positive for alcohol (EtG/EtS)",
        why: "Alcohol adds respiratory depression.",
        example: "EtG positive",
        not_when: "no alcohol in the window",
        params: &["screens"],
        naloxone_risk: Some("alcohol in a screen"),
    }
}

/// SCR005: alcohol, one finding.
fn scr005(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let alcohol: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| r.has_results && r.positive.contains(&"alcohol"))
        .collect();
    if !alcohol.is_empty() {
        let dates: Vec<NaiveDate> = alcohol.iter().map(|r| r.date).collect();
        out.push(cx.report(
            &SCR005,
            Severity::Warning,
            crate::tr!(
                cx.lang,
                "scr005-message",
                screens = in_screens(&dates, cx.lang)
            ),
            ev_all(&alcohol),
            crate::tr!(cx.lang, "scr005-suggestion"),
        ));
    }
}

declare_rule! {
    /// SCR006 `sample-not-given`.
    pub static SCR006 = Rule {
        name: "sample-not-given",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default (no Norwegian rule found)",
        summary: "a screen with status missed or refused; one finding listing the samples",
        why: "A sample not given hides the result. For drug mastery a missed sample is a note and a refused one some use (configurable, local default).",
        example: "refused sample",
        not_when: "valid samples",
        params: &["screens"],
    }
}

/// SCR006: samples not given, one finding.
fn scr006(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let not_given: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| matches!(r.status, ScreenStatus::Missed | ScreenStatus::Refused))
        .collect();
    if !not_given.is_empty() {
        let lang = cx.lang;
        let parts: Vec<String> = not_given
            .iter()
            .map(|r| {
                let status = match r.status {
                    ScreenStatus::Missed => crate::tr!(lang, "scr-status-missed"),
                    _ => crate::tr!(lang, "scr-status-refused"),
                };
                crate::tr!(lang, "scr-dated", date = lang.date(r.date), what = status)
            })
            .collect();
        let msg = match parts.as_slice() {
            [one] => crate::tr!(lang, "scr006-message-one", part = one.clone()),
            _ => crate::tr!(
                lang,
                "scr006-message",
                count = parts.len(),
                parts = parts.join(", ")
            ),
        };
        out.push(cx.report(
            &SCR006,
            Severity::Warning,
            msg,
            ev_all(&not_given),
            crate::tr!(lang, "scr006-suggestion"),
        ));
    }
}

declare_rule! {
    /// SCR007 `sample-invalid`.
    pub static SCR007 = Rule {
        name: "sample-invalid",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "LABHANDBOK (creatinine cut-off 2.0 mmol/L, lab-dependent 1.7-3.0)",
        summary: "a screen with status dilute or adulterated, or creatinine below the cut-off; one finding listing the samples",
        why: "A dilute or manipulated sample cannot prove abstinence.",
        example: "creatinine 1.4 mmol/L",
        not_when: "creatinine at or above the cut-off",
        params: &["screens.creatinine_cutoff_mmol_l", "screens"],
    }
}

/// SCR007: dilute or adulterated samples, one finding.
fn scr007(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let invalid: Vec<&Reading> = rs
        .iter()
        .copied()
        .filter(|r| r.dilute || r.status == ScreenStatus::Adulterated)
        .collect();
    if !invalid.is_empty() {
        let cutoff = cx.s.screens.creatinine_cutoff_mmol_l;
        let lang = cx.lang;
        let parts: Vec<String> = invalid
            .iter()
            .map(|r| {
                let sc = cx.screen(r);
                let why = match (r.status, sc.creatinine_mmol_l) {
                    (ScreenStatus::Adulterated, _) => crate::tr!(lang, "scr007-adulterated"),
                    (_, Some(c)) if r.low_creatinine => crate::tr!(
                        lang,
                        "scr007-dilute-creatinine",
                        creatinine = number(lang, c),
                        cutoff = number(lang, cutoff)
                    ),
                    _ => crate::tr!(lang, "scr007-dilute"),
                };
                crate::tr!(lang, "scr-dated", date = lang.date(r.date), what = why)
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
            cx.report_with_source(
                &SCR007,
                Severity::Warning,
                match parts.as_slice() {
                    [one] => crate::tr!(lang, "scr007-message-one", part = one.clone()),
                    _ => crate::tr!(
                        lang,
                        "scr007-message",
                        count = parts.len(),
                        parts = parts.join(", ")
                    ),
                },
                ev_all(&invalid)
                    .val("creatinine_mmol_l", Value::from(creat))
                    .num("creatinine_cutoff_mmol_l", cutoff)
                    .str("limit_source", cx.src("screens.creatinine_cutoff_mmol_l")),
                cx.src("screens.creatinine_cutoff_mmol_l"),
                crate::tr!(lang, "scr007-suggestion"),
            ),
        );
    }
}

declare_rule! {
    /// SCR008 `prescribed-drug-absent`.
    pub static SCR008 = Rule {
        name: "prescribed-drug-absent",
        max_severity: Severity::Info,
        grades: "info",
        source: "local default",
        summary: "a valid screen tested a substance that an active prescription should produce and found none of them",
        why: "A prescribed drug that is not taken may be passed on to others.",
        example: "diazepam prescribed, benzodiazepines negative",
        not_when: "dilute samples, panels that did not test the substance",
        params: &["screens"],
        triggered_by: Triggers::CoPrescribed(|d| (!d.explains.is_empty()).then_some("any LAR medication, when a screen tests for its substances and finds none")),
    }
}

/// SCR008: a prescribed drug absent, one finding per drug.
fn scr008(cx: &Cx<'_>, rs: &[&Reading], out: &mut Vec<Finding>) {
    let mut absent_rx: Grouped<'_, &str> = Grouped::new();
    for r in rs {
        for (drug, subs) in &r.prescribed_absent {
            let subs: Vec<&str> = subs.iter().map(String::as_str).collect();
            absent_rx.add(drug.as_str(), r, &subs);
        }
    }
    for (drug, screens, subs) in &absent_rx.items {
        let dates: Vec<NaiveDate> = screens.iter().map(|r| r.date).collect();
        out.push(
            cx.report(
                &SCR008,
                Severity::Info,
                crate::tr!(
                    cx.lang,
                    "scr008-message",
                    drug = (*drug).to_string(),
                    substances = or_list(cx.lang, subs),
                    // "benzodiazepines were", "buprenorphine or
                    // norbuprenorphine was".
                    number = if subs.len() == 1 && subs[0].ends_with('s') {
                        "plural"
                    } else {
                        "singular"
                    },
                    screens = in_screens(&dates, cx.lang)
                ),
                ev_all(screens)
                    .str("drug", (*drug).to_string())
                    .val("tested_negative", Value::from(subs.clone())),
                crate::tr!(cx.lang, "scr008-suggestion"),
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
            date_list(
                &[d("2026-11-02"), d("2026-11-09"), d("2026-11-16")],
                Lang::En
            ),
            "2026-11-02, 11-09, 11-16"
        );
        assert_eq!(
            date_list(&[d("2025-12-30"), d("2026-01-06")], Lang::En),
            "2025-12-30, 2026-01-06"
        );
        assert_eq!(in_screens(&[d("2026-11-02")], Lang::En), "on 2026-11-02");
        assert_eq!(
            date_list(&[d("2026-11-02"), d("2026-11-09")], Lang::Nb),
            "02.11.2026, 09.11"
        );
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
