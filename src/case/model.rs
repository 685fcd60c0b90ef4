//! The validated case: what the engine reads.
//!
//! Everything here has passed validation (`parse.rs`, `validate.rs`): dates
//! are real dates, doses are positive and finite, names are known. The
//! engine never sees a raw TOML value.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use std::fmt;

/// A LAR medication (case-format.md, "Medications").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Medication {
    /// Sublingual buprenorphine (Subutex and generics).
    Buprenorphine,
    /// Buprenorphine-naloxone (Suboxone, Bunalict).
    BuprenorphineNaloxone,
    /// Racemic methadone.
    Methadone,
    /// Levomethadone (R-methadone), about twice as potent per mg.
    Levomethadone,
    /// 24-hour slow-release oral morphine (Substitol).
    #[serde(rename = "morphine-sr-24h")]
    #[strum(serialize = "morphine-sr-24h")]
    MorphineSr24h,
    /// 12-hour slow-release oral morphine.
    #[serde(rename = "morphine-sr-12h")]
    #[strum(serialize = "morphine-sr-12h")]
    MorphineSr12h,
    /// Depot buprenorphine (Buvidal), weekly or monthly injections.
    BuprenorphineDepot,
}

/// The rule group a medication's numbers are configured under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// Buprenorphine family (sublingual; depot has its own rules).
    Buprenorphine,
    /// Methadone.
    Methadone,
    /// Levomethadone.
    Levomethadone,
    /// Both slow-release morphine products.
    MorphineSr,
}

impl Group {
    /// The key used in `config/default.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Group::Buprenorphine => "buprenorphine",
            Group::Methadone => "methadone",
            Group::Levomethadone => "levomethadone",
            Group::MorphineSr => "morphine-sr",
        }
    }
}

impl Medication {
    /// Every medication, in the spec's order.
    pub const ALL: [Medication; 7] = [
        Medication::Buprenorphine,
        Medication::BuprenorphineNaloxone,
        Medication::Methadone,
        Medication::Levomethadone,
        Medication::MorphineSr24h,
        Medication::MorphineSr12h,
        Medication::BuprenorphineDepot,
    ];

    /// The exact spelling in case files (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Parses the exact spelling.
    pub fn parse(s: &str) -> Option<Medication> {
        s.parse().ok()
    }

    /// Full agonists: methadone, levomethadone and both morphine products.
    pub fn is_methadone_family(self) -> bool {
        matches!(
            self,
            Medication::Methadone
                | Medication::Levomethadone
                | Medication::MorphineSr24h
                | Medication::MorphineSr12h
        )
    }

    /// Buprenorphine, buprenorphine-naloxone and depot.
    pub fn is_buprenorphine_family(self) -> bool {
        !self.is_methadone_family()
    }

    /// Depot buprenorphine.
    pub fn is_depot(self) -> bool {
        self == Medication::BuprenorphineDepot
    }

    /// Both slow-release morphine products.
    pub fn is_morphine(self) -> bool {
        matches!(self, Medication::MorphineSr24h | Medication::MorphineSr12h)
    }

    /// The configuration group of the dose rules.
    pub fn group(self) -> Group {
        match self {
            Medication::Buprenorphine
            | Medication::BuprenorphineNaloxone
            | Medication::BuprenorphineDepot => Group::Buprenorphine,
            Medication::Methadone => Group::Methadone,
            Medication::Levomethadone => Group::Levomethadone,
            Medication::MorphineSr24h | Medication::MorphineSr12h => Group::MorphineSr,
        }
    }

    /// One molecule, another product (buprenorphine ↔ buprenorphine-naloxone,
    /// morphine-sr-12h ↔ morphine-sr-24h).
    pub fn same_molecule(self, other: Medication) -> bool {
        self != other
            && matches!(
                (self, other),
                (Medication::Buprenorphine, Medication::BuprenorphineNaloxone)
                    | (Medication::BuprenorphineNaloxone, Medication::Buprenorphine)
                    | (Medication::MorphineSr24h, Medication::MorphineSr12h)
                    | (Medication::MorphineSr12h, Medication::MorphineSr24h)
            )
    }

