//! SWI: switching medication. Only the first episode after another
//! medication is judged, and only when that medication was taken in the
//! switch window before it (the facts mark such episodes as switches).

use super::registry::{Counter, Rule};
use super::{Cx, Ev};
use crate::case::{Medication, Setting};
use crate::config::Severity;
use crate::facts::{Episode, EpisodeKind, Previous};
use crate::report::Finding;
use crate::tr;
use chrono::Duration;

/// The switch rules, in report order (`registry::RULES` lists the families).
pub const RULES: &[&Rule] = &[
    &SWI001, &SWI002, &SWI003, &SWI004, &SWI005, &SWI006, &SWI007, &SWI008,
];

const EPS: f64 = 1e-9;

/// The counter's words for a critical switch (SWI001, SWI002, SWI004, SWI005).
const CHECK_THE_SWITCH: &str =
    "check the switch with the prescriber before the next dose: {message}";

declare_rule! {
    /// SWI007 `switch-outpatient`.
    pub static SWI007 = Rule {
        name: "switch-outpatient",
        max_severity: Severity::Info,
        grades: "info",
        source: "N22-SKIFTE",
        summary: "a switch between the buprenorphine family and full agonists, or between 12 h and 24 h morphine, with `setting = \"outpatient\"`",
        why: "The 2022 guideline makes inpatient switching the main rule because of overdose and withdrawal risk.",
        example: "methadone → buprenorphine as an outpatient",
        not_when: "inpatient switches, switches within a family",
        params: &["general.switch_window_days", "general.history_lookback_days"],
    }
}

/// Runs the SWI rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    for e in &cx.facts.episodes {
        if e.kind != EpisodeKind::Switch || !cx.reportable(e.first_day) {
            continue;
        }
        let Some(prev) = e.previous else { continue };
        if e.micro {
            swi008(cx, e, prev, out);
        } else if e.med.is_buprenorphine_family() && prev.med.is_methadone_family() {
            swi001(cx, e, prev, out);
            swi002(cx, e, prev, out);
        }
        if e.med.is_depot()
            && matches!(
                prev.med,
                Medication::Buprenorphine | Medication::BuprenorphineNaloxone
            )
        {
            swi003(cx, e, prev, out);
        }
        ratio_rules(cx, e, prev, out);
        if e.med == Medication::Methadone && prev.med.is_buprenorphine_family() {
            swi006(cx, e, prev, out);
        }
        let cross = e.med.is_buprenorphine_family() != prev.med.is_buprenorphine_family()
            || (e.med.is_morphine() && prev.med.is_morphine() && e.med != prev.med);
        if cross && cx.case.treatment.setting == Setting::Outpatient {
            out.push(
                cx.report(
                    &SWI007,
                    Severity::Info,
                    tr!(
                        cx.lang,
                        "swi007-message",
                        from = cx.lang.medication(prev.med),
                        to = cx.lang.medication(e.med),
                        date = cx.lang.date(e.first_day)
                    ),
                    Ev::new()
                        .date("date", e.first_day)
                        .str("from", prev.med.as_str())
                        .str("to", e.med.as_str())
                        .str("setting", "outpatient"),
                    tr!(cx.lang, "swi007-suggestion"),
                ),
            );
        }
    }
}

fn first_mg(cx: &Cx<'_>, e: &Episode) -> Option<f64> {
    let day = cx.facts.day(e.first_day)?;
    if e.med.is_depot() {
        return day.injection.map(|i| cx.case.injections[i].mg);
    }
    day.dose_of(e.med).map(|d| d.daily_mg)
}

