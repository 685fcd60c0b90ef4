//! MIS: missed doses and loss of tolerance.

use super::registry::{Counter, Rule};
use super::{Cx, Ev, runs};
use crate::case::Medication;
use crate::config::{Action, MissRow, Severity};
use crate::facts::{DayKind, MissedRun, Previous};
use crate::i18n::Lang;
use crate::report::{Finding, Restart};
use crate::tr;
use chrono::Duration;

/// The missed rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&MIS001, &MIS002, &MIS003, &MIS004];

const EPS: f64 = 1e-9;

/// Runs the MIS rules; returns the restart advice for `as_of`.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) -> Option<Restart> {
    let restart = mis001(cx).map(|(f, r)| {
        out.push(f);
        r
    });
    mis002(cx, out);
    mis003(cx, out);
    mis004(cx, out);
    restart
}

/// The advised next dose after a run (rules.md MIS001): rounded down to the
/// dosing step, never to zero, never above the last dose.
pub fn advised_dose(cx: &Cx<'_>, row: &MissRow, last: &Previous) -> f64 {
    let g = last.med.group();
    let l = last.last_daily_mg;
    let raw = match row.action {
        Action::ReInduce => cx.s.dos001.warning_mg.get(g).map_or(l, |w| l.min(w)),
        _ => {
            let x = l * row.fraction.unwrap_or(1.0);
            row.cap_mg.map_or(x, |c| x.min(c))
        }
    };
    round_down(raw, cx.s.dosing_step.get(g), l)
}

/// Rounds `x` down to `step`; a dose below one step stays as it is; never
/// above `last`.
pub fn round_down(x: f64, step: Option<f64>, last: f64) -> f64 {
    let r = match step {
        Some(s) if s > 0.0 && x + EPS >= s => ((x + EPS) / s).floor() * s,
        _ => x,
    };
    r.min(last)
}

/// The medication of the next dose: the plan for `as_of`, else the current one.
fn next_medication(cx: &Cx<'_>) -> Medication {
    let current = cx.case.treatment.medication;
    match cx.facts.day(cx.as_of) {
        Some(day) if day.dose_of(current).is_some() => current,
        Some(day) => day.meds().next().unwrap_or(current),
        None => current,
    }
}

/// MIS001 and MIS002 give a dose only when the next dose is the same
/// medication (rules.md); another product of the same molecule is another
/// medication, judged by DOS001 or the switch rules.
fn same_product_line(a: Medication, b: Medication) -> bool {
    a == b
}

/// MIS001's grade (rules.md MIS001): a row that lowers today's dose, or
/// whose action is `see-prescriber` or `re-induce`, changes today's dose and
/// is critical; a row at the last dose (`review`) keeps its configured grade
/// (warning by default).
pub fn restart_severity(row: &MissRow, next: f64, last: f64) -> Severity {
    if matches!(row.action, Action::SeePrescriber | Action::ReInduce) || next + EPS < last {
        Severity::Critical
    } else {
        row.severity
    }
}

/// The amount per administration of an advised daily dose.
#[derive(Debug, Clone, Copy)]
enum PerAdmin {
    /// `morphine-sr-12h`: half the daily dose twice a day.
    Twice(f64),
    /// `every = n` dosing: `n` days' worth on each dosing day.
    Every(f64, i64),
}

fn action_words(
    lang: Lang,
    row: &MissRow,
    next: Option<f64>,
    last: f64,
    per_admin: Option<PerAdmin>,
) -> String {
    let per = match per_admin {
        Some(PerAdmin::Twice(a)) => tr!(lang, "mis001-per-twice", each = lang.mg(a)),
        Some(PerAdmin::Every(a, n)) => tr!(
            lang,
            "mis001-per-every",
            each = lang.mg(a),
            every = every_words(n, lang)
        ),
        None => String::new(),
    };
    let Some(n) = next else {
        return String::new();
    };
    let id = match row.action {
        Action::Reduce => "mis001-action-reduce",
        Action::SeePrescriber => "mis001-action-see-prescriber",
        Action::Review => "mis001-action-review",
        Action::ReInduce => "mis001-action-re-induce",
    };
    tr!(lang, id, next = lang.mg(n), per = per, last = lang.mg(last))
}

/// Why a missed-dose finding cannot be acknowledged.
const MISSED: &str = "a missed dose is acted on, not acknowledged";

