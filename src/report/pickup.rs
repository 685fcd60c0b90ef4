//! Drug mastery and the pickup proposal as typed results (`output.md`,
//! `pickup.md`): built by `rules::pickup`, rendered by the JSON (through
//! `Serialize`, the contract's keys in the contract's order) and by the
//! table (through the fields), so the two can never disagree.

use crate::case::{Assessment, Medication};
use crate::config::Level;
use crate::i18n::Lang;
use chrono::NaiveDate;
use serde::Serialize;

/// A drug-mastery class: the JSON's `good`, `some-use`, `dependence-like`
/// or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Good drug mastery.
    Good,
    /// Some use.
    SomeUse,
    /// Dependence-like use.
    DependenceLike,
    /// No valid screen and no assessment in the window.
    Unknown,
}

impl Class {
    /// The class of an assessment, or `Unknown`.
    pub fn of(a: Option<Assessment>) -> Class {
        match a {
            Some(Assessment::Good) => Class::Good,
            Some(Assessment::SomeUse) => Class::SomeUse,
            Some(Assessment::DependenceLike) => Class::DependenceLike,
            None => Class::Unknown,
        }
    }

    /// The JSON spelling: `some-use`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Good => "good",
            Class::SomeUse => "some-use",
            Class::DependenceLike => "dependence-like",
            Class::Unknown => "unknown",
        }
    }

    /// In a LAR team's words, for sentences: `some use`, `noe bruk`.
    pub fn words(self, lang: Lang) -> String {
        crate::tr!(lang, &format!("mastery-class-{}", self.as_str()))
    }
}

/// What the mastery class rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Neither a screen that counts nor an assessment.
    None,
    /// The clinician assessment only.
    Assessment,
    /// The screens only.
    Screens,
    /// The worse of the screens and the assessment.
    ScreensAndAssessment,
}

/// The clinician assessment in the window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentSeen {
    /// Its class.
    pub class: Class,
    /// When it was made.
    pub assessed: NaiveDate,
}

/// A screen listed under mastery, with why it counts as it does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenNote {
    /// Day of the screen.
    pub date: NaiveDate,
    /// Why ("6-mam, morphine", "sample missed").
    pub why: String,
}

/// Drug mastery on `as_of` (`output.md` `mastery`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mastery {
    /// Final class.
    pub class: Class,
    /// The window, in days.
    pub window_days: i64,
    /// Screens in the window (baseline screens apart).
    pub screens: usize,
    /// Concern screens in the window.
    pub concern: usize,
    /// Some-use screens in the window.
    pub some_use: usize,
    /// Note screens in the window.
    pub note: usize,
    /// Clean screens in the window.
    pub clean: usize,
    /// Baseline screens in the window (not counted).
    pub baseline: usize,
    /// Days since the last concern screen (days in LAR without one).
    pub stable_days: i64,
    /// Days since the latest entry into LAR.
    pub days_in_lar: i64,
    /// The last concern screen in treatment.
    pub last_concern_screen: Option<NaiveDate>,
    /// What the class rests on.
    pub basis: Basis,
    /// The clinician assessment in the window.
    pub assessment: Option<AssessmentSeen>,
    /// The class the screens alone give.
    pub screen_class: Class,
    /// The concern screens in the window, in date order.
    pub concern_screens: Vec<ScreenNote>,
    /// The note screens in the window, in date order.
    pub note_screens: Vec<ScreenNote>,
    /// Concern screens in the window with an unexplained opioid or CNS
    /// depressant: (date, substances), for the proposal (not in the JSON).
    #[serde(skip)]
    pub depressant_concerns: Vec<(NaiveDate, Vec<String>)>,
}

/// A regime in the words of a LAR team: "daily supervised intake, no
/// take-home doses", "2 supervised intakes a week, 4 take-home doses".
pub fn regime_words(supervised: u64, take_home: u64, lang: Lang) -> String {
    crate::tr!(
        lang,
        "regime",
        supervised = supervised,
        take_home = take_home
    )
}

