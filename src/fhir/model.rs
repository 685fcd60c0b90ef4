//! The FHIR R4 subset larcheck reads, as plain serde structs (issue 21;
//! the choice against the FHIR model crates is in the design note).
//! Unknown elements are ignored: a profile's extensions never make a
//! resource unreadable. Every field is optional here; what a mapping
//! needs is checked by the mapping, which names the resource.

use serde::Deserialize;
use std::borrow::Cow;

/// A JSON string of a resource, borrowed from the input's text unless it
/// has escapes (issue 21: the ten or so strings of each of the 3.7 million
/// resources of a bulk export were each an allocation, a copy and a free).
/// Reads as `&str` ([`std::ops::Deref`]); a value that is no string is the
/// same error as for a `String`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Str<'a>(pub Cow<'a, str>);

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
            type Value = Str<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Str<'a>, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Str<'a>, E> {
                Ok(Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Str<'a>, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit(std::marker::PhantomData))
    }
}

/// `CodeableConcept`: codings and a text.
#[derive(Debug, Default, Deserialize)]
pub struct CodeableConcept<'a> {
    /// The codings (ATC, FEST, RxNorm, SNOMED CT, ...).
    #[serde(borrow, default)]
    pub coding: Vec<Coding<'a>>,
    /// The text as the sender wrote it.
    #[serde(borrow)]
    pub text: Option<Str<'a>>,
}

/// `Coding`: a code in a system.
#[derive(Debug, Default, Deserialize)]
pub struct Coding<'a> {
    /// The code system's URI.
    #[serde(borrow)]
    pub system: Option<Str<'a>>,
    /// The code.
    #[serde(borrow)]
    pub code: Option<Str<'a>>,
    /// The code's name as the sender shows it.
    #[serde(borrow)]
    pub display: Option<Str<'a>>,
}

/// `Reference`: a literal reference (`Patient/p1`, `urn:uuid:…`).
#[derive(Debug, Default, Deserialize)]
pub struct Reference<'a> {
    /// The reference.
    #[serde(borrow)]
    pub reference: Option<Str<'a>>,
}

/// `Quantity` (also `SimpleQuantity`, `Duration`).
#[derive(Debug, Default, Deserialize)]
pub struct Quantity<'a> {
    /// The value.
    pub value: Option<f64>,
    /// The unit as shown.
    #[serde(borrow)]
    pub unit: Option<Str<'a>>,
    /// The UCUM code (`mg`, `d`).
    #[serde(borrow)]
    pub code: Option<Str<'a>>,
}

impl Quantity<'_> {
    /// The unit: the coded one, else the shown one.
    pub fn unit(&self) -> Option<&str> {
        self.code.as_deref().or(self.unit.as_deref())
    }
}

/// `Period`.
#[derive(Debug, Default, Deserialize)]
pub struct Period<'a> {
    /// The start (a FHIR date or dateTime).
    #[serde(borrow)]
    pub start: Option<Str<'a>>,
}

/// `Patient`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient<'a> {
    /// `male | female | other | unknown`.
    #[serde(borrow)]
    pub gender: Option<Str<'a>>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(borrow)]
    pub birth_date: Option<Str<'a>>,
}

/// `MedicationAdministration`: a dose given (under supervision).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Administration<'a> {
    /// `completed`, `not-done`, `entered-in-error`, ...
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// The medication as a code.
    #[serde(borrow)]
    pub medication_codeable_concept: Option<CodeableConcept<'a>>,
    /// The medication as a reference to a `Medication`.
    #[serde(borrow)]
    pub medication_reference: Option<Reference<'a>>,
    /// The patient.
    #[serde(borrow)]
    pub subject: Option<Reference<'a>>,
    /// When it was given.
    #[serde(borrow)]
    pub effective_date_time: Option<Str<'a>>,
    /// When it was given, as a period.
    #[serde(borrow)]
    pub effective_period: Option<Period<'a>>,
    /// The dose.
    #[serde(borrow)]
    pub dosage: Option<AdministrationDosage<'a>>,
}