/// MIS001 at the counter: the restart advice in the ward's words, or the
/// message when there is none for today.
fn mis001_counter(f: &Finding, c: &crate::report::CaseReport) -> String {
    match &c.restart {
        Some(r) => crate::actions::restart_words(r, c.lang),
        None => f.message.clone(),
    }
}

declare_rule! {
    /// MIS001 `missed-doses-adjust-next-dose`.
    pub static MIS001 = Rule {
        name: "missed-doses-adjust-next-dose",
        max_severity: Severity::Critical,
        grades: "critical when today's dose changes (reduce, see-prescriber, re-induce) / warning (review at the last dose)",
        source: "AU-MISS; N10-13.3; IDWIKI-SROM",
        summary: "the missed run before `as_of` reaches a threshold; the finding states the action and the advised next dose (per administration for morphine-sr-12h and `every` dosing); on another medication next: re-induce critical, review warning",
        why: "Tolerance falls within days; the usual dose after several missed days is a classic cause of methadone death.",
        example: "methadone 80 mg, 4 days missed: see the prescriber, give at most 40 mg",
        not_when: "runs shorter than the first threshold, depot (MIS004 judges that), after the end of treatment",
        params: &["mis001", "dosing_step", "dos001.warning_mg"],
        counter: Counter::From(mis001_counter),
        not_acknowledgeable: Some(MISSED),

    }
}

/// MIS001 missed-doses-adjust-next-dose: the run before `as_of`.
fn mis001(cx: &Cx<'_>) -> Option<(Finding, Restart)> {
    let run = cx.facts.run_before_as_of.as_ref()?;
    let last = run.before?;
    if last.med.is_depot() {
        return None;
    }
    let g = last.med.group();
    let row = cx.s.mis001.row(g, run.days)?;
    let next_med = next_medication(cx);
    let same = same_product_line(next_med, last.med);
    let (action, next, sev) = if same {
        let next = advised_dose(cx, row, &last);
        (
            row.action,
            Some(next),
            restart_severity(row, next, last.last_daily_mg),
        )
    } else {
        // Another medication next (rules.md MIS001): `re-induce` is
        // critical, `review` a warning, whatever the row says.
        let reinduce = cx.s.mis001.reinduce_days(g).is_some_and(|r| run.days >= r);
        if reinduce {
            (Action::ReInduce, None, Severity::Critical)
        } else {
            (Action::Review, None, Severity::Warning)
        }
    };
    let every = last_every(cx, &last);
    let per_admin = next.and_then(|n| {
        if last.med == Medication::MorphineSr12h {
            Some(PerAdmin::Twice(n / 2.0))
        } else {
            every
                .filter(|e| *e > 1)
                .map(|e| PerAdmin::Every(n * e as f64, e))
        }
    });
    let lang = cx.lang;
    let words = if same {
        action_words(lang, row, next, last.last_daily_mg, per_admin)
    } else {
        tr!(
            lang,
            if action == Action::ReInduce {
                "mis001-other-re-induce"
            } else {
                "mis001-other-review"
            },
            next_med = lang.medication(next_med),
            last_med = lang.medication(last.med),
            last = lang.mg(last.last_daily_mg)
        )
    };
    let unrec = if run.unrecorded > 0 {
        tr!(lang, "mis001-unrecorded", n = run.unrecorded)
    } else {
        String::new()
    };
    let message = tr!(
        lang,
        "mis001-message",
        days = run.days,
        date = lang.date(cx.as_of),
        span = lang.span(run.from, run.to),
        unrec = unrec,
        words = words
    );
    let row_key = row_key(cx, g, row);
    let ev = Ev::new()
        .date("missed_from", run.from)
        .date("missed_to", run.to)
        .int("missed_days", run.days)
        .int("unrecorded_days", run.unrecorded)
        .str("last_medication", last.med.as_str())
        .date("last_dose_date", last.last_day)
        .mg("last_dose_mg", last.last_daily_mg)
        .str("next_medication", next_med.as_str())
        .str("action", action.as_str())
        .opt_mg("next_dose_mg", next)
        .str("table_source", cx.src(&row_key));
    let suggestion = match (action, next) {
        (Action::SeePrescriber, Some(n)) => {
            tr!(lang, "mis001-suggestion-see-prescriber", next = lang.mg(n))
        }
        (Action::Reduce, Some(n)) => tr!(lang, "mis001-suggestion-reduce", next = lang.mg(n)),
        (Action::Review, Some(n)) => tr!(lang, "mis001-suggestion-review", next = lang.mg(n)),
        (Action::ReInduce, Some(n)) => {
            tr!(lang, "mis001-suggestion-re-induce", next = lang.mg(n))
        }
        _ => tr!(lang, "mis001-suggestion-other"),
    };
    let f = cx.report_with_source(&MIS001, sev, message, ev, cx.src(&row_key), suggestion);
    Some((
        f,
        Restart {
            missed_days: run.days,
            action,
            next_dose_mg: next,
            last_dose_mg: last.last_daily_mg,
        },
    ))
}

