//! Wording a LAR team reads at a glance (issue 12, item 4): every message,
//! suggestion, action line and table line of every fixture is scanned for
//! a count of 1 with a plural noun, internal class names, kebab-case event
//! kinds, ladder level numbers and Rust Debug names.

use chrono::NaiveDate;
use larcheck::config::Config;
use larcheck::input::{self, InputSource};
use larcheck::output::table::{Style, render_one};
use larcheck::report::{CaseReport, CaseResult};
use std::path::PathBuf;

use crate::common;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date")
}

fn check(path: PathBuf, config: &Config) -> CaseResult {
    larcheck::commands::check::check_one(&InputSource::File(path), None, today(), config)
}

/// Plural nouns that must never follow a bare "1".
const PLURALS: &[&str] = &[
    "days",
    "screens",
    "samples",
    "take-home doses",
    "doses",
    "supervised intakes",
    "intakes",
    "weeks",
    "months",
    "years",
    "hours",
    "times",
    "reductions",
    "increases",
    "concern screens",
    "prescriptions",
    "findings",
    "records",
    "drugs",
    "classes",
    "injections",
    "patients",
    "files",
    "warnings",
];

/// Words no LAR team says: internal names, kebab-case kinds, Debug names.
const FORBIDDEN: &[&str] = &[
    "other-opioid",
    "benzodiazepine-or-z-hypnotic",
    "some-use",
    "SOME-USE",
    "z hypnotic",
    "prison-release",
    "detox-discharge",
    "hospital-discharge",
    "treatment-interruption",
    "morphine-sr-",
    "buprenorphine-depot",
    "other-short",
    "daily-supervised",
    "Some(",
    "None)",
    "Short(",
    "Long(",
    "SomeUse",
    "DependenceLike",
    "PrisonRelease",
    "DetoxDischarge",
    "HospitalDischarge",
    "TreatmentInterruption",
    "MorphineSr",
    "BuprenorphineDepot",
];

/// Every problem in one line of text.
fn problems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for (i, _) in text.match_indices("1 ") {
        // A whole number 1: not 11, 2.1 or 2026-11 ...
        if i > 0 && (b[i - 1].is_ascii_digit() || matches!(b[i - 1], b'.' | b',' | b'-' | b'/')) {
            continue;
        }
        let rest = &text[i + 2..];
        for p in PLURALS {
            if rest.starts_with(p)
                && !rest[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                out.push(format!("\"1 {p}\""));
            }
        }
    }
    for w in FORBIDDEN {
        if text.contains(w) {
            out.push(format!("\"{w}\""));
        }
    }
    // "level 0" .. "level 9": say the regime in words.
    for (i, _) in text.to_lowercase().match_indices("level ") {
        if text[i + 6..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        {
            out.push("\"level <digit>\"".to_string());
        }
    }
    out
}

/// Every line of prose the tool prints for a case.
fn prose(c: &CaseReport) -> Vec<String> {
    let mut lines = Vec::new();
    for f in &c.findings {
        lines.push(format!("{} message: {}", f.code, f.message));
        lines.push(format!("{} suggestion: {}", f.code, f.suggestion));
        lines.push(format!(
            "{} action: {}",
            f.code,
            larcheck::actions::action(f, c)
        ));
    }
    if let Some(r) = &c.restart {
        lines.push(format!(
            "restart: {}",
            larcheck::actions::restart_words(r, c.lang)
        ));
    }
    if let Some(p) = &c.pickup {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(p.proposed.iter().map(|x| x.words.clone()));
        texts.extend(p.holding_back.iter().map(|b| b.words.clone()));
        texts.extend(p.notes.iter().cloned());
        lines.extend(texts.into_iter().map(|t| format!("pickup: {t}")));
    }
    if let Some(m) = &c.mastery {
        for s in m.concern_screens.iter().chain(&m.note_screens) {
            lines.push(format!("mastery: {}", s.why));
        }
    }
    // The table, wide enough that no cell wraps a phrase.
    let table = render_one(
        &CaseResult::Checked(Box::new(c.clone())),
        Style {
            color: false,
            width: u16::MAX,
            lang: larcheck::i18n::Lang::En,
        },
    );
    // The header names the file and the patient's id: the case's words,
    // not the tool's.
    lines.extend(table.lines().map(|l| {
        format!(
            "table: {}",
            l.replace(&c.path, "<path>").replace(&c.id, "<id>")
        )
    }));
    lines
}

