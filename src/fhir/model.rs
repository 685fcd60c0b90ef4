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
    /// The code's name as the sender shows it.
    pub display: Option<String>,
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
    /// The medication as a code.
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// The medication as a reference to a `Medication`.
    pub medication_reference: Option<Reference>,
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
    /// The medication as a reference to a `Medication`.
    pub medication_reference: Option<Reference>,
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

/// `Identifier`.
#[derive(Debug, Default, Deserialize)]
pub struct Identifier {
    /// The namespace (`urn:oid:2.16.578.1.12.4.1.4.1` is the fødselsnummer).
    pub system: Option<String>,
    /// The value.
    pub value: Option<String>,
}

/// `Patient.identifier` (read apart from [`Patient`]: only `--id-from`
/// needs it).
#[derive(Debug, Default, Deserialize)]
pub struct Identified {
    /// The identifiers.
    #[serde(default)]
    pub identifier: Vec<Identifier>,
}

/// `Period` with its end.
#[derive(Debug, Default, Deserialize)]
pub struct FullPeriod {
    /// The start (a FHIR date or dateTime).
    pub start: Option<String>,
    /// The end (inclusive).
    pub end: Option<String>,
}

/// `MedicationRequest` (a prescription) and `MedicationStatement` (what the
/// patient takes): the elements of both that larcheck reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// `active | completed | stopped | on-hold | cancelled | entered-in-error | draft | unknown`
    /// (statements: also `intended`, `not-taken`).
    pub status: Option<String>,
    /// `MedicationRequest.authoredOn`.
    pub authored_on: Option<String>,
    /// `MedicationStatement.effectiveDateTime`.
    pub effective_date_time: Option<String>,
    /// `MedicationStatement.effectivePeriod`.
    pub effective_period: Option<FullPeriod>,
    /// `MedicationRequest.dosageInstruction`.
    #[serde(default)]
    pub dosage_instruction: Vec<FullDosage>,
    /// `MedicationStatement.dosage`.
    #[serde(default)]
    pub dosage: Vec<FullDosage>,
    /// `MedicationRequest.dispenseRequest`.
    pub dispense_request: Option<DispenseRequest>,
}

/// `MedicationRequest.dispenseRequest`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispenseRequest {
    /// The prescription's validity period.
    pub validity_period: Option<FullPeriod>,
}

/// `Dosage` with its timing.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FullDosage {
    /// The free text.
    pub text: Option<String>,
    /// When.
    pub timing: Option<Timing>,
    /// As needed.
    pub as_needed_boolean: Option<bool>,
    /// The amounts.
    #[serde(default)]
    pub dose_and_rate: Vec<FullDoseAndRate>,
    /// The most per period (as needed).
    pub max_dose_per_period: Option<Ratio>,
}

/// `Dosage.doseAndRate` with a rate (a patch's µg/h).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FullDoseAndRate {
    /// One dose.
    pub dose_quantity: Option<Quantity>,
    /// A rate as a quantity (`25 ug/h`).
    pub rate_quantity: Option<Quantity>,
}

/// `Ratio`.
#[derive(Debug, Default, Deserialize)]
pub struct Ratio {
    /// Numerator.
    pub numerator: Option<Quantity>,
    /// Denominator.
    pub denominator: Option<Quantity>,
}

/// `Timing`.
#[derive(Debug, Default, Deserialize)]
pub struct Timing {
    /// The repeat.
    pub repeat: Option<Repeat>,
}

/// `Timing.repeat`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Repeat {
    /// Times per period.
    pub frequency: Option<f64>,
    /// The period.
    pub period: Option<f64>,
    /// `s | min | h | d | wk | mo | a`.
    pub period_unit: Option<String>,
    /// Times of day (each one a dose when no frequency is given).
    #[serde(default)]
    pub time_of_day: Vec<String>,
    /// Events of the day (`MORN`, `EVE`, ...), each one a dose.
    #[serde(default)]
    pub when: Vec<String>,
    /// The bounds.
    pub bounds_period: Option<FullPeriod>,
}

