//! INT: other interactions (gabapentinoids, opioids, sedatives, the CNS
//! depressant combination, antagonists, partial agonists, enzyme
//! inducers and inhibitors, MAO inhibitors).

use super::registry::{Counter, Rule, Triggers};
use super::{Cx, Ev, Rx, Standing, rx_value, rx_words};
use crate::config::Severity;
use crate::report::{Finding, mg};
use crate::vocab::drugs::{DrugClass, LarFamily, Strength};
use crate::vocab::substances::SubstanceGroup;
use chrono::Duration;
use serde_json::Value;

/// The interactions rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[
    &INT001, &INT002, &INT003, &INT004, &INT005, &INT006, &INT007, &INT008, &INT009, &INT010,
];

/// `triggered_by` words: any LAR medication.
pub const ANY_LAR: &str = "any LAR medication";
/// `triggered_by` words: the methadone family.
pub const METHADONE_FAMILY: &str =
    "methadone-family medications (methadone, levomethadone, morphine-sr)";

/// The LAR families an inducer or inhibitor acts on, in words (`None`: none,
/// e.g. a weak inhibitor such as sertraline).
pub fn families_words(acts_on: impl Fn(LarFamily) -> bool) -> Option<&'static str> {
    let [m, b, s] = LarFamily::ALL.map(acts_on);
    match (m, b, s) {
        (true, true, true) => Some("any LAR medication"),
        (true, true, false) => Some("methadone, levomethadone and the buprenorphine family"),
        (true, false, true) => Some("methadone, levomethadone and morphine-sr"),
        (true, false, false) => Some("methadone and levomethadone"),
        (false, true, true) => Some("the buprenorphine family and morphine-sr"),
        (false, true, false) => Some("the buprenorphine family"),
        (false, false, true) => Some("morphine-sr"),
        (false, false, false) => None,
    }
}

fn one_per_drug(
    cx: &Cx<'_>,
    rule: &'static Rule,
    sev: Severity,
    list: &[Rx<'_>],
    what: &str,
    advice: &str,
    out: &mut Vec<Finding>,
) {
    for (p, d) in list {
        out.push(
            cx.report(
                rule,
                sev,
                format!(
                    "{what} with {}: {}",
                    cx.case.treatment.medication,
                    rx_words(p, d, cx.lang)
                ),
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone()),
                advice.to_string(),
            ),
        );
    }
}

declare_rule! {
    /// INT010 `lar-medication-also-prescribed`.
    pub static INT010 = Rule {
        name: "lar-medication-also-prescribed",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default",
        summary: "an active prescription resolves to the patient's own LAR molecule (any LAR product of it)",
        why: "A LAR medication on the prescription list beside the dose record may be a second supply (another prescriber, a pharmacy outside LAR): the dose rules see only the dose record. The LAR prescription itself belongs in the dose record.",
        example: "Metadon 60 mg/day on the prescription list of a methadone patient at 80 mg a day",
        not_when: "another LAR molecule (INT002: another opioid); a buprenorphine analgesic (patch, injection, Temgesic) for a buprenorphine patient (INT002); inactive prescriptions",
        params: &[],
        holds_back_pickup: true,
    }
}

