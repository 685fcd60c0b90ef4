//! Drug mastery (rusmestring), MST001, and the pickup proposal with
//! PIC001-PIC004 (`pickup.md`, revised 2026-12-01: a six-rung ladder,
//! daily supervision only for an acute reason, caps, and a hold).

use super::registry::{Counter, Rule};
use super::{Cx, Ev};
use crate::case::{Assessment, EventKind, MasteryAssessment, Medication, ScreenStatus};
use crate::config::{Action, Level, Policy, Severity};
use crate::facts::Reading;
use crate::facts::{EpisodeKind, Phase, interval_days};
use crate::report::{
    AssessmentSeen, Basis, Block, Class, Criterion, Current, Finding, Mastery, Need, Pickup,
    PickupChange, Proposed, Restart, ScreenNote, Step,
};
use crate::vocab::substances::SubstanceGroup;
use chrono::{Duration, NaiveDate};
use serde_json::Value;

/// The pickup rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&PIC001, &PIC002, &PIC003, &PIC004, &MST001];

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
    let lang = cx.lang;
    let mut w: Vec<String> = Vec::new();
    match r.status {
        ScreenStatus::Missed => w.push(crate::tr!(lang, "mst-sample-missed")),
        ScreenStatus::Refused => w.push(crate::tr!(lang, "mst-sample-refused")),
        ScreenStatus::Adulterated => w.push(crate::tr!(lang, "mst-sample-adulterated")),
        _ => {}
    }
    if r.dilute {
        w.push(crate::tr!(lang, "mst-dilute"));
    }
    if r.has_results && !r.unexplained.is_empty() {
        let names: Vec<String> = r.unexplained.iter().map(|s| lang.substance(s)).collect();
        w.push(names.join(", "));
    }
    if r.agonist_absent {
        w.push(crate::tr!(lang, "mst-agonist-absent"));
    }
    if let Some(p) = r.spiked {
        w.push(crate::tr!(
            lang,
            "mst-spiking",
            substance = lang.substance(p)
        ));
    }
    w.join(", ")
}

