//! A FHIR R4 bulk export (NDJSON, one file per resource type, as the
//! `$export` operation writes it) of realistic one-year LAR patients, for
//! `benches/fhir.rs` and `examples/fhir_export.rs` (issue 21). The same
//! seed gives the same files.
//!
//! Each patient: a `Patient` (a clinic identifier and a national identity
//! number that must never reach a case), an `EpisodeOfCare`, one LAR
//! medication (methadone, buprenorphine or buprenorphine-naloxone, coded by
//! ATC with the FEST product name as display) given for a year under one of
//! four pickup regimes (every day supervised; weekdays supervised and the
//! weekend handed over; two supervised days a week and the days between
//! handed over; a week handed over at a time), as `MedicationAdministration`
//! and `MedicationDispense` resources, with one to four dose changes, a few
//! missed days (nothing recorded) and now and then an administration
//! `not-done`; urine or oral-fluid panels every one to four weeks (one
//! `Specimen` and one `Observation` per substance, creatinine for urine);
//! zero to three other prescriptions (`MedicationRequest` with dose ×
//! frequency); QTc ECGs for methadone; now and then a hospital stay.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

/// The day of the check (`--as-of`): the year of records ends the day before.
pub const AS_OF: &str = "2026-11-20";

/// Day `n` of the year of records (day 0 is a year before `AS_OF`).
fn date(n: i64) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 11, 20).unwrap() + chrono::Duration::days(n)
}

struct Med {
    atc: &'static str,
    display: &'static str,
    doses: &'static [f64],
    /// The screen substances it gives (LOINC code, name).
    detected: &'static [(&'static str, &'static str)],
}

const MEDS: &[Med] = &[
    Med {
        atc: "N07BC02",
        display: "Metadon DnE mikst 1 mg/ml",
        doses: &[40.0, 60.0, 70.0, 80.0, 90.0, 100.0, 110.0, 120.0],
        detected: &[
            ("16246-1", "Methadone [Presence] in Urine"),
            ("43983-5", "Methadone metabolite EDDP [Presence] in Urine"),
        ],
    },
    Med {
        atc: "N07BC01",
        display: "Subutex sublingvaltablett 8 mg",
        doses: &[4.0, 8.0, 12.0, 16.0, 20.0, 24.0],
        detected: &[
            ("49752-8", "Buprenorphine [Presence] in Urine"),
            ("49751-0", "Norbuprenorphine [Presence] in Urine"),
        ],
    },
    Med {
        atc: "N07BC51",
        display: "Suboxone sublingvaltablett 8 mg/2 mg",
        doses: &[4.0, 8.0, 12.0, 16.0, 24.0],
        detected: &[
            ("49752-8", "Buprenorphine [Presence] in Urine"),
            ("49751-0", "Norbuprenorphine [Presence] in Urine"),
        ],
    },
];

/// Substances a panel also tests, usually not detected.
const PANEL: &[(&str, &str)] = &[
    ("19295-5", "Opiates [Presence] in Urine"),
    ("14316-4", "Benzodiazepines [Presence] in Urine"),
    ("18282-4", "Cannabinoids [Presence] in Urine"),
    ("19343-3", "Amphetamine [Presence] in Urine"),
];

/// Other prescriptions: ATC, name, mg a dose, doses a day.
const OTHER: &[(&str, &str, f64, f64)] = &[
    ("N05BA04", "Sobril tabl. 10 mg", 10.0, 3.0),
    ("N05AH04", "Quetiapin Actavis 25 mg tablett", 25.0, 2.0),
    ("N02BE01", "Paracet 500 mg tablett", 1000.0, 3.0),
    ("N03AX16", "Lyrica 75 mg kapsel", 75.0, 2.0),
    ("N05CF01", "Imovane 7,5 mg tablett", 7.5, 1.0),
    ("N06AB04", "Cipramil 20 mg tablett", 20.0, 1.0),
];

/// The resource types, one file each.
const TYPES: &[&str] = &[
    "Patient",
    "EpisodeOfCare",
    "MedicationAdministration",
    "MedicationDispense",
    "MedicationRequest",
    "Specimen",
    "Observation",
    "Encounter",
];

/// One patient's lines, by resource type (the index in [`TYPES`]).
struct Out {
    lines: Vec<String>,
    n: usize,
}

impl Out {
    fn push(&mut self, kind: usize, line: std::fmt::Arguments<'_>) {
        let s = &mut self.lines[kind];
        let _ = s.write_fmt(line);
        s.push('\n');
        self.n += 1;
    }
}

