//! DAT: data quality.

use super::{Cx, Ev, runs, span};
use crate::config::Severity;
use crate::facts::DayKind;
use crate::report::Finding;

/// Runs the DAT rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    dat002(cx, out);
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
            cx.src("general.history_lookback_days"),
            "complete the dose record: add [[doses]] or [[missed]] for these days".to_string(),
        ),
    );
}
