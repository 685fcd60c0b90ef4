//! Parameters: the embedded `config/default.toml`, layered with `--config`.
//!
//! Each layer is a TOML table merged key by key over the ones before it
//! (arrays of tables are replaced whole), then the result is read into the
//! typed [`Settings`] with unknown keys denied. The source of every number is
//! the comment after it in `config/default.toml`; [`Sources`] reads those
//! comments so that `explain` and the findings can cite them, and marks a key
//! that a layer overrode with the file it came from.

use crate::case::Group;
use crate::error::Error;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The embedded defaults.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

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
        match self {
            Action::Reduce => "reduce",
            Action::SeePrescriber => "see-prescriber",
            Action::Review => "review",
            Action::ReInduce => "re-induce",
        }
    }
}

/// A configurable severity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
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
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
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
}

/// `[screens]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screens {
    /// SCR window.
    pub window_days: i64,
    /// LAR medications dosed in the N days up to a screen explain it.
    pub medication_days: i64,
    /// Creatinine cut-off.
    pub creatinine_cutoff_mmol_l: f64,
    /// Default urine panel.
    pub urine_panel: Vec<String>,
    /// Default oral-fluid and blood panel.
    pub other_panel: Vec<String>,
}

/// How cannabis counts toward drug mastery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CannabisRule {
    /// A minor finding (default).
    Minor,
    /// A concern like any other substance.
    Concern,
    /// Ignored.
    Ignore,
}

/// `[mastery]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MasteryParams {
    /// Window.
    pub window_days: i64,
    /// Concern screens for dependence-like.
    pub dependence_like_min_concern: usize,
    /// A missed sample is a concern.
    pub missed_is_concern: bool,
    /// A refused sample is a concern.
    pub refused_is_concern: bool,
    /// A dilute sample is a concern.
    pub dilute_is_concern: bool,
    /// An adulterated sample is a concern.
    pub adulterated_is_concern: bool,
    /// Cannabis.
    pub cannabis: CannabisRule,
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
    /// Days in LAR needed to move up to it.
    pub days_in_lar: Option<i64>,
    /// Stable days needed to move up to it.
    pub stable_days: Option<i64>,
}

/// `[pickup]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickupParams {
    /// Level 0 below this many days in LAR.
    pub min_days_in_lar: i64,
    /// Level 0 after a missed run this long.
    pub missed_run_days: i64,
    /// Level 0 after an ODR001 event in this window.
    pub event_window_days: i64,
    /// A valid screen this recent is needed to move up.
    pub recent_screen_days: i64,
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
    pub bzd003: Bzd003,
    pub int004: Int004,
    pub int007: Int007,
    pub qtc001: Qtc001,
    pub qtc002: Qtc002,
    pub qtc003: Qtc003,
    pub odr: Odr,
    pub screens: Screens,
    pub mastery: MasteryParams,
    pub pickup: PickupParams,
}

/// Where each parameter's number comes from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    by_key: BTreeMap<String, String>,
}

impl Sources {
    /// The source of a dotted key (`dos001.warning_mg.methadone`), or of its
    /// nearest parent that has one.
    pub fn of(&self, key: &str) -> Option<&str> {
        let mut k = key;
        loop {
            if let Some(s) = self.by_key.get(k) {
                return Some(s);
            }
            k = &k[..k.rfind('.')?];
        }
    }

    /// Every key with its source, sorted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_key.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// The parameters in force plus their provenance.
#[derive(Debug, Clone)]
pub struct Config {
    /// Typed parameters.
    pub settings: Settings,
    /// The merged table (for `explain` and `validate --show-config`).
    pub table: toml::Table,
    /// Source of every key.
    pub sources: Sources,
    /// The drug catalogue (embedded `config/drugs.toml` plus `--drugs` layers).
    pub catalogue: crate::drugs::Catalogue,
}

impl Config {
    /// The embedded defaults alone.
    pub fn embedded() -> Config {
        Config::load(&[], &[]).expect("the embedded config/default.toml is valid (tested)")
    }