/// INT010 lar-medication-also-prescribed: an active prescription of the
/// patient's own LAR molecule (any LAR product of it). `Cx::active()` leaves
/// these out as co-prescriptions, so this rule reads `cx.rx` itself. The
/// buprenorphine analgesics (patch, injection, Temgesic) are no LAR product
/// (`lar` unset in the catalogue): they stay INT002's.
fn int010(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    let current = cx.facts.current_dose_mg;
    let lar_dose = match current {
        Some(x) if !med.is_depot() => format!("{} mg a day in the dose record", mg(x)),
        _ if med.is_depot() => "depot injections in the record".to_string(),
        _ => "no current dose in the dose record".to_string(),
    };
    for (p, d) in cx.rx.iter().filter_map(|(p, d)| d.map(|d| (*p, d))) {
        if !p.active_on(cx.as_of) || !cx.is_own_lar(d) {
            continue;
        }
        let rx_dose = match p.daily_mg {
            Some(x) => format!("{} mg a day", mg(x)),
            None => "no dose given".to_string(),
        };
        out.push(cx.report(
            &INT010,
            Severity::Warning,
            format!(
                "{} on the prescription list (line {}, {rx_dose}) is the patient's own LAR medication {med} ({lar_dose}): a second supply outside the dose record?",
                if p.drug.eq_ignore_ascii_case(&d.generic) { p.drug.clone() } else { format!("{} ({})", p.drug, d.generic) },
                p.line
            ),
            Ev::new()
                .val("prescription", rx_value(p, Some(d)))
                .str("drug", p.drug.clone())
                .str("generic", d.generic.clone())
                .str("medication", med.as_str())
                .opt_mg("current_dose_mg", current)
                .opt_mg("prescribed_daily_mg", p.daily_mg),
            "check for a second supply (another prescriber, a pharmacy dispensing outside LAR); the LAR medication belongs in the dose record, not in [[prescriptions]]".to_string(),
        ));
    }
}

/// One finding per drug, graded by how long it has been prescribed (rules.md
/// "Prescribed and known is not the same as hidden"): `new` for a
/// prescription started in the last `established_days`, `long` for a
/// long-standing one; the message says which.
#[allow(clippy::too_many_arguments)]
fn graded_per_drug(
    cx: &Cx<'_>,
    rule: &'static Rule,
    (new, long): (Severity, Severity),
    list: &[Rx<'_>],
    what: &dyn Fn(&crate::vocab::drugs::Drug) -> String,
    (advice_new, advice_long): (&str, &str),
    out: &mut Vec<Finding>,
) {
    for (p, d) in list {
        let st = cx.standing(p, d);
        let mut ev = Ev::new()
            .val("prescription", rx_value(p, Some(d)))
            .str("drug", p.drug.clone())
            .str("generic", d.generic.clone())
            .str(
                "standing",
                if st.is_long() { "long-standing" } else { "new" },
            )
            .int("established_days", cx.s.general.established_days);
        if let Some(f) = cx.prescribed_since(p, d) {
            ev = ev.date("prescribed_since", f);
        }
        out.push(
            cx.report(
                rule,
                if st.is_long() { long } else { new },
                format!(
                    "{} with {}: {} ({})",
                    what(d),
                    cx.case.treatment.medication,
                    rx_words(p, d, cx.lang),
                    st.words(cx.as_of, cx.lang)
                ),
                ev.str("limit_source", cx.src("general.established_days")),
                if st.is_long() {
                    advice_long
                } else {
                    advice_new
                }
                .to_string(),
            ),
        );
    }
}

declare_rule! {
    /// INT001 `gabapentinoid-coprescribed`.
    pub static INT001 = Rule {
        name: "gabapentinoid-coprescribed",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "CH-FI-SUBUTEX, CH-FI-METHADONE (class warning); SLV-PREGABALIN (pregabalin to reseptgruppe B); FDA-2019-GABA",
        summary: "active pregabalin or gabapentin (ATC N02BF, formerly N03AX12/N03AX16)",
        why: "Gabapentinoids with opioids cause fatal respiratory depression, and pregabalin is widely misused.",
        example: "Lyrica 300 mg/day with methadone",
        not_when: "inactive prescriptions",
        params: &[],
        naloxone_risk: Some("gabapentinoid prescribed"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::Gabapentinoid).then_some(ANY_LAR)),
    }
}

declare_rule! {
    /// INT003 `sedative-coprescribed`.
    pub static INT003 = Rule {
        name: "sedative-coprescribed",
        max_severity: Severity::Warning,
        grades: "warning (started in the last 28 days) / info (long-standing)",
        source: "CH-FI-SUBUTEX, CH-FI-METHADONE (class warnings: antipsychotics, sedating antihistamines, barbiturates, muscle relaxants)",
        summary: "an active sedating antipsychotic, sedating antihistamine, barbiturate or centrally acting muscle relaxant; info when the prescription is long-standing (no `from`, or from before `as_of` − 28 days; a renewal without a gap counts from the first)",
        why: "Additive sedation and respiratory depression.",
        example: "quetiapine with methadone",
        not_when: "non-sedating drugs of the same groups",
        params: &["general.established_days"],
        naloxone_risk: Some("sedating drug prescribed"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| DrugClass::SEDATING.iter().any(|c| d.has_class(*c)).then_some(ANY_LAR)),
    }
}

