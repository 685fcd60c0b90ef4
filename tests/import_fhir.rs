//! `larcheck import fhir FILE...` (issue 21): a FHIR R4 bundle of a
//! methadone patient (fixtures/fhir/) gives the expected case file, the
//! case checks like the hand-written one, every resource not imported is
//! a comment and a line on standard error, and bad input exits 2 naming
//! the file, the position or the resources.

use crate::common;

use common::{json, larcheck, lib, root, write};
use predicates::prelude::*;

const BUNDLE: &str = "fixtures/fhir/methadone-doses.json";
const OPTIONS: [&str; 4] = ["--as-of", "2026-11-20", "--started-lar", "2024-05-02"];

fn imported() -> String {
    let out = lib()
        .args(["import", "fhir", BUNDLE])
        .args(OPTIONS)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_bundle_gives_the_expected_case_file() {
    let expected =
        std::fs::read_to_string(root().join("fixtures/fhir/methadone-doses.expected")).unwrap();
    let got = imported();
    assert_eq!(got, expected);
    // The national identity number in Patient.identifier never reaches the case.
    assert!(!got.contains("13116900216"));
}

/// The report of `path` without its path.
fn report(path: &std::path::Path) -> serde_json::Value {
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let mut doc = json(&out.stdout);
    let case = doc["cases"][0].as_object_mut().unwrap();
    case.remove("path");
    assert_eq!(case["status"], "checked", "{case:?}");
    doc["cases"][0].take()
}

#[test]
fn the_imported_case_checks_like_the_hand_written_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "imported.toml", &imported());
    let hand = root().join("fixtures/fhir/methadone-doses.hand");
    let (a, b) = (report(&path), report(&hand));
    assert_eq!(a, b);
    // Nothing invented: 18 November (administration not done) stays unrecorded.
    assert!(common::codes(&a).contains(&"DAT002".to_string()), "{a:#}");
}

#[test]
fn every_resource_not_imported_is_on_standard_error() {
    larcheck()
        .args(["import", "fhir", BUNDLE])
        .args(OPTIONS)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Assumed: MedicationRequest/rx-oxazepam (no daily dose could be computed",
        ))
        .stderr(predicate::str::contains(
            "Not imported: MedicationAdministration/adm-8 (status `not-done`, not completed)",
        ))
        .stderr(predicate::str::contains(
            "Assumed: MedicationDispense/disp-weekend",
        ))
        .stderr(predicate::str::contains(
            "13 resources read; 1 patient, 5 dose ranges; 4 notes",
        ));
}

#[test]
fn without_started_lar_the_first_dose_is_said_to_read_as_the_start() {
    let out = lib().args(["import", "fhir", BUNDLE]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("# The first imported dose (2026-11-09) reads as the start of treatment"),
        "{text}"
    );
}

#[test]
fn norwegian_comments_follow_lang() {
    let out = lib()
        .args(["--lang", "nb", "import", "fhir", BUNDLE])
        .args(OPTIONS)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("# Importert fra FHIR med larcheck import fhir: "),
        "{text}"
    );
    assert!(
        text.contains("# Ikke importert: MedicationAdministration/adm-8"),
        "{text}"
    );
}

#[test]
fn not_json_and_not_fhir_exit_2_naming_the_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.json",
        "{\n  \"resourceType\": \"Bundle\",\n",
    );
    larcheck()
        .args(["import", "fhir"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("bad.json"))
        .stderr(predicate::str::contains("line 3, column 0: not JSON"));
    let other = write(dir.path(), "other.json", "{\"name\": \"not a resource\"}");
    let out = lib().args(["import", "fhir"]).arg(&other).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not FHIR"));
}

const PATIENT: &str = r#"{"resourceType":"Patient","id":"p1"}"#;

fn dispense(id: &str, day: &str) -> String {
    format!(
        r#"{{"resourceType":"MedicationDispense","id":"{id}","status":"completed","subject":{{"reference":"Patient/p1"}},"medicationCodeableConcept":{{"coding":[{{"system":"http://www.whocc.no/atc","code":"N07BC02"}}]}},"whenHandedOver":"{day}","daysSupply":{{"value":3,"code":"d"}},"dosageInstruction":[{{"doseAndRate":[{{"doseQuantity":{{"value":60,"code":"mg"}}}}]}}]}}"#
    )
}

#[test]
fn two_records_of_one_day_are_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let nd = format!(
        "{PATIENT}\n{}\n{}\n",
        dispense("d1", "2026-11-01"),
        dispense("d2", "2026-11-03")
    );
    let file = write(dir.path(), "export.ndjson", &nd);
    let out = lib().args(["import", "fhir"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "MedicationDispense/d1 and MedicationDispense/d2: both record the dose of 2026-11-03"
        ),
        "{err}"
    );
}

