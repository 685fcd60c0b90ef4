//! The pharmacy's dispensing plan (issue 20, item 5): a calendar of the
//! next weeks from `as_of` with the dose of each day, split per
//! administration, which intakes are supervised, which doses are handed out
//! at which pickup, and the days the plan cannot arrange without the
//! prescriber.
//!
//! Pure: the case and its checked report (the pickup proposal, the review
//! date) in, a typed [`Calendar`] out; no I/O, no clock. The renderers are
//! [`text`] and [`html`]; the JSON is the calendar's `Serialize`.
//!
//! How a day's doses are given (`pickup.md`, "Levels"):
//! - the regime is the proposal's rung when it tightens (or when no regime
//!   is recorded), and the patient's own recorded regime when the proposal
//!   keeps or holds it ("a keep or hold shows the patient's own regime as
//!   it is") or relaxes it: a tighter regime is safe at once, a looser one
//!   waits until the prescriber records it in `[pickup]` (the tool
//!   advises, the doctor decides; a pharmacy plan must not hand out more
//!   take-home doses than the prescriber has decided);
//! - the supervised weekdays spread the rung's supervised intakes over the
//!   open weekdays first (Monday to Friday; 6/1 adds Saturday, so Sunday's
//!   dose is handed out on Saturday; 5/2 keeps the weekend at home; 3/4 is
//!   Monday, Wednesday, Friday);
//! - a day that is not a supervised day has its dose handed out at the last
//!   pickup before it, at most `take_home_days` doses at one pickup and at
//!   most `7 − supervised_per_week` take-home doses in a week (Monday to
//!   Sunday); when one more would break either limit, an open day becomes
//!   a supervised intake (stricter, always allowed) and a closed day is
//!   marked [`Given::ContactPrescriber`]: it is never turned into a
//!   take-home dose the regime does not allow.

pub mod html;
pub mod text;

use crate::case::{Case, DoseEntry, Medication};
use crate::config::Settings;
use crate::report::{CaseReport, PickupChange};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// The most weeks a plan covers (a pharmacy plan is for weeks, not months;
/// the review date comes long before).
pub const MAX_WEEKS: u32 = 12;

/// A day of the week, as `--closed` takes it and the JSON writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Day {
    /// Monday.
    #[value(alias = "mon", alias = "mandag", alias = "man")]
    Monday,
    /// Tuesday.
    #[value(alias = "tue", alias = "tirsdag", alias = "tir")]
    Tuesday,
    /// Wednesday.
    #[value(alias = "wed", alias = "onsdag", alias = "ons")]
    Wednesday,
    /// Thursday.
    #[value(alias = "thu", alias = "torsdag", alias = "tor")]
    Thursday,
    /// Friday.
    #[value(alias = "fri", alias = "fredag", alias = "fre")]
    Friday,
    /// Saturday.
    #[value(alias = "sat", alias = "lørdag", alias = "lordag", alias = "lør")]
    Saturday,
    /// Sunday.
    #[value(alias = "sun", alias = "søndag", alias = "sondag", alias = "søn")]
    Sunday,
}

impl Day {
    /// Monday to Sunday.
    pub const ALL: [Day; 7] = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
        Day::Sunday,
    ];

    /// The day of a date.
    pub fn of(d: NaiveDate) -> Day {
        Day::ALL[d.weekday().num_days_from_monday() as usize]
    }

    /// The English spelling: `sunday`.
    pub fn as_str(self) -> &'static str {
        match self {
            Day::Monday => "monday",
            Day::Tuesday => "tuesday",
            Day::Wednesday => "wednesday",
            Day::Thursday => "thursday",
            Day::Friday => "friday",
            Day::Saturday => "saturday",
            Day::Sunday => "sunday",
        }
    }

    fn is_weekend(self) -> bool {
        matches!(self, Day::Saturday | Day::Sunday)
    }
}

