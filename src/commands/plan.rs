//! `larcheck plan CASE [--weeks N] [--closed DAY]... [--out FILE.html]`:
//! the pharmacy's dispensing plan ([`crate::dispense`]) for one case,
//! checked first so that the plan follows the pickup proposal and its
//! review date. Text by default, `--format json`, or a self-contained HTML
//! page with `--out FILE.html` (`--out -` writes the page to standard
//! output).
//!
//! Exit status: 0 for a plan that arranges every dose; 1 when a dose is not
//! arranged (a closed day where the regime allows no take-home dose: the
//! prescriber must decide, and a script must notice) or the check has an
//! unacknowledged critical (printed first, as `check` prints it); 2 when the case
//! cannot be read, no plan can be made or `--out` is not .html.

use super::timeline::broken;
use crate::cli::{Global, OutputFormat, PlanArgs};
use crate::dispense::{self, Calendar, MAX_WEEKS, Refusal, Request};
use crate::error::{Error, ExitStatus, InputError};
use crate::i18n::Lang;
use crate::output::table::clean;
use crate::tr;

/// Runs `plan`.
pub fn run(g: &Global, args: &PlanArgs) -> Result<ExitStatus, Error> {
    let config = super::check::load(g)?;
    let lang = config.lang;
    let html = match &args.out {
        None => false,
        Some(p) if p.as_os_str() == "-" => true,
        Some(p) => match p.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm") => true,
            _ => {
                let path = clean(&crate::input::display_path(p));
                return Err(Error::Usage(tr!(lang, "plan-bad-out", path = path)));
            }
        },
    };
    let today = super::check::today();
    let Some((name, case)) = super::read_one(&args.case, &config, None, today)? else {
        return Ok(ExitStatus::Error);
    };
    let as_of = case.treatment.as_of.unwrap_or(today);
    let report = match crate::engine::check(&name, &case, as_of, false, &config) {
        Ok(r) => r,
        Err(e) => {
            return Ok(broken(super::check::error_result(
                name,
                InputError::new(e.0),
            )));
        }
    };
    let req = Request {
        weeks: args.weeks,
        closed: args.closed.clone(),
    };
    let cal = dispense::build(&case, &report, &req, &config.settings)
        .map_err(|e| Error::Usage(format!("{}: {}", clean(&name), refusal(&e, lang))))?;
    let status = if cal.contact_prescriber.is_empty() && cal.before_next_dose.is_empty() {
        ExitStatus::Clean
    } else {
        ExitStatus::Findings
    };
    match &args.out {
        Some(p) if p.as_os_str() != "-" => {
            let shown = clean(&crate::input::display_path(p));
            if let Err(e) = std::fs::write(p, dispense::html::page(&cal, lang)) {
                eprintln!("error: cannot write `{shown}`: {e}");
                return Ok(ExitStatus::Error);
            }
            if !g.quiet {
                eprintln!("{}", tr!(lang, "chart-wrote", path = shown));
            }
        }
        _ if g.quiet => {}
        _ => {
            let text = if html {
                dispense::html::page(&cal, lang)
            } else if g.format == OutputFormat::Json {
                json_text(&cal)
            } else {
                dispense::text::render(&cal, lang)
            };
            super::emit(text.as_bytes())?;
        }
    }
    Ok(status)
}

/// The JSON: `schema_version`, `tool` and the calendar's typed fields.
pub fn json_text(cal: &Calendar) -> String {
    let doc = serde_json::json!({
        "schema_version": 1,
        "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
        "plan": cal,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// The sentence for a plan that cannot be made.
fn refusal(e: &Refusal, lang: Lang) -> String {
    match e {
        Refusal::Weeks(n) => tr!(lang, "plan-weeks", weeks = *n, max = MAX_WEEKS),
        Refusal::AlwaysClosed => tr!(lang, "plan-always-closed"),
        Refusal::Ended(Some(d)) => tr!(lang, "plan-ended", date = lang.date(*d)),
        Refusal::Ended(None) => tr!(lang, "plan-ended-phase"),
        Refusal::NoDose(m) => tr!(lang, "plan-no-dose", med = lang.medication(*m)),
    }
}
