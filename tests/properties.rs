//! Properties of drug mastery and the pickup proposal (`spec/pickup.md`)
//! over random but valid cases, run through the library directly.
//!
//! Each case is built as TOML text (as a clinic export would write it):
//! a LAR medication, `started_lar`, a dose history with gaps (or depot
//! injections), random screens with random positives from the fixed
//! vocabulary, random prescriptions and events, an optional `[pickup]`, an
//! optional `[mastery]` assessment, and the storage flags. The properties
//! are the promises of pickup.md that must hold whatever the case says.

use crate::common::codes;
use chrono::{Duration, NaiveDate};
use larcheck::config::Config;
use proptest::prelude::*;
use serde_json::Value;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// Every LAR medication, by its case-file spelling.
fn medication(i: usize) -> &'static str {
    larcheck::case::Medication::ALL[i].as_str()
}

/// The fixed screen vocabulary of case-format.md.
const VOCABULARY: &[&str] = larcheck::vocab::substances::SUBSTANCES;

const STATUSES: [&str; 5] = ["valid", "missed", "refused", "dilute", "adulterated"];
const SAMPLES: [&str; 3] = ["urine", "oral-fluid", "blood"];
const ASSESSMENTS: [&str; 3] = ["good", "some-use", "dependence-like"];
const EVENTS: [&str; 5] = [
    "prison-release",
    "detox-discharge",
    "hospital-discharge",
    "overdose",
    "treatment-interruption",
];
/// Prescriptions that matter to the proposal (critical BZD/INT findings)
/// or to the screens, plus one unknown name.
const DRUGS: [&str; 12] = [
    "Sobril",
    "Vival",
    "Imovane",
    "Lyrica",
    "OxyNorm",
    "Paralgin forte",
    "Selincro",
    "Temgesic",
    "Rifadin",
    "Cipramil",
    "Elvanse",
    "Fantasiol",
];

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::embedded)
}

/// Plausible daily doses of a medication.
fn doses_for(med: &str) -> &'static [f64] {
    match med {
        "methadone" => &[20.0, 30.0, 40.0, 60.0, 80.0, 100.0, 120.0],
        "levomethadone" => &[10.0, 15.0, 20.0, 30.0, 40.0, 60.0],
        "morphine-sr-24h" | "morphine-sr-12h" => &[120.0, 200.0, 400.0, 600.0, 800.0],
        _ => &[2.0, 4.0, 8.0, 12.0, 16.0, 24.0],
    }
}

#[derive(Debug, Clone)]
struct Segment {
    days: i64,
    dose: usize,
    /// Days without a dose before this segment (a gap in the history).
    gap: i64,
    /// The gap is written as `[[missed]]` (otherwise it is unrecorded).
    gap_recorded: bool,
    /// Dosed with another LAR medication (an earlier switch).
    other_medication: Option<usize>,
}

#[derive(Debug, Clone)]
struct ScreenSpec {
    days_ago: i64,
    status: usize,
    sample: usize,
    positives: Vec<usize>,
    with_lar_substances: bool,
    creatinine: Option<f64>,
}

#[derive(Debug, Clone)]
struct RxSpec {
    drug: usize,
    approved: bool,
    /// `to` as days before as_of (negative: in the future); `None` = ongoing.
    ends_days_ago: Option<i64>,
}

#[derive(Debug, Clone)]
struct CaseSpec {
    medication: usize,
    /// Missed run right before as_of.
    final_gap: i64,
    segments: Vec<Segment>,
    /// started_lar this many days before the first record (`None`: absent).
    started_before_first: Option<i64>,
    injections: Vec<(bool, usize, i64)>,
    screens: Vec<ScreenSpec>,
    prescriptions: Vec<RxSpec>,
    event_days_ago: Option<(usize, i64)>,
    pickup: Option<(u32, u32)>,
    mastery: Option<(usize, i64)>,
    children_in_home: bool,
    safe_storage: bool,
    work_or_education: bool,
    naloxone: Option<bool>,
}

fn segment() -> impl Strategy<Value = Segment> {
    (
        1i64..80,
        0usize..8,
        prop_oneof![4 => Just(0i64), 1 => 1i64..8],
        any::<bool>(),
        prop_oneof![5 => Just(None), 1 => (0usize..6).prop_map(Some)],
    )
        .prop_map(
            |(days, dose, gap, gap_recorded, other_medication)| Segment {
                days,
                dose,
                gap,
                gap_recorded,
                other_medication,
            },
        )
}

