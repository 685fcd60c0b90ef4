//! BZD: benzodiazepines and z-hypnotics. Never advise stopping the agonist:
//! tighten supervision, test, and give naloxone.

use super::{Cx, Ev, rx_value, rx_words};
use crate::config::Severity;
use crate::drugs::DrugClass;
use crate::report::Finding;

const OAT_ADVICE: &str = "do not stop or reduce the LAR medication because of this; tighten supervision of intake, test regularly, and make sure the patient has take-home naloxone";
/// For a co-treatment TSB decided on: no tightening, but the same safety net.
const APPROVED_ADVICE: &str = "test regularly and make sure the patient has take-home naloxone; do not stop or reduce the LAR medication because of this";

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
            "; substitution approved by TSB"
        } else {
            ""
        };
        out.push(cx.finding(
            "BZD001",
            sev,
            format!("benzodiazepine co-prescribed with {}: {}{approved}", cx.case.treatment.medication, rx_words(p, d)),
            Ev::new().val("prescription", rx_value(p, Some(d))).str("drug", p.drug.clone()).str("generic", d.generic.clone()),
            super::registry::find("BZD001").map(|r| r.source.to_string()).unwrap_or_default(),
            if p.approved_by_tsb {
                format!("keep the TSB decision under review; {APPROVED_ADVICE}")
            } else {
                format!("review the benzodiazepine with TSB (taper or a decided substitution); {OAT_ADVICE}")
            },
        ));
    }
    for (p, d) in &z {
        out.push(cx.finding(
            "BZD002",
            Severity::Warning,
            format!("z-hypnotic co-prescribed with {}: {}", cx.case.treatment.medication, rx_words(p, d)),
            Ev::new().val("prescription", rx_value(p, Some(d))).str("drug", p.drug.clone()).str("generic", d.generic.clone()),
            super::registry::find("BZD002").map(|r| r.source.to_string()).unwrap_or_default(),
            format!("judge whether the combination is needed; use the lowest dose for the shortest time; {OAT_ADVICE}"),
        ));
    }
    let mut all: Vec<_> = benzos.iter().chain(z.iter()).collect();
    all.sort_by(|a, b| a.1.generic.cmp(&b.1.generic));
    all.dedup_by(|a, b| a.1.generic == b.1.generic);
    let max = cx.s.bzd003.max_drugs;
    if all.len() > max {
        let names: Vec<String> = all.iter().map(|(p, d)| rx_words(p, d)).collect();
        out.push(cx.finding(
            "BZD003",
            Severity::Critical,
            format!("{} drugs from the benzodiazepine and z-hypnotic group at once: {} (at most {max})", all.len(), names.join(", ")),
            Ev::new()
                .val("prescriptions", serde_json::Value::from(all.iter().map(|(p, d)| rx_value(p, Some(d))).collect::<Vec<_>>()))
                .val("drugs", serde_json::Value::from(all.iter().map(|(p, _)| p.drug.clone()).collect::<Vec<_>>()))
                .int("max_drugs", max as i64)
                .str("limit_source", cx.src("bzd003.max_drugs")),
            cx.src("bzd003.max_drugs"),
            format!("keep at most one drug from the group (convert to one by equipotency); {OAT_ADVICE}"),
        ));
    }
}
