//! SCR: drug screens in the window `as_of − 28` … `as_of`, each judged on
//! its own date.

use super::{Cx, Ev};
use crate::case::ScreenStatus;
use crate::config::Severity;
use crate::reading::{Group, Reading};
use crate::report::Finding;
use serde_json::Value;

fn src(code: &str) -> String {
    super::registry::find(code)
        .map(|r| r.source.to_string())
        .unwrap_or_default()
}

fn ev(r: &Reading) -> Ev {
    Ev::new()
        .date("screen_date", r.date)
        .val("positive", Value::from(r.positive.clone()))
        .str("status", if r.dilute { "dilute" } else { status(r.status) })
}

fn status(s: ScreenStatus) -> &'static str {
    match s {
        ScreenStatus::Valid => "valid",
        ScreenStatus::Missed => "missed",
        ScreenStatus::Refused => "refused",
        ScreenStatus::Dilute => "dilute",
        ScreenStatus::Adulterated => "adulterated",
    }
}

/// Runs the SCR rules.
pub fn check(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let window = cx.s.screens.window_days;
    for r in cx.recent_readings(window) {
        let opioids = r.unexplained_in(Group::Opioid);
        if !opioids.is_empty() {
            let heroin = if opioids.contains(&"6-mam") {
                " (6-mam: heroin)"
            } else {
                ""
            };
            out.push(cx.finding(
                "SCR001",
                Severity::Warning,
                format!("screen {} positive for {}{heroin}, which nothing prescribed explains", r.date, opioids.join(", ")),
                ev(r).val("unexplained", Value::from(opioids.iter().map(|s| s.to_string()).collect::<Vec<_>>())),
                src("SCR001"),
                "talk with the patient about use; check that the dose is in the effective range, review the pickup regime, and give take-home naloxone".to_string(),
            ));
        }
        if r.agonist_absent || r.spiking {
            let meds: Vec<&str> = r.lar_meds.iter().map(|m| m.as_str()).collect();
            let msg = if r.agonist_absent {
                format!(
                    "screen {} tested for {} and found none of its substances: possible non-adherence or diversion",
                    r.date,
                    meds.join("/")
                )
            } else {
                format!(
                    "screen {} positive for buprenorphine without norbuprenorphine: possible spiking of the sample",
                    r.date
                )
            };
            out.push(cx.finding(
                "SCR002",
                Severity::Warning,
                msg,
                ev(r).val("lar_medications", Value::from(meds.iter().map(|s| s.to_string()).collect::<Vec<_>>())).str("spiking", if r.spiking { "yes" } else { "no" }),
                src("SCR002"),
                "repeat the test with observed collection; review supervised intake and take-home doses".to_string(),
            ));
        }
        let sed: Vec<&str> = r
            .unexplained
            .iter()
            .map(String::as_str)
            .filter(|s| {
                matches!(
                    crate::reading::group(s),
                    Group::Benzo | Group::Gabapentinoid | Group::Sedative
                )
            })
            .collect();
        if !sed.is_empty() {
            out.push(cx.finding(
                "SCR003",
                Severity::Warning,
                format!("screen {} positive for {}, which no prescription explains", r.date, sed.join(", ")),
                ev(r).val("unexplained", Value::from(sed.iter().map(|s| s.to_string()).collect::<Vec<_>>())),
                src("SCR003"),
                "sedatives with opioids cause most overdose deaths: talk with the patient, supervise intake, and give naloxone; do not stop or reduce the LAR medication because of this".to_string(),
            ));
        }
        let stim = r.unexplained_in(Group::Stimulant);
        if !stim.is_empty() {
            out.push(cx.finding(
                "SCR004",
                Severity::Info,
                format!(
                    "screen {} positive for {}, which no prescription explains",
                    r.date,
                    stim.join(", ")
                ),
                ev(r).val(
                    "unexplained",
                    Value::from(stim.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
                ),
                src("SCR004"),
                "talk with the patient about stimulant use".to_string(),
            ));
        }
        if r.has_results && r.positive.iter().any(|p| p == "alcohol") {
            out.push(cx.finding(
                "SCR005",
                Severity::Warning,
                format!("screen {} positive for alcohol (EtG/EtS)", r.date),
                ev(r),
                src("SCR005"),
                "alcohol adds respiratory depression: talk with the patient; consider not dosing while intoxicated".to_string(),
            ));
        }
        if matches!(r.status, ScreenStatus::Missed | ScreenStatus::Refused) {
            out.push(cx.finding(
                "SCR006",
                Severity::Warning,
                format!("screen {} {}: no sample was given", r.date, status(r.status)),
                ev(r),
                src("SCR006"),
                "talk with the patient; a sample not given counts as a concern for drug mastery".to_string(),
            ));
        }
        if r.dilute || r.status == ScreenStatus::Adulterated {
            let sc = cx.screen(r);
            let why = match (r.status, sc.creatinine_mmol_l) {
                (ScreenStatus::Adulterated, _) => "adulterated".to_string(),
                (_, Some(c)) if r.low_creatinine => format!(
                    "dilute (creatinine {c} mmol/L, below {} mmol/L)",
                    cx.s.screens.creatinine_cutoff_mmol_l
                ),
                _ => "dilute".to_string(),
            };
            out.push(
                cx.finding(
                    "SCR007",
                    Severity::Warning,
                    format!("screen {} {why}: its negatives prove nothing", r.date),
                    ev(r)
                        .val(
                            "creatinine_mmol_l",
                            sc.creatinine_mmol_l.map_or(Value::Null, Value::from),
                        )
                        .num(
                            "creatinine_cutoff_mmol_l",
                            cx.s.screens.creatinine_cutoff_mmol_l,
                        )
                        .str("limit_source", cx.src("screens.creatinine_cutoff_mmol_l")),
                    cx.src("screens.creatinine_cutoff_mmol_l"),
                    "repeat the sample with observed collection, early in the day".to_string(),
                ),
            );
        }
        for (drug, subs) in &r.prescribed_absent {
            out.push(
                cx.finding(
                    "SCR008",
                    Severity::Info,
                    format!(
                        "screen {} tested for {} and found none, though {drug} is prescribed",
                        r.date,
                        subs.join("/")
                    ),
                    ev(r)
                        .str("drug", drug.clone())
                        .val("tested_negative", Value::from(subs.clone())),
                    src("SCR008"),
                    "ask whether the patient takes the drug; it may be passed on to others"
                        .to_string(),
                ),
            );
        }
    }
}
