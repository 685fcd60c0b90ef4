//! QTC: ECG and QT.

use super::interactions::METHADONE_FAMILY;
use super::registry::{Counter, Rule, Triggers};
use super::{Cx, Ev, rx_value, rx_words};
use crate::case::{Ecg, Medication, Sex};
use crate::config::Severity;
use crate::report::Finding;
use crate::vocab::drugs::DrugClass;
use chrono::Duration;

/// The qtc rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&QTC001, &QTC002, &QTC003, &QTC004];

/// The sex-specific warning limit and its config key.
pub fn warning_limit(cx: &Cx<'_>) -> (f64, &'static str) {
    let p = &cx.s.qtc001;
    match cx.case.patient.sex {
        Some(Sex::Male) => (p.warning_male_ms, "qtc001.warning_male_ms"),
        Some(Sex::Female) => (p.warning_female_ms, "qtc001.warning_female_ms"),
        _ => (p.warning_other_ms, "qtc001.warning_other_ms"),
    }
}

fn latest<'a>(cx: &Cx<'a>) -> Option<&'a Ecg> {
    cx.case
        .ecg
        .iter()
        .filter(|e| e.date <= cx.as_of)
        .max_by_key(|e| e.date)
}

/// Runs the QTC rules; QTC002-QTC004 judge the methadone family only.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    qtc001(cx, out);
    if !cx.case.treatment.medication.is_methadone_family() {
        return;
    }
    qtc002(cx, out);
    qtc003(cx, out);
    qtc004(cx, out);
}

/// The counter's words for a critical QTc (QTC001, QTC004).
const SEE_BEFORE_NEXT_DOSE: &str = "{message}: see the prescriber before the next {med} dose";

declare_rule! {
    /// QTC001 `qtc-prolonged`.
    pub static QTC001 = Rule {
        name: "qtc-prolonged",
        max_severity: Severity::Critical,
        grades: "warning / critical",
        source: "RELIS-QT (sex-specific warning limits); KRANTZ (500 ms)",
        summary: "the latest QTc is above the sex-specific warning limit (methadone family only) or above {qtc001.critical_ms} ms (any medication)",
        why: "Methadone prolongs QT dose-dependently; above 500 ms the risk of torsades de pointes is clear.",
        example: "QTc 512 ms on methadone 140 mg",
        not_when: "QTc at or below the limit; buprenorphine below {qtc001.critical_ms} ms",
        params: &["qtc001"],
        counter: Counter::Words(SEE_BEFORE_NEXT_DOSE),
    }
}

/// QTC001: the latest QTc above the warning or the critical limit.
fn qtc001(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    let mf = med.is_methadone_family();
    let (warn, wkey) = warning_limit(cx);
    let crit = cx.s.qtc001.critical_ms;
    let last = latest(cx);
    if let Some(e) = last {
        let sev = if e.qtc_ms > crit {
            Some((Severity::Critical, crit, "qtc001.critical_ms"))
        } else if mf && e.qtc_ms > warn {
            Some((Severity::Warning, warn, wkey))
        } else {
            None
        };
        if let Some((sev, lim, key)) = sev {
            out.push(
                cx.report_with_source(
                    &QTC001,
                    sev,
                    crate::tr!(
                        cx.lang,
                        "qtc001-message",
                        qtc = cx.lang.mg(e.qtc_ms),
                        date = cx.lang.date(e.date),
                        severity = sev.as_str(),
                        limit = cx.lang.mg(lim)
                    ),
                    Ev::new()
                        .date("ecg_date", e.date)
                        .num("qtc_ms", e.qtc_ms)
                        .num("limit_ms", lim)
                        .str("limit_source", cx.src(key)),
                    cx.src(key),
                    if sev == Severity::Critical {
                        crate::tr!(cx.lang, "qtc001-suggestion-critical")
                    } else {
                        crate::tr!(cx.lang, "qtc001-suggestion")
                    },
                ),
            );
        }
    }
}

declare_rule! {
    /// QTC002 `ecg-missing-at-start`.
    pub static QTC002 = Rule {
        name: "ecg-missing-at-start",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-8.2",
        summary: "methadone family, the methadone-family start is known and more than {qtc002.after_start_days} days ago, and no ECG is recorded from {qtc002.before_start_days} days before that start onward",
        why: "The guideline asks for an ECG before or soon after the start and after titration.",
        example: "methadone started 45 days ago and no ECG",
        not_when: "an unknown start (continuation), the first {qtc002.after_start_days} days, any ECG in the window",
        params: &["qtc002", "general.methadone_family_gap_days"],
    }
}