/// What the pharmacy asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Weeks from `as_of` (1 to [`MAX_WEEKS`]).
    pub weeks: u32,
    /// Days the pharmacy is closed.
    pub closed: Vec<Day>,
}

/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// `--weeks` outside 1 to [`MAX_WEEKS`].
    Weeks(u32),
    /// Every day of the week is closed.
    AlwaysClosed,
    /// Treatment has ended (or ends before `as_of`).
    Ended(Option<NaiveDate>),
    /// No planned or recorded dose (or injection) to dispense.
    NoDose(Medication),
}

/// Where the regime of the plan comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegimeBasis {
    /// The proposed rung.
    Proposed,
    /// The patient's own regime, which the proposal keeps or holds.
    Current,
    /// Depot: injections at the clinic, and any sublingual dose under
    /// supervision.
    Depot,
}

/// The regime the plan follows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regime {
    /// The rung (null for depot).
    pub level: Option<usize>,
    /// The rung's name (null for depot).
    pub name: Option<String>,
    /// Supervised intakes a week.
    pub supervised_per_week: u32,
    /// Most take-home doses at one pickup.
    pub take_home_days: u32,
    /// Where it comes from.
    pub basis: RegimeBasis,
    /// What the proposal changes (`pickup.change`).
    pub change: PickupChange,
    /// In the pharmacy's words.
    pub words: String,
    /// The proposed rung in the pharmacy's words, when the plan does not
    /// follow it (a relax not yet recorded in `[pickup]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposed_words: Option<String>,
}

/// One administration in a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Slot {
    /// The day's dose (once daily, or an `every = n` dosing day).
    Once,
    /// The morning dose of a 12-hour product.
    Morning,
    /// The evening dose of a 12-hour product.
    Evening,
    /// A depot injection.
    Injection,
}

/// Why a dose cannot be arranged without the prescriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Conflict {
    /// The pharmacy is closed and the last pickup already hands out the
    /// regime's most take-home doses (none at all on daily supervision).
    TakeHomeLimit,
    /// The pharmacy is closed and the week already has the regime's take-home
    /// doses (`7 − supervised_per_week`).
    WeeklyTakeHome,
    /// A depot injection falls due on a day the pharmacy is closed.
    InjectionClosed,
}

/// How one administration is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Given {
    /// Taken under supervision on its own day.
    Supervised,
    /// Handed out at the pickup on `pickup`.
    TakeHome {
        /// The day it is handed out.
        pickup: NaiveDate,
    },
    /// An injection at the clinic or pharmacy on its day.
    Injection,
    /// Not arranged: contact the prescriber.
    ContactPrescriber {
        /// Why.
        reason: Conflict,
    },
}

/// One administration.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Admin {
    /// The medication.
    pub medication: Medication,
    /// Once, morning, evening or injection.
    pub slot: Slot,
    /// The amount (mg).
    pub mg: f64,
    /// How it is given.
    pub given: Given,
}

/// Where a day's dose comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DoseSource {
    /// A `[[plan]]` entry covers the day.
    Plan,
    /// After the last `[[plan]]` entry (or before the first): the last
    /// planned or recorded dose continues, as a LAR prescription stands
    /// until it is changed.
    Continued,
    /// No `[[plan]]` at all: the current dose.
    CurrentDose,
    /// An `every = n` entry's day without an administration.
    OffDay,
    /// A day inside the plan that no entry covers (a zero day, or a gap to
    /// ask about).
    NotPlanned,
    /// After `treatment.ended`.
    Ended,
    /// A depot patient's day without an injection.
    Depot,
}

/// One day of the calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDay {
    /// The date.
    pub date: NaiveDate,
    /// Its weekday.
    pub weekday: Day,
    /// The pharmacy is closed.
    pub closed: bool,
    /// The patient comes to the pharmacy (a supervised intake or a pickup).
    pub pickup: bool,
    /// Where the dose comes from.
    pub source: DoseSource,
    /// The day's administrations, in order.
    pub doses: Vec<Admin>,
    /// The doses of later days handed out at this day's pickup.
    pub hands_out: Vec<HandedOut>,
}

