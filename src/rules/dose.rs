//! DOS: the dose schedule (induction and titration), history and plan alike.

use super::registry::{Counter, Rule};
use super::{Cx, Ev, runs};
use crate::case::{LastOpioid, Medication};
use crate::config::Severity;
use crate::facts::{Change, EpisodeKind};
use crate::i18n::Lang;
use crate::report::{Finding, mg};
use crate::tr;
use chrono::{Duration, NaiveDate};

/// The dose rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[
    &DOS001, &DOS002, &DOS003, &DOS004, &DOS005, &DOS006, &DOS007, &DOS008, &DOS009,
];

/// Runs the DOS rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    dos001(cx, out);
    dos002(cx, out);
    dos003(cx, out);
    dos004(cx, out);
    dos005(cx, out);
    dos006(cx, out);
    dos007(cx, out);
    dos008(cx, out);
    dos009(cx, out);
}

const EPS: f64 = 1e-9;

/// The counter's words for a critical dose (DOS001, DOS004, DOS005, DOS009).
const CHECK_THE_DOSE: &str = "check the dose with the prescriber before it is given: {message}";

declare_rule! {
    /// DOS001 `first-day-dose-high`.
    pub static DOS001 = Rule {
        name: "first-day-dose-high",
        max_severity: Severity::Critical,
        grades: "warning / critical; a past event older than 7 days: warning",
        source: "FK-SUBUTEX; P11-GRAV; AU-IND; US-REG; SE-LEVO; DE-SUBSTITOL",
        summary: "the day-1 total of an induction episode is above the warning limit (warning) or the critical limit (critical)",
        why: "Tolerance is unknown on day 1; most induction deaths follow a first dose too high for the patient. Methadone accumulates over days, so a safe-looking day 1 can kill on day 3.",
        example: "methadone 40 mg on day 1 of an induction: warning (limit 30 mg); 45 mg: critical (limit 40 mg)",
        not_when: "switch episodes (the SWI rules judge them), continuations, and the first dose after a missed run of the same medication (MIS002 judges that one)",
        params: &["dos001", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_DOSE),
    }
}

/// DOS001 first-day-dose-high.
///
/// What it checks: the day-1 total of every induction episode (not a switch,
/// not a continuation, and not a re-induction of the same medication after a
/// missed run, which MIS002 judges).
fn dos001(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for e in &cx.facts.episodes {
        if e.kind != EpisodeKind::Induction || !cx.reportable(e.first_day) {
            continue;
        }
        if e.reinduction && e.before_run.is_some_and(|b| b.med == e.med) {
            continue;
        }
        let Some(day) = cx.facts.day(e.first_day) else {
            continue;
        };
        let Some(dose) = day.dose_of(e.med) else {
            continue;
        }; // depot: DOS009
        let g = e.med.group();
        let warn = cx.s.dos001.warning_mg.get(g);
        let crit = cx.s.dos001.critical_mg.get(g);
        let total = dose.daily_mg;
        let (sev, lim, key) = match (warn, crit) {
            (_, Some(c)) if total > c + EPS => (Severity::Critical, c, "dos001.critical_mg"),
            (Some(w), _) if total > w + EPS => (Severity::Warning, w, "dos001.warning_mg"),
            _ => continue,
        };
        let lang = cx.lang;
        let f = cx.report_with_source(
            &DOS001,
            sev,
            tr!(
                lang,
                "dos001-message",
                med = lang.medication(e.med),
                dose = lang.mg(total),
                kind = if dose.planned { "planned" } else { "given" },
                date = lang.date(e.first_day),
                severity = sev.as_str(),
                limit = lang.mg(lim)
            ),
            Ev::new()
                .date("date", e.first_day)
                .str("medication", e.med.as_str())
                .mg("day1_mg", total)
                .opt_mg("warning_limit_mg", warn)
                .opt_mg("critical_limit_mg", crit)
                .str("limit_source", cx.src_g(key, g)),
            cx.src_g(key, g),
            if e.first_day < cx.as_of {
                tr!(lang, "dos001-suggestion-past")
            } else {
                tr!(
                    lang,
                    "dos001-suggestion",
                    limit = lang.mg(warn.unwrap_or(lim))
                )
            },
        );
        out.push(cx.audit(f, &[e.first_day]));
    }
}

