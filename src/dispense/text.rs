//! The dispensing plan as plain text: the first line says patient, drug,
//! period and regime (what the pharmacy reads first), then any day the plan
//! cannot arrange, then one row per day, the totals and the review date.
//! The words are shared with the HTML page ([`super::html`]).

use super::{Admin, Calendar, Conflict, DoseSource, Given, HandedOut, Note, PlanDay, Slot};
use crate::i18n::Lang;
use crate::tr;
use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

/// A weekday, short: `Sun`, `søn`.
pub fn weekday_short(d: super::Day, lang: Lang) -> String {
    tr!(lang, &format!("plan-wd-{}", &d.as_str()[..3]))
}

/// A weekday in full: `Sunday`, `søndag`.
pub fn weekday(d: super::Day, lang: Lang) -> String {
    tr!(lang, &format!("plan-day-{}", d.as_str()))
}

/// A date with its weekday: `Sun 2026-11-22`.
pub fn dated(d: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {}",
        weekday_short(super::Day::of(d), lang),
        lang.date(d)
    )
}

/// The medication as the title names it: the product beside the medication.
pub fn medication(c: &Calendar, lang: Lang) -> String {
    match &c.medication_product {
        Some(p) => format!("{} ({p})", lang.medication(c.medication)),
        None => lang.medication(c.medication),
    }
}

/// The first line: patient, drug, period, regime.
pub fn title(c: &Calendar, lang: Lang) -> String {
    tr!(
        lang,
        "plan-title",
        id = c.id.clone(),
        medication = medication(c, lang),
        from = lang.date(c.from),
        to = lang.date(c.to),
        weeks = c.weeks,
        regime = c.regime.words.clone()
    )
}

/// Where the regime comes from and the review date.
pub fn regime_line(c: &Calendar, lang: Lang) -> String {
    if let Some(p) = &c.regime.proposed_words {
        return tr!(
            lang,
            "plan-regime-relax",
            proposed = p.clone(),
            review = lang.date(c.review_by)
        );
    }
    use crate::report::PickupChange as C;
    let id = match (c.regime.basis, c.regime.change) {
        (super::RegimeBasis::Depot, _) => "plan-regime-depot",
        (_, C::Tighten) => "plan-regime-tighten",
        (_, C::Hold) => "plan-regime-hold",
        (super::RegimeBasis::Current, _) => "plan-regime-keep",
        _ => "plan-regime-unknown",
    };
    tr!(lang, id, review = lang.date(c.review_by))
}

/// The check's criticals, headed `BEFORE THE NEXT DOSE OR PICKUP`, one
/// line each with its code.
pub fn counter_block(c: &Calendar, lang: Lang) -> Vec<String> {
    if c.before_next_dose.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![tr!(lang, "before-next-dose")];
    lines.extend(
        c.before_next_dose
            .iter()
            .map(|l| format!("▶ {}  [{}]", l.action, l.code)),
    );
    lines
}

/// The block that comes before everything else when a dose is not
/// arranged: which days, why, what to do.
pub fn contact_block(c: &Calendar, lang: Lang) -> Option<String> {
    if c.contact_prescriber.is_empty() {
        return None;
    }
    let dates: Vec<String> = c
        .contact_prescriber
        .iter()
        .map(|d| dated(*d, lang))
        .collect();
    let injection = c.days.iter().flat_map(|d| &d.doses).any(|a| {
        a.given
            == (Given::ContactPrescriber {
                reason: Conflict::InjectionClosed,
            })
    });
    Some(tr!(
        lang,
        if injection {
            "plan-contact-injection"
        } else {
            "plan-contact"
        },
        count = c.contact_prescriber.len(),
        dates = dates.join(", "),
        closed = closed_words(c, lang),
        regime = c.regime.words.clone()
    ))
}

/// `Pharmacy closed: Sunday.` or `Pharmacy open every day.`
pub fn closed_line(c: &Calendar, lang: Lang) -> String {
    if c.closed.is_empty() {
        tr!(lang, "plan-open-every-day")
    } else {
        tr!(lang, "plan-closed", days = closed_words(c, lang))
    }
}

/// The closed days in words: `Saturday and Sunday`.
pub fn closed_words(c: &Calendar, lang: Lang) -> String {
    let names: Vec<String> = c.closed.iter().map(|d| weekday(*d, lang)).collect();
    if names.is_empty() {
        tr!(lang, "plan-closed-none")
    } else {
        lang.and(&names)
    }
}

/// One administration's amount: `80 mg`, `morning 60 mg`, `injection 128 mg`.
pub fn amount(a: &Admin, lang: Lang) -> String {
    let mg = tr!(lang, "plan-mg", mg = lang.mg(a.mg));
    match a.slot {
        Slot::Once => mg,
        Slot::Morning => tr!(lang, "plan-morning", mg = mg),
        Slot::Evening => tr!(lang, "plan-evening", mg = mg),
        Slot::Injection => tr!(lang, "plan-injection", mg = mg),
    }
}

/// The day's dose: `80 mg`, `morning 60 mg + evening 60 mg`, or why there
/// is none.
pub fn dose_cell(d: &PlanDay, lang: Lang) -> String {
    if d.doses.is_empty() {
        return tr!(
            lang,
            match d.source {
                DoseSource::OffDay => "plan-none-off-day",
                DoseSource::Ended => "plan-none-ended",
                DoseSource::Depot => "plan-none-depot",
                _ => "plan-none-planned",
            }
        );
    }
    let parts: Vec<String> = d.doses.iter().map(|a| amount(a, lang)).collect();
    parts.join(" + ")
}

