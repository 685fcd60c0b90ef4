//! The table a doctor reads: a header line per case, the findings (severity
//! as a word, never only a colour), the restart advice, and a summary line.

use crate::config::Severity;
use crate::i18n::Lang;
use crate::report::{
    Basis, CaseReport, CaseResult, ErrorReport, Mastery, Pickup, PickupChange, Step, Summary, mg,
};
use crate::words::{count, days};
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use std::io::IsTerminal;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Use colour.
    pub color: bool,
    /// Table width.
    pub width: u16,
    /// The language of the words (`--lang`).
    pub lang: Lang,
}

impl Style {
    /// Colour only on a terminal without `NO_COLOR`; the terminal's width or 100.
    pub fn detect() -> Style {
        let tty = std::io::stdout().is_terminal() && !crate::commands::capturing();
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
            lang: Lang::En,
        }
    }

    /// No colour, 100 columns (tests).
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 100,
            lang: Lang::En,
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

/// Text from a case file, made safe for a terminal ([`super::printable::line`]):
/// control, bidirectional and invisible characters become visible escapes
/// (`\u{202e}`), so a case can never clear the screen, forge a line of the
/// report or reverse its text; quoted values are cut to a sane length.
pub fn clean(s: &str) -> String {
    super::printable::line(s)
}

/// "3 years", "7 months", "12 days": how long ago a date was.
fn since_words(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    let plural = |n: i64, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    if months >= 24 {
        plural(i64::from(months / 12), "year")
    } else if months >= 1 {
        plural(i64::from(months), "month")
    } else {
        plural((to - from).num_days(), "day")
    }
}

