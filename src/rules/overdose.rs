//! ODR: overdose risk. Runs after the other families: ODR002 reads their
//! findings as risk factors.

use super::registry::{Counter, Rule};
use super::{Cx, Ev};
use crate::case::{Event, EventKind};
use crate::config::Severity;
use crate::facts::{DayKind, Phase};
use crate::report::Finding;
use chrono::{Duration, NaiveDate};
use serde_json::Value;

/// The overdose rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&ODR001, &ODR002, &ODR003, &ODR004];

fn kind_words(k: EventKind) -> &'static str {
    match k {
        EventKind::PrisonRelease => "release from prison",
        EventKind::DetoxDischarge => "discharge from detox",
        EventKind::HospitalDischarge => "discharge from hospital",
        EventKind::Overdose => "an overdose",
        EventKind::TreatmentInterruption => "a treatment interruption",
    }
}

/// The days around an event (rules.md ODR001): from `days_before_event`
/// before it to `days_after_event` after it, counting only days before
/// `as_of`, with the days on which no LAR medication was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventWindow {
    /// First day of the window.
    pub from: NaiveDate,
    /// Last day counted (at most the day before `as_of`; `None` when the
    /// whole window is on or after `as_of`).
    pub to: Option<NaiveDate>,
    /// Days counted that were not dosed: missed, unrecorded, after
    /// `treatment.ended`, or before the record starts. A day inside a depot
    /// injection's interval is dosed.
    pub undosed: Vec<NaiveDate>,
}

/// The window of an event and its undosed days (rules.md ODR001). The
/// pickup proposal reads the same window (pickup.md step 2: tolerance may be
/// lost around an event in the last 28 days: an overdose, or undosed days
/// in the event's window).
pub fn event_window(cx: &Cx<'_>, e: &Event) -> EventWindow {
    let from = e.date - Duration::days(cx.s.odr.days_before_event);
    let end = e.date + Duration::days(cx.s.odr.days_after_event);
    let last = end.min(cx.as_of - Duration::days(1));
    let undosed = from
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| {
            !cx.facts
                .day(*d)
                .is_some_and(|day| matches!(day.kind, DayKind::Dosed | DayKind::Depot))
        })
        .collect();
    EventWindow {
        from,
        to: (last >= from).then_some(last),
        undosed,
    }
}

/// Whether the event's window has a day without the LAR medication.
pub fn event_window_undosed(cx: &Cx<'_>, e: &Event) -> bool {
    !event_window(cx, e).undosed.is_empty()
}

/// Tolerance may be low after the event: an overdose, or undosed days in
/// its window (rules.md ODR001; pickup.md step 2).
pub fn tolerance_may_be_low(cx: &Cx<'_>, e: &Event) -> bool {
    e.kind == EventKind::Overdose || event_window_undosed(cx, e)
}

/// Runs the ODR rules that read only facts (ODR001, ODR003, ODR004);
/// ODR002 runs in the second phase, over their findings ([`naloxone`]).
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.odr.event_window_days;
    for e in recent_events(cx) {
        out.push(odr001(cx, e, window));
    }
    odr003(cx, out);
    odr004(cx, out);
}

/// Overdose events in the last `odr.event_window_days` days.
fn recent_events<'a>(cx: &Cx<'a>) -> Vec<&'a Event> {
    let from = cx.as_of - Duration::days(cx.s.odr.event_window_days);
    cx.case
        .events
        .iter()
        .filter(|e| e.date >= from && e.date <= cx.as_of)
        .collect()
}

declare_rule! {
    /// ODR002 `naloxone-not-documented`.
    pub static ODR002 = Rule {
        name: "naloxone-not-documented",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "WHO-2014 (strong recommendation)",
        summary: "no `take_home_kit = true` while an overdose-risk factor is present (early treatment, missed run of 3+ days, phase ended or taper, TAP001, ODR001, BZD001-003, INT001-004, SCR001, SCR003, SCR005)",
        why: "Naloxone in the home reverses an overdose before the ambulance comes.",
        example: "benzodiazepine co-prescribed and no naloxone recorded",
        not_when: "take_home_kit = true, or no risk factor",
        params: &["odr"],
    }
}