#[test]
fn several_patients_need_out_and_get_one_file_each() {
    let dir = tempfile::tempdir().unwrap();
    let nd = format!(
        "{PATIENT}\n{}\n{{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"male\"}}\n",
        dispense("d1", "2026-11-01")
    );
    let file = write(dir.path(), "export.ndjson", &nd);
    // p2 has no LAR dose: skipped, with a note.
    let out = larcheck()
        .args(["import", "fhir"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Not imported: Patient/p2 (no dose of a LAR medication: no case written"),
        "{err}"
    );
    let out = lib()
        .args(["import", "fhir", "--all-patients"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 patients in the input"));
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).unwrap();
    let out = lib()
        .args(["import", "fhir", "--all-patients", "--out"])
        .arg(&cases)
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let p1 = std::fs::read_to_string(cases.join("p1.toml")).unwrap();
    assert!(
        p1.contains("[[doses]]\nfrom = 2026-11-01\nto = 2026-11-03\nmg = 60\nsupervised = false\n"),
        "{p1}"
    );
    let p2 = std::fs::read_to_string(cases.join("p2.toml")).unwrap();
    assert!(
        p2.contains("sex = \"male\"") && !p2.contains("\n[treatment]\n"),
        "{p2}"
    );
}

#[test]
fn format_json_summarises_every_note_with_its_case() {
    let out = lib()
        .args(["--format", "json", "import", "fhir", BUNDLE])
        .args(OPTIONS)
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc = json(&out.stdout);
    assert_eq!(doc["resources"], 13);
    let p = &doc["patients"][0];
    assert_eq!(p["id"], "lar-0042");
    assert_eq!(p["dose_ranges"], 5);
    let expected =
        std::fs::read_to_string(root().join("fixtures/fhir/methadone-doses.expected")).unwrap();
    assert_eq!(p["case"], expected.as_str());
    let notes = p["notes"].as_array().unwrap();
    assert_eq!(doc["note_count"], notes.len());
    assert!(
        notes
            .iter()
            .any(|n| n["resource"] == "MedicationAdministration/adm-8"
                && n["reason"] == "status"
                && n["assumed"] == false)
    );
    assert!(
        notes
            .iter()
            .any(|n| n["reason"] == "supply-after-supervised" && n["assumed"] == true)
    );
}

#[test]
fn id_from_takes_an_identifier_and_refuses_a_national_id() {
    let dir = tempfile::tempdir().unwrap();
    let nd = format!(
        "{}\n{}\n",
        r#"{"resourceType":"Patient","id":"p1","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":"13116900216"},{"system":"https://clinic.example/lar","value":"oslo-0042"}]}"#,
        dispense("d1", "2026-11-01")
    );
    let file = write(dir.path(), "export.ndjson", &nd);
    let out = lib()
        .args(["import", "fhir", "--id-from", "https://clinic.example/lar"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("id = \"oslo-0042\""), "{text}");
    let out = lib()
        .args([
            "import",
            "fhir",
            "--id-from",
            "urn:oid:2.16.578.1.12.4.1.4.1",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("national identity number"));
    let out = lib()
        .args([
            "import",
            "fhir",
            "--allow-national-id",
            "--id-from",
            "urn:oid:2.16.578.1.12.4.1.4.1",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("id = \"13116900216\""));
    // Without the system's identifier: the resource id, noted.
    let out = lib()
        .args(["import", "fhir", "--id-from", "urn:other"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("id = \"p1\"") && text.contains("no identifier of the --id-from system"),
        "{text}"
    );
}

const CLINICAL: &str = "fixtures/fhir/buprenorphine-clinical-rxnorm";

#[test]
fn the_us_coded_bundle_gives_prescriptions_screens_ecg_events_and_pregnancy() {
    let out = lib()
        .args([
            "import",
            "fhir",
            &format!("{CLINICAL}.json"),
            "--as-of",
            "2026-11-20",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let got = String::from_utf8(out.stdout).unwrap();
    let expected = std::fs::read_to_string(root().join(format!("{CLINICAL}.expected"))).unwrap();
    assert_eq!(got, expected);
    assert!(!got.contains("999-00-1234"));
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "imported.toml", &got);
    let hand = root().join(format!("{CLINICAL}.hand"));
    let (a, b) = (report(&path), report(&hand));
    assert_eq!(a, b);
    // check --from fhir gives the report of import + check.
    let out = lib()
        .args([
            "check",
            "--format",
            "json",
            "--from",
            "fhir",
            "--as-of",
            "2026-11-20",
        ])
        .arg(format!("{CLINICAL}.json"))
        .output()
        .unwrap();
    let mut doc = json(&out.stdout);
    let case = doc["cases"][0].as_object_mut().unwrap();
    assert!(case["path"].as_str().unwrap().ends_with("#Patient/us-0007"));
    case.remove("path");
    assert_eq!(doc["cases"][0], a);
}

#[test]
fn a_pregnancy_of_a_male_patient_is_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let nd = format!(
        "{}\n{}\n{}\n",
        r#"{"resourceType":"Patient","id":"p1","gender":"male"}"#,
        dispense("d1", "2026-11-01"),
        r#"{"resourceType":"Observation","id":"ga","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2026-11-01","code":{"coding":[{"system":"http://loinc.org","code":"49051-6"}]},"valueQuantity":{"value":12,"code":"wk"}}"#
    );
    let file = write(dir.path(), "export.ndjson", &nd);
    let out = lib().args(["import", "fhir"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Patient/p1 and Observation/ga"), "{err}");
}

#[test]
fn garbage_and_a_hundred_thousand_resources_never_panic() {
    let cat = larcheck::config::Config::load(&[], &[]).unwrap().catalogue;
    let opts = larcheck::fhir::map::Options {
        as_of: None,
        catalogue: &cat,
        id_from: None,
        all_patients: false,
    };
    for text in [
        "",
        "null",
        "[]",
        "{\"resourceType\":7}",
        "{\"resourceType\":\"Bundle\",\"entry\":7}",
    ] {
        if let Ok(r) = larcheck::fhir::read(text) {
            let _ = larcheck::fhir::map::map(&r, opts);
        }
    }
    let mut nd = String::from("{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
    for i in 0..100_000 {
        nd.push_str(&format!(
            "{{\"resourceType\":\"Observation\",\"id\":\"o{i}\",\"subject\":{{\"reference\":\"Patient/p{}\"}}}}\n",
            i % 3
        ));
    }
    let r = larcheck::fhir::read(&nd).unwrap();
    assert_eq!(r.len(), 100_001);
    let out = larcheck::fhir::map::map(&r, opts).unwrap();
    // p1 has no LAR dose: skipped; every observation is a note.
    assert!(out.cases.is_empty());
    assert_eq!(out.notes.len(), 1 + 66_667);
}

/// The options a fixture bundle is imported with: `FILE.args` (words on
/// one line), else `--as-of 2026-11-20`.
fn fixture_args(stem: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(stem.with_extension("args"))
        .unwrap_or_else(|_| "--as-of 2026-11-20".into())
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// Every bundle of fixtures/fhir/ (`FILE.json` or `FILE.ndjson`) with what
/// it must give: `FILE.expected`, the case file (and `FILE.hand`, the
/// hand-written case of the same patient, whose findings the imported case
/// must have), or `FILE.error`, the message of the error (exit 2, nothing
/// written) with the resources that contradict each other.
#[test]
fn every_fixture_bundle_gives_its_case_or_its_error() {
    let dir = root().join("fixtures/fhir");
    let mut bundles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "ndjson"))
        .collect();
    bundles.sort();
    let tmp = tempfile::tempdir().unwrap();
    let (mut cases, mut errors) = (0, 0);
    for bundle in &bundles {
        let name = bundle.file_name().unwrap().to_str().unwrap();
        let stem = bundle.with_extension("");
        let out = lib()
            .args(["import", "fhir", &format!("fixtures/fhir/{name}")])
            .args(fixture_args(&stem))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if let Ok(error) = std::fs::read_to_string(stem.with_extension("error")) {
            assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
            assert!(out.stdout.is_empty(), "{name}");
            assert!(stderr.contains(error.trim()), "{name}: {stderr}");
            errors += 1;
            continue;
        }
        assert!(out.status.success(), "{name}: {stderr}");
        let got = String::from_utf8(out.stdout).unwrap();
        let expected = std::fs::read_to_string(stem.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{name}: no .expected or .error beside it"));
        assert_eq!(got, expected, "{name}");
        if let Ok(hand) = std::fs::read_to_string(stem.with_extension("hand")) {
            let a = write(tmp.path(), "imported.toml", &got);
            let b = write(tmp.path(), "hand.toml", &hand);
            assert_eq!(report(&a), report(&b), "{name}: findings differ");
        }
        cases += 1;
    }
    assert!(cases >= 6 && errors >= 4, "{cases} cases, {errors} errors");
}

/// The `(resource, reason)` of every note of a `--format json` import.
fn note_reasons(bundle: &str) -> Vec<(String, String)> {
    let out = lib()
        .args([
            "--format",
            "json",
            "import",
            "fhir",
            "--as-of",
            "2026-11-20",
        ])
        .arg(bundle)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json(&out.stdout);
    let patients = doc["patients"].as_array().unwrap();
    let notes = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .chain(patients.iter().flat_map(|p| p["notes"].as_array().unwrap()));
    // A grouped note names every resource in `resources`.
    let all: Vec<_> = notes
        .flat_map(|n| {
            let reason = n["reason"].as_str().unwrap().to_owned();
            let resources = match n["resources"].as_array() {
                Some(rs) => rs.iter().map(|r| r.as_str().unwrap().to_owned()).collect(),
                None => vec![n["resource"].as_str().unwrap().to_owned()],
            };
            resources.into_iter().map(move |r| (r, reason.clone()))
        })
        .collect();
    assert_eq!(doc["note_count"], all.len());
    all
}

/// One patient's ten dispenses handed over on a supervised day: one note
/// with the count, naming all ten (the case file lists them under it, the
/// JSON summary in `resources`, standard error the first and the last).
#[test]
fn a_repeated_assumption_is_one_note_that_names_every_resource() {
    const PICKUP: &str = "fixtures/fhir/methadone-fest-pickup.json";
    let ids: Vec<String> = (1..=10)
        .map(|i| format!("MedicationDispense/utlev-{i}"))
        .collect();
    let notes = note_reasons(PICKUP);
    for id in &ids {
        assert!(has(&notes, id, "supply-after-supervised"), "{id}");
    }
    let out = lib()
        .args(["--format", "json", "import", "fhir", PICKUP])
        .args(["--as-of", "2026-11-20"])
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let grouped: Vec<_> = doc["patients"][0]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["reason"] == "supply-after-supervised")
        .collect();
    assert_eq!(grouped.len(), 1);
    assert_eq!(grouped[0]["count"], 10);
    assert_eq!(grouped[0]["resource"], ids[0].as_str());
    assert_eq!(grouped[0]["resources"], serde_json::json!(ids));
    // The binary: standard error is the process's.
    let out = larcheck()
        .args(["import", "fhir", PICKUP, "--as-of", "2026-11-20"])
        .output()
        .unwrap();
    let case = String::from_utf8(out.stdout).unwrap();
    let listed: String = case
        .lines()
        .filter_map(|l| l.strip_prefix("#   "))
        .collect::<Vec<_>>()
        .join(" ");
    for id in &ids {
        assert!(listed.split([',', ' ']).any(|w| w == id), "{id}: {case}");
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "Assumed for 10 resources, MedicationDispense/utlev-1 to MedicationDispense/utlev-10 ("
        ),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("supply counted from the next day").count(),
        1
    );
}

fn has(notes: &[(String, String)], resource: &str, reason: &str) -> bool {
    notes.iter().any(|(r, why)| r == resource && why == reason)
}

#[test]
fn a_resource_missing_what_its_mapping_needs_is_a_note_never_a_skip() {
    let notes = note_reasons("fixtures/fhir/missing-fields.ndjson");
    for (resource, reason) in [
        ("Patient", "unreadable"),
        ("MedicationDispense/d-nodate", "no-date"),
        ("MedicationDispense/d-nosubject", "no-patient"),
        ("MedicationAdministration/a-nodose", "no-dose"),
        ("MedicationAdministration/a-nostatus", "status"),
        ("MedicationAdministration/a-nomed", "unknown-drug"),
        ("MedicationAdministration/a-badstatus", "unreadable"),
        ("Observation/o-nocode", "not-read-observation"),
        ("Observation/o-nodate", "no-date"),
        ("Observation/o-novalue", "no-result"),
        ("MedicationRequest/rx-nomed", "unknown-drug"),
        ("Encounter/enc-noperiod", "no-date"),
    ] {
        assert!(
            has(&notes, resource, reason),
            "{resource} {reason}: {notes:?}"
        );
    }
    // Every resource but the patient and its one dispense is accounted for.
    let text = std::fs::read_to_string(root().join("fixtures/fhir/missing-fields.ndjson")).unwrap();
    let noted: std::collections::BTreeSet<_> = notes
        .iter()
        .filter(|(r, _)| r != "Patient/p1")
        .map(|(r, _)| r)
        .collect();
    assert_eq!(noted.len(), text.lines().count() - 2, "{notes:?}");
}

#[test]
fn references_that_point_nowhere_are_notes_naming_the_reference() {
    let notes = note_reasons("fixtures/fhir/dangling-references.ndjson");
    for (resource, reason) in [
        ("MedicationAdministration/a-ghostmed", "dangling-reference"),
        (
            "MedicationAdministration/a-ghostcontained",
            "dangling-reference",
        ),
        ("MedicationDispense/d-ghostpatient", "no-patient"),
        ("Observation/o-ghostspecimen", "specimen-dangling-reference"),
        ("Observation/o-ghostmember", "dangling-reference"),
        ("Condition/c-urn", "no-patient"),
    ] {
        assert!(
            has(&notes, resource, reason),
            "{resource} {reason}: {notes:?}"
        );
    }
}
