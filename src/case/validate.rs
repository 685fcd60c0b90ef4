//! Cross-record checks: overlapping ranges, records after `as_of`, plans
//! before it, doses after the end of treatment.
//!
//! Everything here is O(n log n) in the number of records, never in days.

use super::locate::Ctx;
use super::model::*;
use crate::error::InputError;
use crate::tr;
use chrono::NaiveDate;
use std::ops::Range;

/// Spans of the `[treatment]` dates.
pub struct TreatmentSpans {
    /// `started_lar`.
    pub started_lar: Option<Range<usize>>,
    /// `medication_since`.
    pub medication_since: Option<Range<usize>>,
    /// `ended`.
    pub ended: Option<Range<usize>>,
}

/// The converted records, each with its span.
pub struct Parts<'a> {
    pub as_of: Option<NaiveDate>,
    pub as_of_label: &'a str,
    pub treatment: &'a Treatment,
    pub doses: &'a [(DoseEntry, Range<usize>)],
    pub plan: &'a [(DoseEntry, Range<usize>)],
    pub missed: &'a [(MissedEntry, Range<usize>)],
    pub injections: &'a [(Injection, Range<usize>)],
    pub screens: &'a [(Screen, Range<usize>)],
    pub ecg: &'a [(Ecg, Range<usize>)],
    pub events: &'a [(Event, Range<usize>)],
    pub mastery: Option<&'a (MasteryAssessment, Range<usize>)>,
    pub treatment_spans: TreatmentSpans,
    /// `general.max_history_days`.
    pub max_history_days: i64,
}

/// Runs every cross-record check; the first problem of each kind is put
/// in `found`.
pub fn cross_check(cx: &Ctx<'_>, p: &Parts<'_>, found: &mut Vec<InputError>) {
    let checks: [&dyn Fn() -> Result<(), InputError>; 8] = [
        &|| p.as_of.map_or(Ok(()), |as_of| after_as_of(cx, p, as_of)),
        &|| history_span(cx, p),
        &|| treatment_dates(cx, p),
        &|| after_end(cx, p),
        &|| no_double_cover(cx, "doses", p.doses),
        &|| no_double_cover(cx, "plan", p.plan),
        &|| dosed_and_missed(cx, p),
        &|| one_injection_a_day(cx, p),
    ];
    found.extend(checks.iter().filter_map(|c| c().err()));
}

/// `medication_since` and the first dose against `started_lar`.
fn treatment_dates(cx: &Ctx<'_>, p: &Parts<'_>) -> Result<(), InputError> {
    let t = p.treatment;
    if let (Some(s), Some(m)) = (t.started_lar, t.medication_since)
        && m < s
    {
        return Err(cx.err(
            p.treatment_spans.medication_since.clone().unwrap_or(0..0),
            "treatment.medication_since",
            tr!(
                cx.lang,
                "err-since-before-start",
                since = m.to_string(),
                started = s.to_string()
            ),
        ));
    }
    if let Some(s) = t.started_lar {
        let first = p
            .doses
            .iter()
            .map(|(d, sp)| (d.from, sp.clone(), "doses"))
            .chain(
                p.injections
                    .iter()
                    .map(|(i, sp)| (i.date, sp.clone(), "injections")),
            )
            .min_by_key(|x| x.0);
        if let Some((d, sp, table)) = first
            && d < s
        {
            return Err(cx.err(
                sp,
                "treatment.started_lar",
                tr!(
                    cx.lang,
                    "err-record-before-start",
                    table = table,
                    date = d.to_string(),
                    started = s.to_string()
                ),
            ));
        }
    }
    Ok(())
}

