//! The typed parameters: one struct per table of `config/default.toml`,
//! every one strict (`deny_unknown_fields`). The numbers and their sources
//! live in the TOML file; these types only give them shape.

use crate::case::Group;
use serde::Deserialize;

/// A number per medication group; a missing group means "no limit".
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerGroup {
    /// Buprenorphine family (sublingual).
    pub buprenorphine: Option<f64>,
    /// Methadone.
    pub methadone: Option<f64>,
    /// Levomethadone.
    pub levomethadone: Option<f64>,
    /// Both slow-release morphine products.
    #[serde(rename = "morphine-sr")]
    pub morphine_sr: Option<f64>,
}

impl PerGroup {
    /// The value for a group.
    pub fn get(&self, g: Group) -> Option<f64> {
        match g {
            Group::Buprenorphine => self.buprenorphine,
            Group::Methadone => self.methadone,
            Group::Levomethadone => self.levomethadone,
            Group::MorphineSr => self.morphine_sr,
        }
    }
}

/// `[profile]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Profile name (`no-lar`).
    pub name: String,
    /// Rules version.
    pub version: String,
}

/// `[general]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct General {
    /// Findings about past doses older than this are not reported.
    pub history_lookback_days: i64,
    /// Days 1..=N of an induction or switch use the induction interval.
    pub titration_window_days: i64,
    /// Days 1..=N of an episode are early treatment.
    pub early_phase_days: i64,
    /// Another LAR medication in the N days before makes a switch.
    pub switch_window_days: i64,
    /// A methadone-family start has none in the N days before.
    pub methadone_family_gap_days: i64,
    /// The longest record accepted.
    pub max_history_days: i64,
    /// An `[[acknowledged]].until` at most this many days after `as_of`.
    pub acknowledgement_max_days: i64,
    /// A critical finding about a past event older than this many days
    /// before `as_of` (and not in the plan) is reported as a warning.
    pub recent_event_days: i64,
    /// A prescription with a `from` earlier than `as_of` minus this many
    /// days (or none) is long-standing.
    pub established_days: i64,
    /// A case file larger than this many MiB is refused unread.
    pub max_case_mib: u64,
}

/// `[taper]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taper {
    /// Window for phase `taper`.
    pub window_days: i64,
    /// Reductions needed.
    pub min_reductions: usize,
}

/// `[dos001]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos001 {
    /// Warning above.
    pub warning_mg: PerGroup,
    /// Critical above.
    pub critical_mg: PerGroup,
}

/// `[dos002]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos002 {
    /// Largest single increase.
    pub step_mg: PerGroup,
}

/// `[dos003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos003 {
    /// Interval in days 1-28 of an induction or switch.
    pub induction_interval_days: PerGroup,
    /// Interval afterwards.
    pub maintenance_interval_days: f64,
}

/// `[dos004]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos004 {
    /// Weekly cap on increases.
    pub cap_mg: PerGroup,
}

/// `[dos005]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos005 {
    /// Warning above.
    pub warning_mg: PerGroup,
    /// Critical above.
    pub critical_mg: PerGroup,
}

/// `[dos006]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos006 {
    /// Effective minimum.
    pub min_mg: PerGroup,
    /// Judge after this episode day.
    pub after_episode_day: i64,
    /// Screens in the last N days.
    pub screen_window_days: i64,
}

/// `[dos008]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos008 {
    /// Hours after a short-acting opioid.
    pub short_acting_hours: f64,
    /// Hours after a long-acting opioid.
    pub long_acting_hours: f64,
    /// Minimum COWS.
    pub min_cows: i64,
}

/// `[dos009]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dos009 {
    /// Weekly strengths.
    pub weekly_strengths_mg: Vec<f64>,
    /// Monthly strengths.
    pub monthly_strengths_mg: Vec<f64>,
    /// Weekly maximum.
    pub weekly_max_mg: f64,
    /// Monthly maximum.
    pub monthly_max_mg: f64,
}

/// What MIS001 advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    /// Give a reduced dose.
    Reduce,
    /// See the prescriber before dosing.
    SeePrescriber,
    /// Reassess; usually the last dose.
    Review,
    /// Start again as an induction.
    ReInduce,
}

impl Action {
    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A configurable severity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Review at the next consultation.
    Warning,
    /// Act before the next dose or pickup.
    Critical,
}

impl Severity {
    /// The spelling.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One MIS001 row.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissRow {
    /// From this many missed days.
    pub days: i64,
    /// The action.
    pub action: Action,
    /// Fraction of the last dose (not for re-induce).
    pub fraction: Option<f64>,
    /// Cap on the advised dose.
    pub cap_mg: Option<f64>,
    /// Severity.
    pub severity: Severity,
}

/// MIS001 rows per group.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissTable {
    /// Buprenorphine family.
    pub buprenorphine: Vec<MissRow>,
    /// Methadone.
    pub methadone: Vec<MissRow>,
    /// Levomethadone.
    pub levomethadone: Vec<MissRow>,
    /// Slow-release morphine.
    #[serde(rename = "morphine-sr")]
    pub morphine_sr: Vec<MissRow>,
}

