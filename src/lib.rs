//! larcheck: checks of LAR (opioid agonist treatment) case files.
//!
//! The library is organised as the data flows: [`case`] reads and validates
//! a case file, [`facts`] derives the day-by-day history, episodes, phase,
//! resolved prescriptions and screen readings once, [`rules`] judges them
//! against [`config`]'s parameters, [`engine`] assembles the pure
//! [`report`], and [`output`] renders it. [`vocab`] holds the fixed screen
//! vocabulary. [`run`] is the command line's entry point.

pub mod actions;
pub mod case;
pub mod chart;
pub mod cli;
pub mod commands;
pub mod config;
pub mod dispense;
pub mod engine;
pub mod error;
pub mod facts;
pub mod fest;
pub mod fhir;
pub mod i18n;
pub mod input;
pub mod output;
pub mod report;
pub mod rules;
pub mod schedule;
pub mod sources;
pub mod suggest;
pub mod timeline;
pub mod train;
pub mod verify;
pub mod vocab;
pub mod words;

use cli::{Cli, Command};
use error::{Error, ExitStatus};

/// Runs one command line.
pub fn run(cli: Cli) -> Result<ExitStatus, Error> {
    let g = &cli.global;
    if g.format == cli::OutputFormat::Csv && !matches!(cli.command, Command::Worklist(_)) {
        return Err(Error::Usage(crate::tr!(
            g.language(),
            "err-csv-only-worklist"
        )));
    }
    if g.format == cli::OutputFormat::Toml && !matches!(cli.command, Command::Schedule(_)) {
        return Err(Error::Usage(crate::tr!(
            g.language(),
            "err-toml-only-schedule"
        )));
    }
    match &cli.command {
        Command::Check(args) => commands::check::run(g, args),
        Command::Worklist(args) => commands::worklist::run(g, args),
        Command::Validate(args) => commands::validate::run(g, args),
        Command::Rules => commands::rules::list(g),
        Command::Explain { code } => commands::rules::explain(g, code),
        Command::Drugs(args) => match (&args.command, &args.query) {
            (Some(cli::DrugsCommand::ImportFest(a)), _) => commands::import_fest::run(g, a),
            (None, Some(query)) => commands::drugs::run(g, query),
            (None, None) => commands::drugs::run(g, ""),
        },
        Command::Import(args) => match &args.command {
            cli::ImportCommand::Fhir(a) => commands::import_fhir::run(g, a),
        },
        Command::Verify(args) => commands::verify::run(g, args),
        Command::Train(args) => commands::train::run(g, args),
        Command::Timeline(args) => commands::timeline::run(g, args),
        Command::Chart(args) => commands::chart::run(g, args),
        Command::Schedule(args) => commands::schedule::run(g, args),
        Command::Plan(args) => commands::plan::run(g, args),
        Command::Completions { shell } => commands::docs::completions(*shell),
        Command::Man => commands::docs::man(),
    }
}

/// What a command line run in-process by [`run_captured`] wrote and returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    /// The exit status the binary would return.
    pub code: i32,
    /// Everything written to standard output.
    pub stdout: Vec<u8>,
    /// The binary's own error report ([`error_text`], or clap's usage
    /// error). Lines a command prints on standard error itself while it
    /// runs are not captured.
    pub stderr: Vec<u8>,
}

/// Runs one command line (`args` without the program name) in-process, as
/// the binary does, capturing standard output: for tests, which need not
/// spawn the binary. Standard input is the process's own.
pub fn run_captured<I, T>(args: I) -> Captured
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::Parser;
    let argv = std::iter::once(std::ffi::OsString::from("larcheck"))
        .chain(args.into_iter().map(Into::into));
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string().into_bytes();
            let (stdout, stderr) = if e.use_stderr() {
                (Vec::new(), text)
            } else {
                (text, Vec::new())
            };
            return Captured {
                code: e.exit_code(),
                stdout,
                stderr,
            };
        }
    };
    let (result, stdout) = commands::capture(|| {
        let lang = cli.global.language();
        (run(cli), lang)
    });
    let (result, lang) = result;
    let (code, stderr) = match result {
        Ok(status) => (status as i32, String::new()),
        Err(e) if is_broken_pipe(&e) => (0, String::new()),
        Err(e) => (ExitStatus::Error as i32, error_text_in(&e, lang)),
    };
    Captured {
        code,
        stdout,
        stderr: stderr.into_bytes(),
    }
}