/// A level in the pharmacy's words: "5 supervised intakes a week, up to 2
/// take-home doses (supervised on weekdays, the weekend at home)". The
/// level's `words` are the configuration's; the embedded defaults have
/// their words in every language (`level-words-NAME`), words a clinic
/// configured are shown as written.
pub fn level_words(l: &Level, lang: Lang) -> String {
    let regime = crate::tr!(
        lang,
        "level",
        supervised = l.supervised_per_week,
        take_home = l.take_home_days
    );
    match &l.words {
        Some(w) if l.supervised_per_week != 7 => {
            let id = format!("level-words-{}", l.name);
            let w = if lang != Lang::En && crate::tr!(Lang::En, &id) == *w {
                crate::tr!(lang, &id)
            } else {
                w.clone()
            };
            crate::tr!(lang, "level-with-words", regime = regime, words = w)
        }
        _ => regime,
    }
}

/// What the proposal changes (`output.md` `pickup.change`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PickupChange {
    /// One rung up.
    Relax,
    /// The same level.
    Keep,
    /// The same level, held for a reason of step 5.
    Hold,
    /// Down.
    Tighten,
    /// No `[pickup]` recorded.
    Unknown,
    /// Depot, or treatment has ended.
    NotApplicable,
}

/// The patient's regime as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Current {
    /// The level it maps to (null for depot).
    pub level: Option<usize>,
    /// Supervised intakes a week.
    pub supervised_per_week: u32,
    /// Take-home doses at one pickup.
    pub take_home_days: u32,
}

impl Current {
    /// The regime in a LAR team's words ([`regime_words`]).
    pub fn words(&self, lang: Lang) -> String {
        regime_words(
            u64::from(self.supervised_per_week),
            u64::from(self.take_home_days),
            lang,
        )
    }
}

/// The proposed level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposed {
    /// Its rung (0 = daily supervised intake).
    pub level: usize,
    /// Its name.
    pub name: String,
    /// Supervised intakes a week.
    pub supervised_per_week: u32,
    /// Most take-home doses at one pickup.
    pub take_home_days: u32,
    /// In the pharmacy's words ([`level_words`]).
    pub words: String,
}

impl Proposed {
    /// Rung `level` of the ladder.
    pub fn of(level: usize, l: &Level, lang: Lang) -> Proposed {
        Proposed {
            level,
            name: l.name.clone(),
            supervised_per_week: l.supervised_per_week,
            take_home_days: l.take_home_days,
            words: level_words(l, lang),
        }
    }
}

/// Which step of pickup.md a criterion belongs to (`holding_back[].step`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Step {
    /// Step 2: daily supervised intake for an acute reason.
    #[serde(rename = "acute")]
    Acute,
    /// Step 3 (and the methadone-family cap of step 6): a cap.
    #[serde(rename = "cap")]
    Cap,
    /// Step 4: one rung down.
    #[serde(rename = "one-rung-down")]
    Down,
    /// Step 5: no relax now.
    #[serde(rename = "hold")]
    Hold,
    /// Step 6: what the next rung needs.
    #[serde(rename = "next-level-needs")]
    Next,
}

impl Step {
    /// Every step, in the order the table lists them.
    pub const ALL: [Step; 5] = [Step::Acute, Step::Cap, Step::Down, Step::Hold, Step::Next];

    /// The table's label for the step: `why (acute)`.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Step::Acute => "step-acute",
            Step::Cap => "step-cap",
            Step::Down => "step-down",
            Step::Hold => "step-hold",
            Step::Next => "step-next",
        };
        crate::tr!(lang, id)
    }
}