/// No dose, plan or injection after `treatment.ended`.
fn after_end(cx: &Ctx<'_>, p: &Parts<'_>) -> Result<(), InputError> {
    if let Some(end) = p.treatment.ended {
        for (table, list) in [("doses", p.doses), ("plan", p.plan)] {
            for (n, (d, sp)) in list.iter().enumerate() {
                if d.to > end {
                    return Err(cx.err(
                        sp.clone(),
                        format!("{table}[{n}].to"),
                        tr!(
                            cx.lang,
                            "err-dose-after-end",
                            key = format!("{table}[{n}]"),
                            date = d.to.max(end.succ_opt().unwrap_or(end)).to_string(),
                            end = end.to_string()
                        ),
                    ));
                }
            }
        }
        for (n, (i, sp)) in p.injections.iter().enumerate() {
            if i.date > end {
                return Err(cx.err(
                    sp.clone(),
                    format!("injections[{n}].date"),
                    tr!(
                        cx.lang,
                        "err-injection-after-end",
                        date = i.date.to_string(),
                        end = end.to_string()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// At most one injection a day.
fn one_injection_a_day(cx: &Ctx<'_>, p: &Parts<'_>) -> Result<(), InputError> {
    let mut days: Vec<(NaiveDate, usize)> = p
        .injections
        .iter()
        .enumerate()
        .map(|(n, (i, _))| (i.date, n))
        .collect();
    days.sort();
    for w in days.windows(2) {
        if w[0].0 == w[1].0 {
            return Err(cx.err(
                p.injections[w[1].1].1.clone(),
                format!("injections[{}].date", w[1].1),
                tr!(cx.lang, "err-two-injections", date = w[1].0.to_string()),
            ));
        }
    }
    Ok(())
}

/// The record (its first dose, injection or missed day to the end of its
/// plan, or the day before `as_of`) spans at most `general.max_history_days`
/// days: the days the checks lay out. A longer one is a mistyped year; the
/// record farther from `as_of` is named. The engine refuses the same span
/// (`facts::days`), so `validate` refuses exactly what `check` does.
fn history_span(cx: &Ctx<'_>, p: &Parts<'_>) -> Result<(), InputError> {
    let Some(as_of) = p.as_of else {
        return Ok(());
    };
    let starts = p
        .doses
        .iter()
        .enumerate()
        .map(|(n, (d, sp))| (d.from, sp, ("doses", n, "from")))
        .chain(
            p.injections
                .iter()
                .enumerate()
                .map(|(n, (i, sp))| (i.date, sp, ("injections", n, "date"))),
        )
        .chain(
            p.missed
                .iter()
                .enumerate()
                .map(|(n, (m, sp))| (m.from, sp, ("missed", n, "from"))),
        )
        .chain(
            p.plan
                .iter()
                .enumerate()
                .map(|(n, (d, sp))| (d.from, sp, ("plan", n, "from"))),
        );
    // Keys as (table, index, field): written out only for the error
    // (issue 16: a label formatted per dose was 4 % of a ten-year check).
    let Some((first, first_span, (table, i, field))) = starts.min_by_key(|x| x.0) else {
        return Ok(());
    };
    let day_before = as_of.pred_opt().unwrap_or(as_of);
    let plan_end = p
        .plan
        .iter()
        .enumerate()
        .max_by_key(|(_, (d, _))| d.to)
        .filter(|(_, (d, _))| d.to > day_before);
    let last = plan_end.map_or(day_before, |(_, (d, _))| d.to);
    let n = (last - first).num_days() + 1;
    if last < first || n <= p.max_history_days {
        return Ok(());
    }
    let (span, key, day) = match plan_end {
        Some((i, (d, sp))) if (d.to - as_of) > (as_of - first) => {
            (sp.clone(), format!("plan[{i}].to"), d.to)
        }
        _ => (first_span.clone(), format!("{table}[{i}].{field}"), first),
    };
    Err(cx.err(
        span,
        &key,
        tr!(
            cx.lang,
            "err-history-span",
            days = n,
            first = first.to_string(),
            last = last.to_string(),
            max = p.max_history_days,
            key = key.as_str(),
            date = day.to_string()
        ),
    ))
}

fn after_as_of(cx: &Ctx<'_>, p: &Parts<'_>, as_of: NaiveDate) -> Result<(), InputError> {
    // Written out only on the way to an error (issue 16: formatted for
    // every valid case, it parsed a whole message file in each run).
    let why = || tr!(cx.lang, "err-history-why", label = p.as_of_label);
    let lab = p.as_of_label;
    for (n, (d, sp)) in p.doses.iter().enumerate() {
        if d.to >= as_of {
            return Err(cx.err(
                sp.clone(),
                format!("doses[{n}].to"),
                tr!(
                    cx.lang,
                    "err-doses-reach-as-of",
                    key = format!("doses[{n}]"),
                    date = d.to.to_string(),
                    label = lab,
                    as_of = as_of.to_string(),
                    why = why()
                ),
            ));
        }
    }
    for (n, (m, sp)) in p.missed.iter().enumerate() {
        if m.to >= as_of {
            return Err(cx.err(
                sp.clone(),
                format!("missed[{n}].to"),
                tr!(
                    cx.lang,
                    "err-missed-reach-as-of",
                    key = format!("missed[{n}]"),
                    date = m.to.to_string(),
                    label = lab,
                    as_of = as_of.to_string(),
                    why = why()
                ),
            ));
        }
    }
    for (n, (i, sp)) in p.injections.iter().enumerate() {
        if i.date >= as_of {
            return Err(cx.err(
                sp.clone(),
                format!("injections[{n}].date"),
                tr!(
                    cx.lang,
                    "err-injection-reach-as-of",
                    date = i.date.to_string(),
                    label = lab,
                    as_of = as_of.to_string(),
                    why = why()
                ),
            ));
        }
    }
    for (n, (d, sp)) in p.plan.iter().enumerate() {
        if d.from < as_of {
            return Err(cx.err(
                sp.clone(),
                format!("plan[{n}].from"),
                tr!(
                    cx.lang,
                    "err-plan-before-as-of",
                    key = format!("plan[{n}]"),
                    date = d.from.to_string(),
                    label = lab,
                    as_of = as_of.to_string()
                ),
            ));
        }
    }
    dated_after(cx, p, as_of)
}

/// No screen, ECG, event, assessment or treatment date after `as_of`.
fn dated_after(cx: &Ctx<'_>, p: &Parts<'_>, as_of: NaiveDate) -> Result<(), InputError> {
    let lab = p.as_of_label;
    let late = |table: &str,
                n: usize,
                date: NaiveDate,
                sp: &Range<usize>,
                key: &str|
     -> Result<(), InputError> {
        if date > as_of {
            Err(cx.err(
                sp.clone(),
                format!("{table}[{n}].{key}"),
                tr!(
                    cx.lang,
                    "err-record-after-as-of",
                    table = table,
                    date = date.to_string(),
                    label = lab,
                    as_of = as_of.to_string()
                ),
            ))
        } else {
            Ok(())
        }
    };
    for (n, (s, sp)) in p.screens.iter().enumerate() {
        late("screens", n, s.date, sp, "date")?;
    }
    for (n, (e, sp)) in p.ecg.iter().enumerate() {
        late("ecg", n, e.date, sp, "date")?;
    }
    for (n, (e, sp)) in p.events.iter().enumerate() {
        late("events", n, e.date, sp, "date")?;
    }
    if let Some((m, sp)) = p.mastery
        && m.assessed > as_of
    {
        return Err(cx.err(
            sp.clone(),
            "mastery.assessed",
            tr!(
                cx.lang,
                "err-key-after-as-of",
                key = "mastery.assessed",
                date = m.assessed.to_string(),
                label = lab,
                as_of = as_of.to_string()
            ),
        ));
    }
    let t = p.treatment;
    for (key, v, sp) in [
        (
            "treatment.started_lar",
            t.started_lar,
            &p.treatment_spans.started_lar,
        ),
        (
            "treatment.medication_since",
            t.medication_since,
            &p.treatment_spans.medication_since,
        ),
    ] {
        if let Some(d) = v
            && d > as_of
        {
            return Err(cx.err(
                sp.clone().unwrap_or(0..0),
                key,
                tr!(
                    cx.lang,
                    "err-key-after-as-of",
                    key = key,
                    date = d.to_string(),
                    label = lab,
                    as_of = as_of.to_string()
                ),
            ));
        }
    }
    Ok(())
}

/// A day covered twice by the same medication.
fn no_double_cover(
    cx: &Ctx<'_>,
    table: &str,
    list: &[(DoseEntry, Range<usize>)],
) -> Result<(), InputError> {
    let mut idx: Vec<usize> = (0..list.len()).collect();
    idx.sort_by_key(|&i| (list[i].0.medication, list[i].0.from));
    // Keep a running maximum for ranges that nest beyond their neighbour.
    let mut last: Option<(Medication, NaiveDate, usize)> = None;
    for &i in &idx {
        let d = &list[i].0;
        if let Some((m, to, j)) = last {
            if m == d.medication && d.from <= to {
                return Err(cx.err(
                    list[i].1.clone(),
                    format!("{table}[{i}].from"),
                    tr!(
                        cx.lang,
                        "err-overlap",
                        key = format!("{table}[{i}]"),
                        other = format!("{table}[{j}]"),
                        med = cx.lang.medication(d.medication),
                        date = d.from.to_string()
                    ),
                ));
            }
            if m == d.medication && to > d.to {
                continue;
            }
        }
        last = Some((d.medication, d.to, i));
    }
    Ok(())
}

fn dosed_and_missed(cx: &Ctx<'_>, p: &Parts<'_>) -> Result<(), InputError> {
    if p.missed.is_empty() {
        return Ok(());
    }
    let mut ranges: Vec<(NaiveDate, NaiveDate, usize)> = p
        .doses
        .iter()
        .enumerate()
        .map(|(n, (d, _))| (d.from, d.to, n))
        .collect();
    ranges.sort();
    // prefix maximum of `to` to answer "does any range starting <= x reach y"
    let mut best: Vec<(NaiveDate, usize)> = Vec::with_capacity(ranges.len());
    for r in &ranges {
        let prev = best.last().copied();
        best.push(match prev {
            Some((t, n)) if t >= r.1 => (t, n),
            _ => (r.1, r.2),
        });
    }
    for (n, (m, sp)) in p.missed.iter().enumerate() {
        let k = ranges.partition_point(|r| r.0 <= m.to);
        if k > 0 && best[k - 1].0 >= m.from {
            let j = best[k - 1].1;
            let day = m.from.max(p.doses[j].0.from);
            return Err(cx.err(
                sp.clone(),
                format!("missed[{n}].from"),
                tr!(
                    cx.lang,
                    "err-dosed-and-missed",
                    date = day.to_string(),
                    dose = format!("doses[{j}]"),
                    missed = format!("missed[{n}]")
                ),
            ));
        }
    }
    Ok(())
}
