//! Resources to cases. One pass groups the resources by the `Patient` they
//! are about; each patient is then mapped on its own (in parallel):
//! `Patient` → `[patient]`; `MedicationAdministration` (supervised) and
//! `MedicationDispense` (take-home) of the LAR medication → `[[doses]]`
//! ([`super::doses`]); `EpisodeOfCare` and the LAR `MedicationRequest` →
//! `started_lar` / `medication_since`; other drugs' `MedicationRequest` /
//! `MedicationStatement` → `[[prescriptions]]` ([`super::prescriptions`]);
//! `Observation`s → `[[screens]]`, `[[ecg]]`, `pregnancy_week`
//! ([`super::observations`]); `Encounter` / `Condition` → `[[events]]`
//! ([`super::events`]). Every resource not mapped, or mapped with an
//! assumption, becomes a [`Note`]; a resource that contradicts another is a
//! [`Conflict`] naming both.

use super::Resource;
use super::model::{Identified, Patient};
use crate::case::model::Medication;
use crate::vocab::drugs::Catalogue;
use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Identifier systems of national identity numbers: the Norwegian
/// fødselsnummer, D-number and H-number, and the US social security number.
/// `--id-from` refuses them unless `--allow-national-id` is given.
pub const NATIONAL_ID_SYSTEMS: &[&str] = &[
    "urn:oid:2.16.578.1.12.4.1.4.1",
    "urn:oid:2.16.578.1.12.4.1.4.2",
    "urn:oid:2.16.578.1.12.4.1.4.3",
    "http://hl7.org/fhir/sid/us-ssn",
];

/// What the command line gives the mapping.
#[derive(Clone, Copy)]
pub struct Options<'a> {
    /// The day of the check: doses on or after it become `[[plan]]`, later
    /// screens, ECGs and events are set aside.
    pub as_of: Option<NaiveDate>,
    /// The drug catalogue that resolves codes and names.
    pub catalogue: &'a Catalogue,
    /// Take the patient id from the identifier of this system.
    pub id_from: Option<&'a str>,
    /// Write patients without a LAR dose too (without `[treatment]`).
    pub all_patients: bool,
}

/// One patient's imported case.
#[derive(Debug, Default)]
pub struct PatientCase {
    /// The pseudonymous id (the resource id, or the `--id-from` identifier).
    pub id: String,
    /// `Patient/<id>`: how notes name the patient.
    pub resource: String,
    /// Birth year.
    pub born: Option<i32>,
    /// `female`, `male` or `other`.
    pub sex: Option<&'static str>,
    /// The LAR medication of the latest dose, if any dose.
    pub medication: Option<Medication>,
    /// Dose ranges before `as_of`, in date order.
    pub doses: Vec<DoseRange>,
    /// Dose ranges on or after `as_of` (take-home already handed over).
    pub plan: Vec<DoseRange>,
    /// `started_lar` and the resource it was read from.
    pub started_lar: Option<(NaiveDate, String)>,
    /// `medication_since` and the resource it was read from.
    pub medication_since: Option<(NaiveDate, String)>,
    /// `[[prescriptions]]`.
    pub prescriptions: Vec<Prescription>,
    /// `[[screens]]`, in date order.
    pub screens: Vec<Screen>,
    /// `[[ecg]]`, in date order.
    pub ecg: Vec<Ecg>,
    /// `[[events]]`, in date order.
    pub events: Vec<Event>,
    /// `pregnancy_week` on `as_of`, and the resource.
    pub pregnancy_week: Option<(u32, String)>,
    /// `[pickup]` derived from the dispensing pattern.
    pub pickup: Option<Pickup>,
    /// What was not mapped or mapped with an assumption.
    pub notes: Vec<Note>,
}

/// A `[[doses]]` (or `[[plan]]`) entry.
#[derive(Debug, PartialEq)]
pub struct DoseRange {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Daily total.
    pub mg: f64,
    /// The medication.
    pub medication: Medication,
    /// Taken under supervision (administered) or handed over (dispensed).
    pub supervised: bool,
}