/// A take-home dose as a pickup lists it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HandedOut {
    /// The day it is for.
    pub date: NaiveDate,
    /// The medication.
    pub medication: Medication,
    /// Which administration.
    pub slot: Slot,
    /// The amount (mg).
    pub mg: f64,
}

/// A pickup before the plan starts (`as_of` is a closed day).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EarlyPickup {
    /// Its day (before `as_of`).
    pub date: NaiveDate,
    /// What it hands out for the first days of the plan.
    pub hands_out: Vec<HandedOut>,
}

/// The sums of the plan (mg): planned = supervised + take-home + injected +
/// not arranged.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Totals {
    /// Every planned administration.
    pub planned_mg: f64,
    /// Taken under supervision.
    pub supervised_mg: f64,
    /// Handed out to take home.
    pub take_home_mg: f64,
    /// Injected.
    pub injected_mg: f64,
    /// Not arranged (contact the prescriber).
    pub not_arranged_mg: f64,
    /// Supervised intakes (administrations).
    pub supervised: usize,
    /// Take-home administrations.
    pub take_home: usize,
    /// Administrations not arranged.
    pub not_arranged: usize,
}

/// Something the pharmacy must know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Note {
    /// 12-hour morphine: each evening dose goes home with the morning's
    /// supervised intake.
    EveningDoseHome,
    /// The plan starts with a supervised intake on `as_of`, whatever the
    /// weekday (what was handed out before it is not in the case).
    StartsAtCounter,
    /// A depot injection was overdue on `as_of`.
    InjectionOverdue,
}

/// An unacknowledged critical finding of the check, as the counter reads
/// it (`BEFORE THE NEXT DOSE OR PICKUP`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CounterLine {
    /// The rule.
    pub code: &'static str,
    /// What to do, in one line.
    pub action: String,
}

/// The dispensing plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calendar {
    /// Patient id.
    pub id: String,
    /// The LAR medication.
    pub medication: Medication,
    /// The product name the case gives, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medication_product: Option<String>,
    /// First day (`as_of`).
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Weeks.
    pub weeks: u32,
    /// The regime followed.
    pub regime: Regime,
    /// The review date of the pickup proposal.
    pub review_by: NaiveDate,
    /// Days the pharmacy is closed.
    pub closed: Vec<Day>,
    /// The weekdays of supervised intake before any adjustment.
    pub supervised_weekdays: Vec<Day>,
    /// A pickup before `as_of` for the first days (when `as_of` is closed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub early_pickup: Option<EarlyPickup>,
    /// The days.
    pub days: Vec<PlanDay>,
    /// The sums.
    pub totals: Totals,
    /// The check's unacknowledged criticals: the plan's doses are what the
    /// case plans, and these come first (a restart after missed days, an
    /// acute reason for daily supervision).
    pub before_next_dose: Vec<CounterLine>,
    /// Dates with an administration not arranged (contact the prescriber).
    pub contact_prescriber: Vec<NaiveDate>,
    /// Notes.
    pub notes: Vec<Note>,
}