/// What holds a patient back (`holding_back[].criterion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// The induction or switch phase.
    EarlyTreatment,
    /// A missed run before today.
    MissedRun,
    /// An event after which tolerance may be low.
    ToleranceLossEvent,
    /// Repeated opioid or sedative use.
    SedativeOrOpioidUse,
    /// An unacknowledged critical INT004.
    CriticalCombination,
    /// Children in the home and no locked storage.
    SafeStorage,
    /// Too few days in LAR.
    DaysInLar,
    /// Drug mastery.
    Mastery,
    /// A switch within the methadone family.
    MethadoneFamilySwitch,
    /// A reduced restart today.
    ReducedRestart,
    /// A re-titration going on.
    Retitration,
    /// The clinic's cap for the methadone family.
    MethadoneFamilyCap,
    /// An unacknowledged critical finding that holds back pickup.
    CriticalSafetyFinding,
    /// Pregnancy.
    Pregnancy,
    /// A taper.
    Taper,
    /// Frequent missed doses (MIS003).
    FrequentMissedDoses,
    /// A recent overdose-risk event.
    OverdoseRiskEvent,
    /// A note screen in the window.
    NoteScreen,
    /// A known, prescribed combination (INT004 warning).
    KnownCombination,
    /// Too few stable days.
    StableDays,
    /// No valid screen recently.
    RecentScreen,
}

/// What a criterion needs (`holding_back[].needs`), with the configured
/// number in it. Two renderings: [`Need::json`] is the contract's string
/// (`"< 3 days"`), [`Need::words`] the table's ("fewer than 3 days").
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    /// At least this many days: `">= 90 days"`.
    AtLeast(i64),
    /// Fewer than this many days: `"< 3 days"`.
    FewerThan(i64),
    /// Past this episode day: `"after day 14"`.
    AfterDay(i64),
    /// Past this day of a switch: `"after day 14 of the switch"`.
    AfterSwitchDay(i64),
    /// A valid screen within this many days.
    ValidScreenWithin(i64),
    /// A valid screen or a clinician assessment within this many days.
    ScreenOrAssessmentWithin(i64),
    /// No overdose-risk event within this many days.
    NoEventWithin(i64),
    /// No note screen within this many days.
    NoNoteWithin(i64),
    /// This mastery class.
    Class(Class),
    /// Back at this daily dose (mg).
    BackAt(f64),
    /// At most this level for this medication (the level in words).
    LevelAtMost {
        /// The level in the pharmacy's words.
        level: String,
        /// The medication.
        medication: Medication,
    },
    /// Tolerance intact.
    ToleranceIntact,
    /// No repeated opioid or sedative use.
    NoRepeatedUse,
    /// No unacknowledged critical INT004.
    NoCriticalCombination,
    /// Locked storage.
    LockedStorage,
    /// No reduced restart.
    NoReducedRestart,
    /// No unacknowledged critical finding that holds back pickup.
    NoCriticalSafetyFinding,
    /// A decision with the pregnancy team.
    PregnancyTeam,
    /// No taper going on.
    NoTaper,
    /// Regular intake.
    RegularIntake,
    /// The combination reviewed.
    CombinationReviewed,
}

impl Need {
    /// The contract's string: `"< 3 days"`, `">= 90 days"`, `"good"`.
    pub fn json(&self, lang: Lang) -> String {
        match self {
            Need::AtLeast(n) => crate::tr!(lang, "need-json-at-least", days = *n),
            Need::FewerThan(n) => crate::tr!(lang, "need-json-fewer-than", days = *n),
            Need::Class(c) if lang == Lang::En => c.as_str().to_string(),
            _ => self.words(lang),
        }
    }

