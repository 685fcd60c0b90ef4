//! A case with a daily dose history for the benchmarks (`history`,
//! `timeline`): one-day `[[doses]]` records (a slow titration, a long
//! plateau, small changes now and then, a missed day every `missed_every`
//! days), weekly screens, a benzodiazepine prescription and an ECG on
//! `ecg`; `as_of` the day after the last dose.

use std::fmt::Write;

pub fn daily_case(
    start: chrono::NaiveDate,
    days: i64,
    ecg: chrono::NaiveDate,
    missed_every: i64,
) -> String {
    let as_of = start + chrono::Duration::days(days);
    let mut s = format!(
        "schema = 1\n[patient]\nid = \"bench\"\nsex = \"female\"\n[treatment]\nmedication = \"methadone\"\nas_of = {as_of}\nstarted_lar = {start}\n\n[[prescriptions]]\ndrug = \"Sobril\"\ndaily_mg = 15\n\n[[ecg]]\ndate = {ecg}\nqtc_ms = 440\n\n[pickup]\nsupervised_per_week = 3\ntake_home_days = 3\n[naloxone]\ntake_home_kit = true\n"
    );
    for i in 0..days {
        let d = start + chrono::Duration::days(i);
        let mg = (30 + (i / 3) * 5).min(90) + if i % 97 == 0 { 5 } else { 0 };
        if i % missed_every == 50 {
            writeln!(s, "[[missed]]\nfrom = {d}").unwrap();
            continue;
        }
        writeln!(s, "[[doses]]\nfrom = {d}\nmg = {mg}").unwrap();
        if i % 7 == 0 {
            writeln!(
                s,
                "[[screens]]\ndate = {d}\npositive = [\"methadone\", \"eddp\"]"
            )
            .unwrap();
        }
    }
    s
}