fn increases<'a>(cx: &Cx<'a>) -> impl Iterator<Item = &'a Change> + use<'a> {
    cx.facts.changes.iter().filter(|c| c.is_increase())
}

declare_rule! {
    /// DOS002 `dose-step-too-large`.
    pub static DOS002 = Rule {
        name: "dose-step-too-large",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-V2B; N10-V11; DK-LEVO; BCCSU-SROM",
        summary: "one increase of the daily dose is larger than the step limit (the same limit in every phase)",
        why: "Large steps outrun the slow accumulation of methadone and levomethadone; the national schedules raise by at most 10 mg at a time.",
        example: "methadone 60 mg then 75 mg: a 15 mg step (limit 10 mg)",
        not_when: "reductions, changes of medication, and increases within the limit",
        params: &["dos002", "general.history_lookback_days"],
    }
}

/// DOS002 dose-step-too-large: one increase larger than the step limit.
fn dos002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for c in increases(cx) {
        let g = c.med.group();
        let Some(step) = cx.s.dos002.step_mg.get(g) else {
            continue;
        };
        if c.delta() <= step + EPS || !cx.reportable(c.date) {
            continue;
        }
        out.push(
            cx.report_with_source(
                &DOS002,
                Severity::Warning,
                tr!(
                    cx.lang,
                    "dos002-message",
                    med = cx.lang.medication(c.med),
                    step = cx.lang.mg(c.delta()),
                    date = cx.lang.date(c.date),
                    from = cx.lang.mg(c.from_mg),
                    to = cx.lang.mg(c.to_mg),
                    limit = cx.lang.mg(step)
                ),
                Ev::new()
                    .date("date", c.date)
                    .str("medication", c.med.as_str())
                    .mg("from_mg", c.from_mg)
                    .mg("to_mg", c.to_mg)
                    .mg("step_mg", c.delta())
                    .mg("limit_mg", step)
                    .str("planned", if c.planned { "yes" } else { "no" })
                    .str("limit_source", cx.src_g("dos002.step_mg", g)),
                cx.src_g("dos002.step_mg", g),
                tr!(cx.lang, "dos002-suggestion", limit = cx.lang.mg(step)),
            ),
        );
    }
}

declare_rule! {
    /// DOS003 `increase-too-soon`.
    pub static DOS003 = Rule {
        name: "increase-too-soon",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-8.6; DK-BUP; P11-GRAV; SE-LEVO; IDWIKI-SROM",
        summary: "an increase comes fewer days after the previous increase (or the episode start) than allowed: 1-2 days in days 1-{general.titration_window_days} of an induction or switch, {dos003.maintenance_interval_days} days after that",
        why: "A dose needs days to reach steady state; raising again before the last step has taken full effect stacks doses (NO-GL-2010 §8.6: about 14 days between increases in maintenance).",
        example: "methadone maintenance: 80 mg raised to 90 mg on 1 Nov and to 100 mg on 8 Nov (7 days; 14 needed)",
        not_when: "reductions; increases at or beyond the interval; the first dose of an episode",
        params: &["dos003", "general.titration_window_days", "general.history_lookback_days"],
    }
}

