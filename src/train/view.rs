//! The case as a trainee meets it: the patient, the LAR medication, the
//! dose course (compact, missed and unrecorded days visible), screens,
//! prescriptions, events, the pickup regime, and the question. No findings.

use crate::case::Case;
use crate::commands::train::Exercise;
use crate::output::table::clean;
use chrono::NaiveDate;

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn days(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        format!("{from}")
    } else {
        format!("{from} – {to}")
    }
}

/// The exercise as text.
pub fn render(ex: &Exercise) -> String {
    let c = &ex.case;
    let mut s = format!(
        "Exercise: {} ({})\n  {}\n\n",
        clean(&ex.title()),
        clean(&ex.level()),
        clean(&ex.path)
    );
    s.push_str(&patient(c));
    s.push_str(&course(c, ex.report.as_of));
    s.push_str(&others(c));
    s.push_str(&format!("\nQuestion: {}\n", clean(&ex.question())));
    s
}

fn patient(c: &Case) -> String {
    let p = &c.patient;
    let t = &c.treatment;
    let mut who = vec![clean(&p.id)];
    if let Some(sex) = &p.sex {
        who.push(name(sex));
    }
    if let Some(b) = p.born {
        who.push(format!("born {b}"));
    }
    if let Some(w) = p.pregnancy_week {
        who.push(format!("pregnant, week {w}"));
    }
    if p.children_in_home {
        who.push("children at home".into());
    }
    if p.safe_storage_recorded {
        who.push(if p.safe_storage {
            "safe storage at home".into()
        } else {
            "no safe storage at home".into()
        });
    }
    if p.work_or_education {
        who.push("in work or education".into());
    }
    let mut s = format!("Patient     {}\n", who.join(", "));
    let product = t
        .medication_product
        .as_ref()
        .map(|p| format!(" ({})", clean(p)))
        .unwrap_or_default();
    let mut med = format!("{}{product}, {}", name(&t.medication), name(&t.setting));
    if let Some(d) = t.started_lar {
        med.push_str(&format!(", in LAR since {d}"));
    }
    if let Some(d) = t.ended {
        med.push_str(&format!(", ended {d}"));
    }
    s.push_str(&format!("Medication  {med}\n"));
    s
}

fn course(c: &Case, as_of: NaiveDate) -> String {
    let mut s = format!("Today       {as_of}\n");
    if let Some(i) = &c.induction {
        let mut parts = Vec::new();
        if let Some(l) = &i.last_opioid {
            let (crate::case::LastOpioid::Short(n) | crate::case::LastOpioid::Long(n)) = l;
            parts.push(format!("last opioid {n}"));
        }
        if let Some(at) = i.last_opioid_at {
            parts.push(format!("taken {}", at.format("%Y-%m-%d %H:%M")));
        }
        if let Some(at) = i.first_dose_at {
            parts.push(format!("first dose {}", at.format("%Y-%m-%d %H:%M")));
        }
        if let Some(cows) = i.cows {
            parts.push(format!("COWS {cows}"));
        }
        s.push_str(&format!("Induction   {}\n", parts.join(", ")));
    }
    // Doses and missed runs in date order; a gap between them is unrecorded.
    let mut rows: Vec<(NaiveDate, NaiveDate, String)> = Vec::new();
    for d in &c.doses {
        let mut what = format!("{} mg {}", crate::verify::mg(d.mg), name(&d.medication));
        if d.every > 1 {
            what.push_str(&format!(" every {} days", d.every));
        }
        if !d.supervised {
            what.push_str(", unsupervised");
        }
        rows.push((d.from, d.to, what));
    }
    for m in &c.missed {
        let n = (m.to - m.from).num_days() + 1;
        let what = if m.planned {
            format!("no dose ({n} day{}, planned)", plural(n))
        } else {
            format!("MISSED ({n} day{})", plural(n))
        };
        rows.push((m.from, m.to, what));
    }
    for i in &c.injections {
        rows.push((
            i.date,
            i.date,
            format!(
                "{} mg depot ({})",
                crate::verify::mg(i.mg),
                name(&i.product)
            ),
        ));
    }
    rows.sort_by_key(|r| r.0);
    if !rows.is_empty() {
        s.push_str("Dose course\n");
    }
    let mut last: Option<NaiveDate> = None;
    for (from, to, what) in &rows {
        if let Some(l) = last
            && *from > l.succ_opt().unwrap_or(l)
        {
            let (a, b) = (l.succ_opt().unwrap_or(l), from.pred_opt().unwrap_or(*from));
            s.push_str(&format!("  {:<25} nothing recorded\n", days(a, b)));
        }
        s.push_str(&format!("  {:<25} {what}\n", days(*from, *to)));
        last = Some(last.map_or(*to, |l| l.max(*to)));
    }
    if let Some(l) = last
        && l.succ_opt().is_some_and(|n| n < as_of)
    {
        let a = l.succ_opt().unwrap_or(l);
        let b = as_of.pred_opt().unwrap_or(as_of);
        s.push_str(&format!("  {:<25} nothing recorded\n", days(a, b)));
    }
    for p in &c.plan {
        s.push_str(&format!(
            "  plan {:<20} {} mg {}\n",
            days(p.from, p.to),
            crate::verify::mg(p.mg),
            name(&p.medication)
        ));
    }
    s
}

