//! Properties of the FHIR import (issue 21): whatever the input, reading
//! and mapping never panic and give either an error (not FHIR, or two
//! resources that contradict each other) or cases with notes; and every
//! case written is a case file that `larcheck check` reads.
//!
//! Two generators: random JSON of any shape, and FHIR-shaped resources —
//! the mapped resource types with fields drawn from a pool of right,
//! missing, odd and wrongly typed values (a dose of "80", a date of
//! 2026-13-45, a subject that names no patient, an id shared by two
//! resources), in a `Bundle` or as NDJSON lines.

use larcheck::config::Config;
use larcheck::fhir::map::{Options, map};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::sync::OnceLock;

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::embedded)
}

fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// Reads and maps `text`; every case rendered must parse as a case file.
fn import(text: &str, as_of: Option<chrono::NaiveDate>) -> Result<(), TestCaseError> {
    let Ok(resources) = larcheck::fhir::read(text) else {
        return Ok(()); // not JSON or not FHIR: an error, never a panic
    };
    let opts = Options {
        as_of,
        catalogue: &config().catalogue,
        id_from: None,
        all_patients: true,
    };
    let Ok(imported) = map(&resources, opts) else {
        return Ok(()); // a contradiction: an error naming both resources
    };
    let t = larcheck::fhir::Treatment {
        as_of,
        started_lar: None,
    };
    // `--all-patients` writes patients without a LAR dose too, without
    // `[treatment]` (not a case to check); every other case must read.
    for case in &imported.cases {
        let case_file = larcheck::fhir::render(case, "prop.json", t, larcheck::i18n::Lang::En);
        if case.medication.is_none() {
            continue;
        }
        // Without `--as-of` the case is checked on a later day (an export is
        // checked after it was made): after every date of the pools and the
        // longest supply read (366 days).
        let day = as_of.unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2028, 1, 1).unwrap());
        if let Err(e) = larcheck::input::parse(&case_file, Some(day)) {
            return Err(TestCaseError::fail(format!(
                "an imported case does not parse: {e}\n{case_file}\nfrom\n{text}"
            )));
        }
    }
    Ok(())
}

