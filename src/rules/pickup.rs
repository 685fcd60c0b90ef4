//! Drug mastery (rusmestring), MST001, and the pickup proposal with
//! PIC001-PIC004 (`pickup.md`).

use super::{Cx, Ev};
use crate::case::{Assessment, ScreenStatus};
use crate::config::{CannabisRule, Level, Severity};
use crate::facts::{Phase, interval_days};
use crate::reading::{Group, Reading};
use crate::report::Finding;
use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

fn src(code: &str) -> String {
    super::registry::find(code)
        .map(|r| r.source.to_string())
        .unwrap_or_default()
}

/// How one screen counts toward drug mastery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Unexplained use, the agonist missing, or a sample not given.
    Concern,
    /// Cannabis only.
    Minor,
    /// Nothing of note.
    Clean,
}

/// Why a screen is a concern, in words.
pub fn concern_words(cx: &Cx<'_>, r: &Reading) -> String {
    let mut w: Vec<String> = Vec::new();
    match r.status {
        ScreenStatus::Missed | ScreenStatus::Refused | ScreenStatus::Adulterated => {
            w.push(format!("{:?}", r.status).to_lowercase())
        }
        _ => {}
    }
    if r.dilute {
        w.push("dilute".into());
    }
    let m = &cx.s.mastery;
    let subs: Vec<&str> = r
        .unexplained
        .iter()
        .map(String::as_str)
        .filter(|s| {
            crate::reading::group(s) != Group::Cannabis || m.cannabis == CannabisRule::Concern
        })
        .collect();
    if !subs.is_empty() {
        w.push(subs.join(", "));
    }
    if r.negatives_count && r.agonist_absent {
        w.push("LAR medication absent".into());
    }
    if r.negatives_count && r.spiking {
        w.push("possible spiking".into());
    }
    w.join(", ")
}

/// Judges a screen on its own date.
pub fn count(cx: &Cx<'_>, r: &Reading) -> Count {
    let m = &cx.s.mastery;
    let status_concern = match r.status {
        ScreenStatus::Missed => m.missed_is_concern,
        ScreenStatus::Refused => m.refused_is_concern,
        ScreenStatus::Adulterated => m.adulterated_is_concern,
        _ => false,
    } || (r.dilute && m.dilute_is_concern);
    let use_concern = r.has_results
        && r.unexplained.iter().any(|s| {
            crate::reading::group(s) != Group::Cannabis || m.cannabis == CannabisRule::Concern
        });
    if status_concern || use_concern || (r.negatives_count && (r.agonist_absent || r.spiking)) {
        return Count::Concern;
    }
    if r.has_results
        && m.cannabis == CannabisRule::Minor
        && r.unexplained
            .iter()
            .any(|s| crate::reading::group(s) == Group::Cannabis)
    {
        return Count::Minor;
    }
    Count::Clean
}

fn class_name(a: Option<Assessment>) -> &'static str {
    match a {
        Some(Assessment::Good) => "good",
        Some(Assessment::SomeUse) => "some-use",
        Some(Assessment::DependenceLike) => "dependence-like",
        None => "unknown",
    }
}

/// The mastery result used by the proposal.
pub struct Mastery {
    /// Final class (`None` = unknown).
    pub class: Option<Assessment>,
    /// Stable days.
    pub stable_days: i64,
    /// Days in LAR.
    pub days_in_lar: i64,
    /// The JSON object.
    pub json: Value,
}

fn start_of_lar(cx: &Cx<'_>) -> Option<NaiveDate> {
    cx.case.treatment.started_lar.or_else(|| {
        cx.facts
            .days
            .iter()
            .find(|d| d.kind == crate::facts::DayKind::Dosed)
            .map(|d| d.date)
    })
}