fn screen() -> impl Strategy<Value = ScreenSpec> {
    // Mostly recent, valid urine samples with the LAR medication and
    // nothing else (stable patients), so that every step of the proposal
    // is reached; sometimes anything.
    (
        prop_oneof![3 => 0i64..30, 1 => 0i64..130],
        prop_oneof![12 => Just(0usize), 1 => 1usize..5],
        prop_oneof![5 => Just(0usize), 1 => 1usize..3],
        prop_oneof![
            6 => Just(Vec::new()),
            1 => prop::collection::vec(0usize..VOCABULARY.len(), 1..4)
        ],
        prop_oneof![4 => Just(true), 1 => Just(false)],
        prop_oneof![4 => Just(None), 1 => (10u32..40).prop_map(|c| Some(f64::from(c) / 10.0))],
    )
        .prop_map(
            |(days_ago, status, sample, positives, with_lar_substances, creatinine)| ScreenSpec {
                days_ago,
                status,
                sample,
                positives,
                with_lar_substances,
                creatinine,
            },
        )
}

fn prescription() -> impl Strategy<Value = RxSpec> {
    (
        0usize..DRUGS.len(),
        any::<bool>(),
        prop_oneof![3 => Just(None), 1 => (-30i64..30).prop_map(Some)],
    )
        .prop_map(|(drug, approved, ends_days_ago)| RxSpec {
            drug,
            approved,
            ends_days_ago,
        })
}

fn case_spec() -> impl Strategy<Value = CaseSpec> {
    let history = (
        0usize..larcheck::case::Medication::ALL.len(),
        prop_oneof![4 => Just(0i64), 1 => 1i64..8],
        prop::collection::vec(segment(), 1..5),
        prop_oneof![1 => Just(None), 3 => (0i64..1500).prop_map(Some)],
        prop::collection::vec((any::<bool>(), 0usize..4, -3i64..4), 1..5),
    );
    let record = (
        prop::collection::vec(screen(), 0..6),
        prop_oneof![
            2 => Just(Vec::new()),
            1 => prop::collection::vec(prescription(), 1..3)
        ],
        prop_oneof![3 => Just(None), 1 => (0usize..EVENTS.len(), 0i64..60).prop_map(Some)],
    );
    let regime = (
        prop_oneof![1 => Just(None), 3 => (0u32..=7, 0u32..=8).prop_map(Some)],
        prop_oneof![1 => Just(None), 1 => (0usize..3, 0i64..60).prop_map(Some)],
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(None), Just(Some(true)), Just(Some(false))],
    );
    (history, record, regime).prop_map(
        |(
            (medication, final_gap, segments, started_before_first, injections),
            (screens, prescriptions, event_days_ago),
            (pickup, mastery, children_in_home, safe_storage, work_or_education, naloxone),
        )| CaseSpec {
            medication,
            final_gap,
            segments,
            started_before_first,
            injections,
            screens,
            prescriptions,
            event_days_ago,
            pickup,
            mastery,
            children_in_home,
            safe_storage,
            work_or_education,
            naloxone,
        },
    )
}