    /// The molecule: one name for every product of it (buprenorphine,
    /// buprenorphine-naloxone and depot are buprenorphine; both morphine
    /// products are morphine).
    pub fn molecule(self) -> &'static str {
        match self {
            Medication::Buprenorphine
            | Medication::BuprenorphineNaloxone
            | Medication::BuprenorphineDepot => "buprenorphine",
            Medication::Methadone => "methadone",
            Medication::Levomethadone => "levomethadone",
            Medication::MorphineSr24h | Medication::MorphineSr12h => "morphine",
        }
    }

    /// Screen substances this medication explains (case-format.md).
    pub fn screen_substances(self) -> &'static [&'static str] {
        match self {
            Medication::Methadone | Medication::Levomethadone => &["methadone", "eddp"],
            Medication::MorphineSr24h | Medication::MorphineSr12h => &["morphine", "opiates"],
            _ => &["buprenorphine", "norbuprenorphine"],
        }
    }
}

/// The medication in a LAR team's words, for messages ("depot
/// buprenorphine", "slow-release morphine (24 h)"); the case file, the
/// JSON and the evidence keep [`Medication::as_str`].
impl fmt::Display for Medication {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Medication::MorphineSr24h => "slow-release morphine (24 h)",
            Medication::MorphineSr12h => "slow-release morphine (12 h)",
            Medication::BuprenorphineDepot => "depot buprenorphine",
            other => other.as_str(),
        })
    }
}

/// Patient sex, used by QTC001's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Other.
    Other,
}

impl Sex {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Treatment setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Setting {
    /// Outpatient (the default).
    #[default]
    Outpatient,
    /// Inpatient (døgnenhet).
    Inpatient,
}

impl Setting {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// `[patient]`.
#[derive(Debug, Clone, Default)]
pub struct Patient {
    /// Pseudonymous id.
    pub id: String,
    /// Birth year (informational).
    pub born: Option<i64>,
    /// Sex.
    pub sex: Option<Sex>,
    /// Gestational week on `as_of`; `None` = not pregnant.
    pub pregnancy_week: Option<i64>,
    /// Children live in the home.
    pub children_in_home: bool,
    /// Locked storage for take-home doses (an absent key reads as `false`:
    /// not safe, for every rule).
    pub safe_storage: bool,
    /// `safe_storage` is in the file (`false` with this unset means "not
    /// documented", which the wording tells apart from "cannot be locked
    /// away"; no rule decides on it).
    pub safe_storage_recorded: bool,
    /// In work or education.
    pub work_or_education: bool,
}

/// `[treatment]`.
#[derive(Debug, Clone)]
pub struct Treatment {
    /// The LAR medication now.
    pub medication: Medication,
    /// The product the file names it by (`"Suboxone"`), as the catalogue
    /// spells it; `None` when the file gives the medication name itself.
    pub medication_product: Option<String>,
    /// `as_of` written in the file.
    pub as_of: Option<NaiveDate>,
    /// First day in LAR.
    pub started_lar: Option<NaiveDate>,
    /// First day on the current medication.
    pub medication_since: Option<NaiveDate>,
    /// Setting.
    pub setting: Setting,
    /// Last day of treatment.
    pub ended: Option<NaiveDate>,
}

/// What the patient last used before an induction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LastOpioid {
    /// Short-acting (heroin, morphine, oxycodone, ...): the short wait applies.
    Short(&'static str),
    /// Long-acting (methadone, levomethadone, slow-release morphine).
    Long(&'static str),
}

impl LastOpioid {
    /// Short-acting spellings.
    pub const SHORT: [&'static str; 8] = [
        "heroin",
        "morphine",
        "oxycodone",
        "fentanyl",
        "codeine",
        "tramadol",
        "ketobemidone",
        "other-short",
    ];
    /// Long-acting spellings.
    pub const LONG: [&'static str; 4] = [
        "methadone",
        "levomethadone",
        "morphine-sr-24h",
        "morphine-sr-12h",
    ];

    /// Parses an exact spelling.
    pub fn parse(s: &str) -> Option<LastOpioid> {
        if let Some(x) = Self::SHORT.iter().find(|x| **x == s) {
            return Some(LastOpioid::Short(x));
        }
        Self::LONG
            .iter()
            .find(|x| **x == s)
            .map(|x| LastOpioid::Long(x))
    }

    /// The spelling.
    pub fn name(self) -> &'static str {
        match self {
            LastOpioid::Short(s) | LastOpioid::Long(s) => s,
        }
    }
}

/// `[induction]`.
#[derive(Debug, Clone)]
pub struct Induction {
    /// Last opioid used.
    pub last_opioid: Option<LastOpioid>,
    /// When it was last used.
    pub last_opioid_at: Option<NaiveDateTime>,
    /// When the first dose was (or will be) given.
    pub first_dose_at: Option<NaiveDateTime>,
    /// COWS score before the first dose.
    pub cows: Option<i64>,
}

/// One `[[doses]]` or `[[plan]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct DoseEntry {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Amount per administration.
    pub mg: f64,
    /// Medication (defaults to `treatment.medication`).
    pub medication: Medication,
    /// Taken under supervision.
    pub supervised: bool,
    /// 1 = daily, 2 = alternate days, ...
    pub every: u32,
    /// 1-based line in the file (for evidence).
    pub line: usize,
}

impl DoseEntry {
    /// The daily dose: `mg ÷ every`.
    pub fn daily_mg(&self) -> f64 {
        self.mg / f64::from(self.every)
    }
}

/// One `[[missed]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct MissedEntry {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// A day without a dose by decision.
    pub planned: bool,
}