/// Drug mastery on `as_of` (and MST001).
pub fn mastery(cx: &Cx<'_>, out: &mut Vec<Finding>) -> Mastery {
    let m = &cx.s.mastery;
    let from = cx.as_of - Duration::days(m.window_days);
    let counts: Vec<(&Reading, Count)> = cx
        .readings
        .iter()
        .filter(|r| r.date <= cx.as_of)
        .map(|r| (r, count(cx, r)))
        .collect();
    let window: Vec<&(&Reading, Count)> = counts.iter().filter(|(r, _)| r.date >= from).collect();
    let concern = window.iter().filter(|x| x.1 == Count::Concern).count();
    let minor = window.iter().filter(|x| x.1 == Count::Minor).count();
    let clean = window.len() - concern - minor;
    let screen_class = if window.is_empty() {
        None
    } else if concern >= m.dependence_like_min_concern {
        Some(Assessment::DependenceLike)
    } else if concern >= 1 || minor >= 1 {
        Some(Assessment::SomeUse)
    } else {
        Some(Assessment::Good)
    };
    let assessment = cx
        .case
        .mastery
        .filter(|a| a.assessed >= from && a.assessed <= cx.as_of);
    let (class, basis) = match (screen_class, assessment) {
        (None, None) => (None, "none"),
        (None, Some(a)) => (Some(a.assessment), "assessment"),
        (Some(s), None) => (Some(s), "screens"),
        (Some(s), Some(a)) => (Some(s.max(a.assessment)), "screens-and-assessment"),
    };
    if let (Some(s), Some(a)) = (screen_class, assessment)
        && a.assessment < s
    {
        out.push(cx.finding(
                "MST001",
                Severity::Info,
                format!(
                    "clinician assessment \"{}\" ({}) is better than the screens of the last {} days show (\"{}\": {concern} concern, {minor} minor of {})",
                    class_name(Some(a.assessment)),
                    a.assessed,
                    m.window_days,
                    class_name(Some(s)),
                    window.len()
                ),
                Ev::new().date("assessed", a.assessed).str("assessment", class_name(Some(a.assessment))).str("screen_class", class_name(Some(s))).int("concern", concern as i64),
                src("MST001"),
                "the worse of the two is used; talk the screens through with the patient and the team".to_string(),
            ));
    }
    let last_concern = counts
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .map(|x| x.0.date)
        .max();
    let start = start_of_lar(cx);
    let stable_days = match (last_concern, start) {
        (Some(d), _) => (cx.as_of - d).num_days(),
        (None, Some(s)) => (cx.as_of - s).num_days(),
        (None, None) => 0,
    };
    let days_in_lar = start.map_or(0, |s| (cx.as_of - s).num_days());
    let concern_screens: Vec<Value> = window
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .map(|(r, _)| json!({"date": r.date.to_string(), "why": concern_words(cx, r)}))
        .collect();
    let json = json!({
        "class": class_name(class),
        "window_days": m.window_days,
        "screens": window.len(),
        "concern": concern,
        "minor": minor,
        "clean": clean,
        "stable_days": stable_days,
        "days_in_lar": days_in_lar,
        "last_concern_screen": last_concern.map(|d| d.to_string()),
        "basis": basis,
        "assessment": assessment.map(|a| json!({"class": class_name(Some(a.assessment)), "assessed": a.assessed.to_string()})),
        "screen_class": class_name(screen_class),
        "concern_screens": concern_screens,
    });
    Mastery {
        class,
        stable_days,
        days_in_lar,
        json,
    }
}

/// A level in the words of a LAR team: "daily supervised intake, no
/// take-home doses", "2 supervised intakes a week, up to 4 take-home doses".
pub fn regime_words(supervised: u64, take_home: u64) -> String {
    let sup = match supervised {
        7 => "daily supervised intake".to_string(),
        1 => "1 supervised intake a week".to_string(),
        n => format!("{n} supervised intakes a week"),
    };
    let th = match take_home {
        0 => "no take-home doses".to_string(),
        1 => "1 take-home dose".to_string(),
        n => format!("{n} take-home doses"),
    };
    format!("{sup}, {th}")
}

/// What holds a patient back, as one phrase a doctor reads at a glance.
pub fn block_words(criterion: &str, needs: &str, has: &str) -> String {
    let needs = needs
        .replace(">= ", "at least ")
        .replace("< ", "fewer than ");
    match criterion {
        "early-treatment" => format!("{has} (no take-home doses in the first 14 days)"),
        "days-in-lar" => format!("{has} in LAR (needs {needs})"),
        "stable-days" => format!("{has} since the last concern screen (needs {needs})"),
        "mastery" => format!("drug mastery {has} (needs {needs})"),
        "missed-run" => format!("{has} missed (needs {needs})"),
        "overdose-risk-event" => format!("overdose-risk {has} (needs {needs})"),
        "safe-storage" => "children at home and no locked storage".to_string(),
        "critical-safety-finding" => format!("unacknowledged critical finding {has}"),
        "recent-screen" => format!("no valid screen in the last 14 days ({has})"),
        "methadone-family-cap" => needs.to_string(),
        _ => format!("{criterion}: {has} (needs {needs})"),
    }
}