/// `MedicationAdministration.dosage`.
#[derive(Debug, Default, Deserialize)]
pub struct AdministrationDosage<'a> {
    /// The amount given.
    #[serde(borrow)]
    pub dose: Option<Quantity<'a>>,
}

/// `MedicationDispense`: doses handed over (to take home).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dispense<'a> {
    /// `completed`, `cancelled`, `entered-in-error`, ...
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// The medication as a code.
    #[serde(borrow)]
    pub medication_codeable_concept: Option<CodeableConcept<'a>>,
    /// The medication as a reference to a `Medication`.
    #[serde(borrow)]
    pub medication_reference: Option<Reference<'a>>,
    /// The patient.
    #[serde(borrow)]
    pub subject: Option<Reference<'a>>,
    /// When it was handed over.
    #[serde(borrow)]
    pub when_handed_over: Option<Str<'a>>,
    /// The days the amount handed over lasts.
    #[serde(borrow)]
    pub days_supply: Option<Quantity<'a>>,
    /// How to take it.
    #[serde(borrow, default)]
    pub dosage_instruction: Vec<Dosage<'a>>,
}

/// `Dosage` (the instruction).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dosage<'a> {
    /// The amounts.
    #[serde(borrow, default)]
    pub dose_and_rate: Vec<DoseAndRate<'a>>,
}

/// `Dosage.doseAndRate`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoseAndRate<'a> {
    /// The amount of one dose.
    #[serde(borrow)]
    pub dose_quantity: Option<Quantity<'a>>,
}

/// `Identifier`.
#[derive(Debug, Default, Deserialize)]
pub struct Identifier<'a> {
    /// The namespace (`urn:oid:2.16.578.1.12.4.1.4.1` is the fødselsnummer).
    #[serde(borrow)]
    pub system: Option<Str<'a>>,
    /// The value.
    #[serde(borrow)]
    pub value: Option<Str<'a>>,
}

/// `Patient.identifier` (read apart from [`Patient`]: only `--id-from`
/// needs it).
#[derive(Debug, Default, Deserialize)]
pub struct Identified<'a> {
    /// The identifiers.
    #[serde(borrow, default)]
    pub identifier: Vec<Identifier<'a>>,
}

/// `Period` with its end.
#[derive(Debug, Default, Deserialize)]
pub struct FullPeriod<'a> {
    /// The start (a FHIR date or dateTime).
    #[serde(borrow)]
    pub start: Option<Str<'a>>,
    /// The end (inclusive).
    #[serde(borrow)]
    pub end: Option<Str<'a>>,
}

/// `MedicationRequest` (a prescription) and `MedicationStatement` (what the
/// patient takes): the elements of both that larcheck reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Request<'a> {
    /// `active | completed | stopped | on-hold | cancelled | entered-in-error | draft | unknown`
    /// (statements: also `intended`, `not-taken`).
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// `MedicationRequest.authoredOn`.
    #[serde(borrow)]
    pub authored_on: Option<Str<'a>>,
    /// `MedicationStatement.effectiveDateTime`.
    #[serde(borrow)]
    pub effective_date_time: Option<Str<'a>>,
    /// `MedicationStatement.effectivePeriod`.
    #[serde(borrow)]
    pub effective_period: Option<FullPeriod<'a>>,
    /// `MedicationRequest.dosageInstruction`.
    #[serde(borrow, default)]
    pub dosage_instruction: Vec<FullDosage<'a>>,
    /// `MedicationStatement.dosage`.
    #[serde(borrow, default)]
    pub dosage: Vec<FullDosage<'a>>,
    /// `MedicationRequest.dispenseRequest`.
    #[serde(borrow)]
    pub dispense_request: Option<DispenseRequest<'a>>,
}

/// `MedicationRequest.dispenseRequest`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispenseRequest<'a> {
    /// The prescription's validity period.
    #[serde(borrow)]
    pub validity_period: Option<FullPeriod<'a>>,
}

