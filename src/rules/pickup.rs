//! Drug mastery (rusmestring), MST001, and the pickup proposal with
//! PIC001-PIC004 (`pickup.md`, revised 2026-12-01: a six-rung ladder,
//! daily supervision only for an acute reason, caps, and a hold).

use super::{Cx, Ev};
use crate::case::{Assessment, EventKind, Medication, ScreenStatus};
use crate::config::{Level, Policy, Severity};
use crate::facts::{EpisodeKind, Phase, interval_days};
use crate::reading::{Group, Reading};
use crate::report::{Finding, Restart};
use crate::words::days;
use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

fn src(code: &str) -> String {
    super::registry::find(code)
        .map(|r| r.source.to_string())
        .unwrap_or_default()
}

/// How one screen counts toward drug mastery (pickup.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Count {
    /// Nothing of note.
    Clean,
    /// A cannabis trace, a missed or dilute sample (by default): shown,
    /// never tightens, holds the regime.
    Note,
    /// Some use (a refused sample by default).
    SomeUse,
    /// Unexplained use, the agonist missing, possible spiking, or a status
    /// whose policy is `concern` (an adulterated sample by default).
    Concern,
}

impl Count {
    fn of(p: Policy) -> Count {
        match p {
            Policy::Note => Count::Note,
            Policy::SomeUse => Count::SomeUse,
            Policy::Concern => Count::Concern,
        }
    }
}

/// The policy of a screen's status (missed, refused, dilute, adulterated).
fn status_count(cx: &Cx<'_>, r: &Reading) -> Count {
    let m = &cx.s.mastery;
    let by_status = match r.status {
        ScreenStatus::Missed => Count::of(m.sample_missed),
        ScreenStatus::Refused => Count::of(m.sample_refused),
        ScreenStatus::Adulterated => Count::of(m.sample_adulterated),
        _ => Count::Clean,
    };
    let by_dilution = if r.dilute {
        Count::of(m.sample_dilute)
    } else {
        Count::Clean
    };
    by_status.max(by_dilution)
}

/// Why a screen counts as it does, in words ("6-mam, morphine", "missed",
/// "LAR medication absent").
pub fn count_words(cx: &Cx<'_>, r: &Reading) -> String {
    let mut w: Vec<String> = Vec::new();
    match r.status {
        ScreenStatus::Missed => w.push("sample missed".into()),
        ScreenStatus::Refused => w.push("sample refused".into()),
        ScreenStatus::Adulterated => w.push("sample adulterated".into()),
        _ => {}
    }
    if r.dilute {
        w.push("dilute".into());
    }
    if r.has_results && !r.unexplained.is_empty() {
        w.push(r.unexplained.join(", "));
    }
    if r.agonist_absent {
        w.push("LAR medication absent".into());
    }
    if let Some(p) = r.spiked {
        w.push(format!("possible spiking ({p} without its metabolite)"));
    }
    let _ = cx;
    w.join(", ")
}

/// Judges a screen on its own date.
pub fn count(cx: &Cx<'_>, r: &Reading) -> Count {
    let m = &cx.s.mastery;
    let mut c = status_count(cx, r);
    if r.has_results {
        for s in &r.unexplained {
            c = c.max(if crate::reading::group(s) == Group::Cannabis {
                Count::of(m.cannabis)
            } else {
                Count::Concern
            });
        }
    }
    if r.negatives_count && (r.agonist_absent || r.spiking) {
        c = Count::Concern;
    }
    c
}

/// A concern screen with an unexplained opioid or CNS depressant
/// (benzodiazepine, z-hypnotic, gabapentinoid, GHB, barbiturate, xylazine,
/// alcohol): the overdose pattern of pickup.md step 2.
fn depressant_use(r: &Reading) -> Vec<&str> {
    if !r.has_results {
        return Vec::new();
    }
    r.unexplained
        .iter()
        .map(String::as_str)
        .filter(|s| {
            matches!(
                crate::reading::group(s),
                Group::Opioid
                    | Group::Benzo
                    | Group::Gabapentinoid
                    | Group::Sedative
                    | Group::Alcohol
            )
        })
        .collect()
}

fn class_name(a: Option<Assessment>) -> &'static str {
    a.map_or("unknown", Assessment::as_str)
}

/// A class in a LAR team's words, for sentences: "good", "some use",
/// "dependence-like", "unknown" (the JSON keeps [`class_name`]).
fn class_words(a: Option<Assessment>) -> &'static str {
    match a {
        Some(Assessment::SomeUse) => "some use",
        other => class_name(other),
    }
}