fn row_key(cx: &Cx<'_>, g: crate::case::Group, row: &MissRow) -> String {
    let idx =
        cx.s.mis001
            .rows(g)
            .iter()
            .position(|r| std::ptr::eq(r, row))
            .unwrap_or(0);
    format!("mis001.{}[{idx}].action", g.key())
}

/// Alternate-day dosing of the last dose, if any: `every`.
fn last_every(cx: &Cx<'_>, last: &Previous) -> Option<i64> {
    let d = cx.facts.day(last.last_day)?.dose_of(last.med)?;
    (d.daily_mg > 0.0).then(|| (d.admin_mg / d.daily_mg).round() as i64)
}

/// MIS002 restart-dose-too-high: every restart in history or plan.
fn mis002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for r in &cx.facts.restarts {
        if !cx.reportable(r.next_day) {
            continue;
        }
        judge_restart(cx, r, out);
    }
}

declare_rule! {
    /// MIS002 `restart-dose-too-high`.
    pub static MIS002 = Rule {
        name: "restart-dose-too-high",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "AU-MISS; N10-13.3; IDWIKI-SROM",
        summary: "after a missed run (in history or plan) the first dose is above what MIS001 would have advised",
        why: "The restart dose is where lost tolerance meets the old dose.",
        example: "methadone 80 mg, 4 days missed, restarted at 80 mg (at most 40 mg advised)",
        not_when: "restarts with another medication (DOS001 or the SWI rules judge those)",
        params: &["mis001", "dosing_step", "dos001.warning_mg", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words("restart dose too high: {message}"),
        not_acknowledgeable: Some(MISSED),

    }
}

fn judge_restart(cx: &Cx<'_>, r: &MissedRun, out: &mut Vec<Finding>) {
    let Some(last) = r.before else { return };
    if last.med.is_depot() {
        return;
    }
    let g = last.med.group();
    let Some(row) = cx.s.mis001.row(g, r.days) else {
        return;
    };
    let Some(day) = cx.facts.day(r.next_day) else {
        return;
    };
    let Some(dose) = day
        .doses
        .iter()
        .find(|d| !d.supplement && same_product_line(d.med, last.med))
    else {
        return;
    };
    let advised = advised_dose(cx, row, &last);
    if dose.daily_mg <= advised + EPS {
        return;
    }
    let rk = row_key(cx, g, row);
    let f = cx.report_with_source(
        &MIS002,
        Severity::Critical,
        tr!(
            cx.lang,
            "mis002-message",
            med = cx.lang.medication(dose.med),
            dose = cx.lang.mg(dose.daily_mg),
            kind = if dose.planned { "planned" } else { "given" },
            date = cx.lang.date(r.next_day),
            days = r.days,
            span = cx.lang.span(r.from, r.to),
            advised = cx.lang.mg(advised),
            last = cx.lang.mg(last.last_daily_mg)
        ),
        Ev::new()
            .date("restart_date", r.next_day)
            .date("missed_from", r.from)
            .date("missed_to", r.to)
            .int("missed_days", r.days)
            .mg("restart_mg", dose.daily_mg)
            .mg("advised_max_mg", advised)
            .mg("last_dose_mg", last.last_daily_mg)
            .str("action", row.action.as_str())
            .str("table_source", cx.src(&rk)),
        cx.src(&rk),
        tr!(cx.lang, "mis002-suggestion", advised = cx.lang.mg(advised)),
    );
    out.push(cx.audit(f, &[r.next_day]));
}

declare_rule! {
    /// MIS003 `frequent-missed-doses`.
    pub static MIS003 = Rule {
        name: "frequent-missed-doses",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "local default",
        summary: "4 or more missed or unrecorded days (planned zero days not counted) in the 28 days before `as_of`; a run that is the stay itself (ending on the day of or the day before a prison release, detox or hospital discharge, or beginning on the day of or the day after a treatment interruption) is not counted",
        why: "Repeated missed days mean fluctuating tolerance and possibly diverted take-home doses; the regime should be reviewed.",
        example: "2 + 2 missed days in the last four weeks",
        not_when: "planned zero days, fewer days than the threshold, the absence during a stay (days missed after a release still count)",
        params: &["mis003"],
    }
}

/// MIS003 frequent-missed-doses.
fn mis003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let p = &cx.s.mis003;
    let from = cx.as_of - Duration::days(p.window_days);
    let stays = stay_runs(cx);
    let in_stay = |d: chrono::NaiveDate| stays.iter().any(|(a, b)| d >= *a && d <= *b);
    let dates: Vec<_> = cx
        .facts
        .days
        .iter()
        .filter(|d| d.date >= from && d.date < cx.as_of)
        .filter(|d| {
            matches!(
                d.kind,
                DayKind::Missed { planned: false } | DayKind::Unrecorded
            )
        })
        .map(|d| d.date)
        .filter(|d| !in_stay(*d))
        .collect();
    let n = dates.len() as i64;
    if n < p.min_days {
        return;
    }
    let unrec = cx
        .facts
        .days
        .iter()
        .filter(|d| {
            d.date >= from && d.date < cx.as_of && d.kind == DayKind::Unrecorded && !in_stay(d.date)
        })
        .count();
    let spans: Vec<String> = runs(&dates)
        .into_iter()
        .map(|(a, b)| cx.lang.span(a, b))
        .collect();
    out.push(
        cx.report_with_source(
            &MIS003,
            Severity::Warning,
            tr!(
                cx.lang,
                "mis003-message",
                days = n,
                window = p.window_days,
                date = cx.lang.date(cx.as_of),
                spans = spans.join(", "),
                threshold = p.min_days
            ),
            Ev::new()
                .dates("days", &dates)
                .int("missed_days", n)
                .int("unrecorded_days", unrec as i64)
                .int("window_days", p.window_days)
                .int("threshold", p.min_days)
                .str("limit_source", cx.src("mis003.min_days")),
            cx.src("mis003.min_days"),
            tr!(cx.lang, "mis003-suggestion"),
        ),
    );
}

