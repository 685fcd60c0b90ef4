//! DAT: data quality.

use super::registry::Rule;
use super::{Cx, Ev, runs, rx_value};
use crate::case::{Medication, Prescription};
use crate::config::Severity;
use crate::facts::DayKind;
use crate::i18n::Lang;
use crate::report::{Finding, mg};
use chrono::{Duration, NaiveDate};
use serde_json::Value;
use std::collections::BTreeMap;

/// The data rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[
    &DAT001, &DAT002, &DAT003, &DAT004, &DAT005, &DAT006, &DAT007, &DAT008,
];

const EPS: f64 = 1e-9;

/// Runs the DAT rules (DAT005 runs after the acknowledgements: [`dat005`]).
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    dat001(cx, out);
    dat002(cx, out);
    dat003(cx, out);
    dat004(cx, out);
    dat006(cx, out);
    dat007(cx, out);
    dat008(cx, out);
}

/// Why a broken record cannot be acknowledged.
const FIX: &str = "fix the record instead";

declare_rule! {
    /// DAT004 `implausible-prescription-dose`.
    pub static DAT004 = Rule {
        name: "implausible-prescription-dose",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default (plausible daily maxima per drug in the catalogue, each with its own source)",
        summary: "a prescription's daily dose (`daily_mg`, or `patch_ug_per_hour` × 24 / 1000) above the catalogue's plausible daily maximum for the drug",
        why: "A dose far above the product's maximum is usually a unit error, and the morphine equivalents and interaction grades computed from it are then wrong: a 25 µg/h fentanyl patch entered as 25 mg a day is 2500 mg oral morphine instead of 60.",
        example: "Durogesic daily_mg = 25: \"was µg/h entered as mg? A 25 µg/h patch is 0.6 mg a day\"",
        not_when: "doses at or below the maximum; drugs with no maximum in the catalogue; prescriptions that have ended",
        params: &[],
    }
}

/// DAT004 implausible-prescription-dose: a prescription's daily dose above
/// the catalogue's plausible daily maximum. Only prescriptions that have not
/// ended are judged (a typing error in a stopped prescription changes
/// nothing now); one not started yet is judged, since it will be dispensed.
fn dat004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for (p, d) in cx.rx {
        let Some(d) = d else { continue };
        if p.to.is_some_and(|t| t < cx.as_of) {
            continue;
        }
        let (Some(max), Some(x)) = (d.max_daily_mg, p.daily_mg) else {
            continue;
        };
        if x <= max + EPS {
            continue;
        }
        let name = if p.drug.eq_ignore_ascii_case(&d.generic) {
            p.drug.clone()
        } else {
            format!("{} ({})", p.drug, d.generic)
        };
        let limit_source = d
            .max_daily_source
            .clone()
            .unwrap_or_else(|| "local default".to_string());
        let as_ug = d.transdermal && p.patch_ug_per_hour.is_none();
        let lang = cx.lang;
        let (message, suggestion) = if as_ug {
            // A patch strength typed as a daily dose: 25 (µg/h) as 25 mg.
            let patch_mg = x * 24.0 / 1000.0;
            (
                crate::tr!(
                    lang,
                    "dat004-message-ug",
                    name = name,
                    mg = lang.mg(x),
                    max = lang.mg(max),
                    line = p.line,
                    patch_mg = lang.mg(patch_mg)
                ),
                // The key's value is TOML: a decimal point in every language.
                crate::tr!(lang, "dat004-suggestion-ug", ug = lang.mg(x), value = mg(x)),
            )
        } else {
            let dose = match p.patch_ug_per_hour {
                Some(u) => crate::tr!(lang, "dat004-patch", ug = lang.mg(u), mg = lang.mg(x)),
                None => crate::tr!(lang, "dat004-daily", mg = lang.mg(x)),
            };
            (
                crate::tr!(
                    lang,
                    "dat004-message",
                    name = name,
                    dose = dose,
                    max = lang.mg(max),
                    line = p.line
                ),
                crate::tr!(lang, "dat004-suggestion"),
            )
        };
        out.push(
            cx.report(
                &DAT004,
                Severity::Warning,
                message,
                Ev::new()
                    .val("prescription", rx_value(p, Some(d)))
                    .str("drug", p.drug.clone())
                    .str("generic", d.generic.clone())
                    .mg("daily_mg", x)
                    .mg("max_daily_mg", max)
                    .val("transdermal", Value::from(d.transdermal))
                    .str("limit_source", limit_source),
                suggestion,
            ),
        );
    }
}