/// Writes `count` patients into `dir` (`<Type>.ndjson`); returns the files,
/// the bytes and the resources written.
pub fn write(dir: &Path, count: usize, seed: u64) -> (Vec<std::path::PathBuf>, usize, usize) {
    let mut rng = Rng(seed);
    let paths: Vec<_> = TYPES
        .iter()
        .map(|t| dir.join(format!("{t}.ndjson")))
        .collect();
    let mut files: Vec<_> = paths
        .iter()
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).expect("create export file")))
        .collect();
    let (mut bytes, mut resources) = (0, 0);
    for i in 0..count {
        let mut out = Out {
            lines: vec![String::new(); TYPES.len()],
            n: 0,
        };
        patient(&mut out, i, &mut rng);
        for (f, s) in files.iter_mut().zip(&out.lines) {
            f.write_all(s.as_bytes()).expect("write export");
            bytes += s.len();
        }
        resources += out.n;
    }
    for f in &mut files {
        f.flush().expect("flush export");
    }
    (paths, bytes, resources)
}

fn patient(out: &mut Out, i: usize, rng: &mut Rng) {
    let p = format!("p{i:05}");
    let sex = if rng.chance(35) { "female" } else { "male" };
    out.push(
        0,
        format_args!(
            r#"{{"resourceType":"Patient","id":"{p}","meta":{{"profile":["http://hl7.no/fhir/StructureDefinition/no-basis-Patient"]}},"identifier":[{{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":"{:011}"}},{{"system":"https://lar.example/id","value":"lar-{i:05}"}}],"gender":"{sex}","birthDate":"{}-{:02}-{:02}"}}"#,
            rng.next() % 100_000_000_000,
            rng.range(1955, 2002),
            rng.range(1, 12),
            rng.range(1, 28)
        ),
    );
    out.push(
        1,
        format_args!(
            r#"{{"resourceType":"EpisodeOfCare","id":"eoc-{p}","status":"active","patient":{{"reference":"Patient/{p}"}},"period":{{"start":"{}"}}}}"#,
            date(-rng.range(30, 6000))
        ),
    );
    let med = rng.pick(MEDS);
    doses(out, &p, rng, med);
    screens(out, &p, rng, med);
    for k in 0..rng.range(0, 3) {
        let (atc, name, mg, per_day) = *rng.pick(OTHER);
        let start = rng.range(0, 300);
        out.push(
            4,
            format_args!(
                r#"{{"resourceType":"MedicationRequest","id":"rx-{p}-{k}","status":"active","intent":"order","subject":{{"reference":"Patient/{p}"}},"authoredOn":"{}","medicationCodeableConcept":{{"coding":[{{"system":"http://www.whocc.no/atc","code":"{atc}","display":"{name}"}}],"text":"{name}"}},"dosageInstruction":[{{"timing":{{"repeat":{{"frequency":{per_day},"period":1,"periodUnit":"d"}}}},"doseAndRate":[{{"doseQuantity":{{"value":{mg},"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"}}}}]}}],"dispenseRequest":{{"validityPeriod":{{"start":"{}","end":"{}"}}}}}}"#,
                date(start),
                date(start),
                date(start + 365)
            ),
        );
    }
    if med.atc == "N07BC02" {
        for k in 0..rng.range(1, 2) {
            out.push(
                6,
                format_args!(
                    r#"{{"resourceType":"Observation","id":"ecg-{p}-{k}","status":"final","subject":{{"reference":"Patient/{p}"}},"effectiveDateTime":"{}","code":{{"coding":[{{"system":"http://loinc.org","code":"8636-3","display":"QT interval corrected"}}]}},"valueQuantity":{{"value":{},"unit":"ms","code":"ms"}}}}"#,
                    date(rng.range(0, 364)),
                    rng.range(400, 490)
                ),
            );
        }
    }
    if rng.chance(5) {
        let start = rng.range(0, 350);
        out.push(
            7,
            format_args!(
                r#"{{"resourceType":"Encounter","id":"enc-{p}","status":"finished","class":{{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"}},"subject":{{"reference":"Patient/{p}"}},"period":{{"start":"{}","end":"{}"}}}}"#,
                date(start),
                date(start + rng.range(1, 10))
            ),
        );
    }
}

/// What is recorded on a day of the regime: a supervised dose, and how
/// many days handed over (0: none).
fn regime(kind: i64, weekday: i64) -> (bool, i64) {
    match (kind, weekday) {
        // every day supervised
        (0, _) => (true, 0),
        // weekdays supervised, the weekend handed over on Friday
        (1, 4) => (true, 2),
        (1, 5 | 6) => (false, 0),
        (1, _) => (true, 0),
        // Monday and Thursday supervised, the days between handed over
        (2, 0) => (true, 2),
        (2, 3) => (true, 3),
        (2, _) => (false, 0),
        // a week handed over on Monday
        (_, 0) => (false, 7),
        _ => (false, 0),
    }
}