/// A `[[prescriptions]]` entry.
#[derive(Debug, PartialEq)]
pub struct Prescription {
    /// The name written (`drug`): the ATC code, else the coded name or text
    /// the catalogue resolved.
    pub drug: String,
    /// The medication's text as the sender wrote it (a comment).
    pub text: Option<String>,
    /// The daily dose.
    pub dose: Dose,
    /// `from`.
    pub from: Option<NaiveDate>,
    /// `to`.
    pub to: Option<NaiveDate>,
    /// The resource.
    pub source: String,
}

/// A prescription's dose.
#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Dose {
    /// `daily_mg`.
    DailyMg(f64),
    /// `patch_ug_per_hour`.
    PatchUgPerHour(f64),
    /// Not derivable (noted).
    Unknown,
}

/// A `[[screens]]` entry: the results of one sample.
#[derive(Debug, PartialEq, Default)]
pub struct Screen {
    /// The day the sample was taken.
    pub date: Option<NaiveDate>,
    /// `urine`, `oral-fluid` or `blood`.
    pub sample: &'static str,
    /// `valid`, `missed`, `refused`, `adulterated`.
    pub status: &'static str,
    /// Substances found.
    pub positive: Vec<&'static str>,
    /// Substances tested.
    pub tested: Vec<&'static str>,
    /// Urine creatinine, mmol/L.
    pub creatinine: Option<f64>,
    /// The resources.
    pub sources: Vec<String>,
}

/// An `[[ecg]]` entry.
#[derive(Debug, PartialEq)]
pub struct Ecg {
    /// The day.
    pub date: NaiveDate,
    /// QTc in ms.
    pub qtc_ms: f64,
    /// The resource.
    pub source: String,
}

/// An `[[events]]` entry.
#[derive(Debug, PartialEq)]
pub struct Event {
    /// The day.
    pub date: NaiveDate,
    /// `hospital-discharge`, `detox-discharge`, `overdose`, ...
    pub kind: &'static str,
    /// The resource.
    pub source: String,
}

/// A `[pickup]` table.
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Pickup {
    /// Supervised days a week.
    pub supervised_per_week: u32,
    /// The most doses handed out at one pickup.
    pub take_home_days: u32,
}

/// A resource not imported, or imported with an assumption.
#[derive(Debug, PartialEq)]
pub struct Note {
    /// `Type/id`.
    pub resource: String,
    /// Why.
    pub reason: Reason,
}

/// Why a resource is in a [`Note`].
#[derive(Debug, PartialEq, Eq, Hash, Clone)]
pub enum Reason {
    /// No mapping for this resource type.
    NotMapped,
    /// A medication the catalogue does not know (what was tried).
    UnknownDrug(String),
    /// A dose not in mg (the unit).
    Unit(String),
    /// No dose amount.
    NoDose,
    /// No date.
    NoDate,
    /// A status that is not imported (the status).
    Status(String),
    /// Its subject is no `Patient` of the input.
    NoPatient,
    /// Its content does not fit the resource type (the reader's message).
    Unreadable(String),
    /// A reference that points to no resource of the input.
    Dangling(String),
    /// Assumption: an observation's specimen reference points to no
    /// resource of the input; the sample type is read from the test's name.
    SpecimenDangling(String),
    /// Assumption: a dispense handed over on a day with a supervised dose
    /// supplies the days after it.
    SupplyAfterSupervised,
    /// A non-LAR drug given or handed over (administrations and dispenses
    /// of other drugs are not prescriptions).
    NotLarDose,
    /// A statement of the LAR medication: not a record of doses taken.
    LarStatement,
    /// A LAR prescription that gave no treatment date.
    LarRequest,
    /// Depot buprenorphine given: `[[injections]]` are not imported.
    Depot,
    /// Assumption: doses on or after `as_of` written as `[[plan]]`.
    Plan,
    /// A record after `as_of`: set aside.
    AfterAsOf,
    /// Assumption: `started_lar` read from this resource.
    StartedLar(NaiveDate),
    /// Assumption: `medication_since` read from this resource.
    MedicationSince(NaiveDate),
    /// A start of treatment after the first imported dose: not written.
    StartAfterFirstDose(NaiveDate),
    /// The prescription has no daily dose that could be computed.
    DoseNotDerived,
    /// Assumption: a prescription's `from` is the day it was written.
    FromAuthored,
    /// A stopped prescription without an end date.
    NoEnd,
    /// An observation larcheck does not read (neither a drug test, a QTc
    /// nor a gestational age).
    NotScreen,
    /// A drug test of a substance outside the screen vocabulary.
    UnknownSubstance,
    /// A drug test without a result larcheck can read (detected or not).
    NoResult,
    /// Assumption: a sample whose type is not given is urine.
    AssumedUrine,
    /// A pregnancy without a gestational week: `pregnancy_week` must be
    /// written by hand.
    PregnantNoWeek,
    /// Assumption: the gestational week counted on to `as_of`.
    WeekCountedOn(u32),
    /// A gestational age that puts `as_of` past week 42: the pregnancy is
    /// over (or the date is wrong); no `pregnancy_week` written.
    PregnancyOver(u32),
    /// An encounter that is not an ended admission.
    NotAdmission,
    /// A condition that is neither a pregnancy nor an overdose.
    NotEvent,
    /// Assumption: `[pickup]` read from the dispensing of the last 4 weeks.
    PickupDerived,
    /// No `[pickup]`: the dispensing pattern of the last 4 weeks is not
    /// regular (or not fully recorded).
    PickupNotDerived,
    /// No identifier of the `--id-from` system: the resource id is the id.
    IdFallback,
    /// A patient without a LAR dose: no case written (`--all-patients`).
    Skipped,
}