declare_rule! {
    /// DAT006 `no-dose-history`.
    pub static DAT006 = Rule {
        name: "no-dose-history",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default",
        summary: "an oral LAR medication with no `[[doses]]` or `[[missed]]` record in the look-back and no `[[plan]]` entry for `as_of`",
        why: "Without a dose record missed doses, the restart dose and the dose rules cannot be judged: the case must never look clean.",
        example: "methadone with only prescriptions and screens in the file",
        not_when: "depot buprenorphine (MIS004 judges injections); a treatment that has ended; a plan for as_of",
        params: &["general.history_lookback_days"],
        not_acknowledgeable: Some(FIX),
    }
}

/// DAT006 no-dose-history: an oral LAR medication with no dose or missed
/// record in the look-back and no plan for `as_of`. Not for depot (MIS004
/// judges injections) and not after `treatment.ended` (no dose is expected).
fn dat006(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let t = &cx.case.treatment;
    if t.medication.is_depot() || t.ended.is_some_and(|e| e < cx.as_of) {
        return;
    }
    let (from, to) = (cx.lookback_from, cx.as_of - Duration::days(1));
    let overlaps = |f: NaiveDate, t: NaiveDate| f <= to && t >= from;
    if cx.case.doses.iter().any(|d| overlaps(d.from, d.to))
        || cx.case.missed.iter().any(|m| overlaps(m.from, m.to))
        || cx
            .case
            .plan
            .iter()
            .any(|p| p.from <= cx.as_of && p.to >= cx.as_of)
    {
        return;
    }
    let lookback = cx.s.general.history_lookback_days;
    let last = cx
        .case
        .doses
        .iter()
        .map(|d| d.to)
        .filter(|d| *d < cx.as_of)
        .max();
    let mut ev = Ev::new().int("lookback_days", lookback);
    let lang = cx.lang;
    let before = match last {
        Some(d) => {
            ev = ev.date("last_dose_record", d);
            crate::tr!(lang, "dat006-last", date = lang.date(d))
        }
        None => crate::tr!(lang, "dat006-none"),
    };
    out.push(cx.report(
        &DAT006,
        Severity::Warning,
        crate::tr!(
            lang,
            "dat006-message",
            medication = lang.medication(t.medication),
            days = lookback,
            before = before
        ),
        ev.str("medication", t.medication.as_str()),
        crate::tr!(lang, "dat006-suggestion"),
    ));
}

/// Days two molecules were dosed together, and the medications seen.
type Together = (Vec<NaiveDate>, Vec<Medication>);

declare_rule! {
    /// DAT007 `concurrent-lar-medications`.
    pub static DAT007 = Rule {
        name: "concurrent-lar-medications",
        max_severity: Severity::Critical,
        grades: "warning / critical",
        source: "local default",
        summary: "two different LAR molecules dosed on more than `overlap_max_days` ({dat007.overlap_max_days}) of the last {dat007.window_days} days; critical when both are full agonists (methadone family)",
        why: "A switch or micro-induction overlap lasts days, not months: a long overlap is a double supply or a record error, and two full agonists together are an overdose risk.",
        example: "methadone and levomethadone both dosed on 28 of the last 28 days: critical",
        not_when: "product changes of one molecule (buprenorphine and buprenorphine-naloxone, 12 h and 24 h morphine); sublingual supplements during depot (DOS005); overlaps of {dat007.overlap_max_days} days or fewer",
        params: &["dat007"],
        not_acknowledgeable: Some(FIX),
    }
}