/// Depot product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum DepotProduct {
    /// Weekly Buvidal.
    Weekly,
    /// Monthly Buvidal.
    Monthly,
}

impl DepotProduct {
    /// The spelling.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One `[[injections]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Injection {
    /// Day of the injection.
    pub date: NaiveDate,
    /// Dose.
    pub mg: f64,
    /// Weekly or monthly.
    pub product: DepotProduct,
}

/// Sample type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Sample {
    /// Urine (default).
    Urine,
    /// Oral fluid.
    OralFluid,
    /// Blood.
    Blood,
}

impl Sample {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Screen status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum ScreenStatus {
    /// Valid.
    Valid,
    /// Not given.
    Missed,
    /// Refused.
    Refused,
    /// Dilute.
    Dilute,
    /// Adulterated.
    Adulterated,
}

impl ScreenStatus {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One `[[screens]]` entry.
#[derive(Debug, Clone)]
pub struct Screen {
    /// Date.
    pub date: NaiveDate,
    /// Sample type.
    pub sample: Sample,
    /// Status as recorded.
    pub status: ScreenStatus,
    /// Collection observed.
    pub observed: bool,
    /// Substances found.
    pub positive: Vec<&'static str>,
    /// Substances tested; `None` = the configured panel.
    pub tested: Option<Vec<&'static str>>,
    /// Creatinine.
    pub creatinine_mmol_l: Option<f64>,
}

/// One `[[prescriptions]]` entry.
#[derive(Debug, Clone)]
pub struct Prescription {
    /// The name as written.
    pub drug: String,
    /// Daily dose: `daily_mg` as written, or derived from
    /// `patch_ug_per_hour` (µg/h × 24 / 1000), so every rule reading the
    /// daily dose sees the patch's.
    pub daily_mg: Option<f64>,
    /// Patch strength in µg/h, when the file gives it.
    pub patch_ug_per_hour: Option<f64>,
    /// Start.
    pub from: Option<NaiveDate>,
    /// End.
    pub to: Option<NaiveDate>,
    /// TSB decided this co-treatment.
    pub approved_by_tsb: bool,
    /// 1-based line.
    pub line: usize,
}

impl Prescription {
    /// Active on `day`.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| t >= day)
    }
}

/// One `[[ecg]]` entry.
#[derive(Debug, Clone)]
pub struct Ecg {
    /// Date.
    pub date: NaiveDate,
    /// QTc in ms.
    pub qtc_ms: f64,
}

/// Kinds of overdose-risk events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum EventKind {
    /// Release from prison.
    PrisonRelease,
    /// Discharge from detox.
    DetoxDischarge,
    /// Discharge from hospital.
    HospitalDischarge,
    /// An overdose.
    Overdose,
    /// Treatment interrupted.
    TreatmentInterruption,
}

impl EventKind {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One `[[events]]` entry.
#[derive(Debug, Clone)]
pub struct Event {
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: EventKind,
}

/// `[pickup]`.
#[derive(Debug, Clone, Copy)]
pub struct PickupRegime {
    /// Supervised intakes a week (0..=7).
    pub supervised_per_week: u32,
    /// The most doses handed out at one pickup.
    pub take_home_days: u32,
}

/// Clinician assessment of drug mastery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Assessment {
    /// Good.
    Good,
    /// Some use.
    SomeUse,
    /// Dependence-like use.
    DependenceLike,
}

