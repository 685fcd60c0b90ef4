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
    check_early(src, view, today, config, None)
}

/// As [`check_case`], with what [`input::read_early`] read of the source.
fn check_early(
    src: &InputSource,
    view: Option<NaiveDate>,
    today: NaiveDate,
    config: &Config,
    early: Option<input::Early>,
) -> (Option<Box<crate::case::Case>>, CaseResult) {
    let name = src.name();
    let fallback = if view.is_some() { None } else { Some(today) };
    let opts = input::LoadOptions {
        fallback_as_of: fallback,
        view_as_of: view,
        catalogue: &config.catalogue,
        settings: &config.settings,
        lang: config.lang,
    };
    let case = match input::load_early(src, &opts, early) {
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

/// One checked case as a worker hands it to the writer: its output
/// already rendered, and what it adds to the batch's counts and status.
struct Done {
    /// The case's table, or its JSON element (empty with `--quiet`).
    out: Vec<u8>,
    /// The case counted alone.
    tally: Summary,
    /// It has a finding that fails `--fail-on`.
    fails: bool,
    /// Its input error, for standard error.
    error: Option<ErrorReport>,
}

/// How the workers render each case.
#[derive(Clone, Copy)]
struct Render {
    format: Option<OutputFormat>,
    style: output::table::Style,
    threshold: Option<crate::config::Severity>,
}

impl Render {
    /// Renders and counts one result; the report itself is dropped here,
    /// in the worker.
    fn done(self, r: CaseResult) -> Done {
        let mut tally = Summary::default();
        tally.add(&r);
        let out = match self.format {
            // `lib::run` refuses CSV for `check`; it would be the table.
            Some(OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml) => {
                output::table::render_one(&r, self.style).into_bytes()
            }
            Some(OutputFormat::Json) => {
                let mut v = Vec::with_capacity(8192);
                output::json::case(&r, &mut v);
                v
            }
            None => Vec::new(),
        };
        let fails = fails_on(&r, self.threshold);
        let error = match r {
            CaseResult::Error(e) => Some(e),
            CaseResult::Checked(_) => None,
        };
        Done {
            out,
            tally,
            fails,
            error,
        }
    }
}

/// How many cases may be checked ahead of the first one not yet written:
/// the batch holds only these, whatever its size (issue 16).
const WINDOW: usize = 64;

/// Hands out the cases in input order and keeps the workers at most
/// [`WINDOW`] cases ahead of the writer.
struct Feed {
    next: std::sync::atomic::AtomicUsize,
    written: std::sync::Mutex<Window>,
    moved: std::sync::Condvar,
    stop: std::sync::atomic::AtomicBool,
}

/// What [`Feed`] guards: the cases written, and how many workers wait for
/// the window to move (the writer wakes them only then: a wake-up per case
/// was a system call per case).
#[derive(Default)]
struct Window {
    written: usize,
    waiting: usize,
}

impl Feed {
    fn new() -> Feed {
        Feed {
            next: 0.into(),
            written: std::sync::Mutex::new(Window::default()),
            moved: std::sync::Condvar::new(),
            stop: false.into(),
        }
    }

    /// The next case to check, once it is inside the window; `None` when
    /// every case is taken or output has stopped.
    fn take(&self, len: usize) -> Option<usize> {
        use std::sync::atomic::Ordering::Relaxed;
        if self.stop.load(Relaxed) {
            return None;
        }
        let i = self.next.fetch_add(1, Relaxed);
        if i >= len {
            return None;
        }
        let mut w = self.written.lock().unwrap_or_else(|e| e.into_inner());
        while i >= w.written + WINDOW && !self.stop.load(Relaxed) {
            w.waiting += 1;
            w = self.moved.wait(w).unwrap_or_else(|e| e.into_inner());
            w.waiting -= 1;
        }
        (!self.stop.load(Relaxed)).then_some(i)
    }

    /// `n` cases are written.
    fn advance(&self, n: usize) {
        let mut w = self.written.lock().unwrap_or_else(|e| e.into_inner());
        w.written = n;
        // Read under the lock: a worker about to wait has counted itself.
        if w.waiting > 0 {
            self.moved.notify_all();
        }
    }

    /// Output failed: no case is started any more.
    fn halt(&self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let _guard = self.written.lock().unwrap_or_else(|e| e.into_inner());
        self.moved.notify_all();
    }
}

/// Standard output, written in large pieces: [`super::emit`] once the
/// buffer is full and whenever the writer would wait for a case.
struct Out {
    buf: Vec<u8>,
    /// When the buffer last went out.
    flushed: std::time::Instant,
}

impl Out {
    const FULL: usize = 1 << 16;

    /// While the writer waits for a case, what is written goes out at most
    /// this often: streamed output stays prompt (a person at `| less` sees
    /// the first cases at once), and a batch of quick cases is not a system
    /// call (and a wake-up of the reader) per case (issue 16).
    const EVERY: std::time::Duration = std::time::Duration::from_millis(20);

    /// The writer's nap when the next case is not ready yet.
    const NAP: std::time::Duration = std::time::Duration::from_micros(500);

    /// How long the writer may wait for a case before it flushes.
    fn patience(&self) -> std::time::Duration {
        Self::EVERY.saturating_sub(self.flushed.elapsed())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= Self::FULL {
            return self.flush();
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Error> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let r = super::emit(&self.buf);
        self.buf.clear();
        self.flushed = std::time::Instant::now();
        r
    }
}

/// The writer's next case from the workers (`Err(())`: every case came),
/// with the result of any flush made while waiting. `started`: a case is
/// written already (the head waits for the first); `more`: more cases are
/// coming.
fn receive(
    rx: &std::sync::mpsc::Receiver<(usize, Done)>,
    out: &mut Out,
    started: bool,
    more: bool,
) -> (Result<(usize, Done), ()>, Result<(), Error>) {
    use std::sync::mpsc::{RecvTimeoutError, TryRecvError};
    let mut ready = rx.try_recv();
    if matches!(ready, Err(TryRecvError::Empty)) && more {
        // More cases are coming, a fraction of a millisecond apart: the
        // writer naps and then takes what came, instead of being woken (a
        // context switch) for every case.
        std::thread::sleep(Out::NAP);
        ready = rx.try_recv();
    }
    if let Ok(x) = ready {
        return (Ok(x), Ok(()));
    }
    // Nothing to write until the next case: what is written so far goes
    // out when that case is not here within the writer's patience.
    let mut flushed = Ok(());
    if started {
        match rx.recv_timeout(out.patience()) {
            Ok(x) => return (Ok(x), Ok(())),
            Err(RecvTimeoutError::Disconnected) => return (Err(()), Ok(())),
            Err(RecvTimeoutError::Timeout) => flushed = out.flush(),
        }
    }
    (rx.recv().map_err(|_| ()), flushed)
}

/// The workers: each takes the next case, checks and renders it, and sends
/// it to the writer. One file needs no pool: starting its threads was a
/// good part of a one-case run (issue 16).
fn workers(
    (srcs, early): (&[InputSource], Early),
    view: Option<NaiveDate>,
    today: NaiveDate,
    cfg: &Config,
    feed: &Feed,
    render: Render,
    tx: std::sync::mpsc::Sender<(usize, Done)>,
) {
    let work = move |tx: std::sync::mpsc::Sender<(usize, Done)>| {
        while let Some(i) = feed.take(srcs.len()) {
            let r = check_one(&srcs[i], view, today, cfg);
            if tx.send((i, render.done(r))).is_err() {
                break;
            }
        }
    };
    if srcs.len() <= 1 {
        // The one file, with its head start when it has one.
        let early = early.and_then(|h| h.join().ok().flatten());
        if let (Some(src), Some(i)) = (srcs.first(), feed.take(srcs.len())) {
            let r = check_early(src, view, today, cfg, early).1;
            let _ = tx.send((i, render.done(r)));
        }
        return;
    }
    rayon::scope(|s| {
        for _ in 0..rayon::current_num_threads() {
            let tx = tx.clone();
            s.spawn(move |_| work(tx));
        }
    });
}

/// Runs `check`. Cases are checked in parallel, each rendered (table or
/// JSON) by the worker that checked it; the output streams in input order
/// through one buffered writer, and the batch holds only the cases in
/// flight ([`WINDOW`]), whatever the format.
///
/// When standard output closes early (`larcheck check DIR | head`) the run
/// stops quietly: no case is started after that, nothing more is printed,
/// and the exit status is the one the cases checked by then earned (every
/// case up to the one whose output found the pipe closed, and those
/// already checked, or being checked, ahead of it in parallel) — never 0
/// when one of them had a failing finding or an input error.
pub fn run(g: &Global, args: &CheckArgs) -> Result<ExitStatus, Error> {
    let early = read_early(g, args);
    let config = load(g)?;
    let (sources, view) = sources_of(args, &config, g.language())?;
    let today = today();
    let render = Render {
        format: (!g.quiet).then_some(g.format),
        style: output::table::Style {
            lang: g.language(),
            ..output::table::Style::detect()
        },
        threshold: args.fail_on.threshold(),
    };
    let mut summary = Summary::default();
    let mut fails = false;
    let mut out = Out {
        buf: Vec::with_capacity(Out::FULL + 8192),
        flushed: std::time::Instant::now(),
    };
    let head = match render.format {
        Some(OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml) => {
            output::table::config_line(&config)
        }
        Some(OutputFormat::Json) => Some(output::json::head(&config)),
        None => None,
    };
    let mut written = out.write(head.unwrap_or_default().as_bytes());
    let feed = Feed::new();
    // Every case was written (not stopped by a failed write).
    let mut complete = false;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Done)>();
        let (srcs, cfg, feed) = (&sources, &config, &feed);
        if written.is_err() {
            feed.halt();
        }
        // One file is checked here, before its output is written: a worker
        // thread only to hand one case to this one cost a thread start.
        // (The channel is unbounded: the send does not wait for a reader.)
        if srcs.len() <= 1 {
            workers((srcs, early), view, today, cfg, feed, render, tx);
        } else {
            scope.spawn(move || workers((srcs, early), view, today, cfg, feed, render, tx));
        }
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        while written.is_ok() {
            let more = next > 0 && next < sources.len();
            let (i, d) = match receive(&rx, &mut out, next > 0, more) {
                (Ok(x), Ok(())) => x,
                // Checked already: it counts.
                (Ok((i, d)), Err(e)) => {
                    pending.insert(i, d);
                    written = Err(e);
                    break;
                }
                (Err(()), w) => {
                    complete = w.is_ok();
                    written = w;
                    break;
                }
            };
            pending.insert(i, d);
            while let Some(d) = pending.remove(&next) {
                summary.merge(&d.tally);
                fails |= d.fails;
                if let Some(e) = &d.error {
                    report_error_on_stderr(g, e);
                }
                if render.format == Some(OutputFormat::Json) {
                    written = out.write(output::json::separator(next == 0).as_bytes());
                }
                if written.is_ok() {
                    written = out.write(&d.out);
                }
                next += 1;
                feed.advance(next);
                if written.is_err() {
                    break;
                }
            }
        }
        if !complete {
            feed.halt();
            // The cases already checked ahead count too, and so do those
            // being checked when output failed (no new one is started).
            let late: Vec<Done> = rx.iter().map(|(_, d)| d).collect();
            for d in pending.values().chain(&late) {
                summary.merge(&d.tally);
                fails |= d.fails;
            }
        }
    });
    let earned = status(&summary, fails);
    super::release(config);
    if complete {
        let tail = match render.format {
            Some(OutputFormat::Json) => output::json::tail(summary.cases > 0, &summary),
            Some(OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml) => {
                output::table::render_summary(&summary, render.style.lang)
            }
            None => String::new(),
        };
        written = out.write(tail.as_bytes()).and_then(|()| out.flush());
    }
    match written {
        Err(e) if crate::is_broken_pipe(&e) => Ok(earned),
        Err(e) => Err(e),
        Ok(()) => Ok(earned),
    }
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
        let more = more_problems_in(e.more_errors, g.language());
        eprintln!("error: {path}: {more}");
    }
}

