//! The `larcheck` binary: parse the command line, run, print errors, exit.

use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: a batch makes many small
/// allocations (parsed TOML, facts, findings) freed by the thread that made
/// them, which glibc's malloc served at about a quarter of all CPU (issue 16).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = larcheck::cli::Cli::parse();
    let lang = cli.global.language();
    match larcheck::run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            if !larcheck::is_broken_pipe(&e) {
                eprint!("{}", larcheck::error_text_in(&e, lang));
                return larcheck::error::ExitStatus::Error.into();
            }
            ExitCode::SUCCESS
        }
    }
}