/// Any JSON value, a few levels deep, with FHIR's key names now and then.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-zA-Z0-9 /:.-]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "Patient",
            "Bundle",
            "Observation",
            "MedicationDispense"
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "resourceType",
                        "id",
                        "entry",
                        "resource",
                        "subject",
                        "reference",
                        "status",
                        "code",
                        "x",
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(
                kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

const KINDS: &[&str] = &[
    "Patient",
    "MedicationAdministration",
    "MedicationDispense",
    "MedicationRequest",
    "MedicationStatement",
    "Observation",
    "Encounter",
    "Condition",
    "EpisodeOfCare",
    "Medication",
    "Specimen",
    "Flag",
];

/// The values a field can take: right ones, odd ones, wrongly typed ones.
fn pool(field: &str) -> Vec<Value> {
    let quantity = |v: Value, c: Value| json!({"value": v, "code": c});
    let atc = |code: &str| json!({"coding": [{"system": "http://www.whocc.no/atc", "code": code}]});
    let loinc = |code: &str| json!({"coding": [{"system": "http://loinc.org", "code": code}]});
    let dates = vec![
        json!("2026-11-01"),
        json!("2026-11-19T08:30:00+01:00"),
        json!("2026-11-25"),
        json!("2026-13-45"),
        json!("2026"),
        json!(""),
        json!(20261101),
        Value::Null,
    ];
    match field {
        "status" => vec![
            json!("completed"),
            json!("final"),
            json!("active"),
            json!("finished"),
            json!("not-done"),
            json!("cancelled"),
            json!("entered-in-error"),
            json!(7),
        ],
        "subject" | "patient" => vec![
            json!({"reference": "Patient/p1"}),
            json!({"reference": "Patient/p2"}),
            json!({"reference": "Patient/nowhere"}),
            json!({"reference": "urn:uuid:1"}),
            json!({"reference": 5}),
            json!("Patient/p1"),
        ],
        "medicationCodeableConcept" | "code" => vec![
            atc("N07BC02"),
            atc("N07BC01"),
            atc("N07BC51"),
            atc("N05BA04"),
            atc("N07BC06"),
            json!({"text": "Metadon DnE mikst 1 mg/ml"}),
            json!({"text": "Fantasiol"}),
            loinc("8636-3"),
            loinc("49051-6"),
            loinc("82810-3"),
            loinc("19295-5"),
            loinc("14683-7"),
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "77386006", "display": "Pregnancy"}]}),
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "55680006", "display": "Drug overdose"}]}),
            json!({"coding": "N07BC02"}),
            json!({}),
        ],
        "medicationReference" | "specimen" => vec![
            json!({"reference": "Medication/m1"}),
            json!({"reference": "#m1"}),
            json!({"reference": "Specimen/s1"}),
            json!({"reference": "Medication/gone"}),
            json!({}),
        ],
        "effectiveDateTime" | "whenHandedOver" | "authoredOn" | "onsetDateTime" | "birthDate" => {
            dates
        }
        "effectivePeriod" | "period" | "validityPeriod" => dates
            .iter()
            .map(|d| json!({"start": d, "end": "2026-11-10"}))
            .chain([json!({"end": "2026-10-01"}), json!([])])
            .collect(),
        "daysSupply" | "valueQuantity" | "dose" => vec![
            quantity(json!(3), json!("d")),
            quantity(json!(80), json!("mg")),
            quantity(json!(470), json!("ms")),
            quantity(json!(20), json!("wk")),
            quantity(json!(0), json!("mg")),
            quantity(json!(-1), json!("d")),
            quantity(json!(1e300), json!("d")),
            quantity(json!("80"), json!("mg")),
            quantity(json!(1.5), json!("ml")),
            json!({"value": 40}),
        ],
        "dosage" => vec![
            json!({"dose": {"value": 80, "code": "mg"}}),
            json!({"dose": {"value": 8, "code": "mg"}}),
            json!({"dose": {"value": 90, "code": "ml"}}),
            json!({}),
            json!([1]),
        ],
        "dosageInstruction" => vec![
            json!([{"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}}, "doseAndRate": [{"doseQuantity": {"value": 10, "code": "mg"}}]}]),
            json!([{"doseAndRate": [{"doseQuantity": {"value": 60, "code": "mg"}}]}]),
            json!([{"timing": {"repeat": {"frequency": 0, "period": 0, "periodUnit": "d"}}, "doseAndRate": [{"doseQuantity": {"value": 10, "code": "mg"}}]}]),
            json!([{"timing": {"repeat": {"frequency": 1, "period": 72, "periodUnit": "h"}}, "doseAndRate": [{"rateQuantity": {"value": 25, "code": "ug/h"}}]}]),
            json!([{"timing": {"repeat": {"when": ["MORN", "EVE"], "periodUnit": "wk"}}}]),
            json!([{"asNeededBoolean": true, "maxDosePerPeriod": {"numerator": {"value": 30, "code": "mg"}, "denominator": {"value": 1, "code": "d"}}}]),
            json!({}),
        ],
        "valueCodeableConcept" => vec![
            json!({"text": "Not detected"}),
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "260373001", "display": "Detected"}]}),
            json!({"text": "positive"}),
            json!({"text": "Pregnant"}),
            json!(3),
        ],
        "dataAbsentReason" => vec![
            json!({"coding": [{"code": "asked-declined"}]}),
            json!({"coding": [{"code": "not-performed"}]}),
            json!({"text": "?"}),
        ],
        "class" => vec![json!({"code": "IMP"}), json!({"code": "AMB"}), json!("IMP")],
        "type" => vec![
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "119342007", "display": "Saliva specimen"}]}),
            json!({"text": "urine"}),
            json!([{"text": "Detoxification"}]),
        ],
        "gender" => vec![json!("female"), json!("male"), json!("unknown"), json!(1)],
        "component" => vec![
            json!([{"code": {"coding": [{"system": "http://loinc.org", "code": "8636-3"}]}, "valueQuantity": {"value": 480, "code": "ms"}}]),
            json!([{"code": {"text": "Oxazepam"}, "valueString": "Detected"}]),
            json!("x"),
        ],
        "clinicalStatus" | "verificationStatus" => vec![
            json!({"coding": [{"code": "active"}]}),
            json!({"coding": [{"code": "entered-in-error"}]}),
            json!({"coding": [{"code": "resolved"}]}),
        ],
        _ => vec![Value::Null],
    }
}

const FIELDS: &[&str] = &[
    "status",
    "subject",
    "patient",
    "medicationCodeableConcept",
    "medicationReference",
    "code",
    "specimen",
    "effectiveDateTime",
    "whenHandedOver",
    "authoredOn",
    "onsetDateTime",
    "birthDate",
    "effectivePeriod",
    "period",
    "daysSupply",
    "valueQuantity",
    "dosage",
    "dosageInstruction",
    "valueCodeableConcept",
    "dataAbsentReason",
    "class",
    "type",
    "gender",
    "component",
    "clinicalStatus",
    "verificationStatus",
];