impl Assessment {
    /// The spelling in case files and JSON (strum, the same as serde's).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// `[mastery]`.
#[derive(Debug, Clone, Copy)]
pub struct MasteryAssessment {
    /// The assessment.
    pub assessment: Assessment,
    /// When.
    pub assessed: NaiveDate,
}

/// One `[[acknowledged]]` entry.
#[derive(Debug, Clone)]
pub struct Acknowledgement {
    /// Rule code.
    pub code: String,
    /// Only findings naming this drug.
    pub drug: Option<String>,
    /// Expires after this day.
    pub until: NaiveDate,
    /// Why.
    pub reason: String,
}

/// `[exercise]`: training metadata.
#[derive(Debug, Clone, Default)]
pub struct Exercise {
    /// Title.
    pub title: Option<String>,
    /// Question.
    pub question: Option<String>,
    /// Level.
    pub level: Option<String>,
}

/// `[expect]`: expected results for `verify` and `train`.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// Codes that must be reported.
    pub findings: Vec<String>,
    /// Codes that must not be reported.
    pub absent: Vec<String>,
    /// Proposed pickup level.
    pub pickup_level: Option<i64>,
    /// Advised next dose.
    pub next_dose_mg: Option<f64>,
    /// Mastery class.
    pub mastery: Option<String>,
    /// Code → severity.
    pub severity: Vec<(String, String)>,
    /// Exit code.
    pub exit: Option<i64>,
    /// No unacknowledged finding above this.
    pub max_severity: Option<String>,
}

/// A whole, validated case file.
#[derive(Debug, Clone)]
pub struct Case {
    /// `schema`.
    pub schema: i64,
    /// `[patient]`.
    pub patient: Patient,
    /// `[treatment]`.
    pub treatment: Treatment,
    /// `[induction]`.
    pub induction: Option<Induction>,
    /// `[[doses]]`, sorted by `from`.
    pub doses: Vec<DoseEntry>,
    /// `[[missed]]`, sorted by `from`.
    pub missed: Vec<MissedEntry>,
    /// `[[plan]]`, sorted by `from`.
    pub plan: Vec<DoseEntry>,
    /// `[[injections]]`, sorted by date.
    pub injections: Vec<Injection>,
    /// `[[screens]]`, sorted by date.
    pub screens: Vec<Screen>,
    /// `[[prescriptions]]`, in file order.
    pub prescriptions: Vec<Prescription>,
    /// `[[ecg]]`, sorted by date.
    pub ecg: Vec<Ecg>,
    /// `[[events]]`, sorted by date.
    pub events: Vec<Event>,
    /// `[pickup]`.
    pub pickup: Option<PickupRegime>,
    /// `[mastery]`.
    pub mastery: Option<MasteryAssessment>,
    /// `[naloxone].take_home_kit`; `None` = not documented.
    pub naloxone_kit: Option<bool>,
    /// `[[acknowledged]]`.
    pub acknowledged: Vec<Acknowledgement>,
    /// `[exercise]`.
    pub exercise: Option<Exercise>,
    /// `[expect]`.
    pub expect: Option<Expect>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::{IntoEnumIterator, VariantNames};

    /// strum's spelling (parsing, `as_str`, `VARIANTS`) is serde's.
    fn spelled_once<T>()
    where
        T: IntoEnumIterator + VariantNames + Serialize + Copy + PartialEq + std::fmt::Debug,
        T: std::str::FromStr + Into<&'static str>,
    {
        let all: Vec<T> = T::iter().collect();
        assert_eq!(all.len(), T::VARIANTS.len());
        for (v, name) in all.into_iter().zip(T::VARIANTS) {
            assert_eq!(serde_json::to_value(v).ok(), Some(serde_json::json!(name)));
            assert_eq!(Into::<&str>::into(v), *name);
            assert_eq!(name.parse::<T>().ok(), Some(v));
        }
    }

    #[test]
    fn every_enum_value_has_one_spelling() {
        spelled_once::<Medication>();
        spelled_once::<Sex>();
        spelled_once::<Setting>();
        spelled_once::<DepotProduct>();
        spelled_once::<Sample>();
        spelled_once::<ScreenStatus>();
        spelled_once::<EventKind>();
        spelled_once::<Assessment>();
        spelled_once::<crate::vocab::drugs::DrugClass>();
        spelled_once::<crate::config::Severity>();
        spelled_once::<crate::config::Action>();
        spelled_once::<crate::facts::Phase>();
        assert_eq!(
            Medication::ALL.to_vec(),
            Medication::iter().collect::<Vec<_>>()
        );
    }
}
