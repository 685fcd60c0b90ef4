//! SWI: switching medication. Only the first episode after another
//! medication is judged, and only when that medication was taken in the
//! switch window before it (the facts mark such episodes as switches).

use super::{Cx, Ev};
use crate::case::{Medication, Setting};
use crate::config::Severity;
use crate::facts::{Episode, EpisodeKind, Previous};
use crate::report::{Finding, mg};
use chrono::Duration;

const EPS: f64 = 1e-9;

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
            out.push(cx.finding(
                "SWI007",
                Severity::Info,
                format!("{} → {} switch on {} as an outpatient; inpatient switching is the main rule", prev.med, e.med, e.first_day),
                Ev::new().date("date", e.first_day).str("from", prev.med.as_str()).str("to", e.med.as_str()).str("setting", "outpatient"),
                src("SWI007"),
                "if the switch stays outpatient: daily supervised intake, a named contact, and observation after the first doses".to_string(),
            ));
        }
    }
}

fn src(code: &str) -> String {
    super::registry::find(code)
        .map(|r| r.source.to_string())
        .unwrap_or_default()
}

fn first_mg(cx: &Cx<'_>, e: &Episode) -> Option<f64> {
    let day = cx.facts.day(e.first_day)?;
    if e.med.is_depot() {
        return day.injection.map(|i| cx.case.injections[i].mg);
    }
    day.dose_of(e.med).map(|d| d.daily_mg)
}

fn swi001(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let g = prev.med.group();
    let Some(limit) = cx.s.swi001.limit_mg.get(g) else {
        return;
    };
    if prev.last_daily_mg <= limit + EPS {
        return;
    }
    let f = cx.finding(
        "SWI001",
        Severity::Critical,
        format!(
            "{} started {} after {} {} mg (last dose before the switch {}); reduce to at most {} mg first",
            e.med,
            e.first_day,
            prev.med,
            mg(prev.last_daily_mg),
            prev.last_day,
            mg(limit)
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
            "the switch has started: assess for precipitated withdrawal (COWS) before the next dose and treat it".to_string()
        } else {
            format!(
                "taper {} to {} mg or less before the switch, or plan a micro-induction; risk of severe precipitated withdrawal",
                prev.med,
                mg(limit)
            )
        },
    );
    out.push(cx.audit(f, &[e.first_day]));
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
    let f = cx.finding(
        "SWI002",
        sev,
        if same_day {
            format!(
                "{} started {} on a day {} was also given (last dose before the switch {} mg), with no zero day",
                e.med,
                e.first_day,
                prev.med,
                mg(prev.last_daily_mg)
            )
        } else {
            format!(
                "{} started {} the day after the last {} dose ({} mg on {}), with no zero day",
                e.med,
                e.first_day,
                prev.med,
                mg(prev.last_daily_mg),
                prev.last_day
            )
        },
        Ev::new()
            .date("first_dose", e.first_day)
            .date("last_full_agonist_dose", if same_day { e.first_day } else { prev.last_day })
            .str("from", prev.med.as_str())
            .int("days_between", if same_day { 0 } else { gap }),
        src("SWI002"),
        "leave at least 24 h (the national tables use one zero day) and start when withdrawal is objective".to_string(),
    );
    out.push(cx.audit(f, &[e.first_day]));
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
    let want = match expected {
        Some(x) => format!("{} mg {} matches", mg(x), inj.product.as_str()),
        None => format!("no {} product matches", inj.product.as_str()),
    };
    out.push(cx.finding(
        "SWI003",
        Severity::Warning,
        format!(
            "first depot injection {} mg {} on {} after sublingual {} mg; {want}",
            mg(inj.mg),
            inj.product.as_str(),
            inj.date,
            mg(d)
        ),
        Ev::new()
            .date("first_injection", inj.date)
            .mg("injection_mg", inj.mg)
            .str("product", inj.product.as_str())
            .mg("last_sublingual_mg", d)
            .opt_mg("expected_mg", expected)
            .str("limit_source", cx.rule_src("SWI003")),
        cx.rule_src("SWI003"),
        "check the conversion table (weekly 8/16/24/32 mg, monthly 64-160 mg by the sublingual dose)".to_string(),
    ));
}

/// SWI004 (methadone ↔ levomethadone) and SWI005 (methadone → morphine).
fn ratio_rules(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let (code, max, ratio_txt, key) = match (prev.med, e.med) {
        (Medication::Methadone, Medication::Levomethadone) => (
            "SWI004",
            prev.last_daily_mg / cx.s.swi004.ratio,
            format!("half ({}:1)", mg(cx.s.swi004.ratio)),
            "swi004.ratio",
        ),
        (Medication::Levomethadone, Medication::Methadone) => (
            "SWI004",
            prev.last_daily_mg * cx.s.swi004.ratio,
            format!("{} times", mg(cx.s.swi004.ratio)),
            "swi004.ratio",
        ),
        (Medication::Methadone, m) if m.is_morphine() => (
            "SWI005",
            prev.last_daily_mg * cx.s.swi005.ratio,
            format!("{} times", mg(cx.s.swi005.ratio)),
            "swi005.ratio",
        ),
        _ => return,
    };
    let Some(start) = e.start else { return };
    let early = cx.s.general.early_phase_days;
    let early_days = crate::words::days(early);
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
    let f = cx.finding(
        code,
        Severity::Critical,
        format!(
            "{} → {}: {} mg on {} is above {ratio_txt} the last {} dose of {} mg (at most {} mg){}",
            prev.med,
            e.med,
            mg(worst),
            first,
            prev.med,
            mg(prev.last_daily_mg),
            mg(max),
            if over.len() > 1 {
                format!("; {} days above", over.len())
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
        format!(
            "give at most {} mg {} in the first {early_days} and titrate from there",
            mg(max),
            e.med
        ),
    );
    out.push(cx.audit(f, &dates));
}

fn swi006(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    let Some(first) = first_mg(cx, e) else { return };
    let limit = cx.s.swi006.limit_mg;
    if first <= limit + EPS {
        return;
    }
    out.push(
        cx.finding(
            "SWI006",
            Severity::Warning,
            format!(
                "methadone started at {} mg on {} after {}; the limit is {} mg",
                mg(first),
                e.first_day,
                prev.med,
                mg(limit)
            ),
            Ev::new()
                .date("first_dose", e.first_day)
                .mg("first_dose_mg", first)
                .str("from", prev.med.as_str())
                .mg("limit_mg", limit)
                .str("limit_source", cx.src("swi006.limit_mg")),
            cx.src("swi006.limit_mg"),
            format!(
                "start methadone at most {} mg and observe 2 h after intake in the first week",
                mg(limit)
            ),
        ),
    );
}

fn swi008(cx: &Cx<'_>, e: &Episode, prev: Previous, out: &mut Vec<Finding>) {
    out.push(
        cx.finding(
            "SWI008",
            Severity::Info,
            format!(
                "micro-induction: {}{} started {} alongside {}",
                e.med,
                first_mg(cx, e)
                    .map(|x| format!(" {} mg", mg(x)))
                    .unwrap_or_default(),
                e.first_day,
                prev.med
            ),
            Ev::new()
                .date("first_dose", e.first_day)
                .opt_mg("first_dose_mg", first_mg(cx, e))
                .str("full_agonist", prev.med.as_str())
                .mg("max_first_dose_mg", cx.s.swi008.max_first_dose_mg)
                .str("limit_source", cx.src("swi008.max_first_dose_mg")),
            src("SWI008"),
            "keep the full agonist stable during the overlap and raise buprenorphine step by step"
                .to_string(),
        ),
    );
}