    /// The defaults with each `(name, text)` layer over them, in order.
    pub fn load(
        layers: &[(String, String)],
        drug_layers: &[(String, String)],
    ) -> Result<Config, Error> {
        let mut table: toml::Table = toml::from_str(DEFAULT_TOML).map_err(|e| Error::Config {
            path: "<embedded>".into(),
            message: e.to_string(),
        })?;
        let mut sources = Sources {
            by_key: comment_sources(DEFAULT_TOML),
        };
        let mut settings: Settings =
            table
                .clone()
                .try_into()
                .map_err(|e: toml::de::Error| Error::Config {
                    path: "<embedded>".into(),
                    message: e.message().to_string(),
                })?;
        for (name, text) in layers {
            let layer: toml::Table = toml::from_str(text).map_err(|e| Error::Config {
                path: name.clone(),
                message: positioned(text, &e),
            })?;
            let mut set = Vec::new();
            check_known(&table, &layer, "", text, name)?;
            merge(&mut table, layer, "", &mut set);
            settings = table
                .clone()
                .try_into()
                .map_err(|e: toml::de::Error| Error::Config {
                    path: name.clone(),
                    message: e.message().to_string(),
                })?;
            for k in set {
                sources.by_key.retain(|old, _| {
                    !(old == &k
                        || old.starts_with(&format!("{k}."))
                        || old.starts_with(&format!("{k}[")))
                });
                sources.by_key.insert(k, format!("set in {name}"));
            }
        }
        validate(&settings).map_err(|message| Error::Config {
            path: layers
                .last()
                .map(|l| l.0.clone())
                .unwrap_or_else(|| "<embedded>".into()),
            message,
        })?;
        let mut catalogue = crate::drugs::Catalogue::embedded();
        for (name, text) in drug_layers {
            catalogue.overlay(text, name).map_err(|e| Error::Config {
                path: name.clone(),
                message: e.to_string(),
            })?;
        }
        Ok(Config {
            settings,
            table,
            sources,
            catalogue,
        })
    }
}

fn positioned(text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(span) => {
            let (l, c) = crate::case::parse::LineIndex::new(text).locate(span.start);
            format!("{l}:{c}: {}", e.message().trim())
        }
        None => e.message().trim().to_string(),
    }
}