/// ODR002: risk factors without documented naloxone. Second phase: `found`
/// are the first phase's findings; a finding of a rule declared with a
/// `naloxone_risk` is a factor in the rule's words.
pub fn naloxone(cx: &Cx<'_>, found: &[Finding], out: &mut Vec<Finding>) {
    if cx.case.naloxone_kit == Some(true) {
        return;
    }
    let events = recent_events(cx);
    let mut factors: Vec<String> = Vec::new();
    if cx.facts.early {
        factors.push(format!("early treatment ({})", cx.facts.phase.as_str()));
    }
    if let Some(r) = &cx.facts.run_before_as_of
        && r.days >= cx.s.odr.missed_run_days
    {
        factors.push(format!("{} missed", crate::words::days(r.days)));
    }
    if cx.facts.phase == Phase::Ended {
        factors.push("treatment ended".to_string());
    }
    // rules.md ODR002: a taper (phase taper or a TAP001 finding) lowers
    // tolerance week by week.
    if cx.facts.phase == Phase::Taper || found.iter().any(|f| f.is(&super::taper::TAP001)) {
        factors.push("tapering (tolerance falls)".to_string());
    }
    if !events.is_empty() {
        factors.push(format!(
            "ODR001 ({})",
            events
                .iter()
                .map(|e| kind_words(e.kind))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    // Every first-phase finding of a rule declared a naloxone risk factor,
    // once per rule, in code order.
    let mut risks: Vec<&Rule> = found
        .iter()
        .map(|f| f.rule)
        .filter(|r| r.naloxone_risk.is_some())
        .collect();
    risks.sort_by_key(|r| r.code);
    risks.dedup_by_key(|r| r.code);
    factors.extend(
        risks
            .iter()
            .filter_map(|r| r.naloxone_risk.map(|words| format!("{words} ({})", r.code))),
    );
    if !factors.is_empty() {
        let doc = if cx.case.naloxone_kit == Some(false) {
            "the patient has no take-home naloxone"
        } else {
            "take-home naloxone is not documented"
        };
        out.push(cx.report(
            &ODR002,
            Severity::Warning,
            format!("{doc} while overdose risk is raised: {}", factors.join(", ")),
            Ev::new().val("risk_factors", Value::from(factors.clone())).val("take_home_kit", cx.case.naloxone_kit.map_or(Value::Null, Value::from)),
            "hand out a naloxone nasal spray with training to the patient and the people around them, and record it in the chart (and in the case file)".to_string(),
        ));
    }
}

declare_rule! {
    /// ODR003 `early-methadone-induction`.
    pub static ODR003 = Rule {
        name: "early-methadone-induction",
        max_severity: Severity::Info,
        grades: "info",
        source: "N10-V2B; N10-8.4.2",
        summary: "as_of is in days 1-14 of a methadone-family induction, or of a switch from the buprenorphine family",
        why: "Mortality is raised in the first two weeks of methadone; observe 2 h after intake in week 1.",
        example: "methadone induction day 12",
        not_when: "buprenorphine inductions, after day 14",
        params: &["general.early_phase_days"],
    }
}

/// ODR003: days 1-14 of a methadone-family induction, or of a switch from
/// the buprenorphine family.
fn odr003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    if med.is_methadone_family() {
        // A switch from the buprenorphine family, or from a medication the
        // record does not show (a continuation dated by medication_since):
        // the safe reading is that tolerance to a full agonist is not proven.
        let from = cx
            .facts
            .current_episode
            .and_then(|i| cx.facts.episodes[i].previous);
        let fires = match cx.facts.phase {
            Phase::Induction => true,
            Phase::Switch => from.is_none_or(|p| p.med.is_buprenorphine_family()),
            _ => false,
        };
        if fires {
            let day = cx
                .facts
                .episode_day
                .map(|d| format!("day {d}"))
                .unwrap_or_else(|| "the first days".into());
            out.push(cx.report(
                &ODR003,
                Severity::Info,
                format!("{med} {}: {day} of the first {}, when mortality is raised", cx.facts.phase.as_str(), crate::words::days(cx.s.general.early_phase_days)),
                Ev::new().str("phase", cx.facts.phase.as_str()).val("episode_day", cx.facts.episode_day.map_or(Value::Null, Value::from)),
                if cx.facts.episode_day.is_some_and(|d| d <= 7) {
                    "supervise every dose and observe 2 h after intake in the first week; check for sedation before each dose".to_string()
                } else {
                    format!("supervise every dose and check for sedation before each; no take-home doses in the first {}", crate::words::days(cx.s.general.early_phase_days))
                },
            ));
        }
    }
}

/// ODR004 at the counter: an absent `safe_storage` is said as not
/// documented (rules.md ODR004), never as an unlocked box.
fn odr004_counter(_: &Finding, c: &crate::report::CaseReport) -> String {
    if c.safe_storage_recorded {
        "no take-home doses until the box is locked: children live in the home".to_string()
    } else {
        "no take-home doses until safe storage is documented: children live in the home".to_string()
    }
}

declare_rule! {
    /// ODR004 `unsafe-storage-with-children`.
    pub static ODR004 = Rule {
        name: "unsafe-storage-with-children",
        max_severity: Severity::Critical,
        grades: "critical (methadone family) / warning (buprenorphine family) with take-home doses; info otherwise",
        source: "P11-OPPB; P11-UTL; N22-UTL",
        summary: "children live in the home and there is no safe (locked) storage",
        why: "Even part of one methadone dose can kill a small child.",
        example: "methadone with 3 take-home doses, children at home, no lockable box",
        not_when: "safe_storage = true",
        params: &[],
        counter: Counter::From(odr004_counter),
    }
}

/// ODR004: children in the home without safe storage.
fn odr004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    let p = &cx.case.patient;
    if p.children_in_home && !p.safe_storage {
        let take_home = cx.case.pickup.is_some_and(|pk| pk.take_home_days > 0);
        let sev = match (take_home, med.is_methadone_family()) {
            (true, true) => Severity::Critical,
            (true, false) => Severity::Warning,
            _ => Severity::Info,
        };
        let regime = match cx.case.pickup {
            Some(pk) if take_home => format!(
                "{} at a time",
                crate::words::count(
                    i64::from(pk.take_home_days),
                    "take-home dose",
                    "take-home doses"
                )
            ),
            Some(_) => "no take-home doses now".to_string(),
            None => "regime not recorded".to_string(),
        };
        // rules.md ODR004: `safe_storage = false` and an absent key are
        // judged alike (not safe), but said apart.
        let storage = if p.safe_storage_recorded {
            "take-home doses cannot be locked away"
        } else {
            "safe storage is not documented"
        };
        out.push(cx.report(
            &ODR004,
            sev,
            format!("children live in the home and {storage} ({regime})"),
            Ev::new()
                .val("children_in_home", Value::from(true))
                .val("safe_storage", Value::from(false))
                .val("safe_storage_recorded", Value::from(p.safe_storage_recorded))
                .val("take_home_days", cx.case.pickup.map_or(Value::Null, |pk| Value::from(pk.take_home_days))),
            if take_home {
                "even a part of one dose can kill a child: no take-home doses until a lockable box is in use; supervise intake meanwhile".to_string()
            } else {
                "take-home doses must wait until a lockable box is in use; give one and record that it is in use".to_string()
            },
        ));
    }
}

declare_rule! {
    /// ODR001 `loss-of-tolerance-event`.
    pub static ODR001 = Rule {
        name: "loss-of-tolerance-event",
        max_severity: Severity::Warning,
        grades: "warning / info (a hospital discharge with every day of its window dosed)",
        source: "HDIR-OVERDOSE (prison release, detox and hospital discharge); N10-13.3 (loss of tolerance)",
        summary: "an [[events]] entry in the last 28 days (prison release, detox or hospital discharge, overdose, treatment interruption); a hospital discharge whose window (6 days before to 7 after, days before `as_of`) is all dosed is info (check the discharge list)",
        why: "Overdose deaths cluster in the first weeks after release or discharge, when tolerance is low.",
        example: "released from prison 5 days ago",
        not_when: "events more than 28 days ago",
        params: &["odr"],
    }
}

/// ODR001 loss-of-tolerance-event (rules.md ODR001, revised 2026-12-01): a
/// warning for an overdose, a prison release, a detox discharge or a
/// treatment interruption (the weeks after carry the risk whatever the
/// record shows), and for a hospital discharge whose window has undosed
/// days; info for a hospital discharge with every day of its window dosed.
/// "Tolerance may be low" only when an overdose is recorded or the window
/// has undosed days.
fn odr001(cx: &Cx<'_>, e: &Event, window: i64) -> Finding {
    let w = event_window(cx, e);
    let low = tolerance_may_be_low(cx, e);
    let ago = cx.lang.ago((cx.as_of - e.date).num_days());
    let undosed_words = || {
        let spans: Vec<String> = super::runs(&w.undosed)
            .into_iter()
            .map(|(a, b)| cx.lang.span(a, b))
            .collect();
        format!(
            "{} day{} without the medication around it ({})",
            w.undosed.len(),
            if w.undosed.len() == 1 { "" } else { "s" },
            spans.join(", ")
        )
    };
    let (sev, message, advice) = match e.kind {
        EventKind::HospitalDischarge if !low => (
            Severity::Info,
            format!(
                "discharged on {} ({ago}) with daily doses recorded: check the discharge list for new opioids or sedatives",
                e.date
            ),
            "compare the discharge list with the prescriptions here: new opioids, sedatives or QT drugs",
        ),
        EventKind::Overdose => (
            Severity::Warning,
            format!(
                "an overdose on {} ({ago}): tolerance may be low{}",
                e.date,
                if w.undosed.is_empty() {
                    String::new()
                } else {
                    format!("; {}", undosed_words())
                }
            ),
            "check tolerance before dosing, supervise intake, and hand out take-home naloxone with training",
        ),
        _ if low => (
            Severity::Warning,
            format!(
                "{} on {} ({ago}) with {}: tolerance may be low",
                kind_words(e.kind),
                e.date,
                undosed_words()
            ),
            "check tolerance before dosing, supervise intake, and hand out take-home naloxone with training",
        ),
        _ => (
            Severity::Warning,
            format!(
                "{} on {} ({ago}), daily doses recorded: the weeks after carry the risk (new supply, old contacts, other prescribers)",
                kind_words(e.kind),
                e.date
            ),
            "talk about the first weeks after the stay (use, contacts, other prescribers), keep take-home naloxone at hand, and check the discharge papers",
        ),
    };
    let mut ev = Ev::new()
        .date("event_date", e.date)
        .str("kind", e.kind.as_str())
        .int("window_days", window)
        .val(
            "undosed_days",
            Value::from(w.undosed.iter().map(|d| d.to_string()).collect::<Vec<_>>()),
        )
        .str("tolerance_may_be_low", if low { "yes" } else { "no" });
    // Strings, not dates: the finding sorts by the event's own date.
    ev = ev.str("event_window_from", w.from.to_string());
    if let Some(to) = w.to {
        ev = ev.str("event_window_to", to.to_string());
    }
    cx.report(&ODR001, sev, message, ev, advice.to_string())
}
