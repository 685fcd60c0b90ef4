//! A cohort of realistic one-year LAR case files for benchmarks (issue 16),
//! shared by `examples/cohort.rs` (writes them) and `benches/cohort.rs`.
//! The same seed gives the same files.
//!
//! Each case: one LAR medication with a dose history of one to six dose
//! changes over the year, a few missed days, urine screens every one to four
//! weeks (now and then a benzodiazepine, cannabis or heroin positive), zero
//! to four prescriptions (about 30 % of patients have one name the drug
//! catalogue does not know), an ECG, a pickup regime and a naloxone kit.

use std::fmt::Write as _;

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

struct Med {
    name: &'static str,
    doses: &'static [f64],
    positive: &'static str,
}

const MEDS: &[Med] = &[
    Med {
        name: "methadone",
        doses: &[40.0, 60.0, 70.0, 80.0, 90.0, 100.0, 110.0, 120.0],
        positive: "\"methadone\", \"eddp\"",
    },
    Med {
        name: "buprenorphine",
        doses: &[4.0, 8.0, 12.0, 16.0, 20.0, 24.0],
        positive: "\"buprenorphine\", \"norbuprenorphine\"",
    },
    Med {
        name: "buprenorphine-naloxone",
        doses: &[4.0, 8.0, 12.0, 16.0, 24.0],
        positive: "\"buprenorphine\", \"norbuprenorphine\"",
    },
    Med {
        name: "levomethadone",
        doses: &[20.0, 30.0, 40.0, 50.0, 60.0],
        positive: "\"methadone\", \"eddp\"",
    },
    Med {
        name: "morphine-sr-24h",
        doses: &[400.0, 600.0, 800.0, 1000.0],
        positive: "\"morphine\", \"opiates\"",
    },
];

/// Names the catalogue knows, with a daily dose where one is usual.
const KNOWN: &[(&str, Option<u32>)] = &[
    ("Kvetiapin", Some(50)),
    ("Movicol", None),
    ("Paracet", Some(2000)),
    ("Cipramil", Some(20)),
    ("Lyrica", Some(150)),
    ("Imovane", Some(7)),
    ("Sobril", Some(15)),
    ("Folsyre", None),
    ("Tegretol", Some(400)),
    ("Amoxicillin", Some(1500)),
    ("Nyxoid", None),
    ("Vival", Some(5)),
];

/// Names no catalogue has: a clinic's local spellings and brand names.
const UNKNOWN: &[&str] = &[
    "Zorbitamol",
    "Kvelantin 25 mg",
    "Fenoxadrin",
    "Ultrapam depot",
    "Bexatrix",
    "Moravil",
    "Tiklofen 10 mg",
    "Serquinol",
    "Dalvoxin",
    "Prenatrol",
    "Vitamin D-tilskudd",
    "Omega-3 kapsler",
    "Jerntabletter",
    "Naturlegemiddel",
];

const OTHER_POSITIVES: &[&str] = &[
    "\"benzodiazepines\", \"diazepam\", \"oxazepam\"",
    "\"cannabis\"",
    "\"6-mam\", \"morphine\", \"opiates\"",
    "\"pregabalin\"",
    "\"benzodiazepines\", \"clonazepam\"",
];

const AS_OF: &str = "2026-11-24";

fn date(day: i64) -> chrono::NaiveDate {
    // day 0 is one year before the review day
    chrono::NaiveDate::from_ymd_opt(2025, 11, 24).unwrap() + chrono::Duration::days(day)
}

fn head(s: &mut String, i: usize, rng: &mut Rng, med: &Med) {
    let sex = if rng.chance(35) { "female" } else { "male" };
    let _ = write!(
        s,
        "# generated case {i}\nschema = 1\n\n[patient]\nid = \"p{i:05}\"\nborn = {}\nsex = \"{sex}\"\n\n[treatment]\nmedication = \"{}\"\nas_of = {AS_OF}\nstarted_lar = {}\n",
        rng.range(1955, 2002),
        med.name,
        date(-rng.range(30, 6000)),
    );
}