/// The runs of missed or unrecorded days before `as_of` that are a stay
/// itself, not non-adherence (rules.md MIS003): one that ends on the day of,
/// or the day before, a prison release, detox or hospital discharge, or
/// begins on the day of, or the day after, a treatment interruption. Days
/// missed after a release still count (that is when it matters most).
fn stay_runs(cx: &Cx<'_>) -> Vec<(chrono::NaiveDate, chrono::NaiveDate)> {
    use crate::case::EventKind;
    let gaps: Vec<chrono::NaiveDate> = cx
        .facts
        .days
        .iter()
        .filter(|d| d.date < cx.as_of)
        .filter(|d| matches!(d.kind, DayKind::Missed { .. } | DayKind::Unrecorded))
        .map(|d| d.date)
        .collect();
    let one = Duration::days(1);
    runs(&gaps)
        .into_iter()
        .filter(|(a, b)| {
            cx.case.events.iter().any(|e| match e.kind {
                EventKind::PrisonRelease
                | EventKind::DetoxDischarge
                | EventKind::HospitalDischarge => *b == e.date || *b + one == e.date,
                EventKind::TreatmentInterruption => *a == e.date || *a == e.date + one,
                EventKind::Overdose => false,
            })
        })
        .collect()
}

declare_rule! {
    /// MIS004 `depot-injection-overdue`.
    pub static MIS004 = Rule {
        name: "depot-injection-overdue",
        max_severity: Severity::Critical,
        grades: "warning / critical",
        source: "FK-BUVIDAL",
        summary: "days since the last depot injection are beyond the interval plus the allowed window (warning) or beyond twice the interval (critical)",
        why: "An overdue depot leaves the patient without cover; loss of tolerance follows as with missed oral doses.",
        example: "monthly depot last given 46 days ago (28 + 7 allowed)",
        not_when: "within the window, or a patient not on depot now",
        params: &["mis004"],
        counter: Counter::Words("{message}: see the prescriber before the next injection"),
        not_acknowledgeable: Some(MISSED),

    }
}