declare_rule! {
    /// INT005 `antagonist-coprescribed`.
    pub static INT005 = Rule {
        name: "antagonist-coprescribed",
        max_severity: Severity::Critical,
        grades: "critical",
        source: "FK-NALTREXONE, FK-SELINCRO, FK-SUBOXONE (contraindicated)",
        summary: "active naltrexone or nalmefene (rescue naloxone excluded)",
        why: "An antagonist precipitates withdrawal within minutes; overriding the block with opioids can kill.",
        example: "Selincro for alcohol with buprenorphine",
        not_when: "take-home naloxone for overdose rescue",
        params: &[],
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| (d.has_class(DrugClass::OpioidAntagonist) && !d.rescue_only).then_some(ANY_LAR)),
        counter: Counter::Words("{message}: do not give it with {med}"),
    }
}

declare_rule! {
    /// INT006 `partial-agonist-with-full-agonist`.
    pub static INT006 = Rule {
        name: "partial-agonist-with-full-agonist",
        max_severity: Severity::Critical,
        grades: "critical",
        source: "US-METHADONE-LABEL (precipitated withdrawal)",
        summary: "a buprenorphine analgesic (N02AE01), pentazocine, nalbuphine or butorphanol with a methadone-family medication",
        why: "A partial agonist displaces the full agonist and precipitates withdrawal.",
        example: "Norspan patch with methadone",
        not_when: "buprenorphine-family patients (INT002 reports their buprenorphine analgesics)",
        params: &[],
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::PartialAgonist).then_some(METHADONE_FAMILY)),
        counter: Counter::Words("{message}: see the prescriber before the next dose"),
    }
}

declare_rule! {
    /// INT008 `enzyme-inhibitor`.
    pub static INT008 = Rule {
        name: "enzyme-inhibitor",
        max_severity: Severity::Warning,
        grades: "warning (started in the last 28 days) / info (long-standing)",
        source: "CH-FI-SUBUTEX, CH-FI-METHADONE; LMH-MET",
        summary: "an active inhibitor the catalogue grades moderate or strong for a pathway of the LAR medication (methadone family: CYP3A4, CYP2B6, plus ciprofloxacin and fluvoxamine named in the methadone SmPC; buprenorphine family: CYP3A4, fluvoxamine; morphine-sr: none): azoles, clarithromycin, erythromycin, HIV protease inhibitors, cobicistat, fluvoxamine, ...",
        why: "Inhibitors raise methadone and buprenorphine levels: sedation and, with methadone, QT prolongation.",
        example: "fluconazole with methadone",
        not_when: "inactive prescriptions; weak inhibitors (sertraline); ciprofloxacin with buprenorphine; morphine-sr",
        params: &["general.established_days"],
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| families_words(|f| d.inhibits_family(f))),
    }
}

declare_rule! {
    /// INT009 `maoi-with-methadone`.
    pub static INT009 = Rule {
        name: "maoi-with-methadone",
        max_severity: Severity::Critical,
        grades: "critical",
        source: "CH-FI-METHADONE (MAO inhibitor within 2 weeks contraindicated)",
        summary: "an active MAO inhibitor with a methadone-family medication",
        why: "Serotonin toxicity and unpredictable opioid effects.",
        example: "moclobemide with methadone",
        not_when: "buprenorphine-family patients",
        params: &[],
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::MaoInhibitor).then_some(METHADONE_FAMILY)),
        counter: Counter::Words("{message}: see the prescriber before the next dose"),
    }
}