/// A case file for the spec. Returns the text and the medication.
fn case_text(spec: &CaseSpec) -> (String, &'static str) {
    let med = medication(spec.medication);
    let as_of = as_of();
    let mut records = String::new();
    let mut first: NaiveDate;

    if med == "buprenorphine-depot" {
        // Injections backwards from shortly before as_of, each at about its
        // product's interval after the one before.
        let mut date = as_of - Duration::days(1 + spec.final_gap);
        let mut list = Vec::new();
        for &(weekly, strength, jitter) in &spec.injections {
            let (mg, interval) = if weekly {
                ([8, 16, 24, 32][strength], 7)
            } else {
                ([64, 96, 128, 160][strength], 28)
            };
            list.push((date, mg, if weekly { "weekly" } else { "monthly" }));
            date -= Duration::days(interval + jitter);
        }
        list.reverse();
        first = list[0].0;
        for (d, mg, product) in list {
            writeln!(
                records,
                "[[injections]]\ndate = {d}\nmg = {mg}\nproduct = \"{product}\"\n"
            )
            .unwrap();
        }
    } else {
        let mut cursor = as_of - Duration::days(1 + spec.final_gap);
        if spec.final_gap > 0 && spec.segments[0].gap_recorded {
            writeln!(
                records,
                "[[missed]]\nfrom = {}\nto = {}\n",
                cursor + Duration::days(1),
                as_of - Duration::days(1)
            )
            .unwrap();
        }
        first = cursor;
        for (i, s) in spec.segments.iter().enumerate() {
            // The latest segment is always the current medication.
            let seg_med = match s.other_medication {
                Some(m) if i > 0 => medication(m),
                _ => med,
            };
            let choices = doses_for(seg_med);
            let mg = choices[s.dose % choices.len()];
            let from = cursor - Duration::days(s.days - 1);
            writeln!(
                records,
                "[[doses]]\nfrom = {from}\nto = {cursor}\nmg = {mg}\nmedication = \"{seg_med}\"\n"
            )
            .unwrap();
            first = from;
            cursor = from - Duration::days(1);
            if s.gap > 0 && i + 1 < spec.segments.len() {
                if s.gap_recorded {
                    writeln!(
                        records,
                        "[[missed]]\nfrom = {}\nto = {cursor}\n",
                        cursor - Duration::days(s.gap - 1)
                    )
                    .unwrap();
                }
                cursor -= Duration::days(s.gap);
            }
        }
    }

    let mut text = String::from("schema = 1\n\n[patient]\nid = \"prop\"\n");
    writeln!(
        text,
        "children_in_home = {}\nsafe_storage = {}\nwork_or_education = {}\n",
        spec.children_in_home, spec.safe_storage, spec.work_or_education
    )
    .unwrap();
    writeln!(text, "[treatment]\nmedication = \"{med}\"\nas_of = {as_of}").unwrap();
    if let Some(before) = spec.started_before_first {
        writeln!(text, "started_lar = {}", first - Duration::days(before)).unwrap();
    }
    text.push('\n');
    text.push_str(&records);

    for s in &spec.screens {
        let status = STATUSES[s.status];
        let sample = SAMPLES[s.sample];
        writeln!(
            text,
            "[[screens]]\ndate = {}\nsample = \"{sample}\"\nstatus = \"{status}\"",
            as_of - Duration::days(s.days_ago)
        )
        .unwrap();
        if matches!(status, "valid" | "dilute") {
            let mut pos: Vec<&str> = s.positives.iter().map(|&i| VOCABULARY[i]).collect();
            if s.with_lar_substances {
                pos.extend(match med {
                    "methadone" | "levomethadone" => ["methadone", "eddp"],
                    "morphine-sr-24h" | "morphine-sr-12h" => ["morphine", "opiates"],
                    _ => ["buprenorphine", "norbuprenorphine"],
                });
            }
            pos.sort_unstable();
            pos.dedup();
            let quoted: Vec<String> = pos.iter().map(|p| format!("\"{p}\"")).collect();
            writeln!(text, "positive = [{}]", quoted.join(", ")).unwrap();
        }
        if sample == "urine"
            && let Some(c) = s.creatinine
        {
            writeln!(text, "creatinine_mmol_l = {c}").unwrap();
        }
        text.push('\n');
    }
    for p in &spec.prescriptions {
        writeln!(
            text,
            "[[prescriptions]]\ndrug = \"{}\"\napproved_by_tsb = {}",
            DRUGS[p.drug], p.approved
        )
        .unwrap();
        if let Some(ago) = p.ends_days_ago {
            writeln!(
                text,
                "from = 2026-01-01\nto = {}",
                as_of - Duration::days(ago)
            )
            .unwrap();
        }
        text.push('\n');
    }
    if let Some((kind, ago)) = spec.event_days_ago {
        writeln!(
            text,
            "[[events]]\ndate = {}\nkind = \"{}\"\n",
            as_of - Duration::days(ago),
            EVENTS[kind]
        )
        .unwrap();
    }
    if let Some((sup, take)) = spec.pickup {
        writeln!(
            text,
            "[pickup]\nsupervised_per_week = {sup}\ntake_home_days = {take}\n"
        )
        .unwrap();
    }
    if let Some((a, ago)) = spec.mastery {
        writeln!(
            text,
            "[mastery]\nassessment = \"{}\"\nassessed = {}\n",
            ASSESSMENTS[a],
            as_of - Duration::days(ago)
        )
        .unwrap();
    }
    if let Some(kit) = spec.naloxone {
        writeln!(text, "[naloxone]\ntake_home_kit = {kit}\n").unwrap();
    }
    (text, med)
}

/// Parses and checks a case with the embedded configuration; the report
/// as JSON (the same serialisation `check --format json` uses).
fn run(text: &str) -> Result<Value, String> {
    let case = larcheck::input::parse(text, None)
        .map_err(|e| format!("generated case does not parse: {e}\n{text}"))?;
    let report = larcheck::engine::check("prop.toml", &case, as_of(), false, config())
        .map_err(|e| format!("engine error: {}\n{text}", e.0))?;
    serde_json::to_value(&report).map_err(|e| e.to_string())
}