impl Reason {
    /// Mapped with an assumption (the rest is not imported).
    pub fn assumed(&self) -> bool {
        matches!(
            self,
            Reason::SupplyAfterSupervised
                | Reason::Plan
                | Reason::StartedLar(_)
                | Reason::MedicationSince(_)
                | Reason::DoseNotDerived
                | Reason::FromAuthored
                | Reason::AssumedUrine
                | Reason::SpecimenDangling(_)
                | Reason::WeekCountedOn(_)
                | Reason::PickupDerived
                | Reason::IdFallback
        )
    }

    /// A stable code for the JSON summary.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::NotMapped => "not-mapped",
            Reason::UnknownDrug(_) => "unknown-drug",
            Reason::Unit(_) => "unit",
            Reason::NoDose => "no-dose",
            Reason::NoDate => "no-date",
            Reason::Status(_) => "status",
            Reason::NoPatient => "no-patient",
            Reason::Unreadable(_) => "unreadable",
            Reason::Dangling(_) => "dangling-reference",
            Reason::SpecimenDangling(_) => "specimen-dangling-reference",
            Reason::SupplyAfterSupervised => "supply-after-supervised",
            Reason::NotLarDose => "not-lar-dose",
            Reason::LarStatement => "lar-statement",
            Reason::LarRequest => "lar-request",
            Reason::Depot => "depot",
            Reason::Plan => "plan",
            Reason::AfterAsOf => "after-as-of",
            Reason::StartedLar(_) => "started-lar",
            Reason::MedicationSince(_) => "medication-since",
            Reason::StartAfterFirstDose(_) => "start-after-first-dose",
            Reason::DoseNotDerived => "dose-not-derived",
            Reason::FromAuthored => "from-authored",
            Reason::NoEnd => "no-end",
            Reason::NotScreen => "not-read-observation",
            Reason::UnknownSubstance => "unknown-substance",
            Reason::NoResult => "no-result",
            Reason::AssumedUrine => "assumed-urine",
            Reason::PregnantNoWeek => "pregnant-no-week",
            Reason::WeekCountedOn(_) => "week-counted-on",
            Reason::PregnancyOver(_) => "pregnancy-over",
            Reason::NotAdmission => "not-admission",
            Reason::NotEvent => "not-event",
            Reason::PickupDerived => "pickup-derived",
            Reason::PickupNotDerived => "pickup-not-derived",
            Reason::IdFallback => "id-fallback",
            Reason::Skipped => "skipped",
        }
    }
}

/// A patient's notes as they are shown: one note, or one assumption made
/// for several resources.
#[derive(Debug, PartialEq)]
pub enum Shown<'a> {
    /// A note on one resource.
    One(&'a Note),
    /// The same assumption made for every one of `resources` (two or more,
    /// in input order).
    Many {
        /// The assumption.
        reason: &'a Reason,
        /// Every resource it was made for.
        resources: Vec<&'a str>,
    },
}

