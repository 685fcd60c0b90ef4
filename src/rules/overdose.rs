//! ODR: overdose risk. Runs after the other families: ODR002 reads their
//! findings as risk factors.

use super::registry::{Counter, Rule};
use super::{Cx, Ev};
use crate::case::{Event, EventKind};
use crate::config::Severity;
use crate::facts::{DayKind, Phase};
use crate::i18n::Lang;
use crate::report::Finding;
use chrono::{Duration, NaiveDate};
use serde_json::Value;

/// The overdose rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&ODR001, &ODR002, &ODR003, &ODR004];

/// An event in words: `release from prison` (`odr-event-prison-release`).
fn kind_words(k: EventKind, lang: Lang) -> String {
    crate::tr!(lang, &format!("odr-event-{}", k.as_str()))
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
    let factors = risk_factors(cx, found, Lang::En);
    if !factors.is_empty() {
        let lang = cx.lang;
        // Evidence is data (English); the message is in the language.
        let words = if lang == Lang::En {
            factors.clone()
        } else {
            risk_factors(cx, found, lang)
        };
        let kit = if cx.case.naloxone_kit == Some(false) {
            "none"
        } else {
            "undocumented"
        };
        out.push(cx.report(
            &ODR002,
            Severity::Warning,
            crate::tr!(
                lang,
                "odr002-message",
                kit = kit,
                factors = words.join(", ")
            ),
            Ev::new().val("risk_factors", Value::from(factors)).val(
                "take_home_kit",
                cx.case.naloxone_kit.map_or(Value::Null, Value::from),
            ),
            crate::tr!(lang, "odr002-suggestion"),
        ));
    }
}

/// ODR002's risk factors in `lang`, in report order.
fn risk_factors(cx: &Cx<'_>, found: &[Finding], lang: Lang) -> Vec<String> {
    let events = recent_events(cx);
    let mut factors: Vec<String> = Vec::new();
    if cx.facts.early {
        factors.push(crate::tr!(
            lang,
            "odr002-early",
            phase = cx.facts.phase.as_str()
        ));
    }
    if let Some(r) = &cx.facts.run_before_as_of
        && r.days >= cx.s.odr.missed_run_days
    {
        factors.push(crate::tr!(lang, "odr002-missed", days = r.days));
    }
    if cx.facts.phase == Phase::Ended {
        factors.push(crate::tr!(lang, "odr002-ended"));
    }
    // rules.md ODR002: a taper (phase taper or a TAP001 finding) lowers
    // tolerance week by week.
    if cx.facts.phase == Phase::Taper || found.iter().any(|f| f.is(&super::taper::TAP001)) {
        factors.push(crate::tr!(lang, "odr002-taper"));
    }
    if !events.is_empty() {
        let kinds: Vec<String> = events.iter().map(|e| kind_words(e.kind, lang)).collect();
        factors.push(format!("ODR001 ({})", kinds.join(", ")));
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
    factors.extend(risks.iter().filter_map(|r| {
        r.text(super::registry::RuleText::NaloxoneRisk, lang)
            .map(|words| format!("{words} ({})", r.code))
    }));
    factors
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
            let lang = cx.lang;
            let early = cx.s.general.early_phase_days;
            let day = cx.facts.episode_day.map_or(-1, i64::from);
            out.push(cx.report(
                &ODR003,
                Severity::Info,
                crate::tr!(
                    lang,
                    "odr003-message",
                    medication = lang.medication(med),
                    phase = cx.facts.phase.as_str(),
                    day = day,
                    days = early
                ),
                Ev::new().str("phase", cx.facts.phase.as_str()).val(
                    "episode_day",
                    cx.facts.episode_day.map_or(Value::Null, Value::from),
                ),
                if cx.facts.episode_day.is_some_and(|d| d <= 7) {
                    crate::tr!(lang, "odr003-suggestion-week-one")
                } else {
                    crate::tr!(lang, "odr003-suggestion", days = early)
                },
            ));
        }
    }
}

/// ODR004 at the counter: an absent `safe_storage` is said as not
/// documented (rules.md ODR004), never as an unlocked box.
fn odr004_counter(_: &Finding, c: &crate::report::CaseReport) -> String {
    let lang = c.lang;
    if c.safe_storage_recorded {
        crate::tr!(lang, "odr004-counter-locked")
    } else {
        crate::tr!(lang, "odr004-counter-undocumented")
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
        let lang = cx.lang;
        let regime = match cx.case.pickup {
            Some(pk) if take_home => crate::tr!(lang, "odr004-regime", doses = pk.take_home_days),
            Some(_) => crate::tr!(lang, "odr004-regime-none"),
            None => crate::tr!(lang, "odr004-regime-unrecorded"),
        };
        // rules.md ODR004: `safe_storage = false` and an absent key are
        // judged alike (not safe), but said apart.
        let storage = if p.safe_storage_recorded {
            "unlockable"
        } else {
            "undocumented"
        };
        out.push(
            cx.report(
                &ODR004,
                sev,
                crate::tr!(lang, "odr004-message", storage = storage, regime = regime),
                Ev::new()
                    .val("children_in_home", Value::from(true))
                    .val("safe_storage", Value::from(false))
                    .val(
                        "safe_storage_recorded",
                        Value::from(p.safe_storage_recorded),
                    )
                    .val(
                        "take_home_days",
                        cx.case
                            .pickup
                            .map_or(Value::Null, |pk| Value::from(pk.take_home_days)),
                    ),
                if take_home {
                    crate::tr!(lang, "odr004-suggestion")
                } else {
                    crate::tr!(lang, "odr004-suggestion-no-take-home")
                },
            ),
        );
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
    let lang = cx.lang;
    let ago = lang.ago((cx.as_of - e.date).num_days());
    let date = lang.date(e.date);
    let undosed_words = || {
        let spans: Vec<String> = super::runs(&w.undosed)
            .into_iter()
            .map(|(a, b)| lang.span(a, b))
            .collect();
        crate::tr!(
            lang,
            "odr001-undosed",
            days = w.undosed.len(),
            spans = spans.join(", ")
        )
    };
    let (sev, message, advice) = match e.kind {
        EventKind::HospitalDischarge if !low => (
            Severity::Info,
            crate::tr!(lang, "odr001-message-discharged", date = date, ago = ago),
            crate::tr!(lang, "odr001-suggestion-discharged"),
        ),
        EventKind::Overdose => (
            Severity::Warning,
            crate::tr!(
                lang,
                "odr001-message-overdose",
                date = date,
                ago = ago,
                undosed = if w.undosed.is_empty() {
                    String::new()
                } else {
                    format!("; {}", undosed_words())
                }
            ),
            crate::tr!(lang, "odr001-suggestion-low"),
        ),
        _ if low => (
            Severity::Warning,
            crate::tr!(
                lang,
                "odr001-message-low",
                event = kind_words(e.kind, lang),
                date = date,
                ago = ago,
                undosed = undosed_words()
            ),
            crate::tr!(lang, "odr001-suggestion-low"),
        ),
        _ => (
            Severity::Warning,
            crate::tr!(
                lang,
                "odr001-message-dosed",
                event = kind_words(e.kind, lang),
                date = date,
                ago = ago
            ),
            crate::tr!(lang, "odr001-suggestion-dosed"),
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
    cx.report(&ODR001, sev, message, ev, advice)
}
