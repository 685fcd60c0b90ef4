//! `larcheck chart CASE [--out FILE.svg|FILE.html] [--from DATE] [--to
//! DATE]`: the course of one case as a picture ([`crate::chart`]). With
//! `--out`, the whole record (or `--from`..`--to`) as SVG, or as the SVG in
//! an HTML page; without it, the last 90 days as text on standard output.
//!
//! Exit status: 2 when the case cannot be read, the range is empty, `--out`
//! is neither .svg nor .html or cannot be written; else 0 (a picture, not a
//! verdict).

use super::timeline::broken;
use crate::chart::term::{Glyphs, window};
use crate::cli::{ChartArgs, Global};
use crate::error::{Error, ExitStatus, InputError};
use crate::output::table::clean;
use crate::tr;

/// Runs `chart`.
pub fn run(g: &Global, args: &ChartArgs) -> Result<ExitStatus, Error> {
    let config = super::check::load(g)?;
    let lang = config.lang;
    let today = super::check::today();
    let kind = match &args.out {
        None => None,
        Some(p) => match p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
        {
            Some(e) if e == "svg" || e == "html" || e == "htm" => Some(e == "svg"),
            _ => {
                let path = crate::input::display_path(p);
                eprintln!("error: {}", tr!(lang, "chart-bad-out", path = clean(&path)));
                return Ok(ExitStatus::Error);
            }
        },
    };
    let Some((name, case)) = super::read_one(&args.case, &config, None, today)? else {
        return Ok(ExitStatus::Error);
    };
    let as_of = case.treatment.as_of.unwrap_or(today);
    let (from, to) = match kind {
        Some(_) => (args.from, args.to),
        None => {
            let (f, t) = window(as_of);
            (Some(args.from.unwrap_or(f)), Some(args.to.unwrap_or(t)))
        }
    };
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        let message = tr!(
            lang,
            "chart-empty-range",
            from = lang.date(f),
            to = lang.date(t)
        );
        eprintln!("error: {}: {message}", clean(&name));
        return Ok(ExitStatus::Error);
    }
    let picture = match crate::chart::build(&name, &case, as_of, from, to, &config) {
        Ok(p) if p.from <= p.to => p,
        Ok(p) => {
            let message = tr!(
                lang,
                "chart-empty-range",
                from = lang.date(p.from),
                to = lang.date(p.to)
            );
            eprintln!("error: {}: {message}", clean(&name));
            return Ok(ExitStatus::Error);
        }
        Err(e) => {
            let e = InputError::new(e.0);
            return Ok(broken(super::check::error_result(name, e)));
        }
    };
    match (kind, &args.out) {
        (Some(svg), Some(path)) => {
            let text = if svg {
                crate::chart::svg::render(&picture, lang)
            } else {
                crate::chart::html::page(&picture, lang)
            };
            let shown = clean(&crate::input::display_path(path));
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: cannot write `{shown}`: {e}");
                return Ok(ExitStatus::Error);
            }
            if !g.quiet {
                eprintln!("{}", tr!(lang, "chart-wrote", path = shown));
            }
        }
        _ => {
            if !g.quiet {
                let text = crate::chart::term::render(&picture, lang, Glyphs::detect());
                super::emit(text.as_bytes())?;
            }
        }
    }
    Ok(ExitStatus::Clean)
}
