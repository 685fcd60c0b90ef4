//! Benchmark: the directory walk of a caseload folder (one sub-folder per
//! patient, one case file in each) at 2,000, 8,000 and 32,000 patients.
//! Run with `cargo bench --bench walk`. Not a test: it only reports. The
//! time per folder should stay flat as the count grows (the walk keeps the
//! folders it has seen in a hash set; nothing compares a folder with every
//! other).

use std::time::Instant;

fn main() {
    for n in [2_000usize, 8_000, 32_000] {
        let dir = tempfile::tempdir().expect("temp dir");
        for i in 0..n {
            let d = dir.path().join(format!("patient-{i:05}"));
            std::fs::create_dir(&d).expect("mkdir");
            std::fs::write(d.join("case.toml"), "").expect("write");
        }
        let t = Instant::now();
        let found = larcheck::input::expand(&[dir.path().to_path_buf()]);
        let el = t.elapsed();
        assert_eq!(found.len(), n);
        println!(
            "walk: {n:>6} folders in {:>8.1} ms ({:.1} µs per folder)",
            el.as_secs_f64() * 1e3,
            el.as_secs_f64() * 1e6 / n as f64
        );
    }
}