/// Runs the INT rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    int010(cx, out);
    let med = cx.case.treatment.medication;
    one_per_drug(
        cx,
        &INT001,
        Severity::Warning,
        &cx.active_with(DrugClass::Gabapentinoid),
        "gabapentinoid co-prescribed",
        "gabapentinoids with opioids can cause fatal respiratory depression: use the lowest dose, check for misuse, and give take-home naloxone",
        out,
    );
    int002(cx, out);
    let mut sed: Vec<Rx<'_>> = Vec::new();
    for c in DrugClass::SEDATING {
        for x in cx.active_with(c) {
            if !sed.iter().any(|y| y.1.generic == x.1.generic) {
                sed.push(x);
            }
        }
    }
    graded_per_drug(
        cx,
        &INT003,
        (Severity::Warning, Severity::Info),
        &sed,
        &|_| "sedating drug co-prescribed".to_string(),
        (
            "additive sedation: review the need, use the lowest dose, warn the patient, and give take-home naloxone",
            "a long-standing prescription: review the need at the next planned consultation and make sure naloxone is at home",
        ),
        out,
    );
    int004(cx, out);
    let antagonists: Vec<Rx<'_>> = cx
        .active_with(DrugClass::OpioidAntagonist)
        .into_iter()
        .filter(|(_, d)| !d.rescue_only)
        .collect();
    one_per_drug(
        cx,
        &INT005,
        Severity::Critical,
        &antagonists,
        "opioid antagonist co-prescribed",
        "contraindicated: it precipitates withdrawal within minutes, and overriding the block with opioids can kill; stop the antagonist, not the agonist",
        out,
    );
    if med.is_methadone_family() {
        let partial: Vec<Rx<'_>> = cx.active_with(DrugClass::PartialAgonist);
        one_per_drug(
            cx,
            &INT006,
            Severity::Critical,
            &partial,
            "partial agonist co-prescribed",
            "a partial agonist precipitates withdrawal in a full-agonist patient: choose another analgesic",
            out,
        );
        one_per_drug(
            cx,
            &INT009,
            Severity::Critical,
            &cx.active_with(DrugClass::MaoInhibitor),
            "MAO inhibitor co-prescribed",
            "contraindicated with methadone (serotonin toxicity); stop the MAO inhibitor at least two weeks before",
            out,
        );
    }
    int007(cx, out);
    // INT008: only moderate or strong inhibitors of a pathway of the LAR
    // medication, or those its product information names (rules.md).
    let fam = LarFamily::of(med);
    let inhibitors: Vec<Rx<'_>> = cx
        .active_with(DrugClass::EnzymeInhibitor)
        .into_iter()
        .filter(|(_, d)| d.inhibits_family(fam))
        .collect();
    graded_per_drug(
        cx,
        &INT008,
        (Severity::Warning, Severity::Info),
        &inhibitors,
        &|d| format!("{} co-prescribed", inhibitor_words(d, fam)),
        (
            "levels of the LAR medication may rise over the next days: watch for sedation, consider a lower dose, and expect withdrawal when the inhibitor stops",
            "a long-standing prescription: the dose was found on it; watch for withdrawal if the inhibitor stops and for sedation if its dose rises",
        ),
        out,
    );
}

/// `strong CYP3A4 inhibitor`, `enzyme inhibitor named in the methadone SmPC`.
fn inhibitor_words(d: &crate::vocab::drugs::Drug, fam: LarFamily) -> String {
    let graded: Vec<String> = d
        .inhibits
        .iter()
        .filter(|(p, s)| *s >= Strength::Moderate && fam.pathways().contains(p))
        .map(|(p, s)| format!("{} {}", strength_words(*s), p.as_str()))
        .collect();
    if graded.is_empty() {
        let smpc = match fam {
            LarFamily::MethadoneFamily => "the methadone SmPC",
            LarFamily::BuprenorphineFamily => "the buprenorphine SmPC",
            LarFamily::MorphineSr => "the morphine SmPC",
        };
        format!("enzyme inhibitor (named in {smpc})")
    } else {
        format!("{} inhibitor", graded.join(" and "))
    }
}

