//! Tests of `schedule taper`, `switch` and `restart` (issue 20 items 2-4,
//! 6): the national tables reproduced, refusals naming the rule and the
//! number, and property tests that the engine agrees with every schedule.

use super::*;
use approx::assert_relative_eq;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn mgs(s: &Schedule) -> Vec<(Medication, f64)> {
    s.entries.iter().map(|e| (e.medication, e.mg)).collect()
}

fn taper_request(med: Medication, from: f64) -> TaperRequest {
    TaperRequest {
        medication: med,
        from_mg: from,
        to_mg: None,
        start: d("2026-12-07"),
        percent_per_week: None,
        pregnancy_week: None,
        setting: Setting::Outpatient,
    }
}

fn switch_request(from: Medication, from_mg: f64, to: Medication) -> SwitchRequest {
    SwitchRequest {
        from,
        from_mg,
        to,
        start: d("2026-12-07"),
        micro: false,
        to_mg: None,
        product: None,
        setting: None,
    }
}

/// Issue 20 "done when": the national table methadone 60 mg →
/// buprenorphine day by day as dosing.md §4.2 (a) gives it (the 2022 table:
/// its daily totals are the 2010 table's, with the 2 mg first
/// administration): 50, 40, 30 mg methadone, the zero day, buprenorphine
/// 2 + 2 + 4, 8 + 4, 16 mg.
#[test]
fn the_national_table_from_methadone_60() {
    use Medication::{Buprenorphine as B, Methadone as M};
    let c = Config::embedded();
    let s = switch(&switch_request(M, 60.0, B), &c).unwrap();
    let days: Vec<(NaiveDate, Medication, f64, Step)> = s
        .entries
        .iter()
        .map(|e| (e.from, e.medication, e.mg, e.step))
        .collect();
    assert_eq!(
        days,
        [
            (d("2026-12-07"), M, 50.0, Step::Reduce),
            (d("2026-12-08"), M, 40.0, Step::Reduce),
            (d("2026-12-09"), M, 30.0, Step::Reduce),
            (d("2026-12-10"), B, 0.0, Step::ZeroDay),
            (d("2026-12-11"), B, 8.0, Step::Switch),
            (d("2026-12-12"), B, 12.0, Step::Increase),
            (d("2026-12-13"), B, 16.0, Step::Target),
        ]
    );
    assert_eq!(s.entries[4].split, [2.0, 2.0, 4.0]);
    assert_eq!(s.entries[5].split, [8.0, 4.0]);
    assert!(s.entries[6].split.is_empty());
    // Every day but the last is one day; the target is held.
    assert!(s.entries[..6].iter().all(|e| e.from == e.to));
    assert_eq!(s.setting, Setting::Inpatient);
    assert!(s.notes.iter().any(|n| matches!(
        n,
        Note::Cows { cows: 13, last, .. } if *last == d("2026-12-09")
    )));
}

/// From a dose above the table's reach, a TAP001 taper comes first and the
/// daily 10 mg steps stay within the 7 days TAP001 exempts.
#[test]
fn from_methadone_120_the_taper_comes_first() {
    let c = Config::embedded();
    let s = switch(
        &switch_request(Medication::Methadone, 120.0, Medication::Buprenorphine),
        &c,
    )
    .unwrap();
    let weekly: Vec<f64> = s
        .entries
        .iter()
        .filter(|e| (e.to - e.from).num_days() == 6)
        .map(|e| e.mg)
        .collect();
    assert_eq!(weekly, [110.0, 100.0, 90.0]);
    let zero = s.entries.iter().position(Entry::is_zero_day).unwrap();
    assert_relative_eq!(s.entries[zero - 1].mg, 30.0);
}

/// The check really runs: the same switch without its zero day is flagged
/// (SWI002: buprenorphine the day after methadone).
#[test]
fn a_switch_without_the_zero_day_is_flagged() {
    let c = Config::embedded();
    let mut s = plan_switch(
        &switch_request(Medication::Methadone, 60.0, Medication::Buprenorphine),
        &c.settings,
    )
    .unwrap();
    s.entries.retain(|e| !e.is_zero_day());
    for e in s.entries.iter_mut().skip(3) {
        e.from -= Duration::days(1);
        e.to -= Duration::days(1);
    }
    let checked = verify(&s, &c).unwrap();
    assert!(checked.flagged.contains(&"SWI002"), "{checked:?}");
}