fn doses(out: &mut Out, p: &str, rng: &mut Rng, med: &Med) {
    let kind = *rng.pick(&[0, 1, 1, 2, 3]);
    let mut cuts: Vec<i64> = (0..rng.range(1, 4)).map(|_| rng.range(10, 355)).collect();
    cuts.sort_unstable();
    let mut k = rng.range(0, med.doses.len() as i64 - 1) as usize;
    let medication = format!(
        r#""medicationCodeableConcept":{{"coding":[{{"system":"http://www.whocc.no/atc","code":"{}","display":"{}"}}],"text":"{}"}}"#,
        med.atc, med.display, med.display
    );
    // A run of days handed over is skipped until it ends.
    let mut covered_to = -1;
    for day in 0..365 {
        if cuts.first() == Some(&day) {
            cuts.remove(0);
            k = if k + 1 < med.doses.len() && rng.chance(60) {
                k + 1
            } else {
                k.saturating_sub(1)
            };
        }
        let mg = med.doses[k];
        // 2025-11-20 is a Thursday: weekday 0 is Monday.
        let weekday = (day + 3) % 7;
        let (supervised, handed) = regime(kind, weekday);
        if day <= covered_to || rng.chance(1) {
            continue; // supplied already, or missed: nothing recorded
        }
        let d = date(day);
        if supervised {
            let status = if rng.chance(1) {
                "not-done"
            } else {
                "completed"
            };
            out.push(
                2,
                format_args!(
                    r#"{{"resourceType":"MedicationAdministration","id":"adm-{p}-{day}","status":"{status}",{medication},"subject":{{"reference":"Patient/{p}"}},"effectiveDateTime":"{d}T08:30:00+01:00","dosage":{{"route":{{"text":"oral"}},"dose":{{"value":{mg},"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"}}}}}}"#
                ),
            );
        }
        if handed > 0 {
            out.push(
                3,
                format_args!(
                    r#"{{"resourceType":"MedicationDispense","id":"disp-{p}-{day}","status":"completed",{medication},"subject":{{"reference":"Patient/{p}"}},"whenHandedOver":"{d}T08:35:00+01:00","quantity":{{"value":{},"unit":"mg","code":"mg"}},"daysSupply":{{"value":{handed},"unit":"day","system":"http://unitsofmeasure.org","code":"d"}},"dosageInstruction":[{{"text":"{mg} mg daglig","timing":{{"repeat":{{"frequency":1,"period":1,"periodUnit":"d"}}}},"doseAndRate":[{{"doseQuantity":{{"value":{mg},"unit":"mg","code":"mg"}}}}]}}]}}"#,
                    mg * handed as f64
                ),
            );
            // Handed over with a supervised dose: the supply starts tomorrow.
            covered_to = day + handed - i64::from(!supervised);
        }
    }
}

fn screens(out: &mut Out, p: &str, rng: &mut Rng, med: &Med) {
    let every = rng.range(1, 4) * 7;
    let mut day = rng.range(1, every);
    let mut n = 0;
    while day < 365 {
        let oral = rng.chance(20);
        let (snomed, sample) = if oral {
            ("119342007", "Saliva specimen")
        } else {
            ("122575003", "Urine specimen")
        };
        let s = format!("spec-{p}-{n}");
        out.push(
            5,
            format_args!(
                r#"{{"resourceType":"Specimen","id":"{s}","type":{{"coding":[{{"system":"http://snomed.info/sct","code":"{snomed}","display":"{sample}"}}]}}}}"#
            ),
        );
        let d = date(day);
        let positive = rng.chance(10);
        let taken = !rng.chance(3);
        for (j, (code, name)) in med.detected.iter().chain(PANEL).enumerate() {
            let detected = j < med.detected.len() || (positive && j == med.detected.len() + 1);
            let value = if detected { "Detected" } else { "Not detected" };
            let snomed_value = if detected { "260373001" } else { "260415000" };
            let status = if taken { "final" } else { "cancelled" };
            let name = if oral {
                name.replace("Urine", "Oral fluid")
            } else {
                name.to_string()
            };
            out.push(
                6,
                format_args!(
                    r#"{{"resourceType":"Observation","id":"obs-{p}-{n}-{j}","status":"{status}","subject":{{"reference":"Patient/{p}"}},"effectiveDateTime":"{d}","specimen":{{"reference":"Specimen/{s}"}},"code":{{"coding":[{{"system":"http://loinc.org","code":"{code}","display":"{name}"}}]}},"valueCodeableConcept":{{"coding":[{{"system":"http://snomed.info/sct","code":"{snomed_value}","display":"{value}"}}]}}}}"#
                ),
            );
        }
        if !oral && taken {
            out.push(
                6,
                format_args!(
                    r#"{{"resourceType":"Observation","id":"crea-{p}-{n}","status":"final","subject":{{"reference":"Patient/{p}"}},"effectiveDateTime":"{d}","specimen":{{"reference":"Specimen/{s}"}},"code":{{"coding":[{{"system":"http://loinc.org","code":"14683-7","display":"Creatinine [Moles/volume] in Urine"}}]}},"valueQuantity":{{"value":{:.1},"unit":"mmol/L","code":"mmol/L"}}}}"#,
                    rng.range(20, 200) as f64 / 10.0
                ),
            );
        }
        n += 1;
        day += every;
    }
}