/// The mastery result used by the proposal.
pub struct Mastery {
    /// Final class (`None` = unknown).
    pub class: Option<Assessment>,
    /// Stable days.
    pub stable_days: i64,
    /// Days in LAR (from the latest entry).
    pub days_in_lar: i64,
    /// Note screens in the window (a cannabis trace, a missed or dilute sample).
    pub notes: Vec<(NaiveDate, String)>,
    /// Concern screens in the window with an unexplained opioid or CNS
    /// depressant: (date, substances).
    pub depressant_concerns: Vec<(NaiveDate, Vec<String>)>,
    /// The JSON object.
    pub json: Value,
}

/// The start of the latest entry into LAR (pickup.md "Days in LAR"):
/// `started_lar` (or the first dose), or the first dose of a re-induction
/// after `reentry_gap_days` or more without the medication. When the run
/// before `as_of` is that long, `as_of` is the day of re-entry.
pub fn latest_entry(cx: &Cx<'_>) -> Option<NaiveDate> {
    let gap = cx.s.pickup.reentry_gap_days;
    let first = crate::reading::lar_start(cx.case, cx.facts);
    let reentry = cx
        .facts
        .restarts
        .iter()
        .filter(|r| r.days >= gap && r.next_day <= cx.as_of)
        .map(|r| r.next_day)
        .chain(
            cx.facts
                .run_before_as_of
                .filter(|r| r.days >= gap)
                .map(|_| cx.as_of),
        )
        .max();
    match (first, reentry) {
        (Some(f), Some(r)) => Some(f.max(r)),
        (f, r) => f.or(r),
    }
}

/// Drug mastery on `as_of` (and MST001).
pub fn mastery(cx: &Cx<'_>, out: &mut Vec<Finding>) -> Mastery {
    let m = &cx.s.mastery;
    let from = cx.as_of - Duration::days(m.window_days);
    // Baseline screens belong to the assessment for treatment, not to
    // treatment: not counted here, nor in stable days.
    let counts: Vec<(&Reading, Count)> = cx
        .readings
        .iter()
        .filter(|r| r.date <= cx.as_of && !r.baseline)
        .map(|r| (r, count(cx, r)))
        .collect();
    let baseline = cx
        .readings
        .iter()
        .filter(|r| r.baseline && r.date >= from && r.date <= cx.as_of)
        .count();
    // In date order, so that "the latest" note or concern is the latest.
    let mut window: Vec<&(&Reading, Count)> =
        counts.iter().filter(|(r, _)| r.date >= from).collect();
    window.sort_by_key(|(r, _)| r.date);
    let n = |c: Count| window.iter().filter(|x| x.1 == c).count();
    let (concern, some_use, note, clean) = (
        n(Count::Concern),
        n(Count::SomeUse),
        n(Count::Note),
        n(Count::Clean),
    );
    let any_valid = window.iter().any(|(r, _)| r.negatives_count);
    let screen_class = if concern >= m.dependence_like_min_concern {
        Some(Assessment::DependenceLike)
    } else if concern >= 1 || some_use >= 1 {
        Some(Assessment::SomeUse)
    } else if any_valid {
        Some(Assessment::Good)
    } else {
        // No screen, or only missed or dilute samples: a note proves nothing.
        None
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
                "clinician assessment \"{}\" ({}) is better than the {} of the last {} show (\"{}\": {concern} concern, {some_use} some use)",
                class_words(Some(a.assessment)),
                a.assessed,
                crate::words::count(window.len() as i64, "screen", "screens"),
                days(m.window_days),
                class_words(Some(s)),
            ),
            Ev::new()
                .date("assessed", a.assessed)
                .str("assessment", class_name(Some(a.assessment)))
                .str("screen_class", class_name(Some(s)))
                .int("concern", concern as i64)
                .int("some_use", some_use as i64),
            src("MST001"),
            "the worse of the two is used; talk the screens through with the patient and the team".to_string(),
        ));
    }
    let last_concern = counts
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .map(|x| x.0.date)
        .max();
    let entry = latest_entry(cx);
    let days_in_lar = entry.map_or(0, |s| (cx.as_of - s).num_days().max(0));
    let stable_days = last_concern.map_or(days_in_lar, |d| (cx.as_of - d).num_days());
    let concern_screens: Vec<Value> = window
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .map(|(r, _)| json!({"date": r.date.to_string(), "why": count_words(cx, r)}))
        .collect();
    let notes: Vec<(NaiveDate, String)> = window
        .iter()
        .filter(|x| x.1 == Count::Note)
        .map(|(r, _)| (r.date, count_words(cx, r)))
        .collect();
    let depressant_concerns: Vec<(NaiveDate, Vec<String>)> = window
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .filter_map(|(r, _)| {
            let d = depressant_use(r);
            (!d.is_empty()).then(|| (r.date, d.into_iter().map(str::to_string).collect()))
        })
        .collect();
    let json = json!({
        "class": class_name(class),
        "window_days": m.window_days,
        "screens": window.len(),
        "concern": concern,
        "some_use": some_use,
        "note": note,
        "clean": clean,
        "baseline": baseline,
        "stable_days": stable_days,
        "days_in_lar": days_in_lar,
        "last_concern_screen": last_concern.map(|d| d.to_string()),
        "basis": basis,
        "assessment": assessment.map(|a| json!({"class": class_name(Some(a.assessment)), "assessed": a.assessed.to_string()})),
        "screen_class": class_name(screen_class),
        "concern_screens": concern_screens,
        "note_screens": notes.iter().map(|(d, w)| json!({"date": d.to_string(), "why": w})).collect::<Vec<_>>(),
    });
    Mastery {
        class,
        stable_days,
        days_in_lar,
        notes,
        depressant_concerns,
        json,
    }
}