/// DOS003 increase-too-soon.
fn dos003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.general.titration_window_days;
    // previous increase per (episode, medication)
    let mut prev: Vec<((usize, Medication), NaiveDate)> = Vec::new();
    // The first doses after a missed run, gathered once (a few in a real
    // record): looking them up among every change for every increase made
    // an absurd plan quadratic.
    let restarts: Vec<&Change> = cx
        .facts
        .changes
        .iter()
        .filter(|r| r.after_missed_run)
        .collect();
    for c in increases(cx) {
        let e = &cx.facts.episodes[c.episode];
        let key = (c.episode, c.med);
        // Building back up after a reduced restart (MIS001) is titration,
        // not a maintenance increase: increases back toward the dose before
        // the missed run, in the titration window after the restart, use
        // the induction interval (local reading; the restart counts as the
        // previous change).
        let restart = restarts
            .iter()
            .filter(|r| r.episode == c.episode && r.med == c.med && r.date < c.date)
            .filter(|r| (c.date - r.date).num_days() < window && c.to_mg <= r.from_mg + EPS)
            .map(|r| r.date)
            .max();
        let before = prev
            .iter()
            .find(|x| x.0 == key)
            .map(|x| x.1)
            .into_iter()
            .chain(restart)
            .max()
            .or(if e.is_start() { e.start } else { None });
        match prev.iter_mut().find(|x| x.0 == key) {
            Some(x) => x.1 = c.date,
            None => prev.push((key, c.date)),
        }
        let Some(before) = before else { continue };
        let g = c.med.group();
        let in_titration =
            restart.is_some() || (e.is_start() && e.day_of(c.date).is_some_and(|d| d <= window));
        let (allowed, key_name) = if in_titration {
            match cx.s.dos003.induction_interval_days.get(g) {
                Some(a) => (a, format!("dos003.induction_interval_days.{}", g.key())),
                None => continue,
            }
        } else {
            (
                cx.s.dos003.maintenance_interval_days,
                "dos003.maintenance_interval_days".to_string(),
            )
        };
        let interval = (c.date - before).num_days();
        if (interval as f64) + EPS >= allowed || !cx.reportable(c.date) {
            continue;
        }
        let lang = cx.lang;
        let what = if in_titration {
            tr!(lang, "dos003-in-titration", window = window)
        } else {
            tr!(lang, "dos003-in-maintenance")
        };
        // The allowed interval as written ("14") and whether it is one day.
        let one = i64::from((allowed - 1.0).abs() < EPS);
        out.push(
            cx.report_with_source(
                &DOS003,
                Severity::Warning,
                tr!(
                    lang,
                    "dos003-message",
                    med = lang.medication(c.med),
                    from = lang.mg(c.from_mg),
                    to = lang.mg(c.to_mg),
                    date = lang.date(c.date),
                    days = interval,
                    before = lang.date(before),
                    what = what,
                    allowed = lang.mg(allowed),
                    one = one
                ),
                Ev::new()
                    .date("date", c.date)
                    .date("previous_change", before)
                    .str("medication", c.med.as_str())
                    .mg("from_mg", c.from_mg)
                    .mg("to_mg", c.to_mg)
                    .int("interval_days", interval)
                    .num("allowed_days", allowed)
                    .str("limit_source", cx.src(&key_name)),
                cx.src(&key_name),
                tr!(
                    lang,
                    "dos003-suggestion",
                    allowed = lang.mg(allowed),
                    one = one
                ),
            ),
        );
    }
}

