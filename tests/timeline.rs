//! `larcheck timeline` (issue 22): the check replayed morning by morning.

use crate::common::{json, lib, write};

const CASE: &str = "tests/data/timeline/missed-run.toml";

/// The events of the JSON course as `(date, code, change, severity)`.
fn events(v: &serde_json::Value) -> Vec<(String, String, String, String)> {
    v["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("date"), s("code"), s("change"), s("severity"))
        })
        .collect()
}

fn ev(date: &str, code: &str, change: &str, severity: &str) -> (String, String, String, String) {
    (date.into(), code.into(), change.into(), severity.into())
}

#[test]
fn a_missed_run_appears_changes_becomes_critical_and_is_gone() {
    let out = lib()
        .args(["--format", "json", "timeline", CASE, "--from", "2026-11-14"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["from"], "2026-11-14");
    assert_eq!(v["to"], "2026-11-30", "--to defaults to the case's as_of");
    assert_eq!(v["mornings"], 17);
    assert_eq!(
        events(&v),
        vec![
            ev("2026-11-19", "MIS001", "appeared", "warning"),
            ev("2026-11-20", "MIS001", "message", "warning"),
            ev("2026-11-20", "MIS003", "appeared", "warning"),
            ev("2026-11-21", "MIS001", "severity", "critical"),
            ev("2026-11-21", "MIS003", "message", "warning"),
            ev("2026-11-22", "MIS001", "gone", "critical"),
        ]
    );
    let became = &v["events"][3];
    assert_eq!(became["was"], "warning");
    assert!(
        became["message"]
            .as_str()
            .unwrap()
            .starts_with("5 days missed")
    );
    assert_eq!(v["open_at_end"], serde_json::json!(["MIS003"]));
}

#[test]
fn the_table_reads_as_an_incident_review() {
    let out = lib()
        .args([
            "timeline",
            CASE,
            "--from",
            "2026-11-18",
            "--to",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!("Timeline of {CASE}: 5 mornings, 2026-11-18 to 2026-11-22")
    );
    // The pickup proposal's course is interleaved by morning, after the
    // findings of the morning.
    assert_eq!(
        lines[1],
        "2026-11-18 pickup: level 1, take-home days 1 (regime not recorded)"
    );
    assert!(
        lines[2].starts_with("2026-11-19 MIS001 appeared (warning): 3 days missed"),
        "{text}"
    );
    assert_eq!(
        lines[3],
        "2026-11-19 pickup: level 1 → 0, take-home days 1 → 0 (regime not recorded)"
    );
    assert!(
        lines[4].starts_with("2026-11-20 MIS001 changed: 4 days missed"),
        "{text}"
    );
    assert!(
        lines[6].starts_with("2026-11-21 MIS001 became critical (was warning): 5 days missed"),
        "{text}"
    );
    assert!(lines.contains(&"2026-11-22 MIS001 gone"), "{text}");
    assert_eq!(lines.last(), Some(&"Still reported on 2026-11-22: MIS003"));
}

#[test]
fn a_morning_naming_only_its_own_date_is_no_change() {
    // MIS003's message names its morning ("in the 28 days before …") but
    // its numbers stay the same from 2026-11-22 on: no event.
    let out = lib()
        .args(["--format", "json", "timeline", CASE, "--from", "2026-11-22"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(
        events(&v),
        vec![ev("2026-11-22", "MIS003", "appeared", "warning")]
    );
}

#[test]
fn the_timeline_follows_lang() {
    let out = lib()
        .args([
            "--lang",
            "nb",
            "timeline",
            CASE,
            "--from",
            "2026-11-19",
            "--to",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!(
            "Tidslinje for {CASE}: 4 morgener, 19.11.2026–22.11.2026\n"
        )),
        "{text}"
    );
    assert!(
        text.contains("\n19.11.2026 MIS001 kom til (advarsel): 3 dager uteblitt"),
        "{text}"
    );
    assert!(
        text.contains("\n21.11.2026 MIS001 ble kritisk (var advarsel): "),
        "{text}"
    );
    assert!(text.contains("\n22.11.2026 MIS001 borte\n"), "{text}");
}

#[test]
fn a_quiet_range_says_so_and_an_empty_range_is_an_error() {
    let out = lib()
        .args([
            "timeline",
            CASE,
            "--from",
            "2026-11-11",
            "--to",
            "2026-11-15",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.ends_with(
            "\nNo findings on any morning.\n2026-11-11 pickup: level 1, take-home days 1 (regime not recorded)\n"
        ),
        "{text}"
    );
    let out = lib()
        .args([
            "timeline",
            CASE,
            "--from",
            "2026-11-05",
            "--to",
            "2026-11-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_broken_case_is_exit_2_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "broken.toml", "schema = 1\n[patient]\nid = 3\n");
    let out = crate::common::larcheck()
        .args(["timeline"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.toml:"), "{err}");
}

#[test]
fn an_acknowledgement_that_runs_out_and_the_pickup_proposal_have_their_course() {
    let case = "tests/data/timeline/ack-pickup.toml";
    let out = lib()
        .args(["--format", "json", "timeline", case, "--from", "2026-11-15"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out.stdout);
    let bzd: Vec<_> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["code"] == "BZD001")
        .collect();
    assert_eq!(bzd.len(), 2, "{bzd:?}");
    assert_eq!(bzd[0]["date"], "2026-11-15");
    assert_eq!(bzd[0]["change"], "appeared");
    assert_eq!(bzd[0]["acknowledged"], true);
    assert_eq!(bzd[0]["until"], "2026-11-19");
    assert_eq!(bzd[1]["date"], "2026-11-20");
    assert_eq!(bzd[1]["change"], "ack_expired");
    assert_eq!(bzd[1]["acknowledged"], false);
    let pickup = v["pickup"].as_array().unwrap();
    assert_eq!(pickup.len(), 2, "{pickup:?}");
    assert_eq!(pickup[0]["date"], "2026-11-15");
    assert_eq!(pickup[0]["level"], 3);
    assert_eq!(pickup[0]["change"], "relax");
    assert!(pickup[0].get("was").is_none());
    assert_eq!(pickup[1]["date"], "2026-11-20");
    assert_eq!(pickup[1]["level"], 1);
    assert_eq!(pickup[1]["take_home_days"], 1);
    assert_eq!(pickup[1]["change"], "tighten");
    assert_eq!(pickup[1]["was"]["take_home_days"], 3);
    let table = lib()
        .args(["timeline", case, "--from", "2026-11-15"])
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(
        text.contains("2026-11-20 BZD001 (sobril, oxazepam) acknowledgement ran out (critical)"),
        "{text}"
    );
    assert!(
        text.contains("2026-11-20 pickup: level 3 → 1, take-home days 3 → 1 (tighten)"),
        "{text}"
    );
    let nb = lib()
        .args(["--lang", "nb", "timeline", case, "--from", "2026-11-15"])
        .output()
        .unwrap();
    let text = String::from_utf8(nb.stdout).unwrap();
    assert!(
        text.contains("20.11.2026 utlevering: nivå 3 → 1, doser til hjemmebruk 3 → 1 (stram inn)"),
        "{text}"
    );
}