fn strength_words(s: Strength) -> &'static str {
    match s {
        Strength::Weak => "weak",
        Strength::Moderate => "moderate",
        Strength::Strong => "strong",
    }
}

declare_rule! {
    /// INT002 `opioid-coprescribed`.
    pub static INT002 = Rule {
        name: "opioid-coprescribed",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "CH-FI-SUBUTEX, CH-FI-METHADONE (class warning); HDIR-OMEQ (opioid conversion table)",
        summary: "an active opioid prescription (N02A, R05DA, codeine combinations; a buprenorphine analgesic for a buprenorphine-family patient included); reports the oral morphine equivalents of those opioids only",
        why: "Another opioid on top of the agonist adds respiratory depression. The morphine equivalents size the added load; the LAR medication is never converted.",
        example: "OxyNorm 20 mg/day with methadone: 30 mg oral morphine equivalents a day",
        not_when: "LAR medications written as prescriptions, inactive prescriptions",
        params: &[],
        naloxone_risk: Some("another opioid prescribed"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::Opioid).then_some(ANY_LAR)),
    }
}

/// INT002: the co-prescribed opioids with their oral morphine equivalents;
/// the LAR medication is never converted.
fn int002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let list = cx.active_with(DrugClass::Opioid);
    if list.is_empty() {
        return;
    }
    let mut total = 0.0;
    let mut missing: Vec<String> = Vec::new();
    let mut items = Vec::new();
    for (p, d) in &list {
        let mut v = rx_value(p, Some(d));
        match (p.daily_mg, d.mme_factor) {
            (Some(x), Some(f)) => {
                total += x * f;
                v["mme_factor"] = Value::from(f);
                v["mme_mg"] = crate::report::mg_value(x * f);
            }
            (None, _) => missing.push(format!("{}: no daily dose recorded", p.drug)),
            (_, None) => missing.push(format!("{}: no conversion factor", p.drug)),
        }
        items.push(v);
    }
    let names: Vec<String> = list.iter().map(|(p, d)| rx_words(p, d, cx.lang)).collect();
    let mme = if missing.is_empty() {
        format!("{} mg oral morphine equivalents a day", mg(total))
    } else if missing.len() == list.len() {
        format!(
            "oral morphine equivalents could not be computed (incomplete: {})",
            missing.join("; ")
        )
    } else {
        format!(
            "at least {} mg oral morphine equivalents a day (incomplete: {})",
            mg(total),
            missing.join("; ")
        )
    };
    out.push(cx.report(
        &INT002,
        Severity::Warning,
        format!("opioid co-prescribed with {}: {}; {mme}, not counting the LAR medication", cx.case.treatment.medication, names.join(", ")),
        Ev::new()
            .val("prescriptions", Value::from(items))
            .val("drugs", Value::from(list.iter().map(|(p, _)| p.drug.clone()).collect::<Vec<_>>()))
            .mg("mme_mg_per_day", total)
            .str("mme_complete", if missing.is_empty() { "yes" } else { "incomplete" })
            .str("mme_source", "Helsedirektoratet, Konvertering av opioiddoser (via config/drugs.toml)"),
        "additive respiratory depression: keep the course short, supervise the LAR dose, and give take-home naloxone".to_string(),
    ));
}

/// The CNS-depressant classes INT004 counts (prescriptions and screens):
/// `int004.min_classes` above their number would switch INT004 off.
pub const INT004_CLASSES: [&str; 5] = [
    "benzodiazepine-or-z-hypnotic",
    "gabapentinoid",
    "other-opioid",
    "sedative",
    "alcohol",
];

/// INT004's classes of a prescribed drug: (1) benzodiazepine or
/// z-hypnotic, (2) gabapentinoid, (3) other opioid (another LAR product
/// included), (4) sedative (GHB and xylazine products included).
pub fn depressant_classes(d: &crate::vocab::drugs::Drug) -> Vec<&'static str> {
    let mut out = Vec::new();
    if d.has_class(DrugClass::Benzodiazepine) || d.has_class(DrugClass::ZHypnotic) {
        out.push("benzodiazepine-or-z-hypnotic");
    }
    if d.has_class(DrugClass::Gabapentinoid) {
        out.push("gabapentinoid");
    }
    if d.has_class(DrugClass::Opioid) || d.lar.is_some() {
        out.push("other-opioid");
    }
    if DrugClass::SEDATING.iter().any(|c| d.has_class(*c))
        || d.explains_substance("ghb")
        || d.explains_substance("xylazine")
    {
        out.push("sedative");
    }
    out
}

