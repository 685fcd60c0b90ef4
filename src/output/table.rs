//! The table a doctor reads: a header line per case, the findings (severity
//! as a word, never only a colour), the restart advice, and a summary line.

use crate::config::Severity;
use crate::i18n::Lang;
use crate::report::{
    Basis, CaseReport, CaseResult, ErrorReport, Mastery, Pickup, PickupChange, Step, Summary,
};
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
    let c = Cell::new(style.lang.severity(s).to_uppercase());
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
fn since_words(from: chrono::NaiveDate, to: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    if months >= 24 {
        crate::tr!(lang, "duration-years", n = i64::from(months / 12))
    } else if months >= 1 {
        crate::tr!(lang, "duration-months", n = i64::from(months))
    } else {
        crate::tr!(lang, "duration-days", n = (to - from).num_days())
    }
}

/// A treatment phase in words: `induction`, `oppstart`.
pub fn phase_words(p: crate::facts::Phase, lang: Lang) -> String {
    crate::tr!(lang, &format!("phase-{}", p.as_str()))
}

/// A depot product's interval in words: `weekly`, `ukentlig`.
pub fn depot_words(p: crate::case::DepotProduct, lang: Lang) -> String {
    crate::tr!(lang, &format!("depot-{}", p.as_str()))
}

/// The dose as the header says it: `80 mg`, `last dose 80 mg` (after
/// missed days the "current" dose is the last one given, not what is to
/// be given now), `last injection 128 mg monthly on 2026-11-01`.
pub fn dose_words(c: &CaseReport, lang: Lang) -> String {
    match (&c.last_injection, c.current_dose_mg) {
        (Some(i), _) => crate::tr!(
            lang,
            "header-last-injection",
            mg = lang.mg(i.mg),
            product = depot_words(i.product, lang),
            date = lang.date(i.date)
        ),
        (None, Some(d)) if c.restart.is_some() => {
            crate::tr!(lang, "header-last-dose", mg = lang.mg(d))
        }
        (None, Some(d)) => crate::tr!(lang, "header-dose", mg = lang.mg(d)),
        (None, None) => crate::tr!(lang, "header-no-dose"),
    }
}

fn header(c: &CaseReport, lang: Lang) -> String {
    let phase = phase_words(c.phase, lang);
    let day = match (c.episode_day, c.started_lar) {
        (Some(d), _) => crate::tr!(lang, "header-phase-day", phase = phase, day = d),
        (None, Some(since)) => crate::tr!(
            lang,
            "header-in-lar-since",
            phase = phase,
            since = lang.date(since),
            duration = since_words(since, c.as_of, lang)
        ),
        (None, None) => phase,
    };
    let med = match &c.medication_product {
        Some(p) => format!(
            "{} ({})",
            lang.medication(c.medication),
            super::printable::echo(p)
        ),
        None => lang.medication(c.medication),
    };
    crate::tr!(
        lang,
        "header",
        id = super::printable::echo(&c.id),
        med = med,
        day = day,
        dose = dose_words(c, lang),
        date = lang.date(c.as_of)
    )
}