fn header(c: &CaseReport) -> String {
    let day = match (c.episode_day, c.started_lar) {
        (Some(d), _) => format!("{} day {d}", c.phase.as_str()),
        (None, Some(since)) => format!(
            "{}, in LAR since {since} ({})",
            c.phase.as_str(),
            since_words(since, c.as_of)
        ),
        (None, None) => c.phase.as_str().to_string(),
    };
    let dose = match (&c.last_injection, c.current_dose_mg) {
        (Some(i), _) => format!(
            "last injection {} mg {} on {}",
            mg(i.mg),
            i.product.as_str(),
            i.date
        ),
        // After missed days the "current" dose is the last one given, not
        // what is to be given now.
        (None, Some(d)) if c.restart.is_some() => format!("last dose {} mg", mg(d)),
        (None, Some(d)) => format!("{} mg", mg(d)),
        (None, None) => "no current dose".into(),
    };
    let med = match &c.medication_product {
        Some(p) => format!("{} ({})", c.medication, super::printable::echo(p)),
        None => c.medication.to_string(),
    };
    format!(
        "{} · {med} · {day} · {dose} · as of {}",
        super::printable::echo(&c.id),
        c.as_of
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
    // The person at the counter reads the action first.
    let actions: Vec<String> = crate::actions::criticals(c)
        .map(|f| crate::actions::action(f, c))
        .collect();
    if !actions.is_empty() {
        let title = "BEFORE THE NEXT DOSE OR PICKUP";
        let title = if style.color {
            format!("\u{1b}[1;31m{title}\u{1b}[0m")
        } else {
            title.to_string()
        };
        out.push_str(&format!("   {title}\n"));
        let mut seen: Vec<&str> = Vec::new();
        for (f, a) in crate::actions::criticals(c).zip(&actions) {
            // One line per critical; a repeated line (two SCR-like findings
            // with the same action) is printed once.
            if seen.contains(&a.as_str()) {
                continue;
            }
            seen.push(a);
            out.push_str(&format!("   ▶ {}  [{}]\n", clean(a), f.code));
        }
    } else if let Some(r) = &c.restart {
        // A missed run that needs a look but changes nothing today (a
        // buprenorphine review): said first, without the banner.
        out.push_str(&format!(
            "   before dosing: {}\n",
            clean(&crate::actions::restart_words(r))
        ));
    }
    mastery_and_pickup(c, out);
    if c.findings.is_empty() {
        out.push_str("   no findings\n");
    } else {
        findings(c, style, out);
        out.push('\n');
    }
    out.push('\n');
}

const HEADER: [&str; 4] = ["severity", "code", "finding", "source"];

/// The findings table, without its final line break: drawn by
/// [`super::grid`] without colour, by comfy-table with it (or when the
/// grid leaves a table to it); the same bytes either way.
fn findings(c: &CaseReport, style: Style, out: &mut String) {
    let rows: Vec<[String; 4]> = c
        .findings
        .iter()
        .map(|f| {
            let mut text = clean(&f.message);
            text.push_str("\n→ ");
            text.push_str(&clean(&f.suggestion));
            if let Some(a) = &f.acknowledged {
                let what = if a.expired {
                    "acknowledgement EXPIRED"
                } else {
                    "acknowledged until"
                };
                text.push_str(&format!("\n{what} {}: {}", a.until, clean(&a.reason)));
            }
            let mut sev = f.severity.as_str().to_uppercase();
            if !f.counts() {
                sev.push_str(" (acknowledged)");
            }
            [sev, f.code.to_string(), text, clean(&f.source)]
        })
        .collect();
    if !style.color && super::grid::draw(HEADER, &rows, style.width, out) {
        return;
    }
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if !style.color {
        t.force_no_tty();
    }
    t.set_header(HEADER);
    for (f, row) in c.findings.iter().zip(rows) {
        let [sev, code, text, source] = row;
        let sev = if f.counts() {
            sev_cell(f.severity, style)
        } else {
            Cell::new(sev)
        };
        t.add_row(vec![
            sev,
            Cell::new(code),
            Cell::new(text),
            Cell::new(source),
        ]);
    }
    out.push_str(&t.to_string());
}

fn mastery_and_pickup(c: &CaseReport, out: &mut String) {
    if let Some(m) = &c.mastery {
        mastery(c, m, out);
    }
    if let Some(p) = &c.pickup {
        pickup(c, p, out);
    }
}

/// The drug-mastery line and its concern and note screens.
fn mastery(c: &CaseReport, m: &Mastery, out: &mut String) {
    let screens = m.screens as i64;
    let basis = match m.basis {
        Basis::None if screens == 0 => format!(
            "no screens and no assessment in the last {}",
            days(m.window_days)
        ),
        Basis::Assessment => "clinician assessment only".to_string(),
        _ => {
            let mut parts = vec![count(m.concern as i64, "concern", "concern")];
            if m.some_use > 0 {
                parts.push(count(m.some_use as i64, "some use", "some use"));
            }
            if m.note > 0 {
                parts.push(count(m.note as i64, "note", "notes"));
            }
            format!(
                "{} in {}: {}",
                count(screens, "screen", "screens"),
                days(m.window_days),
                parts.join(", ")
            )
        }
    };
    // Never a number that no record supports: a patient with no
    // screen after the baseline has "no screens on record", not "2506
    // days without a concern screen".
    let any_screen = m.last_concern_screen.is_some() || screens > 0;
    let stable = match m.last_concern_screen {
        Some(d) => format!(
            "{} since the last concern screen ({d})",
            days(m.stable_days)
        ),
        None if any_screen => "no concern screen in treatment".to_string(),
        None => format!("no screens in the last {}", days(m.window_days)),
    };
    // No start of LAR and no dose on record: the 0 days are no fact.
    let in_lar = if m.days_in_lar == 0 && c.started_lar.is_none() && c.current_dose_mg.is_none() {
        "no start of LAR on record".to_string()
    } else {
        format!("{} in LAR", days(m.days_in_lar))
    };
    out.push_str(&format!(
        "   drug mastery: {} ({basis}); {stable}; {in_lar}\n",
        // "SOME USE", not the JSON's "some-use".
        m.class.words().to_uppercase(),
    ));
    for (list, label) in [(&m.concern_screens, "concern"), (&m.note_screens, "note")] {
        if list.is_empty() {
            continue;
        }
        let items: Vec<String> = list
            .iter()
            .map(|x| format!("{} {}", x.date, x.why))
            .collect();
        out.push_str(&format!("     {label}: {}\n", clean(&items.join("; "))));
    }
}

/// The pickup proposal: the line, what holds the patient back by step, the
/// notes and the review date.
fn pickup(c: &CaseReport, p: &Pickup, out: &mut String) {
    if p.change == PickupChange::NotApplicable {
        let due = p
            .next_injection_due
            .flatten()
            .map(|due| {
                if due < c.as_of {
                    format!(
                        "; injection overdue since {due} ({})",
                        days((c.as_of - due).num_days())
                    )
                } else {
                    format!("; next injection due {due}")
                }
            })
            .unwrap_or_default();
        let note = p.notes.first().map_or("", String::as_str);
        out.push_str(&format!(
            "   pickup: not applicable ({}){due}\n",
            clean(note)
        ));
        return;
    }
    let proposed = p.proposed.as_ref().map_or("", |x| x.words.as_str());
    // A keep or a hold shows the patient's own regime, never the level's
    // maximum (pickup.md "What the proposal says").
    let line = match (p.change, &p.current) {
        (PickupChange::Keep, Some(cur)) => format!("keep: {}", cur.words()),
        (PickupChange::Hold, Some(cur)) => {
            format!("hold: {}; no relax at this review", cur.words())
        }
        (PickupChange::Tighten, Some(cur)) => {
            format!("TIGHTEN to {proposed}; now {}", cur.words())
        }
        (PickupChange::Relax, Some(cur)) => {
            format!("may relax to {proposed}; now {}", cur.words())
        }
        _ => format!("regime not recorded; these data support at most {proposed}"),
    };
    out.push_str(&format!("   pickup: {}\n", clean(&line)));
    for step in Step::ALL {
        let here: Vec<&str> = p
            .holding_back
            .iter()
            .filter(|b| b.step == step)
            .map(|b| b.words.as_str())
            .collect();
        if here.is_empty() {
            continue;
        }
        out.push_str(&format!("     {}:\n", step.label()));
        for w in here {
            out.push_str(&format!("       - {}\n", clean(w)));
        }
    }
    for note in &p.notes {
        out.push_str(&format!("     note: {}\n", clean(note)));
    }
    out.push_str(&format!("     review by {}\n", p.review_by));
}

/// A file that could not be read: its first problem on the header line,
/// every other one below it with its position.
fn error(e: &ErrorReport, out: &mut String) {
    out.push_str(&format!(
        "── {}{} ── ERROR: {}\n",
        clean(&e.path),
        e.error.position(),
        clean(&e.error.message)
    ));
    for d in e.errors.iter().skip(1) {
        let pos = d.position();
        let at = pos.strip_prefix(':').unwrap_or("");
        let at = if at.is_empty() {
            String::new()
        } else {
            format!("{at}: ")
        };
        out.push_str(&format!("   also {at}{}\n", clean(&d.message)));
    }
    if e.more_errors > 0 {
        out.push_str(&format!(
            "   {}\n",
            crate::commands::check::more_problems(e.more_errors)
        ));
    }
    out.push('\n');
}

/// The line that opens a table run with local configuration ("local
/// configuration: 3 changes (clinic.toml), 1 unsafe"); `None` with the
/// defaults alone.
pub fn config_line(config: &crate::config::Config) -> Option<String> {
    let o = &config.overrides;
    if o.is_empty() {
        return None;
    }
    let mut files: Vec<&str> = o.iter().map(|o| o.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let weak = o.iter().filter(|o| o.unsafe_reason.is_some()).count();
    Some(format!(
        "local configuration: {} change{} ({}){}\n\n",
        o.len(),
        if o.len() == 1 { "" } else { "s" },
        clean(&files.join(", ")),
        if weak > 0 {
            format!(", {weak} unsafe accepted with --allow-unsafe-config")
        } else {
            String::new()
        }
    ))
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

/// The summary that ends a run: for a batch (more than one case) the
/// patients first ("120 patients: 16 need action before the next dose or
/// pickup, 61 a review, 43 nothing"), then the findings. One case has no
/// patient line: its own block already says which it is.
pub fn render_summary(summary: &Summary, lang: Lang) -> String {
    let patients = if summary.cases > 1 {
        format!("{}\n", patients_line(summary, lang))
    } else {
        String::new()
    };
    format!("{patients}{}\n", findings_line(summary, lang))
}

/// "120 patients: 16 need action before the next dose or pickup, 61 a
/// review, 43 nothing; 2 files could not be read" (the patients counted by
/// [`crate::actions::urgency`], as the worklist groups them).
pub fn patients_line(summary: &Summary, lang: Lang) -> String {
    let p = &summary.patients;
    let mut line = crate::tr!(
        lang,
        "summary-patients",
        checked = summary.checked,
        action = p.action,
        review = p.review,
        nothing = p.nothing
    );
    if summary.errors > 0 {
        line.push_str(&crate::tr!(
            lang,
            "summary-unreadable",
            errors = summary.errors
        ));
    }
    line
}

/// "findings: 2 critical, 1 warning, 0 info (1 acknowledged)".
pub fn findings_line(summary: &Summary, lang: Lang) -> String {
    let mut line = crate::tr!(
        lang,
        "summary-findings",
        critical = summary.critical,
        warning = summary.warning,
        info = summary.info
    );
    if summary.acknowledged > 0 {
        line.push_str(&crate::tr!(
            lang,
            "summary-acknowledged",
            acknowledged = summary.acknowledged
        ));
    }
    line
}

/// Renders a whole batch.
pub fn render(results: &[CaseResult], summary: &Summary, style: Style) -> String {
    let mut out: String = results.iter().map(|r| render_one(r, style)).collect();
    out.push_str(&render_summary(summary, style.lang));
    out
}

#[cfg(test)]
mod tests {
    use super::{Style, render_one};
    use crate::config::Config;
    use crate::input::{InputSource, expand};
    use crate::report::CaseResult;
    use crate::words::days;
    use serde_json::Value;

    fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
        v.get(k).and_then(Value::as_str).unwrap_or_default()
    }

    /// What the JSON of one case says that its table must say too.
    fn disagreements(json: &Value, table: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut want = |line: String| {
            if !table.contains(&line) {
                out.push(line);
            }
        };
        let m = &json["mastery"];
        if let Some(d) = m["last_concern_screen"].as_str() {
            let stable = m["stable_days"].as_i64().unwrap_or(-1);
            want(format!(
                "{} since the last concern screen ({d})",
                days(stable)
            ));
        }
        if let Some(n) = m["window_days"].as_i64()
            && matches!(str_of(m, "basis"), "screens" | "screens-and-assessment")
        {
            want(format!("in {}: ", days(n)));
        }
        if let Some(class) = m["class"].as_str() {
            let class = class.replace("some-use", "some use").to_uppercase();
            want(format!("drug mastery: {class} ("));
        }
        if let Some(n) = m["days_in_lar"].as_i64()
            && n > 0
        {
            want(format!("; {} in LAR", days(n)));
        }
        let p = &json["pickup"];
        if !p.is_object() {
            return out;
        }
        if let Some(r) = p["review_by"].as_str()
            && str_of(p, "change") != "not-applicable"
        {
            want(format!("review by {r}"));
        }
        if matches!(str_of(p, "change"), "relax" | "tighten" | "unknown") {
            want(str_of(&p["proposed"], "words").to_string());
        }
        let blocks = p["holding_back"].as_array().cloned().unwrap_or_default();
        for b in &blocks {
            want(format!("       - {}\n", super::clean(str_of(b, "words"))));
        }
        let listed = table.lines().filter(|l| l.starts_with("       - ")).count();
        if listed != blocks.len() {
            out.push(format!(
                "{listed} holding-back lines for {} entries",
                blocks.len()
            ));
        }
        out
    }

    /// The embedded settings over every fixture, and settings where the
    /// numbers the pickup texts quote differ from their defaults over the
    /// pickup fixtures.
    fn configs(root: &std::path::Path) -> Vec<(Config, std::path::PathBuf)> {
        let default = Config::embedded();
        let mut other = default.clone();
        let s = &mut other.settings;
        s.pickup.recent_screen_days = 10;
        s.pickup.min_days_in_lar += 7;
        s.pickup.event_window_days += 3;
        s.mastery.window_days = 21;
        s.general.early_phase_days += 2;
        vec![(default, root.to_path_buf()), (other, root.join("pickup"))]
    }

    #[test]
    fn for_every_fixture_the_table_says_the_numbers_the_json_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date");
        let mut failures = Vec::new();
        let mut checked = 0;
        let configs = configs(&root);
        let cases = configs.iter().flat_map(|(c, dir)| {
            expand(std::slice::from_ref(dir))
                .into_iter()
                .map(move |s| (s, c))
        });
        for (src, config) in cases {
            let r = crate::commands::check::check_one(&src, None, today, config);
            let CaseResult::Checked(c) = &r else { continue };
            checked += 1;
            let json = serde_json::to_value(c.as_ref()).expect("a report serialises");
            let style = Style {
                color: false,
                width: u16::MAX,
                lang: crate::i18n::Lang::En,
            };
            let table = render_one(&r, style);
            for d in disagreements(&json, &table) {
                let name = match &src {
                    InputSource::File(p) => p.display().to_string(),
                    _ => "-".to_string(),
                };
                failures.push(format!("{name}: the table does not say {d:?}"));
            }
        }
        assert!(checked > 100, "only {checked} fixtures were checked");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