/// Makes the plan for `case`, checked as `report`.
pub fn build(
    case: &Case,
    report: &CaseReport,
    req: &Request,
    s: &Settings,
) -> Result<Calendar, Refusal> {
    if req.weeks == 0 || req.weeks > MAX_WEEKS {
        return Err(Refusal::Weeks(req.weeks));
    }
    let mut closed = req.closed.clone();
    closed.sort();
    closed.dedup();
    if closed.len() == Day::ALL.len() {
        return Err(Refusal::AlwaysClosed);
    }
    let from = report.as_of;
    let to = from + Duration::days(i64::from(req.weeks) * 7 - 1);
    let med = case.treatment.medication;
    if case.treatment.ended.is_some_and(|e| e < from) || report.phase == crate::facts::Phase::Ended
    {
        return Err(Refusal::Ended(case.treatment.ended));
    }
    let pickup = report
        .pickup
        .as_ref()
        .ok_or(Refusal::Ended(case.treatment.ended))?;
    let mut regime = regime_of(report, med).ok_or(Refusal::Ended(case.treatment.ended))?;
    if let (true, Some(last)) = (med.is_depot(), case.injections.last()) {
        regime.words = crate::tr!(
            report.lang,
            "plan-depot-words",
            product = last.product.as_str(),
            days = crate::facts::interval_days(last.product, s)
        );
    }
    let mut notes = Vec::new();
    let mut days = dose_days(case, from, to)?;
    if med.is_depot() {
        add_injections(case, s, &mut days, &mut notes)?;
    }
    let pattern = supervised_weekdays(regime.supervised_per_week, &closed);
    let early_pickup = assign(&mut days, &regime, &closed, &pattern);
    if days
        .iter()
        .flat_map(|d| &d.doses)
        .any(|a| a.slot == Slot::Evening)
    {
        notes.push(Note::EveningDoseHome);
    }
    if !pattern.contains(&Day::of(from)) && !closed.contains(&Day::of(from)) && !med.is_depot() {
        notes.push(Note::StartsAtCounter);
    }
    let totals = totals(&days);
    let contact_prescriber = days
        .iter()
        .filter(|d| {
            d.doses
                .iter()
                .any(|a| matches!(a.given, Given::ContactPrescriber { .. }))
        })
        .map(|d| d.date)
        .collect();
    Ok(Calendar {
        id: case.patient.id.clone(),
        medication: med,
        medication_product: case.treatment.medication_product.clone(),
        from,
        to,
        weeks: req.weeks,
        regime,
        review_by: pickup.review_by,
        closed,
        supervised_weekdays: pattern,
        early_pickup,
        days,
        totals,
        before_next_dose: counter_lines(report),
        contact_prescriber,
        notes,
    })
}

/// The check's unacknowledged criticals as the counter reads them, a
/// repeated line once (as the check's table prints them).
fn counter_lines(report: &CaseReport) -> Vec<CounterLine> {
    let mut lines: Vec<CounterLine> = Vec::new();
    for f in crate::actions::criticals(report) {
        let action = crate::actions::action(f, report);
        if !lines.iter().any(|l| l.action == action) {
            lines.push(CounterLine {
                code: f.code,
                action,
            });
        }
    }
    lines
}

/// The regime the plan follows: the proposal's rung, or the patient's own
/// regime when the proposal keeps or holds it; depot: every sublingual dose
/// supervised (the depot itself has no pickup regime).
fn regime_of(report: &CaseReport, med: Medication) -> Option<Regime> {
    let p = report.pickup.as_ref()?;
    if med.is_depot() {
        return Some(Regime {
            level: None,
            name: None,
            supervised_per_week: 7,
            take_home_days: 0,
            basis: RegimeBasis::Depot,
            change: p.change,
            words: crate::report::pickup::regime_words(7, 0, report.lang),
            proposed_words: None,
        });
    }
    let proposed = p.proposed.as_ref()?;
    match (&p.current, p.change) {
        (Some(c), PickupChange::Keep | PickupChange::Hold | PickupChange::Relax) => Some(Regime {
            level: c.level,
            name: None,
            supervised_per_week: c.supervised_per_week.min(7),
            // A recorded regime beyond the ladder (PIC003: more take-home
            // doses than the highest rung allows, NO-GL-2010 §9.3's one week)
            // is not dispensed as recorded: at most the rung's maximum.
            take_home_days: c.take_home_days.min(proposed.take_home_days),
            basis: RegimeBasis::Current,
            change: p.change,
            words: c.words(report.lang),
            proposed_words: (p.change == PickupChange::Relax).then(|| proposed.words.clone()),
        }),
        _ => Some(Regime {
            level: Some(proposed.level),
            name: Some(proposed.name.clone()),
            supervised_per_week: proposed.supervised_per_week.min(7),
            take_home_days: proposed.take_home_days,
            basis: RegimeBasis::Proposed,
            change: p.change,
            words: proposed.words.clone(),
            proposed_words: None,
        }),
    }
}

