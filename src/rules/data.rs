//! DAT: data quality.

use super::registry::Rule;
use super::{Cx, Ev, runs, rx_value};
use crate::case::{Medication, Prescription};
use crate::config::Severity;
use crate::facts::DayKind;
use crate::report::{Finding, mg};
use crate::words::days;
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
        let (message, suggestion) = if as_ug {
            // A patch strength typed as a daily dose: 25 (µg/h) as 25 mg.
            let patch_mg = x * 24.0 / 1000.0;
            (
                format!(
                    "{name} {} mg a day is above the plausible maximum of {} mg a day (line {}): was µg/h entered as mg? A {} µg/h patch is {} mg a day",
                    mg(x),
                    mg(max),
                    p.line,
                    mg(x),
                    mg(patch_mg)
                ),
                format!(
                    "check the patch strength; for a {} µg/h patch write `patch_ug_per_hour = {}` instead of `daily_mg` (the morphine equivalents are computed from the dose as given until then)",
                    mg(x),
                    mg(x)
                ),
            )
        } else {
            let dose = match p.patch_ug_per_hour {
                Some(u) => format!("{} µg/h patch ({} mg a day)", mg(u), mg(x)),
                None => format!("{} mg a day", mg(x)),
            };
            (
                format!(
                    "{name} {dose} is above the plausible maximum of {} mg a day (line {}): check the unit and the dose",
                    mg(max), p.line
                ),
                "check the prescription against the prescriber's list; correct the unit or the dose in the case file (the interaction rules use the dose as given)".to_string(),
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
    let before = match last {
        Some(d) => {
            ev = ev.date("last_dose_record", d);
            format!("; the last dose record is {d}")
        }
        None => "; the case has no dose record at all".to_string(),
    };
    out.push(cx.report(
        &DAT006,
        Severity::Warning,
        format!(
            "no dose record of {} in the last {}{before}: missed doses, the restart dose and the dose rules cannot be checked",
            t.medication,
            days(lookback)
        ),
        ev.str("medication", t.medication.as_str()),
        "add the dose history ([[doses]] and [[missed]]) from the dispensing record, or the planned dose for today in [[plan]], and check again".to_string(),
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
        let rs: Vec<String> = runs(&dates)
            .iter()
            .map(|(x, y)| cx.lang.span(*x, *y))
            .collect();
        out.push(cx.report(
            &DAT007,
            if critical { Severity::Critical } else { Severity::Warning },
            format!(
                "{} dosed together on {n} of the last {} ({}): a switch or micro-induction overlap lasts days, not weeks; {}",
                names.join(" and "),
                days(p.window_days),
                rs.join(", "),
                if critical {
                    "a double full-agonist supply or a record error"
                } else {
                    "a double supply or a record error"
                }
            ),
            Ev::new()
                .dates("days", &dates)
                .val("medications", Value::from(names.clone()))
                .int("overlap_days", n)
                .int("overlap_max_days", p.overlap_max_days)
                .int("window_days", p.window_days)
                .str("limit_source", cx.src("dat007.overlap_max_days")),
            if critical {
                "before the next dose: find out which medication the patient really takes and stop the other supply; correct the dose record".to_string()
            } else {
                "find out which medication the patient takes; end the other supply or correct the dose record".to_string()
            },
        ));
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
        let when = cx.lang.span(e.from, e.to);
        if let Some(m) = low {
            problems.push(format!(
                "{} {} mg a day (line {}, {when}) is below the plausible minimum of {} mg",
                e.medication,
                mg(e.daily_mg()),
                e.line,
                mg(m)
            ));
        }
        if sparse {
            problems.push(format!(
                "{} every {} days (line {}, {when}): full agonists are dosed daily",
                e.medication, e.every, e.line
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
    out.push(cx.report(
        &DAT008,
        Severity::Warning,
        format!("{}: check the unit or the record", problems.join("; ")),
        Ev::new()
            .dates("dates", &dates)
            .val("records", Value::from(records))
            .str("limit_source", cx.src("dat008.min_daily_mg")),
        "check the dose and its unit against the prescription and the dispensing record, and correct the case file; the rules judged the doses as given".to_string(),
    ));
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
        let what = match &a.drug {
            Some(d) => format!("acknowledgement of {} for {d}", a.code),
            None => format!("acknowledgement of {}", a.code),
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
            format!(
                "{what} (until {}) matches nothing: no {} finding is reported for it",
                a.until, a.code
            )
        } else {
            format!(
                "{what} matches nothing; {} {} new",
                others.join(", "),
                if others.len() == 1 { "is" } else { "are" }
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
                "remove the acknowledgement, or correct its code or drug name".to_string()
            } else {
                "review the new drug as a new decision; acknowledge it by name only if the team approves it, and remove the old entry".to_string()
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
        let near = cx.catalogue.suggest(&p.drug, 3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!("; nearest names in the catalogue: {}", near.join(", "))
        };
        let mut ev = Ev::new()
            .val("prescription", super::rx_value(p, None))
            .str("drug", p.drug.clone())
            .val("suggestions", serde_json::Value::from(near));
        let written = if lines.len() == 1 {
            format!("line {}", p.line)
        } else {
            ev = ev
                .int("prescriptions", lines.len() as i64)
                .val("lines", serde_json::Value::from(lines.clone()));
            line_list(&lines)
        };
        out.push(cx.report(
            &DAT001,
            Severity::Warning,
            format!("prescription \"{}\" ({written}) is not in the drug catalogue: its interactions could not be checked{hint}", p.drug),
            ev,
            "write the generic name, the Norwegian brand or the ATC code, or add the drug to a --drugs catalogue file; until then check its interactions by hand".to_string(),
        ));
    }
}

/// "lines 12, 20 and 28"; past five lines, "lines 12, 20, 28, 36, 44 and
/// 9995 more".
fn line_list(lines: &[usize]) -> String {
    const SHOWN: usize = 5;
    let head: Vec<String> = lines.iter().take(SHOWN).map(|l| l.to_string()).collect();
    match lines.len() {
        n if n > SHOWN => format!("lines {} and {} more", head.join(", "), n - SHOWN),
        _ => {
            let (last, rest) = head
                .split_last()
                .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            format!("lines {} and {last}", rest.join(", "))
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
    let basis = match (other, assessed) {
        (0, true) => "drug mastery rests on the clinician assessment".to_string(),
        (0, false) => "drug mastery is unknown".to_string(),
        (n, _) => format!(
            "the {n} sample{} in the window {} missed, refused, dilute or adulterated",
            if n == 1 { "" } else { "s" },
            if n == 1 { "was" } else { "were" }
        ),
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
        format!(
                "no valid screen in the last {} ({}); {basis}",
                days(window),
                last.map(|d| format!("last valid screen {d}"))
                    .unwrap_or_else(|| "no valid screen on record".into())
            ),
        ev.str("limit_source", cx.src("mastery.window_days")),
        cx.src("mastery.window_days"),
        "take a screen if the pickup regime is to be relaxed".to_string(),
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
    out.push(
        cx.report(
            &DAT002,
            Severity::Info,
            format!(
                "{} day{} with no dose and no missed record ({}); treated as missed",
                dates.len(),
                if dates.len() == 1 { "" } else { "s" },
                spans.join(", ")
            ),
            Ev::new()
                .dates("days", &dates)
                .val("runs", serde_json::Value::from(spans))
                .int("lookback_days", cx.s.general.history_lookback_days),
            "complete the dose record: add [[doses]] or [[missed]] for these days".to_string(),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::line_list;

    #[test]
    fn lines_are_listed_in_words_up_to_five() {
        assert_eq!(line_list(&[12, 20]), "lines 12 and 20");
        assert_eq!(line_list(&[12, 20, 28]), "lines 12, 20 and 28");
        assert_eq!(line_list(&[1, 2, 3, 4, 5]), "lines 1, 2, 3, 4 and 5");
        assert_eq!(
            line_list(&[1, 2, 3, 4, 5, 6, 7]),
            "lines 1, 2, 3, 4, 5 and 2 more"
        );
    }
}