/// DAT007 concurrent-lar-medications: two LAR molecules dosed together on
/// more than `overlap_max_days` of the last `window_days` days. Products of
/// one molecule are one molecule; sublingual supplements inside a depot
/// interval do not count (DOS005 judges them), a day covered by an
/// injection counts as buprenorphine.
fn dat007(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let p = &cx.s.dat007;
    let from = cx.as_of - Duration::days(p.window_days);
    // (molecule a, molecule b) -> (days together, medications seen).
    let mut pairs: BTreeMap<(&str, &str), Together> = BTreeMap::new();
    for day in cx
        .facts
        .days
        .iter()
        .filter(|d| d.date >= from && d.date < cx.as_of)
    {
        let mut meds: Vec<Medication> = day.meds().collect();
        if day.kind == DayKind::Depot {
            meds.push(Medication::BuprenorphineDepot);
        }
        let mut mols: Vec<&str> = meds.iter().map(|m| m.molecule()).collect();
        mols.sort_unstable();
        mols.dedup();
        for (i, a) in mols.iter().enumerate() {
            for b in &mols[i + 1..] {
                let e = pairs.entry((*a, *b)).or_default();
                e.0.push(day.date);
                for m in meds
                    .iter()
                    .filter(|m| m.molecule() == *a || m.molecule() == *b)
                {
                    if !e.1.contains(m) {
                        e.1.push(*m);
                    }
                }
            }
        }
    }
    for ((a, b), (dates, mut meds)) in pairs {
        let n = dates.len() as i64;
        if n <= p.overlap_max_days {
            continue;
        }
        meds.sort();
        // Both full agonists: a double full-agonist supply.
        let full = |mol: &str| {
            meds.iter()
                .any(|m| m.molecule() == mol && m.is_methadone_family())
        };
        let critical = full(a) && full(b);
        let names: Vec<&str> = meds.iter().map(|m| m.as_str()).collect();
        let lang = cx.lang;
        let words: Vec<String> = match lang {
            Lang::En => names.iter().map(|m| m.to_string()).collect(),
            _ => meds.iter().map(|m| lang.medication(*m)).collect(),
        };
        let rs: Vec<String> = runs(&dates)
            .iter()
            .map(|(x, y)| lang.span(*x, *y))
            .collect();
        out.push(
            cx.report(
                &DAT007,
                if critical {
                    Severity::Critical
                } else {
                    Severity::Warning
                },
                crate::tr!(
                    lang,
                    "dat007-message",
                    medications = lang.and(&words),
                    overlap = n,
                    days = p.window_days,
                    runs = rs.join(", "),
                    agonists = if critical { "full" } else { "any" }
                ),
                Ev::new()
                    .dates("days", &dates)
                    .val("medications", Value::from(names.clone()))
                    .int("overlap_days", n)
                    .int("overlap_max_days", p.overlap_max_days)
                    .int("window_days", p.window_days)
                    .str("limit_source", cx.src("dat007.overlap_max_days")),
                if critical {
                    crate::tr!(lang, "dat007-suggestion-critical")
                } else {
                    crate::tr!(lang, "dat007-suggestion")
                },
            ),
        );
    }
}

declare_rule! {
    /// DAT008 `implausible-lar-dose`.
    pub static DAT008 = Rule {
        name: "implausible-lar-dose",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default",
        summary: "a LAR dose in the look-back or the plan below the plausible minimum (methadone 1 mg, levomethadone 0.5 mg, buprenorphine family 0.1 mg, morphine-sr 5 mg a day), or a methadone-family medication dosed `every` 2 or more days",
        why: "A dose such as 0.08 mg methadone is a unit or record error, and a full agonist every other day is not how it is given: the dose rules then judge numbers that do not describe the patient.",
        example: "methadone mg = 0.08; methadone every = 2",
        not_when: "plausible daily doses; alternate-day buprenorphine",
        params: &["dat008", "general.history_lookback_days"],
        not_acknowledgeable: Some(FIX),
    }
}