    /// In words, quoting the configured number: "fewer than 3 days", "a
    /// valid screen in the last 10 days".
    pub fn words(&self, lang: Lang) -> String {
        let days = |id: &str, n: i64| crate::tr!(lang, id, days = n);
        match self {
            Need::AtLeast(n) => days("need-at-least", *n),
            Need::FewerThan(n) => days("need-fewer-than", *n),
            Need::AfterDay(n) => days("need-after-day", *n),
            Need::AfterSwitchDay(n) => days("need-after-switch-day", *n),
            Need::ValidScreenWithin(n) => days("need-valid-screen-within", *n),
            Need::ScreenOrAssessmentWithin(n) => days("need-screen-or-assessment-within", *n),
            Need::NoEventWithin(n) => days("need-no-event-within", *n),
            Need::NoNoteWithin(n) => days("need-no-note-within", *n),
            Need::Class(c) => match lang {
                Lang::En => c.as_str().to_string(),
                _ => c.words(lang),
            },
            Need::BackAt(mg) => crate::tr!(lang, "need-back-at", mg = lang.mg(*mg)),
            Need::LevelAtMost { level, medication } => crate::tr!(
                lang,
                "need-level-at-most",
                level = level.as_str(),
                med = lang.medication(*medication)
            ),
            Need::ToleranceIntact => crate::tr!(lang, "need-tolerance-intact"),
            Need::NoRepeatedUse => crate::tr!(lang, "need-no-repeated-use"),
            Need::NoCriticalCombination => crate::tr!(lang, "need-no-critical-combination"),
            Need::LockedStorage => crate::tr!(lang, "need-locked-storage"),
            Need::NoReducedRestart => crate::tr!(lang, "need-no-reduced-restart"),
            Need::NoCriticalSafetyFinding => crate::tr!(lang, "need-no-critical-safety-finding"),
            Need::PregnancyTeam => crate::tr!(lang, "need-pregnancy-team"),
            Need::NoTaper => crate::tr!(lang, "need-no-taper"),
            Need::RegularIntake => crate::tr!(lang, "need-regular-intake"),
            Need::CombinationReviewed => crate::tr!(lang, "need-combination-reviewed"),
        }
    }
}

/// One entry of `holding_back`: what a criterion needs, what the case has,
/// and the phrase a doctor reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// What holds the patient back.
    pub criterion: Criterion,
    /// What it needs.
    #[serde(skip)]
    pub needs: Need,
    /// What it needs, as the JSON says it in the report's language
    /// ([`Need::json`]: `"< 3 days"`).
    #[serde(rename = "needs")]
    pub needs_text: String,
    /// What the case has.
    pub has: String,
    /// A step-2 reason for daily supervised intake.
    pub acute: bool,
    /// The step of pickup.md.
    pub step: Step,
    /// The phrase for the table ([`Block::default_words`] unless the rule
    /// says it better).
    pub words: String,
    /// The level a cap allows (caps only; not in the JSON).
    #[serde(skip)]
    pub cap: Option<usize>,
}

impl Block {
    /// A block with the default phrase, in `lang`.
    pub fn new(
        step: Step,
        criterion: Criterion,
        needs: Need,
        has: impl Into<String>,
        lang: Lang,
    ) -> Block {
        let has = has.into();
        Block {
            words: Block::default_words(criterion, &needs, &has, lang),
            needs_text: needs.json(lang),
            criterion,
            needs,
            has,
            acute: step == Step::Acute,
            step,
            cap: None,
        }
    }

    /// A cap to `level`.
    pub fn cap(
        level: usize,
        criterion: Criterion,
        needs: Need,
        has: impl Into<String>,
        lang: Lang,
    ) -> Block {
        Block {
            cap: Some(level),
            ..Block::new(Step::Cap, criterion, needs, has, lang)
        }
    }

    /// The same block with its own phrase, when given.
    pub fn worded(self, words: Option<String>) -> Block {
        match words {
            Some(words) => Block { words, ..self },
            None => self,
        }
    }