/// Dose periods over the year with missed days cut out of them.
fn doses(s: &mut String, rng: &mut Rng, med: &Med) {
    let changes = rng.range(1, 6);
    let mut cuts: Vec<i64> = (0..changes).map(|_| rng.range(10, 355)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut missed: Vec<(i64, i64)> = Vec::new();
    for _ in 0..rng.range(0, 4) {
        let from = rng.range(5, 360);
        missed.push((from, from + rng.range(0, 2)));
    }
    // a missed span lies inside one dose period, never across a change
    missed.retain(|m| !cuts.iter().any(|&c| m.0 < c && c <= m.1));
    missed.sort_unstable();
    missed.dedup_by(|b, a| b.0 <= a.1 + 1);
    let mut k = rng.range(0, med.doses.len() as i64 - 1) as usize;
    let mut start = 0;
    for end in cuts.iter().copied().chain([365]) {
        let mut from = start;
        for &(a, b) in missed.iter().filter(|m| m.0 >= start && m.1 < end) {
            if a > from {
                period(s, from, a - 1, med.doses[k]);
            }
            from = b + 1;
        }
        if from < end {
            period(s, from, end - 1, med.doses[k]);
        }
        k = if k + 1 < med.doses.len() && rng.chance(60) {
            k + 1
        } else {
            k.saturating_sub(1)
        };
        start = end;
    }
    for (a, b) in missed.iter().filter(|m| m.1 < 365) {
        let _ = write!(s, "\n[[missed]]\nfrom = {}\n", date(*a));
        if b > a {
            let _ = writeln!(s, "to = {}", date(*b));
        }
    }
}

fn period(s: &mut String, from: i64, to: i64, mg: f64) {
    let _ = write!(
        s,
        "\n[[doses]]\nfrom = {}\nto = {}\nmg = {mg}\n",
        date(from),
        date(to)
    );
}

fn screens(s: &mut String, rng: &mut Rng, med: &Med) {
    let every = rng.range(1, 4) * 7;
    let mut day = rng.range(1, every);
    while day < 365 {
        let _ = write!(s, "\n[[screens]]\ndate = {}\n", date(day));
        if rng.chance(8) {
            let _ = writeln!(
                s,
                "positive = [{}, {}]",
                med.positive,
                rng.pick(OTHER_POSITIVES)
            );
        } else {
            let _ = writeln!(s, "positive = [{}]", med.positive);
        }
        day += every;
    }
}

fn prescriptions(s: &mut String, rng: &mut Rng) {
    let mut names: Vec<(String, Option<u32>)> = (0..rng.range(0, 3))
        .map(|_| {
            let (n, mg) = rng.pick(KNOWN);
            (n.to_string(), *mg)
        })
        .collect();
    if rng.chance(30) {
        names.push((rng.pick(UNKNOWN).to_string(), None));
    }
    names.sort();
    names.dedup_by(|a, b| a.0 == b.0);
    for (n, mg) in names {
        let _ = write!(s, "\n[[prescriptions]]\ndrug = \"{n}\"\n");
        if let Some(mg) = mg {
            let _ = writeln!(s, "daily_mg = {mg}");
        }
    }
}

fn tail(s: &mut String, rng: &mut Rng) {
    let _ = write!(
        s,
        "\n[[ecg]]\ndate = {}\nqtc_ms = {}\n",
        date(rng.range(0, 360)),
        rng.range(400, 470)
    );
    let (sup, home) = *rng.pick(&[(7, 0), (6, 1), (5, 2), (3, 3), (2, 4), (1, 6)]);
    let _ = write!(
        s,
        "\n[pickup]\nsupervised_per_week = {sup}\ntake_home_days = {home}\n\n[naloxone]\ntake_home_kit = {}\n",
        rng.chance(80)
    );
}

/// One case file's text.
pub fn case(i: usize, rng: &mut Rng) -> String {
    let med = rng.pick(MEDS);
    let mut s = String::with_capacity(4096);
    head(&mut s, i, rng, med);
    doses(&mut s, rng, med);
    screens(&mut s, rng, med);
    prescriptions(&mut s, rng);
    tail(&mut s, rng);
    s
}

/// Writes `count` cases (`p00000.toml` ...) into `dir`; returns the bytes
/// written.
pub fn write(dir: &std::path::Path, count: usize, seed: u64) -> usize {
    std::fs::create_dir_all(dir).expect("cohort directory");
    let mut rng = Rng(seed);
    let mut bytes = 0;
    for i in 0..count {
        let text = case(i, &mut rng);
        bytes += text.len();
        std::fs::write(dir.join(format!("p{i:05}.toml")), text).expect("case file");
    }
    bytes
}