/// The notes of one patient as they are shown. An assumption made for
/// several resources (a bulk export: "the supply counted from the next
/// day" for each of 50 dispenses, 320,000 in all) is one note where its
/// first resource is, with the count; every resource stays named: the case
/// file lists them all under the note, the JSON summary gives them all in
/// `resources`, and standard error (a summary on screen) gives the count,
/// the first and the last. Notes on resources not imported are never
/// grouped: each of them is something a clinician may need to add by hand.
pub fn shown(notes: &[Note]) -> Vec<Shown<'_>> {
    let mut out: Vec<Shown<'_>> = Vec::with_capacity(notes.len());
    // The place in `out` of each assumption seen so far.
    let mut at: HashMap<&Reason, usize> = HashMap::default();
    for n in notes {
        if !n.reason.assumed() {
            out.push(Shown::One(n));
            continue;
        }
        match at.get(&n.reason) {
            Some(&i) => match &mut out[i] {
                Shown::Many { resources, .. } => resources.push(&n.resource),
                Shown::One(first) => {
                    out[i] = Shown::Many {
                        reason: &n.reason,
                        resources: vec![&first.resource, &n.resource],
                    };
                }
            },
            None => {
                at.insert(&n.reason, out.len());
                out.push(Shown::One(n));
            }
        }
    }
    out
}

/// Two resources that contradict each other.
#[derive(Debug, PartialEq)]
pub struct Conflict {
    /// The two resources.
    pub resources: [String; 2],
    /// What they disagree on.
    pub kind: ConflictKind,
}

/// What two resources disagree on.
#[derive(Debug, PartialEq)]
pub enum ConflictKind {
    /// Both record the dose of this day.
    Dose(NaiveDate),
    /// One sample: the substance found and not found.
    Screen(NaiveDate, &'static str),
    /// A pregnancy of a patient recorded as male.
    PregnancyMale,
    /// Two gestational ages more than a week apart on `as_of`.
    PregnancyWeeks,
}

/// What the mapping gives: the cases and the notes on resources of no
/// patient (and on patients skipped).
#[derive(Debug, Default)]
pub struct Imported {
    /// One case per `Patient` with a LAR dose (every one with
    /// `all_patients`), in input order.
    pub cases: Vec<PatientCase>,
    /// Notes on resources that belong to no patient, and skipped patients.
    pub notes: Vec<Note>,
}

/// What a patient's mapping reads besides its own resources.
pub struct Ctx<'a> {
    /// Every resource, in the chunks it was read in (see [`map_chunks`]).
    pub chunks: &'a [&'a [Resource<'a>]],
    /// `Type/id` and `fullUrl` → the resource's index (see [`Ctx::at`]).
    pub by_ref: HashMap<String, usize>,
    /// The options.
    pub opts: Options<'a>,
    /// Medication concepts resolved so far (key: the codings and text).
    pub names: std::sync::Mutex<HashMap<String, Result<super::medication::Named, Reason>>>,
}

impl<'a> Ctx<'a> {
    /// The resource a literal reference names (`Type/id`, an absolute URL
    /// ending in `Type/id`, `urn:uuid:…`).
    pub fn get(&self, reference: &str) -> Option<&'a Resource<'a>> {
        Some(self.at(self.find(reference)?))
    }

    /// The resource of an index of [`Ctx::all`].
    pub fn at(&self, index: usize) -> &'a Resource<'a> {
        &self.chunks[index >> HALF][index & ((1 << HALF) - 1)]
    }

    /// Every resource with its index, in input order.
    fn all(&self) -> impl Iterator<Item = (usize, &'a Resource<'a>)> + 'a {
        let chunks = self.chunks;
        chunks
            .iter()
            .enumerate()
            .flat_map(|(c, chunk)| chunk.iter().enumerate().map(move |(i, r)| (index(c, i), r)))
    }

    /// The index of the resource a reference names.
    pub fn find(&self, reference: &str) -> Option<usize> {
        self.by_ref
            .get(reference)
            .or_else(|| self.by_ref.get(relative(reference)?))
            .copied()
    }
}

