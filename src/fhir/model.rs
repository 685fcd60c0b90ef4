//! The FHIR R4 subset larcheck reads, as plain serde structs (issue 21;
//! the choice against the FHIR model crates is in the design note).
//! Unknown elements are ignored: a profile's extensions never make a
//! resource unreadable. Every field is optional here; what a mapping
//! needs is checked by the mapping, which names the resource.

use serde::Deserialize;

/// `CodeableConcept`: codings and a text.
#[derive(Debug, Default, Deserialize)]
pub struct CodeableConcept {
    /// The codings (ATC, FEST, RxNorm, SNOMED CT, ...).
    #[serde(default)]
    pub coding: Vec<Coding>,
    /// The text as the sender wrote it.
    pub text: Option<String>,
}

/// `Coding`: a code in a system.
#[derive(Debug, Default, Deserialize)]
pub struct Coding {
    /// The code system's URI.
    pub system: Option<String>,
    /// The code.
    pub code: Option<String>,
}

/// `Reference`: a literal reference (`Patient/p1`, `urn:uuid:…`).
#[derive(Debug, Default, Deserialize)]
pub struct Reference {
    /// The reference.
    pub reference: Option<String>,
}

/// `Quantity` (also `SimpleQuantity`, `Duration`).
#[derive(Debug, Default, Deserialize)]
pub struct Quantity {
    /// The value.
    pub value: Option<f64>,
    /// The unit as shown.
    pub unit: Option<String>,
    /// The UCUM code (`mg`, `d`).
    pub code: Option<String>,
}

impl Quantity {
    /// The unit: the coded one, else the shown one.
    pub fn unit(&self) -> Option<&str> {
        self.code.as_deref().or(self.unit.as_deref())
    }
}

/// `Period`.
#[derive(Debug, Default, Deserialize)]
pub struct Period {
    /// The start (a FHIR date or dateTime).
    pub start: Option<String>,
}

/// `Patient`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    /// `male | female | other | unknown`.
    pub gender: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub birth_date: Option<String>,
}

/// `MedicationAdministration`: a dose given (under supervision).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Administration {
    /// `completed`, `not-done`, `entered-in-error`, ...
    pub status: Option<String>,
    /// The medication as a code (a `medicationReference` is not read yet).
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// The patient.
    pub subject: Option<Reference>,
    /// When it was given.
    pub effective_date_time: Option<String>,
    /// When it was given, as a period.
    pub effective_period: Option<Period>,
    /// The dose.
    pub dosage: Option<AdministrationDosage>,
}

/// `MedicationAdministration.dosage`.
#[derive(Debug, Default, Deserialize)]
pub struct AdministrationDosage {
    /// The amount given.
    pub dose: Option<Quantity>,
}

/// `MedicationDispense`: doses handed over (to take home).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dispense {
    /// `completed`, `cancelled`, `entered-in-error`, ...
    pub status: Option<String>,
    /// The medication as a code.
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// The patient.
    pub subject: Option<Reference>,
    /// When it was handed over.
    pub when_handed_over: Option<String>,
    /// The days the amount handed over lasts.
    pub days_supply: Option<Quantity>,
    /// How to take it.
    #[serde(default)]
    pub dosage_instruction: Vec<Dosage>,
}

/// `Dosage` (the instruction).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dosage {
    /// The amounts.
    #[serde(default)]
    pub dose_and_rate: Vec<DoseAndRate>,
}

/// `Dosage.doseAndRate`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoseAndRate {
    /// The amount of one dose.
    pub dose_quantity: Option<Quantity>,
}
