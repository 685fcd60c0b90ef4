//! Benchmark: the national cohort (issue 16). Writes a generated cohort of
//! realistic one-year cases (`benches/common/cohort.rs`; 8,000 unless
//! `LARCHECK_COHORT` says how many) into a temporary directory and times,
//! side by side in this one process:
//! - the TOML-parse floor: every file read and parsed into a `toml::Table`,
//!   in parallel, nothing else;
//! - `check --format json`, `check` (table) and `validate` of the cohort,
//!   each with its ratio to the floor;
//! - one case end to end: the `larcheck` binary run as a process on one
//!   case, the median of 50 runs, beside the process-start floor (this
//!   bench binary started again only to print one line).
//!
//! Run with `cargo bench --bench cohort`. Not a test: it only reports. The
//! commands run in-process (`larcheck::run_captured`, the embedded
//! configuration read once); a whole-process comparison of the binary with
//! the floor is `examples/parse_floor.rs` beside `larcheck check`.

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/cohort.rs"]
mod cohort;

use rayon::prelude::*;

#[path = "common/timing.rs"]
mod timing;
use timing::median;

/// The floor: read and parse every case file as TOML, in parallel.
fn floor(files: &[std::path::PathBuf]) -> usize {
    files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable case");
            usize::from(text.parse::<toml::Table>().is_ok())
        })
        .sum()
}

fn main() {
    // The process-start floor: this binary started again only to print a
    // line (see the end of main).
    if std::env::var_os(FLOOR_VAR).is_some() {
        println!("floor");
        return;
    }
    let count: usize = std::env::var("LARCHECK_COHORT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8000);
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = cohort::write(dir.path(), count, 16);
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("cohort")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    println!(
        "{count} generated one-year cases, {:.1} MB of TOML",
        bytes as f64 / 1e6
    );
    let d = dir.path().to_str().expect("utf-8 temp dir");
    let runs = 5;
    let base = median(runs, || assert_eq!(floor(&files), count));
    println!("TOML-parse floor:       {base:>10.1?}");
    for (label, args) in [
        ("check --format json", vec!["--format", "json", "check", d]),
        ("check (table)", vec!["check", d]),
        ("validate", vec!["validate", d]),
    ] {
        let mut out = 0;
        let t = median(runs, || {
            let c = larcheck::run_captured(&args);
            assert!(c.code != 2 || label == "validate", "{label}: exit 2");
            out = c.stdout.len();
        });
        println!(
            "{label:<22}  {t:>10.1?}  {:.2} x the floor  ({out} bytes out)",
            t.as_secs_f64() / base.as_secs_f64()
        );
    }
    let one = &files[0];
    let bin = env!("CARGO_BIN_EXE_larcheck");
    let t = median(50, || {
        let s = std::process::Command::new(bin)
            .args(["--format", "json", "check"])
            .arg(one)
            .output()
            .expect("run larcheck");
        assert!(s.status.code().is_some_and(|c| c < 2));
    });
    println!("one case end to end:    {t:>10.1?}  (process, median of 50)");
    let me = std::env::current_exe().expect("the bench binary");
    let start = median(50, || {
        let s = std::process::Command::new(&me)
            .env(FLOOR_VAR, "1")
            .output()
            .expect("run the floor");
        assert!(s.status.success());
    });
    println!(
        "process-start floor:    {start:>10.1?}  (a Rust binary printing one line; one case is {:.1} x it)",
        t.as_secs_f64() / start.as_secs_f64()
    );
}

/// Set: the bench binary only prints a line (the process-start floor).
const FLOOR_VAR: &str = "LARCHECK_BENCH_PROCESS_FLOOR";