fn case(c: &CaseReport, style: Style, out: &mut String) {
    let lang = style.lang;
    out.push_str(&format!(
        "── {} ── {}\n",
        clean(&c.path),
        clean(&header(c, lang))
    ));
    if let Some(s) = &c.set_aside {
        let line = crate::tr!(
            lang,
            "viewed-as-of",
            date = lang.date(s.after),
            records = s.records
        );
        out.push_str(&format!("   {line}\n"));
    }
    // The person at the counter reads the action first.
    let actions: Vec<String> = crate::actions::criticals(c)
        .map(|f| crate::actions::action(f, c))
        .collect();
    if !actions.is_empty() {
        let title = crate::tr!(lang, "before-next-dose");
        let title = if style.color {
            format!("\u{1b}[1;31m{title}\u{1b}[0m")
        } else {
            title
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
        let line = crate::tr!(
            lang,
            "before-dosing",
            words = crate::actions::restart_words(r, lang)
        );
        out.push_str(&format!("   {}\n", clean(&line)));
    }
    mastery_and_pickup(c, lang, out);
    if c.findings.is_empty() {
        out.push_str(&format!("   {}\n", crate::tr!(lang, "no-findings")));
    } else {
        findings(c, style, out);
        out.push('\n');
    }
    out.push('\n');
}

/// The findings table, without its final line break: drawn by
/// [`super::grid`] without colour, by comfy-table with it (or when the
/// grid leaves a table to it); the same bytes either way.
fn findings(c: &CaseReport, style: Style, out: &mut String) {
    let lang = style.lang;
    let header =
        ["col-severity", "col-code", "col-finding", "col-source"].map(|h| crate::tr!(lang, h));
    let header = [
        header[0].as_str(),
        header[1].as_str(),
        header[2].as_str(),
        header[3].as_str(),
    ];
    let rows: Vec<[String; 4]> = c
        .findings
        .iter()
        .map(|f| {
            let mut text = clean(&f.message);
            text.push_str("\n→ ");
            text.push_str(&clean(&f.suggestion));
            if let Some(a) = &f.acknowledged {
                let id = if a.expired {
                    "ack-expired"
                } else {
                    "ack-until"
                };
                let line = crate::tr!(
                    lang,
                    id,
                    until = lang.date(a.until),
                    reason = clean(&a.reason)
                );
                text.push('\n');
                text.push_str(&line);
            }
            let severity = lang.severity(f.severity).to_uppercase();
            let sev = if f.counts() {
                severity
            } else {
                crate::tr!(lang, "sev-acknowledged", severity = severity)
            };
            let source = clean(&crate::sources::cite(&f.source, lang));
            [sev, f.code.to_string(), text, source]
        })
        .collect();
    if !style.color && super::grid::draw(header, &rows, style.width, out) {
        return;
    }
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if !style.color {
        t.force_no_tty();
    }
    t.set_header(header);
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

fn mastery_and_pickup(c: &CaseReport, lang: Lang, out: &mut String) {
    if let Some(m) = &c.mastery {
        mastery(c, m, lang, out);
    }
    if let Some(p) = &c.pickup {
        pickup(c, p, lang, out);
    }
}

/// The drug-mastery line and its concern and note screens.
fn mastery(c: &CaseReport, m: &Mastery, lang: Lang, out: &mut String) {
    let screens = m.screens as i64;
    let basis = match m.basis {
        Basis::None if screens == 0 => {
            crate::tr!(lang, "mastery-basis-none", days = m.window_days)
        }
        Basis::Assessment => crate::tr!(lang, "mastery-basis-assessment"),
        _ => {
            let mut parts = vec![crate::tr!(lang, "mastery-concern", n = m.concern)];
            if m.some_use > 0 {
                parts.push(crate::tr!(lang, "mastery-some-use", n = m.some_use));
            }
            if m.note > 0 {
                parts.push(crate::tr!(lang, "mastery-note", n = m.note));
            }
            crate::tr!(
                lang,
                "mastery-basis-screens",
                screens = screens,
                days = m.window_days,
                parts = parts.join(", ")
            )
        }
    };
    // Never a number that no record supports: a patient with no
    // screen after the baseline has "no screens on record", not "2506
    // days without a concern screen".
    let any_screen = m.last_concern_screen.is_some() || screens > 0;
    let stable = match m.last_concern_screen {
        Some(d) => crate::tr!(
            lang,
            "mastery-stable",
            days = m.stable_days,
            date = lang.date(d)
        ),
        None if any_screen => crate::tr!(lang, "mastery-no-concern"),
        None => crate::tr!(lang, "mastery-no-screens", days = m.window_days),
    };
    // No start of LAR and no dose on record: the 0 days are no fact.
    let in_lar = if m.days_in_lar == 0 && c.started_lar.is_none() && c.current_dose_mg.is_none() {
        crate::tr!(lang, "mastery-no-start")
    } else {
        crate::tr!(lang, "mastery-in-lar", days = m.days_in_lar)
    };
    let line = crate::tr!(
        lang,
        "mastery-line",
        // "SOME USE", not the JSON's "some-use".
        class = m.class.words(lang).to_uppercase(),
        basis = basis,
        stable = stable,
        in_lar = in_lar
    );
    out.push_str(&format!("   {line}\n"));
    for (list, label) in [
        (&m.concern_screens, "mastery-list-concern"),
        (&m.note_screens, "mastery-list-note"),
    ] {
        if list.is_empty() {
            continue;
        }
        let items: Vec<String> = list
            .iter()
            .map(|x| format!("{} {}", lang.date(x.date), x.why))
            .collect();
        out.push_str(&format!(
            "     {}: {}\n",
            crate::tr!(lang, label),
            clean(&items.join("; "))
        ));
    }
}

/// The pickup proposal in the pharmacy's words: "keep: 5 supervised
/// intakes a week, 2 take-home doses" (a keep or a hold shows the
/// patient's own regime, never the level's maximum: pickup.md "What the
/// proposal says"). `None` for not applicable.
pub fn pickup_line(p: &Pickup, lang: Lang) -> Option<String> {
    let proposed = p.proposed.as_ref().map_or("", |x| x.words.as_str());
    let cur = p.current.as_ref().map(|c| c.words(lang));
    Some(match (p.change, cur) {
        (PickupChange::NotApplicable, _) => return None,
        (PickupChange::Keep, Some(cur)) => crate::tr!(lang, "pickup-keep", current = cur),
        (PickupChange::Hold, Some(cur)) => crate::tr!(lang, "pickup-hold", current = cur),
        (PickupChange::Tighten, Some(cur)) => {
            crate::tr!(lang, "pickup-tighten", proposed = proposed, current = cur)
        }
        (PickupChange::Relax, Some(cur)) => {
            crate::tr!(lang, "pickup-relax", proposed = proposed, current = cur)
        }
        _ => crate::tr!(lang, "pickup-unknown", proposed = proposed),
    })
}

/// The pickup proposal: the line, what holds the patient back by step, the
/// notes and the review date.
fn pickup(c: &CaseReport, p: &Pickup, lang: Lang, out: &mut String) {
    let Some(line) = pickup_line(p, lang) else {
        let due = p
            .next_injection_due
            .flatten()
            .map(|due| {
                if due < c.as_of {
                    crate::tr!(
                        lang,
                        "pickup-overdue",
                        date = lang.date(due),
                        days = (c.as_of - due).num_days()
                    )
                } else {
                    crate::tr!(lang, "pickup-next-due", date = lang.date(due))
                }
            })
            .unwrap_or_default();
        let note = p.notes.first().map_or("", String::as_str);
        let line = crate::tr!(lang, "pickup-not-applicable", note = clean(note), due = due);
        out.push_str(&format!("   {line}\n"));
        return;
    };
    out.push_str(&format!(
        "   {}\n",
        crate::tr!(lang, "pickup-line", line = clean(&line))
    ));
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
        out.push_str(&format!("     {}:\n", step.label(lang)));
        for w in here {
            out.push_str(&format!("       - {}\n", clean(w)));
        }
    }
    for note in &p.notes {
        out.push_str(&format!(
            "     {}\n",
            crate::tr!(lang, "pickup-note", note = clean(note))
        ));
    }
    out.push_str(&format!(
        "     {}\n",
        crate::tr!(lang, "pickup-review-by", date = lang.date(p.review_by))
    ));
}

/// A file that could not be read: its first problem on the header line,
/// every other one below it with its position.
fn error(e: &ErrorReport, lang: Lang, out: &mut String) {
    out.push_str(&format!(
        "── {}{} ── {}\n",
        clean(&e.path),
        e.error.position(),
        crate::tr!(lang, "table-error", message = clean(&e.error.message))
    ));
    for d in e.errors.iter().skip(1) {
        let pos = d.position();
        let at = pos.strip_prefix(':').unwrap_or("");
        let at = if at.is_empty() {
            String::new()
        } else {
            format!("{at}: ")
        };
        let line = crate::tr!(lang, "table-also", at = at, message = clean(&d.message));
        out.push_str(&format!("   {line}\n"));
    }
    if e.more_errors > 0 {
        out.push_str(&format!(
            "   {}\n",
            crate::commands::check::more_problems_in(e.more_errors, lang)
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
    let lang = config.lang;
    let weak = if weak > 0 {
        crate::tr!(lang, "config-unsafe", unsafe = weak)
    } else {
        String::new()
    };
    let line = crate::tr!(
        lang,
        "config-line",
        changes = o.len(),
        files = clean(&files.join(", ")),
        weak = weak
    );
    Some(format!("{line}\n\n"))
}

/// Renders one entry of a batch.
pub fn render_one(r: &CaseResult, style: Style) -> String {
    let mut out = String::new();
    match r {
        CaseResult::Checked(c) => case(c, style, &mut out),
        CaseResult::Error(e) => error(e, style.lang, &mut out),
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
