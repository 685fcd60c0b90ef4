//! BZD: benzodiazepines and z-hypnotics. Never advise stopping the agonist:
//! tighten supervision, test, and give naloxone.

use super::interactions::ANY_LAR;
use super::registry::{Counter, Rule, Triggers};
use super::{Cx, Ev, rx_value, rx_words};
use crate::config::Severity;
use crate::report::Finding;
use crate::vocab::drugs::DrugClass;

/// The benzo rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&BZD001, &BZD002, &BZD003];

/// The counter's words for a critical benzodiazepine (BZD001, BZD003):
/// never stop the agonist (rules.md BZD001).
const DO_NOT_STOP: &str = "{message}: do not stop {med}; supervise intake, test, and give naloxone";

declare_rule! {
    /// BZD001 `benzodiazepine-coprescribed`.
    pub static BZD001 = Rule {
        name: "benzodiazepine-coprescribed",
        max_severity: Severity::Critical,
        grades: "critical; warning if approved by TSB",
        source: "N10-7.2.2 (B, key recommendation); NO-GL-2022 (TSB-decided substitution); FDA-2016-BZD; FDA-2017-MAT",
        summary: "an active prescription of a benzodiazepine (ATC N05BA, N05CD, N03AE01)",
        why: "Benzodiazepines with opioids cause fatal respiratory depression; they are in most Norwegian overdose deaths. The advice is never to stop the agonist: tighten supervision, test, and give naloxone.",
        example: "Sobril 30 mg/day with buprenorphine-naloxone: critical; Vival approved by TSB: warning",
        not_when: "the prescription has ended or starts after as_of; z-hypnotics (BZD002)",
        params: &[],
        naloxone_risk: Some("benzodiazepine prescribed"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::Benzodiazepine).then_some(ANY_LAR)),
        counter: Counter::Words(DO_NOT_STOP),
    }
}

declare_rule! {
    /// BZD002 `z-hypnotic-coprescribed`.
    pub static BZD002 = Rule {
        name: "z-hypnotic-coprescribed",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "DMP-INTER (\"forholdsregler bør tas\", N05CF with opioids)",
        summary: "an active z-hypnotic (ATC N05CF: zopiclone, zolpidem)",
        why: "Z-hypnotics add CNS and respiratory depression; the Norwegian interaction database asks for precautions.",
        example: "Imovane 7.5 mg with buprenorphine",
        not_when: "benzodiazepines (BZD001), inactive prescriptions",
        params: &[],
        naloxone_risk: Some("z-hypnotic prescribed"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::ZHypnotic).then_some(ANY_LAR)),
    }
}

declare_rule! {
    /// BZD003 `several-benzodiazepines`.
    pub static BZD003 = Rule {
        name: "several-benzodiazepines",
        max_severity: Severity::Critical,
        grades: "critical",
        source: "HDIR-VANE (at most one drug from the group)",
        summary: "two or more active drugs from the benzodiazepine and z-hypnotic group",
        why: "Each added sedative multiplies the overdose risk; the national guidance allows at most one.",
        example: "oxazepam and zopiclone at once",
        not_when: "a single drug, or two prescriptions of the same generic",
        params: &["bzd003"],
        naloxone_risk: Some("several benzodiazepines"),
        holds_back_pickup: true,
        triggered_by: Triggers::CoPrescribed(|d| (d.has_class(DrugClass::Benzodiazepine) || d.has_class(DrugClass::ZHypnotic)).then_some("any LAR medication, with another benzodiazepine or z-hypnotic")),
        counter: Counter::Words(DO_NOT_STOP),
    }
}

/// Runs the BZD rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let benzos = cx.active_with(DrugClass::Benzodiazepine);
    let z = cx.active_with(DrugClass::ZHypnotic);
    for (p, d) in &benzos {
        let sev = if p.approved_by_tsb {
            Severity::Warning
        } else {
            Severity::Critical
        };
        let approved = if p.approved_by_tsb {
            crate::tr!(cx.lang, "bzd001-approved")
        } else {
            String::new()
        };
        out.push(
            cx.report(
                &BZD001,
                sev,
                crate::tr!(
                    cx.lang,
                    "bzd001-message",
                    medication = cx.lang.medication(cx.case.treatment.medication),
                    prescription = rx_words(p, d, cx.lang),
                    approved = approved
                ),
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone()),
                if p.approved_by_tsb {
                    crate::tr!(cx.lang, "bzd001-suggestion-approved")
                } else {
                    crate::tr!(cx.lang, "bzd001-suggestion")
                },
            ),
        );
    }
    for (p, d) in &z {
        out.push(
            cx.report(
                &BZD002,
                Severity::Warning,
                crate::tr!(
                    cx.lang,
                    "bzd002-message",
                    medication = cx.lang.medication(cx.case.treatment.medication),
                    prescription = rx_words(p, d, cx.lang)
                ),
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone()),
                crate::tr!(cx.lang, "bzd002-suggestion"),
            ),
        );
    }
    let mut all: Vec<_> = benzos.iter().chain(z.iter()).collect();
    all.sort_by(|a, b| a.1.generic.cmp(&b.1.generic));
    all.dedup_by(|a, b| a.1.generic == b.1.generic);
    let max = cx.s.bzd003.max_drugs;
    if all.len() > max {
        let names: Vec<String> = all.iter().map(|(p, d)| rx_words(p, d, cx.lang)).collect();
        out.push(
            cx.report_with_source(
                &BZD003,
                Severity::Critical,
                crate::tr!(
                    cx.lang,
                    "bzd003-message",
                    count = all.len(),
                    drugs = names.join(", "),
                    max = max
                ),
                Ev::new()
                    .val(
                        "prescriptions",
                        serde_json::Value::from(
                            all.iter()
                                .map(|(p, d)| rx_value(p, Some(d)))
                                .collect::<Vec<_>>(),
                        ),
                    )
                    .val(
                        "drugs",
                        serde_json::Value::from(
                            all.iter().map(|(p, _)| p.drug.clone()).collect::<Vec<_>>(),
                        ),
                    )
                    .int("max_drugs", max as i64)
                    .str("limit_source", cx.src("bzd003.max_drugs")),
                cx.src("bzd003.max_drugs"),
                crate::tr!(cx.lang, "bzd003-suggestion"),
            ),
        );
    }
}