/// QTC002: no ECG around the methadone-family start.
fn qtc002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    if let Some(start) = cx.facts.methadone_family_start {
        let p = &cx.s.qtc002;
        let since = (cx.as_of - start).num_days();
        let from = start - Duration::days(p.before_start_days);
        if since > p.after_start_days
            && !cx
                .case
                .ecg
                .iter()
                .any(|e| e.date >= from && e.date <= cx.as_of)
        {
            out.push(
                cx.report_with_source(
                    &QTC002,
                    Severity::Warning,
                    crate::tr!(
                        cx.lang,
                        "qtc002-message",
                        days = p.before_start_days,
                        medication = cx.lang.medication(med),
                        start = cx.lang.date(start),
                        ago = cx.lang.ago(since)
                    ),
                    Ev::new()
                        .date("start", start)
                        .int("days_since_start", since)
                        .int("after_start_days", p.after_start_days)
                        .str("limit_source", cx.src("qtc002.after_start_days")),
                    cx.src("qtc002.after_start_days"),
                    crate::tr!(cx.lang, "qtc002-suggestion"),
                ),
            );
        }
    }
}

declare_rule! {
    /// QTC003 `ecg-overdue-high-dose`.
    pub static QTC003 = Rule {
        name: "ecg-overdue-high-dose",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-8.2 (above 110-120 mg: yearly); ANCHERSEN",
        summary: "methadone at {qtc003.methadone_mg} mg or more (levomethadone {qtc003.levomethadone_mg} mg) and no ECG in the last {qtc003.interval_days} days",
        why: "QTc above 500 ms was seen only at doses of 120 mg or more in the Oslo study.",
        example: "methadone 140 mg, last ECG 14 months ago",
        not_when: "lower doses, a recent ECG",
        params: &["qtc003"],
    }
}

/// QTC003: high dose, no ECG in the last year.
fn qtc003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    let last = latest(cx);
    let threshold = match med {
        Medication::Methadone => Some((cx.s.qtc003.methadone_mg, "qtc003.methadone_mg")),
        Medication::Levomethadone => {
            Some((cx.s.qtc003.levomethadone_mg, "qtc003.levomethadone_mg"))
        }
        _ => None,
    };
    if let (Some((t, key)), Some(dose)) = (threshold, cx.facts.current_dose_mg) {
        let days = cx.s.qtc003.interval_days;
        let from = cx.as_of - Duration::days(days);
        if dose + 1e-9 >= t
            && !cx
                .case
                .ecg
                .iter()
                .any(|e| e.date >= from && e.date <= cx.as_of)
        {
            let lang = cx.lang;
            let last_words = last
                .map(|e| crate::tr!(lang, "qtc003-last-ecg", date = lang.date(e.date)))
                .unwrap_or_else(|| crate::tr!(lang, "qtc-no-ecg"));
            out.push(
                cx.report_with_source(
                    &QTC003,
                    Severity::Warning,
                    crate::tr!(
                        lang,
                        "qtc003-message",
                        medication = lang.medication(med),
                        dose = lang.mg(dose),
                        threshold = lang.mg(t),
                        days = days,
                        last = last_words
                    ),
                    Ev::new()
                        .mg("dose_mg", dose)
                        .mg("threshold_mg", t)
                        .int("interval_days", days)
                        .str("limit_source", cx.src(key)),
                    cx.src(key),
                    crate::tr!(lang, "qtc003-suggestion"),
                ),
            );
        }
    }
}

declare_rule! {
    /// QTC004 `qt-drug-with-methadone`.
    pub static QTC004 = Rule {
        name: "qt-drug-with-methadone",
        max_severity: Severity::Critical,
        grades: "critical (QTc above the warning limit, or two QT drugs) / warning / info (a normal ECG from the last 365 days, after the drug's start)",
        source: "N10-8.2 (avoid QT drugs with methadone); SLV-CITALOPRAM",
        summary: "an active QT-prolonging drug with a methadone-family medication; critical when the latest QTc is above the warning limit or two or more QT drugs are active; info when the latest ECG is from the last {qtc004.ecg_valid_days} days, on or after every QT drug's start, and normal (repeat yearly)",
        why: "QT effects add up; citalopram must not be combined with other QT-prolonging drugs.",
        example: "Cipramil with methadone and QTc 512 ms",
        not_when: "buprenorphine-family patients",
        params: &["qtc004", "qtc001"],
        triggered_by: Triggers::CoPrescribed(|d| d.has_class(DrugClass::QtProlonging).then_some(METHADONE_FAMILY)),
        counter: Counter::Words(SEE_BEFORE_NEXT_DOSE),
    }
}