/// Every key in `layer` must exist in `base` (arrays of tables are checked
/// by the typed read afterwards).
fn check_known(
    base: &toml::Table,
    layer: &toml::Table,
    prefix: &str,
    text: &str,
    name: &str,
) -> Result<(), Error> {
    for (k, v) in layer {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match base.get(k) {
            None => {
                let line = text
                    .lines()
                    .position(|l| {
                        let t = l.trim_start();
                        t.starts_with(&format!("{k} "))
                            || t.starts_with(&format!("{k}="))
                            || t.contains(&format!("[{path}]"))
                            || t.contains(&format!("[[{path}]]"))
                    })
                    .map(|n| format!("{}:1: ", n + 1))
                    .unwrap_or_default();
                return Err(Error::Config {
                    path: name.to_string(),
                    message: format!(
                        "{line}unknown key `{path}`{}",
                        crate::suggest::hint(k, base.keys().map(String::as_str))
                    ),
                });
            }
            Some(toml::Value::Table(bt)) => {
                if let toml::Value::Table(lt) = v {
                    check_known(bt, lt, &path, text, name)?;
                }
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn merge(base: &mut toml::Table, layer: toml::Table, prefix: &str, set: &mut Vec<String>) {
    for (k, v) in layer {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(bt)), toml::Value::Table(lt)) => merge(bt, lt, &path, set),
            (_, v) => {
                base.insert(k, v);
                set.push(path);
            }
        }
    }
}

fn validate(s: &Settings) -> Result<(), String> {
    let g = &s.general;
    for (k, v) in [
        ("general.history_lookback_days", g.history_lookback_days),
        ("general.titration_window_days", g.titration_window_days),
        ("general.early_phase_days", g.early_phase_days),
        ("general.switch_window_days", g.switch_window_days),
        ("general.max_history_days", g.max_history_days),
    ] {
        if v <= 0 {
            return Err(format!("`{k}` must be a positive number of days"));
        }
    }
    if s.pickup.level.is_empty() {
        return Err("`pickup.level` needs at least level 0".into());
    }
    for (i, w) in s.pickup.level.windows(2).enumerate() {
        if w[1].supervised_per_week > w[0].supervised_per_week
            || w[1].take_home_days < w[0].take_home_days
        {
            return Err(format!(
                "`pickup.level[{}]` must be looser than the level before it",
                i + 1
            ));
        }
    }
    for list in [&s.screens.urine_panel, &s.screens.other_panel] {
        for sub in list {
            if !crate::screens::SUBSTANCES.contains(&sub.as_str()) {
                return Err(format!(
                    "unknown screen substance `{sub}` in a `screens` panel{}",
                    crate::suggest::hint(sub, crate::screens::SUBSTANCES.iter().copied())
                ));
            }
        }
    }
    if !(0.0..=1.0).contains(&s.tap001.fraction) {
        return Err("`tap001.fraction` must be between 0 and 1".into());
    }
    for (name, rows) in [
        ("buprenorphine", &s.mis001.buprenorphine),
        ("methadone", &s.mis001.methadone),
        ("levomethadone", &s.mis001.levomethadone),
        ("morphine-sr", &s.mis001.morphine_sr),
    ] {
        for r in rows {
            if r.days < 1 {
                return Err(format!("`mis001.{name}` rows need `days` of at least 1"));
            }
            if r.action != Action::ReInduce && r.fraction.is_none() {
                return Err(format!(
                    "`mis001.{name}` row for {} days needs a `fraction`",
                    r.days
                ));
            }
        }
    }
    Ok(())
}

/// Reads `key = value  # source` lines of a TOML text into dotted keys.
/// Arrays of tables are numbered (`mis001.methadone[1].days`). A table
/// header's own comment becomes the source of the table when its keys have
/// none.
pub fn comment_sources(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut table = String::new();
    let mut counters: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let (code, comment) = match t.find(" #") {
            Some(i) if !t[..i].contains('"') || t[..i].matches('"').count() % 2 == 0 => {
                (t[..i].trim(), Some(t[i + 2..].trim()))
            }
            _ => (t, None),
        };
        if let Some(h) = code.strip_prefix("[[").and_then(|h| h.strip_suffix("]]")) {
            let n = counters
                .entry(h.to_string())
                .and_modify(|n| *n += 1)
                .or_insert(0);
            table = format!("{h}[{n}]");
        } else if let Some(h) = code.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            table = h.to_string();
            if let Some(c) = comment {
                out.insert(table.clone(), c.to_string());
            }
        } else if let Some((k, _)) = code.split_once('=')
            && let Some(c) = comment
        {
            let key = if table.is_empty() {
                k.trim().to_string()
            } else {
                format!("{table}.{}", k.trim())
            };
            out.insert(key, c.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_load() {
        let c = Config::embedded();
        assert_eq!(c.settings.dos001.warning_mg.methadone, Some(30.0));
        assert_eq!(c.settings.mis001.reinduce_days(Group::Methadone), Some(5));
    }

    #[test]
    fn every_number_in_the_defaults_names_its_source() {
        let sources = comment_sources(DEFAULT_TOML);
        let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
        fn walk(
            t: &toml::Table,
            prefix: &str,
            sources: &BTreeMap<String, String>,
            missing: &mut Vec<String>,
        ) {
            for (k, v) in t {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                match v {
                    toml::Value::Table(inner) => walk(inner, &path, sources, missing),
                    toml::Value::Array(items)
                        if items.iter().all(|i| i.is_table()) && !items.is_empty() =>
                    {
                        for (n, i) in items.iter().enumerate() {
                            walk(
                                i.as_table().unwrap(),
                                &format!("{path}[{n}]"),
                                sources,
                                missing,
                            );
                        }
                    }
                    _ => {
                        if !sources.contains_key(&path) {
                            missing.push(path);
                        }
                    }
                }
            }
        }
        let mut missing = Vec::new();
        walk(&table, "", &sources, &mut missing);
        assert!(
            missing.is_empty(),
            "keys without a source comment: {missing:?}"
        );
    }

    #[test]
    fn a_layer_overrides_and_is_cited() {
        let c = Config::load(
            &[(
                "clinic.toml".into(),
                "[dos002.step_mg]\nmethadone = 5\n".into(),
            )],
            &[],
        )
        .unwrap();
        assert_eq!(c.settings.dos002.step_mg.methadone, Some(5.0));
        assert_eq!(
            c.sources.of("dos002.step_mg.methadone"),
            Some("set in clinic.toml")
        );
        assert_eq!(
            c.sources.of("dos002.step_mg.buprenorphine"),
            Some("N10-V11 (NO switch tables 8 -> 12 -> 16 mg)")
        );
    }

    #[test]
    fn an_unknown_key_in_a_layer_is_an_error_with_a_suggestion() {
        let e = Config::load(
            &[("x.toml".into(), "[dos002.step_mg]\nmetadone = 5\n".into())],
            &[],
        )
        .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("unknown key `dos002.step_mg.metadone`"), "{s}");
        assert!(s.contains("did you mean `methadone`"), "{s}");
        assert!(s.contains("2:1"), "{s}");
    }

    #[test]
    fn a_wrong_type_in_a_layer_is_an_error() {
        assert!(
            Config::load(
                &[(
                    "x.toml".into(),
                    "[general]\nhistory_lookback_days = \"ninety\"\n".into()
                )],
                &[]
            )
            .is_err()
        );
    }
}
