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
pub mod cli;
pub mod commands;
pub mod config;
pub mod drugs;
pub mod engine;
pub mod error;
pub mod facts;
pub mod fest;
pub mod input;
pub mod output;
pub mod report;
pub mod rules;
pub mod sources;
pub mod suggest;
pub mod vocab;
pub mod words;

/// The old path of [`facts::readings`] and of the substance groups, kept
/// only while the issue-14 branches merge (the rule files still name it);
/// to be replaced by `facts::Reading` and `vocab::substances::SubstanceGroup`.
pub mod reading {
    pub use crate::facts::readings::{Reading, lar_start};
    pub use crate::vocab::substances::{SubstanceGroup as Group, group};
}

/// The old path of [`vocab::substances`], kept only while the issue-14
/// branches merge (the case reader, the config and the catalogue still
/// name it).
pub mod screens {
    pub use crate::vocab::substances::{SUBSTANCES, alias};
}

use cli::{Cli, Command};
use error::{Error, ExitStatus};

/// Runs one command line.
pub fn run(cli: Cli) -> Result<ExitStatus, Error> {
    let g = &cli.global;
    match &cli.command {
        Command::Check(args) => commands::check::run(g, args),
        Command::Validate(args) => commands::validate::run(g, args),
        Command::Rules => commands::rules::list(g),
        Command::Explain { code } => commands::rules::explain(g, code),
        Command::Drugs(args) => match (&args.command, &args.query) {
            (Some(cli::DrugsCommand::ImportFest(a)), _) => commands::import_fest::run(g, a),
            (None, Some(query)) => commands::drugs::run(g, query),
            (None, None) => commands::drugs::run(g, ""),
        },
        Command::Completions { shell } => commands::docs::completions(*shell),
        Command::Man => commands::docs::man(),
    }
}

/// Loads the parameters: defaults plus every `--config` layer.
pub fn load_config(g: &cli::Global) -> Result<config::Config, Error> {
    let mut layers = Vec::new();
    for p in &g.config {
        let text = std::fs::read_to_string(p).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
        layers.push((p.display().to_string(), text));
    }
    let mut drugs = Vec::new();
    for p in &g.drugs {
        let text = std::fs::read_to_string(p).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
        drugs.push((p.display().to_string(), text));
    }
    config::Config::load(&layers, &drugs)
}

/// Is this error a closed pipe (`larcheck ... | head`)? Those exit quietly.
pub fn is_broken_pipe(e: &Error) -> bool {
    matches!(e, Error::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}
