//! The table a doctor reads: a header line per case, the findings (severity
//! as a word, never only a colour), the restart advice, and a summary line.

use crate::config::Severity;
use crate::report::{CaseReport, CaseResult, ErrorReport, Summary, mg};
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use std::io::IsTerminal;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Use colour.
    pub color: bool,
    /// Table width.
    pub width: u16,
}

impl Style {
    /// Colour only on a terminal without `NO_COLOR`; the terminal's width or 100.
    pub fn detect() -> Style {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = if tty {
            comfy_table::Table::new()
                .width()
                .unwrap_or(100)
                .clamp(60, 160)
        } else {
            100
        };
        Style {
            color: tty && !no_color,
            width,
        }
    }

    /// No colour, 100 columns (tests).
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 100,
        }
    }
}

fn sev_cell(s: Severity, style: Style) -> Cell {
    let c = Cell::new(s.as_str().to_uppercase());
    if !style.color {
        return c;
    }
    match s {
        Severity::Critical => c.fg(Color::Red).add_attribute(Attribute::Bold),
        Severity::Warning => c.fg(Color::Yellow),
        Severity::Info => c.fg(Color::Cyan),
    }
}

/// Text from a case file, made safe for a terminal: control characters
/// (escape sequences, carriage returns, line breaks) become `�`, so a case
/// can never clear the screen or forge a line of the report.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

fn header(c: &CaseReport) -> String {
    let day = match c.episode_day {
        Some(d) => format!("{} day {d}", c.phase.as_str()),
        None => format!("{} (episode start unknown)", c.phase.as_str()),
    };
    let dose = match (&c.last_injection, c.current_dose_mg) {
        (Some(i), _) => format!(
            "last injection {} mg {} on {}",
            i["mg"].as_f64().map(mg).unwrap_or_default(),
            i["product"].as_str().unwrap_or(""),
            i["date"].as_str().unwrap_or("")
        ),
        // After missed days the "current" dose is the last one given, not
        // what is to be given now.
        (None, Some(d)) if c.restart.is_some() => format!("last dose {} mg", mg(d)),
        (None, Some(d)) => format!("{} mg", mg(d)),
        (None, None) => "no current dose".into(),
    };
    format!(
        "{} · {} · {} · {} · as of {}",
        c.id, c.medication, day, dose, c.as_of
    )
}

