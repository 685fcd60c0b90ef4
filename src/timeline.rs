//! `larcheck timeline`: the check replayed on each morning of a range (as
//! `check --as-of` sees the case on that morning) and the findings' course:
//! the morning each finding first appeared, each change of severity or of
//! its message (the numbers in it), and the morning it was gone.
//!
//! Pure: a case and a range in, [`Course`] out. No I/O, no clock.

use crate::case::Case;
use crate::config::{Config, Severity};
use crate::facts::FactsError;
use crate::report::{Finding, Pickup, PickupChange};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What happened to one finding on one morning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Not reported the morning before, reported this morning.
    Appeared,
    /// Reported both mornings, at another severity.
    Severity,
    /// Reported both mornings at the same severity, with another message
    /// (its numbers: days missed, a dose).
    Message,
    /// Reported both mornings at the same severity, acknowledged this
    /// morning and not the morning before (an `[[acknowledged]]` entry now
    /// in force).
    Acknowledged,
    /// Reported both mornings at the same severity, acknowledged the
    /// morning before and not this morning (its `until` has passed): the
    /// finding counts again.
    AckExpired,
    /// Reported the morning before, not this morning.
    Gone,
}

/// One entry of the course.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The morning (the `--as-of` date) the change was seen.
    pub date: NaiveDate,
    /// The rule code.
    pub code: &'static str,
    /// What it concerns when a rule reports several at once (a substance,
    /// a drug); empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// The kind of change.
    pub change: Change,
    /// The severity this morning (`Gone`: the last severity reported).
    pub severity: Severity,
    /// The severity the morning before (`Severity` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<Severity>,
    /// The message this morning (`Gone`: the last message reported).
    pub message: String,
    /// Acknowledged on this morning (an acknowledgement in force: not
    /// counted).
    pub acknowledged: bool,
    /// The acknowledgement's last day (`Appeared` and `Acknowledged`, when
    /// one is in force).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// The acknowledgement's reason (as `until`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The pickup proposal of one morning: the level proposed and what it
/// changes against the recorded regime.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PickupSeen {
    /// The rung proposed (null: not applicable, as for depot).
    pub level: Option<usize>,
    /// Its name.
    pub name: Option<String>,
    /// Supervised intakes a week at that level.
    pub supervised_per_week: Option<u32>,
    /// Most take-home doses at one pickup at that level.
    pub take_home_days: Option<u32>,
    /// What the proposal changes (relax, keep, hold, tighten, …).
    pub change: PickupChange,
}

/// One change of the pickup proposal: the first morning's proposal, then
/// each morning it differs from the morning before (level, take-home days
/// or what it changes).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PickupEvent {
    /// The morning.
    pub date: NaiveDate,
    /// The proposal this morning.
    #[serde(flatten)]
    pub now: PickupSeen,
    /// The proposal the morning before (absent on the first morning).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<PickupSeen>,
}

/// The course of a case's findings over a range of mornings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Course {
    /// The patient id.
    pub id: String,
    /// The first morning replayed.
    pub from: NaiveDate,
    /// The last morning replayed.
    pub to: NaiveDate,
    /// Mornings replayed (`to - from + 1`).
    pub mornings: usize,
    /// Every change, by morning, then by code.
    pub events: Vec<Event>,
    /// The pickup proposal's course (none when no morning has a proposal).
    pub pickup: Vec<PickupEvent>,
    /// Codes still reported on the last morning.
    pub open_at_end: Vec<&'static str>,
}