/// `Dosage` with its timing.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FullDosage<'a> {
    /// The free text.
    #[serde(borrow)]
    pub text: Option<Str<'a>>,
    /// When.
    #[serde(borrow)]
    pub timing: Option<Timing<'a>>,
    /// As needed.
    pub as_needed_boolean: Option<bool>,
    /// The amounts.
    #[serde(borrow, default)]
    pub dose_and_rate: Vec<FullDoseAndRate<'a>>,
    /// The most per period (as needed).
    #[serde(borrow)]
    pub max_dose_per_period: Option<Ratio<'a>>,
}

/// `Dosage.doseAndRate` with a rate (a patch's µg/h).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FullDoseAndRate<'a> {
    /// One dose.
    #[serde(borrow)]
    pub dose_quantity: Option<Quantity<'a>>,
    /// A rate as a quantity (`25 ug/h`).
    #[serde(borrow)]
    pub rate_quantity: Option<Quantity<'a>>,
}

/// `Ratio`.
#[derive(Debug, Default, Deserialize)]
pub struct Ratio<'a> {
    /// Numerator.
    #[serde(borrow)]
    pub numerator: Option<Quantity<'a>>,
    /// Denominator.
    #[serde(borrow)]
    pub denominator: Option<Quantity<'a>>,
}

/// `Timing`.
#[derive(Debug, Default, Deserialize)]
pub struct Timing<'a> {
    /// The repeat.
    #[serde(borrow)]
    pub repeat: Option<Repeat<'a>>,
}

/// `Timing.repeat`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Repeat<'a> {
    /// Times per period.
    pub frequency: Option<f64>,
    /// The period.
    pub period: Option<f64>,
    /// `s | min | h | d | wk | mo | a`.
    #[serde(borrow)]
    pub period_unit: Option<Str<'a>>,
    /// Times of day (each one a dose when no frequency is given).
    #[serde(default)]
    pub time_of_day: Vec<String>,
    /// Events of the day (`MORN`, `EVE`, ...), each one a dose.
    #[serde(default)]
    pub when: Vec<String>,
    /// The bounds.
    #[serde(borrow)]
    pub bounds_period: Option<FullPeriod<'a>>,
}

/// `Observation`: the elements larcheck reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation<'a> {
    /// `final | amended | corrected | preliminary | cancelled | entered-in-error | registered | unknown`.
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// What was observed.
    #[serde(borrow)]
    pub code: Option<CodeableConcept<'a>>,
    /// When.
    #[serde(borrow)]
    pub effective_date_time: Option<Str<'a>>,
    /// When, as a period.
    #[serde(borrow)]
    pub effective_period: Option<Period<'a>>,
    /// The value as a quantity.
    #[serde(borrow)]
    pub value_quantity: Option<Quantity<'a>>,
    /// The value as a code (`Detected`, `Not detected`).
    #[serde(borrow)]
    pub value_codeable_concept: Option<CodeableConcept<'a>>,
    /// The value as a string.
    #[serde(borrow)]
    pub value_string: Option<Str<'a>>,
    /// The value as a boolean.
    pub value_boolean: Option<bool>,
    /// Why there is no value (`asked-declined`, `not-performed`).
    #[serde(borrow)]
    pub data_absent_reason: Option<CodeableConcept<'a>>,
    /// `POS`, `NEG`, `DET`, `ND`, ...
    #[serde(borrow, default)]
    pub interpretation: Vec<CodeableConcept<'a>>,
    /// The specimen.
    #[serde(borrow)]
    pub specimen: Option<Reference<'a>>,
    /// The components (an ECG's QTc, a panel's substances).
    #[serde(borrow, default)]
    pub component: Vec<Component<'a>>,
    /// The panel's members.
    #[serde(borrow, default)]
    pub has_member: Vec<Reference<'a>>,
}

