//! TAP and PRG: tapering and pregnancy.

use super::registry::Rule;
use super::{Cx, Ev};
use crate::case::{Medication, Setting};
use crate::config::Severity;
use crate::facts::{Change, EpisodeKind, Phase};
use crate::i18n::Lang;
use crate::report::{Finding, mg};
use crate::tr;
use chrono::{Duration, NaiveDate};

/// The taper rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[&TAP001, &TAP002, &PRG001, &PRG002, &PRG003, &PRG004];

const EPS: f64 = 1e-9;

/// Runs the TAP and PRG rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let counted = counted_reductions(cx);
    tap001(cx, &counted, out);
    tap002(cx, out);
    pregnancy(cx, &counted, out);
    prg003(cx, out);
    prg004(cx, out);
}

declare_rule! {
    /// PRG003 `pregnancy-follow-up`.
    pub static PRG003 = Rule {
        name: "pregnancy-follow-up",
        max_severity: Severity::Info,
        grades: "info",
        source: "P11-MED; P11-NED; P11-BARSEL; local default (week 28)",
        summary: "pregnant (`pregnancy_week` given): follow-up by the pregnancy team, no pressure to taper, plan for the newborn; from week 28 on the methadone family, the dose may need to rise or be split",
        why: "Pregnancy changes the plan: the pregnancy team (TSB with maternity care) follows her, tapering is her choice and only in weeks 14-32, the newborn may need treatment for neonatal abstinence, and late in pregnancy the same dose gives lower levels.",
        example: "buprenorphine 8 mg in week 24: info; methadone 90 mg in week 30: info with the third-trimester note",
        not_when: "not pregnant (`pregnancy_week` absent)",
        params: &["prg003", "prg001"],
    }
}

/// PRG003 pregnancy-follow-up (info): every pregnant patient. The pickup
/// proposal reads pregnancy itself (pickup.md), not this finding.
fn prg003(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Some(pw) = cx.case.patient.pregnancy_week else {
        return;
    };
    let med = cx.case.treatment.medication;
    let third = cx.s.prg003.third_trimester_week;
    let late = med.is_methadone_family() && pw >= third;
    let (first, last) = (cx.s.prg001.first_week, cx.s.prg001.last_week);
    let late_words = if late {
        tr!(cx.lang, "prg003-late", third = third)
    } else {
        String::new()
    };
    let message = tr!(
        cx.lang,
        "prg003-message",
        week = pw,
        med = cx.lang.medication(med),
        first = first,
        last = last,
        late = late_words
    );
    out.push(
        cx.report(
            &PRG003,
            Severity::Info,
            message,
            Ev::new()
                .int("pregnancy_week", pw)
                .str("medication", med.as_str())
                .int("taper_first_week", first)
                .int("taper_last_week", last)
                .val("third_trimester", serde_json::Value::from(late))
                .str("limit_source", cx.src("prg003.third_trimester_week")),
            tr!(
                cx.lang,
                if late {
                    "prg003-suggestion-late"
                } else {
                    "prg003-suggestion"
                }
            ),
        ),
    );
}

declare_rule! {
    /// PRG004 `depot-in-pregnancy`.
    pub static PRG004 = Rule {
        name: "depot-in-pregnancy",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "FK-BUVIDAL",
        summary: "pregnant on depot buprenorphine (`buprenorphine-depot`)",
        why: "The depot's SmPC has limited data in pregnancy and allows it only if the benefit outweighs the risk; the decision to continue or change to sublingual buprenorphine belongs to the pregnancy team and should be written down.",
        example: "Buvidal weekly 16 mg in week 18",
        not_when: "sublingual buprenorphine or the methadone family in pregnancy (PRG003 only); not pregnant",
        params: &[],
    }
}