declare_rule! {
    /// SWI001 `methadone-too-high-before-buprenorphine`.
    pub static SWI001 = Rule {
        name: "methadone-too-high-before-buprenorphine",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "N10-V11; FK-SUBOXONE; local default (levomethadone, morphine)",
        summary: "the first buprenorphine-family dose (depot included) follows a last full-agonist dose above the limit",
        why: "From high methadone doses buprenorphine precipitates severe withdrawal; the national tables cut methadone to 30 mg first.",
        example: "methadone 60 mg, then buprenorphine 4 mg the next day",
        not_when: "micro-inductions (SWI008), and last doses at or below the limit",
        params: &["swi001", "general.switch_window_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_SWITCH),
    }
}

fn swi001(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let g = prev.med.group();
    let Some(limit) = cx.s.swi001.limit_mg.get(g) else {
        return;
    };
    if prev.last_daily_mg <= limit + EPS {
        return;
    }
    let f = cx.report_with_source(
        &SWI001,
        Severity::Critical,
        tr!(
            cx.lang,
            "swi001-message",
            med = cx.lang.medication(e.med),
            date = cx.lang.date(e.first_day),
            prev = cx.lang.medication(prev.med),
            last = cx.lang.mg(prev.last_daily_mg),
            last_day = cx.lang.date(prev.last_day),
            limit = cx.lang.mg(limit)
        ),
        Ev::new()
            .date("first_dose", e.first_day)
            .date("last_full_agonist_dose", prev.last_day)
            .str("from", prev.med.as_str())
            .mg("last_full_agonist_mg", prev.last_daily_mg)
            .mg("limit_mg", limit)
            .opt_mg("first_dose_mg", first_mg(cx, e))
            .str("limit_source", cx.src_g("swi001.limit_mg", g)),
        cx.src_g("swi001.limit_mg", g),
        if e.first_day < cx.as_of {
            tr!(cx.lang, "swi001-suggestion-started")
        } else {
            tr!(
                cx.lang,
                "swi001-suggestion",
                prev = cx.lang.medication(prev.med),
                limit = cx.lang.mg(limit)
            )
        },
    );
    out.push(cx.audit(f, &[e.first_day]));
}

declare_rule! {
    /// SWI002 `buprenorphine-too-soon-after-full-agonist`.
    pub static SWI002 = Rule {
        name: "buprenorphine-too-soon-after-full-agonist",
        max_severity: Severity::Critical,
        grades: "critical / warning; a past event older than 7 days: warning",
        source: "FK-SUBOXONE; N10-V11",
        summary: "buprenorphine on the same day as a full agonist (critical), or on the next day with no zero day (warning)",
        why: "The SmPC asks for at least 24 h after methadone; the Norwegian tables use a zero day.",
        example: "methadone on 10 Nov, buprenorphine on 11 Nov",
        not_when: "micro-inductions, and switches with a zero day",
        params: &["general.switch_window_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_SWITCH),
    }
}

fn swi002(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let same_day = cx
        .facts
        .day(e.first_day)
        .is_some_and(|d| d.meds().any(|m| m.is_methadone_family()));
    let gap = (e.first_day - prev.last_day).num_days();
    let sev = if same_day {
        Severity::Critical
    } else if gap == 1 {
        Severity::Warning
    } else {
        return;
    };
    let f = cx.report(
        &SWI002,
        sev,
        tr!(
            cx.lang,
            if same_day {
                "swi002-message-same-day"
            } else {
                "swi002-message-next-day"
            },
            med = cx.lang.medication(e.med),
            date = cx.lang.date(e.first_day),
            prev = cx.lang.medication(prev.med),
            last = cx.lang.mg(prev.last_daily_mg),
            last_day = cx.lang.date(prev.last_day)
        ),
        Ev::new()
            .date("first_dose", e.first_day)
            .date(
                "last_full_agonist_dose",
                if same_day { e.first_day } else { prev.last_day },
            )
            .str("from", prev.med.as_str())
            .int("days_between", if same_day { 0 } else { gap }),
        tr!(cx.lang, "swi002-suggestion"),
    );
    out.push(cx.audit(f, &[e.first_day]));
}

declare_rule! {
    /// SWI003 `depot-conversion-mismatch`.
    pub static SWI003 = Rule {
        name: "depot-conversion-mismatch",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "NHS-BORDERS; local default (gaps)",
        summary: "the first depot injection does not match the band for the last sublingual dose",
        why: "Under-dosing leaves withdrawal and top-up use; over-dosing sedates. The conversion bands are the manufacturer's.",
        example: "sublingual 16 mg, then monthly 160 mg (96 mg matches)",
        not_when: "injections that match their band, and depot starts without a sublingual dose in the switch window",
        params: &["swi003", "general.switch_window_days", "general.history_lookback_days"],
    }
}

fn swi003(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let Some(inj) = cx
        .facts
        .day(e.first_day)
        .and_then(|d| d.injection)
        .map(|i| &cx.case.injections[i])
    else {
        return;
    };
    let d = prev.last_daily_mg;
    let band = cx.s.swi003.band_for(d);
    let expected = band.and_then(|b| match inj.product {
        crate::case::DepotProduct::Weekly => b.weekly_mg,
        crate::case::DepotProduct::Monthly => b.monthly_mg,
    });
    if expected.is_some_and(|x| (x - inj.mg).abs() < EPS) {
        return;
    }
    let product = inj.product.as_str();
    let want = match expected {
        Some(x) => tr!(
            cx.lang,
            "swi003-matches",
            dose = cx.lang.mg(x),
            product = product
        ),
        None => tr!(cx.lang, "swi003-none-matches", product = product),
    };
    out.push(
        cx.report(
            &SWI003,
            Severity::Warning,
            tr!(
                cx.lang,
                "swi003-message",
                dose = cx.lang.mg(inj.mg),
                product = product,
                date = cx.lang.date(inj.date),
                sublingual = cx.lang.mg(d),
                want = want
            ),
            Ev::new()
                .date("first_injection", inj.date)
                .mg("injection_mg", inj.mg)
                .str("product", inj.product.as_str())
                .mg("last_sublingual_mg", d)
                .opt_mg("expected_mg", expected)
                .str("limit_source", SWI003.source.to_string()),
            tr!(cx.lang, "swi003-suggestion"),
        ),
    );
}

declare_rule! {
    /// SWI004 `levomethadone-conversion-unsafe`.
    pub static SWI004 = Rule {
        name: "levomethadone-conversion-unsafe",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "RELIS-LEVO; SE-LEVO",
        summary: "methadone → levomethadone with a levomethadone dose in days 1-14 above half the last methadone dose (or levomethadone → methadone above twice)",
        why: "Levomethadone is about twice as potent per mg; a 1:1 switch is a double dose.",
        example: "methadone 100 mg, then levomethadone 60 mg (at most 50 mg)",
        not_when: "doses within the ratio, and after day 14",
        params: &["swi004", "general.early_phase_days", "general.switch_window_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_SWITCH),
    }
}

declare_rule! {
    /// SWI005 `morphine-conversion-unsafe`.
    pub static SWI005 = Rule {
        name: "morphine-conversion-unsafe",
        max_severity: Severity::Critical,
        grades: "critical; a past event older than 7 days: warning",
        source: "DE-SUBSTITOL",
        summary: "methadone → slow-release morphine with a morphine dose in days 1-14 above 8 × the last methadone dose",
        why: "The Substitol SmPC never goes above 1:8; higher ratios overdose.",
        example: "methadone 60 mg, then morphine 600 mg (at most 480 mg)",
        not_when: "doses within the ratio",
        params: &["swi005", "general.early_phase_days", "general.switch_window_days", "general.history_lookback_days", "general.recent_event_days"],
        counter: Counter::Words(CHECK_THE_SWITCH),
    }
}

/// SWI004 (methadone ↔ levomethadone) and SWI005 (methadone → morphine).
fn ratio_rules(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let (rule, max, ratio_txt, key) = match (prev.med, e.med) {
        (Medication::Methadone, Medication::Levomethadone) => (
            &SWI004,
            prev.last_daily_mg / cx.s.swi004.ratio,
            tr!(
                cx.lang,
                "swi-ratio-half",
                ratio = cx.lang.mg(cx.s.swi004.ratio)
            ),
            "swi004.ratio",
        ),
        (Medication::Levomethadone, Medication::Methadone) => (
            &SWI004,
            prev.last_daily_mg * cx.s.swi004.ratio,
            tr!(
                cx.lang,
                "swi-ratio-times",
                ratio = cx.lang.mg(cx.s.swi004.ratio)
            ),
            "swi004.ratio",
        ),
        (Medication::Methadone, m) if m.is_morphine() => (
            &SWI005,
            prev.last_daily_mg * cx.s.swi005.ratio,
            tr!(
                cx.lang,
                "swi-ratio-times",
                ratio = cx.lang.mg(cx.s.swi005.ratio)
            ),
            "swi005.ratio",
        ),
        _ => return,
    };
    let Some(start) = e.start else { return };
    let early = cx.s.general.early_phase_days;
    let mut over: Vec<(chrono::NaiveDate, f64)> = Vec::new();
    for k in 0..early {
        let d = start + Duration::days(k);
        if d > e.last_day {
            break;
        }
        if let Some(x) = cx.facts.day(d).and_then(|day| day.dose_of(e.med))
            && x.daily_mg > max + EPS
        {
            over.push((d, x.daily_mg));
        }
    }
    let Some(&(first, worst_first)) = over.first() else {
        return;
    };
    let worst = over.iter().map(|x| x.1).fold(worst_first, f64::max);
    let dates: Vec<_> = over.iter().map(|x| x.0).collect();
    let f = cx.report_with_source(
        rule,
        Severity::Critical,
        tr!(
            cx.lang,
            "swi-ratio-message",
            prev = cx.lang.medication(prev.med),
            med = cx.lang.medication(e.med),
            worst = cx.lang.mg(worst),
            date = cx.lang.date(first),
            ratio = ratio_txt,
            last = cx.lang.mg(prev.last_daily_mg),
            max = cx.lang.mg(max),
            more = if over.len() > 1 {
                tr!(cx.lang, "swi-ratio-days-above", days = over.len() as i64)
            } else {
                String::new()
            }
        ),
        Ev::new()
            .date("switch_start", e.first_day)
            .dates("days_above", &dates)
            .str("from", prev.med.as_str())
            .str("to", e.med.as_str())
            .mg("last_previous_mg", prev.last_daily_mg)
            .mg("highest_mg", worst)
            .mg("max_mg", max)
            .str("limit_source", cx.src(key)),
        cx.src(key),
        tr!(
            cx.lang,
            "swi-ratio-suggestion",
            max = cx.lang.mg(max),
            med = cx.lang.medication(e.med),
            early = early
        ),
    );
    out.push(cx.audit(f, &dates));
}

declare_rule! {
    /// SWI006 `methadone-start-high-after-buprenorphine`.
    pub static SWI006 = Rule {
        name: "methadone-start-high-after-buprenorphine",
        max_severity: Severity::Warning,
        grades: "warning",
        source: "N10-V11",
        summary: "the first methadone dose after buprenorphine is above the limit",
        why: "Buprenorphine tolerance does not transfer mg for mg; the national procedure starts methadone low.",
        example: "buprenorphine 16 mg, then methadone 50 mg (limit 40 mg)",
        not_when: "first doses at or below the limit",
        params: &["swi006", "general.switch_window_days", "general.history_lookback_days"],
    }
}

fn swi006(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let Some(first) = first_mg(cx, e) else { return };
    let limit = cx.s.swi006.limit_mg;
    if first <= limit + EPS {
        return;
    }
    out.push(
        cx.report_with_source(
            &SWI006,
            Severity::Warning,
            tr!(
                cx.lang,
                "swi006-message",
                dose = cx.lang.mg(first),
                date = cx.lang.date(e.first_day),
                prev = cx.lang.medication(prev.med),
                limit = cx.lang.mg(limit)
            ),
            Ev::new()
                .date("first_dose", e.first_day)
                .mg("first_dose_mg", first)
                .str("from", prev.med.as_str())
                .mg("limit_mg", limit)
                .str("limit_source", cx.src("swi006.limit_mg")),
            cx.src("swi006.limit_mg"),
            tr!(cx.lang, "swi006-suggestion", limit = cx.lang.mg(limit)),
        ),
    );
}

declare_rule! {
    /// SWI008 `micro-induction`.
    pub static SWI008 = Rule {
        name: "micro-induction",
        max_severity: Severity::Info,
        grades: "info",
        source: "N22-SKIFTE; HAMMIG; JABFM; local default (threshold)",
        summary: "a buprenorphine-family switch episode whose first dose is at most 1 mg and taken on a day with a full-agonist dose: a planned micro-induction",
        why: "Micro-induction overlaps the full agonist deliberately; SWI001 and SWI002 would be false alarms.",
        example: "methadone 60 mg continued while buprenorphine starts at 0.5 mg",
        not_when: "first doses above the threshold, or without a full agonist that day",
        params: &["swi008", "general.switch_window_days", "general.history_lookback_days"],
    }
}

fn swi008(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    out.push(
        cx.report(
            &SWI008,
            Severity::Info,
            tr!(
                cx.lang,
                "swi008-message",
                med = cx.lang.medication(e.med),
                dose = first_mg(cx, e)
                    .map(|x| tr!(cx.lang, "swi008-dose", dose = cx.lang.mg(x)))
                    .unwrap_or_default(),
                date = cx.lang.date(e.first_day),
                prev = cx.lang.medication(prev.med)
            ),
            Ev::new()
                .date("first_dose", e.first_day)
                .opt_mg("first_dose_mg", first_mg(cx, e))
                .str("full_agonist", prev.med.as_str())
                .mg("max_first_dose_mg", cx.s.swi008.max_first_dose_mg)
                .str("limit_source", cx.src("swi008.max_first_dose_mg")),
            tr!(cx.lang, "swi008-suggestion"),
        ),
    );
}