fn level(v: &Value) -> Option<i64> {
    v.get("level").and_then(Value::as_i64)
}

/// The JSON keys that hold a dose (an amount given or to be given), at any
/// depth: the report's current dose, the restart advice, the evidence.
const DOSE_KEYS: &[&str] = &[
    "mg",
    "current_dose_mg",
    "last_dose_mg",
    "next_dose_mg",
    "dose_mg",
    "first_dose_mg",
    "restart_mg",
    "from_mg",
    "to_mg",
    "daily_mg",
    "dose_before_mg",
    "highest_mg",
    "last_previous_mg",
    "last_full_agonist_mg",
    "last_sublingual_mg",
    "injection_mg",
    "last_injection_mg",
];

/// The dose keys of the report that are not above 0 (`path = value`).
fn doses_not_above_zero(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if DOSE_KEYS.contains(&k.as_str())
                    && let Some(n) = x.as_f64()
                    && n <= 0.0
                {
                    out.push(format!("{at}.{k} = {n}"));
                }
                doses_not_above_zero(x, &format!("{at}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                doses_not_above_zero(x, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Clean (rules.md): no finding at warning or above. The generated cases
/// acknowledge nothing, so every finding counts.
fn is_clean(r: &Value) -> bool {
    !r["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["severity"] == "warning" || f["severity"] == "critical")
}

/// The case text without its `[[doses]]` and `[[missed]]` records (each
/// record is a block that ends with a blank line).
fn without_dose_records(text: &str) -> String {
    text.split_inclusive("\n\n")
        .filter(|b| !b.starts_with("[[doses]]") && !b.starts_with("[[missed]]"))
        .collect()
}

/// Prescription names of each medication's own LAR molecule (its names and
/// products, and for the buprenorphine family every LAR product of it).
fn own_lar_names(med: &str) -> &'static [&'static str] {
    match med {
        "methadone" => &["methadone", "Metadon", "Metadon DnE"],
        "levomethadone" => &["levomethadone", "Levopidon"],
        "morphine-sr-24h" | "morphine-sr-12h" => {
            &["morphine-sr-24h", "Substitol", "morphine-sr-12h"]
        }
        _ => &[
            "buprenorphine",
            "Subutex",
            "Suboxone",
            "Bunalict",
            "Buvidal",
        ],
    }
}

/// Runs the properties with `$cases` cases; `$attr` (e.g. `#[ignore]`) goes
/// on every test. The quick set runs with `cargo test`, the thorough one
/// (thousands of cases) with `cargo test --release -- --ignored`.
macro_rules! properties {
    ($cases:expr $(, #[$attr:meta])*) => {
        proptest! {
            #![proptest_config(ProptestConfig {
                cases: $cases,
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            /// The engine accepts every generated case (no panic, no error) and
            /// gives the same report twice.
            $(#[$attr])*
            #[test]
            fn the_engine_never_panics_and_is_deterministic(spec in case_spec()) {
                let (text, _) = case_text(&spec);
                let a = run(&text).map_err(TestCaseError::fail)?;
                let b = run(&text).map_err(TestCaseError::fail)?;
                prop_assert_eq!(a, b);
            }

            /// pickup.md: "Up one level from the current one (never more than one
            /// per review)"; without [pickup] the proposal is made from level 0.
            $(#[$attr])*
            #[test]
            fn the_proposal_never_moves_up_more_than_one_level(spec in case_spec()) {
                let (text, med) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                prop_assume!(med != "buprenorphine-depot");
                let pickup = &r["pickup"];
                let base = level(&pickup["current"]).unwrap_or(0);
                let proposed = level(&pickup["proposed"]).expect("a proposal outside depot");
                prop_assert!(proposed <= base + 1, "current {base}, proposed {proposed}\n{text}");
                prop_assert!((0..=5).contains(&proposed), "proposed {proposed}\n{text}");
            }

            /// pickup.md step 4: never relax without evidence; steps 2-3: some-use
            /// and dependence-like never relax either.
            $(#[$attr])*
            #[test]
            fn the_proposal_never_relaxes_unless_mastery_is_good(spec in case_spec()) {
                let (text, med) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                prop_assume!(med != "buprenorphine-depot");
                let class = r["mastery"]["class"].as_str().unwrap_or_default().to_string();
                prop_assert!(
                    ["good", "some-use", "dependence-like", "unknown"].contains(&class.as_str()),
                    "mastery class {class}"
                );
                let pickup = &r["pickup"];
                let base = level(&pickup["current"]).unwrap_or(0);
                let proposed = level(&pickup["proposed"]).expect("a proposal outside depot");
                if class != "good" {
                    prop_assert!(
                        proposed <= base,
                        "mastery {class}: current {base}, proposed {proposed}\n{text}"
                    );
                    prop_assert_ne!(pickup["change"].as_str(), Some("relax"));
                }
                if class == "dependence-like" {
                    // pickup.md step 3: capped at 6/1 (step 2 makes it 7/0 when
                    // the concern screens show opioids or sedatives).
                    prop_assert!(proposed <= 1, "dependence-like must give at most 6/1\n{}", text);
                }
            }

            /// pickup.md step 3: fewer than 90 days in LAR caps the proposal at
            /// 6/1 (level 1).
            $(#[$attr])*
            #[test]
            fn fewer_than_90_days_in_lar_caps_the_proposal_at_6_1(spec in case_spec(), days in 1i64..90) {
                // One dose run of `days` days right before as_of (or before a short
                // missed run), started_lar on its first day or up to 5 days before.
                let mut segment = spec.segments[0].clone();
                segment.days = (days - spec.final_gap).max(1);
                let spec = CaseSpec {
                    medication: spec.medication % 6,
                    segments: vec![segment],
                    started_before_first: spec.started_before_first.map(|d| d % 5),
                    ..spec
                };
                let (text, _) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                let in_lar = r["mastery"]["days_in_lar"].as_i64().unwrap_or_default();
                prop_assert!(in_lar < 95, "days in LAR {in_lar}\n{text}");
                if in_lar < 90 {
                    prop_assert!(level(&r["pickup"]["proposed"]).is_some_and(|l| l <= 1), "{}", text);
                }
            }

            /// pickup.md step 1 and output.md: depot has no take-home proposal.
            $(#[$attr])*
            #[test]
            fn depot_is_never_proposed_take_home_doses(spec in case_spec()) {
                let spec = CaseSpec { medication: 6, ..spec };
                let (text, med) = case_text(&spec);
                prop_assert_eq!(med, "buprenorphine-depot");
                let r = run(&text).map_err(TestCaseError::fail)?;
                let pickup = &r["pickup"];
                prop_assert_eq!(pickup["change"].as_str(), Some("not-applicable"), "{}", text);
                prop_assert!(pickup["proposed"].is_null(), "depot proposal {}\n{}", pickup["proposed"], text);
                let codes = codes(&r);
                prop_assert!(!codes.iter().any(|c| c == "PIC001" || c == "PIC002"), "{:?}", codes);
                let take_home = spec.pickup.map_or(0, |p| p.1);
                prop_assert_eq!(codes.iter().any(|c| c == "PIC004"), take_home > 0, "{:?}\n{}", codes, text);
            }

            /// case-format.md "Without [pickup]": current is unknown, change is
            /// "unknown", and PIC001/PIC002 do not fire.
            $(#[$attr])*
            #[test]
            fn without_pickup_the_change_is_unknown(spec in case_spec()) {
                let spec = CaseSpec { pickup: None, medication: spec.medication % 6, ..spec };
                let (text, _) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                let pickup = &r["pickup"];
                prop_assert!(pickup["current"].is_null(), "{}", text);
                prop_assert_eq!(pickup["change"].as_str(), Some("unknown"), "{}", text);
                let codes = codes(&r);
                prop_assert!(!codes.iter().any(|c| c == "PIC001" || c == "PIC002"), "{:?}", codes);
                prop_assert!(level(&pickup["proposed"]).is_some_and(|l| l <= 1), "{}", text);
            }

            /// PIC001 fires exactly when the current level is above the proposal,
            /// PIC002 exactly when the proposal is one level looser, and `change`
            /// agrees with the two levels.
            $(#[$attr])*
            #[test]
            fn pic001_pic002_and_change_agree_with_the_levels(spec in case_spec()) {
                let spec = CaseSpec { medication: spec.medication % 6, ..spec };
                let (text, _) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                let pickup = &r["pickup"];
                let Some(current) = level(&pickup["current"]) else {
                    return Ok(());
                };
                let proposed = level(&pickup["proposed"]).expect("a proposal");
                let codes = codes(&r);
                prop_assert_eq!(codes.iter().any(|c| c == "PIC001"), current > proposed, "{:?}\n{}", codes, text);
                prop_assert_eq!(codes.iter().any(|c| c == "PIC002"), proposed == current + 1, "{:?}\n{}", codes, text);
                let change = pickup["change"].as_str().unwrap_or_default();
                let ok = match proposed.cmp(&current) {
                    std::cmp::Ordering::Greater => change == "relax",
                    std::cmp::Ordering::Less => change == "tighten",
                    std::cmp::Ordering::Equal => change == "keep" || change == "hold",
                };
                prop_assert!(ok, "change {change}: current {current}, proposed {proposed}\n{text}");
            }

            /// pickup.md "Severity of the pickup findings": PIC001 is critical only
            /// for a daily-supervised proposal with an acute reason while the
            /// regime has take-home doses; every other PIC001 is a warning.
            $(#[$attr])*
            #[test]
            fn pic001_is_critical_only_for_an_acute_reason(spec in case_spec()) {
                let spec = CaseSpec { medication: spec.medication % 6, ..spec };
                let (text, _) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                let pickup = &r["pickup"];
                let acute = pickup["holding_back"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|b| b["acute"] == Value::Bool(true)));
                let take_home = pickup["current"]["take_home_days"].as_i64().unwrap_or(0);
                for f in r["findings"].as_array().into_iter().flatten() {
                    if f["code"] == "PIC001" {
                        let critical = f["severity"] == "critical";
                        prop_assert_eq!(
                            critical,
                            acute && take_home > 0 && level(&pickup["proposed"]) == Some(0),
                            "{}\n{}", f, text
                        );
                    }
                }
                if pickup["change"] == "hold" {
                    prop_assert!(!codes(&r).iter().any(|c| c == "PIC002"), "{}", text);
                }
            }

            /// Issue 15: every dose the report gives (current dose, restart
            /// advice, evidence) is above 0.
            $(#[$attr])*
            #[test]
            fn every_dose_in_the_report_is_above_zero(spec in case_spec()) {
                let (text, _) = case_text(&spec);
                let r = run(&text).map_err(TestCaseError::fail)?;
                let mut bad = Vec::new();
                doses_not_above_zero(&r, "", &mut bad);
                prop_assert!(bad.is_empty(), "doses not above 0: {:?}\n{}", bad, text);
            }

            /// Issue 15 / DAT006: an oral LAR medication without any dose or
            /// missed record is never clean, whatever else the case says.
            $(#[$attr])*
            #[test]
            fn a_case_without_dose_records_is_never_clean(spec in case_spec()) {
                let spec = CaseSpec { medication: spec.medication % 6, ..spec };
                let (text, _) = case_text(&spec);
                let text = without_dose_records(&text);
                prop_assert!(!text.contains("[[doses]]") && !text.contains("[[missed]]"), "{}", text);
                let r = run(&text).map_err(TestCaseError::fail)?;
                prop_assert!(!is_clean(&r), "clean without a dose record: {:?}\n{}", codes(&r), text);
                prop_assert!(codes(&r).iter().any(|c| c == "DAT006"), "{:?}\n{}", codes(&r), text);
            }

            /// Issue 15 / INT010: the patient's own LAR molecule on an active
            /// prescription is never clean.
            $(#[$attr])*
            #[test]
            fn its_own_lar_medication_prescribed_is_never_clean(
                spec in case_spec(),
                pick in 0usize..8,
                daily in prop_oneof![Just(None), (1u32..200).prop_map(Some)],
            ) {
                let (text, med) = case_text(&spec);
                let names = own_lar_names(med);
                let mut text = text;
                write!(text, "\n[[prescriptions]]\ndrug = \"{}\"\n", names[pick % names.len()]).unwrap();
                if let Some(mg) = daily {
                    writeln!(text, "daily_mg = {mg}").unwrap();
                }
                let r = run(&text).map_err(TestCaseError::fail)?;
                prop_assert!(!is_clean(&r), "clean with its own LAR medication prescribed: {:?}\n{}", codes(&r), text);
                prop_assert!(codes(&r).iter().any(|c| c == "INT010"), "{:?}\n{}", codes(&r), text);
            }
        }
    };
}

properties!(64);

/// The same properties with thousands of cases: `cargo test --release --
/// --ignored` (a few minutes; the quick set above runs in every `cargo test`).
mod thorough {
    use super::*;

    properties!(4096, #[ignore = "thousands of cases: cargo test --release -- --ignored"]);
}