/// The weekdays of supervised intake: the open weekdays Monday to Friday
/// first, spread evenly (3 a week is Monday, Wednesday, Friday; 2 is Monday
/// and Friday), then Saturday, then Sunday, as a pharmacy runs its week.
pub fn supervised_weekdays(supervised: u32, closed: &[Day]) -> Vec<Day> {
    let open = |d: &&Day| !closed.contains(d);
    let weekdays: Vec<Day> = Day::ALL
        .iter()
        .filter(|d| !d.is_weekend())
        .filter(open)
        .copied()
        .collect();
    let weekend: Vec<Day> = Day::ALL
        .iter()
        .filter(|d| d.is_weekend())
        .filter(open)
        .copied()
        .collect();
    let s = supervised as usize;
    let n = weekdays.len();
    if s >= n {
        let mut p = weekdays;
        p.extend(weekend.into_iter().take(s - n));
        return p;
    }
    match s {
        0 => Vec::new(),
        1 => vec![weekdays[0]],
        _ => (0..s)
            .map(|i| weekdays[(2 * i * (n - 1) + (s - 1)) / (2 * (s - 1))])
            .collect(),
    }
}

/// A dose entry's administrations on `date` (none on an off day of
/// `every = n`): a 12-hour product twice, half of the day's amount each.
fn admins_of(e: &DoseEntry, date: NaiveDate) -> Vec<Admin> {
    let every = i64::from(e.every.max(1));
    if (date - e.from).num_days().rem_euclid(every) != 0 {
        return Vec::new();
    }
    let admin = |slot, mg| Admin {
        medication: e.medication,
        slot,
        mg,
        given: Given::Supervised,
    };
    if e.medication == Medication::MorphineSr12h {
        vec![
            admin(Slot::Morning, e.mg / 2.0),
            admin(Slot::Evening, e.mg / 2.0),
        ]
    } else {
        vec![admin(Slot::Once, e.mg)]
    }
}

/// Every day of the period with its doses, before they are assigned to
/// pickups.
fn dose_days(case: &Case, from: NaiveDate, to: NaiveDate) -> Result<Vec<PlanDay>, Refusal> {
    let med = case.treatment.medication;
    // The current dose: the last dose record of the medication now (for a
    // depot patient there is none to continue).
    let current = if med.is_depot() {
        None
    } else {
        case.doses
            .iter()
            .filter(|e| e.medication == med)
            .max_by_key(|e| e.to)
    };
    let first_plan = case.plan.iter().map(|e| e.from).min();
    let last_plan = case.plan.iter().max_by_key(|e| (e.to, e.from));
    if !med.is_depot() && current.is_none() && last_plan.is_none() {
        return Err(Refusal::NoDose(med));
    }
    let ended = case.treatment.ended;
    let mut days = Vec::new();
    let mut d = from;
    while d <= to {
        let covering: Vec<&DoseEntry> = case
            .plan
            .iter()
            .filter(|e| e.from <= d && d <= e.to)
            .collect();
        let (source, doses) = if ended.is_some_and(|e| d > e) {
            (DoseSource::Ended, Vec::new())
        } else if !covering.is_empty() {
            let doses: Vec<Admin> = covering.iter().flat_map(|e| admins_of(e, d)).collect();
            let source = if doses.is_empty() {
                DoseSource::OffDay
            } else {
                DoseSource::Plan
            };
            (source, doses)
        } else {
            let before_plan = first_plan.is_none_or(|f| d < f);
            let entry = match (before_plan, last_plan) {
                (true, _) => current,
                (false, Some(l)) if d > l.to => Some(l),
                _ => None,
            };
            match entry {
                Some(e) => {
                    let doses = admins_of(e, d);
                    let source = match (doses.is_empty(), first_plan) {
                        (true, _) => DoseSource::OffDay,
                        (false, None) => DoseSource::CurrentDose,
                        (false, Some(_)) => DoseSource::Continued,
                    };
                    (source, doses)
                }
                None if med.is_depot() => (DoseSource::Depot, Vec::new()),
                None => (DoseSource::NotPlanned, Vec::new()),
            }
        };
        days.push(PlanDay {
            date: d,
            weekday: Day::of(d),
            closed: false,
            pickup: false,
            source,
            doses,
            hands_out: Vec::new(),
        });
        d += Duration::days(1);
    }
    Ok(days)
}

