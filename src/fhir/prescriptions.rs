//! `MedicationRequest` (a prescription) and `MedicationStatement` (what the
//! patient takes) of drugs other than the LAR medication →
//! `[[prescriptions]]`: the drug resolved through the catalogue, the daily
//! dose from `dosageInstruction` (dose × `timing.repeat.frequency` per
//! period, summed over the instructions) or a patch's µg/h, `from`/`to`
//! from the validity period. Those of the LAR medication give the start of
//! treatment ([`super::doses::Starts`]).

use super::Resource;
use super::doses::Starts;
use super::map::{Ctx, Dose, Note, Prescription, Reason, date, note, typed};
use super::medication::Named;
use super::model::{FullDosage, FullPeriod, Quantity, Request};

/// Reads one request or statement: a prescription, or nothing (the LAR
/// medication, or a note).
pub fn read(
    ctx: &Ctx<'_>,
    r: &Resource,
    starts: &mut Starts,
    notes: &mut Vec<Note>,
) -> Option<Prescription> {
    let q = typed::<Request>(r, notes)?;
    let status = q.status.as_deref().unwrap_or("");
    let named = match super::medication::of(ctx, r) {
        Ok(n) => n,
        Err(reason) => {
            notes.push(note(r, reason));
            return None;
        }
    };
    let period = period(&q);
    let from = date(period.and_then(|p| p.start.as_deref()));
    let to = date(period.and_then(|p| p.end.as_deref()));
    let written = date(
        q.authored_on
            .as_deref()
            .or(q.effective_date_time.as_deref()),
    );
    let (name, transdermal) = match named {
        Named::Lar(m) => {
            if r.kind == "MedicationStatement" {
                notes.push(note(r, Reason::LarStatement));
            } else if matches!(status, "entered-in-error" | "cancelled" | "draft") {
                notes.push(note(r, Reason::Status(status.to_owned())));
            } else {
                starts.request(from.or(written), m, r);
            }
            return None;
        }
        Named::Other { name, transdermal } => (name, transdermal),
    };
    let stopped = match status {
        "active" | "intended" => false,
        "completed" | "stopped" => true,
        other => {
            notes.push(note(r, Reason::Status(other.to_owned())));
            return None;
        }
    };
    if stopped && to.is_none() {
        notes.push(note(r, Reason::NoEnd));
        return None;
    }
    let from = match (from, written) {
        (Some(f), _) => Some(f),
        (None, Some(w)) => {
            notes.push(note(r, Reason::FromAuthored));
            Some(w)
        }
        (None, None) => None,
    };
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        notes.push(note(r, Reason::NoDate));
        return None;
    }
    let dosage = if q.dosage_instruction.is_empty() {
        &q.dosage
    } else {
        &q.dosage_instruction
    };
    let dose = daily(dosage, transdermal);
    if dose == Dose::Unknown {
        notes.push(note(r, Reason::DoseNotDerived));
    }
    let text = super::medication::concept(ctx, r)
        .ok()
        .and_then(|c| c.text)
        .map(|t| t.to_string());
    Some(Prescription {
        drug: name,
        text,
        dose,
        from,
        to,
        source: r.name(),
    })
}

/// The validity period (requests), else the dosage's bounds, else the
/// statement's effective period.
fn period<'q>(q: &'q Request<'_>) -> Option<&'q FullPeriod<'q>> {
    q.dispense_request
        .as_ref()
        .and_then(|d| d.validity_period.as_ref())
        .or_else(|| {
            q.dosage_instruction
                .iter()
                .chain(&q.dosage)
                .find_map(|d| d.timing.as_ref()?.repeat.as_ref()?.bounds_period.as_ref())
        })
        .or(q.effective_period.as_ref())
}

/// An amount in mg (mg, g, µg), or `None`.
fn in_mg(q: &Quantity) -> Option<f64> {
    let v = q.value.filter(|v| v.is_finite() && *v > 0.0)?;
    match q.unit()? {
        "mg" => Some(v),
        "g" => Some(v * 1000.0),
        "ug" | "µg" | "mcg" => Some(v / 1000.0),
        _ => None,
    }
}

