//! The case file exactly as written: one struct per table, unknown keys
//! denied, leaves that need positions wrapped in [`Spanned`].

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

pub(super) type Sp<T> = Spanned<T>;

/// The whole file. Read entry by entry (`entries.rs`), so the required
/// tables are options here; its `Deserialize` names the format's
/// top-level keys (a test in `entries.rs` compares them).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCase {
    pub(super) schema: Option<Sp<i64>>,
    pub(super) patient: Option<Sp<RawPatient>>,
    pub(super) treatment: Option<Sp<RawTreatment>>,
    pub(super) induction: Option<RawInduction>,
    #[serde(default)]
    pub(super) doses: Vec<Sp<RawDose>>,
    #[serde(default)]
    pub(super) missed: Vec<Sp<RawMissed>>,
    #[serde(default)]
    pub(super) plan: Vec<Sp<RawDose>>,
    #[serde(default)]
    pub(super) injections: Vec<Sp<RawInjection>>,
    #[serde(default)]
    pub(super) screens: Vec<Sp<RawScreen>>,
    #[serde(default)]
    pub(super) prescriptions: Vec<Sp<RawPrescription>>,
    #[serde(default)]
    pub(super) ecg: Vec<Sp<RawEcg>>,
    #[serde(default)]
    pub(super) events: Vec<Sp<RawEvent>>,
    pub(super) pickup: Option<RawPickup>,
    pub(super) mastery: Option<RawMastery>,
    pub(super) naloxone: Option<RawNaloxone>,
    #[serde(default)]
    pub(super) acknowledged: Vec<Sp<RawAck>>,
    pub(super) exercise: Option<RawExercise>,
    pub(super) expect: Option<RawExpect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPatient {
    pub(super) id: Sp<String>,
    pub(super) born: Option<Sp<i64>>,
    pub(super) sex: Option<Sp<String>>,
    pub(super) pregnancy_week: Option<Sp<i64>>,
    pub(super) children_in_home: Option<bool>,
    pub(super) safe_storage: Option<bool>,
    pub(super) work_or_education: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTreatment {
    pub(super) medication: Sp<String>,
    pub(super) as_of: Option<Sp<Datetime>>,
    pub(super) started_lar: Option<Sp<Datetime>>,
    pub(super) medication_since: Option<Sp<Datetime>>,
    pub(super) setting: Option<Sp<String>>,
    pub(super) ended: Option<Sp<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInduction {
    pub(super) last_opioid: Option<Sp<String>>,
    pub(super) last_opioid_at: Option<Sp<Datetime>>,
    pub(super) first_dose_at: Option<Sp<Datetime>>,
    pub(super) cows: Option<Sp<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDose {
    pub(super) from: Sp<Datetime>,
    pub(super) to: Option<Sp<Datetime>>,
    pub(super) mg: Sp<f64>,
    pub(super) medication: Option<Sp<String>>,
    pub(super) supervised: Option<bool>,
    pub(super) every: Option<Sp<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMissed {
    pub(super) from: Sp<Datetime>,
    pub(super) to: Option<Sp<Datetime>>,
    pub(super) planned: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInjection {
    pub(super) date: Sp<Datetime>,
    pub(super) mg: Sp<f64>,
    pub(super) product: Sp<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScreen {
    pub(super) date: Sp<Datetime>,
    pub(super) sample: Option<Sp<String>>,
    pub(super) status: Option<Sp<String>>,
    pub(super) observed: Option<bool>,
    pub(super) positive: Substances,
    pub(super) tested: Substances,
    pub(super) creatinine_mmol_l: Option<Sp<f64>>,
}

/// A screen's list of substances, if written.
pub(super) type Substances = Option<Sp<Vec<Sp<Substance>>>>;

/// A screen substance as written: a name of the vocabulary is read
/// straight into its canonical `&'static str` (no string per substance);
/// any other name is kept for the error message.
pub(super) enum Substance {
    Known(&'static str),
    Other(String),
}

impl<'de> Deserialize<'de> for Substance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Substance;
            // The same words as `String`'s, so type errors read the same.
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Substance, E> {
                Ok(known(s).map_or_else(|| Substance::Other(s.to_owned()), Substance::Known))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Substance, E> {
                Ok(known(&s).map_or(Substance::Other(s), Substance::Known))
            }
        }
        fn known(s: &str) -> Option<&'static str> {
            crate::vocab::substances::SUBSTANCES
                .iter()
                .copied()
                .find(|n| *n == s)
        }
        d.deserialize_str(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPrescription {
    pub(super) drug: Sp<String>,
    pub(super) daily_mg: Option<Sp<f64>>,
    pub(super) patch_ug_per_hour: Option<Sp<f64>>,
    pub(super) from: Option<Sp<Datetime>>,
    pub(super) to: Option<Sp<Datetime>>,
    pub(super) approved_by_tsb: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEcg {
    pub(super) date: Sp<Datetime>,
    pub(super) qtc_ms: Sp<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) date: Sp<Datetime>,
    pub(super) kind: Sp<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPickup {
    pub(super) supervised_per_week: Sp<i64>,
    pub(super) take_home_days: Sp<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMastery {
    pub(super) assessment: Sp<String>,
    pub(super) assessed: Sp<Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNaloxone {
    pub(super) take_home_kit: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAck {
    pub(super) code: Sp<String>,
    pub(super) drug: Option<Sp<String>>,
    pub(super) until: Sp<Datetime>,
    pub(super) reason: Sp<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExercise {
    pub(super) title: Option<String>,
    pub(super) question: Option<String>,
    pub(super) level: Option<Sp<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExpect {
    pub(super) findings: Option<Vec<Sp<String>>>,
    pub(super) absent: Option<Vec<Sp<String>>>,
    pub(super) pickup_level: Option<Sp<i64>>,
    pub(super) next_dose_mg: Option<Sp<f64>>,
    pub(super) mastery: Option<Sp<String>>,
    pub(super) severity: Option<Sp<toml::Table>>,
    pub(super) exit: Option<Sp<i64>>,
    pub(super) max_severity: Option<Sp<String>>,
}

#[cfg(test)]
mod tests {
    use super::Substance;

    #[derive(serde::Deserialize)]
    struct T {
        s: Vec<Substance>,
    }

    #[test]
    fn a_known_substance_is_the_vocabulary_name_and_another_is_kept() {
        let t: T = toml::from_str(r#"s = ["methadone", "metadon"]"#).unwrap();
        assert!(matches!(t.s[0], Substance::Known("methadone")));
        assert!(matches!(&t.s[1], Substance::Other(x) if x == "metadon"));
        // Type errors read as `String`'s do (locate.rs rewords them).
        let e = toml::from_str::<T>("s = [3]").err().unwrap().to_string();
        assert!(
            e.contains("invalid type: integer `3`, expected a string"),
            "{e}"
        );
    }
}