/// The binary's report of an error on standard error: `error: …` and one
/// `  caused by: …` line per source.
pub fn error_text(e: &Error) -> String {
    error_text_in(e, i18n::Lang::En)
}

/// [`error_text`] in `lang` (the binary's `--lang`, `LARCHECK_LANG` or
/// locale): the sentences in the language, paths and positions as they are.
pub fn error_text_in(e: &Error, lang: i18n::Lang) -> String {
    // Every line passes the terminal choke point (output::printable): a
    // path or value from any input cannot steer the terminal.
    let said = e.text_in(lang);
    let caused_by = crate::tr!(lang, "err-caused-by");
    let mut text = format!("error: {}\n", output::printable::line(&said));
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        // A cause the message already quotes is not repeated.
        let cause = s.to_string();
        if !said.contains(&cause) {
            text.push_str(&format!(
                "  {caused_by} {}\n",
                output::printable::line(&cause)
            ));
        }
        source = s.source();
    }
    text
}

/// Loads the parameters: defaults plus every `--config` layer.
pub fn load_config(g: &cli::Global) -> Result<config::Config, Error> {
    let mut c = load_parameters(g)?;
    c.lang = g.language();
    Ok(c)
}

/// The parameters of [`load_config`], before the language is set.
fn load_parameters(g: &cli::Global) -> Result<config::Config, Error> {
    // In-process runs ([`run_captured`], the tests) read the embedded
    // defaults once per process instead of once per command line; the
    // binary reads them once anyway and is not affected.
    if g.config.is_empty() && g.drugs.is_empty() && commands::capturing() {
        static EMBEDDED: std::sync::OnceLock<config::Config> = std::sync::OnceLock::new();
        if let Some(c) = EMBEDDED.get() {
            return Ok(c.clone());
        }
        let c = config::Config::load(&[], &[])?;
        return Ok(EMBEDDED.get_or_init(|| c).clone());
    }
    let read = |paths: &[std::path::PathBuf]| -> Result<Vec<(String, String)>, Error> {
        paths
            .iter()
            .map(|p| Ok((p.display().to_string(), read_layer(p)?)))
            .collect()
    };
    let layers = read(&g.config)?;
    let drugs = read(&g.drugs)?;
    config::Config::load_in(&layers, &drugs, g.allow_unsafe_config, g.language())
}

/// The largest `--config` or `--drugs` file read (the embedded catalogue is
/// about 0.2 MiB).
const MAX_LAYER_MIB: u64 = 16;

/// A `--config` or `--drugs` file's text. As for case files, what is not a
/// regular file (a FIFO would block) is refused without being read, and so
/// is a file above [`MAX_LAYER_MIB`]; text that is not UTF-8 is reported at
/// its line and column, never with the line's content (the file may be
/// one that should not be printed).
fn read_layer(p: &std::path::Path) -> Result<String, Error> {
    let io = |source| Error::Io {
        path: p.to_path_buf(),
        source,
    };
    let config = |message: String| Error::Config {
        path: p.display().to_string(),
        message,
    };
    let meta = std::fs::metadata(p).map_err(io)?;
    if !meta.is_file() {
        return Err(config(
            "not a regular file (a FIFO, socket, device or folder); it was not read".into(),
        ));
    }
    if meta.len() > MAX_LAYER_MIB * 1024 * 1024 {
        return Err(config(format!(
            "{} bytes, above the limit of {MAX_LAYER_MIB} MiB for a configuration file; it was not read",
            meta.len()
        )));
    }
    let bytes = std::fs::read(p).map_err(io)?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, column, _) = input::utf8_position(e.as_bytes());
        config(format!(
            "{line}:{column}: not UTF-8 text; save the file as UTF-8"
        ))
    })
}

/// Is this error a closed pipe (`larcheck ... | head`)? Those exit quietly.
pub fn is_broken_pipe(e: &Error) -> bool {
    matches!(e, Error::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}