#[test]
fn a_micro_induction_is_what_swi008_recognises() {
    let c = Config::embedded();
    let mut r = switch_request(Medication::Methadone, 60.0, Medication::Buprenorphine);
    r.micro = true;
    let s = switch(&r, &c).unwrap();
    let bup: Vec<f64> = s
        .entries
        .iter()
        .filter(|e| e.medication == Medication::Buprenorphine)
        .map(|e| e.mg)
        .collect();
    assert_eq!(bup, [0.5, 1.0, 2.0, 4.0, 8.0, 12.0, 16.0]);
    // Methadone unchanged on days 1-6, the overlap.
    assert_eq!(
        (s.entries[0].medication, s.entries[0].mg, s.entries[0].to),
        (Medication::Methadone, 60.0, d("2026-12-12"))
    );
    assert!(s.notes.contains(&Note::Checker("SWI008")), "{:?}", s.notes);
}

#[test]
fn buprenorphine_to_methadone_follows_the_2010_table() {
    let c = Config::embedded();
    let s = switch(
        &switch_request(Medication::Buprenorphine, 16.0, Medication::Methadone),
        &c,
    )
    .unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    assert_eq!(m, [16.0, 8.0, 40.0, 50.0, 60.0, 70.0, 80.0]);
    assert_eq!(s.entries[2].from, d("2026-12-09"));
}

#[test]
fn sublingual_to_depot_takes_the_swi003_band() {
    let c = Config::embedded();
    let mut r = switch_request(
        Medication::BuprenorphineNaloxone,
        16.0,
        Medication::BuprenorphineDepot,
    );
    let s = switch(&r, &c).unwrap();
    assert_eq!(mgs(&s), [(Medication::BuprenorphineDepot, 24.0)]);
    assert_eq!(check_day(&s), d("2026-12-08"));
    r.product = Some(DepotProduct::Monthly);
    let s = switch(&r, &c).unwrap();
    assert_relative_eq!(s.entries[0].mg, 96.0);
    assert!(
        plan_toml(&s).contains("[[injections]]\ndate = 2026-12-07\nmg = 96\nproduct = \"monthly\"")
    );
    r.from_mg = 4.0;
    assert!(matches!(
        plan_switch(&r, &c.settings),
        Err(Refusal::NoBand { .. })
    ));
}

#[test]
fn levomethadone_is_half_and_back_twice() {
    let c = Config::embedded();
    let s = switch(
        &switch_request(Medication::Methadone, 95.0, Medication::Levomethadone),
        &c,
    )
    .unwrap();
    // 47.5 mg, on the 2.5 mg step, held through days 1-14.
    assert_eq!(mgs(&s), [(Medication::Levomethadone, 47.5)]);
    assert_eq!(s.end(), d("2026-12-20"));
    let s = switch(
        &switch_request(Medication::Levomethadone, 45.0, Medication::Methadone),
        &c,
    )
    .unwrap();
    assert_eq!(mgs(&s), [(Medication::Methadone, 90.0)]);
}

#[test]
fn morphine_starts_at_four_times_and_never_passes_eight() {
    let c = Config::embedded();
    let mut r = switch_request(Medication::Methadone, 60.0, Medication::MorphineSr24h);
    let s = switch(&r, &c).unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    assert_eq!(m, [240.0, 300.0, 360.0]);
    r.to_mg = Some(500.0);
    assert!(matches!(
        plan_switch(&r, &c.settings),
        Err(Refusal::OverLimit { rule: "SWI005", limit, .. }) if (limit - 480.0).abs() < 1e-9
    ));
}

#[test]
fn a_pair_without_a_pattern_is_refused() {
    let c = Config::embedded();
    let r = switch_request(Medication::MorphineSr24h, 600.0, Medication::Buprenorphine);
    assert!(matches!(
        plan_switch(&r, &c.settings),
        Err(Refusal::Pair { .. })
    ));
    let mut r = switch_request(Medication::Buprenorphine, 16.0, Medication::Methadone);
    r.micro = true;
    assert!(matches!(
        plan_switch(&r, &c.settings),
        Err(Refusal::Pair { .. })
    ));
}

#[test]
fn methadone_60_tapers_weekly_to_the_end() {
    let c = Config::embedded();
    let s = taper(&taper_request(Medication::Methadone, 60.0), &c).unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    assert_eq!(
        m,
        [
            55.0, 50.0, 45.0, 40.0, 35.0, 30.0, 25.0, 20.0, 15.0, 10.0, 5.0
        ]
    );
    assert_eq!(s.entries.last().unwrap().step, Step::LastDose);
    assert_eq!(s.ended, Some(d("2027-02-21")));
    assert!(s.notes.contains(&Note::FollowUp {
        ended: d("2027-02-21"),
        days: 28
    }));
    assert!(s.notes.contains(&Note::Naloxone));
    assert!(case_toml(&s).contains("ended = 2027-02-21"));
}

