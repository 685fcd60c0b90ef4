//! What holds on `as_of`: the current dose, the episode in force, the phase
//! and the start of the methadone-family treatment.

use super::Facts;
use super::days::DayKind;
use super::episodes::EpisodeKind;
use crate::case::{Case, Medication};
use crate::config::Settings;
use chrono::{Duration, NaiveDate};

/// Phase on `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Phase {
    /// Days 1-14 of an induction episode.
    Induction,
    /// Days 1-14 of a switch episode.
    Switch,
    /// Maintenance.
    Maintenance,
    /// Two or more recent reductions and no increase.
    Taper,
    /// Treatment ended before `as_of`.
    Ended,
}

impl Phase {
    /// The spelling.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Sets the facts of `as_of`: current dose, re-induction, episode, phase,
/// early treatment and the methadone-family start.
pub(super) fn current(case: &Case, f: &mut Facts<'_>, s: &Settings) {
    let med = case.treatment.medication;
    let as_of = f.as_of;
    f.current_dose_mg = current_dose(f, med);
    // Does the missed run before as_of require re-induction?
    if let Some(run) = &f.run_before_as_of
        && let Some(b) = run.before
        && s.mis001
            .reinduce_days(b.med.group())
            .is_some_and(|r| run.days >= r)
    {
        f.reinduction_due = true;
    }
    f.current_episode = f
        .episodes
        .iter()
        .rposition(|e| e.med == med && e.first_day <= as_of);
    let now = phase_now(case, f, s);
    f.phase = now.phase;
    f.episode_day = now.episode_day;
    f.early = matches!(f.phase, Phase::Induction | Phase::Switch) && !now.product_change_only;
    if med.is_methadone_family() {
        f.methadone_family_start = methadone_family_start(case, f, s);
    }
}

/// Current dose: the plan for as_of, else the last dose before it.
fn current_dose(f: &Facts<'_>, med: Medication) -> Option<f64> {
    let as_of = f.as_of;
    let planned = f
        .day(as_of)
        .and_then(|d| d.dose_of(med))
        .map(|d| d.daily_mg);
    let before = f
        .days
        .iter()
        .rev()
        .filter(|d| d.date < as_of)
        .find_map(|d| d.dose_of(med).map(|x| x.daily_mg));
    planned.or(before)
}

/// The phase on `as_of` and what goes with it.
struct Now {
    phase: Phase,
    /// Episode day on `as_of`, when the start is known.
    episode_day: Option<i64>,
    /// Phase switch only because of a product change: not early treatment.
    product_change_only: bool,
}

impl Now {
    fn of(phase: Phase, episode_day: Option<i64>) -> Now {
        Now {
            phase,
            episode_day,
            product_change_only: false,
        }
    }
}

/// The phase on `as_of`, once the current episode and the re-induction are
/// known.
fn phase_now(case: &Case, f: &Facts<'_>, s: &Settings) -> Now {
    let as_of = f.as_of;
    if case.treatment.ended.is_some_and(|e| e < as_of) {
        Now::of(Phase::Ended, None)
    } else if f.reinduction_due
        && f.current_episode
            .is_none_or(|e| f.episodes[e].first_day < as_of)
    {
        // as_of is day 1 of a new induction episode.
        Now::of(Phase::Induction, Some(1))
    } else if let Some(ei) = f.current_episode {
        phase_in_episode(case, f, s, ei)
    } else if f
        .days
        .iter()
        .any(|d| d.date < as_of && d.kind == DayKind::Dosed)
    {
        // The current medication has not been given yet: as_of is day 1 of
        // its start, a switch when another LAR medication was taken in the
        // switch window.
        let window = as_of - Duration::days(s.general.switch_window_days);
        let recent = f
            .days
            .iter()
            .rev()
            .filter(|d| d.date < as_of && d.date >= window)
            .any(|d| d.kind == DayKind::Dosed);
        let phase = if recent {
            Phase::Switch
        } else {
            Phase::Induction
        };
        Now::of(phase, Some(1))
    } else if let Some(sl) = case.treatment.started_lar.filter(|sl| *sl < as_of) {
        phase_without_doses(case, s, as_of, sl)
    } else {
        // Nothing given yet: as_of is day 1 of the first start.
        Now::of(Phase::Induction, Some(1))
    }
}

/// The phase inside the current episode `ei`.
fn phase_in_episode(case: &Case, f: &Facts<'_>, s: &Settings, ei: usize) -> Now {
    let as_of = f.as_of;
    let med = case.treatment.medication;
    let episode_day = f.episodes[ei].day_of(as_of);
    // A product change (buprenorphine ↔ buprenorphine-naloxone at the
    // same dose) starts no early phase of its own, but it does not end
    // the one it happened in: the phase follows the episode it
    // continues (a patient switched product on day 5 of an induction is
    // still in induction).
    let e = &f.episodes[f.root(ei)];
    let early = e
        .day_of(as_of)
        .is_some_and(|d| d <= s.general.early_phase_days);
    let phase = match e.kind {
        EpisodeKind::Switch if early && !e.product_change => Phase::Switch,
        EpisodeKind::Induction if early => Phase::Induction,
        EpisodeKind::Continuation if early => {
            if case
                .treatment
                .started_lar
                .is_some_and(|sl| Some(sl) < e.start)
            {
                Phase::Switch
            } else {
                Phase::Induction
            }
        }
        _ => taper_or_maintenance(f, med, s),
    };
    // Outside an early root phase, a product change is still "days 1-14
    // of a switch episode" (phase switch), but not early treatment.
    let own = &f.episodes[ei];
    let own_early = own
        .day_of(as_of)
        .is_some_and(|d| d <= s.general.early_phase_days);
    if own.product_change && !matches!(phase, Phase::Induction | Phase::Switch) && own_early {
        return Now {
            phase: Phase::Switch,
            episode_day,
            product_change_only: true,
        };
    }
    Now::of(phase, episode_day)
}

/// In LAR already (since `started_lar`), but the record holds no doses (a
/// case written to check prescriptions or screens): a continuation of
/// unknown start unless `medication_since` dates it (case-format.md
/// "Episodes").
fn phase_without_doses(case: &Case, s: &Settings, as_of: NaiveDate, sl: NaiveDate) -> Now {
    let since = case.treatment.medication_since;
    let episode_day = since.map(|m| (as_of - m).num_days() + 1);
    let early = episode_day.is_some_and(|d| d <= s.general.early_phase_days);
    let phase = match since {
        Some(m) if early && sl < m => Phase::Switch,
        Some(_) if early => Phase::Induction,
        _ => Phase::Maintenance,
    };
    Now::of(phase, episode_day)
}

/// Methadone-family start: the first methadone-family dose with none in
/// the gap before it, for the methadone family in use now.
fn methadone_family_start(case: &Case, f: &Facts<'_>, s: &Settings) -> Option<NaiveDate> {
    let gap = s.general.methadone_family_gap_days;
    let mut start: Option<NaiveDate> = None;
    let mut last: Option<NaiveDate> = None;
    for d in f.days.iter().filter(|d| d.date <= f.as_of) {
        if d.meds().any(|m| m.is_methadone_family()) {
            if last.is_none_or(|l| (d.date - l).num_days() > gap) {
                start = Some(d.date);
            }
            last = Some(d.date);
        }
    }
    // A start on the first record of a continuation is not a start.
    if let (Some(st), Some(first)) = (start, f.episodes.first())
        && first.kind == EpisodeKind::Continuation
        && first.first_day == st
    {
        start = match (case.treatment.started_lar, case.treatment.medication_since) {
            (Some(a), Some(b)) if a == b => Some(b),
            _ => None,
        };
    }
    start
}

/// Two or more recent reductions of `med` and no increase make a taper.
fn taper_or_maintenance(f: &Facts<'_>, med: Medication, s: &Settings) -> Phase {
    let from = f.as_of - Duration::days(s.taper.window_days);
    let recent = f
        .changes
        .iter()
        .filter(|c| c.med == med && c.date >= from && c.date < f.as_of);
    let (mut down, mut up) = (0usize, 0usize);
    for c in recent {
        if c.is_reduction() {
            down += 1;
        } else if c.is_increase() {
            up += 1;
        }
    }
    if down >= s.taper.min_reductions && up == 0 {
        Phase::Taper
    } else {
        Phase::Maintenance
    }
}
