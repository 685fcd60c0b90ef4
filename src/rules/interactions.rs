//! INT: other interactions (gabapentinoids, opioids, sedatives, the CNS
//! depressant combination, antagonists, partial agonists, enzyme
//! inducers and inhibitors, MAO inhibitors).

use super::registry::{Counter, Rule, Triggers};
use super::{Cx, Ev, Rx, Standing, rx_value, rx_words};
use crate::config::Severity;
use crate::i18n::Lang;
use crate::report::Finding;
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
    (message, advice): (&str, &str),
    out: &mut Vec<Finding>,
) {
    let lang = cx.lang;
    for (p, d) in list {
        out.push(
            cx.report(
                rule,
                sev,
                crate::tr!(
                    lang,
                    message,
                    medication = lang.medication(cx.case.treatment.medication),
                    prescription = rx_words(p, d, lang)
                ),
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone()),
                crate::tr!(lang, advice),
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
    let lang = cx.lang;
    let lar_dose = match current {
        Some(x) if !med.is_depot() => crate::tr!(lang, "int010-lar-dose", mg = lang.mg(x)),
        _ if med.is_depot() => crate::tr!(lang, "int010-lar-depot"),
        _ => crate::tr!(lang, "int010-lar-no-dose"),
    };
    for (p, d) in cx.rx.iter().filter_map(|(p, d)| d.map(|d| (*p, d))) {
        if !p.active_on(cx.as_of) || !cx.is_own_lar(d) {
            continue;
        }
        let rx_dose = match p.daily_mg {
            Some(x) => crate::tr!(lang, "int010-rx-dose", mg = lang.mg(x)),
            None => crate::tr!(lang, "int010-rx-no-dose"),
        };
        out.push(
            cx.report(
                &INT010,
                Severity::Warning,
                crate::tr!(
                    lang,
                    "int010-message",
                    drug = if p.drug.eq_ignore_ascii_case(&d.generic) {
                        p.drug.clone()
                    } else {
                        // A LAR product by its Norwegian name in nb; the
                        // catalogue's spelling in English, as before.
                        let generic = match crate::case::Medication::parse(&d.generic) {
                            Some(m) if lang != Lang::En => lang.medication(m),
                            _ => d.generic.clone(),
                        };
                        if p.drug.eq_ignore_ascii_case(&generic) {
                            p.drug.clone()
                        } else {
                            format!("{} ({generic})", p.drug)
                        }
                    },
                    line = p.line,
                    dose = rx_dose,
                    medication = lang.medication(med),
                    lar_dose = lar_dose.clone()
                ),
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone())
                    .str("medication", med.as_str())
                    .opt_mg("current_dose_mg", current)
                    .opt_mg("prescribed_daily_mg", p.daily_mg),
                crate::tr!(lang, "int010-suggestion"),
            ),
        );
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
    what: &dyn Fn(&crate::vocab::drugs::Drug, Lang) -> String,
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
        out.push(cx.report(
            rule,
            if st.is_long() { long } else { new },
            crate::tr!(
                cx.lang,
                "int-graded-message",
                what = what(d, cx.lang),
                medication = cx.lang.medication(cx.case.treatment.medication),
                prescription = rx_words(p, d, cx.lang),
                standing = st.words(cx.as_of, cx.lang)
            ),
            ev.str("limit_source", cx.src("general.established_days")),
            crate::tr!(
                cx.lang,
                if st.is_long() {
                    advice_long
                } else {
                    advice_new
                }
            ),
        ));
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
        ("int001-message", "int001-suggestion"),
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
        &|_, lang| crate::tr!(lang, "int003-what"),
        ("int003-suggestion", "int003-suggestion-long"),
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
        ("int005-message", "int005-suggestion"),
        out,
    );
    if med.is_methadone_family() {
        let partial: Vec<Rx<'_>> = cx.active_with(DrugClass::PartialAgonist);
        one_per_drug(
            cx,
            &INT006,
            Severity::Critical,
            &partial,
            ("int006-message", "int006-suggestion"),
            out,
        );
        one_per_drug(
            cx,
            &INT009,
            Severity::Critical,
            &cx.active_with(DrugClass::MaoInhibitor),
            ("int009-message", "int009-suggestion"),
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
        &|d, lang| {
            crate::tr!(
                lang,
                "int008-what",
                inhibitor = inhibitor_words(d, fam, lang)
            )
        },
        ("int008-suggestion", "int008-suggestion-long"),
        out,
    );
}

/// `strong CYP3A4 inhibitor`, `enzyme inhibitor named in the methadone SmPC`.
fn inhibitor_words(d: &crate::vocab::drugs::Drug, fam: LarFamily, lang: Lang) -> String {
    let graded: Vec<String> = d
        .inhibits
        .iter()
        .filter(|(p, s)| *s >= Strength::Moderate && fam.pathways().contains(p))
        .map(|(p, s)| {
            crate::tr!(
                lang,
                "int008-graded",
                strength = strength_words(*s),
                pathway = p.as_str()
            )
        })
        .collect();
    if graded.is_empty() {
        let family = match fam {
            LarFamily::MethadoneFamily => "methadone",
            LarFamily::BuprenorphineFamily => "buprenorphine",
            LarFamily::MorphineSr => "morphine",
        };
        crate::tr!(lang, "int008-named-in-smpc", family = family)
    } else {
        crate::tr!(lang, "int008-inhibitor", graded = lang.and(&graded))
    }
}

/// The strength as the catalogue spells it (a selector in the messages).
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
            (None, _) => missing.push(crate::tr!(cx.lang, "int002-no-dose", drug = p.drug.clone())),
            (_, None) => missing.push(crate::tr!(
                cx.lang,
                "int002-no-factor",
                drug = p.drug.clone()
            )),
        }
        items.push(v);
    }
    let names: Vec<String> = list.iter().map(|(p, d)| rx_words(p, d, cx.lang)).collect();
    let lang = cx.lang;
    let mme = if missing.is_empty() {
        crate::tr!(lang, "int002-mme", mg = lang.mg(total))
    } else if missing.len() == list.len() {
        crate::tr!(lang, "int002-mme-none", missing = missing.join("; "))
    } else {
        crate::tr!(
            lang,
            "int002-mme-at-least",
            mg = lang.mg(total),
            missing = missing.join("; ")
        )
    };
    out.push(
        cx.report(
            &INT002,
            Severity::Warning,
            crate::tr!(
                lang,
                "int002-message",
                medication = lang.medication(cx.case.treatment.medication),
                drugs = names.join(", "),
                mme = mme
            ),
            Ev::new()
                .val("prescriptions", Value::from(items))
                .val(
                    "drugs",
                    Value::from(list.iter().map(|(p, _)| p.drug.clone()).collect::<Vec<_>>()),
                )
                .mg("mme_mg_per_day", total)
                .str(
                    "mme_complete",
                    if missing.is_empty() {
                        "yes"
                    } else {
                        "incomplete"
                    },
                )
                .str(
                    "mme_source",
                    "Helsedirektoratet, Konvertering av opioiddoser (via config/drugs.toml)",
                ),
            crate::tr!(lang, "int002-suggestion"),
        ),
    );
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
    /// The same, as drug and start (for the message in the language).
    unknown_at: Vec<(String, chrono::NaiveDate)>,
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
    let mut unknown_at: Vec<(String, chrono::NaiveDate)> = Vec::new();
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
                unknown_at.push((p.drug.clone(), f));
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
        unknown_at,
        from_screens,
    }
}

