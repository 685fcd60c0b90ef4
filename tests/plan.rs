//! `larcheck plan` (issue 20, item 5): the pharmacy's dispensing plan. A 5/2
//! patient and a 12-hour morphine patient read as parsed JSON (which days
//! are supervised, which doses go home at which pickup, the totals equal the
//! plan's doses); full supervision at a pharmacy closed on Sunday is never
//! turned into a take-home dose; text snapshots; the HTML page parses and
//! has nothing external; and a property over random cases and closed days:
//! day by day, the supervised doses and the doses handed out (plus those
//! not arranged) are exactly the planned doses, and no pickup hands out
//! more than the regime allows.

use crate::common::{json, lib};
use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn case(name: &str) -> String {
    format!("tests/data/plan/{name}.toml")
}

/// Runs `plan` in-process; returns the exit code and standard output.
fn plan(args: &[&str]) -> (i32, String) {
    let out = lib().arg("plan").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn plan_json(args: &[&str]) -> (i32, Value) {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (code, out) = plan(&a);
    (code, json(out.as_bytes()))
}

fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("plan_snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn day<'a>(p: &'a Value, date: &str) -> &'a Value {
    p["days"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["date"] == date)
        .unwrap_or_else(|| panic!("no day {date}"))
}

fn kinds(d: &Value) -> Vec<String> {
    d["doses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["given"]["kind"].as_str().unwrap().to_string())
        .collect()
}

fn mg(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

#[test]
fn a_five_two_patient_takes_the_weekend_home_from_friday() {
    let (code, v) = plan_json(&[&case("weekend"), "--weeks", "2"]);
    assert_eq!(code, 0);
    let p = &v["plan"];
    assert_eq!(v["schema_version"], 1);
    assert_eq!(p["id"], "plan-weekend");
    assert_eq!(p["from"], "2026-11-20");
    assert_eq!(p["to"], "2026-12-03");
    assert_eq!(p["regime"]["supervised_per_week"], 5);
    assert_eq!(p["regime"]["take_home_days"], 2);
    // The proposal would relax; the plan keeps the recorded 5/2.
    assert_eq!(p["regime"]["change"], "relax");
    assert_eq!(p["regime"]["basis"], "current");
    assert_eq!(p["review_by"], "2026-12-18");
    assert_eq!(
        p["supervised_weekdays"],
        serde_json::json!(["monday", "tuesday", "wednesday", "thursday", "friday"])
    );
    for d in p["days"].as_array().unwrap() {
        let weekend = d["weekday"] == "saturday" || d["weekday"] == "sunday";
        let k = kinds(d);
        assert_eq!(k.len(), 1, "{d}");
        assert_eq!(k[0] == "take-home", weekend, "{d}");
    }
    let fri = day(p, "2026-11-27");
    let out: Vec<&str> = fri["hands_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["date"].as_str().unwrap())
        .collect();
    assert_eq!(out, ["2026-11-28", "2026-11-29"]);
    assert_eq!(
        day(p, "2026-11-29")["doses"][0]["given"]["pickup"],
        "2026-11-27"
    );
    let t = &p["totals"];
    approx::assert_relative_eq!(mg(&t["planned_mg"]), 14.0 * 80.0);
    approx::assert_relative_eq!(mg(&t["supervised_mg"]), 10.0 * 80.0);
    approx::assert_relative_eq!(mg(&t["take_home_mg"]), 4.0 * 80.0);
    assert_eq!(p["contact_prescriber"], serde_json::json!([]));
    // [[plan]] ends on 2026-12-03; a longer plan continues the last dose.
    let (_, v) = plan_json(&[&case("weekend"), "--weeks", "3"]);
    assert_eq!(day(&v["plan"], "2026-12-04")["source"], "continued");
    approx::assert_relative_eq!(mg(&day(&v["plan"], "2026-12-04")["doses"][0]["mg"]), 80.0);
}

#[test]
fn twelve_hour_morphine_is_two_doses_a_day_and_sunday_goes_home_on_saturday() {
    let (code, v) = plan_json(&[&case("morphine12"), "--weeks", "2", "--closed", "sunday"]);
    assert_eq!(code, 0);
    let p = &v["plan"];
    assert_eq!(p["regime"]["supervised_per_week"], 6);
    assert_eq!(p["regime"]["take_home_days"], 1);
    assert_eq!(p["closed"], serde_json::json!(["sunday"]));
    for d in p["days"].as_array().unwrap() {
        let doses = d["doses"].as_array().unwrap();
        assert_eq!(doses.len(), 2, "{d}");
        assert_eq!(doses[0]["slot"], "morning");
        assert_eq!(doses[1]["slot"], "evening");
        approx::assert_relative_eq!(mg(&doses[0]["mg"]) + mg(&doses[1]["mg"]), 400.0);
        let sunday = d["weekday"] == "sunday";
        assert_eq!(d["closed"], sunday);
        if sunday {
            assert_eq!(kinds(d), ["take-home", "take-home"]);
        } else {
            // The morning at the counter, the evening home the same day.
            assert_eq!(kinds(d), ["supervised", "take-home"]);
            assert_eq!(doses[1]["given"]["pickup"], d["date"]);
        }
    }
    let sat = day(p, "2026-11-28");
    let listed: Vec<(String, String)> = sat["hands_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["date"].as_str().unwrap().into(),
                h["slot"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("2026-11-28".into(), "evening".into()),
            ("2026-11-29".into(), "morning".into()),
            ("2026-11-29".into(), "evening".into())
        ]
    );
    assert!(
        p["notes"]
            .as_array()
            .unwrap()
            .contains(&"evening-dose-home".into())
    );
    let t = &p["totals"];
    approx::assert_relative_eq!(mg(&t["planned_mg"]), 14.0 * 400.0);
    approx::assert_relative_eq!(mg(&t["supervised_mg"]), 12.0 * 200.0);
    approx::assert_relative_eq!(mg(&t["take_home_mg"]), 16.0 * 200.0);
}

#[test]
fn full_supervision_at_a_pharmacy_closed_on_sunday_is_not_turned_into_a_take_home_dose() {
    let (code, v) = plan_json(&[&case("daily"), "--weeks", "2", "--closed", "sun"]);
    assert_eq!(code, 1, "a dose not arranged exits 1");
    let p = &v["plan"];
    assert_eq!(p["regime"]["take_home_days"], 0);
    assert_eq!(
        p["contact_prescriber"],
        serde_json::json!(["2026-11-22", "2026-11-29"])
    );
    let sun = day(p, "2026-11-22");
    assert_eq!(sun["doses"][0]["given"]["kind"], "contact-prescriber");
    assert_eq!(sun["doses"][0]["given"]["reason"], "take-home-limit");
    assert!(
        day(p, "2026-11-21")["hands_out"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    approx::assert_relative_eq!(mg(&p["totals"]["take_home_mg"]), 0.0);
    approx::assert_relative_eq!(mg(&p["totals"]["not_arranged_mg"]), 32.0);
    // The text says so before the calendar.
    let (_, text) = plan(&[&case("daily"), "--weeks", "2", "--closed", "sunday"]);
    let second = text.lines().nth(1).unwrap();
    assert!(second.starts_with("CONTACT THE PRESCRIBER"), "{text}");
    assert!(
        second.contains("Sun 2026-11-22, Sun 2026-11-29"),
        "{second}"
    );
    // Open every day, nothing to arrange.
    assert_eq!(plan(&[&case("daily"), "--weeks", "2"]).0, 0);
}

#[test]
fn bad_requests_exit_2() {
    for args in [
        vec![case("weekend"), "--weeks".into(), "0".into()],
        vec![case("weekend"), "--weeks".into(), "13".into()],
        vec![case("weekend"), "--out".into(), "plan.pdf".into()],
        vec![case("weekend"), "--closed".into(), "someday".into()],
    ] {
        let out = lib().arg("plan").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let mut args = vec![case("weekend")];
    for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] {
        args.extend(["--closed".into(), d.to_string()]);
    }
    let out = lib().arg("plan").args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("closed every day"));
}

#[test]
fn the_text_plans_are_snapshotted() {
    let first = |t: &str| t.lines().next().unwrap().to_string();
    let (_, w) = plan(&[&case("weekend"), "--weeks", "2"]);
    assert!(first(&w).starts_with("Dispensing plan: plan-weekend · methadone · 2026-11-20 to 2026-12-03 (2 weeks) · 5 supervised intakes a week, 2 take-home doses"));
    snapshot("weekend", &w);
    let (_, m) = plan(&[&case("morphine12"), "--weeks", "2", "--closed", "sunday"]);
    snapshot("morphine12-closed-sunday", &m);
    let (_, d) = plan(&[&case("daily"), "--weeks", "2", "--closed", "sunday"]);
    snapshot("daily-closed-sunday", &d);
    let (_, nb) = plan(&[
        &case("weekend"),
        "--weeks",
        "1",
        "--lang",
        "nb",
        "--closed",
        "lørdag",
    ]);
    assert!(first(&nb).starts_with("Utleveringsplan: plan-weekend · metadon"));
    snapshot("weekend-nb", &nb);
}

#[test]
fn the_html_page_parses_and_has_nothing_external() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.html");
    let run = lib()
        .args([
            "plan",
            &case("daily"),
            "--weeks",
            "4",
            "--closed",
            "sunday",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let html = std::fs::read_to_string(&out).unwrap();
    // `--out -` writes the same page to standard output.
    let (_, same) = plan(&[
        &case("daily"),
        "--weeks",
        "4",
        "--closed",
        "sunday",
        "--out",
        "-",
    ]);
    assert_eq!(html, same);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let lower = html.to_lowercase();
    for external in [
        "<script", "http:", "https:", "src=", "href=", "@import", "url(",
    ] {
        assert!(!lower.contains(external), "the page has {external}");
    }
    assert!(html.contains("@page{size:A4 landscape"));
    assert!(html.contains("@media print"));
    // As XML once the doctype and the one void element are closed.
    let xml = html
        .replacen("<!DOCTYPE html>\n", "", 1)
        .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>");
    let doc = roxmltree::Document::parse(&xml).expect("the page is well-formed");
    let cells = doc.descendants().filter(|n| n.has_tag_name("td")).count();
    assert_eq!(cells, 5 * 7, "2026-11-20 is a Friday: 4 weeks span 5 rows");
    let alert = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("alert"))
        .expect("the contact block");
    assert!(alert.text().unwrap().starts_with("CONTACT THE PRESCRIBER"));
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert!(
        title
            .text()
            .unwrap()
            .starts_with("Dispensing plan: plan-daily")
    );
}

// ---------------------------------------------------------------------------
// The property.

const MEDS: [&str; 6] = [
    "buprenorphine",
    "buprenorphine-naloxone",
    "methadone",
    "levomethadone",
    "morphine-sr-24h",
    "morphine-sr-12h",
];
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[derive(Debug, Clone)]
struct Spec {
    med: usize,
    as_of_offset: i64,
    started_days: i64,
    /// (days, mg, every, gap days before it)
    segments: Vec<(i64, u32, u32, i64)>,
    pickup: Option<(u32, u32)>,
    closed: Vec<usize>,
    weeks: u32,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0usize..MEDS.len(),
        0i64..7,
        prop_oneof![Just(20i64), Just(100), Just(400)],
        prop::collection::vec((1i64..12, 1u32..5, 1u32..3, 0i64..3), 0..4),
        prop::option::of((0u32..8, 0u32..7)),
        prop::collection::vec(0usize..7, 0..4),
        1u32..5,
    )
        .prop_map(
            |(med, as_of_offset, started_days, segments, pickup, closed, weeks)| Spec {
                med,
                as_of_offset,
                started_days,
                segments,
                pickup,
                closed,
                weeks,
            },
        )
}

fn dose_unit(med: &str) -> f64 {
    match med {
        "methadone" => 20.0,
        "levomethadone" => 10.0,
        "morphine-sr-24h" | "morphine-sr-12h" => 100.0,
        _ => 4.0,
    }
}

/// The case text and, for each day of the period, the planned mg.
fn build(spec: &Spec) -> (String, NaiveDate, BTreeMap<NaiveDate, f64>) {
    let med = MEDS[spec.med];
    let unit = dose_unit(med);
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap() + Duration::days(spec.as_of_offset);
    let started = as_of - Duration::days(spec.started_days);
    let mut t = String::new();
    writeln!(
        t,
        "schema = 1\n[patient]\nid = \"prop\"\nsafe_storage = true\n"
    )
    .unwrap();
    writeln!(
        t,
        "[treatment]\nmedication = \"{med}\"\nas_of = {as_of}\nstarted_lar = {started}\n"
    )
    .unwrap();
    writeln!(
        t,
        "[[doses]]\nfrom = {started}\nto = {}\nmg = {}\n",
        as_of - Duration::days(1),
        2.0 * unit
    )
    .unwrap();
    writeln!(t, "[[screens]]\ndate = {}\n", as_of - Duration::days(3)).unwrap();
    if let Some((s, th)) = spec.pickup {
        writeln!(
            t,
            "[pickup]\nsupervised_per_week = {s}\ntake_home_days = {th}\n"
        )
        .unwrap();
    }
    // Entries: (from, to, mg, every)
    let mut entries = Vec::new();
    let mut from = as_of;
    for (i, (days, k, every, gap)) in spec.segments.iter().enumerate() {
        if i > 0 {
            from += Duration::days(*gap);
        }
        let to = from + Duration::days(days - 1);
        let mg = f64::from(*k) * unit * f64::from(*every);
        writeln!(
            t,
            "[[plan]]\nfrom = {from}\nto = {to}\nmg = {mg}\nevery = {every}\n"
        )
        .unwrap();
        entries.push((from, to, mg, i64::from(*every)));
        from = to + Duration::days(1);
    }
    let end = as_of + Duration::days(i64::from(spec.weeks) * 7 - 1);
    let current = (started, as_of - Duration::days(1), 2.0 * unit, 1i64);
    let mut planned = BTreeMap::new();
    let mut d = as_of;
    while d <= end {
        let covering = entries.iter().find(|e| e.0 <= d && d <= e.1);
        let e = match (covering, entries.first(), entries.last()) {
            (Some(e), _, _) => Some(e),
            (None, None, _) => Some(&current),
            (None, Some(f), _) if d < f.0 => Some(&current),
            (None, _, Some(l)) if d > l.1 => Some(l),
            _ => None,
        };
        let mg = e.map_or(0.0, |e| {
            if (d - e.0).num_days().rem_euclid(e.3) == 0 {
                e.2
            } else {
                0.0
            }
        });
        planned.insert(d, mg);
        d += Duration::days(1);
    }
    (t, as_of, planned)
}

fn date(v: &Value) -> NaiveDate {
    v.as_str().unwrap().parse().unwrap()
}

/// Checks one plan against what the case planned; `Err` says what broke.
fn check_plan(
    spec: &Spec,
    planned: &BTreeMap<NaiveDate, f64>,
    code: i32,
    v: &Value,
) -> Result<(), String> {
    let p = &v["plan"];
    let t = p["regime"]["take_home_days"].as_u64().unwrap() as usize;
    let closed: Vec<&str> = spec.closed.iter().map(|i| DAYS[*i]).collect();
    // Every take-home dose as the pickups list it, by the day it is for.
    let mut listed: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    let pickups = p["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (date(&d["date"]), &d["hands_out"]))
        .chain(
            p.get("early_pickup")
                .map(|e| (date(&e["date"]), &e["hands_out"])),
        );
    for (at, list) in pickups {
        let mut other_days: Vec<NaiveDate> = Vec::new();
        for h in list.as_array().unwrap() {
            let d = date(&h["date"]);
            if d < at {
                return Err(format!("{at} hands out a dose for {d}, before it"));
            }
            *listed.entry(d).or_default() += mg(&h["mg"]);
            if d != at && !other_days.contains(&d) {
                other_days.push(d);
            }
        }
        if other_days.len() > t {
            return Err(format!(
                "{at} hands out {} days, the regime allows {t}",
                other_days.len()
            ));
        }
    }
    let eps = 1e-6;
    for d in p["days"].as_array().unwrap() {
        let dt = date(&d["date"]);
        let want = planned[&dt];
        let (mut sup, mut home, mut na, mut all) = (0.0, 0.0, 0.0, 0.0);
        for a in d["doses"].as_array().unwrap() {
            let x = mg(&a["mg"]);
            all += x;
            match a["given"]["kind"].as_str().unwrap() {
                "supervised" => sup += x,
                "take-home" => home += x,
                "contact-prescriber" => {
                    if !closed.contains(&d["weekday"].as_str().unwrap()) {
                        return Err(format!("{dt}: not arranged on an open day"));
                    }
                    na += x
                }
                k => return Err(format!("{dt}: {k}")),
            }
        }
        if sup > 0.0 && d["closed"] == true {
            return Err(format!("{dt}: supervised on a closed day"));
        }
        if (all - want).abs() > eps || (sup + home + na - want).abs() > eps {
            return Err(format!(
                "{dt}: planned {want}, plan has {all} ({sup} + {home} + {na})"
            ));
        }
        let got = listed.get(&dt).copied().unwrap_or(0.0);
        if (got - home).abs() > eps {
            return Err(format!("{dt}: take-home {home} mg, pickups list {got} mg"));
        }
    }
    let total: f64 = planned.values().sum();
    if (mg(&p["totals"]["planned_mg"]) - total).abs() > eps {
        return Err(format!("totals {} != {total}", p["totals"]["planned_mg"]));
    }
    let unarranged = !p["contact_prescriber"].as_array().unwrap().is_empty()
        || !p["before_next_dose"].as_array().unwrap().is_empty();
    if (code == 1) != unarranged || code > 1 {
        return Err(format!(
            "exit {code} with contact_prescriber {}",
            p["contact_prescriber"]
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    /// Day by day, the supervised doses plus the doses handed out (plus any
    /// not arranged, only ever on a closed day) are the planned doses; the
    /// pickups list exactly the take-home doses; none hands out more days
    /// than the regime allows; a closed day is never a supervised intake.
    #[test]
    fn supervised_and_handed_out_doses_are_the_planned_doses(spec in spec()) {
        let (text, _, planned) = build(&spec);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        std::fs::write(&path, &text).unwrap();
        let mut args = vec![
            "plan".to_string(),
            path.to_string_lossy().into_owned(),
            "--weeks".into(),
            spec.weeks.to_string(),
            "--format".into(),
            "json".into(),
        ];
        for c in &spec.closed {
            args.extend(["--closed".to_string(), DAYS[*c].to_string()]);
        }
        let out = lib().args(&args).output().unwrap();
        let code = out.status.code().unwrap();
        prop_assert!(code < 2, "{}\n{}", String::from_utf8_lossy(&out.stderr), text);
        let v = json(&out.stdout);
        let r = check_plan(&spec, &planned, code, &v);
        prop_assert!(r.is_ok(), "{:?}\n{}", r, text);
    }
}

#[test]
fn a_depot_plan_lists_the_injections_and_never_moves_one_off_a_closed_day() {
    let (code, v) = plan_json(&[&case("depot"), "--weeks", "4"]);
    assert_eq!(code, 0);
    let p = &v["plan"];
    assert_eq!(p["regime"]["basis"], "depot");
    let injected: Vec<&str> = p["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["doses"].as_array().unwrap().is_empty())
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(injected, ["2026-11-27"], "28 days after 2026-10-30");
    let inj = &day(p, "2026-11-27")["doses"][0];
    assert_eq!(inj["slot"], "injection");
    assert_eq!(inj["given"]["kind"], "injection");
    approx::assert_relative_eq!(mg(&p["totals"]["injected_mg"]), 128.0);
    assert_eq!(day(p, "2026-11-26")["pickup"], false);
    let (code, v) = plan_json(&[&case("depot"), "--weeks", "4", "--closed", "friday"]);
    assert_eq!(code, 1);
    let inj = &day(&v["plan"], "2026-11-27")["doses"][0];
    assert_eq!(inj["given"]["reason"], "injection-closed");
}

#[test]
fn a_recorded_regime_beyond_the_ladder_is_dispensed_at_most_at_the_highest_rung() {
    let text = std::fs::read_to_string(case("weekend"))
        .unwrap()
        .replace("supervised_per_week = 5", "supervised_per_week = 1")
        .replace("take_home_days = 2", "take_home_days = 13");
    let dir = tempfile::tempdir().unwrap();
    let path = crate::common::write(dir.path(), "beyond.toml", &text);
    let (code, v) = plan_json(&[path.to_str().unwrap(), "--weeks", "3"]);
    assert!(code < 2);
    let p = &v["plan"];
    assert_eq!(p["regime"]["take_home_days"], 6, "{}", p["regime"]);
    for d in p["days"].as_array().unwrap() {
        let others = d["hands_out"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["date"] != d["date"])
            .count();
        assert!(others <= 6, "{d}");
    }
}

#[test]
fn the_checks_criticals_come_before_the_calendar() {
    let (code, v) = plan_json(&[&case("missed"), "--weeks", "1"]);
    assert_eq!(code, 1);
    let p = &v["plan"];
    let first = &p["before_next_dose"][0];
    assert_eq!(first["code"], "MIS001");
    assert!(
        first["action"].as_str().unwrap().contains("40 mg"),
        "{first}"
    );
    // The missed run tightens the regime to daily supervision.
    assert_eq!(p["regime"]["take_home_days"], 0);
    let (_, text) = plan(&[&case("missed"), "--weeks", "1"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "BEFORE THE NEXT DOSE OR PICKUP");
    assert!(
        lines[2].starts_with("▶ ") && lines[2].ends_with("[MIS001]"),
        "{text}"
    );
    let (_, nb) = plan(&[&case("missed"), "--weeks", "1", "--lang", "nb"]);
    assert!(
        nb.lines().nth(1).unwrap().starts_with("FØR NESTE DOSE"),
        "{nb}"
    );
    // A plan without a critical has none.
    let (_, v) = plan_json(&[&case("weekend"), "--weeks", "1"]);
    assert_eq!(v["plan"]["before_next_dose"], serde_json::json!([]));
}