/// DAT008 implausible-lar-dose: a LAR dose in the look-back or the plan
/// below the plausible minimum, or a methadone-family medication dosed
/// every 2 or more days. One finding lists every such record.
fn dat008(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let p = &cx.s.dat008;
    let mut problems: Vec<String> = Vec::new();
    let mut records: Vec<Value> = Vec::new();
    let mut dates: Vec<NaiveDate> = Vec::new();
    let entries = cx
        .case
        .doses
        .iter()
        .map(|d| (d, false))
        .chain(cx.case.plan.iter().map(|d| (d, true)));
    for (e, planned) in entries {
        if !planned && e.to < cx.lookback_from {
            continue;
        }
        let g = e.medication.group();
        let low = p.min_daily_mg.get(g).filter(|m| e.daily_mg() < m - EPS);
        let sparse = e.medication.is_methadone_family() && e.every > p.full_agonist_max_every;
        if low.is_none() && !sparse {
            continue;
        }
        let lang = cx.lang;
        let when = lang.span(e.from, e.to);
        if let Some(m) = low {
            problems.push(crate::tr!(
                lang,
                "dat008-low",
                medication = lang.medication(e.medication),
                mg = lang.mg(e.daily_mg()),
                line = e.line,
                when = when.clone(),
                min = lang.mg(m)
            ));
        }
        if sparse {
            problems.push(crate::tr!(
                lang,
                "dat008-sparse",
                medication = lang.medication(e.medication),
                every = e.every,
                line = e.line,
                when = when
            ));
        }
        dates.push(e.from);
        records.push(serde_json::json!({
            "line": e.line,
            "from": e.from.to_string(),
            "to": e.to.to_string(),
            "medication": e.medication.as_str(),
            "mg": crate::report::mg_value(e.mg),
            "every": e.every,
            "daily_mg": crate::report::mg_value(e.daily_mg()),
            "planned": planned,
        }));
    }
    if problems.is_empty() {
        return;
    }
    out.push(
        cx.report(
            &DAT008,
            Severity::Warning,
            crate::tr!(cx.lang, "dat008-message", problems = problems.join("; ")),
            Ev::new()
                .dates("dates", &dates)
                .val("records", Value::from(records))
                .str("limit_source", cx.src("dat008.min_daily_mg")),
            crate::tr!(cx.lang, "dat008-suggestion"),
        ),
    );
}

declare_rule! {
    /// DAT005 `unused-acknowledgement`.
    pub static DAT005 = Rule {
        name: "unused-acknowledgement",
        max_severity: Severity::Info,
        grades: "info",
        source: "local default",
        summary: "an unexpired `[[acknowledged]]` entry that mutes no finding",
        why: "An acknowledgement that matches nothing usually means the situation changed under it: a brand swap (the acknowledged Vival is now Stesolid, which nobody has reviewed) or a typo in its code or drug.",
        example: "acknowledgement for Vival matches nothing; Stesolid (diazepam) is new",
        not_when: "an acknowledgement that covers a finding; an expired one (reported on the finding as expired)",
        params: &[],
    }
}

/// DAT005 unused-acknowledgement: an unexpired `[[acknowledged]]` entry that
/// covers no finding. Runs after the acknowledgements are applied (the
/// engine calls it). When findings of the same code name another drug, the
/// message names it: the acknowledged brand may have been swapped for a new
/// product that nobody has reviewed.
pub fn dat005(cx: &Cx<'_>, findings: &[Finding]) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in &cx.case.acknowledged {
        if a.until < cx.as_of || a.code == DAT005.code {
            continue;
        }
        if findings.iter().any(|f| super::covers(a, f, cx.catalogue)) {
            continue;
        }
        let lang = cx.lang;
        let what = match &a.drug {
            Some(d) => crate::tr!(
                lang,
                "dat005-what-drug",
                code = a.code.clone(),
                drug = d.clone()
            ),
            None => crate::tr!(lang, "dat005-what", code = a.code.clone()),
        };
        // Findings of the same code now name other drugs: those are new.
        let mut others: Vec<String> = Vec::new();
        for f in findings.iter().filter(|f| f.code == a.code) {
            let list: Vec<&Value> = match (
                f.evidence.get("prescription"),
                f.evidence.get("prescriptions"),
            ) {
                (Some(v), _) => vec![v],
                (None, Some(Value::Array(v))) => v.iter().collect(),
                _ => Vec::new(),
            };
            for p in list {
                let drug = p.get("drug").and_then(Value::as_str);
                let generic = p.get("generic").and_then(Value::as_str);
                let words = match (drug, generic) {
                    (Some(d), Some(g)) if !d.eq_ignore_ascii_case(g) => format!("{d} ({g})"),
                    (Some(d), _) => d.to_string(),
                    _ => continue,
                };
                if !others.contains(&words) {
                    others.push(words);
                }
            }
        }
        let message = if others.is_empty() {
            crate::tr!(
                lang,
                "dat005-message",
                what = what,
                until = lang.date(a.until),
                code = a.code.clone()
            )
        } else {
            crate::tr!(
                lang,
                "dat005-message-new",
                what = what,
                drugs = others.join(", "),
                count = others.len()
            )
        };
        let mut ev = Ev::new()
            .str("code", a.code.clone())
            .date("until", a.until)
            .str("reason", a.reason.clone())
            .val("new", Value::from(others.clone()));
        if let Some(d) = &a.drug {
            ev = ev.str("acknowledged_drug", d.clone());
        }
        out.push(cx.report(
            &DAT005,
            Severity::Info,
            message,
            ev,
            if others.is_empty() {
                crate::tr!(lang, "dat005-suggestion")
            } else {
                crate::tr!(lang, "dat005-suggestion-new")
            },
        ));
    }
    out
}