declare_rule! {
    /// INT004 `cns-depressant-combination`.
    pub static INT004 = Rule {
        name: "cns-depressant-combination",
        max_severity: Severity::Critical,
        grades: "critical (a screen positive or a new, not TSB-approved prescription) / warning (a known combination)",
        source: "FDA-2016-BZD; FDA-2017-MAT; SLV-BZD-OPIOID; local default (two more classes)",
        summary: "the LAR medication plus two or more CNS-depressant classes at once (benzodiazepine or z-hypnotic, gabapentinoid, other opioid incl. 6-mam, sedative, alcohol), from active prescriptions or unexplained screen positives of the last 28 days; a warning when every class comes from long-standing or TSB-approved prescriptions",
        why: "Opioid plus two more depressants is the combination behind most overdose deaths.",
        example: "methadone with Lyrica and OxyNorm",
        not_when: "one class only (two benzodiazepines are one class)",
        params: &["int004", "general.established_days"],
        naloxone_risk: Some("CNS-depressant combination"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| (!depressant_classes(d).is_empty()).then_some("any LAR medication, with one more CNS-depressant class")),
        counter: Counter::Words("{first_sentence}: do not stop {med}; no take-home doses before review, naloxone"),
    }
}

/// INT004: the LAR medication plus two or more CNS-depressant classes.
/// The CNS-depressant classes INT004 counts, from the active
/// prescriptions and the screens of `int004.screen_window_days`.
struct Depressants {
    /// Each class with the prescriptions and screens that show it.
    classes: Vec<(&'static str, Vec<String>)>,
    /// The prescribed depressant drugs.
    drugs: Vec<String>,
    /// New prescriptions not approved by TSB (`Sobril started 2026-11-10`).
    unknown: Vec<String>,
    /// A class shows in a screen that no prescription explains.
    from_screens: bool,
}

fn depressants(cx: &Cx<'_>) -> Depressants {
    let mut classes: Vec<(&'static str, Vec<String>)> = Vec::new();
    let mut drugs: Vec<String> = Vec::new();
    // What makes the combination an alarm rather than a known, monitored
    // one (rules.md INT004): an unexplained screen positive, or a
    // prescription that is neither long-standing nor approved by TSB.
    let mut unknown: Vec<String> = Vec::new();
    let mut add = |class: &'static str, why: String| match classes.iter_mut().find(|c| c.0 == class)
    {
        Some(c) => {
            if !c.1.contains(&why) {
                c.1.push(why)
            }
        }
        None => classes.push((class, vec![why])),
    };
    for (p, d) in cx.active() {
        let mine = depressant_classes(d);
        if !mine.is_empty() && !drugs.contains(&p.drug) {
            drugs.push(p.drug.clone());
        }
        if !mine.is_empty()
            && !p.approved_by_tsb
            && let Standing::New(f) = cx.standing(p, d)
        {
            let w = format!("{} started {f}", p.drug);
            if !unknown.contains(&w) {
                unknown.push(w);
            }
        }
        for c in mine {
            add(c, format!("prescription {}", p.drug));
        }
    }
    let mut from_screens = false;
    for r in cx.recent_readings(cx.s.int004.screen_window_days) {
        for s in &r.unexplained {
            let w = format!("screen {} {s}", r.date);
            if matches!(
                crate::vocab::substances::group(s),
                SubstanceGroup::Benzo
                    | SubstanceGroup::Gabapentinoid
                    | SubstanceGroup::Opioid
                    | SubstanceGroup::Alcohol
                    | SubstanceGroup::Sedative
            ) {
                from_screens = true;
            }
            match crate::vocab::substances::group(s) {
                SubstanceGroup::Benzo => add("benzodiazepine-or-z-hypnotic", w),
                SubstanceGroup::Gabapentinoid => add("gabapentinoid", w),
                SubstanceGroup::Opioid => add("other-opioid", w),
                SubstanceGroup::Alcohol => add("alcohol", w),
                SubstanceGroup::Sedative => add("sedative", w),
                _ => {}
            }
        }
        if r.has_results && r.positive.contains(&"alcohol") {
            from_screens = true;
            add("alcohol", format!("screen {} alcohol", r.date));
        }
    }
    Depressants {
        classes,
        drugs,
        unknown,
        from_screens,
    }
}

fn int004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Depressants {
        classes,
        drugs,
        unknown,
        from_screens,
    } = depressants(cx);
    let min = cx.s.int004.min_classes;
    if classes.len() < min {
        return;
    }
    let words: Vec<String> = classes
        .iter()
        .map(|(c, w)| {
            format!(
                "{} ({})",
                // "benzodiazepine or z-hypnotic", "other opioid": the
                // class in words (the z-hypnotic keeps its hyphen).
                c.replace("-or-", " or ")
                    .replace('-', " ")
                    .replace("z hypnotic", "z-hypnotic"),
                screen_words(w)
            )
        })
        .collect();
    let mut ev = Ev::new().val(
        "classes",
        Value::from(
            classes
                .iter()
                .map(|(c, _)| c.to_string())
                .collect::<Vec<_>>(),
        ),
    );
    for (c, w) in &classes {
        ev = ev.val(c, Value::from(w.clone()));
    }
    ev = ev.val("drugs", Value::from(drugs));
    let known = !from_screens && unknown.is_empty();
    let (sev, grade, advice) = if known {
        (
            Severity::Warning,
            "a known combination (long-standing or TSB-approved prescriptions): review, taper plan, naloxone".to_string(),
            "a known, monitored combination: review every sedating drug at the next consultation, keep a taper plan, and make sure naloxone is at home; do not stop or reduce the LAR medication because of this",
        )
    } else {
        let mut why = Vec::new();
        if from_screens {
            why.push("found in a screen without a prescription".to_string());
        }
        if !unknown.is_empty() {
            why.push(format!("newly prescribed: {}", unknown.join(", ")));
        }
        (
            Severity::Critical,
            why.join("; "),
            "the highest overdose risk: review every sedating drug with the patient, supervise intake, test, and make sure naloxone is at home; do not stop or reduce the LAR medication because of this",
        )
    };
    out.push(
        cx.report(
            &INT004,
            sev,
            format!(
                "{} plus {}: {}; {grade}",
                cx.case.treatment.medication,
                crate::words::count(
                    classes.len() as i64,
                    "CNS-depressant class",
                    "CNS-depressant classes"
                ),
                words.join("; ")
            ),
            ev.int("min_classes", min as i64)
                .str(
                    "combination",
                    if known {
                        "known"
                    } else {
                        "new-or-not-prescribed"
                    },
                )
                .val("new_prescriptions", Value::from(unknown.clone()))
                .int("established_days", cx.s.general.established_days)
                .str("limit_source", cx.src("int004.min_classes")),
            advice.to_string(),
        ),
    );
}

declare_rule! {
    /// INT007 `enzyme-inducer`.
    pub static INT007 = Rule {
        name: "enzyme-inducer",
        max_severity: Severity::Critical,
        grades: "warning (started in the last 28 days) / info (long-standing) / critical (stopped in the last 14 days)",
        source: "ROP-7.9.3 (stopping an inducer raises levels fast)",
        summary: "an active inducer of a pathway of the LAR medication (methadone and levomethadone: CYP3A4, CYP2B6; buprenorphine family: CYP3A4; morphine-sr: glucuronidation, e.g. rifampicin), or one stopped in the last 14 days: rifampicin, carbamazepine, phenytoin, phenobarbital, efavirenz, nevirapine, St John's wort, ...",
        why: "Inducers lower methadone and buprenorphine levels (withdrawal, top-up use); when they stop, levels rise fast and a dose raised for the inducer becomes an overdose.",
        example: "carbamazepine stopped 5 days ago: critical",
        not_when: "stopped more than 14 days ago; inducers of another pathway (carbamazepine with morphine-sr, ritonavir with buprenorphine)",
        params: &["int007", "general.established_days"],
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| families_words(|f| d.induces_family(f))),
    }
}