declare_rule! {
    /// DOS004 `weekly-increase-over-cap`.
    pub static DOS004 = Rule {
        name: "weekly-increase-over-cap",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "RCGP; local default (levomethadone)",
        summary: "in days 1-{general.early_phase_days} of an induction episode, the increases in any 7 consecutive days add up to more than the cap",
        why: "Methadone deaths cluster in the first two weeks, when doses are raised faster than the drug accumulates.",
        example: "methadone 40 → 55 → 60 → 70 → 80 mg on days 1-5: 40 mg of increases in 7 days (cap 30 mg)",
        not_when: "switch episodes, after day {general.early_phase_days}, buprenorphine and morphine (no cap configured)",
        params: &["dos004", "general.early_phase_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_DOSE),
    }
}

/// DOS004 weekly-increase-over-cap: days 1-14 of an induction episode.
fn dos004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let early = cx.s.general.early_phase_days;
    for (ei, e) in cx.facts.episodes.iter().enumerate() {
        if e.kind != EpisodeKind::Induction {
            continue;
        }
        let g = e.med.group();
        let Some(cap) = cx.s.dos004.cap_mg.get(g) else {
            continue;
        };
        let ups: Vec<&Change> = increases(cx)
            .filter(|c| {
                c.episode == ei && c.med == e.med && e.day_of(c.date).is_some_and(|d| d <= early)
            })
            .collect();
        // Sliding window of 7 calendar days; report the worst window once.
        let mut worst: Option<(f64, usize, usize)> = None;
        // Every increase in a window over the cap: the finding stays
        // critical while any of them is recent (rules.md "Severity").
        let mut over_dates: Vec<NaiveDate> = Vec::new();
        for i in 0..ups.len() {
            let week = super::week_from(&ups, i);
            let j = i + week.len();
            let sum: f64 = week.iter().map(|c| c.delta()).sum();
            if sum > cap + EPS {
                over_dates.extend(ups[i..j].iter().map(|c| c.date));
                if worst.is_none_or(|w| sum > w.0 + EPS) {
                    worst = Some((sum, i, j));
                }
            }
        }
        let Some((total, i, j)) = worst else { continue };
        let window = &ups[i..j];
        let dates: Vec<NaiveDate> = window.iter().map(|c| c.date).collect();
        if !dates.iter().any(|d| cx.reportable(*d)) {
            continue;
        }
        let steps: Vec<String> = window
            .iter()
            .map(|c| format!("{} {}→{} mg", c.date, mg(c.from_mg), mg(c.to_mg)))
            .collect();
        let f = cx.report_with_source(
            &DOS004,
            Severity::Critical,
            tr!(
                cx.lang,
                "dos004-message",
                med = cx.lang.medication(e.med),
                from = cx.lang.mg(window[0].from_mg),
                to = cx.lang.mg(window[window.len() - 1].to_mg),
                span = cx.lang.span(window[0].date, window[window.len() - 1].date),
                early = early,
                total = cx.lang.mg(total),
                cap = cx.lang.mg(cap)
            ),
            Ev::new()
                .date("induction_start", e.first_day)
                .dates("increase_dates", &dates)
                .val("increases", serde_json::Value::from(steps))
                .mg("total_increase_mg", total)
                .mg("cap_mg", cap)
                .str("limit_source", cx.src_g("dos004.cap_mg", g)),
            cx.src_g("dos004.cap_mg", g),
            tr!(
                cx.lang,
                "dos004-suggestion",
                cap = cx.lang.mg(cap),
                early = early
            ),
        );
        out.push(cx.audit(f, &over_dates));
    }
}

declare_rule! {
    /// DOS005 `dose-above-maximum`.
    pub static DOS005 = Rule {
        name: "dose-above-maximum",
        max_severity: Severity::Critical,
        grades: "warning / critical; a past event older than 7 days: warning",
        source: "EMA-SUBOX; CH-ADDICT; DK-LEVO; BCCSU-SROM; local default (methadone)",
        summary: "one administration (`mg`) of a sublingual or oral LAR medication is above the warning or the critical maximum",
        why: "Doses above the product maximum are rarely needed and raise the risk of toxicity, QT prolongation and diversion.",
        example: "buprenorphine 28 mg a day: warning (above 24 mg)",
        not_when: "depot injections (DOS009 judges those); doses at or below the maximum; a past dose that is not the current one is an audit (warning)",
        params: &["dos005", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_DOSE),
    }
}