fn level_json(i: usize, l: &Level) -> Value {
    json!({"level": i, "name": l.name, "supervised_per_week": l.supervised_per_week, "take_home_days": l.take_home_days})
}

/// The level a regime maps to (never judged stricter than it is).
pub fn current_level(levels: &[Level], supervised: u32, take_home: u32) -> usize {
    let top = levels.len() - 1;
    let by_take_home = levels
        .iter()
        .position(|l| l.take_home_days >= take_home)
        .unwrap_or(top);
    let by_supervision = levels
        .iter()
        .position(|l| l.supervised_per_week <= supervised)
        .unwrap_or(top);
    by_take_home.max(by_supervision)
}

struct Block {
    criterion: &'static str,
    needs: String,
    has: String,
}

fn block(criterion: &'static str, needs: impl Into<String>, has: impl Into<String>) -> Block {
    Block {
        criterion,
        needs: needs.into(),
        has: has.into(),
    }
}

/// Mastery, the pickup proposal and its findings.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) -> (Option<Value>, Option<Value>) {
    let ms = mastery(cx, out);
    let med = cx.case.treatment.medication;
    let p = &cx.s.pickup;
    let levels = &p.level;
    let top = levels.len() - 1;
    let review_by = (cx.as_of + Duration::days(p.review_days)).to_string();
    let pk = cx.case.pickup;

    // PIC003: take-home doses above the highest level's maximum.
    if let Some(pk) = pk {
        let max = levels[top].take_home_days;
        if pk.take_home_days > max {
            out.push(
                cx.finding(
                    "PIC003",
                    Severity::Warning,
                    format!(
                        "{} take-home doses at one pickup; the maximum is {max} (one week)",
                        pk.take_home_days
                    ),
                    Ev::new()
                        .int("take_home_days", pk.take_home_days as i64)
                        .int("max_take_home_days", max as i64)
                        .str(
                            "limit_source",
                            cx.src(&format!("pickup.level[{top}].take_home_days")),
                        ),
                    cx.src(&format!("pickup.level[{top}].take_home_days")),
                    format!("hand out at most {max} doses at a time"),
                ),
            );
        }
    }

    // 1. Not applicable: depot and ended treatment.
    if med.is_depot() {
        if let Some(pk) = pk.filter(|pk| pk.take_home_days > 0) {
            out.push(cx.finding(
                "PIC004",
                Severity::Critical,
                format!("depot buprenorphine with {} take-home doses recorded: depot is given by health personnel only", pk.take_home_days),
                Ev::new().int("take_home_days", pk.take_home_days as i64),
                src("PIC004"),
                "never hand depot buprenorphine to the patient; correct the regime or the record".to_string(),
            ));
        }
        let last = cx
            .case
            .injections
            .iter()
            .filter(|i| i.date < cx.as_of)
            .max_by_key(|i| i.date);
        let due =
            last.map(|i| (i.date + Duration::days(interval_days(i.product, cx.s))).to_string());
        return (
            Some(ms.json),
            Some(json!({
                "current": pk.map(|pk| json!({"level": null, "supervised_per_week": pk.supervised_per_week, "take_home_days": pk.take_home_days})),
                "proposed": null,
                "change": "not-applicable",
                "holding_back": [],
                "next_injection_due": due,
                "review_by": review_by,
                "notes": ["depot buprenorphine: the proposal is the injection schedule; no take-home doses"],
            })),
        );
    }
    if cx.facts.phase == Phase::Ended {
        return (
            Some(ms.json),
            Some(
                json!({"current": null, "proposed": null, "change": "not-applicable", "holding_back": [], "review_by": review_by, "notes": ["treatment has ended: no pickup proposal"]}),
            ),
        );
    }

    let current = pk.map(|pk| current_level(levels, pk.supervised_per_week, pk.take_home_days));
    let base = current.unwrap_or(0);
    let cap = if med.is_methadone_family() {
        p.methadone_family_max_level.min(top)
    } else {
        top
    };
    let unsafe_storage = cx.case.patient.children_in_home && !cx.case.patient.safe_storage;

    // Level-0 triggers.
    let mut zero: Vec<Block> = Vec::new();
    if cx.facts.early {
        zero.push(block(
            "early-treatment",
            "phase maintenance (after day 14)",
            match cx.facts.episode_day {
                Some(d) => format!("{} day {d}", cx.facts.phase.as_str()),
                None => format!("{} phase", cx.facts.phase.as_str()),
            },
        ));
    }
    if ms.days_in_lar < p.min_days_in_lar {
        zero.push(block(
            "days-in-lar",
            format!(">= {} days", p.min_days_in_lar),
            format!("{} days", ms.days_in_lar),
        ));
    }
    if ms.class == Some(Assessment::DependenceLike) {
        zero.push(block("mastery", "good", "dependence-like"));
    }
    if let Some(r) = cx
        .facts
        .run_before_as_of
        .as_ref()
        .filter(|r| r.days >= p.missed_run_days)
    {
        zero.push(block(
            "missed-run",
            format!("< {} days", p.missed_run_days),
            format!("{} days", r.days),
        ));
    }
    let ev_from = cx.as_of - Duration::days(p.event_window_days);
    if let Some(e) = cx
        .case
        .events
        .iter()
        .filter(|e| e.date >= ev_from && e.date <= cx.as_of)
        .max_by_key(|e| e.date)
    {
        zero.push(block(
            "overdose-risk-event",
            format!("none in the last {} days", p.event_window_days),
            format!("event on {}", e.date),
        ));
    }
    if med.is_methadone_family() && unsafe_storage {
        zero.push(block(
            "safe-storage",
            "locked storage (children in the home)",
            "no safe storage",
        ));
    }

    // Down-one triggers.
    let mut down: Vec<Block> = Vec::new();
    if ms.class == Some(Assessment::SomeUse) {
        down.push(block("mastery", "good", "some-use"));
    }
    let crit: Vec<&str> = out
        .iter()
        .filter(|f| {
            f.severity == Severity::Critical
                && (f.code.starts_with("BZD") || f.code.starts_with("INT"))
        })
        .filter(|f| !acknowledged(cx, f))
        .map(|f| f.code)
        .collect();
    let mut crit = crit;
    crit.sort_unstable();
    crit.dedup();
    if !crit.is_empty() {
        down.push(block(
            "critical-safety-finding",
            "no unacknowledged critical BZD or INT finding",
            crit.join(", "),
        ));
    }

    let mut notes: Vec<String> = Vec::new();
    let mut keep: Vec<Block> = Vec::new();
    if ms.class.is_none() {
        keep.push(block(
            "mastery",
            "screens or a clinician assessment",
            "unknown",
        ));
    }
    if !med.is_methadone_family() && unsafe_storage {
        keep.push(block(
            "safe-storage",
            "locked storage (children in the home)",
            "no safe storage",
        ));
    }

    // Step-up criteria for a target level.
    let recent_from = cx.as_of - Duration::days(p.recent_screen_days);
    let recent_valid = cx
        .readings
        .iter()
        .filter(|r| {
            r.date >= recent_from
                && r.date <= cx.as_of
                && r.status == ScreenStatus::Valid
                && !r.dilute
        })
        .map(|r| r.date)
        .max();
    let up_blocks = |target: usize| -> Vec<Block> {
        let mut b = Vec::new();
        if target > cap {
            b.push(block(
                "methadone-family-cap",
                format!("level <= {cap} for {med}"),
                format!("level {target}"),
            ));
            return b;
        }
        let l = &levels[target];
        if let Some(d) = l.days_in_lar
            && ms.days_in_lar < d
        {
            b.push(block(
                "days-in-lar",
                format!(">= {d} days"),
                format!("{} days", ms.days_in_lar),
            ));
        }
        if let Some(d) = l.stable_days
            && ms.stable_days < d
        {
            b.push(block(
                "stable-days",
                format!(">= {d} days"),
                format!("{} days", ms.stable_days),
            ));
        }
        if recent_valid.is_none() {
            let last = cx
                .readings
                .iter()
                .filter(|r| r.status == ScreenStatus::Valid && !r.dilute && r.date <= cx.as_of)
                .map(|r| r.date)
                .max();
            b.push(block(
                "recent-screen",
                format!("a valid screen in the last {} days", p.recent_screen_days),
                last.map_or("none".to_string(), |d| format!("last valid screen {d}")),
            ));
        }
        b
    };

    let proposed = if !zero.is_empty() {
        0
    } else if !down.is_empty() {
        base.saturating_sub(1)
    } else if !keep.is_empty() || base >= top {
        base
    } else if up_blocks(base + 1).is_empty() {
        if cx.case.patient.work_or_education {
            notes.push("the patient works or studies: fit the pickup days to working hours (NO-GL-2010 §9.2)".to_string());
        }
        base + 1
    } else {
        base
    };
    let proposed = proposed.min(cap);

    // Everything that holds the patient back from the level above the proposal.
    let mut holding: Vec<Block> = Vec::new();
    holding.extend(zero);
    holding.extend(down);
    holding.extend(keep);
    if proposed < top {
        for b in up_blocks(proposed + 1) {
            if !holding.iter().any(|h| h.criterion == b.criterion) {
                holding.push(b);
            }
        }
    }

    let change = match current {
        None => "unknown",
        Some(c) if proposed > c => "relax",
        Some(c) if proposed < c => "tighten",
        Some(_) => "keep",
    };
    if let (Some(c), Some(pk)) = (current, pk) {
        if c > proposed {
            let sev = if proposed == 0 && pk.take_home_days > 0 {
                Severity::Critical
            } else {
                Severity::Warning
            };
            let why: Vec<String> = holding
                .iter()
                .take(3)
                .map(|b| block_words(b.criterion, &b.needs, &b.has))
                .collect();
            out.push(cx.finding(
                "PIC001",
                sev,
                format!(
                    "the pickup regime is looser than supported: {}. Now {} (level {c}); supported: {} (level {proposed})",
                    why.join("; "),
                    regime_words(u64::from(pk.supervised_per_week), u64::from(pk.take_home_days)),
                    regime_words(u64::from(levels[proposed].supervised_per_week), u64::from(levels[proposed].take_home_days)),
                ),
                Ev::new().int("current_level", c as i64).int("proposed_level", proposed as i64).int("take_home_days", pk.take_home_days as i64),
                src("PIC001"),
                format!(
                    "change to {} before the next pickup",
                    regime_words(u64::from(levels[proposed].supervised_per_week), u64::from(levels[proposed].take_home_days))
                ),
            ));
        } else if proposed == c + 1 {
            out.push(
                cx.finding(
                    "PIC002",
                    Severity::Info,
                    format!(
                        "pickup can be relaxed from level {c} to level {proposed} ({})",
                        levels[proposed].name
                    ),
                    Ev::new()
                        .int("current_level", c as i64)
                        .int("proposed_level", proposed as i64)
                        .int("stable_days", ms.stable_days)
                        .int("days_in_lar", ms.days_in_lar),
                    src("PIC002"),
                    format!(
                        "consider {} supervised intake{} a week and at most {} take-home doses",
                        levels[proposed].supervised_per_week,
                        if levels[proposed].supervised_per_week == 1 {
                            ""
                        } else {
                            "s"
                        },
                        levels[proposed].take_home_days
                    ),
                ),
            );
        }
    }
    if proposed > 0
        && !notes.iter().any(|n| n.contains("works"))
        && cx.case.patient.work_or_education
    {
        notes.push(
            "the patient works or studies: fit the pickup days to working hours (NO-GL-2010 §9.2)"
                .to_string(),
        );
    }
    let pickup = json!({
        "current": match (current, pk) {
            (Some(c), Some(pk)) => json!({"level": c, "supervised_per_week": pk.supervised_per_week, "take_home_days": pk.take_home_days}),
            _ => Value::Null,
        },
        "proposed": level_json(proposed, &levels[proposed]),
        "change": change,
        "holding_back": holding.iter().map(|b| json!({"criterion": b.criterion, "needs": b.needs, "has": b.has})).collect::<Vec<_>>(),
        "review_by": review_by,
        "notes": notes,
    });
    (Some(ms.json), Some(pickup))
}

fn acknowledged(cx: &Cx<'_>, f: &Finding) -> bool {
    let mut one = [f.clone()];
    super::acknowledge(cx.case, cx.catalogue, cx.as_of, &mut one);
    !one[0].counts()
}

#[cfg(test)]
mod tests {
    use super::current_level;
    use crate::config::Config;

    #[test]
    fn a_regime_maps_to_the_looser_of_its_two_levels() {
        let c = Config::embedded();
        let l = &c.settings.pickup.level;
        assert_eq!(current_level(l, 7, 0), 0);
        assert_eq!(current_level(l, 5, 2), 1);
        assert_eq!(current_level(l, 2, 4), 2);
        assert_eq!(current_level(l, 7, 6), 3);
        assert_eq!(current_level(l, 0, 14), 3);
        assert_eq!(current_level(l, 3, 0), 1);
    }
}