/// A regime in the words of a LAR team: "daily supervised intake, no
/// take-home doses", "2 supervised intakes a week, 4 take-home doses".
pub fn regime_words(supervised: u64, take_home: u64) -> String {
    let sup = match supervised {
        7 => "daily supervised intake".to_string(),
        0 => "no supervised intake".to_string(),
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

/// A level in the pharmacy's words: "5 supervised intakes a week, up to 2
/// take-home doses (supervised on weekdays, the weekend at home)".
pub fn level_words(l: &Level) -> String {
    let sup = match l.supervised_per_week {
        7 => "daily supervised intake".to_string(),
        1 => "1 supervised intake a week".to_string(),
        n => format!("{n} supervised intakes a week"),
    };
    let th = match l.take_home_days {
        0 => "no take-home doses".to_string(),
        1 => "1 take-home dose".to_string(),
        n => format!("up to {n} take-home doses"),
    };
    match &l.words {
        Some(w) if l.supervised_per_week != 7 => format!("{sup}, {th} ({w})"),
        _ => format!("{sup}, {th}"),
    }
}

/// What holds a patient back, as one phrase a doctor reads at a glance.
pub fn block_words(criterion: &str, needs: &str, has: &str) -> String {
    let needs = needs
        .replace(">= ", "at least ")
        .replace("< ", "fewer than ");
    match criterion {
        "early-treatment" => match needs.strip_prefix("after day ") {
            Some(n) => format!("{has} (daily supervised intake through day {n})"),
            None => format!("{has} (needs {needs})"),
        },
        "days-in-lar" => format!("{has} in LAR (needs {needs})"),
        "stable-days" => format!("{has} since the last concern screen (needs {needs})"),
        // The class in words: "some use", never the bare "some-use".
        "mastery" => format!(
            "drug mastery {} (needs {needs})",
            has.replace("some-use", "some use")
        ),
        "missed-run" => format!("{has} missed (needs {needs})"),
        "reduced-restart" | "retitration" => has.to_string(),
        "tolerance-loss-event" | "overdose-risk-event" => has.to_string(),
        "sedative-or-opioid-use" => has.to_string(),
        "critical-combination" => has.to_string(),
        "safe-storage" => "children at home and no locked storage for take-home doses".to_string(),
        "critical-safety-finding" => format!("unacknowledged critical finding {has}"),
        "recent-screen" => format!("no {} ({has})", needs.strip_prefix("a ").unwrap_or(&needs)),
        "methadone-family-cap" => needs.to_string(),
        "methadone-family-switch" => has.to_string(),
        "pregnancy" => has.to_string(),
        "taper" => has.to_string(),
        "frequent-missed-doses" => has.to_string(),
        "note-screen" => has.to_string(),
        "known-combination" => has.to_string(),
        _ => format!("{criterion}: {has} (needs {needs})"),
    }
}

fn level_json(i: usize, l: &Level) -> Value {
    json!({"level": i, "name": l.name, "supervised_per_week": l.supervised_per_week, "take_home_days": l.take_home_days, "words": level_words(l)})
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

/// Which step of pickup.md a criterion belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Step 2: daily supervised intake for an acute reason.
    Acute,
    /// Step 3 (and the methadone-family cap of step 6): a cap.
    Cap,
    /// Step 4: one rung down.
    Down,
    /// Step 5: no relax now.
    Hold,
    /// Step 6: what the next rung needs.
    Next,
}

impl Step {
    fn as_str(self) -> &'static str {
        match self {
            Step::Acute => "acute",
            Step::Cap => "cap",
            Step::Down => "one-rung-down",
            Step::Hold => "hold",
            Step::Next => "next-level-needs",
        }
    }
}

struct Block {
    criterion: &'static str,
    needs: String,
    has: String,
    step: Step,
    /// The level a cap allows (caps only).
    cap: Option<usize>,
    /// The phrase for the table, when `needs` and `has` alone do not say it.
    words: Option<String>,
}

impl Block {
    fn words(&self) -> String {
        self.words
            .clone()
            .unwrap_or_else(|| block_words(self.criterion, &self.needs, &self.has))
    }
}

fn block(
    step: Step,
    criterion: &'static str,
    needs: impl Into<String>,
    has: impl Into<String>,
) -> Block {
    Block {
        criterion,
        needs: needs.into(),
        has: has.into(),
        step,
        cap: None,
        words: None,
    }
}

fn cap_block(
    level: usize,
    criterion: &'static str,
    needs: impl Into<String>,
    has: impl Into<String>,
) -> Block {
    Block {
        cap: Some(level),
        ..block(Step::Cap, criterion, needs, has)
    }
}

/// An event in a LAR team's words.
fn event_words(k: EventKind) -> &'static str {
    match k {
        EventKind::PrisonRelease => "release from prison",
        EventKind::DetoxDischarge => "discharge from detox",
        EventKind::HospitalDischarge => "discharge from hospital",
        EventKind::Overdose => "overdose",
        EventKind::TreatmentInterruption => "treatment interruption",
    }
}

