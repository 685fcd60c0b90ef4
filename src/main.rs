//! The `larcheck` binary: parse the command line, run, print errors, exit.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = larcheck::cli::Cli::parse();
    match larcheck::run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            if !larcheck::is_broken_pipe(&e) {
                eprint!("{}", larcheck::error_text(&e));
                return larcheck::error::ExitStatus::Error.into();
            }
            ExitCode::SUCCESS
        }
    }
}
