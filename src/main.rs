//! The `larcheck` binary: parse the command line, run, print errors, exit.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = larcheck::cli::Cli::parse();
    match larcheck::run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            if !larcheck::is_broken_pipe(&e) {
                let said = e.to_string();
                eprintln!("error: {said}");
                let mut source = std::error::Error::source(&e);
                while let Some(s) = source {
                    // A cause the message already quotes is not repeated.
                    let cause = s.to_string();
                    if !said.contains(&cause) {
                        eprintln!("  caused by: {cause}");
                    }
                    source = s.source();
                }
                return larcheck::error::ExitStatus::Error.into();
            }
            ExitCode::SUCCESS
        }
    }
}
