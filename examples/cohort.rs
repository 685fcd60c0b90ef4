//! Writes a cohort of realistic one-year LAR case files for benchmarks
//! (issue 16): `cargo run --release --example cohort -- DIR [COUNT] [SEED]`
//! (8,000 cases and seed 16 unless told). The same seed gives the same
//! files; what a case holds is described in `benches/common/cohort.rs`.

#[path = "../benches/common/cohort.rs"]
mod cohort;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: cohort DIR [COUNT] [SEED]");
        std::process::exit(2);
    };
    let count: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(8000);
    let seed: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(16);
    let dir = std::path::Path::new(dir);
    let bytes = cohort::write(dir, count, seed);
    eprintln!("{count} cases, {bytes} bytes in {}", dir.display());
}