impl MissTable {
    /// Rows for a group.
    pub fn rows(&self, g: Group) -> &[MissRow] {
        match g {
            Group::Buprenorphine => &self.buprenorphine,
            Group::Methadone => &self.methadone,
            Group::Levomethadone => &self.levomethadone,
            Group::MorphineSr => &self.morphine_sr,
        }
    }

    /// The row reached by a run of `days`, if any (the longest one reached).
    pub fn row(&self, g: Group, days: i64) -> Option<&MissRow> {
        self.rows(g)
            .iter()
            .filter(|r| r.days <= days)
            .max_by_key(|r| r.days)
    }

    /// Days from which a run requires re-induction.
    pub fn reinduce_days(&self, g: Group) -> Option<i64> {
        self.rows(g)
            .iter()
            .filter(|r| r.action == Action::ReInduce)
            .map(|r| r.days)
            .min()
    }
}

/// `[mis003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mis003 {
    /// Window.
    pub window_days: i64,
    /// Days needed.
    pub min_days: i64,
}

/// `[mis004]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mis004 {
    /// Weekly interval.
    pub weekly_interval_days: i64,
    /// Weekly allowed window.
    pub weekly_window_days: i64,
    /// Monthly interval.
    pub monthly_interval_days: i64,
    /// Monthly allowed window.
    pub monthly_window_days: i64,
}

/// `[swi001]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swi001 {
    /// Highest last full-agonist dose.
    pub limit_mg: PerGroup,
}

/// A ratio parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    /// The ratio.
    pub ratio: f64,
}

/// `[swi006]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swi006 {
    /// Limit.
    pub limit_mg: f64,
}

/// `[swi008]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swi008 {
    /// Largest first dose of a micro-induction.
    pub max_first_dose_mg: f64,
}

/// One SWI003 band.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Upper bound of the last sublingual dose.
    pub up_to_mg: Option<f64>,
    /// Whether the bound is inclusive (default true).
    #[serde(default = "yes")]
    pub inclusive: bool,
    /// Matching weekly dose.
    pub weekly_mg: Option<f64>,
    /// Matching monthly dose.
    pub monthly_mg: Option<f64>,
}

fn yes() -> bool {
    true
}

/// `[swi003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swi003 {
    /// Bands in ascending order.
    pub band: Vec<Band>,
}

impl Swi003 {
    /// The band for a last sublingual dose.
    pub fn band_for(&self, d: f64) -> Option<&Band> {
        self.band.iter().find(|b| match b.up_to_mg {
            None => true,
            Some(u) if b.inclusive => d <= u + 1e-9,
            Some(u) => d < u - 1e-9,
        })
    }
}

/// `[tap001]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tap001 {
    /// Fraction of the dose per 7 days.
    pub fraction: f64,
    /// Minimum step.
    pub min_step_mg: PerGroup,
}

/// `[tap002]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tap002 {
    /// Days of follow-up.
    pub follow_up_days: i64,
}

/// `[prg001]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prg001 {
    /// First gestational week for a reduction.
    pub first_week: i64,
    /// Last gestational week for a reduction.
    pub last_week: i64,
}

/// `[prg002]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prg002 {
    /// Outpatient limit.
    pub outpatient_mg: PerGroup,
    /// Inpatient limit.
    pub inpatient_mg: PerGroup,
}

/// `[prg003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prg003 {
    /// From this gestational week a methadone-family dose may need to rise
    /// or be split.
    pub third_trimester_week: i64,
}

/// `[dat007]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dat007 {
    /// The window looked at (the last N days before `as_of`).
    pub window_days: i64,
    /// More days than this with two LAR molecules fire.
    pub overlap_max_days: i64,
}

/// `[dat008]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dat008 {
    /// A LAR daily dose below this is implausible.
    pub min_daily_mg: PerGroup,
    /// A methadone-family `every` above this is implausible.
    pub full_agonist_max_every: u32,
}

/// `[bzd003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bzd003 {
    /// Most drugs allowed from the group.
    pub max_drugs: usize,
}

/// `[int007]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Int007 {
    /// Days after stopping that still count.
    pub recently_stopped_days: i64,
}

/// `[int004]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Int004 {
    /// Classes needed besides the LAR medication.
    pub min_classes: usize,
    /// Screens in the last N days count.
    pub screen_window_days: i64,
}

/// `[qtc001]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qtc001 {
    /// Men.
    pub warning_male_ms: f64,
    /// Women.
    pub warning_female_ms: f64,
    /// Sex absent or other.
    pub warning_other_ms: f64,
    /// Everyone.
    pub critical_ms: f64,
}

/// `[qtc002]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qtc002 {
    /// Days after the start before it fires.
    pub after_start_days: i64,
    /// ECGs from this many days before the start count.
    pub before_start_days: i64,
}

/// `[qtc004]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qtc004 {
    /// A normal ECG from the last N days, taken after every QT drug's
    /// start, makes QTC004 info.
    pub ecg_valid_days: i64,
}