    /// What holds a patient back, as one phrase a doctor reads at a glance.
    pub fn default_words(criterion: Criterion, needs: &Need, has: &str, lang: Lang) -> String {
        let nw = needs.words(lang);
        let with = |id: &str| crate::tr!(lang, id, has = has, needs = nw.as_str());
        match criterion {
            Criterion::EarlyTreatment => match needs {
                Need::AfterDay(n) => crate::tr!(lang, "block-early-treatment", has = has, day = *n),
                _ => with("block-needs"),
            },
            Criterion::DaysInLar => with("block-days-in-lar"),
            Criterion::StableDays => with("block-stable-days"),
            // The class in words: "some use", never the bare "some-use".
            Criterion::Mastery => {
                let class = match has {
                    "good" | "some-use" | "dependence-like" | "unknown" => {
                        crate::tr!(lang, &format!("mastery-class-{has}"))
                    }
                    other => other.to_string(),
                };
                crate::tr!(lang, "block-mastery", class = class, needs = nw.as_str())
            }
            Criterion::MissedRun => with("block-missed-run"),
            Criterion::SafeStorage => crate::tr!(lang, "block-safe-storage"),
            Criterion::CriticalSafetyFinding => with("block-critical-safety-finding"),
            Criterion::RecentScreen => match needs {
                Need::ValidScreenWithin(n) => {
                    crate::tr!(lang, "block-recent-screen", days = *n, has = has)
                }
                _ => format!("no {} ({has})", nw.strip_prefix("a ").unwrap_or(&nw)),
            },
            Criterion::MethadoneFamilyCap => nw,
            Criterion::ReducedRestart
            | Criterion::Retitration
            | Criterion::ToleranceLossEvent
            | Criterion::OverdoseRiskEvent
            | Criterion::SedativeOrOpioidUse
            | Criterion::CriticalCombination
            | Criterion::MethadoneFamilySwitch
            | Criterion::Pregnancy
            | Criterion::Taper
            | Criterion::FrequentMissedDoses
            | Criterion::NoteScreen
            | Criterion::KnownCombination => has.to_string(),
        }
    }
}

/// The pickup proposal (`output.md` `pickup`, `pickup.md`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pickup {
    /// The recorded regime (null without `[pickup]`).
    pub current: Option<Current>,
    /// The proposed level (null when not applicable).
    pub proposed: Option<Proposed>,
    /// What changes.
    pub change: PickupChange,
    /// Everything that holds the patient back.
    pub holding_back: Vec<Block>,
    /// Depot only: when the next injection is due (`Some(None)`, a JSON
    /// null, when no injection is on record before `as_of`); absent for
    /// everyone else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_injection_due: Option<Option<NaiveDate>>,
    /// When to look again.
    pub review_by: NaiveDate,
    /// Notes.
    pub notes: Vec<String>,
}

impl Pickup {
    /// The reasons PIC001 gives for a regime looser than supported: the
    /// first three acute, cap and one-rung-down phrases.
    pub fn reasons(&self) -> Vec<String> {
        self.holding_back
            .iter()
            .filter(|b| matches!(b.step, Step::Acute | Step::Cap | Step::Down))
            .take(3)
            .map(|b| b.words.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_reads_as_the_contract_and_as_words_with_the_configured_number() {
        let en = Lang::En;
        assert_eq!(Need::FewerThan(3).json(en), "< 3 days");
        assert_eq!(Need::FewerThan(3).words(en), "fewer than 3 days");
        assert_eq!(Need::AtLeast(90).json(en), ">= 90 days");
        assert_eq!(Need::AtLeast(90).words(en), "at least 90 days");
        assert_eq!(Need::FewerThan(3).json(Lang::Nb), "< 3 dager");
        assert_eq!(
            Need::ValidScreenWithin(10).json(en),
            "a valid screen in the last 10 days"
        );
        let b = Block::new(
            Step::Next,
            Criterion::RecentScreen,
            Need::ValidScreenWithin(10),
            "last valid screen 2026-11-01",
            en,
        );
        assert_eq!(
            b.words,
            "no valid screen in the last 10 days (last valid screen 2026-11-01)"
        );
        let json = serde_json::to_string(&b).expect("serialises");
        assert_eq!(
            json,
            r#"{"criterion":"recent-screen","needs":"a valid screen in the last 10 days","has":"last valid screen 2026-11-01","acute":false,"step":"next-level-needs","words":"no valid screen in the last 10 days (last valid screen 2026-11-01)"}"#
        );
    }
}