/// QTC004: QT-prolonging drugs with the methadone family.
fn qtc004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    let (warn, _) = warning_limit(cx);
    let last = latest(cx);
    let qt = cx.active_with(DrugClass::QtProlonging);
    if qt.is_empty() {
        return;
    }
    let high = last.is_some_and(|e| e.qtc_ms > warn);
    let n_drugs = super::distinct_drugs(&qt);
    // The check has been done (rules.md QTC004): the latest ECG is from the
    // last `ecg_valid_days`, on or after every QT drug's start (a renewal
    // counts from its first `from`; a drug without `from` needs only the
    // days), and normal. Repeat yearly: info.
    let valid_from = cx.as_of - Duration::days(cx.s.qtc004.ecg_valid_days);
    let checked = last.filter(|e| {
        !high
            && e.date >= valid_from
            && qt
                .iter()
                .all(|(p, d)| cx.prescribed_since(p, d).is_none_or(|f| e.date >= f))
    });
    let sev = if high || n_drugs >= 2 {
        Severity::Critical
    } else if checked.is_some() {
        Severity::Info
    } else {
        Severity::Warning
    };
    let lang = cx.lang;
    let names: Vec<String> = qt.iter().map(|(p, d)| rx_words(p, d, lang)).collect();
    let mut why = Vec::new();
    if high {
        why.push(crate::tr!(
            lang,
            "qtc004-high",
            qtc = last.map(|e| lang.mg(e.qtc_ms)).unwrap_or_default(),
            limit = lang.mg(warn)
        ));
    }
    if n_drugs >= 2 {
        why.push(crate::tr!(lang, "qtc004-drugs", count = n_drugs));
    }
    if let Some(e) = checked.filter(|_| sev == Severity::Info) {
        why.push(crate::tr!(
            lang,
            "qtc004-checked",
            date = lang.date(e.date),
            qtc = lang.mg(e.qtc_ms),
            limit = lang.mg(warn)
        ));
    } else if sev == Severity::Warning {
        why.push(match last {
            Some(e) if e.date < valid_from => crate::tr!(
                lang,
                "qtc004-old",
                date = lang.date(e.date),
                days = cx.s.qtc004.ecg_valid_days
            ),
            Some(e) => crate::tr!(lang, "qtc004-before-start", date = lang.date(e.date)),
            None => crate::tr!(lang, "qtc-no-ecg"),
        });
    }
    out.push(
        cx.report(
            &QTC004,
            sev,
            crate::tr!(
                lang,
                "qtc004-message",
                medication = lang.medication(med),
                drugs = names.join(", "),
                why = if why.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", why.join("; "))
                }
            ),
            Ev::new()
                .val(
                    "prescriptions",
                    serde_json::Value::from(
                        qt.iter()
                            .map(|(p, d)| rx_value(p, Some(d)))
                            .collect::<Vec<_>>(),
                    ),
                )
                .val(
                    "drugs",
                    serde_json::Value::from(
                        qt.iter().map(|(p, _)| p.drug.clone()).collect::<Vec<_>>(),
                    ),
                )
                .val(
                    "latest_qtc_ms",
                    last.map_or(serde_json::Value::Null, |e| {
                        serde_json::Value::from(e.qtc_ms)
                    }),
                )
                .val(
                    "latest_ecg",
                    last.map_or(serde_json::Value::Null, |e| {
                        serde_json::Value::from(e.date.to_string())
                    }),
                )
                .int("ecg_valid_days", cx.s.qtc004.ecg_valid_days),
            if high {
                crate::tr!(lang, "qtc004-suggestion-high")
            } else if sev == Severity::Info {
                crate::tr!(lang, "qtc004-suggestion-checked")
            } else {
                crate::tr!(lang, "qtc004-suggestion")
            },
        ),
    );
}