/// "and 3 more problems in this file (only the first 20 are listed)".
pub fn more_problems(n: usize) -> String {
    more_problems_in(n, crate::i18n::Lang::En)
}

/// [`more_problems`] in `lang`.
pub fn more_problems_in(n: usize, lang: crate::i18n::Lang) -> String {
    crate::tr!(
        lang,
        "err-more-problems",
        n = n,
        listed = crate::error::MAX_REPORTED_ERRORS
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

/// A one-file run's file read as TOML on a second thread while the
/// configuration loads ([`input::read_early`]): reading a long history is
/// about as long as building the catalogue (issue 16). Only with the
/// embedded configuration, whose size limit is above what is read early.
type Early = Option<std::thread::JoinHandle<Option<input::Early>>>;

/// Starts the early read of a one-file run ([`Early`]).
fn read_early(g: &Global, args: &CheckArgs) -> Early {
    let [path] = args.paths.as_slice() else {
        return None;
    };
    if args.from.is_some() {
        return None;
    }
    if !g.config.is_empty() || !g.drugs.is_empty() || path.as_os_str() == "-" {
        return None;
    }
    // A small file is read after the configuration, on the main thread: a
    // one-year case (a few KB) reads in less time than a thread takes to
    // start and warm its allocator (page faults; issue 16).
    if std::fs::metadata(path).is_ok_and(|m| m.len() < EARLY_MIN_BYTES) {
        return None;
    }
    let (path, lang) = (path.clone(), g.language());
    Some(std::thread::spawn(move || input::read_early(&path, lang)))
}

/// The size from which a one-file run reads its file early ([`Early`]): a
/// year of daily history is about 16 KB, ten years 160 KB (local default,
/// measured with `perf stat` on the cohort's cases and `examples/daily.rs`).
const EARLY_MIN_BYTES: u64 = 32 * 1024;

/// Loads the config layers.
pub fn load(g: &Global) -> Result<Config, Error> {
    crate::load_config(g)
}

/// The sources of `check` and `worklist` and the `--as-of` view: the
/// expanded PATHs, or with `--from fhir` the cases imported in memory
/// (their `as_of` is `--as-of`, as `import fhir --as-of` writes it: no view).
pub fn sources_of(
    args: &CheckArgs,
    config: &Config,
    lang: crate::i18n::Lang,
) -> Result<(Vec<InputSource>, Option<NaiveDate>), Error> {
    match args.from {
        Some(crate::cli::FromFormat::Fhir) => Ok((
            super::import_fhir::sources(&args.paths, args.as_of, config)?,
            None,
        )),
        None => Ok((sources_in(&args.paths, args.follow, lang)?, args.as_of)),
    }
}

/// Expands PATH arguments; a PATH that names nothing is an error in its
/// place, an empty directory is a usage error; `follow` is `--follow`.
pub fn sources(paths: &[std::path::PathBuf], follow: bool) -> Result<Vec<InputSource>, Error> {
    sources_in(paths, follow, crate::i18n::Lang::En)
}

/// [`sources`], the refusals said in `lang`.
pub fn sources_in(
    paths: &[std::path::PathBuf],
    follow: bool,
    lang: crate::i18n::Lang,
) -> Result<Vec<InputSource>, Error> {
    let s = input::expand_in(paths, follow, lang);
    if s.is_empty() {
        let paths = paths
            .iter()
            .map(|p| format!("`{}`", p.display()))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::Usage(crate::tr!(
            lang,
            "err-no-case-files",
            paths = paths
        )));
    }
    if s.iter().filter(|x| **x == InputSource::Stdin).count() > 1 {
        return Err(Error::Usage(crate::tr!(lang, "err-stdin-once")));
    }
    Ok(s)
}