/// A switch within the methadone family at the SWI004 ratio (methadone ↔
/// levomethadone with no SWI004 finding) in its first 14 days: capped at
/// 6/1, not acute (pickup.md step 2 and 3).
fn methadone_family_switch(cx: &Cx<'_>, out: &[Finding]) -> Option<(Medication, Medication)> {
    if cx.facts.phase != Phase::Switch {
        return None;
    }
    let e = &cx.facts.episodes[cx.facts.current_episode?];
    let prev = e.previous?;
    let pair = matches!(
        (prev.med, e.med),
        (Medication::Methadone, Medication::Levomethadone)
            | (Medication::Levomethadone, Medication::Methadone)
    );
    (e.kind == EpisodeKind::Switch && pair && !out.iter().any(|f| f.code == "SWI004"))
        .then_some((prev.med, e.med))
}

/// The reduced restart whose re-titration is still going on: the first
/// dose after a missed run below the last dose before it, within
/// `retitration_days`, and the current dose still below that last dose
/// (the re-titration DOS003 defines). Returns (restart day, last dose
/// before the run, current dose).
fn retitration(cx: &Cx<'_>) -> Option<(NaiveDate, f64, f64)> {
    let current = cx.facts.current_dose_mg?;
    let med = cx.case.treatment.medication;
    let from = cx.as_of - Duration::days(cx.s.pickup.retitration_days);
    cx.facts
        .restarts
        .iter()
        .filter(|r| r.next_day < cx.as_of && r.next_day >= from)
        .filter_map(|r| {
            let before = r.before?;
            if before.med != med {
                return None;
            }
            let first = cx.facts.day(r.next_day)?.dose_of(med)?.daily_mg;
            (first < before.last_daily_mg - 1e-9 && current < before.last_daily_mg - 1e-9)
                .then_some((r.next_day, before.last_daily_mg, current))
        })
        .max_by_key(|x| x.0)
}