fn int004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Depressants {
        classes,
        drugs,
        unknown,
        unknown_at,
        from_screens,
    } = depressants(cx);
    let lang = cx.lang;
    let min = cx.s.int004.min_classes;
    if classes.len() < min {
        return;
    }
    let words: Vec<String> = classes
        .iter()
        .map(|(c, w)| {
            // "benzodiazepine or z-hypnotic (prescription Sobril)".
            crate::tr!(
                lang,
                "int004-class",
                class = *c,
                items = screen_words(w, lang)
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
            crate::tr!(lang, "int004-known"),
            "int004-suggestion-known",
        )
    } else {
        let mut why = Vec::new();
        if from_screens {
            why.push(crate::tr!(lang, "int004-from-screen"));
        }
        if !unknown_at.is_empty() {
            let news: Vec<String> = unknown_at
                .iter()
                .map(|(drug, f)| {
                    crate::tr!(
                        lang,
                        "int004-started",
                        drug = drug.clone(),
                        date = lang.date(*f)
                    )
                })
                .collect();
            why.push(crate::tr!(
                lang,
                "int004-newly-prescribed",
                drugs = news.join(", ")
            ));
        }
        (Severity::Critical, why.join("; "), "int004-suggestion")
    };
    out.push(
        cx.report(
            &INT004,
            sev,
            crate::tr!(
                lang,
                "int004-message",
                medication = lang.medication(cx.case.treatment.medication),
                count = classes.len(),
                classes = words.join("; "),
                grade = grade
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
            crate::tr!(lang, advice),
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
        let lang = cx.lang;
        let (sev, words, advice) = if stopped {
            (
                Severity::Critical,
                crate::tr!(
                    lang,
                    "int007-message-stopped",
                    date = p.to.map(|t| lang.date(t)).unwrap_or_default(),
                    ago = lang.ago(p.to.map(|t| (cx.as_of - t).num_days()).unwrap_or(0)),
                    prescription = rx_words(p, d, lang)
                ),
                "int007-suggestion-stopped",
            )
        } else {
            let st = cx.standing(p, d);
            (
                if st.is_long() {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                crate::tr!(
                    lang,
                    "int007-message",
                    medication = lang.medication(cx.case.treatment.medication),
                    prescription = rx_words(p, d, lang),
                    standing = st.words(cx.as_of, lang)
                ),
                if st.is_long() {
                    "int007-suggestion-long"
                } else {
                    "int007-suggestion"
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
                crate::tr!(lang, advice),
            ),
        );
    }
}

/// INT004's evidence in words, one date per screen: "prescription Lyrica,
/// screen 2026-11-13: 6-mam, morphine" rather than "screen 2026-11-13
/// 6-mam, screen 2026-11-13 morphine".
fn screen_words(items: &[String], lang: Lang) -> String {
    // Each item: a screen's date with its substances, or a prescription.
    let mut parts: Vec<(Option<&str>, Vec<&str>)> = Vec::new();
    for w in items {
        if let Some((date, sub)) = w.strip_prefix("screen ").and_then(|r| r.split_once(' ')) {
            match parts.last_mut() {
                Some((Some(d), subs)) if *d == date => subs.push(sub),
                _ => parts.push((Some(date), vec![sub])),
            }
        } else {
            parts.push((None, vec![w.strip_prefix("prescription ").unwrap_or(w)]));
        }
    }
    let words: Vec<String> = parts
        .iter()
        .map(|(date, subs)| match date {
            Some(d) => {
                let date = match (lang, d.parse::<chrono::NaiveDate>()) {
                    (Lang::En, _) | (_, Err(_)) => (*d).to_string(),
                    (_, Ok(x)) => lang.date(x),
                };
                let subs: Vec<String> = subs
                    .iter()
                    .map(|s| match lang {
                        Lang::En => (*s).to_string(),
                        _ => lang.substance(s),
                    })
                    .collect();
                crate::tr!(
                    lang,
                    "int-screen",
                    date = date,
                    substances = subs.join(", ")
                )
            }
            None => crate::tr!(lang, "int-prescription", drug = subs[0].to_string()),
        })
        .collect();
    words.join(", ")
}