/// `Type/id` of an absolute or versioned reference
/// (`https://x/fhir/Patient/p1/_history/2` → `Patient/p1`).
fn relative(reference: &str) -> Option<&str> {
    let r = reference.split("/_history/").next()?;
    let mut parts = r.rsplitn(3, '/');
    let id = parts.next()?;
    let kind = parts.next()?;
    let cut = r.len() - id.len() - kind.len() - 1;
    (!kind.is_empty() && !id.is_empty()).then(|| &r[cut..])
}

/// Resource types no mapping follows a reference to (not indexed).
const NEVER_REFERENCED: &[&str] = &[
    "MedicationAdministration",
    "MedicationDispense",
    "MedicationRequest",
    "MedicationStatement",
    "EpisodeOfCare",
    "Encounter",
    "Condition",
];

/// The resource types that need no patient: read through references.
const SUPPORT: &[&str] = &["Medication", "Specimen"];

/// Half the bits of an index: the chunk in the high half, the place in it
/// in the low one.
const HALF: u32 = usize::BITS / 2;

/// The index of the `i`th resource of chunk `c` (see [`Ctx::at`]).
fn index(c: usize, i: usize) -> usize {
    (c << HALF) | i
}

/// Maps the resources. A contradiction is an error naming both resources.
pub fn map(resources: &[Resource<'_>], opts: Options<'_>) -> Result<Imported, Conflict> {
    map_chunks(&[resources], opts)
}

/// As [`map`], the resources given in the chunks they were read in
/// ([`super::read_chunks`]), in input order: 3.7 million resources of a
/// bulk export are not copied into one vector first (the copy was a serial
/// tenth of the import).
pub fn map_chunks(chunks: &[&[Resource<'_>]], opts: Options<'_>) -> Result<Imported, Conflict> {
    assert!(
        chunks.len() < 1 << HALF && chunks.iter().all(|c| c.len() < 1 << HALF),
        "more resources than an index holds"
    );
    let mut out = Imported::default();
    let by_ref = reference_index(chunks);
    let ctx = Ctx {
        chunks,
        by_ref,
        opts,
        names: std::sync::Mutex::default(),
    };
    // The patients, and each resource grouped under the patient it is about.
    let mut patient_at: HashMap<usize, usize> = HashMap::default();
    let mut bases = Vec::new();
    for (i, r) in ctx.all().filter(|(_, r)| r.kind == "Patient") {
        match patient_case(r, opts) {
            Ok((case, notes)) => {
                patient_at.insert(i, bases.len());
                bases.push((case, notes, Vec::new()));
            }
            Err(n) => out.notes.push(n),
        }
    }
    let owners = owners(&ctx, &patient_at);
    for ((i, r), owner) in ctx.all().zip(owners.into_iter().flatten()) {
        match owner {
            Owner::Itself => {}
            Owner::Patient(at) => bases[at].2.push(i),
            Owner::None if MAPPED.contains(&&*r.kind) => {
                out.notes.push(note(r, Reason::NoPatient));
            }
            Owner::None => out.notes.push(note(r, Reason::NotMapped)),
        }
    }
    let mapped: Vec<Result<PatientCase, Conflict>> = bases
        .into_par_iter()
        .map(|(case, notes, group)| map_patient(&ctx, case, notes, &group))
        .collect();
    for case in mapped {
        let case = case?;
        if case.medication.is_none() && !opts.all_patients {
            out.notes.push(Note {
                resource: case.resource.clone(),
                reason: Reason::Skipped,
            });
            continue;
        }
        out.cases.push(case);
    }
    Ok(out)
}

/// The resources a mapping follows a reference to, by `Type/id` and by
/// full URL: patients (subjects), medications, specimens and panel
/// members. The others (the millions of doses of a bulk export) are never
/// a reference's target. The keys are built in parallel and inserted in
/// input order (a later resource of the same `Type/id` wins, as before).
fn reference_index(chunks: &[&[Resource<'_>]]) -> HashMap<String, usize> {
    let keys: Vec<(String, usize)> = chunks
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, chunk)| {
            chunk
                .iter()
                .enumerate()
                .filter(|(_, r)| !NEVER_REFERENCED.contains(&&*r.kind))
                .flat_map(move |(i, r)| {
                    let at = index(c, i);
                    let id = r.id.as_ref().map(|id| (format!("{}/{id}", r.kind), at));
                    id.into_iter()
                        .chain(r.full_url.as_ref().map(|url| (url.to_string(), at)))
                })
        })
        .collect();
    let mut by_ref = HashMap::with_capacity_and_hasher(keys.len(), Default::default());
    by_ref.extend(keys);
    by_ref
}

/// Each resource's group, chunk by chunk in input order: looked up in
/// parallel (3.7 million lookups of a bulk export). `patient_at` is the
/// group of each patient resource.
fn owners(ctx: &Ctx<'_>, patient_at: &HashMap<usize, usize>) -> Vec<Vec<Owner>> {
    ctx.chunks
        .par_iter()
        .map(|chunk| {
            chunk
                .iter()
                .map(|r| {
                    if r.kind == "Patient" || SUPPORT.contains(&&*r.kind) {
                        return Owner::Itself;
                    }
                    let at = r.subject.as_deref().and_then(|s| ctx.find(s));
                    match at.and_then(|p| patient_at.get(&p)) {
                        Some(&at) => Owner::Patient(at),
                        None => Owner::None,
                    }
                })
                .collect()
        })
        .collect()
}

/// Whose group a resource is in.
#[derive(Clone, Copy)]
enum Owner {
    /// None: a patient, or a resource read through references.
    Itself,
    /// The patient of this place in the patients.
    Patient(usize),
    /// Its subject is no patient of the input.
    None,
}

/// The resource types mapped (the others are noted as not mapped).
const MAPPED: &[&str] = &[
    "Patient",
    "MedicationAdministration",
    "MedicationDispense",
    "MedicationRequest",
    "MedicationStatement",
    "Observation",
    "Encounter",
    "Condition",
    "EpisodeOfCare",
];

/// A note on `r`.
pub fn note(r: &Resource<'_>, reason: Reason) -> Note {
    Note {
        resource: r.name(),
        reason,
    }
}

/// The case of a `Patient` resource (and its notes), or why it has none.
fn patient_case(r: &Resource<'_>, opts: Options<'_>) -> Result<(PatientCase, Vec<Note>), Note> {
    let Some(id) = r.id.as_deref().map(str::to_owned) else {
        return Err(note(r, Reason::Unreadable("Patient without id".into())));
    };
    let p: Patient = r.parse().map_err(|e| note(r, unreadable(e)))?;
    let mut notes = Vec::new();
    let mut case_id = id.clone();
    if let Some(system) = opts.id_from {
        let ids: Identified = r.parse().unwrap_or_default();
        match ids
            .identifier
            .iter()
            .find(|i| i.system.as_deref() == Some(system))
            .and_then(|i| i.value.clone())
        {
            Some(v) => case_id = v.to_string(),
            None => notes.push(note(r, Reason::IdFallback)),
        }
    }
    let born = p
        .birth_date
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    let sex = match p.gender.as_deref() {
        Some("female") => Some("female"),
        Some("male") => Some("male"),
        Some("other") => Some("other"),
        _ => None,
    };
    let case = PatientCase {
        id: case_id,
        resource: format!("Patient/{id}"),
        born,
        sex,
        ..PatientCase::default()
    };
    Ok((case, notes))
}

/// The reader's message as a [`Reason::Unreadable`].
pub fn unreadable(e: serde_json::Error) -> Reason {
    Reason::Unreadable(e.to_string())
}

/// Reads `r` as `T`, or notes why not.
pub fn typed<'a, T: serde::Deserialize<'a>>(r: &Resource<'a>, notes: &mut Vec<Note>) -> Option<T> {
    match r.parse::<T>() {
        Ok(t) => Some(t),
        Err(e) => {
            notes.push(note(r, unreadable(e)));
            None
        }
    }
}

/// The local date of a FHIR date or dateTime (the date as written: the
/// sender's local day).
pub fn date(s: Option<&str>) -> Option<NaiveDate> {
    let s = s?.get(..10)?;
    // The form every FHIR date has (`YYYY-MM-DD`) read by hand: a bulk
    // export has millions of them, and the format parser was a tenth of the
    // import. Anything else goes through it.
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// One patient: every resource of its group by type, then what is read
/// across them (ranges, treatment dates, screens, pickup).
fn map_patient(
    ctx: &Ctx<'_>,
    mut case: PatientCase,
    mut notes: Vec<Note>,
    group: &[usize],
) -> Result<PatientCase, Conflict> {
    let of = |kind: &'static str| {
        group
            .iter()
            .map(|&i| ctx.at(i))
            .filter(move |r| r.kind == kind)
    };
    let mut doses = super::doses::Doses::default();
    for r in of("MedicationAdministration") {
        doses.administration(ctx, r, &mut notes)?;
    }
    for r in of("MedicationDispense") {
        doses.dispense(ctx, r, &mut notes)?;
    }
    let mut starts = super::doses::Starts::default();
    for r in of("EpisodeOfCare") {
        starts.episode(r, &mut notes);
    }
    for kind in ["MedicationRequest", "MedicationStatement"] {
        for r in of(kind) {
            if let Some(p) = super::prescriptions::read(ctx, r, &mut starts, &mut notes) {
                case.prescriptions.push(p);
            }
        }
    }
    let mut obs = super::observations::Observations::default();
    for r in of("Observation") {
        obs.read(ctx, r, &mut notes);
    }
    for r in of("Encounter") {
        if let Some(e) = super::events::encounter(r, &mut notes) {
            case.events.push(e);
        }
    }
    for r in of("Condition") {
        if let Some(e) = super::events::condition(r, &mut obs, &mut notes) {
            case.events.push(e);
        }
    }
    for r in group.iter().map(|&i| ctx.at(i)) {
        if !MAPPED.contains(&&*r.kind) {
            notes.push(note(r, Reason::NotMapped));
        }
    }
    let as_of = ctx.opts.as_of;
    doses.finish(&mut case, as_of, &mut notes);
    starts.finish(&mut case, &mut notes);
    obs.finish(&mut case, as_of, &mut notes)?;
    super::events::finish(&mut case, as_of, &mut notes);
    case.notes = notes;
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_by_hand_as_the_format_parser_reads_it() {
        for s in [
            "2026-11-20",
            "2026-11-20T08:30:00+01:00",
            "2026-02-30",
            "2026-13-01",
            "0000-01-01",
            "+2026-11-2",
            "2026-1-01x",
            "２026-11-20",
            "2026",
            "",
        ] {
            let chrono = s
                .get(..10)
                .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok());
            assert_eq!(date(Some(s)), chrono, "{s}");
        }
    }

    #[test]
    fn a_repeated_assumption_is_one_shown_note_naming_every_resource() {
        let n = |resource: &str, reason: Reason| Note {
            resource: resource.into(),
            reason,
        };
        let notes = [
            n("MedicationDispense/d1", Reason::SupplyAfterSupervised),
            n(
                "MedicationAdministration/a1",
                Reason::Status("not-done".into()),
            ),
            n("MedicationDispense/d2", Reason::SupplyAfterSupervised),
            n(
                "MedicationAdministration/a2",
                Reason::Status("not-done".into()),
            ),
            n("Observation/o1", Reason::WeekCountedOn(20)),
            n("Observation/o2", Reason::WeekCountedOn(21)),
            n("MedicationDispense/d3", Reason::SupplyAfterSupervised),
        ];
        let shown = shown(&notes);
        assert_eq!(
            shown,
            [
                Shown::Many {
                    reason: &Reason::SupplyAfterSupervised,
                    resources: vec![
                        "MedicationDispense/d1",
                        "MedicationDispense/d2",
                        "MedicationDispense/d3"
                    ],
                },
                Shown::One(&notes[1]),
                Shown::One(&notes[3]),
                Shown::One(&notes[4]),
                Shown::One(&notes[5]),
            ]
        );
    }

    #[test]
    fn a_reference_is_read_relative() {
        assert_eq!(
            relative("https://x/fhir/Patient/p1/_history/2"),
            Some("Patient/p1")
        );
        assert_eq!(relative("Patient/p1"), Some("Patient/p1"));
        assert_eq!(relative("p1"), None);
    }
}