/// Mastery, the pickup proposal and its findings. `restart` is MIS001's
/// advice for today, when a missed run needs action.
pub fn check(
    cx: &Cx<'_>,
    restart: Option<&Restart>,
    out: &mut Vec<Finding>,
) -> (Option<Value>, Option<Value>) {
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
                        "{} at one pickup; the maximum is {max} (one week)",
                        crate::words::count(
                            i64::from(pk.take_home_days),
                            "take-home dose",
                            "take-home doses"
                        )
                    ),
                    Ev::new()
                        .int("take_home_days", pk.take_home_days as i64)
                        .int("max_take_home_days", max as i64)
                        .str(
                            "limit_source",
                            cx.src(&format!("pickup.level[{top}].take_home_days")),
                        ),
                    cx.src(&format!("pickup.level[{top}].take_home_days")),
                    format!(
                        "hand out at most {} at a time",
                        crate::words::count(max as i64, "dose", "doses")
                    ),
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
                format!(
                    "depot buprenorphine with {} recorded: depot is given by health personnel only",
                    crate::words::count(i64::from(pk.take_home_days), "take-home dose", "take-home doses")
                ),
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
    let unsafe_storage = cx.case.patient.children_in_home && !cx.case.patient.safe_storage;
    // An absent `safe_storage` counts as unsafe, but is said as what the
    // record shows (rules.md ODR004).
    let storage_words = (!cx.case.patient.safe_storage_recorded).then(|| {
        "children at home and safe storage for take-home doses is not documented".to_string()
    });
    let mf_switch = methadone_family_switch(cx, out);
    let ev_from = cx.as_of - Duration::days(p.event_window_days);
    let events: Vec<_> = cx
        .case
        .events
        .iter()
        .filter(|e| e.date >= ev_from && e.date <= cx.as_of)
        .collect();
    let unacked = |f: &Finding| !acknowledged(cx, f);

    // 2. Daily supervised intake for an acute reason.
    let mut acute: Vec<Block> = Vec::new();
    if cx.facts.early && mf_switch.is_none() {
        acute.push(block(
            Step::Acute,
            "early-treatment",
            format!("after day {}", cx.s.general.early_phase_days),
            match cx.facts.episode_day {
                Some(d) => format!("{} day {d}", cx.facts.phase.as_str()),
                None => format!("{} phase", cx.facts.phase.as_str()),
            },
        ));
    }
    // The first missed-run threshold of the medication dosed last (MIS001's
    // table): what "no missed run" needs, in the contract's form ("< 3 days").
    let first_threshold = cx
        .facts
        .run_before_as_of
        .and_then(|r| r.before)
        .map_or(med, |b| b.med)
        .group();
    let first_threshold =
        cx.s.mis001
            .rows(first_threshold)
            .iter()
            .map(|r| r.days)
            .min()
            .unwrap_or(3);
    if let Some(r) = restart.filter(|r| matches!(r.action, "see-prescriber" | "re-induce")) {
        acute.push(Block {
            words: Some(format!(
                "{} missed: {} (the restart and the re-titration are supervised)",
                days(r.missed_days),
                if r.action == "re-induce" {
                    "a new induction"
                } else {
                    "a reduced restart after the prescriber's review"
                }
            )),
            ..block(
                Step::Acute,
                "missed-run",
                format!("< {first_threshold} days"),
                days(r.missed_days),
            )
        });
    }
    for e in &events {
        // The record decides, not the event's kind (pickup.md step 2): the
        // same window ODR001 reads.
        let undosed = super::overdose::event_window(cx, e).undosed;
        if super::overdose::tolerance_may_be_low(cx, e) {
            acute.push(block(
                Step::Acute,
                "tolerance-loss-event",
                "tolerance intact",
                if e.kind == EventKind::Overdose {
                    format!("overdose on {}: tolerance may be low", e.date)
                } else {
                    format!(
                        "{} on {} with {} without the medication around it: tolerance may be low",
                        event_words(e.kind),
                        e.date,
                        days(undosed.len() as i64)
                    )
                },
            ));
        }
    }
    if ms.class == Some(Assessment::DependenceLike)
        && let Some((d, subs)) = ms.depressant_concerns.last()
    {
        acute.push(block(
            Step::Acute,
            "sedative-or-opioid-use",
            "no repeated opioid or sedative use",
            format!(
                "repeated use on top of the LAR medication ({} on {d}; {} in {})",
                subs.join(", "),
                crate::words::count(
                    ms.json["concern"].as_i64().unwrap_or(0),
                    "concern screen",
                    "concern screens"
                ),
                days(cx.s.mastery.window_days)
            ),
        ));
    }
    if let Some(f) = out
        .iter()
        .find(|f| f.code == "INT004" && f.severity == Severity::Critical && unacked(f))
    {
        acute.push(block(
            Step::Acute,
            "critical-combination",
            "no unacknowledged critical INT004",
            format!(
                "dangerous combination of CNS depressants now (INT004): {}",
                f.message
            ),
        ));
    }
    if med.is_methadone_family() && unsafe_storage {
        acute.push(Block {
            words: storage_words.clone(),
            ..block(
                Step::Acute,
                "safe-storage",
                "locked storage (children in the home)",
                "no safe storage",
            )
        });
    }

    // 3. Caps (and the methadone-family cap of step 6).
    let mut caps: Vec<Block> = Vec::new();
    let cl = p.cap_level.min(top);
    if ms.days_in_lar < p.min_days_in_lar {
        caps.push(cap_block(
            cl,
            "days-in-lar",
            format!(">= {} days", p.min_days_in_lar),
            days(ms.days_in_lar),
        ));
    }
    if ms.class == Some(Assessment::DependenceLike) && acute.is_empty() {
        caps.push(cap_block(cl, "mastery", "good", "dependence-like"));
    }
    if let Some((from, to)) = mf_switch {
        let early = cx.s.general.early_phase_days;
        caps.push(cap_block(
            cl,
            "methadone-family-switch",
            format!("after day {early} of the switch"),
            // Never a day the record does not show.
            match cx.facts.episode_day {
                Some(d) => format!("switch from {from} to {to}, day {d} of {early}"),
                None => format!("switch from {from} to {to}, in its first {early} days"),
            },
        ));
    }
    if let Some(r) = restart.filter(|r| r.action == "reduce") {
        caps.push(cap_block(
            0,
            "reduced-restart",
            "no reduced restart",
            format!(
                "{} missed: the dose is reduced today; every dose supervised while it is built back up",
                days(r.missed_days)
            ),
        ));
    } else if let Some((day, old, now)) = retitration(cx)
        && restart.is_none()
    {
        caps.push(cap_block(
            0,
            "retitration",
            format!("back at {} mg", crate::report::mg(old)),
            format!(
                "re-titration after the restart on {day}: {} mg now, {} mg before the missed days",
                crate::report::mg(now),
                crate::report::mg(old)
            ),
        ));
    }
    if med.is_methadone_family() && p.methadone_family_max_level < top {
        caps.push(cap_block(
            p.methadone_family_max_level,
            "methadone-family-cap",
            format!(
                "{} at most for {med} (clinic setting)",
                level_words(&levels[p.methadone_family_max_level])
            ),
            med.to_string(),
        ));
    }
    let cap = caps.iter().filter_map(|b| b.cap).min().unwrap_or(top);

    // 4. One rung down, never below the 6/1 rung.
    let mut down: Vec<Block> = Vec::new();
    if ms.class == Some(Assessment::SomeUse) {
        down.push(block(Step::Down, "mastery", "good", "some-use"));
    }
    let mut crit: Vec<&str> = out
        .iter()
        .filter(|f| {
            f.severity == Severity::Critical
                && (f.code.starts_with("BZD") || f.code.starts_with("INT"))
        })
        .filter(|f| unacked(f))
        .map(|f| f.code)
        .collect();
    crit.sort_unstable();
    crit.dedup();
    if !crit.is_empty() {
        down.push(block(
            Step::Down,
            "critical-safety-finding",
            "no unacknowledged critical BZD or INT finding",
            crit.join(", "),
        ));
    }

    // 5. Hold: keep the level, never relax now.
    let mut hold: Vec<Block> = Vec::new();
    if ms.class.is_none() {
        hold.push(block(
            Step::Hold,
            "mastery",
            format!(
                "a valid screen or a clinician assessment in the last {}",
                days(cx.s.mastery.window_days)
            ),
            "unknown",
        ));
    }
    if !med.is_methadone_family() && unsafe_storage {
        hold.push(Block {
            words: storage_words.clone(),
            ..block(
                Step::Hold,
                "safe-storage",
                "locked storage (children in the home)",
                "no safe storage",
            )
        });
    }
    if let Some(w) = cx.case.patient.pregnancy_week {
        hold.push(block(
            Step::Hold,
            "pregnancy",
            "a decision with the pregnancy team",
            format!("pregnant, week {w}: changes are decided with the pregnancy team"),
        ));
    }
    if cx.facts.phase == Phase::Taper || out.iter().any(|f| f.code == "TAP001") {
        hold.push(block(
            Step::Hold,
            "taper",
            "no taper going on",
            "tapering: falling tolerance, a time to keep contact",
        ));
    }
    // Any missed run that reaches MIS001's first threshold holds (a
    // see-prescriber or re-induce restart is acute as well, a reduced one
    // capped): never relax the day after a missed-dose instruction.
    if let Some(r) = restart {
        hold.push(Block {
            words: Some(format!("{} missed before today", days(r.missed_days))),
            ..block(
                Step::Hold,
                "missed-run",
                format!("< {first_threshold} days"),
                days(r.missed_days),
            )
        });
    }
    if out.iter().any(|f| f.code == "MIS003") {
        hold.push(block(
            Step::Hold,
            "frequent-missed-doses",
            "regular intake",
            format!(
                "frequent missed doses in the last {}",
                days(cx.s.mis003.window_days)
            ),
        ));
    }
    if let Some(e) = events.iter().max_by_key(|e| e.date) {
        hold.push(block(
            Step::Hold,
            "overdose-risk-event",
            format!("none in the last {}", days(p.event_window_days)),
            format!("{} on {}", event_words(e.kind), e.date),
        ));
    }
    if let Some((d, why)) = ms.notes.last() {
        hold.push(block(
            Step::Hold,
            "note-screen",
            format!("no note in the last {}", days(cx.s.mastery.window_days)),
            format!("{why} on {d}: no relax at this review"),
        ));
    }
    if out
        .iter()
        .any(|f| f.code == "INT004" && f.severity == Severity::Warning && unacked(f))
    {
        hold.push(block(
            Step::Hold,
            "known-combination",
            "the combination reviewed",
            "a known, prescribed combination of CNS depressants (INT004): reviewed, not rewarded",
        ));
    }

    // 6. What the rung above needs.
    let recent_from = cx.as_of - Duration::days(p.recent_screen_days);
    let recent_valid = cx
        .readings
        .iter()
        .filter(|r| !r.baseline && r.date >= recent_from && r.date <= cx.as_of)
        .any(|r| r.negatives_count);
    let up_blocks = |target: usize| -> Vec<Block> {
        let mut b = Vec::new();
        if ms.class != Some(Assessment::Good) {
            b.push(block(Step::Next, "mastery", "good", class_name(ms.class)));
        }
        let l = &levels[target];
        if let Some(d) = l.days_in_lar
            && ms.days_in_lar < d
        {
            b.push(block(
                Step::Next,
                "days-in-lar",
                format!(">= {d} days"),
                days(ms.days_in_lar),
            ));
        }
        if let Some(d) = l.stable_days
            && ms.stable_days < d
        {
            // Without a concern screen, stable days are days in LAR
            // (pickup.md); never state them as days since a concern screen
            // that no record shows, nor as days without one when no screen
            // was taken.
            let in_lar = if latest_entry(cx).is_some() {
                format!("{} in LAR", days(ms.stable_days))
            } else {
                "no start of LAR on record".to_string()
            };
            let words = if ms.json["last_concern_screen"].is_string() {
                None
            } else if cx
                .readings
                .iter()
                .any(|r| !r.baseline && r.date <= cx.as_of)
            {
                Some(format!(
                    "{in_lar} and no concern screen (needs at least {} without one)",
                    days(d)
                ))
            } else {
                Some(format!(
                    "{in_lar} and no screens on record (needs at least {} without a concern screen)",
                    days(d)
                ))
            };
            b.push(Block {
                words,
                ..block(
                    Step::Next,
                    "stable-days",
                    format!(">= {d} days"),
                    days(ms.stable_days),
                )
            });
        }
        if cx.facts.early {
            b.push(block(
                Step::Next,
                "early-treatment",
                format!("after day {}", cx.s.general.early_phase_days),
                format!("{} phase", cx.facts.phase.as_str()),
            ));
        }
        if l.recent_screen && !recent_valid {
            let last = cx
                .readings
                .iter()
                .filter(|r| !r.baseline && r.negatives_count && r.date <= cx.as_of)
                .map(|r| r.date)
                .max();
            b.push(block(
                Step::Next,
                "recent-screen",
                format!("a valid screen in the last {}", days(p.recent_screen_days)),
                last.map_or("no valid screen on record".to_string(), |d| {
                    format!("last valid screen {d}")
                }),
            ));
        }
        b
    };

    let is_acute = !acute.is_empty();
    let mut held = false;
    let candidate = if !down.is_empty() {
        if base > cl { base - 1 } else { base }
    } else if !hold.is_empty() {
        held = true;
        base
    } else if base < top && up_blocks(base + 1).is_empty() {
        base + 1
    } else {
        base
    };
    let proposed = if is_acute { 0 } else { candidate.min(cap) };

    let mut notes: Vec<String> = Vec::new();
    if proposed > 0 && cx.case.patient.work_or_education {
        notes.push(
            "the patient works or studies: fit the pickup days to working hours (NO-GL-2010 §9.2)"
                .to_string(),
        );
    }

    let change = match current {
        None => "unknown",
        Some(c) if proposed > c => "relax",
        Some(c) if proposed < c => "tighten",
        Some(_) if held && !is_acute => "hold",
        Some(_) => "keep",
    };

    // Everything that holds the patient back: the reasons of steps 2-4
    // that apply; under a keep or a hold also step 5 and what the next
    // rung needs (never listed as reasons to tighten).
    let mut holding: Vec<Block> = Vec::new();
    holding.extend(acute);
    holding.extend(
        caps.into_iter()
            .filter(|b| b.cap.is_some_and(|c| c <= proposed)),
    );
    holding.extend(down);
    if matches!(change, "keep" | "hold" | "unknown") {
        holding.extend(hold);
        if proposed < top {
            for b in up_blocks(proposed + 1) {
                if !holding.iter().any(|h| h.criterion == b.criterion) {
                    holding.push(b);
                }
            }
        }
    }

    // Without `started_lar` and without a dose record the 0 days in LAR
    // come from no record: say so instead of "0 days in LAR".
    if latest_entry(cx).is_none() {
        for b in holding.iter_mut().filter(|b| b.criterion == "days-in-lar") {
            b.words = Some(format!(
                "no start of LAR on record (needs {} in LAR)",
                b.needs.replace(">= ", "at least ")
            ));
        }
    }

    if let (Some(c), Some(pk)) = (current, pk) {
        let now = regime_words(
            u64::from(pk.supervised_per_week),
            u64::from(pk.take_home_days),
        );
        if c > proposed {
            let sev = if proposed == 0 && is_acute && pk.take_home_days > 0 {
                Severity::Critical
            } else {
                Severity::Warning
            };
            let why: Vec<String> = holding
                .iter()
                .filter(|b| matches!(b.step, Step::Acute | Step::Cap | Step::Down))
                .take(3)
                .map(Block::words)
                .collect();
            out.push(cx.finding(
                "PIC001",
                sev,
                format!(
                    "the pickup regime is looser than supported: {}. Now {now}; supported: {}",
                    why.join("; "),
                    level_words(&levels[proposed]),
                ),
                Ev::new()
                    .int("current_level", c as i64)
                    .int("proposed_level", proposed as i64)
                    .int("supervised_per_week", i64::from(pk.supervised_per_week))
                    .int("take_home_days", i64::from(pk.take_home_days))
                    .val("acute", Value::from(is_acute))
                    .val("reasons", Value::from(why.clone())),
                src("PIC001"),
                if sev == Severity::Critical {
                    "no take-home doses from today: every dose under supervision until the prescriber has reviewed".to_string()
                } else {
                    format!("at the next consultation: change to {}", level_words(&levels[proposed]))
                },
            ));
        } else if proposed == c + 1 {
            out.push(
                cx.finding(
                    "PIC002",
                    Severity::Info,
                    format!(
                        "pickup can be relaxed: from {now} to {}",
                        level_words(&levels[proposed])
                    ),
                    Ev::new()
                        .int("current_level", c as i64)
                        .int("proposed_level", proposed as i64)
                        .int("stable_days", ms.stable_days)
                        .int("days_in_lar", ms.days_in_lar),
                    src("PIC002"),
                    format!("consider {}", level_words(&levels[proposed])),
                ),
            );
        }
    }
    let pickup = json!({
        "current": match (current, pk) {
            (Some(c), Some(pk)) => json!({"level": c, "supervised_per_week": pk.supervised_per_week, "take_home_days": pk.take_home_days}),
            _ => Value::Null,
        },
        "proposed": level_json(proposed, &levels[proposed]),
        "change": change,
        "holding_back": holding.iter().map(|b| json!({
            "criterion": b.criterion,
            "needs": b.needs,
            "has": b.has,
            "acute": b.step == Step::Acute,
            "step": b.step.as_str(),
            "words": b.words(),
        })).collect::<Vec<_>>(),
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
    use super::{current_level, level_words, regime_words};
    use crate::config::Config;

    #[test]
    fn a_regime_maps_to_the_looser_of_its_two_levels() {
        let c = Config::embedded();
        let l = &c.settings.pickup.level;
        assert_eq!(current_level(l, 7, 0), 0);
        assert_eq!(current_level(l, 6, 1), 1);
        assert_eq!(current_level(l, 5, 2), 2);
        assert_eq!(current_level(l, 4, 3), 3);
        assert_eq!(current_level(l, 2, 4), 4);
        assert_eq!(current_level(l, 7, 6), 5);
        assert_eq!(current_level(l, 0, 14), 5);
        assert_eq!(current_level(l, 3, 0), 3);
        assert_eq!(current_level(l, 6, 0), 1);
    }

    #[test]
    fn regimes_read_in_the_pharmacys_words() {
        assert_eq!(
            regime_words(5, 2),
            "5 supervised intakes a week, 2 take-home doses"
        );
        assert_eq!(
            regime_words(6, 1),
            "6 supervised intakes a week, 1 take-home dose"
        );
        let c = Config::embedded();
        let l = &c.settings.pickup.level;
        assert_eq!(
            level_words(&l[0]),
            "daily supervised intake, no take-home doses"
        );
        assert!(level_words(&l[2]).contains("the weekend at home"));
    }
}