/// A valid resource of each kind, about `Patient/p1`: the generator
/// starts from it, then drops fields and sets others from their pools.
fn template(kind: &str) -> Value {
    let atc = json!({"coding": [{"system": "http://www.whocc.no/atc", "code": "N07BC02"}]});
    let subject = json!({"reference": "Patient/p1"});
    match kind {
        "MedicationAdministration" => json!({"status": "completed", "subject": subject,
            "medicationCodeableConcept": atc, "effectiveDateTime": "2026-11-10T08:30:00+01:00",
            "dosage": {"dose": {"value": 80, "code": "mg"}}}),
        "MedicationDispense" => json!({"status": "completed", "subject": subject,
            "medicationCodeableConcept": atc, "whenHandedOver": "2026-11-12",
            "daysSupply": {"value": 3, "code": "d"},
            "dosageInstruction": [{"doseAndRate": [{"doseQuantity": {"value": 80, "code": "mg"}}]}]}),
        "MedicationRequest" | "MedicationStatement" => {
            json!({"status": "active", "subject": subject,
            "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "N05BA04"}], "text": "Sobril"},
            "authoredOn": "2026-10-01",
            "dosageInstruction": [{"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}}, "doseAndRate": [{"doseQuantity": {"value": 10, "code": "mg"}}]}]})
        }
        "Observation" => {
            json!({"status": "final", "subject": subject, "effectiveDateTime": "2026-11-12",
            "code": {"coding": [{"system": "http://loinc.org", "code": "19295-5", "display": "Opiates [Presence] in Urine"}]},
            "specimen": {"reference": "Specimen/s1"},
            "valueCodeableConcept": {"text": "Detected"}})
        }
        "Encounter" => json!({"status": "finished", "class": {"code": "IMP"}, "subject": subject,
            "period": {"start": "2026-11-01", "end": "2026-11-05"}, "type": [{"text": "Avrusning"}]}),
        "Condition" => json!({"subject": subject, "onsetDateTime": "2026-10-30",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "T40.1"}]}}),
        "EpisodeOfCare" => {
            json!({"status": "active", "patient": subject, "period": {"start": "2024-01-01"}})
        }
        "Medication" => {
            json!({"code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "N07BC01"}]}})
        }
        "Specimen" => json!({"type": {"text": "Urine"}}),
        "Patient" => json!({"gender": "male", "birthDate": "1970"}),
        _ => json!({"subject": subject}),
    }
}

/// One resource: a type, an id from a small pool (ids are shared now and
/// then), the fields of its template to drop, and fields set from their
/// pools (by index).
type Shape = (usize, usize, Vec<usize>, Vec<(usize, usize)>);

fn resource((kind, id, drops, sets): &Shape) -> Value {
    let kind = KINDS[kind % KINDS.len()];
    let Value::Object(mut r) = template(kind) else {
        unreachable!("templates are objects")
    };
    r.insert("resourceType".into(), json!(kind));
    let ids = ["p1", "p2", "m1", "s1", "r1", "r2", "r3", "r4", "r5", "r6"];
    if let Some(id) = ids.get(*id) {
        r.insert("id".into(), json!(id));
    }
    for d in drops {
        r.remove(FIELDS[d % FIELDS.len()]);
    }
    for (f, v) in sets {
        let name = FIELDS[f % FIELDS.len()];
        let values = pool(name);
        r.insert(name.into(), values[v % values.len()].clone());
    }
    if kind.starts_with("Medication") {
        // A contained Medication for "#m1".
        r.insert(
            "contained".into(),
            json!([{"resourceType": "Medication", "id": "m1", "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "N07BC02"}]}}]),
        );
    }
    Value::Object(r)
}

fn shapes() -> impl Strategy<Value = Vec<Shape>> {
    prop::collection::vec(
        (
            0..KINDS.len(),
            0usize..12,
            prop::collection::vec(0..FIELDS.len(), 0..2),
            prop::collection::vec((0..FIELDS.len(), 0usize..20), 0..3),
        ),
        0..16,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any JSON at all: an error or a summary, never a panic.
    #[test]
    fn random_json_never_panics(v in any_json(), ndjson in any::<bool>()) {
        let text = if ndjson {
            format!("{v}\n{v}\n")
        } else {
            serde_json::to_string_pretty(&v).unwrap()
        };
        import(&text, None)?;
    }

    /// FHIR-shaped resources with missing, odd and wrongly typed fields:
    /// an error or cases, and every case written reads as a case file.
    #[test]
    fn fhir_shaped_resources_give_an_error_or_valid_cases(
        shapes in shapes(),
        bundle in any::<bool>(),
        with_as_of in any::<bool>(),
    ) {
        let mut resources: Vec<Value> = vec![json!({"resourceType": "Patient", "id": "p1", "gender": "female"})];
        resources.extend(shapes.iter().map(resource));
        let text = if bundle {
            let entry: Vec<Value> = resources
                .into_iter()
                .enumerate()
                .map(|(i, r)| json!({"fullUrl": format!("urn:uuid:{i}"), "resource": r}))
                .collect();
            json!({"resourceType": "Bundle", "type": "collection", "entry": entry}).to_string()
        } else {
            resources.iter().map(|r| format!("{r}\n")).collect()
        };
        import(&text, with_as_of.then(as_of))?;
    }
}