/// The depot injections that fall due in the period: the last injection's
/// dose every interval after it; one overdue on `as_of` is given on `as_of`.
fn add_injections(
    case: &Case,
    s: &Settings,
    days: &mut [PlanDay],
    notes: &mut Vec<Note>,
) -> Result<(), Refusal> {
    let med = case.treatment.medication;
    let last = case.injections.last().ok_or(Refusal::NoDose(med))?;
    let interval = crate::facts::interval_days(last.product, s).max(1);
    let (Some(first), Some(end)) = (days.first().map(|d| d.date), days.last().map(|d| d.date))
    else {
        return Ok(());
    };
    let mut due = last.date + Duration::days(interval);
    if due < first {
        notes.push(Note::InjectionOverdue);
        due = first;
    }
    while due <= end {
        let i = (due - first).num_days() as usize;
        if days[i].source != DoseSource::Ended {
            days[i].doses.push(Admin {
                medication: med,
                slot: Slot::Injection,
                mg: last.mg,
                given: Given::Injection,
            });
        }
        due += Duration::days(interval);
    }
    Ok(())
}

/// The pickup the take-home doses of a day come from, and how many it has
/// handed out.
struct Pickup {
    /// Its day.
    date: NaiveDate,
    /// Take-home doses (days) handed out at it.
    count: u32,
}

/// Assigns every administration: supervised, take-home (and at which
/// pickup), injection or not arranged. Returns the pickup before `as_of`
/// when the first days need one.
fn assign(
    days: &mut [PlanDay],
    regime: &Regime,
    closed: &[Day],
    pattern: &[Day],
) -> Option<EarlyPickup> {
    let weekly_limit = 7u32.saturating_sub(regime.supervised_per_week);
    let mut last: Option<Pickup> = None;
    let mut early: Option<EarlyPickup> = None;
    let mut week: (i32, u32, u32) = (0, 0, 0); // (iso year, iso week, take-home days)
    for i in 0..days.len() {
        let date = days[i].date;
        let iso = date.iso_week();
        if (week.0, week.1) != (iso.year(), iso.week()) {
            week = (iso.year(), iso.week(), 0);
        }
        let open = !closed.contains(&days[i].weekday);
        days[i].closed = !open;
        // The plan starts with the patient at the counter on `as_of`: what
        // was handed out before it is not in the case.
        let mut at_counter = open && (i == 0 || pattern.contains(&days[i].weekday));
        let dosed = days[i].doses.iter().any(|a| a.slot != Slot::Injection);
        if !at_counter && dosed {
            let fits = last
                .as_ref()
                .is_none_or(|p| p.count < regime.take_home_days)
                && regime.take_home_days > 0
                && week.2 < weekly_limit;
            if !fits && open {
                // One more take-home dose would break the regime: the
                // patient comes in (stricter than the regime, never looser).
                at_counter = true;
            } else if !fits {
                let reason = if last
                    .as_ref()
                    .is_none_or(|p| p.count >= regime.take_home_days)
                {
                    Conflict::TakeHomeLimit
                } else {
                    Conflict::WeeklyTakeHome
                };
                not_arranged(&mut days[i], false, reason);
            } else {
                let p = last.get_or_insert_with(|| {
                    let d = open_day_before(date, closed);
                    early = Some(EarlyPickup {
                        date: d,
                        hands_out: Vec::new(),
                    });
                    Pickup { date: d, count: 0 }
                });
                p.count += 1;
                week.2 += 1;
                let pickup = p.date;
                hand_out(days, i, pickup, &mut early, false);
            }
        }
        if at_counter {
            days[i].pickup |= dosed;
            last = Some(Pickup { date, count: 0 });
            // The first administration is taken at the counter; a 12-hour
            // product's evening dose goes home with it.
            hand_out(days, i, date, &mut early, true);
        }
        let injected = days[i].doses.iter().any(|a| a.slot == Slot::Injection);
        days[i].pickup |= injected && open;
        if injected && !open {
            not_arranged(&mut days[i], true, Conflict::InjectionClosed);
        }
    }
    early
}