/// How one administration of the day `date` is given, in a few words.
pub fn given_words(a: &Admin, date: NaiveDate, lang: Lang) -> String {
    match a.given {
        Given::Supervised => tr!(lang, "plan-supervised"),
        Given::TakeHome { pickup } if pickup == date => tr!(lang, "plan-take-home-today"),
        Given::TakeHome { pickup } => tr!(lang, "plan-take-home", pickup = dated(pickup, lang)),
        Given::Injection => tr!(lang, "plan-given-injection"),
        Given::ContactPrescriber { .. } => tr!(lang, "plan-not-arranged"),
    }
}

/// The day's intake: `supervised`, `take-home (from Fri 2026-11-20)`,
/// `morning supervised, evening take-home (...)`.
pub fn intake_cell(d: &PlanDay, lang: Lang) -> String {
    let same = d.doses.windows(2).all(|w| w[0].given == w[1].given);
    match d.doses.as_slice() {
        [] => String::new(),
        [a, ..] if same => given_words(a, d.date, lang),
        all => all
            .iter()
            .map(|a| match a.slot {
                Slot::Morning => tr!(lang, "plan-morning", mg = given_words(a, d.date, lang)),
                Slot::Evening => tr!(lang, "plan-evening", mg = given_words(a, d.date, lang)),
                _ => given_words(a, d.date, lang),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A take-home dose as its pickup lists it: `Sat 80 mg`, `evening 60 mg`
/// (the same day's).
pub fn handed_out(h: &HandedOut, pickup: NaiveDate, lang: Lang) -> String {
    let a = Admin {
        medication: h.medication,
        slot: h.slot,
        mg: h.mg,
        given: Given::Supervised,
    };
    if h.date == pickup {
        amount(&a, lang)
    } else {
        format!(
            "{} {}",
            weekday_short(super::Day::of(h.date), lang),
            amount(&a, lang)
        )
    }
}

/// What a pickup hands out, listed: `Sat 80 mg, Sun 80 mg`.
pub fn hands_out_cell(list: &[HandedOut], pickup: NaiveDate, lang: Lang) -> String {
    list.iter()
        .map(|h| handed_out(h, pickup, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The notes and the sums, one sentence each.
pub fn footer(c: &Calendar, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(e) = &c.early_pickup {
        lines.push(tr!(
            lang,
            "plan-early-pickup",
            date = dated(e.date, lang),
            doses = hands_out_cell(&e.hands_out, e.date, lang)
        ));
    }
    for n in &c.notes {
        lines.push(tr!(
            lang,
            match n {
                Note::EveningDoseHome => "plan-note-evening",
                Note::StartsAtCounter => "plan-note-starts-at-counter",
                Note::InjectionOverdue => "plan-note-injection-overdue",
            }
        ));
    }
    if let Some(last) = c.days.iter().rev().find(|d| d.source == DoseSource::Plan) {
        if c.days.iter().any(|d| d.source == DoseSource::Continued) {
            lines.push(tr!(
                lang,
                "plan-note-continued",
                date = lang.date(last.date)
            ));
        }
    } else if c.days.iter().any(|d| d.source == DoseSource::CurrentDose) {
        lines.push(tr!(lang, "plan-note-current-dose"));
    }
    if c.days.iter().any(|d| d.source == DoseSource::NotPlanned) {
        lines.push(tr!(lang, "plan-note-not-planned"));
    }
    let t = &c.totals;
    let mut sum = tr!(
        lang,
        "plan-totals",
        planned = lang.mg(t.planned_mg),
        supervised = lang.mg(t.supervised_mg),
        intakes = t.supervised,
        take_home = lang.mg(t.take_home_mg),
        doses = t.take_home
    );
    if t.injected_mg > 0.0 {
        sum.push_str(&tr!(
            lang,
            "plan-totals-injected",
            mg = lang.mg(t.injected_mg)
        ));
    }
    if t.not_arranged > 0 {
        sum.push_str(&tr!(
            lang,
            "plan-totals-not-arranged",
            mg = lang.mg(t.not_arranged_mg),
            doses = t.not_arranged
        ));
    }
    lines.push(sum + ".");
    lines
}

/// The plan as text.
pub fn render(c: &Calendar, lang: Lang) -> String {
    let mut out = title(c, lang);
    out.push('\n');
    for l in counter_block(c, lang) {
        out.push_str(&l);
        out.push('\n');
    }
    if let Some(b) = contact_block(c, lang) {
        out.push_str(&b);
        out.push('\n');
    }
    out.push_str(&regime_line(c, lang));
    out.push('\n');
    out.push_str(&closed_line(c, lang));
    out.push_str("\n\n");
    let mut rows = vec![vec![
        tr!(lang, "plan-col-date"),
        tr!(lang, "plan-col-day"),
        tr!(lang, "plan-col-dose"),
        tr!(lang, "plan-col-intake"),
        tr!(lang, "plan-col-hand-out"),
    ]];
    for d in &c.days {
        let intake = if d.doses.is_empty() && d.closed {
            tr!(lang, "plan-closed-day")
        } else {
            intake_cell(d, lang)
        };
        rows.push(vec![
            lang.date(d.date),
            weekday_short(d.weekday, lang),
            dose_cell(d, lang),
            intake,
            hands_out_cell(&d.hands_out, d.date, lang),
        ]);
    }
    out.push_str(&columns(&rows));
    out.push('\n');
    for l in footer(c, lang) {
        out.push_str(&l);
        out.push('\n');
    }
    crate::output::printable::lines(&out)
}

/// Rows as columns two spaces apart (display width, so `lør` lines up).
fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..n)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