#[test]
fn a_taper_to_a_lower_dose_holds_it() {
    let c = Config::embedded();
    let mut r = taper_request(Medication::Buprenorphine, 16.0);
    r.to_mg = Some(8.0);
    let s = taper(&r, &c).unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    assert_eq!(m, [14.0, 12.0, 10.0, 8.0]);
    assert_eq!(s.entries[3].step, Step::Target);
    assert_eq!(s.ended, None);
}

#[test]
fn a_pregnancy_taper_waits_for_week_14_and_keeps_prg002() {
    let c = Config::embedded();
    let mut r = taper_request(Medication::Buprenorphine, 8.0);
    r.pregnancy_week = Some(12);
    let s = taper(&r, &c).unwrap();
    // Held two weeks, then 1.6 mg a week (PRG002 outpatient).
    assert_eq!(s.entries[0].step, Step::Hold);
    assert_eq!(s.entries[1].from, d("2026-12-21"));
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    for (got, want) in m.iter().zip([8.0, 6.4, 4.8, 3.2, 1.6]) {
        assert_relative_eq!(*got, want, epsilon = 1e-9);
    }
    assert!(s.notes.contains(&Note::Checker("PRG003")));
}

#[test]
fn impossible_tapers_name_the_rule_and_the_number() {
    let c = Config::embedded();
    let mut r = taper_request(Medication::Methadone, 60.0);
    r.percent_per_week = Some(20.0);
    assert!(matches!(
        plan_taper(&r, &c.settings),
        Err(Refusal::OverLimit { rule: "TAP001", limit, .. }) if (limit - 10.0).abs() < 1e-9
    ));
    let mut r = taper_request(Medication::Methadone, 60.0);
    r.to_mg = Some(60.0);
    assert!(matches!(
        plan_taper(&r, &c.settings),
        Err(Refusal::NotBelow { .. })
    ));
    // Week 28 with 60 mg to go at 10 mg a week: past week 32.
    let mut r = taper_request(Medication::Methadone, 60.0);
    r.pregnancy_week = Some(28);
    assert!(matches!(
        plan_taper(&r, &c.settings),
        Err(Refusal::PregnancyWindow { last: 32, week, .. }) if week > 32
    ));
    let r = taper_request(Medication::BuprenorphineDepot, 96.0);
    assert!(matches!(
        plan_taper(&r, &c.settings),
        Err(Refusal::Medication(_))
    ));
}

/// A patient on `mg` of `med` for 60 days, then `missed` days without a
/// dose before `as_of`.
fn missed_case(med: Medication, mg: f64, missed: i64) -> (crate::case::Case, NaiveDate) {
    let as_of = d("2026-11-20");
    let last = as_of - Duration::days(missed + 1);
    let mut text = format!(
        "schema = 1\n[patient]\nid = \"r\"\n[treatment]\nmedication = \"{}\"\nas_of = {as_of}\nstarted_lar = 2024-01-01\n\n[[doses]]\nfrom = {}\nto = {last}\nmg = {}\n",
        med.as_str(),
        last - Duration::days(60),
        mg_text(mg)
    );
    if missed > 0 {
        text.push_str(&format!(
            "\n[[missed]]\nfrom = {}\nto = {}\n",
            last + Duration::days(1),
            as_of - Duration::days(1)
        ));
    }
    (crate::input::parse(&text, None).unwrap(), as_of)
}

#[test]
fn a_restart_takes_the_engines_advice_and_climbs_back() {
    let c = Config::embedded();
    let (case, as_of) = missed_case(Medication::Methadone, 90.0, 4);
    let s = restart(&case, as_of, &c).unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    // MIS001: 4 days, the lower of 40 mg and half; DOS002 10 mg a day.
    assert_eq!(m, [40.0, 50.0, 60.0, 70.0, 80.0, 90.0]);
    assert_eq!(s.entries[0].step, Step::Restart);
    assert_eq!(s.start(), as_of);
    // 5 days: a re-induction, DOS004's weekly cap applies.
    let (case, as_of) = missed_case(Medication::Methadone, 90.0, 5);
    let s = restart(&case, as_of, &c).unwrap();
    let m: Vec<f64> = s.entries.iter().map(|e| e.mg).collect();
    assert_eq!(m[..4], [30.0, 40.0, 50.0, 60.0]);
    assert!(s.entries[4].from >= as_of + Duration::days(7));
    // No missed run: nothing to restart.
    let (case, as_of) = missed_case(Medication::Methadone, 90.0, 0);
    assert_eq!(restart(&case, as_of, &c), Err(Refusal::NoMissedRun));
}

const MEDS: [Medication; 5] = [
    Medication::Buprenorphine,
    Medication::BuprenorphineNaloxone,
    Medication::Methadone,
    Medication::Levomethadone,
    Medication::MorphineSr24h,
];

