//! `larcheck timeline CASE [--from DATE] [--to DATE]`: the check replayed
//! on each morning of the range ([`crate::timeline::replay`]) and the
//! findings' course as a table (one line per change) or JSON.
//!
//! Exit status: 2 when the case cannot be read or a morning cannot be
//! checked, or the range is empty; else 0 (a course is a history, not a
//! verdict: `check` gives the exit status of a morning).

use crate::cli::{Global, OutputFormat, TimelineArgs};
use crate::error::{Error, ExitStatus, InputError};
use crate::i18n::Lang;
use crate::output::table::clean;
use crate::report::CaseResult;
use crate::timeline::{Change, Course, Event, PickupEvent, PickupSeen};
use crate::tr;

/// Runs `timeline`.
pub fn run(g: &Global, args: &TimelineArgs) -> Result<ExitStatus, Error> {
    let config = super::check::load(g)?;
    let lang = config.lang;
    let today = super::check::today();
    let Some((name, case)) = super::read_one(&args.case, &config, None, today)? else {
        return Ok(ExitStatus::Error);
    };
    let (from, to) = crate::timeline::default_range(&case, today, args.from, args.to);
    if from > to {
        let message = tr!(
            lang,
            "timeline-empty-range",
            from = lang.date(from),
            to = lang.date(to)
        );
        eprintln!("error: {}: {message}", clean(&name));
        return Ok(ExitStatus::Error);
    }
    let course = match crate::timeline::replay(&name, &case, from, to, &config) {
        Ok(c) => c,
        Err(e) => {
            let e = InputError::new(e.0);
            return Ok(broken(super::check::error_result(name, e)));
        }
    };
    if !g.quiet {
        let text = match g.format {
            OutputFormat::Json => render_json(&name, &course),
            OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
                render_table(&name, &course, lang)
            }
        };
        super::emit(text.as_bytes())?;
    }
    Ok(ExitStatus::Clean)
}

/// Prints an unreadable case on standard error; exit 2.
pub(super) fn broken(r: CaseResult) -> ExitStatus {
    if let CaseResult::Error(e) = r {
        let path = clean(&e.path);
        for d in &e.errors {
            eprintln!("error: {path}{}: {}", d.position(), clean(&d.message));
        }
    }
    ExitStatus::Error
}

fn push_line(s: &mut String, line: String) {
    s.push_str(&line);
    s.push('\n');
}

/// One change of a finding: "2026-11-19 MIS001 appeared (warning): …".
fn event_line(e: &Event, lang: Lang) -> String {
    let date = lang.date(e.date);
    let code = match e.subjects.as_slice() {
        [] => e.code.to_string(),
        subjects => {
            let mut named: Vec<&str> = Vec::new();
            for x in subjects {
                if !named.contains(&x.as_str()) {
                    named.push(x);
                }
            }
            format!("{} ({})", e.code, named.join(", "))
        }
    };
    let severity = lang.severity(e.severity);
    let message = clean(&e.message);
    match e.change {
        Change::Appeared if e.acknowledged => tr!(
            lang,
            "timeline-appeared-acknowledged",
            date = date,
            code = code,
            severity = severity,
            until = e.until.map(|u| lang.date(u)).unwrap_or_default(),
            message = message
        ),
        Change::Appeared => tr!(
            lang,
            "timeline-appeared",
            date = date,
            code = code,
            severity = severity,
            message = message
        ),
        Change::Severity => {
            let was = e.was.map(|w| lang.severity(w)).unwrap_or_default();
            tr!(
                lang,
                "timeline-severity",
                date = date,
                code = code,
                severity = severity,
                was = was,
                message = message
            )
        }
        Change::Message => tr!(
            lang,
            "timeline-message",
            date = date,
            code = code,
            message = message
        ),
        Change::Acknowledged => tr!(
            lang,
            "timeline-acknowledged",
            date = date,
            code = code,
            until = e.until.map(|u| lang.date(u)).unwrap_or_default(),
            reason = clean(e.reason.as_deref().unwrap_or_default())
        ),
        Change::AckExpired => tr!(
            lang,
            "timeline-ack-expired",
            date = date,
            code = code,
            severity = severity,
            message = message
        ),
        Change::Gone => tr!(lang, "timeline-gone", date = date, code = code),
    }
}

/// One change of the pickup proposal: "2026-11-20 pickup: level 3 → 0,
/// take-home days 3 → 0 (tighten)".
fn pickup_line(p: &PickupEvent, lang: Lang) -> String {
    let level = |x: &PickupSeen| x.level.zip(x.take_home_days);
    let proposal = match (p.was.as_ref().and_then(level), level(&p.now)) {
        (_, None) => tr!(lang, "timeline-pickup-not-applicable"),
        (Some((wl, wt)), Some((l, t))) if (wl, wt) != (l, t) => tr!(
            lang,
            "timeline-pickup-level-changed",
            was_level = wl,
            level = l,
            was_take_home = wt,
            take_home = t
        ),
        (_, Some((l, t))) => tr!(lang, "timeline-pickup-level", level = l, take_home = t),
    };
    let change = serde_json::to_value(p.now.change)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let change = tr!(lang, "timeline-pickup-change", change = change);
    tr!(
        lang,
        "timeline-pickup",
        date = lang.date(p.date),
        proposal = proposal,
        change = change
    )
}

/// The JSON: `{"path", "id", "from", "to", "mornings", "events": [...],
/// "open_at_end": [...]}`.
pub fn render_json(path: &str, course: &Course) -> String {
    let mut v = serde_json::to_value(course).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("path".into(), serde_json::Value::String(path.to_string()));
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// The table: a header line, then one line per change, as an incident
/// review reads it ("2026-11-19 MIS001 appeared (warning): …").
pub fn render_table(path: &str, course: &Course, lang: Lang) -> String {
    let mut s = tr!(
        lang,
        "timeline-header",
        path = clean(path),
        mornings = course.mornings,
        from = lang.date(course.from),
        to = lang.date(course.to)
    );
    s.push('\n');
    if course.events.is_empty() {
        push_line(&mut s, tr!(lang, "timeline-none"));
    }
    // By morning: the findings' changes, then the pickup proposal's.
    let mut pickup = course.pickup.iter().peekable();
    for e in &course.events {
        while let Some(p) = pickup.next_if(|p| p.date < e.date) {
            push_line(&mut s, pickup_line(p, lang));
        }
        push_line(&mut s, event_line(e, lang));
    }
    for p in pickup {
        push_line(&mut s, pickup_line(p, lang));
    }
    if !course.open_at_end.is_empty() {
        let codes = course.open_at_end.join(", ");
        s.push_str(&tr!(
            lang,
            "timeline-open-at-end",
            to = lang.date(course.to),
            codes = codes
        ));
        s.push('\n');
    }
    s
}