/// `[qtc003]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qtc003 {
    /// Methadone threshold.
    pub methadone_mg: f64,
    /// Levomethadone threshold.
    pub levomethadone_mg: f64,
    /// Days between ECGs.
    pub interval_days: i64,
}

/// `[odr]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Odr {
    /// ODR001 window.
    pub event_window_days: i64,
    /// Missed run that is a risk factor.
    pub missed_run_days: i64,
    /// An event's window starts this many days before it.
    pub days_before_event: i64,
    /// An event's window ends this many days after it.
    pub days_after_event: i64,
}

/// `[screens]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screens {
    /// SCR window.
    pub window_days: i64,
    /// A LAR medication dosed in the N days up to and including a screen
    /// explains its substances (per medication group).
    pub medication_days: PerGroup,
    /// SCR002 expects the substances of a medication dosed in these days.
    pub absence_days: i64,
    /// Creatinine cut-off.
    pub creatinine_cutoff_mmol_l: f64,
    /// Default urine panel.
    pub urine_panel: Vec<String>,
    /// Default oral-fluid and blood panel.
    pub other_panel: Vec<String>,
}

impl Screens {
    /// The explaining days of a medication group (7 when not configured).
    pub fn medication_days_of(&self, g: Group) -> i64 {
        self.medication_days.get(g).map_or(7, |d| d as i64)
    }

    /// The longest explaining days of any group.
    pub fn max_medication_days(&self) -> i64 {
        [
            Group::Buprenorphine,
            Group::Methadone,
            Group::Levomethadone,
            Group::MorphineSr,
        ]
        .into_iter()
        .map(|g| self.medication_days_of(g))
        .max()
        .unwrap_or(7)
    }
}

/// How a screen result or sample status counts toward drug mastery
/// (pickup.md, "Policies").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// Shown; never tightens, but holds the regime.
    Note,
    /// Some use: one rung down.
    SomeUse,
    /// A concern screen.
    Concern,
}

/// `[mastery]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MasteryParams {
    /// Window.
    pub window_days: i64,
    /// Concern screens for dependence-like.
    pub dependence_like_min_concern: usize,
    /// Cannabis found and not prescribed.
    pub cannabis: Policy,
    /// Status `missed`.
    pub sample_missed: Policy,
    /// Status `refused`.
    pub sample_refused: Policy,
    /// Status `dilute`, or creatinine below the cut-off.
    pub sample_dilute: Policy,
    /// Status `adulterated`.
    pub sample_adulterated: Policy,
}

/// One pickup level.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Name.
    pub name: String,
    /// Supervised intakes a week.
    pub supervised_per_week: u32,
    /// Most take-home doses at one pickup.
    pub take_home_days: u32,
    /// The regime in the pharmacy's words.
    #[serde(default)]
    pub words: Option<String>,
    /// Days in LAR needed to move up to it.
    pub days_in_lar: Option<i64>,
    /// Stable days needed to move up to it.
    pub stable_days: Option<i64>,
    /// A valid screen in the last `recent_screen_days` is needed to move up to it.
    #[serde(default)]
    pub recent_screen: bool,
}

/// `[pickup]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickupParams {
    /// Capped at `cap_level` below this many days in LAR.
    pub min_days_in_lar: i64,
    /// The level of the caps (the first 90 days, dependence-like without
    /// an acute reason, a switch within the methadone family).
    pub cap_level: usize,
    /// Days in LAR count from a re-induction after this many days away.
    pub reentry_gap_days: i64,
    /// Events in this window count.
    pub event_window_days: i64,
    /// A valid screen this recent is needed to move up.
    pub recent_screen_days: i64,
    /// Days after a reduced restart that the re-titration caps the regime.
    pub retitration_days: i64,
    /// Highest level for the methadone family.
    pub methadone_family_max_level: usize,
    /// Review after this many days.
    pub review_days: i64,
    /// The ladder, level 0 first.
    pub level: Vec<Level>,
}

/// Every parameter, typed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub profile: Profile,
    pub general: General,
    pub taper: Taper,
    pub dosing_step: PerGroup,
    pub dos001: Dos001,
    pub dos002: Dos002,
    pub dos003: Dos003,
    pub dos004: Dos004,
    pub dos005: Dos005,
    pub dos006: Dos006,
    pub dos008: Dos008,
    pub dos009: Dos009,
    pub mis001: MissTable,
    pub mis003: Mis003,
    pub mis004: Mis004,
    pub swi001: Swi001,
    pub swi003: Swi003,
    pub swi004: Ratio,
    pub swi005: Ratio,
    pub swi006: Swi006,
    pub swi008: Swi008,
    pub tap001: Tap001,
    pub tap002: Tap002,
    pub prg001: Prg001,
    pub prg002: Prg002,
    pub prg003: Prg003,
    pub bzd003: Bzd003,
    pub dat007: Dat007,
    pub dat008: Dat008,
    pub int004: Int004,
    pub int007: Int007,
    pub qtc001: Qtc001,
    pub qtc002: Qtc002,
    pub qtc003: Qtc003,
    pub qtc004: Qtc004,
    pub odr: Odr,
    pub screens: Screens,
    pub mastery: MasteryParams,
    pub pickup: PickupParams,
}