/// PRG004 depot-in-pregnancy (warning): pregnant on depot buprenorphine.
fn prg004(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Some(pw) = cx.case.patient.pregnancy_week else {
        return;
    };
    if !cx.case.treatment.medication.is_depot() {
        return;
    }
    let mut ev = Ev::new().int("pregnancy_week", pw);
    if let Some(i) = cx.facts.last_injection {
        ev = ev
            .date("last_injection", i.date)
            .mg("last_injection_mg", i.mg)
            .str("product", i.product.as_str());
    }
    out.push(cx.report(
        &PRG004,
        Severity::Warning,
        tr!(cx.lang, "prg004-message", week = pw),
        ev,
        tr!(cx.lang, "prg004-suggestion"),
    ));
}

/// The reductions that count toward TAP001, PRG001 and PRG002: not the first
/// dose after a missed run, and not the outgoing medication's reductions
/// from 7 days before a switch episode's first dose until its last dose.
pub fn counted_reductions<'a>(cx: &Cx<'a>) -> Vec<&'a Change> {
    let window = cx.s.general.switch_window_days;
    cx.facts
        .changes
        .iter()
        .filter(|c| c.is_reduction() && !c.after_missed_run)
        .filter(|c| {
            let outgoing = &cx.facts.episodes[c.episode];
            !cx.facts.episodes.iter().any(|s| {
                s.kind == EpisodeKind::Switch
                    && s.previous.is_some_and(|p| p.med == c.med)
                    && c.date >= s.first_day - Duration::days(window)
                    && c.date <= outgoing.last_day
                    && s.first_day >= outgoing.first_day
            })
        })
        .collect()
}