/// DOS005 dose-above-maximum: judged on one administration (`mg`).
fn dos005(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    // Group consecutive days with the same medication, mg and severity.
    struct Run {
        med: Medication,
        admin: f64,
        sev: Severity,
        lim: f64,
        key: &'static str,
        from: NaiveDate,
        to: NaiveDate,
        planned: bool,
    }
    let mut open: Vec<Run> = Vec::new();
    let mut done: Vec<Run> = Vec::new();
    for day in &cx.facts.days {
        if !cx.reportable(day.date) {
            continue;
        }
        let mut still = Vec::new();
        for d in &day.doses {
            let g = d.med.group();
            let (w, c) = (
                cx.s.dos005.warning_mg.get(g),
                cx.s.dos005.critical_mg.get(g),
            );
            let (sev, lim, key) = match (w, c) {
                (_, Some(c)) if d.admin_mg > c + EPS => {
                    (Severity::Critical, c, "dos005.critical_mg")
                }
                (Some(w), _) if d.admin_mg > w + EPS => (Severity::Warning, w, "dos005.warning_mg"),
                _ => continue,
            };
            if let Some(pos) = open.iter().position(|r| {
                r.med == d.med
                    && (r.admin - d.admin_mg).abs() < EPS
                    && r.sev == sev
                    && r.to + Duration::days(1) == day.date
            }) {
                let mut r = open.swap_remove(pos);
                r.to = day.date;
                r.planned |= d.planned;
                still.push(r);
            } else {
                still.push(Run {
                    med: d.med,
                    admin: d.admin_mg,
                    sev,
                    lim,
                    key,
                    from: day.date,
                    to: day.date,
                    planned: d.planned,
                });
            }
        }
        done.append(&mut open);
        open = still;
    }
    done.append(&mut open);
    done.sort_by_key(|r| r.from);
    // The day of the current dose (the plan for `as_of`, else the last dose
    // of the current medication): a run holding it is current, never an
    // audit (rules.md "Severity": DOS005 for a dose that is not the current
    // one).
    let current = cx.case.treatment.medication;
    let current_day = cx
        .facts
        .days
        .iter()
        .rev()
        .filter(|d| d.date <= cx.as_of)
        .find(|d| d.dose_of(current).is_some())
        .map(|d| d.date);
    for r in done {
        let g = r.med.group();
        let is_current = r.med == current && current_day.is_some_and(|d| d >= r.from && d <= r.to);
        let dates: Vec<NaiveDate> = if is_current { Vec::new() } else { vec![r.to] };
        let f = cx.report_with_source(
            &DOS005,
            r.sev,
            tr!(
                cx.lang,
                "dos005-message",
                med = cx.lang.medication(r.med),
                dose = cx.lang.mg(r.admin),
                span = cx.lang.span(r.from, r.to),
                severity = r.sev.as_str(),
                limit = cx.lang.mg(r.lim)
            ),
            Ev::new()
                .date("from", r.from)
                .date("to", r.to)
                .str("medication", r.med.as_str())
                .mg("mg", r.admin)
                .mg("limit_mg", r.lim)
                .str("planned", if r.planned { "yes" } else { "no" })
                .str("limit_source", cx.src_g(r.key, g)),
            cx.src_g(r.key, g),
            tr!(
                cx.lang,
                if r.med.is_methadone_family() {
                    "dos005-suggestion-methadone"
                } else {
                    "dos005-suggestion"
                }
            ),
        );
        out.push(cx.audit(f, &dates));
    }
}

declare_rule! {
    /// DOS006 `dose-below-effective-range`.
    pub static DOS006 = Rule {
        name: "dose-below-effective-range",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-8.7.1; LMH-BUP; SE-LEVO",
        summary: "after episode day {dos006.after_episode_day} (or in a continuation) the current dose is below the effective range while a screen in the last {dos006.screen_window_days} days shows an opioid that nothing prescribed explains",
        why: "Too low a dose leaves craving and withdrawal, and the patient tops up with street opioids: the dose, not the patient, may be the problem.",
        example: "methadone 40 mg and a screen with 6-mam two weeks ago (effective from 60 mg)",
        not_when: "in the first {dos006.after_episode_day} days, without a positive opioid screen, or at a dose in the range",
        params: &["dos006"],
    }
}