/// MIS004 depot-injection-overdue.
fn mis004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    if !cx.case.treatment.medication.is_depot() || cx.facts.phase == crate::facts::Phase::Ended {
        return;
    }
    let Some(inj) = cx.facts.last_injection else {
        return;
    };
    let p = &cx.s.mis004;
    let (interval, window) = match inj.product {
        crate::case::DepotProduct::Weekly => (p.weekly_interval_days, p.weekly_window_days),
        crate::case::DepotProduct::Monthly => (p.monthly_interval_days, p.monthly_window_days),
    };
    let since = (cx.as_of - inj.date).num_days();
    let sev = if since > 2 * interval {
        Severity::Critical
    } else if since > interval + window {
        Severity::Warning
    } else {
        return;
    };
    let due = inj.date + Duration::days(interval);
    out.push(
        cx.report_with_source(
            &MIS004,
            sev,
            tr!(
                cx.lang,
                "mis004-message",
                product = inj.product.as_str(),
                date = cx.lang.date(inj.date),
                since = since,
                dose = cx.lang.mg(inj.mg),
                due = cx.lang.date(due),
                latest = cx.lang.date(inj.date + Duration::days(interval + window))
            ),
            Ev::new()
                .date("last_injection", inj.date)
                .mg("last_injection_mg", inj.mg)
                .str("product", inj.product.as_str())
                .int("days_since", since)
                .int("interval_days", interval)
                .int("window_days", window)
                .date("due", due)
                .str(
                    "limit_source",
                    cx.src(&format!("mis004.{}_window_days", inj.product.as_str())),
                ),
            cx.src(&format!("mis004.{}_interval_days", inj.product.as_str())),
            tr!(
                cx.lang,
                if sev == Severity::Critical {
                    "mis004-suggestion-critical"
                } else {
                    "mis004-suggestion-warning"
                }
            ),
        ),
    );
}

/// `every other day`, `every 3rd day`; `annenhver dag`, `hver 3. dag`.
pub fn every_words(n: i64, lang: Lang) -> String {
    tr!(lang, "every-days", n = n)
}

#[cfg(test)]
mod tests {
    use super::{restart_severity, round_down};
    use crate::config::{Action, MissRow, Severity};
    use approx::assert_relative_eq;

    fn row(action: Action, severity: Severity) -> MissRow {
        MissRow {
            days: 3,
            action,
            fraction: Some(1.0),
            cap_mg: None,
            severity,
        }
    }

    #[test]
    fn a_restart_that_changes_todays_dose_is_critical() {
        // rules.md MIS001 (revised 2026-12-01), whatever the row's grade.
        let w = Severity::Warning;
        assert_eq!(
            restart_severity(&row(Action::Reduce, w), 40.0, 80.0),
            Severity::Critical
        );
        assert_eq!(
            restart_severity(&row(Action::SeePrescriber, w), 40.0, 40.0),
            Severity::Critical
        );
        assert_eq!(
            restart_severity(&row(Action::ReInduce, w), 30.0, 30.0),
            Severity::Critical
        );
        // Review at the last dose keeps the row's grade; rounded below it, critical.
        assert_eq!(
            restart_severity(&row(Action::Review, w), 16.0, 16.0),
            Severity::Warning
        );
        assert_eq!(
            restart_severity(&row(Action::Review, w), 6.0, 7.0),
            Severity::Critical
        );
    }

    #[test]
    fn rounding_goes_down_to_the_step_never_to_zero_never_up() {
        assert_relative_eq!(round_down(37.5, Some(5.0), 75.0), 35.0);
        assert_relative_eq!(round_down(40.0, Some(5.0), 80.0), 40.0);
        assert_relative_eq!(round_down(3.0, Some(5.0), 6.0), 3.0);
        assert_relative_eq!(round_down(7.0, Some(2.0), 16.0), 6.0);
        assert_relative_eq!(round_down(30.0, Some(5.0), 20.0), 20.0);
        assert_relative_eq!(round_down(16.0 * 0.6, Some(10.0), 16.0), 9.6);
    }
}