fn case(c: &CaseReport, style: Style, out: &mut String) {
    out.push_str(&format!("── {} ── {}\n", clean(&c.path), clean(&header(c))));
    if let Some(s) = &c.set_aside {
        out.push_str(&format!(
            "   viewed as of {}: {} later record{} set aside\n",
            s.after,
            s.records,
            if s.records == 1 { "" } else { "s" }
        ));
    }
    if let Some(r) = &c.restart {
        out.push_str(&format!(
            "   BEFORE THE NEXT DOSE: {}\n",
            restart_words(c, r)
        ));
    }
    mastery_and_pickup(c, out);
    if c.findings.is_empty() {
        out.push_str("   no findings\n");
    } else {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(style.width);
        if !style.color {
            t.force_no_tty();
        }
        t.set_header(["severity", "code", "finding", "source"]);
        for f in &c.findings {
            let mut text = format!("{}\n→ {}", clean(&f.message), clean(&f.suggestion));
            if let Some(a) = &f.acknowledged {
                if a.expired {
                    text.push_str(&format!(
                        "\nacknowledgement EXPIRED {}: {}",
                        a.until,
                        clean(&a.reason)
                    ));
                } else {
                    text.push_str(&format!(
                        "\nacknowledged until {}: {}",
                        a.until,
                        clean(&a.reason)
                    ));
                }
            }
            let sev = if f.counts() {
                sev_cell(f.severity, style)
            } else {
                Cell::new(format!(
                    "{} (acknowledged)",
                    f.severity.as_str().to_uppercase()
                ))
            };
            t.add_row(vec![
                sev,
                Cell::new(f.code),
                Cell::new(text),
                Cell::new(clean(&f.source)),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out.push('\n');
}

fn s<'a>(v: &'a serde_json::Value, k: &str) -> &'a str {
    v.get(k).and_then(|x| x.as_str()).unwrap_or("")
}

fn n(v: &serde_json::Value, k: &str) -> i64 {
    v.get(k).and_then(|x| x.as_i64()).unwrap_or(0)
}

fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

/// The restart advice in the words of the ward: "5 days missed; restart as
/// a new induction, at most 30 mg, supervised (last dose 70 mg)".
fn restart_words(c: &CaseReport, r: &crate::report::Restart) -> String {
    let last = c
        .findings
        .iter()
        .find(|f| f.code == "MIS001")
        .and_then(|f| f.evidence.get("last_dose_mg"))
        .and_then(|v| v.as_f64())
        .map(|l| format!(" (last dose {} mg)", mg(l)))
        .unwrap_or_default();
    let missed = format!(
        "{} day{} missed",
        r.missed_days,
        if r.missed_days == 1 { "" } else { "s" }
    );
    match (r.action, r.next_dose_mg) {
        ("reduce", Some(d)) => format!("{missed}; give at most {} mg{last}", mg(d)),
        ("see-prescriber", Some(d)) => format!(
            "{missed}; the prescriber sees the patient first; give at most {} mg{last}",
            mg(d)
        ),
        ("review", Some(d)) => format!(
            "{missed}; assess before dosing; give at most {} mg{last}",
            mg(d)
        ),
        ("re-induce", Some(d)) => format!(
            "{missed}; restart as a new induction, at most {} mg, supervised{last}",
            mg(d)
        ),
        ("re-induce", None) => {
            format!("{missed}; the next dose is another medication: start it as a new induction")
        }
        (_, None) => format!(
            "{missed}; the next dose is another medication: see the prescriber before the switch"
        ),
        (a, Some(d)) => format!("{missed}; {a}; give at most {} mg{last}", mg(d)),
    }
}

fn mastery_and_pickup(c: &CaseReport, out: &mut String) {
    if let Some(m) = &c.mastery {
        let basis = match s(m, "basis") {
            "none" => "no screens and no assessment in the window".to_string(),
            "assessment" => "clinician assessment only".to_string(),
            _ => format!(
                "{} screen{} in {} days: {} concern, {} minor",
                n(m, "screens"),
                if n(m, "screens") == 1 { "" } else { "s" },
                n(m, "window_days"),
                n(m, "concern"),
                n(m, "minor")
            ),
        };
        let since = m
            .get("last_concern_screen")
            .and_then(|x| x.as_str())
            .map(|d| format!(" (last concern screen {d})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "   drug mastery: {} ({basis}); {} without a concern screen{since}; {} in LAR\n",
            s(m, "class").to_uppercase(),
            days(n(m, "stable_days")),
            days(n(m, "days_in_lar"))
        ));
        if let Some(list) = m
            .get("concern_screens")
            .and_then(|x| x.as_array())
            .filter(|l| !l.is_empty())
        {
            let items: Vec<String> = list
                .iter()
                .map(|x| format!("{} {}", s(x, "date"), s(x, "why")))
                .collect();
            out.push_str(&format!("     concern: {}\n", items.join("; ")));
        }
    }
    let Some(p) = &c.pickup else { return };
    let change = s(p, "change");
    if change == "not-applicable" {
        let due = p
            .get("next_injection_due")
            .and_then(|x| x.as_str())
            .map(|d| match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(due) if due < c.as_of => format!(
                    "; injection overdue since {d} ({})",
                    days((c.as_of - due).num_days())
                ),
                _ => format!("; next injection due {d}"),
            })
            .unwrap_or_default();
        let note = p
            .get("notes")
            .and_then(|x| x.as_array())
            .and_then(|a| a.first())
            .and_then(|x| x.as_str())
            .unwrap_or("");
        out.push_str(&format!("   pickup: not applicable ({note}){due}\n"));
        return;
    }
    let prop = &p["proposed"];
    let words = |v: &serde_json::Value| {
        crate::rules::pickup::regime_words(
            v.get("supervised_per_week")
                .and_then(|x| x.as_u64())
                .unwrap_or(0),
            v.get("take_home_days")
                .and_then(|x| x.as_u64())
                .unwrap_or(0),
        )
    };
    let proposed = format!("{} (level {})", words(prop), n(prop, "level"));
    let line = match (change, p.get("current").filter(|x| !x.is_null())) {
        ("keep", _) => format!("keep {proposed}"),
        ("tighten", Some(cur)) => format!(
            "TIGHTEN to {proposed}; now {} (level {})",
            words(cur),
            n(cur, "level")
        ),
        ("relax", Some(cur)) => format!(
            "RELAX to {proposed}; now {} (level {})",
            words(cur),
            n(cur, "level")
        ),
        _ => format!("current regime not recorded; these data support no more than {proposed}"),
    };
    out.push_str(&format!("   pickup: {line}\n"));
    if let Some(items) = p
        .get("holding_back")
        .and_then(|x| x.as_array())
        .filter(|i| !i.is_empty())
    {
        let next = n(prop, "level") + 1;
        out.push_str(&format!("     not yet level {next}:\n"));
        for b in items {
            out.push_str(&format!(
                "       - {}\n",
                crate::rules::pickup::block_words(s(b, "criterion"), s(b, "needs"), s(b, "has"))
            ));
        }
    }
    if let Some(notes) = p.get("notes").and_then(|x| x.as_array()) {
        for note in notes.iter().filter_map(|x| x.as_str()) {
            out.push_str(&format!("     note: {note}\n"));
        }
    }
    out.push_str(&format!("     review by {}\n", s(p, "review_by")));
}

fn error(e: &ErrorReport, out: &mut String) {
    let pos = match (e.error.line, e.error.column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        _ => String::new(),
    };
    out.push_str(&format!(
        "── {}{pos} ── ERROR: {}\n\n",
        clean(&e.path),
        clean(&e.error.message)
    ));
}

/// Renders one entry of a batch.
pub fn render_one(r: &CaseResult, style: Style) -> String {
    let mut out = String::new();
    match r {
        CaseResult::Checked(c) => case(c, style, &mut out),
        CaseResult::Error(e) => error(e, &mut out),
    }
    out
}

/// The summary line that ends a batch.
pub fn render_summary(summary: &Summary) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "{} checked, {}: {} critical, {}, {} info{}\n",
        plural(summary.checked, "case"),
        plural(summary.errors, "error"),
        summary.critical,
        plural(summary.warning, "warning"),
        summary.info,
        if summary.acknowledged > 0 {
            format!(" ({} acknowledged)", summary.acknowledged)
        } else {
            String::new()
        }
    )
}

/// Renders a whole batch.
pub fn render(results: &[CaseResult], summary: &Summary, style: Style) -> String {
    let mut out: String = results.iter().map(|r| render_one(r, style)).collect();
    out.push_str(&render_summary(summary));
    out
}