declare_rule! {
    /// DAT001 `unknown-drug`.
    pub static DAT001 = Rule {
        name: "unknown-drug",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default",
        summary: "a prescription's drug is not in the catalogue; interaction checks for it could not run",
        why: "An unknown drug is a finding, not silence: its interactions are unchecked.",
        example: "\"Fantasiol\" 5 mg/day",
        not_when: "names, brands and ATC codes in config/drugs.toml or a --drugs file",
        params: &[],
    }
}

/// DAT001 unknown-drug: a prescription the catalogue cannot resolve; one
/// finding per name (renewals of one unknown drug, or an absurd file that
/// repeats it 10,000 times, are one problem: rules.md "one finding per
/// problem"), naming every line that prescribes it.
fn dat001(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    // The names in file order, each with its prescriptions; the
    // nearest-name search, the costly part, runs once per name.
    let mut names: Vec<(&Prescription, Vec<usize>)> = Vec::new();
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (p, d) in cx.rx {
        if d.is_some() {
            continue;
        }
        match at.get(p.drug.as_str()) {
            Some(&i) => names[i].1.push(p.line),
            None => {
                at.insert(p.drug.as_str(), names.len());
                names.push((p, vec![p.line]));
            }
        }
    }
    for (p, lines) in names {
        let lang = cx.lang;
        let near = cx.catalogue.suggest(&p.drug, 3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            crate::tr!(lang, "dat001-nearest", names = near.join(", "))
        };
        let mut ev = Ev::new()
            .val("prescription", super::rx_value(p, None))
            .str("drug", p.drug.clone())
            .val("suggestions", serde_json::Value::from(near));
        let written = if lines.len() == 1 {
            crate::tr!(lang, "dat001-line", line = p.line)
        } else {
            ev = ev
                .int("prescriptions", lines.len() as i64)
                .val("lines", serde_json::Value::from(lines.clone()));
            line_list(&lines, lang)
        };
        out.push(cx.report(
            &DAT001,
            Severity::Warning,
            crate::tr!(
                lang,
                "dat001-message",
                drug = p.drug.clone(),
                lines = written,
                hint = hint
            ),
            ev,
            crate::tr!(lang, "dat001-suggestion"),
        ));
    }
}

/// "lines 12, 20 and 28"; past five lines, "lines 12, 20, 28, 36, 44 and
/// 9995 more".
fn line_list(lines: &[usize], lang: Lang) -> String {
    const SHOWN: usize = 5;
    let head: Vec<String> = lines.iter().take(SHOWN).map(|l| l.to_string()).collect();
    match lines.len() {
        n if n > SHOWN => crate::tr!(
            lang,
            "dat-lines-more",
            lines = head.join(", "),
            more = n - SHOWN
        ),
        _ => {
            let (last, rest) = head
                .split_last()
                .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            crate::tr!(
                lang,
                "dat-lines",
                lines = rest.join(", "),
                last = last.to_string()
            )
        }
    }
}

declare_rule! {
    /// DAT003 `no-recent-screen`.
    pub static DAT003 = Rule {
        name: "no-recent-screen",
        max_severity: Severity::Info,
        grades: "info",
        source: "local default",
        summary: "no valid screen in the window; mastery rests on the clinician assessment or is unknown",
        why: "Without a screen the pickup proposal cannot relax the regime.",
        example: "last screen 40 days ago",
        not_when: "a valid or dilute screen in the last {mastery.window_days} days",
        params: &["mastery.window_days"],
    }
}