/// Judges a screen on its own date.
pub fn count(cx: &Cx<'_>, r: &Reading) -> Count {
    let m = &cx.s.mastery;
    let mut c = status_count(cx, r);
    if r.has_results {
        for s in &r.unexplained {
            c = c.max(
                if crate::vocab::substances::group(s) == SubstanceGroup::Cannabis {
                    Count::of(m.cannabis)
                } else {
                    Count::Concern
                },
            );
        }
    }
    if r.valid && (r.agonist_absent || r.spiking) {
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
        .copied()
        .filter(|s| {
            matches!(
                crate::vocab::substances::group(s),
                SubstanceGroup::Opioid
                    | SubstanceGroup::Benzo
                    | SubstanceGroup::Gabapentinoid
                    | SubstanceGroup::Sedative
                    | SubstanceGroup::Alcohol
            )
        })
        .collect()
}

/// The screens of a mastery window, counted (pickup.md "Drug mastery").
#[derive(Debug, Clone, Copy)]
struct Tally {
    concern: usize,
    some_use: usize,
    note: usize,
    clean: usize,
    /// Any valid screen (one whose negatives count).
    any_valid: bool,
}

impl Tally {
    fn of(window: &[&(&Reading, Count)]) -> Tally {
        let n = |c: Count| window.iter().filter(|x| x.1 == c).count();
        Tally {
            concern: n(Count::Concern),
            some_use: n(Count::SomeUse),
            note: n(Count::Note),
            clean: n(Count::Clean),
            any_valid: window.iter().any(|(r, _)| r.valid),
        }
    }

    /// The class the screens alone give (`None`: no screen, or only
    /// missed or dilute samples: a note proves nothing).
    fn class(&self, dependence_like_min_concern: usize) -> Option<Assessment> {
        if self.concern >= dependence_like_min_concern {
            Some(Assessment::DependenceLike)
        } else if self.concern >= 1 || self.some_use >= 1 {
            Some(Assessment::SomeUse)
        } else if self.any_valid {
            Some(Assessment::Good)
        } else {
            None
        }
    }
}

declare_rule! {
    /// MST001 `mastery-conflict`.
    pub static MST001 = Rule {
        name: "mastery-conflict",
        max_severity: Severity::Info,
        grades: "info",
        source: "N10-9.5.1.2 (screens are part of the assessment); N22-URIN; SERAF (last 4 weeks); local default (grades)",
        summary: "the clinician assessment in the window is better than what the screens show (baseline screens not counted)",
        why: "The worse of the two decides; the conflict is worth talking through.",
        example: "assessment good, two concern screens",
        not_when: "no assessment, or an assessment as bad as the screens",
        params: &["mastery"],
    }
}

/// MST001: a clinician assessment better than the screens show.
fn mst001(
    cx: &Cx<'_>,
    screen_class: Option<Assessment>,
    assessment: Option<MasteryAssessment>,
    screens: usize,
    t: Tally,
) -> Option<Finding> {
    let (Some(s), Some(a)) = (screen_class, assessment) else {
        return None;
    };
    if a.assessment >= s {
        return None;
    }
    let (concern, some_use) = (t.concern, t.some_use);
    Some(
        cx.report(
            &MST001,
            Severity::Info,
            crate::tr!(
                cx.lang,
                "mst001-message",
                assessment = Class::of(Some(a.assessment)).words(cx.lang),
                assessed = cx.lang.date(a.assessed),
                screens = screens,
                days = cx.s.mastery.window_days,
                screen_class = Class::of(Some(s)).words(cx.lang),
                concern = concern,
                some_use = some_use
            ),
            Ev::new()
                .date("assessed", a.assessed)
                .str("assessment", Class::of(Some(a.assessment)).as_str())
                .str("screen_class", Class::of(Some(s)).as_str())
                .int("concern", concern as i64)
                .int("some_use", some_use as i64),
            crate::tr!(cx.lang, "mst001-suggestion"),
        ),
    )
}

/// The screens of the window that count as `c`, with why.
fn listed(cx: &Cx<'_>, window: &[&(&Reading, Count)], c: Count) -> Vec<ScreenNote> {
    window
        .iter()
        .filter(|x| x.1 == c)
        .map(|(r, _)| ScreenNote {
            date: r.date,
            why: count_words(cx, r),
        })
        .collect()
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
    let tally = Tally::of(&window);
    let screen_class = tally.class(m.dependence_like_min_concern);
    let assessment = cx
        .case
        .mastery
        .filter(|a| a.assessed >= from && a.assessed <= cx.as_of);
    let (class, basis) = match (screen_class, assessment) {
        (None, None) => (None, Basis::None),
        (None, Some(a)) => (Some(a.assessment), Basis::Assessment),
        (Some(s), None) => (Some(s), Basis::Screens),
        (Some(s), Some(a)) => (Some(s.max(a.assessment)), Basis::ScreensAndAssessment),
    };
    out.extend(mst001(cx, screen_class, assessment, window.len(), tally));
    let last_concern = counts
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .map(|x| x.0.date)
        .max();
    let entry = latest_entry(cx);
    let days_in_lar = entry.map_or(0, |s| (cx.as_of - s).num_days().max(0));
    let stable_days = last_concern.map_or(days_in_lar, |d| (cx.as_of - d).num_days());
    let depressant_concerns: Vec<(NaiveDate, Vec<String>)> = window
        .iter()
        .filter(|x| x.1 == Count::Concern)
        .filter_map(|(r, _)| {
            let d = depressant_use(r);
            (!d.is_empty()).then(|| (r.date, d.into_iter().map(str::to_string).collect()))
        })
        .collect();
    Mastery {
        class: Class::of(class),
        window_days: m.window_days,
        screens: window.len(),
        concern: tally.concern,
        some_use: tally.some_use,
        note: tally.note,
        clean: tally.clean,
        baseline,
        stable_days,
        days_in_lar,
        last_concern_screen: last_concern,
        basis,
        assessment: assessment.map(|a| AssessmentSeen {
            class: Class::of(Some(a.assessment)),
            assessed: a.assessed,
        }),
        screen_class: Class::of(screen_class),
        concern_screens: listed(cx, &window, Count::Concern),
        note_screens: listed(cx, &window, Count::Note),
        depressant_concerns,
    }
}

pub use crate::report::pickup::{level_words, regime_words};

/// The start of the latest entry into LAR (pickup.md "Days in LAR"):
/// `started_lar` (or the first dose), or the first dose of a re-induction
/// after `reentry_gap_days` or more without the medication. When the run
/// before `as_of` is that long, `as_of` is the day of re-entry.
pub fn latest_entry(cx: &Cx<'_>) -> Option<NaiveDate> {
    let gap = cx.s.pickup.reentry_gap_days;
    let first = crate::facts::lar_start(cx.case, cx.facts);
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

/// An event in a LAR team's words: "release from prison".
fn event_words(k: EventKind, lang: crate::i18n::Lang) -> String {
    let id = match k {
        EventKind::PrisonRelease => "pic-event-prison-release",
        EventKind::DetoxDischarge => "pic-event-detox-discharge",
        EventKind::HospitalDischarge => "pic-event-hospital-discharge",
        EventKind::Overdose => "pic-event-overdose",
        EventKind::TreatmentInterruption => "pic-event-treatment-interruption",
    };
    crate::tr!(lang, id)
}

/// A treatment phase as a criterion's `has`: "induction day 3",
/// "induction phase".
fn phase_has(cx: &Cx<'_>) -> String {
    let phase = crate::output::table::phase_words(cx.facts.phase, cx.lang);
    match cx.facts.episode_day {
        Some(d) => crate::tr!(cx.lang, "pic-has-phase-day", phase = phase, day = d),
        None => crate::tr!(cx.lang, "pic-has-phase", phase = phase),
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
    (e.kind == EpisodeKind::Switch && pair && !out.iter().any(|f| f.is(&super::switch::SWI004)))
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

/// PIC001 at the counter: daily supervised intake, with the reasons read
/// from the proposal itself.
fn pic001_counter(_: &Finding, c: &crate::report::CaseReport) -> String {
    let why: Vec<String> = c.pickup.as_ref().map(Pickup::reasons).unwrap_or_default();
    if why.is_empty() {
        crate::tr!(c.lang, "pic001-counter-daily")
    } else {
        crate::tr!(c.lang, "pic001-counter-daily-why", why = why.join("; "))
    }
}

declare_rule! {
    /// PIC001 `pickup-looser-than-supported`.
    pub static PIC001 = Rule {
        name: "pickup-looser-than-supported",
        max_severity: Severity::Critical,
        grades: "critical when the proposal is daily supervised intake for an acute reason and the regime has take-home doses; warning otherwise (a cap, one rung down)",
        source: "N10-9.3; N22-UTL; local default (the rungs and when to move)",
        summary: "the current pickup regime is looser than the proposal: daily supervised intake for an acute reason (early treatment, a see-prescriber or re-induce restart, tolerance loss around an event, dependence-like opioid or sedative use, a critical INT004, methadone with children and no locked storage), a cap (6/1 in the first 90 days, for dependence-like use otherwise and in a methadone-family switch; 7/0 for a reduced restart and its re-titration) or one rung down (some use, a critical BZD or INT finding; never below 6/1)",
        why: "Take-home doses beyond what drug mastery supports risk overdose, diversion and doses reaching children; a critical only where something must change before the next pickup.",
        example: "4 days missed of methadone and 4 take-home doses: daily supervised intake from today (critical); 60 days in LAR on 5/2: 6/1 (warning)",
        not_when: "no [pickup] (the regime is unknown), or a regime at or below the proposal",
        params: &["pickup", "mis001", "mis003.window_days"],
        counter: Counter::From(pic001_counter),
    }
}

declare_rule! {
    /// PIC002 `pickup-can-be-relaxed`.
    pub static PIC002 = Rule {
        name: "pickup-can-be-relaxed",
        max_severity: Severity::Info,
        grades: "info",
        source: "N10-V9 (hentestige); N10-9.3; local default (six rungs)",
        summary: "the proposal is one level looser than the current regime",
        why: "Stable patients should not carry more supervision than they need; it costs work and schooling.",
        example: "good mastery, 2.5 years in LAR, a clean screen last week: from 5/2 to 3 supervised intakes a week",
        not_when: "any criterion still holding the patient back; a hold (unknown mastery, pregnancy, a taper, a missed run, an event, a cannabis trace or a missed or dilute sample, a known INT004, children and no locked storage)",
        params: &["pickup", "mis001", "mis003.window_days"],
    }
}

declare_rule! {
    /// PIC003 `take-home-over-maximum`.
    pub static PIC003 = Rule {
        name: "take-home-over-maximum",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-9.3 (at most one week)",
        summary: "take_home_days above the maximum of the highest configured level (6 by default)",
        why: "The guideline maximum is one week of doses at a time.",
        example: "14 take-home doses",
        not_when: "6 or fewer",
        params: &["pickup.level"],
    }
}

declare_rule! {
    /// PIC004 `depot-take-home`.
    pub static PIC004 = Rule {
        name: "depot-take-home",
        max_severity: Severity::Critical,
        grades: "critical",
        source: "FK-BUVIDAL (given by health personnel only)",
        summary: "a depot medication with take-home doses in the regime",
        why: "Depot buprenorphine must never be handed to the patient.",
        example: "Buvidal with take_home_days = 7",
        not_when: "no take-home doses",
        params: &[],
        counter: Counter::Words("never hand depot buprenorphine to the patient"),
    }
}

/// Mastery, the pickup proposal and its findings. `restart` is MIS001's
/// advice for today, when a missed run needs action.
/// Second phase: `found` are the first phase's findings, acknowledged.
pub fn check(
    cx: &Cx<'_>,
    restart: Option<&Restart>,
    found: &[Finding],
    out: &mut Vec<Finding>,
) -> (Option<Mastery>, Option<Pickup>) {
    let ms = mastery(cx, out);
    let (pickup, new) = propose(cx, &ms, restart, found);
    out.extend(new);
    (Some(ms), Some(pickup))
}

/// PIC003: take-home doses above the highest level's maximum.
fn pic003(cx: &Cx<'_>) -> Option<Finding> {
    let pk = cx.case.pickup?;
    let levels = &cx.s.pickup.level;
    let top = levels.len() - 1;
    let max = levels[top].take_home_days;
    if pk.take_home_days <= max {
        return None;
    }
    Some(
        cx.report_with_source(
            &PIC003,
            Severity::Warning,
            crate::tr!(
                cx.lang,
                "pic003-message",
                take_home = pk.take_home_days,
                max = max
            ),
            Ev::new()
                .int("take_home_days", pk.take_home_days as i64)
                .int("max_take_home_days", max as i64)
                .str(
                    "limit_source",
                    cx.src(&format!("pickup.level[{top}].take_home_days")),
                ),
            cx.src(&format!("pickup.level[{top}].take_home_days")),
            crate::tr!(cx.lang, "pic003-suggestion", max = max),
        ),
    )
}

/// Step 1 for depot: the injection schedule is the proposal (and PIC004
/// when take-home doses are recorded).
fn depot(cx: &Cx<'_>, review_by: NaiveDate, found: &mut Vec<Finding>) -> Pickup {
    let pk = cx.case.pickup;
    if let Some(pk) = pk.filter(|pk| pk.take_home_days > 0) {
        found.push(cx.report(
            &PIC004,
            Severity::Critical,
            crate::tr!(cx.lang, "pic004-message", take_home = pk.take_home_days),
            Ev::new().int("take_home_days", pk.take_home_days as i64),
            crate::tr!(cx.lang, "pic004-suggestion"),
        ));
    }
    let last = cx.facts.last_injection;
    let due = last.map(|i| i.date + Duration::days(interval_days(i.product, cx.s)));
    Pickup {
        current: pk.map(|pk| Current {
            level: None,
            supervised_per_week: pk.supervised_per_week,
            take_home_days: pk.take_home_days,
        }),
        proposed: None,
        change: PickupChange::NotApplicable,
        holding_back: Vec::new(),
        next_injection_due: Some(due),
        review_by,
        notes: vec![crate::tr!(cx.lang, "pic-note-depot")],
    }
}

/// Step 1 for ended treatment: no proposal.
fn ended(review_by: NaiveDate, lang: crate::i18n::Lang) -> Pickup {
    Pickup {
        current: None,
        proposed: None,
        change: PickupChange::NotApplicable,
        holding_back: Vec::new(),
        next_injection_due: None,
        review_by,
        notes: vec![crate::tr!(lang, "pic-note-ended")],
    }
}

/// The pickup proposal (pickup.md) and its findings (PIC001-PIC004) over
/// the findings `found` so far.
pub fn propose(
    cx: &Cx<'_>,
    ms: &Mastery,
    restart: Option<&Restart>,
    found: &[Finding],
) -> (Pickup, Vec<Finding>) {
    let mut new: Vec<Finding> = pic003(cx).into_iter().collect();
    let review_by = cx.as_of + Duration::days(cx.s.pickup.review_days);
    if cx.case.treatment.medication.is_depot() {
        return (depot(cx, review_by, &mut new), new);
    }
    if cx.facts.phase == Phase::Ended {
        return (ended(review_by, cx.lang), new);
    }
    let l = Ladder::new(cx, ms, restart, found);
    let acute = l.acute();
    let caps = l.caps(acute.is_empty());
    let down = l.down();
    let hold = l.hold();
    let d = l.decide(&acute, &caps, &down, &hold);
    let holding = l.holding_back(&d, acute, caps, down, hold);
    let pickup = Pickup {
        current: match (d.current, cx.case.pickup) {
            (Some(c), Some(pk)) => Some(Current {
                level: Some(c),
                supervised_per_week: pk.supervised_per_week,
                take_home_days: pk.take_home_days,
            }),
            _ => None,
        },
        proposed: Some(Proposed::of(d.proposed, &l.levels[d.proposed], cx.lang)),
        change: d.change,
        holding_back: holding,
        next_injection_due: None,
        review_by,
        notes: l.notes(d.proposed),
    };
    new.extend(l.pic001_or_002(&d, &pickup));
    (pickup, new)
}

/// What the ladder decided.
struct Decision {
    /// The level the recorded regime maps to.
    current: Option<usize>,
    /// The proposed level.
    proposed: usize,
    /// What changes.
    change: PickupChange,
    /// An acute reason of step 2 applies.
    acute: bool,
}

/// What every step of the ladder reads.
struct Ladder<'a> {
    cx: &'a Cx<'a>,
    ms: &'a Mastery,
    restart: Option<&'a Restart>,
    out: &'a [Finding],
    med: Medication,
    p: &'a crate::config::PickupParams,
    levels: &'a [Level],
    top: usize,
    cl: usize,
    unsafe_storage: bool,
    storage_words: Option<String>,
    mf_switch: Option<(Medication, Medication)>,
    events: Vec<&'a crate::case::Event>,
}

impl<'a> Ladder<'a> {
    fn new(
        cx: &'a Cx<'a>,
        ms: &'a Mastery,
        restart: Option<&'a Restart>,
        out: &'a [Finding],
    ) -> Ladder<'a> {
        let p = &cx.s.pickup;
        let top = p.level.len() - 1;
        let ev_from = cx.as_of - Duration::days(p.event_window_days);
        Ladder {
            cx,
            ms,
            restart,
            out,
            med: cx.case.treatment.medication,
            p,
            levels: &p.level,
            top,
            cl: p.cap_level.min(top),
            unsafe_storage: cx.case.patient.children_in_home && !cx.case.patient.safe_storage,
            // An absent `safe_storage` counts as unsafe, but is said as what
            // the record shows (rules.md ODR004).
            storage_words: (!cx.case.patient.safe_storage_recorded)
                .then(|| crate::tr!(cx.lang, "pic-storage-not-documented")),
            mf_switch: methadone_family_switch(cx, out),
            events: cx
                .case
                .events
                .iter()
                .filter(|e| e.date >= ev_from && e.date <= cx.as_of)
                .collect(),
        }
    }

    /// `out` are acknowledged once by the engine before the second phase.
    fn unacked(&self, f: &Finding) -> bool {
        f.counts()
    }

    /// The first missed-run threshold of the medication dosed last (MIS001's
    /// table): what "no missed run" needs, in the contract's form ("< 3 days").
    fn first_threshold(&self) -> i64 {
        let cx = self.cx;
        let g = cx
            .facts
            .run_before_as_of
            .and_then(|r| r.before)
            .map_or(self.med, |b| b.med)
            .group();
        cx.s.mis001
            .rows(g)
            .iter()
            .map(|r| r.days)
            .min()
            .unwrap_or(3)
    }

    fn safe_storage(&self, step: Step) -> Block {
        Block::new(
            step,
            Criterion::SafeStorage,
            Need::LockedStorage,
            crate::tr!(self.cx.lang, "pic-has-no-safe-storage"),
            self.cx.lang,
        )
        .worded(self.storage_words.clone())
    }

    /// Step 2: daily supervised intake for an acute reason.
    fn acute(&self) -> Vec<Block> {
        let (cx, ms) = (self.cx, self.ms);
        let mut acute: Vec<Block> = Vec::new();
        if cx.facts.early && self.mf_switch.is_none() {
            acute.push(Block::new(
                Step::Acute,
                Criterion::EarlyTreatment,
                Need::AfterDay(cx.s.general.early_phase_days),
                phase_has(cx),
                cx.lang,
            ));
        }
        if let Some(r) = self
            .restart
            .filter(|r| matches!(r.action, Action::SeePrescriber | Action::ReInduce))
        {
            acute.push(
                Block::new(
                    Step::Acute,
                    Criterion::MissedRun,
                    Need::FewerThan(self.first_threshold()),
                    crate::tr!(cx.lang, "pic-days", days = r.missed_days),
                    cx.lang,
                )
                .worded(Some(crate::tr!(
                    cx.lang,
                    if r.action == Action::ReInduce {
                        "pic-missed-reinduce"
                    } else {
                        "pic-missed-see-prescriber"
                    },
                    days = r.missed_days
                ))),
            );
        }
        acute.extend(self.tolerance_loss());
        if ms.class == Class::DependenceLike
            && let Some((d, subs)) = ms.depressant_concerns.last()
        {
            acute.push(Block::new(
                Step::Acute,
                Criterion::SedativeOrOpioidUse,
                Need::NoRepeatedUse,
                crate::tr!(
                    cx.lang,
                    "pic-repeated-use",
                    substances = subs
                        .iter()
                        .map(|s| cx.lang.substance(s))
                        .collect::<Vec<_>>()
                        .join(", "),
                    date = cx.lang.date(*d),
                    concern = ms.concern,
                    days = cx.s.mastery.window_days
                ),
                cx.lang,
            ));
        }
        if let Some(f) = self.out.iter().find(|f| {
            f.is(&super::interactions::INT004)
                && f.severity == Severity::Critical
                && self.unacked(f)
        }) {
            acute.push(Block::new(
                Step::Acute,
                Criterion::CriticalCombination,
                Need::NoCriticalCombination,
                crate::tr!(
                    cx.lang,
                    "pic-critical-combination",
                    message = f.message.as_str()
                ),
                cx.lang,
            ));
        }
        if self.med.is_methadone_family() && self.unsafe_storage {
            acute.push(self.safe_storage(Step::Acute));
        }
        acute
    }

    /// Step 2: the events after which tolerance may be low.
    fn tolerance_loss(&self) -> Vec<Block> {
        let cx = self.cx;
        let mut acute = Vec::new();
        for e in &self.events {
            // The record decides, not the event's kind (pickup.md step 2): the
            // same window ODR001 reads.
            let undosed = super::overdose::event_window(cx, e).undosed;
            if super::overdose::tolerance_may_be_low(cx, e) {
                acute.push(Block::new(
                    Step::Acute,
                    Criterion::ToleranceLossEvent,
                    Need::ToleranceIntact,
                    if e.kind == EventKind::Overdose {
                        crate::tr!(
                            cx.lang,
                            "pic-tolerance-overdose",
                            date = cx.lang.date(e.date)
                        )
                    } else {
                        crate::tr!(
                            cx.lang,
                            "pic-tolerance-event",
                            event = event_words(e.kind, cx.lang),
                            date = cx.lang.date(e.date),
                            days = undosed.len()
                        )
                    },
                    cx.lang,
                ));
            }
        }
        acute
    }

    /// Step 3: caps (and the methadone-family cap of step 6).
    fn caps(&self, no_acute: bool) -> Vec<Block> {
        let (cx, ms, p, cl) = (self.cx, self.ms, self.p, self.cl);
        let mut caps: Vec<Block> = Vec::new();
        if ms.days_in_lar < p.min_days_in_lar {
            caps.push(Block::cap(
                cl,
                Criterion::DaysInLar,
                Need::AtLeast(p.min_days_in_lar),
                crate::tr!(cx.lang, "pic-days", days = ms.days_in_lar),
                cx.lang,
            ));
        }
        if ms.class == Class::DependenceLike && no_acute {
            caps.push(Block::cap(
                cl,
                Criterion::Mastery,
                Need::Class(Class::Good),
                "dependence-like",
                cx.lang,
            ));
        }
        if let Some((from, to)) = self.mf_switch {
            let early = cx.s.general.early_phase_days;
            caps.push(Block::cap(
                cl,
                Criterion::MethadoneFamilySwitch,
                Need::AfterSwitchDay(early),
                // Never a day the record does not show.
                match cx.facts.episode_day {
                    Some(d) => crate::tr!(
                        cx.lang,
                        "pic-mf-switch-day",
                        from = cx.lang.medication(from),
                        to = cx.lang.medication(to),
                        day = d,
                        early = early
                    ),
                    None => crate::tr!(
                        cx.lang,
                        "pic-mf-switch",
                        from = cx.lang.medication(from),
                        to = cx.lang.medication(to),
                        early = early
                    ),
                },
                cx.lang,
            ));
        }
        if let Some(r) = self.restart.filter(|r| r.action == Action::Reduce) {
            caps.push(Block::cap(
                0,
                Criterion::ReducedRestart,
                Need::NoReducedRestart,
                crate::tr!(cx.lang, "pic-reduced-restart", days = r.missed_days),
                cx.lang,
            ));
        } else if let Some((day, old, now)) = retitration(cx)
            && self.restart.is_none()
        {
            caps.push(Block::cap(
                0,
                Criterion::Retitration,
                Need::BackAt(old),
                crate::tr!(
                    cx.lang,
                    "pic-retitration",
                    date = cx.lang.date(day),
                    now = cx.lang.mg(now),
                    old = cx.lang.mg(old)
                ),
                cx.lang,
            ));
        }
        let med = self.med;
        if med.is_methadone_family() && p.methadone_family_max_level < self.top {
            caps.push(Block::cap(
                p.methadone_family_max_level,
                Criterion::MethadoneFamilyCap,
                Need::LevelAtMost {
                    level: level_words(&self.levels[p.methadone_family_max_level], self.cx.lang),
                    medication: med,
                },
                cx.lang.medication(med),
                cx.lang,
            ));
        }
        caps
    }

    /// Step 4: one rung down, never below the 6/1 rung.
    fn down(&self) -> Vec<Block> {
        let mut down: Vec<Block> = Vec::new();
        if self.ms.class == Class::SomeUse {
            down.push(Block::new(
                Step::Down,
                Criterion::Mastery,
                Need::Class(Class::Good),
                "some-use",
                self.cx.lang,
            ));
        }
        let mut crit: Vec<&str> = self
            .out
            .iter()
            .filter(|f| f.severity == Severity::Critical && f.rule.holds_back_pickup)
            .filter(|f| self.unacked(f))
            .map(|f| f.code)
            .collect();
        crit.sort_unstable();
        crit.dedup();
        if !crit.is_empty() {
            down.push(Block::new(
                Step::Down,
                Criterion::CriticalSafetyFinding,
                Need::NoCriticalSafetyFinding,
                crit.join(", "),
                self.cx.lang,
            ));
        }
        down
    }

    /// Step 5: hold: keep the level, never relax now.
    fn hold(&self) -> Vec<Block> {
        let (cx, ms, p, out) = (self.cx, self.ms, self.p, self.out);
        let mut hold: Vec<Block> = Vec::new();
        if ms.class == Class::Unknown {
            hold.push(Block::new(
                Step::Hold,
                Criterion::Mastery,
                Need::ScreenOrAssessmentWithin(cx.s.mastery.window_days),
                "unknown",
                cx.lang,
            ));
        }
        if !self.med.is_methadone_family() && self.unsafe_storage {
            hold.push(self.safe_storage(Step::Hold));
        }
        if let Some(w) = cx.case.patient.pregnancy_week {
            hold.push(Block::new(
                Step::Hold,
                Criterion::Pregnancy,
                Need::PregnancyTeam,
                crate::tr!(cx.lang, "pic-pregnancy", week = w),
                cx.lang,
            ));
        }
        if cx.facts.phase == Phase::Taper || out.iter().any(|f| f.is(&super::taper::TAP001)) {
            hold.push(Block::new(
                Step::Hold,
                Criterion::Taper,
                Need::NoTaper,
                crate::tr!(cx.lang, "pic-taper"),
                cx.lang,
            ));
        }
        // Any missed run that reaches MIS001's first threshold holds (a
        // see-prescriber or re-induce restart is acute as well, a reduced one
        // capped): never relax the day after a missed-dose instruction.
        if let Some(r) = self.restart {
            hold.push(
                Block::new(
                    Step::Hold,
                    Criterion::MissedRun,
                    Need::FewerThan(self.first_threshold()),
                    crate::tr!(cx.lang, "pic-days", days = r.missed_days),
                    cx.lang,
                )
                .worded(Some(crate::tr!(
                    cx.lang,
                    "pic-missed-before-today",
                    days = r.missed_days
                ))),
            );
        }
        if out.iter().any(|f| f.is(&super::missed::MIS003)) {
            hold.push(Block::new(
                Step::Hold,
                Criterion::FrequentMissedDoses,
                Need::RegularIntake,
                crate::tr!(
                    cx.lang,
                    "pic-frequent-missed",
                    days = cx.s.mis003.window_days
                ),
                cx.lang,
            ));
        }
        if let Some(e) = self.events.iter().max_by_key(|e| e.date) {
            hold.push(Block::new(
                Step::Hold,
                Criterion::OverdoseRiskEvent,
                Need::NoEventWithin(p.event_window_days),
                crate::tr!(
                    cx.lang,
                    "pic-event-on",
                    event = event_words(e.kind, cx.lang),
                    date = cx.lang.date(e.date)
                ),
                cx.lang,
            ));
        }
        if let Some(n) = ms.note_screens.last() {
            hold.push(Block::new(
                Step::Hold,
                Criterion::NoteScreen,
                Need::NoNoteWithin(cx.s.mastery.window_days),
                crate::tr!(
                    cx.lang,
                    "pic-note-screen",
                    why = n.why.as_str(),
                    date = cx.lang.date(n.date)
                ),
                cx.lang,
            ));
        }
        if out.iter().any(|f| {
            f.is(&super::interactions::INT004) && f.severity == Severity::Warning && self.unacked(f)
        }) {
            hold.push(Block::new(
                Step::Hold,
                Criterion::KnownCombination,
                Need::CombinationReviewed,
                crate::tr!(cx.lang, "pic-known-combination"),
                cx.lang,
            ));
        }
        hold
    }

    /// Step 6: what rung `target` needs.
    fn up_blocks(&self, target: usize) -> Vec<Block> {
        let (cx, ms, p) = (self.cx, self.ms, self.p);
        let mut b = Vec::new();
        if ms.class != Class::Good {
            b.push(Block::new(
                Step::Next,
                Criterion::Mastery,
                Need::Class(Class::Good),
                ms.class.as_str(),
                cx.lang,
            ));
        }
        let l = &self.levels[target];
        if let Some(d) = l.days_in_lar
            && ms.days_in_lar < d
        {
            b.push(Block::new(
                Step::Next,
                Criterion::DaysInLar,
                Need::AtLeast(d),
                crate::tr!(cx.lang, "pic-days", days = ms.days_in_lar),
                cx.lang,
            ));
        }
        if let Some(d) = l.stable_days
            && ms.stable_days < d
        {
            b.push(self.stable_days(d));
        }
        if cx.facts.early {
            b.push(Block::new(
                Step::Next,
                Criterion::EarlyTreatment,
                Need::AfterDay(cx.s.general.early_phase_days),
                crate::tr!(
                    cx.lang,
                    "pic-has-phase",
                    phase = crate::output::table::phase_words(cx.facts.phase, cx.lang)
                ),
                cx.lang,
            ));
        }
        let recent_from = cx.as_of - Duration::days(p.recent_screen_days);
        let recent_valid = cx
            .readings
            .iter()
            .filter(|r| !r.baseline && r.date >= recent_from && r.date <= cx.as_of)
            .any(|r| r.valid);
        if l.recent_screen && !recent_valid {
            let last = cx
                .readings
                .iter()
                .filter(|r| !r.baseline && r.valid && r.date <= cx.as_of)
                .map(|r| r.date)
                .max();
            b.push(Block::new(
                Step::Next,
                Criterion::RecentScreen,
                Need::ValidScreenWithin(p.recent_screen_days),
                last.map_or(crate::tr!(cx.lang, "pic-no-valid-screen"), |d| {
                    crate::tr!(cx.lang, "pic-last-valid-screen", date = cx.lang.date(d))
                }),
                cx.lang,
            ));
        }
        b
    }

    /// Step 6: too few stable days for a rung that needs `d`.
    fn stable_days(&self, d: i64) -> Block {
        let (cx, ms) = (self.cx, self.ms);
        // Without a concern screen, stable days are days in LAR
        // (pickup.md); never state them as days since a concern screen
        // that no record shows, nor as days without one when no screen
        // was taken.
        let in_lar = if latest_entry(cx).is_some() {
            crate::tr!(cx.lang, "mastery-in-lar", days = ms.stable_days)
        } else {
            crate::tr!(cx.lang, "mastery-no-start")
        };
        let words = if ms.last_concern_screen.is_some() {
            None
        } else if cx
            .readings
            .iter()
            .any(|r| !r.baseline && r.date <= cx.as_of)
        {
            Some(crate::tr!(
                cx.lang,
                "pic-stable-no-concern",
                in_lar = in_lar,
                days = d
            ))
        } else {
            Some(crate::tr!(
                cx.lang,
                "pic-stable-no-screens",
                in_lar = in_lar,
                days = d
            ))
        };
        Block::new(
            Step::Next,
            Criterion::StableDays,
            Need::AtLeast(d),
            crate::tr!(cx.lang, "pic-days", days = ms.stable_days),
            cx.lang,
        )
        .worded(words)
    }

    /// The proposed level and the change, from the blocks of steps 2-5.
    fn decide(&self, acute: &[Block], caps: &[Block], down: &[Block], hold: &[Block]) -> Decision {
        let pk = self.cx.case.pickup;
        let current =
            pk.map(|pk| current_level(self.levels, pk.supervised_per_week, pk.take_home_days));
        let base = current.unwrap_or(0);
        let cap = caps.iter().filter_map(|b| b.cap).min().unwrap_or(self.top);
        let is_acute = !acute.is_empty();
        let mut held = false;
        let candidate = if !down.is_empty() {
            if base > self.cl { base - 1 } else { base }
        } else if !hold.is_empty() {
            held = true;
            base
        } else if base < self.top && self.up_blocks(base + 1).is_empty() {
            base + 1
        } else {
            base
        };
        let proposed = if is_acute { 0 } else { candidate.min(cap) };
        let change = match current {
            None => PickupChange::Unknown,
            Some(c) if proposed > c => PickupChange::Relax,
            Some(c) if proposed < c => PickupChange::Tighten,
            Some(_) if held && !is_acute => PickupChange::Hold,
            Some(_) => PickupChange::Keep,
        };
        Decision {
            current,
            proposed,
            change,
            acute: is_acute,
        }
    }

    /// Everything that holds the patient back: the reasons of steps 2-4
    /// that apply; under a keep or a hold also step 5 and what the next
    /// rung needs (never listed as reasons to tighten).
    fn holding_back(
        &self,
        d: &Decision,
        acute: Vec<Block>,
        caps: Vec<Block>,
        down: Vec<Block>,
        hold: Vec<Block>,
    ) -> Vec<Block> {
        let proposed = d.proposed;
        let mut holding: Vec<Block> = Vec::new();
        holding.extend(acute);
        holding.extend(
            caps.into_iter()
                .filter(|b| b.cap.is_some_and(|c| c <= proposed)),
        );
        holding.extend(down);
        if matches!(
            d.change,
            PickupChange::Keep | PickupChange::Hold | PickupChange::Unknown
        ) {
            holding.extend(hold);
            if proposed < self.top {
                for b in self.up_blocks(proposed + 1) {
                    if !holding.iter().any(|h| h.criterion == b.criterion) {
                        holding.push(b);
                    }
                }
            }
        }
        // Without `started_lar` and without a dose record the 0 days in LAR
        // come from no record: say so instead of "0 days in LAR".
        if latest_entry(self.cx).is_none() {
            for b in holding
                .iter_mut()
                .filter(|b| b.criterion == Criterion::DaysInLar)
            {
                b.words = crate::tr!(
                    self.cx.lang,
                    "pic-no-start-needs",
                    needs = b.needs.words(self.cx.lang)
                );
            }
        }
        holding
    }

    /// The proposal's notes.
    fn notes(&self, proposed: usize) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        if proposed > 0 && self.cx.case.patient.work_or_education {
            notes.push(crate::tr!(self.cx.lang, "pic-note-work"));
        }
        notes
    }

    /// PIC001 (a regime looser than supported) or PIC002 (it can be relaxed).
    fn pic001_or_002(&self, d: &Decision, pickup: &Pickup) -> Option<Finding> {
        let (cx, ms, levels) = (self.cx, self.ms, self.levels);
        let (Some(c), Some(pk)) = (d.current, cx.case.pickup) else {
            return None;
        };
        let proposed = d.proposed;
        let now = regime_words(
            u64::from(pk.supervised_per_week),
            u64::from(pk.take_home_days),
            cx.lang,
        );
        if c > proposed {
            let sev = if proposed == 0 && d.acute && pk.take_home_days > 0 {
                Severity::Critical
            } else {
                Severity::Warning
            };
            let why = pickup.reasons();
            Some(
                cx.report(
                    &PIC001,
                    sev,
                    crate::tr!(
                        cx.lang,
                        "pic001-message",
                        why = why.join("; "),
                        now = now.as_str(),
                        supported = level_words(&levels[proposed], cx.lang)
                    ),
                    Ev::new()
                        .int("current_level", c as i64)
                        .int("proposed_level", proposed as i64)
                        .int("supervised_per_week", i64::from(pk.supervised_per_week))
                        .int("take_home_days", i64::from(pk.take_home_days))
                        .val("acute", Value::from(d.acute))
                        .val("reasons", Value::from(why.clone())),
                    if sev == Severity::Critical {
                        crate::tr!(cx.lang, "pic001-suggestion-critical")
                    } else {
                        crate::tr!(
                            cx.lang,
                            "pic001-suggestion",
                            level = level_words(&levels[proposed], cx.lang)
                        )
                    },
                ),
            )
        } else if proposed == c + 1 {
            Some(
                cx.report(
                    &PIC002,
                    Severity::Info,
                    crate::tr!(
                        cx.lang,
                        "pic002-message",
                        now = now.as_str(),
                        level = level_words(&levels[proposed], cx.lang)
                    ),
                    Ev::new()
                        .int("current_level", c as i64)
                        .int("proposed_level", proposed as i64)
                        .int("stable_days", ms.stable_days)
                        .int("days_in_lar", ms.days_in_lar),
                    crate::tr!(
                        cx.lang,
                        "pic002-suggestion",
                        level = level_words(&levels[proposed], cx.lang)
                    ),
                ),
            )
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{current_level, level_words, regime_words};
    use crate::config::Config;
    use crate::i18n::Lang;

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
            regime_words(5, 2, Lang::En),
            "5 supervised intakes a week, 2 take-home doses"
        );
        assert_eq!(
            regime_words(6, 1, Lang::En),
            "6 supervised intakes a week, 1 take-home dose"
        );
        let c = Config::embedded();
        let l = &c.settings.pickup.level;
        assert_eq!(
            level_words(&l[0], Lang::En),
            "daily supervised intake, no take-home doses"
        );
        assert!(level_words(&l[2], Lang::En).contains("the weekend at home"));
    }
}