/// A dose of `med` at `pct` % of its DOS005 warning maximum, on its step.
fn dose_at(med: Medication, pct: u32, s: &Settings) -> f64 {
    let g = med.group();
    let step = dosing_step(s, g);
    let max = s.dos005.warning_mg.get(g).unwrap_or(100.0);
    floor_to(max * f64::from(pct) / 100.0, step).max(step)
}

fn clean(checked: &Checked) -> bool {
    checked.flagged.is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every taper the generator makes, put into a case and checked by the
    /// engine, yields no DOS, MIS, SWI, TAP or PRG finding above info (or
    /// it is a refusal naming a rule).
    #[test]
    fn every_taper_passes_the_checker(
        m in 0..MEDS.len(), from in 1u32..=100, to in proptest::option::of(0u32..=100),
        pct in proptest::option::of(1u32..=10), pw in proptest::option::of(0i64..=40),
        off in 0i64..400, inpatient in any::<bool>(),
    ) {
        let c = Config::embedded();
        let med = MEDS[m];
        let from_mg = dose_at(med, from, &c.settings);
        let r = TaperRequest {
            medication: med,
            from_mg,
            to_mg: to.map(|t| floor_to(from_mg * f64::from(t) / 100.0, dosing_step(&c.settings, med.group()))),
            start: d("2026-01-01") + Duration::days(off),
            percent_per_week: pct.map(f64::from),
            pregnancy_week: pw,
            setting: if inpatient { Setting::Inpatient } else { Setting::Outpatient },
        };
        match plan_taper(&r, &c.settings) {
            Ok(s) => {
                let checked = verify(&s, &c).unwrap();
                prop_assert!(clean(&checked), "{checked:?} for {r:?}:\n{}", case_toml(&s));
                for w in s.entries.windows(2) {
                    prop_assert_eq!(w[0].to + Duration::days(1), w[1].from);
                    prop_assert!(w[1].mg <= w[0].mg + 1e-9);
                }
            }
            Err(Refusal::NotBelow { .. } | Refusal::PregnancyWindow { .. } | Refusal::TooLong { .. }) => {}
            Err(e) => prop_assert!(false, "{e:?} for {r:?}"),
        }
    }

    /// Every switch: the same, for each national pattern.
    #[test]
    fn every_switch_passes_the_checker(
        pair in 0usize..8, from in 1u32..=100, to in proptest::option::of(1u32..=100),
        monthly in any::<bool>(), off in 0i64..400, inpatient in proptest::option::of(any::<bool>()),
    ) {
        use Medication::*;
        let (f, t, micro) = [
            (Methadone, Buprenorphine, false),
            (Methadone, BuprenorphineNaloxone, true),
            (Levomethadone, Buprenorphine, true),
            (Buprenorphine, Methadone, false),
            (BuprenorphineNaloxone, BuprenorphineDepot, false),
            (Methadone, Levomethadone, false),
            (Levomethadone, Methadone, false),
            (Methadone, MorphineSr24h, false),
        ][pair];
        let c = Config::embedded();
        let from_mg = dose_at(f, from, &c.settings);
        let r = SwitchRequest {
            from: f,
            from_mg,
            to: t,
            start: d("2026-01-01") + Duration::days(off),
            micro,
            to_mg: to.filter(|_| !t.is_depot()).map(|p| dose_at(t, p, &c.settings)),
            product: Some(if monthly { DepotProduct::Monthly } else { DepotProduct::Weekly }),
            setting: inpatient.map(|i| if i { Setting::Inpatient } else { Setting::Outpatient }),
        };
        match plan_switch(&r, &c.settings) {
            Ok(s) => {
                let checked = verify(&s, &c).unwrap();
                prop_assert!(clean(&checked), "{checked:?} for {r:?}:\n{}", case_toml(&s));
                prop_assert_eq!(micro, checked.info.contains(&"SWI008"));
            }
            Err(Refusal::NoBand { .. } | Refusal::OverLimit { rule: "SWI005", .. }) => {}
            Err(e) => prop_assert!(false, "{e:?} for {r:?}"),
        }
    }

    /// Every restart after a missed run of 1-9 days.
    #[test]
    fn every_restart_passes_the_checker(
        m in 0..MEDS.len(), pct in 1u32..=100, missed in 0i64..10,
    ) {
        let c = Config::embedded();
        let med = MEDS[m];
        let (case, as_of) = missed_case(med, dose_at(med, pct, &c.settings), missed);
        match plan_restart(&case, as_of, &c) {
            Ok(s) => {
                let checked = verify_in_case(&s, &case, as_of, &c).unwrap();
                prop_assert!(clean(&checked), "{checked:?}: {:?}", mgs(&s));
                prop_assert_eq!(s.start(), as_of);
            }
            Err(Refusal::NoMissedRun) => prop_assert!(missed < 3),
            Err(e) => prop_assert!(false, "{e:?}"),
        }
    }
}