/// DAT003 no-recent-screen: no valid screen in the window.
fn dat003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.mastery.window_days;
    // Valid means status valid and not dilute by creatinine; baseline
    // screens (before the start of LAR or on its first day) do not count.
    let valid = |r: &crate::facts::Reading| r.valid && !r.baseline;
    if cx.recent_readings(window).any(valid) {
        return;
    }
    let last = cx
        .readings
        .iter()
        .filter(|r| valid(r) && r.date <= cx.as_of)
        .map(|r| r.date)
        .max();
    let other = cx.recent_readings(window).filter(|r| !r.baseline).count();
    let assessed = cx
        .case
        .mastery
        .is_some_and(|m| m.assessed >= cx.as_of - chrono::Duration::days(window));
    let lang = cx.lang;
    let basis = match (other, assessed) {
        (0, true) => crate::tr!(lang, "dat003-assessed"),
        (0, false) => crate::tr!(lang, "dat003-unknown"),
        (n, _) => crate::tr!(lang, "dat003-samples", count = n),
    };
    let mut ev = Ev::new()
        .int("window_days", window)
        .int("samples_in_window", other as i64);
    if let Some(d) = last {
        ev = ev.date("last_valid_screen", d);
    }
    out.push(cx.report_with_source(
        &DAT003,
        Severity::Info,
        crate::tr!(
            lang,
            "dat003-message",
            days = window,
            last = last
                .map(|d| crate::tr!(lang, "dat003-last", date = lang.date(d)))
                .unwrap_or_else(|| crate::tr!(lang, "dat003-none")),
            basis = basis
        ),
        ev.str("limit_source", cx.src("mastery.window_days")),
        cx.src("mastery.window_days"),
        crate::tr!(lang, "dat003-suggestion"),
    ));
}

declare_rule! {
    /// DAT002 `unrecorded-days`.
    pub static DAT002 = Rule {
        name: "unrecorded-days",
        max_severity: Severity::Info,
        grades: "info",
        source: "local default",
        summary: "days in the look-back with no dose and no missed record; they are treated as missed",
        why: "A gap in the record is not evidence of a dose: assuming lost tolerance is the safe error. The finding lists the runs so the record can be completed.",
        example: "doses until 10 Nov, nothing recorded 11-13 Nov",
        not_when: "complete records; days after `treatment.ended`; days covered by depot",
        params: &["general.history_lookback_days"],
    }
}

/// DAT002 unrecorded-days: one finding listing the runs in the look-back.
fn dat002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let dates: Vec<_> = cx
        .facts
        .days
        .iter()
        .filter(|d| d.kind == DayKind::Unrecorded && d.date < cx.as_of && cx.reportable(d.date))
        .map(|d| d.date)
        .collect();
    if dates.is_empty() {
        return;
    }
    let rs = runs(&dates);
    let spans: Vec<String> = rs.iter().map(|(a, b)| cx.lang.span(*a, *b)).collect();
    // Evidence is data: its runs stay in English (ISO dates) in every language.
    let runs_en: Vec<String> = match cx.lang {
        Lang::En => spans.clone(),
        _ => rs.iter().map(|(a, b)| Lang::En.span(*a, *b)).collect(),
    };
    out.push(
        cx.report(
            &DAT002,
            Severity::Info,
            crate::tr!(
                cx.lang,
                "dat002-message",
                days = dates.len(),
                runs = spans.join(", ")
            ),
            Ev::new()
                .dates("days", &dates)
                .val("runs", serde_json::Value::from(runs_en))
                .int("lookback_days", cx.s.general.history_lookback_days),
            crate::tr!(cx.lang, "dat002-suggestion"),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::line_list;
    use crate::i18n::Lang;

    #[test]
    fn lines_are_listed_in_words_up_to_five() {
        let en = Lang::En;
        assert_eq!(line_list(&[12, 20], en), "lines 12 and 20");
        assert_eq!(line_list(&[12, 20, 28], en), "lines 12, 20 and 28");
        assert_eq!(line_list(&[1, 2, 3, 4, 5], en), "lines 1, 2, 3, 4 and 5");
        assert_eq!(
            line_list(&[1, 2, 3, 4, 5, 6, 7], en),
            "lines 1, 2, 3, 4, 5 and 2 more"
        );
        assert_eq!(line_list(&[12, 20], Lang::Nb), "linje 12 og 20");
    }
}