/// Marks a day's injection (`injection`) or its other doses as not
/// arranged, for `reason`.
fn not_arranged(d: &mut PlanDay, injection: bool, reason: Conflict) {
    for a in d
        .doses
        .iter_mut()
        .filter(|a| (a.slot == Slot::Injection) == injection)
    {
        a.given = Given::ContactPrescriber { reason };
    }
}

/// The last open day before `date`: the pickup of a plan that starts on a
/// closed day (before the plan starts; `build` refuses a week closed every
/// day, so there is one within 7 days).
fn open_day_before(date: NaiveDate, closed: &[Day]) -> NaiveDate {
    let mut d = date - Duration::days(1);
    while closed.contains(&Day::of(d)) {
        d -= Duration::days(1);
    }
    d
}

/// Marks day `i`'s doses as handed out at `pickup` (the evening doses only
/// when `counter`: the rest is taken under supervision) and lists them with
/// the pickup.
fn hand_out(
    days: &mut [PlanDay],
    i: usize,
    pickup: NaiveDate,
    early: &mut Option<EarlyPickup>,
    counter: bool,
) {
    let date = days[i].date;
    let mut listed = Vec::new();
    for a in days[i]
        .doses
        .iter_mut()
        .filter(|a| a.slot != Slot::Injection)
    {
        if counter && a.slot != Slot::Evening {
            a.given = Given::Supervised;
            continue;
        }
        a.given = Given::TakeHome { pickup };
        listed.push(HandedOut {
            date,
            medication: a.medication,
            slot: a.slot,
            mg: a.mg,
        });
    }
    match early.as_mut() {
        Some(e) if e.date == pickup => e.hands_out.extend(listed),
        _ => {
            let first = days[0].date;
            let at = (pickup - first).num_days() as usize;
            days[at].pickup |= !listed.is_empty();
            days[at].hands_out.extend(listed);
        }
    }
}

/// The sums of the plan.
fn totals(days: &[PlanDay]) -> Totals {
    let mut t = Totals {
        planned_mg: 0.0,
        supervised_mg: 0.0,
        take_home_mg: 0.0,
        injected_mg: 0.0,
        not_arranged_mg: 0.0,
        supervised: 0,
        take_home: 0,
        not_arranged: 0,
    };
    for a in days.iter().flat_map(|d| &d.doses) {
        t.planned_mg += a.mg;
        match a.given {
            Given::Supervised => {
                t.supervised_mg += a.mg;
                t.supervised += 1;
            }
            Given::TakeHome { .. } => {
                t.take_home_mg += a.mg;
                t.take_home += 1;
            }
            Given::Injection => t.injected_mg += a.mg,
            Given::ContactPrescriber { .. } => {
                t.not_arranged_mg += a.mg;
                t.not_arranged += 1;
            }
        }
    }
    t
}

#[cfg(test)]
mod tests;
