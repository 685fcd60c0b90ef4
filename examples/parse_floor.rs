//! The TOML-parse floor for the cohort benchmark (issue 16): reads every
//! `*.toml` file under the given directories and parses it into a
//! `toml::Table`, in parallel, and nothing else. `larcheck check` on the
//! same files is measured beside it:
//! `cargo run --release --example parse_floor -- DIR`.

use rayon::prelude::*;

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let e = e.expect("readable directory");
            if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") {
                files.push(e.into_path());
            }
        }
    }
    let parsed: usize = files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable file");
            usize::from(text.parse::<toml::Table>().is_ok())
        })
        .sum();
    println!("{parsed} of {} files parsed", files.len());
}