/// `Observation.component`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Component<'a> {
    /// What.
    #[serde(borrow)]
    pub code: Option<CodeableConcept<'a>>,
    /// The value as a quantity.
    #[serde(borrow)]
    pub value_quantity: Option<Quantity<'a>>,
    /// The value as a code.
    #[serde(borrow)]
    pub value_codeable_concept: Option<CodeableConcept<'a>>,
    /// The value as a string.
    #[serde(borrow)]
    pub value_string: Option<Str<'a>>,
    /// Why there is no value.
    #[serde(borrow)]
    pub data_absent_reason: Option<CodeableConcept<'a>>,
    /// `POS`, `NEG`, ...
    #[serde(borrow, default)]
    pub interpretation: Vec<CodeableConcept<'a>>,
}

/// `Specimen`: its type.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Specimen<'a> {
    /// Urine, oral fluid, blood.
    #[serde(borrow, rename = "type")]
    pub kind: Option<CodeableConcept<'a>>,
}

/// `Encounter`: an admission and its end.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Encounter<'a> {
    /// `planned | arrived | in-progress | finished | cancelled | entered-in-error | ...`.
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// `IMP` (inpatient), `AMB`, `EMER`, ...
    #[serde(borrow)]
    pub class: Option<Coding<'a>>,
    /// The kinds (detoxification, ...).
    #[serde(borrow, rename = "type", default)]
    pub kind: Vec<CodeableConcept<'a>>,
    /// The service.
    #[serde(borrow)]
    pub service_type: Option<CodeableConcept<'a>>,
    /// Start and end.
    #[serde(borrow)]
    pub period: Option<FullPeriod<'a>>,
    /// The hospitalization (discharge disposition).
    #[serde(borrow)]
    pub hospitalization: Option<Hospitalization<'a>>,
}

/// `Encounter.hospitalization`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Hospitalization<'a> {
    /// Where the patient went.
    #[serde(borrow)]
    pub discharge_disposition: Option<CodeableConcept<'a>>,
}

/// `Condition`: a pregnancy, an overdose.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition<'a> {
    /// The diagnosis.
    #[serde(borrow)]
    pub code: Option<CodeableConcept<'a>>,
    /// `active | recurrence | relapse | inactive | remission | resolved`.
    #[serde(borrow)]
    pub clinical_status: Option<CodeableConcept<'a>>,
    /// `confirmed | entered-in-error | ...`.
    #[serde(borrow)]
    pub verification_status: Option<CodeableConcept<'a>>,
    /// Onset.
    #[serde(borrow)]
    pub onset_date_time: Option<Str<'a>>,
    /// When recorded.
    #[serde(borrow)]
    pub recorded_date: Option<Str<'a>>,
}

/// `EpisodeOfCare`: the treatment episode.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Episode<'a> {
    /// `planned | waitlist | active | onhold | finished | cancelled | entered-in-error`.
    #[serde(borrow)]
    pub status: Option<Str<'a>>,
    /// Start and end.
    #[serde(borrow)]
    pub period: Option<FullPeriod<'a>>,
}

/// `Medication`: its code (a `medicationReference` points here).
#[derive(Debug, Default, Deserialize)]
pub struct MedicationResource<'a> {
    /// The product.
    #[serde(borrow)]
    pub code: Option<CodeableConcept<'a>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_is_borrowed_unless_it_has_escapes_and_a_number_is_no_string() {
        let c: Coding<'_> =
            serde_json::from_str(r#"{"code":"N07BC02","display":"Metadon \u00e5"}"#).unwrap();
        assert!(matches!(c.code, Some(Str(Cow::Borrowed("N07BC02")))));
        assert!(matches!(&c.display, Some(Str(Cow::Owned(d))) if d == "Metadon å"));
        let ours = serde_json::from_str::<Coding<'_>>(r#"{"code":7}"#).unwrap_err();
        #[derive(Debug, Deserialize)]
        struct Owned {
            #[allow(dead_code)]
            code: Option<String>,
        }
        let theirs = serde_json::from_str::<Owned>(r#"{"code":7}"#).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string());
    }
}