/// `Observation`: the elements larcheck reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// `final | amended | corrected | preliminary | cancelled | entered-in-error | registered | unknown`.
    pub status: Option<String>,
    /// What was observed.
    pub code: Option<CodeableConcept>,
    /// When.
    pub effective_date_time: Option<String>,
    /// When, as a period.
    pub effective_period: Option<Period>,
    /// The value as a quantity.
    pub value_quantity: Option<Quantity>,
    /// The value as a code (`Detected`, `Not detected`).
    pub value_codeable_concept: Option<CodeableConcept>,
    /// The value as a string.
    pub value_string: Option<String>,
    /// The value as a boolean.
    pub value_boolean: Option<bool>,
    /// Why there is no value (`asked-declined`, `not-performed`).
    pub data_absent_reason: Option<CodeableConcept>,
    /// `POS`, `NEG`, `DET`, `ND`, ...
    #[serde(default)]
    pub interpretation: Vec<CodeableConcept>,
    /// The specimen.
    pub specimen: Option<Reference>,
    /// The components (an ECG's QTc, a panel's substances).
    #[serde(default)]
    pub component: Vec<Component>,
    /// The panel's members.
    #[serde(default)]
    pub has_member: Vec<Reference>,
}

/// `Observation.component`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Component {
    /// What.
    pub code: Option<CodeableConcept>,
    /// The value as a quantity.
    pub value_quantity: Option<Quantity>,
    /// The value as a code.
    pub value_codeable_concept: Option<CodeableConcept>,
    /// The value as a string.
    pub value_string: Option<String>,
    /// Why there is no value.
    pub data_absent_reason: Option<CodeableConcept>,
    /// `POS`, `NEG`, ...
    #[serde(default)]
    pub interpretation: Vec<CodeableConcept>,
}

/// `Specimen`: its type.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Specimen {
    /// Urine, oral fluid, blood.
    #[serde(rename = "type")]
    pub kind: Option<CodeableConcept>,
}

/// `Encounter`: an admission and its end.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Encounter {
    /// `planned | arrived | in-progress | finished | cancelled | entered-in-error | ...`.
    pub status: Option<String>,
    /// `IMP` (inpatient), `AMB`, `EMER`, ...
    pub class: Option<Coding>,
    /// The kinds (detoxification, ...).
    #[serde(rename = "type", default)]
    pub kind: Vec<CodeableConcept>,
    /// The service.
    pub service_type: Option<CodeableConcept>,
    /// Start and end.
    pub period: Option<FullPeriod>,
    /// The hospitalization (discharge disposition).
    pub hospitalization: Option<Hospitalization>,
}

/// `Encounter.hospitalization`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Hospitalization {
    /// Where the patient went.
    pub discharge_disposition: Option<CodeableConcept>,
}

/// `Condition`: a pregnancy, an overdose.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    /// The diagnosis.
    pub code: Option<CodeableConcept>,
    /// `active | recurrence | relapse | inactive | remission | resolved`.
    pub clinical_status: Option<CodeableConcept>,
    /// `confirmed | entered-in-error | ...`.
    pub verification_status: Option<CodeableConcept>,
    /// Onset.
    pub onset_date_time: Option<String>,
    /// When recorded.
    pub recorded_date: Option<String>,
}

/// `EpisodeOfCare`: the treatment episode.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Episode {
    /// `planned | waitlist | active | onhold | finished | cancelled | entered-in-error`.
    pub status: Option<String>,
    /// Start and end.
    pub period: Option<FullPeriod>,
}

/// `Medication`: its code (a `medicationReference` points here).
#[derive(Debug, Default, Deserialize)]
pub struct MedicationResource {
    /// The product.
    pub code: Option<CodeableConcept>,
}
