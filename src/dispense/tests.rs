use super::*;
use crate::report::PickupChange;

fn regime(s: u32, t: u32) -> Regime {
    Regime {
        level: None,
        name: None,
        supervised_per_week: s,
        take_home_days: t,
        basis: RegimeBasis::Proposed,
        change: PickupChange::Keep,
        words: String::new(),
        proposed_words: None,
    }
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// `n` days from `from`, each with one dose of `mg` (two halves for 12-hour
/// morphine).
fn days(from: &str, n: i64, med: Medication, mg: f64) -> Vec<PlanDay> {
    let e = DoseEntry {
        from: date(from),
        to: date(from) + Duration::days(n - 1),
        mg,
        medication: med,
        supervised: true,
        every: 1,
        line: 1,
    };
    (0..n)
        .map(|i| {
            let d = date(from) + Duration::days(i);
            PlanDay {
                date: d,
                weekday: Day::of(d),
                closed: false,
                pickup: false,
                source: DoseSource::Plan,
                doses: admins_of(&e, d),
                hands_out: Vec::new(),
            }
        })
        .collect()
}

fn run(days: &mut [PlanDay], s: u32, t: u32, closed: &[Day]) -> Option<EarlyPickup> {
    let pattern = supervised_weekdays(s, closed);
    assign(days, &regime(s, t), closed, &pattern)
}

fn supervised_days(days: &[PlanDay]) -> Vec<Day> {
    days.iter()
        .filter(|d| d.doses.iter().any(|a| a.given == Given::Supervised))
        .map(|d| d.weekday)
        .collect()
}

#[test]
fn the_rungs_have_the_pharmacy_weekdays() {
    use Day::*;
    assert_eq!(supervised_weekdays(7, &[]), Day::ALL.to_vec());
    assert_eq!(
        supervised_weekdays(6, &[]),
        vec![Monday, Tuesday, Wednesday, Thursday, Friday, Saturday]
    );
    assert_eq!(
        supervised_weekdays(5, &[]),
        vec![Monday, Tuesday, Wednesday, Thursday, Friday]
    );
    assert_eq!(supervised_weekdays(3, &[]), vec![Monday, Wednesday, Friday]);
    assert_eq!(supervised_weekdays(2, &[]), vec![Monday, Friday]);
    assert_eq!(supervised_weekdays(1, &[]), vec![Monday]);
    assert_eq!(supervised_weekdays(0, &[]), Vec::<Day>::new());
    // A pharmacy closed on Mondays starts the week on Tuesday.
    assert_eq!(supervised_weekdays(1, &[Monday]), vec![Tuesday]);
    assert_eq!(
        supervised_weekdays(7, &[Sunday]),
        vec![Monday, Tuesday, Wednesday, Thursday, Friday, Saturday]
    );
}

#[test]
fn five_two_hands_the_weekend_out_on_friday() {
    // 2026-11-23 is a Monday.
    let mut d = days("2026-11-23", 14, Medication::Methadone, 80.0);
    assert!(run(&mut d, 5, 2, &[]).is_none());
    let fri = &d[4];
    assert_eq!(fri.weekday, Day::Friday);
    assert_eq!(
        fri.hands_out.iter().map(|h| h.date).collect::<Vec<_>>(),
        vec![date("2026-11-28"), date("2026-11-29")]
    );
    assert_eq!(
        d[5].doses[0].given,
        Given::TakeHome {
            pickup: date("2026-11-27")
        }
    );
    assert_eq!(supervised_days(&d).len(), 10);
    let t = totals(&d);
    assert_eq!((t.supervised, t.take_home, t.not_arranged), (10, 4, 0));
    approx::assert_relative_eq!(t.planned_mg, 14.0 * 80.0);
}

#[test]
fn full_supervision_at_a_pharmacy_closed_on_sunday_hands_nothing_out() {
    let mut d = days("2026-11-23", 7, Medication::Methadone, 60.0);
    run(&mut d, 7, 0, &[Day::Sunday]);
    let sun = &d[6];
    assert!(sun.closed);
    assert_eq!(
        sun.doses[0].given,
        Given::ContactPrescriber {
            reason: Conflict::TakeHomeLimit
        }
    );
    assert!(d[5].hands_out.is_empty(), "Saturday hands out nothing");
    assert_eq!(totals(&d).not_arranged, 1);
}

#[test]
fn six_one_closed_on_sunday_is_the_rung_itself() {
    let mut d = days("2026-11-23", 7, Medication::Buprenorphine, 16.0);
    run(&mut d, 6, 1, &[Day::Sunday]);
    assert_eq!(
        d[6].doses[0].given,
        Given::TakeHome {
            pickup: date("2026-11-28")
        }
    );
    assert_eq!(totals(&d).not_arranged, 0);
}

#[test]
fn a_closed_day_beyond_the_take_home_limit_is_not_arranged() {
    // 6/1 at a pharmacy closed at the weekend: Saturday's dose goes home on
    // Friday, Sunday's would be a second take-home dose.
    let mut d = days("2026-11-23", 7, Medication::Methadone, 60.0);
    run(&mut d, 6, 1, &[Day::Saturday, Day::Sunday]);
    assert!(matches!(d[5].doses[0].given, Given::TakeHome { .. }));
    assert_eq!(
        d[6].doses[0].given,
        Given::ContactPrescriber {
            reason: Conflict::TakeHomeLimit
        }
    );
    // Closed on Wednesday and Sunday: two take-home doses a week on 6/1.
    let mut d = days("2026-11-23", 7, Medication::Methadone, 60.0);
    run(&mut d, 6, 1, &[Day::Wednesday, Day::Sunday]);
    assert!(matches!(d[2].doses[0].given, Given::TakeHome { .. }));
    assert_eq!(
        d[6].doses[0].given,
        Given::ContactPrescriber {
            reason: Conflict::WeeklyTakeHome
        }
    );
}

#[test]
fn twelve_hour_morphine_is_two_doses_and_the_evening_goes_home() {
    let mut d = days("2026-11-23", 7, Medication::MorphineSr12h, 400.0);
    run(&mut d, 5, 2, &[]);
    let mon = &d[0];
    assert_eq!(mon.doses.len(), 2);
    approx::assert_relative_eq!(mon.doses[0].mg, 200.0);
    assert_eq!(mon.doses[0].given, Given::Supervised);
    assert_eq!(
        mon.doses[1].given,
        Given::TakeHome {
            pickup: date("2026-11-23")
        }
    );
    // Friday hands out its own evening dose and both of Saturday's and Sunday's.
    assert_eq!(d[4].hands_out.len(), 5);
    let t = totals(&d);
    assert_eq!((t.supervised, t.take_home), (5, 9));
}

#[test]
fn a_plan_that_starts_on_a_closed_day_names_the_pickup_before_it() {
    // 2026-11-29 is a Sunday.
    let mut d = days("2026-11-29", 7, Medication::Methadone, 60.0);
    let early = run(&mut d, 6, 1, &[Day::Sunday]).expect("a pickup before the plan");
    assert_eq!(early.date, date("2026-11-28"));
    assert_eq!(early.hands_out.len(), 1);
    // The first day of the plan is otherwise a supervised intake.
    let mut d = days("2026-11-28", 7, Medication::Methadone, 60.0);
    assert!(run(&mut d, 5, 2, &[]).is_none());
    assert_eq!(d[0].doses[0].given, Given::Supervised);
}

#[test]
fn alternate_day_dosing_has_off_days() {
    let e = DoseEntry {
        from: date("2026-11-23"),
        to: date("2026-11-30"),
        mg: 24.0,
        medication: Medication::Buprenorphine,
        supervised: true,
        every: 2,
        line: 1,
    };
    assert_eq!(admins_of(&e, date("2026-11-23")).len(), 1);
    assert!(admins_of(&e, date("2026-11-24")).is_empty());
    approx::assert_relative_eq!(admins_of(&e, date("2026-11-25"))[0].mg, 24.0);
}
