//! `larcheck check`: read, check and report a batch of cases.

use crate::cli::{CheckArgs, Global, OutputFormat};
use crate::config::Config;
use crate::error::{Error, ExitStatus, InputError, InputErrors};
use crate::input::{self, InputSource};
use crate::output;
use crate::report::{CaseResult, ErrorReport, Summary};
use chrono::NaiveDate;
use rayon::prelude::*;

/// Today in local time: the only clock read, made here and never in the engine.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// An error entry for the batch.
pub fn error_result(path: String, e: impl Into<InputErrors>) -> CaseResult {
    CaseResult::Error(ErrorReport::new(path, e.into()))
}

/// Checks one source.
pub fn check_one(
    src: &InputSource,
    view: Option<NaiveDate>,
    today: NaiveDate,
    config: &Config,
) -> CaseResult {
    check_case(src, view, today, config).1
}

/// Checks one source and also returns the case read (`None` when it could
/// not be read): `verify` and `train` need its `[expect]` and `[exercise]`.
pub fn check_case(
    src: &InputSource,
    view: Option<NaiveDate>,
    today: NaiveDate,
    config: &Config,
) -> (Option<Box<crate::case::Case>>, CaseResult) {
    let name = src.name();
    let fallback = if view.is_some() { None } else { Some(today) };
    let opts = input::LoadOptions {
        fallback_as_of: fallback,
        view_as_of: view,
        catalogue: &config.catalogue,
        settings: &config.settings,
    };
    let case = match input::load_with(src, &opts) {
        Ok(c) => c,
        Err(e) => return (None, error_result(name, e)),
    };
    let as_of = view.or(case.treatment.as_of).unwrap_or(today);
    let result = match crate::engine::check(&name, &case, as_of, view.is_some(), config) {
        Ok(r) => CaseResult::Checked(Box::new(r)),
        Err(e) => error_result(name, InputError::new(e.0)),
    };
    (Some(Box::new(case)), result)
}

/// Checks every source in parallel and maps each result through `f` (on
/// the worker thread, so a caller can keep a small digest instead of the
/// whole report); the results come back in input order. `worklist` reads
/// its cases through this.
pub(crate) fn check_map<T: Send>(
    sources: &[InputSource],
    view: Option<NaiveDate>,
    today: NaiveDate,
    config: &Config,
    f: impl Fn(CaseResult) -> T + Sync,
) -> Vec<T> {
    sources
        .par_iter()
        .map(|s| f(check_one(s, view, today, config)))
        .collect()
}

/// Runs `check`. Cases are checked in parallel; the table streams each
/// case as soon as it and every case before it are done (input order is
/// kept), and the JSON object is written once at the end.
///
/// When standard output closes early (`larcheck check DIR | head`) the run
/// stops quietly: no case is started after that, nothing more is printed,
/// and the exit status is the one the cases checked by then earned (every
/// case up to the one whose output found the pipe closed, and those
/// already checked ahead of it in parallel) — never 0 when one of them
/// had a failing finding or an input error.
pub fn run(g: &Global, args: &CheckArgs) -> Result<ExitStatus, Error> {
    let config = load(g)?;
    let view = args.as_of;
    let sources = sources(&args.paths, args.follow)?;
    let today = today();
    let threshold = args.fail_on.threshold();
    let style = output::table::Style::detect();
    let stream = g.format == OutputFormat::Table && !g.quiet;
    let mut summary = Summary::default();
    let mut fails = false;
    let mut kept: Vec<CaseResult> = Vec::new();
    let mut write_error: Option<Error> = None;
    if stream && let Some(line) = output::table::config_line(&config) {
        super::emit(line.as_bytes())?;
    }
    let closed = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, CaseResult)>();
        let (srcs, cfg, stop) = (&sources, &config, &closed);
        scope.spawn(move || {
            srcs.par_iter().enumerate().for_each_with(tx, |tx, (i, s)| {
                // Output failed: no case is started any more.
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                let _ = tx.send((i, check_one(s, view, today, cfg)));
            });
        });
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&next) {
                next += 1;
                summary.add(&r);
                fails |= fails_on(&r, threshold);
                if let CaseResult::Error(e) = &r {
                    report_error_on_stderr(g, e);
                }
                if stream {
                    if let Err(e) = super::emit(output::table::render_one(&r, style).as_bytes()) {
                        closed.store(true, std::sync::atomic::Ordering::Relaxed);
                        // The cases already checked ahead count too.
                        for r in pending.values() {
                            summary.add(r);
                            fails |= fails_on(r, threshold);
                        }
                        write_error = Some(e);
                        return;
                    }
                } else {
                    kept.push(r);
                }
            }
        }
    });
    let earned = |summary: &Summary| status(summary, fails);
    match write_error {
        Some(e) if crate::is_broken_pipe(&e) => return Ok(earned(&summary)),
        Some(e) => return Err(e),
        None => {}
    }
    if !g.quiet {
        let text = match g.format {
            OutputFormat::Json => output::json::render(&kept, &summary, &config),
            OutputFormat::Table | OutputFormat::Csv => output::table::render_summary(&summary),
        };
        match super::emit(text.as_bytes()) {
            Err(e) if crate::is_broken_pipe(&e) => return Ok(earned(&summary)),
            r => r?,
        }
    }
    Ok(earned(&summary))
}

/// Does this result have an unacknowledged finding at or above the threshold?
pub fn fails_on(r: &CaseResult, threshold: Option<crate::config::Severity>) -> bool {
    match (r, threshold) {
        (CaseResult::Checked(c), Some(t)) => {
            c.findings.iter().any(|f| f.counts() && f.severity >= t)
        }
        _ => false,
    }
}

/// Prints a broken case on standard error (`path:line:col: message`).
pub fn report_error_on_stderr(g: &Global, e: &ErrorReport) {
    // The table shows errors in place on standard output; with JSON (or
    // --quiet) the person at the terminal learns of them here.
    if g.format == OutputFormat::Table && !g.quiet {
        return;
    }
    let path = output::table::clean(&e.path);
    for d in &e.errors {
        eprintln!(
            "error: {path}{}: {}",
            d.position(),
            output::table::clean(&d.message)
        );
    }
    if e.more_errors > 0 {
        eprintln!("error: {path}: {}", more_problems(e.more_errors));
    }
}

/// "and 3 more problems in this file (only the first 20 are listed)".
pub fn more_problems(n: usize) -> String {
    format!(
        "and {n} more problem{} in this file (only the first {} are listed)",
        if n == 1 { "" } else { "s" },
        crate::error::MAX_REPORTED_ERRORS
    )
}

/// Exit status of a batch: 2 when any case could not be read, else 1 when
/// a finding fails the threshold, else 0.
pub fn status(summary: &Summary, fails: bool) -> ExitStatus {
    if summary.errors > 0 {
        ExitStatus::Error
    } else if fails {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

/// Loads the config layers.
pub fn load(g: &Global) -> Result<Config, Error> {
    crate::load_config(g)
}

/// Expands PATH arguments; a PATH that names nothing is an error in its
/// place, an empty directory is a usage error; `follow` is `--follow`.
pub fn sources(paths: &[std::path::PathBuf], follow: bool) -> Result<Vec<InputSource>, Error> {
    let s = input::expand_with(paths, follow);
    if s.is_empty() {
        return Err(Error::Usage(format!(
            "no case files (*.toml) found in {}",
            paths
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    if s.iter().filter(|x| **x == InputSource::Stdin).count() > 1 {
        return Err(Error::Usage(
            "`-` (standard input) may be given only once".into(),
        ));
    }
    Ok(s)
}