/// INT007: an inducer, active or stopped in the last 14 days.
fn int007(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let days = cx.s.int007.recently_stopped_days;
    let fam = LarFamily::of(cx.case.treatment.medication);
    for (p, d) in cx.rx.iter().filter_map(|(p, d)| d.map(|d| (*p, d))) {
        // Only an inducer of a pathway of the LAR medication (rules.md
        // INT007; morphine: only what the catalogue names for
        // glucuronidation).
        if cx.is_own_lar(d) || !d.induces_family(fam) {
            continue;
        }
        let active = p.active_on(cx.as_of);
        let stopped =
            p.to.is_some_and(|t| t < cx.as_of && t >= cx.as_of - Duration::days(days))
                && p.from.is_none_or(|f| f <= cx.as_of);
        if !active && !stopped {
            continue;
        }
        // Another prescription of the same drug still active: not stopped
        // (a new brand or a dose change); that one reports it as active.
        let continued = stopped
            && cx.rx.iter().any(|(q, e)| {
                !std::ptr::eq(*q, p)
                    && q.active_on(cx.as_of)
                    && e.is_some_and(|e| e.generic == d.generic)
            });
        if continued {
            continue;
        }
        let (sev, words, advice) = if stopped {
            (
                Severity::Critical,
                format!(
                    "enzyme inducer stopped {} ({}): {}",
                    p.to.map(|t| t.to_string()).unwrap_or_default(),
                    cx.lang
                        .ago(p.to.map(|t| (cx.as_of - t).num_days()).unwrap_or(0)),
                    rx_words(p, d, cx.lang)
                ),
                "levels of the LAR medication rise over the next days: watch for sedation and reduce the dose if it was raised for the inducer",
            )
        } else {
            let st = cx.standing(p, d);
            (
                if st.is_long() {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                format!(
                    "enzyme inducer co-prescribed with {}: {} ({})",
                    cx.case.treatment.medication,
                    rx_words(p, d, cx.lang),
                    st.words(cx.as_of, cx.lang)
                ),
                if st.is_long() {
                    "a long-standing prescription: the dose was found on it; when the inducer stops, levels rise fast: plan the dose before it stops"
                } else {
                    "levels of the LAR medication may fall over 1-2 weeks (withdrawal): the dose may need to rise; when the inducer stops, levels rise fast: plan the dose for both"
                },
            )
        };
        out.push(
            cx.report_with_source(
                &INT007,
                sev,
                words,
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone())
                    .int("recently_stopped_days", days)
                    .str(
                        "standing",
                        if stopped {
                            "stopped"
                        } else if cx.standing(p, d).is_long() {
                            "long-standing"
                        } else {
                            "new"
                        },
                    )
                    .int("established_days", cx.s.general.established_days)
                    .str("limit_source", cx.src("int007.recently_stopped_days")),
                cx.src("int007.recently_stopped_days"),
                advice.to_string(),
            ),
        );
    }
}

/// INT004's evidence in words, one date per screen: "prescription Lyrica,
/// screen 2026-11-13: 6-mam, morphine" rather than "screen 2026-11-13
/// 6-mam, screen 2026-11-13 morphine".
fn screen_words(items: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<&str> = None;
    for w in items {
        if let Some((date, sub)) = w.strip_prefix("screen ").and_then(|r| r.split_once(' ')) {
            if last == Some(date)
                && let Some(prev) = out.last_mut()
            {
                prev.push_str(", ");
                prev.push_str(sub);
            } else {
                out.push(format!("screen {date}: {sub}"));
                last = Some(date);
            }
        } else {
            out.push(w.clone());
            last = None;
        }
    }
    out.join(", ")
}