fn plural(n: i64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn others(c: &Case) -> String {
    let mut s = String::new();
    if !c.screens.is_empty() {
        s.push_str("Screens\n");
    }
    for x in &c.screens {
        let mut what = format!("{} {}", name(&x.sample), name(&x.status));
        if x.observed {
            what.push_str(", observed");
        }
        if let Some(cr) = x.creatinine_mmol_l {
            what.push_str(&format!(", creatinine {cr} mmol/L"));
        }
        if x.positive.is_empty() {
            what.push_str(", nothing positive");
        } else {
            what.push_str(&format!(", positive: {}", clean(&x.positive.join(", "))));
        }
        s.push_str(&format!("  {:<25} {what}\n", x.date));
    }
    if !c.prescriptions.is_empty() {
        s.push_str("Prescriptions\n");
    }
    for p in &c.prescriptions {
        let mut what = clean(&p.drug);
        if let Some(mg) = p.daily_mg {
            what.push_str(&format!(" {} mg a day", crate::verify::mg(mg)));
        }
        if let Some(ug) = p.patch_ug_per_hour {
            what.push_str(&format!(" {} µg/h patch", crate::verify::mg(ug)));
        }
        if p.approved_by_tsb {
            what.push_str(", approved by TSB");
        }
        let when = match (p.from, p.to) {
            (Some(f), Some(t)) => days(f, t),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("until {t}"),
            (None, None) => String::new(),
        };
        s.push_str(&format!("  {when:<25} {what}\n"));
    }
    for e in &c.ecg {
        s.push_str(&format!("ECG         {}: QTc {} ms\n", e.date, e.qtc_ms));
    }
    for e in &c.events {
        s.push_str(&format!("Event       {}: {}\n", e.date, name(&e.kind)));
    }
    if let Some(p) = &c.pickup {
        s.push_str(&format!(
            "Pickup      {} supervised intakes a week, at most {} take-home doses at a time\n",
            p.supervised_per_week, p.take_home_days
        ));
    }
    if let Some(m) = &c.mastery {
        s.push_str(&format!(
            "Mastery     assessed {} on {}\n",
            name(&m.assessment),
            m.assessed
        ));
    }
    s.push_str(&format!(
        "Naloxone    {}\n",
        match c.naloxone_kit {
            Some(true) => "take-home kit given",
            Some(false) => "no take-home kit",
            None => "not documented",
        }
    ));
    for a in &c.acknowledged {
        s.push_str(&format!(
            "Reviewed    {} until {}: {}\n",
            a.code,
            a.until,
            clean(&a.reason)
        ));
    }
    s
}
