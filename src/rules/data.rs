//! DAT: data quality.

use super::{Cx, Ev, runs, span};
use crate::config::Severity;
use crate::facts::DayKind;
use crate::report::Finding;

/// Runs the DAT rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    dat001(cx, out);
    dat002(cx, out);
    dat003(cx, out);
}

/// DAT001 unknown-drug: a prescription the catalogue cannot resolve.
fn dat001(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for (p, d) in &cx.rx {
        if d.is_some() {
            continue;
        }
        let near = cx.catalogue.suggest(&p.drug, 3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!("; nearest names in the catalogue: {}", near.join(", "))
        };
        out.push(cx.finding(
            "DAT001",
            Severity::Warning,
            format!("prescription \"{}\" (line {}) is not in the drug catalogue: its interactions could not be checked{hint}", p.drug, p.line),
            Ev::new().val("prescription", super::rx_value(p, None)).str("drug", p.drug.clone()).val("suggestions", serde_json::Value::from(near)),
            super::registry::find("DAT001").map(|r| r.source.to_string()).unwrap_or_default(),
            "write the generic name, the Norwegian brand or the ATC code, or add the drug to a --drugs catalogue file; until then check its interactions by hand".to_string(),
        ));
    }
}

/// DAT003 no-recent-screen: no valid screen in the window.
fn dat003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.mastery.window_days;
    // Valid means status valid and not dilute by creatinine; baseline
    // screens (before the start of LAR or on its first day) do not count.
    let valid = |r: &crate::reading::Reading| {
        r.status == crate::case::ScreenStatus::Valid && !r.dilute && !r.baseline
    };
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
    out.push(cx.finding(
        "DAT003",
        Severity::Info,
        format!(
                "no valid screen in the last {window} days ({}); {basis}",
                last.map(|d| format!("last valid screen {d}"))
                    .unwrap_or_else(|| "no valid screen on record".into())
            ),
        ev.str("limit_source", cx.src("mastery.window_days")),
        cx.src("mastery.window_days"),
        "take a screen if the pickup regime is to be relaxed".to_string(),
    ));
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
    let spans: Vec<String> = rs.iter().map(|(a, b)| span(*a, *b)).collect();
    out.push(
        cx.finding(
            "DAT002",
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
            cx.rule_src("DAT002"),
            "complete the dose record: add [[doses]] or [[missed]] for these days".to_string(),
        ),
    );
}