/// A finding's identity across mornings: its code and subjects.
type Key = (&'static str, Vec<String>);

/// What is remembered of a finding from the morning before.
struct Seen {
    severity: Severity,
    message: String,
    /// The message with this morning's date blanked out, to compare.
    same_as: String,
    acknowledged: bool,
    /// The acknowledgement in force: (until, reason).
    ack: Option<(NaiveDate, String)>,
}

/// The range replayed when `--from`/`--to` are not given: up to the case's
/// `as_of` (else `today`), from the later of `started_lar` and a year
/// before.
pub fn default_range(
    case: &Case,
    today: NaiveDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> (NaiveDate, NaiveDate) {
    let to = to.or(case.treatment.as_of).unwrap_or(today);
    let year_before = to - chrono::Duration::days(364);
    let from = from.unwrap_or_else(|| {
        case.treatment
            .started_lar
            .map_or(year_before, |s| s.max(year_before))
    });
    (from, to)
}

/// Replays the check on each morning `from..=to` and returns the course.
/// A morning the engine cannot check (facts that do not hold together yet)
/// is an error naming that morning's message.
pub fn replay(
    name: &str,
    case: &Case,
    from: NaiveDate,
    to: NaiveDate,
    config: &Config,
) -> Result<Course, FactsError> {
    let mut before: BTreeMap<Key, Seen> = BTreeMap::new();
    let mut events = Vec::new();
    let mut pickup: Vec<PickupEvent> = Vec::new();
    let mut proposal: Option<PickupSeen> = None;
    let mut mornings = 0;
    for day in from.iter_days().take_while(|d| *d <= to) {
        mornings += 1;
        let report = crate::engine::check(name, case, day, true, config)?;
        let morning = config.lang.date(day);
        let mut now: BTreeMap<Key, Seen> = BTreeMap::new();
        for f in &report.findings {
            now.insert(key(f), seen(f, &morning));
        }
        diff(day, &before, &now, &mut events);
        before = now;
        if let Some(p) = report.pickup.as_ref().map(pickup_seen) {
            if proposal.as_ref() != Some(&p) {
                pickup.push(PickupEvent {
                    date: day,
                    now: p.clone(),
                    was: proposal.take(),
                });
            }
            proposal = Some(p);
        }
    }
    Ok(Course {
        id: case.patient.id.clone(),
        from,
        to,
        mornings,
        events,
        pickup,
        open_at_end: before.keys().map(|k| k.0).collect(),
    })
}

/// What the timeline follows of a morning's pickup proposal.
fn pickup_seen(p: &Pickup) -> PickupSeen {
    let pr = p.proposed.as_ref();
    PickupSeen {
        level: pr.map(|x| x.level),
        name: pr.map(|x| x.name.clone()),
        supervised_per_week: pr.map(|x| x.supervised_per_week),
        take_home_days: pr.map(|x| x.take_home_days),
        change: p.change,
    }
}

fn key(f: &Finding) -> Key {
    (f.code, f.subjects.clone())
}

/// `morning` is this morning's date as the messages write it: a message
/// that differs from the morning before only by naming its own morning
/// ("3 days missed before 2026-11-19") has not changed.
fn seen(f: &Finding, morning: &str) -> Seen {
    Seen {
        severity: f.severity,
        same_as: f.message.replace(morning, "\u{0}"),
        message: f.message.clone(),
        acknowledged: !f.counts(),
        ack: f
            .acknowledged
            .as_ref()
            .filter(|a| !a.expired)
            .map(|a| (a.until, a.reason.clone())),
    }
}

/// The changes whose event names the acknowledgement in force.
fn ack_shown(change: Change) -> bool {
    matches!(change, Change::Appeared | Change::Acknowledged)
}

/// The events between two mornings, in code order (appearances and changes
/// first, then what is gone, each by key).
fn diff(
    day: NaiveDate,
    before: &BTreeMap<Key, Seen>,
    now: &BTreeMap<Key, Seen>,
    events: &mut Vec<Event>,
) {
    let event = |k: &Key, s: &Seen, change, was| Event {
        date: day,
        code: k.0,
        subjects: k.1.clone(),
        change,
        severity: s.severity,
        was,
        message: s.message.clone(),
        acknowledged: s.acknowledged,
        until: ack_shown(change)
            .then(|| s.ack.as_ref().map(|a| a.0))
            .flatten(),
        reason: ack_shown(change)
            .then(|| s.ack.as_ref().map(|a| a.1.clone()))
            .flatten(),
    };
    for (k, s) in now {
        match before.get(k) {
            None => events.push(event(k, s, Change::Appeared, None)),
            Some(b) if b.severity != s.severity => {
                events.push(event(k, s, Change::Severity, Some(b.severity)))
            }
            Some(b) if !b.acknowledged && s.acknowledged => {
                events.push(event(k, s, Change::Acknowledged, None))
            }
            Some(b) if b.acknowledged && !s.acknowledged => {
                events.push(event(k, s, Change::AckExpired, None))
            }
            Some(b) if b.same_as != s.same_as => events.push(event(k, s, Change::Message, None)),
            Some(_) => {}
        }
    }
    for (k, b) in before {
        if !now.contains_key(k) {
            events.push(event(k, b, Change::Gone, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn day(entries: &[(&'static str, Severity, &str)]) -> BTreeMap<Key, Seen> {
        entries
            .iter()
            .map(|(code, severity, message)| {
                let seen = Seen {
                    severity: *severity,
                    message: message.to_string(),
                    same_as: message.replace("2026-11-20", "\u{0}"),
                    acknowledged: false,
                    ack: None,
                };
                ((*code, Vec::new()), seen)
            })
            .collect()
    }

    #[test]
    fn diff_names_appeared_severity_message_and_gone() {
        let before = day(&[
            ("MIS001", Severity::Warning, "3 days"),
            ("MIS003", Severity::Warning, "4 days"),
            ("DAT003", Severity::Info, "no screen"),
        ]);
        let now = day(&[
            ("MIS001", Severity::Critical, "3 days"),
            ("MIS003", Severity::Warning, "5 days"),
            ("SCR001", Severity::Warning, "positive"),
        ]);
        let mut events = Vec::new();
        diff(d("2026-11-20"), &before, &now, &mut events);
        let got: Vec<_> = events.iter().map(|e| (e.code, e.change, e.was)).collect();
        assert_eq!(
            got,
            vec![
                ("MIS001", Change::Severity, Some(Severity::Warning)),
                ("MIS003", Change::Message, None),
                ("SCR001", Change::Appeared, None),
                ("DAT003", Change::Gone, None),
            ]
        );
        assert_eq!(
            events[3].severity,
            Severity::Info,
            "gone keeps the last severity"
        );
    }

    #[test]
    fn the_default_range_is_a_year_up_to_as_of_or_since_the_start() {
        let mut case = crate::input::parse(
            "schema = 1\n[patient]\nid = \"x\"\nsex = \"male\"\n[treatment]\nmedication = \"methadone\"\nas_of = 2026-11-20\nstarted_lar = 2026-10-01\n",
            None,
        )
        .unwrap();
        let today = d("2026-12-02");
        assert_eq!(
            default_range(&case, today, None, None),
            (d("2026-10-01"), d("2026-11-20"))
        );
        case.treatment.started_lar = Some(d("2020-01-01"));
        assert_eq!(
            default_range(&case, today, None, None),
            (d("2025-11-21"), d("2026-11-20"))
        );
        assert_eq!(
            default_range(&case, today, Some(d("2026-11-01")), Some(d("2026-11-10"))),
            (d("2026-11-01"), d("2026-11-10"))
        );
    }
}
