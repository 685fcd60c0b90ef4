//! The `larcheck` binary: parse the command line, run, print errors, exit.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = larcheck::cli::Cli::parse();
    match larcheck::run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            if !larcheck::is_broken_pipe(&e) {
                eprintln!("error: {e}");
                let mut source = std::error::Error::source(&e);
                while let Some(s) = source {
                    eprintln!("  caused by: {s}");
                    source = s.source();
                }
                return larcheck::error::ExitStatus::Error.into();
            }
            ExitCode::SUCCESS
        }
    }
}