#[test]
fn the_scan_catches_what_it_is_for() {
    assert!(!problems("1 days missed").is_empty());
    assert!(!problems("GOOD (1 screens in 28 days)").is_empty());
    assert!(!problems("benzodiazepine-or-z-hypnotic (prescription Sobril)").is_empty());
    assert!(!problems("release from prison-release").is_empty());
    assert!(!problems("Some(SomeUse)").is_empty());
    assert!(!problems("(1 take-home doses at a time)").is_empty());
    assert!(!problems("drug mastery some-use (needs good)").is_empty());
    assert!(!problems("proposed level 3").is_empty());
    assert!(!problems("other-opioid (prescription OxyContin)").is_empty());
    assert!(
        problems("11 days in LAR; 1 day missed; 1 take-home dose; 2026-11-01 screens").is_empty()
    );
    assert!(problems("21 days, 0.1 days").is_empty());
}

#[test]
fn every_fixture_is_worded_for_a_lar_team() {
    let config = Config::embedded();
    let root = common::root();
    let sources = input::expand(&[root.join("fixtures")]);
    assert!(sources.len() > 100, "fixtures not found");
    let mut failures = Vec::new();
    let mut checked = 0;
    for src in sources {
        let InputSource::File(path) = src else {
            continue;
        };
        let CaseResult::Checked(c) = check(path.clone(), &config) else {
            continue;
        };
        checked += 1;
        for line in prose(&c) {
            let p = problems(&line);
            if !p.is_empty() {
                failures.push(format!(
                    "{}: {}: {line}",
                    path.strip_prefix(&root).unwrap_or(&path).display(),
                    p.join(", ")
                ));
            }
        }
    }
    assert!(checked > 100, "only {checked} fixtures were checked");
    assert!(
        failures.is_empty(),
        "{} lines are not worded for a LAR team:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

fn findings_of(rel: &str) -> Box<CaseReport> {
    let config = Config::embedded();
    match check(common::root().join(rel), &config) {
        CaseResult::Checked(c) => c,
        CaseResult::Error(e) => panic!("{rel}: {}", e.error.message),
    }
}

fn message(c: &CaseReport, code: &str) -> String {
    c.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code}"))
        .message
        .clone()
}

#[test]
fn odr004_says_whether_storage_is_unsafe_or_undocumented() {
    // rules.md ODR004: `safe_storage = false` and an absent key are judged
    // alike but said apart.
    let written = findings_of("fixtures/overdose/ODR004-fires-storage-false.toml");
    let m = message(&written, "ODR004");
    assert!(m.contains("take-home doses cannot be locked away"), "{m}");
    assert!(!m.contains("not documented"), "{m}");
    assert!(m.contains("(1 take-home dose at a time)"), "{m}");

    let absent = findings_of("fixtures/overdose/ODR004-fires.toml");
    let m = message(&absent, "ODR004");
    assert!(m.contains("safe storage is not documented"), "{m}");
    assert!(!m.contains("cannot be locked away"), "{m}");
    let action = absent
        .findings
        .iter()
        .find(|f| f.code == "ODR004")
        .map(|f| larcheck::actions::action(f, &absent))
        .unwrap_or_default();
    assert!(action.contains("safe storage is documented"), "{action}");
    // Both count as unsafe: the same grade either way.
    assert_eq!(
        written
            .findings
            .iter()
            .find(|f| f.code == "ODR004")
            .map(|f| f.severity),
        absent
            .findings
            .iter()
            .find(|f| f.code == "ODR004")
            .map(|f| f.severity)
    );
}

#[test]
fn no_days_since_a_concern_screen_that_no_record_shows() {
    // The patient of DOS006-boundary-baseline has no screen in treatment:
    // the pickup words say so, never "N days since the last concern screen".
    let c = findings_of("fixtures/dose/DOS006-boundary-baseline.toml");
    let lines = prose(&c);
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("since the last concern screen")),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("no screens on record")),
        "{lines:#?}"
    );
}

#[test]
fn no_days_in_lar_without_a_start_on_record() {
    // Neither `started_lar` nor a dose: the days in LAR come from no record.
    let c = findings_of("fixtures/data/DAT006-no-start-no-dose.toml");
    let lines = prose(&c);
    assert!(
        !lines.iter().any(|l| l.contains("0 days in LAR")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("table:") && l.contains("no start of LAR on record")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("pickup:") && l.contains("no start of LAR on record")),
        "{lines:#?}"
    );
}