/// DOS006 dose-below-effective-range: after episode day 28 (or in a
/// continuation), the current dose is below the effective range while a
/// screen in the last 28 days shows an opioid nothing prescribed explains.
fn dos006(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let med = cx.case.treatment.medication;
    if med.is_depot() || cx.facts.phase == crate::facts::Phase::Ended || cx.facts.reinduction_due {
        return;
    }
    let p = &cx.s.dos006;
    let Some(min) = p.min_mg.get(med.group()) else {
        return;
    };
    let Some(dose) = cx.facts.current_dose_mg else {
        return;
    };
    let Some(ei) = cx.facts.current_episode else {
        return;
    };
    let e = &cx.facts.episodes[ei];
    // A continuation without a known start counts as older than any limit.
    // rules.md: "after episode day 28 (or a continuation)": any
    // continuation counts, whether its start is known or not.
    let late = e.kind == EpisodeKind::Continuation
        || e.day_of(cx.as_of).is_some_and(|d| d > p.after_episode_day);
    if !late || dose + EPS >= min {
        return;
    }
    let hits: Vec<(NaiveDate, Vec<&str>)> = cx
        .recent_readings(p.screen_window_days)
        // A baseline screen shows why treatment started, not use in
        // treatment (case-format.md "Screens").
        .filter(|r| !r.baseline)
        .map(|r| {
            (
                r.date,
                r.unexplained_in(crate::vocab::substances::SubstanceGroup::Opioid),
            )
        })
        .filter(|(_, o)| !o.is_empty())
        .collect();
    let Some((date, subs)) = hits.last() else {
        return;
    };
    let key = format!("dos006.min_mg.{}", med.group().key());
    out.push(
        cx.report_with_source(
            &DOS006,
            Severity::Warning,
            tr!(
                cx.lang,
                "dos006-message",
                med = cx.lang.medication(med),
                dose = cx.lang.mg(dose),
                min = cx.lang.mg(min),
                date = cx.lang.date(*date),
                substances = subs
                    .iter()
                    .map(|s| cx.lang.substance(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Ev::new()
                .mg("current_dose_mg", dose)
                .mg("effective_from_mg", min)
                .date("screen_date", *date)
                .val(
                    "unexplained_opioids",
                    serde_json::Value::from(subs.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
                )
                .int("screens_with_opioids", hits.len() as i64)
                .str("limit_source", cx.src(&key)),
            cx.src(&key),
            tr!(cx.lang, "dos006-suggestion", min = cx.lang.mg(min)),
        ),
    );
}

declare_rule! {
    /// DOS007 `unsupervised-induction-dose`.
    pub static DOS007 = Rule {
        name: "unsupervised-induction-dose",
        max_severity: Severity::Critical,
        grades: "critical (methadone family) / warning (buprenorphine family); a past event older than 7 days: warning",
        source: "N10-8.4; N22-OPP; FK-SUBOXONE",
        summary: "a dose in days 1-{general.early_phase_days} of an induction or switch episode is recorded with `supervised = false`",
        why: "Induction is when overdose risk is highest; the guideline requires supervised intake so that sedation is seen and diversion prevented.",
        example: "methadone day 5 given as a take-home dose",
        not_when: "product changes of one molecule (e.g. buprenorphine → buprenorphine-naloxone at the same dose), continuations and after day {general.early_phase_days}",
        params: &["general.early_phase_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words("supervise every induction dose: {message}"),
    }
}

/// DOS007 unsupervised-induction-dose: days 1-14 of an induction or switch.
fn dos007(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let early = cx.s.general.early_phase_days;
    for (ei, e) in cx.facts.episodes.iter().enumerate() {
        // A product change is judged within the first days of the induction
        // or switch it continues, not as a new start.
        let root = &cx.facts.episodes[cx.facts.root(ei)];
        if !root.is_start() || root.product_change {
            continue;
        }
        let Some(start) = root.start else { continue };
        let mut dates = Vec::new();
        for k in 0..early {
            let d = start + Duration::days(k);
            if d > e.last_day {
                break;
            }
            if d < e.first_day {
                continue;
            }
            if let Some(x) = cx.facts.day(d).and_then(|day| day.dose_of(e.med))
                && !x.supervised
                && cx.reportable(d)
            {
                dates.push(d);
            }
        }
        if dates.is_empty() {
            continue;
        }
        let sev = if e.med.is_methadone_family() {
            Severity::Critical
        } else {
            Severity::Warning
        };
        let spans: Vec<String> = runs(&dates)
            .into_iter()
            .map(|(a, b)| cx.lang.span(a, b))
            .collect();
        let f = cx.report(
            &DOS007,
            sev,
            tr!(
                cx.lang,
                "dos007-message",
                med = cx.lang.medication(e.med),
                early = early,
                kind = if root.kind == EpisodeKind::Switch {
                    "switch"
                } else {
                    "induction"
                },
                start = cx.lang.date(start),
                spans = spans.join(", "),
                days = dates.len() as i64
            ),
            Ev::new()
                .date("episode_start", start)
                .dates("unsupervised_dates", &dates)
                .str("medication", e.med.as_str()),
            tr!(cx.lang, "dos007-suggestion", early = early),
        );
        out.push(cx.audit(f, &dates));
    }
}

declare_rule! {
    /// DOS008 `buprenorphine-start-too-early`.
    pub static DOS008 = Rule {
        name: "buprenorphine-start-too-early",
        max_severity: Severity::Critical,
        grades: "critical / warning; a past event older than 7 days: warning",
        source: "FK-SUBUTEX; FK-SUBOXONE; DE-BUVIDAL",
        summary: "the first buprenorphine-family dose after a full agonist or after none comes too few hours after the last opioid (critical), or COWS is below the threshold or neither timing nor COWS is recorded (warning)",
        why: "Buprenorphine displaces full agonists from the receptor: given too early it precipitates withdrawal, and patients then return to street opioids.",
        example: "heroin at 06:00, buprenorphine at 09:00 (3 h; 6 h needed)",
        not_when: "without an `[induction]` table, micro-inductions, switches within the buprenorphine family",
        params: &["dos008", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words("do not give {med} yet: {message}"),
    }
}

/// The episode DOS008 judges: the latest induction or switch episode of
/// `med` (`Some(None)`: a planned start with no dose yet). `None`: nothing
/// to judge (a micro-induction, a switch within the buprenorphine family,
/// or only a continuation, where the induction table is history).
fn dos008_episode<'a>(cx: &Cx<'a>, med: Medication) -> Option<Option<&'a crate::facts::Episode>> {
    // The latest induction or switch episode of the current medication; a
    // planned start with no dose yet is judged as well.
    let ep = cx
        .facts
        .episodes
        .iter()
        .rev()
        .find(|e| e.med == med && e.is_start());
    if let Some(e) = ep {
        if e.micro {
            return None;
        }
        if e.kind == EpisodeKind::Switch
            && e.previous.is_some_and(|p| p.med.is_buprenorphine_family())
        {
            return None;
        }
    } else if cx.facts.episodes.iter().any(|e| e.med == med) {
        return None; // only a continuation: the induction table is history
    }
    Some(ep)
}

/// DOS008's words for a start too soon after the last opioid: "3 h after
/// the last long-acting opioid (slow-release morphine (12 h)) (24 h
/// needed)"; the case file's "other-short" is not named.
fn too_early_words(
    lang: Lang,
    last: Option<LastOpioid>,
    hours: f64,
    kind: &str,
    need: f64,
) -> String {
    let named = last
        .filter(|l| l.name() != "other-short")
        .map(|l| {
            let n =
                Medication::parse(l.name()).map_or(l.name().to_string(), |m| lang.medication(m));
            tr!(lang, "dos008-named", name = n)
        })
        .unwrap_or_default();
    tr!(
        lang,
        "dos008-too-early",
        hours = lang.mg(hours),
        kind = kind.to_string(),
        named = named,
        need = lang.mg(need)
    )
}

/// DOS008 buprenorphine-start-too-early (needs an `[induction]` table).
fn dos008(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Some(ind) = &cx.case.induction else {
        return;
    };
    let med = cx.case.treatment.medication;
    if !med.is_buprenorphine_family() {
        return;
    }
    let Some(ep) = dos008_episode(cx, med) else {
        return;
    };
    let when = ind
        .first_dose_at
        .map(|t| t.date())
        .or(ep.map(|e| e.first_day));
    if when.is_some_and(|d| !cx.reportable(d)) {
        return;
    }
    let p = &cx.s.dos008;
    // What failed: in English for the evidence (data), in the language for
    // the message.
    let mut failed: Vec<(String, String)> = Vec::new();
    let mut sev: Option<Severity> = None;
    let mut ev = Ev::new().str("medication", med.as_str());
    if let Some(d) = when {
        ev = ev.date("first_dose", d);
    }
    let timing = match (ind.last_opioid_at, ind.first_dose_at) {
        (Some(a), Some(b)) => Some((b - a).num_minutes() as f64 / 60.0),
        _ => None,
    };
    if let Some(hours) = timing {
        // An unrecorded last opioid is judged as long-acting: the safe reading.
        let (need, kind, key) = match ind.last_opioid {
            Some(LastOpioid::Short(_)) => {
                (p.short_acting_hours, "short", "dos008.short_acting_hours")
            }
            Some(LastOpioid::Long(_)) => (p.long_acting_hours, "long", "dos008.long_acting_hours"),
            None => (
                p.long_acting_hours,
                "unrecorded",
                "dos008.long_acting_hours",
            ),
        };
        ev = ev
            .num("hours_since_last_opioid", (hours * 10.0).round() / 10.0)
            .num("hours_required", need)
            .str(
                "last_opioid",
                ind.last_opioid.map_or("not recorded", |l| l.name()),
            )
            .str("hours_source", cx.src(key));
        if hours + EPS < need {
            sev = Some(Severity::Critical);
            let words = |lang| too_early_words(lang, ind.last_opioid, hours, kind, need);
            failed.push((words(Lang::En), words(cx.lang)));
        }
    }
    match ind.cows {
        Some(c) => {
            ev = ev.int("cows", c).int("cows_required", p.min_cows);
            if c < p.min_cows {
                sev = sev.or(Some(Severity::Warning));
                let words = |lang: Lang| tr!(lang, "dos008-cows", cows = c, need = p.min_cows);
                failed.push((words(Lang::En), words(cx.lang)));
            }
        }
        None if timing.is_none() => {
            sev = sev.or(Some(Severity::Warning));
            failed.push((
                tr!(Lang::En, "dos008-unrecorded"),
                tr!(cx.lang, "dos008-unrecorded"),
            ));
        }
        None => {}
    }
    let Some(sev) = sev else { return };
    let f = cx.report(
        &DOS008,
        sev,
        tr!(
            cx.lang,
            "dos008-message",
            med = cx.lang.medication(med),
            failed = failed
                .iter()
                .map(|f| f.1.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
        ev.val(
            "failed",
            serde_json::Value::from(failed.into_iter().map(|f| f.0).collect::<Vec<_>>()),
        ),
        tr!(
            cx.lang,
            "dos008-suggestion",
            cows = p.min_cows,
            short = cx.lang.mg(p.short_acting_hours),
            long = cx.lang.mg(p.long_acting_hours)
        ),
    );
    out.push(cx.audit(f, &when.into_iter().collect::<Vec<_>>()));
}

declare_rule! {
    /// DOS009 `depot-dose-invalid`.
    pub static DOS009 = Rule {
        name: "depot-dose-invalid",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "FK-BUVIDAL; AU-BUVIDAL",
        summary: "an injection's mg is not a strength of its product, or above the weekly/monthly maximum",
        why: "Buvidal comes in fixed strengths; any other number is a recording error or a dosing error, and both must be caught before the next injection.",
        example: "monthly depot 100 mg (strengths 64/96/128/160 mg)",
        not_when: "injections at a product strength",
        params: &["dos009", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_DOSE),
    }
}

/// DOS009 depot-dose-invalid.
fn dos009(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let p = &cx.s.dos009;
    for inj in &cx.case.injections {
        if !cx.reportable(inj.date) {
            continue;
        }
        let (strengths, max, pkey) = match inj.product {
            crate::case::DepotProduct::Weekly => (
                &p.weekly_strengths_mg,
                p.weekly_max_mg,
                "dos009.weekly_strengths_mg",
            ),
            crate::case::DepotProduct::Monthly => (
                &p.monthly_strengths_mg,
                p.monthly_max_mg,
                "dos009.monthly_strengths_mg",
            ),
        };
        let is_strength = strengths.iter().any(|s| (s - inj.mg).abs() < EPS);
        if is_strength && inj.mg <= max + EPS {
            continue;
        }
        let lang = cx.lang;
        let list: Vec<String> = strengths.iter().map(|s| lang.mg(*s)).collect();
        let product = inj.product.as_str();
        let why = if inj.mg > max + EPS {
            tr!(
                lang,
                "dos009-above-maximum",
                product = product,
                max = lang.mg(max)
            )
        } else {
            tr!(
                lang,
                "dos009-not-a-strength",
                product = product,
                strengths = list.join("/")
            )
        };
        let f = cx.report_with_source(
            &DOS009,
            Severity::Critical,
            tr!(
                lang,
                "dos009-message",
                dose = lang.mg(inj.mg),
                date = lang.date(inj.date),
                why = why
            ),
            Ev::new()
                .date("date", inj.date)
                .str("product", inj.product.as_str())
                .mg("mg", inj.mg)
                .val("strengths_mg", serde_json::Value::from(strengths.clone()))
                .mg("max_mg", max)
                .str("limit_source", cx.src(pkey)),
            cx.src(pkey),
            tr!(lang, "dos009-suggestion"),
        );
        out.push(cx.audit(f, &[inj.date]));
    }
}