/// Windows of 7 calendar days over `list` (sorted by date, one medication)
/// whose sum of reductions exceeds `limit(first)`: `(i, j, sum)` with the
/// window `list[i..j]`; overlapping windows are merged into the first.
fn fast_windows(
    list: &[&Change],
    limit: impl Fn(&Change) -> Option<f64>,
) -> Vec<(usize, usize, f64, f64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < list.len() {
        let week = super::week_from(list, i);
        let j = i + week.len();
        let sum: f64 = week.iter().map(|c| -c.delta()).sum();
        match limit(list[i]) {
            Some(l) if sum > l + EPS => {
                out.push((i, j, sum, l));
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

fn by_med<'a>(list: &[&'a Change]) -> Vec<Vec<&'a Change>> {
    let mut groups: Vec<Vec<&Change>> = Vec::new();
    for c in list {
        match groups
            .iter_mut()
            .find(|g| g[0].med == c.med && g[0].episode == c.episode)
        {
            Some(g) => g.push(c),
            None => groups.push(vec![c]),
        }
    }
    groups
}

/// The tapers among the counted reductions (rules.md TAP001): the counted
/// reductions of one medication with no increase of it between them (and
/// within one episode), in date order.
pub fn tapers<'a>(cx: &Cx<'a>, counted: &[&'a Change]) -> Vec<Vec<&'a Change>> {
    let mut out: Vec<Vec<&Change>> = Vec::new();
    // The days of each medication's increases, sorted, so that "an increase
    // between two reductions" is one binary search, not a scan of every
    // change (linear in the history, also for a plan that changes daily).
    let mut increases: Vec<(Medication, Vec<NaiveDate>)> = Vec::new();
    for x in cx.facts.changes.iter().filter(|x| x.is_increase()) {
        match increases.iter_mut().find(|(m, _)| *m == x.med) {
            Some((_, days)) => days.push(x.date),
            None => increases.push((x.med, vec![x.date])),
        }
    }
    for (_, days) in &mut increases {
        days.sort_unstable();
    }
    for group in by_med(counted) {
        let mut cur: Vec<&Change> = Vec::new();
        for c in group {
            if let Some(prev) = cur.last() {
                let increase_between =
                    increases
                        .iter()
                        .find(|(m, _)| *m == c.med)
                        .is_some_and(|(_, days)| {
                            let i = days.partition_point(|d| *d <= prev.date);
                            days.get(i).is_some_and(|d| *d < c.date)
                        });
                if increase_between {
                    out.push(std::mem::take(&mut cur));
                }
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

declare_rule! {
    /// TAP001 `taper-too-fast`.
    pub static TAP001 = Rule {
        name: "taper-too-fast",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N22-NED; GPNB; RUSINFO-BUP; DK-LEVO; local default (morphine)",
        summary: "the counted reductions in any 7 days add up to more than the larger of 10 % of the dose before them and the minimum step; one finding per taper (the reductions of one medication with no increase between them), naming the 7-day window with the largest excess",
        why: "Fast tapers end in relapse, and relapse after lost tolerance ends in overdose.",
        example: "methadone 80 → 60 mg within a week (at most 8 mg)",
        not_when: "a switch's own reductions of the outgoing medication, the first dose after a missed run",
        params: &["tap001", "general.history_lookback_days", "general.switch_window_days"],
    }
}

/// TAP001 taper-too-fast: one finding per taper, naming the 7-day window
/// with the largest excess over its limit, every counted reduction of the
/// taper (in the look-back or the plan) in the evidence.
fn tap001(cx: &Cx<'_>, counted: &[&Change], out: &mut Vec<Finding>) {
    let p = &cx.s.tap001;
    for taper in tapers(cx, counted) {
        let g = taper[0].med.group();
        let Some(min_step) = p.min_step_mg.get(g) else {
            continue;
        };
        // Every window of 7 calendar days starting at a reduction; the
        // limit is the larger of the fraction of the dose on the day before
        // its first reduction and the minimum step.
        let mut worst: Option<(usize, usize, f64, f64)> = None;
        for i in 0..taper.len() {
            let j = i + super::week_from(&taper, i).len();
            let sum: f64 = taper[i..j].iter().map(|c| -c.delta()).sum();
            let limit = (p.fraction * taper[i].from_mg).max(min_step);
            let reportable = taper[i..j].iter().any(|c| cx.reportable(c.date));
            if sum > limit + EPS
                && reportable
                && worst.is_none_or(|w| sum - limit > w.2 - w.3 + EPS)
            {
                worst = Some((i, j, sum, limit));
            }
        }
        let Some((i, j, sum, limit)) = worst else {
            continue;
        };
        let w = &taper[i..j];
        let shown: Vec<&Change> = taper
            .iter()
            .copied()
            .filter(|c| cx.reportable(c.date))
            .collect();
        let dates: Vec<NaiveDate> = shown.iter().map(|c| c.date).collect();
        let steps: Vec<String> = shown
            .iter()
            .map(|c| format!("{} {}→{} mg", c.date, mg(c.from_mg), mg(c.to_mg)))
            .collect();
        let lang = cx.lang;
        let others = if shown.len() > w.len() {
            tr!(
                lang,
                "tap001-others",
                n = shown.len() as i64,
                span = lang.span(shown[0].date, shown[shown.len() - 1].date)
            )
        } else {
            String::new()
        };
        out.push(
            cx.report_with_source(
                &TAP001,
                Severity::Warning,
                tr!(
                    lang,
                    "tap001-message",
                    med = lang.medication(w[0].med),
                    sum = lang.mg(sum),
                    span = lang.span(w[0].date, w[w.len() - 1].date),
                    planned = if w.iter().any(|c| c.planned) {
                        tr!(lang, "tap001-planned")
                    } else {
                        String::new()
                    },
                    from = lang.mg(w[0].from_mg),
                    limit = lang.mg(limit),
                    percent = lang.mg(p.fraction * 100.0),
                    min_step = lang.mg(min_step),
                    others = others
                ),
                Ev::new()
                    .dates("reduction_dates", &dates)
                    .val("reductions", serde_json::Value::from(steps))
                    .str("medication", w[0].med.as_str())
                    .str("worst_window_from", w[0].date.to_string())
                    .str(
                        "worst_window_to",
                        (w[0].date + Duration::days(6)).to_string(),
                    )
                    .mg("dose_before_mg", w[0].from_mg)
                    .mg("total_reduction_mg", sum)
                    .mg("limit_mg", limit)
                    .mg("excess_mg", sum - limit)
                    .str(
                        "limit_source",
                        format!(
                            "{}; {}",
                            cx.src("tap001.fraction"),
                            cx.src_g("tap001.min_step_mg", g)
                        ),
                    ),
                cx.src("tap001.fraction"),
                tr!(lang, "tap001-suggestion"),
            ),
        );
    }
}

declare_rule! {
    /// TAP002 `treatment-ended-follow-up`.
    pub static TAP002 = Rule {
        name: "treatment-ended-follow-up",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N22-NED",
        summary: "phase `ended`, and `treatment.ended` is in the last 28 days",
        why: "The weeks after the last dose carry the highest overdose risk; the guideline asks for close follow-up for 4 weeks.",
        example: "the taper ended 10 days ago",
        not_when: "more than 28 days after the end",
        params: &["tap002"],
    }
}

fn tap002(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let Some(ended) = cx.case.treatment.ended else {
        return;
    };
    let days = cx.s.tap002.follow_up_days;
    if cx.facts.phase != Phase::Ended || ended < cx.as_of - Duration::days(days) {
        return;
    }
    let since = (cx.as_of - ended).num_days();
    out.push(
        cx.report_with_source(
            &TAP002,
            Severity::Warning,
            tr!(
                cx.lang,
                "tap002-message",
                date = cx.lang.date(ended),
                ago = cx.lang.ago(since),
                days = days
            ),
            Ev::new()
                .date("ended", ended)
                .int("days_since", since)
                .int("follow_up_days", days),
            cx.src("tap002.follow_up_days"),
            tr!(cx.lang, "tap002-suggestion"),
        ),
    );
}

/// Gestational week of a date: `pregnancy_week − ⌈(as_of − d) / 7⌉`.
pub fn gestational_week(pw: i64, as_of: NaiveDate, d: NaiveDate) -> i64 {
    let days = (as_of - d).num_days();
    pw - days.div_euclid(7) - i64::from(days.rem_euclid(7) != 0)
}

declare_rule! {
    /// PRG001 `pregnancy-taper-outside-window`.
    pub static PRG001 = Rule {
        name: "pregnancy-taper-outside-window",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "P11-NED",
        summary: "pregnant, and a reduction in this pregnancy falls outside gestational weeks 14+0 to 32+6",
        why: "Withdrawal early in pregnancy risks miscarriage and late in pregnancy preterm birth and fetal distress.",
        example: "a methadone reduction in week 36",
        not_when: "not pregnant, reductions in weeks 14-32",
        params: &["prg001", "general.history_lookback_days"],
    }
}

declare_rule! {
    /// PRG002 `pregnancy-taper-too-fast`.
    pub static PRG002 = Rule {
        name: "pregnancy-taper-too-fast",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "P11-NED; local default (levomethadone)",
        summary: "pregnant, and the reductions in this pregnancy in any 7 days add up to more than the weekly limit",
        why: "The pregnancy guideline allows only slow reductions, faster in hospital than outside.",
        example: "methadone reduced 15 mg in one week as an outpatient (limit 10 mg)",
        not_when: "slow reductions; morphine (no limit configured; TAP001 still applies)",
        params: &["prg002", "general.history_lookback_days"],
    }
}

fn pregnancy(cx: &Cx<'_>, counted: &[&Change], out: &mut Vec<Finding>) {
    let Some(pw) = cx.case.patient.pregnancy_week else {
        return;
    };
    let start = cx.as_of - Duration::days(7 * pw);
    let mine: Vec<&Change> = counted
        .iter()
        .copied()
        .filter(|c| c.date >= start)
        .collect();
    let p1 = &cx.s.prg001;
    let outside: Vec<(&Change, i64)> = mine
        .iter()
        .map(|c| (*c, gestational_week(pw, cx.as_of, c.date)))
        .filter(|(c, w)| (*w < p1.first_week || *w > p1.last_week) && cx.reportable(c.date))
        .collect();
    if !outside.is_empty() {
        let dates: Vec<NaiveDate> = outside.iter().map(|x| x.0.date).collect();
        // In English for the evidence (data), in the language for the message.
        let list_in = |lang: Lang| -> Vec<String> {
            outside
                .iter()
                .map(|(c, w)| {
                    tr!(
                        lang,
                        "prg001-reduction",
                        date = lang.date(c.date),
                        week = *w,
                        from = lang.mg(c.from_mg),
                        to = lang.mg(c.to_mg)
                    )
                })
                .collect()
        };
        let list = list_in(Lang::En);
        out.push(
            cx.report_with_source(
                &PRG001,
                Severity::Warning,
                tr!(
                    cx.lang,
                    "prg001-message",
                    week = pw,
                    n = outside.len() as i64,
                    first = p1.first_week,
                    last = p1.last_week,
                    list = if cx.lang == Lang::En {
                        list.join("; ")
                    } else {
                        list_in(cx.lang).join("; ")
                    }
                ),
                Ev::new()
                    .int("pregnancy_week", pw)
                    .dates("reduction_dates", &dates)
                    .val("reductions", serde_json::Value::from(list.clone()))
                    .str("limit_source", cx.src("prg001.first_week")),
                cx.src("prg001.first_week"),
                tr!(
                    cx.lang,
                    "prg001-suggestion",
                    first = p1.first_week,
                    last = p1.last_week
                ),
            ),
        );
    }
    let (table, key) = match cx.case.treatment.setting {
        Setting::Outpatient => (&cx.s.prg002.outpatient_mg, "prg002.outpatient_mg"),
        Setting::Inpatient => (&cx.s.prg002.inpatient_mg, "prg002.inpatient_mg"),
    };
    for group in by_med(&mine) {
        let g = group[0].med.group();
        let Some(limit) = table.get(g) else { continue };
        for (i, j, sum, _) in fast_windows(&group, |_| Some(limit)) {
            let w = &group[i..j];
            let dates: Vec<NaiveDate> = w.iter().map(|c| c.date).collect();
            if !dates.iter().any(|d| cx.reportable(*d)) {
                continue;
            }
            out.push(
                cx.report_with_source(
                    &PRG002,
                    Severity::Warning,
                    tr!(
                        cx.lang,
                        "prg002-message",
                        week = pw,
                        med = cx.lang.medication(w[0].med),
                        sum = cx.lang.mg(sum),
                        span = cx.lang.span(w[0].date, w[w.len() - 1].date),
                        setting = if key.contains("out") {
                            "outpatient"
                        } else {
                            "inpatient"
                        },
                        limit = cx.lang.mg(limit)
                    ),
                    Ev::new()
                        .int("pregnancy_week", pw)
                        .dates("reduction_dates", &dates)
                        .mg("total_reduction_mg", sum)
                        .mg("limit_mg", limit)
                        .str("limit_source", cx.src_g(key, g)),
                    cx.src_g(key, g),
                    tr!(cx.lang, "prg002-suggestion"),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::gestational_week;
    use chrono::NaiveDate;

    #[test]
    fn gestational_week_counts_back_in_whole_weeks() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(gestational_week(20, as_of, as_of), 20);
        assert_eq!(
            gestational_week(20, as_of, as_of - chrono::Duration::days(1)),
            19
        );
        assert_eq!(
            gestational_week(20, as_of, as_of - chrono::Duration::days(7)),
            19
        );
        assert_eq!(
            gestational_week(20, as_of, as_of - chrono::Duration::days(8)),
            18
        );
        assert_eq!(
            gestational_week(20, as_of, as_of + chrono::Duration::days(3)),
            20
        );
    }
}