/// A patch strength in µg/h, or `None`.
fn ug_per_hour(q: &Quantity) -> Option<f64> {
    let v = q.value.filter(|v| v.is_finite() && *v > 0.0)?;
    matches!(q.unit()?, "ug/h" | "µg/h" | "mcg/h" | "ug/hr" | "µg/time").then_some(v)
}

/// Doses a day of one instruction: frequency ÷ period in days (a list of
/// times or events of the day without a frequency: one dose each).
fn per_day(d: &FullDosage) -> Option<f64> {
    let repeat = d.timing.as_ref()?.repeat.as_ref()?;
    let count = match repeat.frequency {
        Some(f) => f,
        None if !repeat.time_of_day.is_empty() => repeat.time_of_day.len() as f64,
        None if !repeat.when.is_empty() => repeat.when.len() as f64,
        None => return None,
    };
    let period = repeat.period.unwrap_or(1.0);
    let days = match repeat.period_unit.as_deref().unwrap_or("d") {
        "h" => period / 24.0,
        "d" => period,
        "wk" => period * 7.0,
        _ => return None,
    };
    (count > 0.0 && days > 0.0).then(|| count / days)
}

/// The daily dose of the instructions (summed), or [`Dose::Unknown`].
pub fn daily(dosages: &[FullDosage], transdermal: bool) -> Dose {
    if dosages.is_empty() {
        return Dose::Unknown;
    }
    if transdermal {
        let rate = dosages
            .iter()
            .flat_map(|d| &d.dose_and_rate)
            .find_map(|x| x.rate_quantity.as_ref().or(x.dose_quantity.as_ref()))
            .and_then(ug_per_hour);
        return rate.map_or(Dose::Unknown, Dose::PatchUgPerHour);
    }
    let mut total = 0.0;
    for d in dosages {
        if d.as_needed_boolean == Some(true) {
            return Dose::Unknown;
        }
        let Some(one) = d
            .dose_and_rate
            .first()
            .and_then(|x| x.dose_quantity.as_ref())
            .and_then(in_mg)
        else {
            return Dose::Unknown;
        };
        let Some(n) = per_day(d) else {
            return Dose::Unknown;
        };
        total += one * n;
    }
    let total = (total * 1000.0).round() / 1000.0;
    if total > 0.0 {
        Dose::DailyMg(total)
    } else {
        Dose::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dosages(json: &str) -> Vec<FullDosage<'_>> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_daily_dose_is_dose_times_frequency_per_period_summed() {
        let d = dosages(
            r#"[{"timing":{"repeat":{"frequency":3,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":10,"code":"mg"}}]},
                {"timing":{"repeat":{"when":["HS"]}},"doseAndRate":[{"doseQuantity":{"value":0.5,"code":"g"}}]}]"#,
        );
        assert_eq!(daily(&d, false), Dose::DailyMg(530.0));
        let weekly = dosages(
            r#"[{"timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"wk"}},"doseAndRate":[{"doseQuantity":{"value":70,"code":"mg"}}]}]"#,
        );
        assert_eq!(daily(&weekly, false), Dose::DailyMg(10.0));
        let prn = dosages(
            r#"[{"asNeededBoolean":true,"doseAndRate":[{"doseQuantity":{"value":10,"code":"mg"}}]}]"#,
        );
        assert_eq!(daily(&prn, false), Dose::Unknown);
        let patch = dosages(
            r#"[{"timing":{"repeat":{"frequency":1,"period":72,"periodUnit":"h"}},"doseAndRate":[{"rateQuantity":{"value":25,"code":"ug/h"}}]}]"#,
        );
        assert_eq!(daily(&patch, true), Dose::PatchUgPerHour(25.0));
        assert_eq!(daily(&[], false), Dose::Unknown);
    }
}
