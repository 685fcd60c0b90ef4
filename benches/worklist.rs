//! Benchmark: `worklist` beside `check --format json` on the same many
//! cases (issue 17: the worklist may take at most 1.2 × the JSON check).
//! The cases are the bundled examples (fixtures/public) copied N times with
//! distinct ids into a temporary folder; nothing else is needed. Run with
//! `cargo bench --bench worklist` (N = 2,000; `WORKLIST_BENCH_N` sets it).
//! With `WORKLIST_BENCH_DIR=DIR` it only writes the cases into DIR, for a
//! whole-process measurement of the release binary (`/usr/bin/time -v
//! target/release/larcheck worklist DIR`). Not a test: it only reports.

use std::path::Path;
use std::time::Instant;

/// Writes `n` cases into `dir`: the public examples in turn, each with its
/// own id. Returns how many were written.
fn generate(dir: &Path, n: usize) -> usize {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/public");
    let mut examples: Vec<(String, String)> = std::fs::read_dir(&src)
        .expect("fixtures/public")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).expect("read"))
        })
        .collect();
    examples.sort();
    std::fs::create_dir_all(dir).expect("mkdir");
    for i in 0..n {
        let (stem, text) = &examples[i % examples.len()];
        let text = text.replacen("id = \"accept-", &format!("id = \"c{i:05}-accept-"), 1);
        std::fs::write(dir.join(format!("{i:05}-{stem}.toml")), text).expect("write");
    }
    n
}

/// The median of `runs` timed in-process runs of `args`, in seconds.
fn time(args: &[&str], runs: usize) -> (f64, i32) {
    let mut t: Vec<f64> = Vec::new();
    let mut code = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let out = larcheck::run_captured(args);
        t.push(start.elapsed().as_secs_f64());
        code = out.code;
        assert!(!out.stdout.is_empty());
    }
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], code)
}

fn main() {
    let n: usize = std::env::var("WORKLIST_BENCH_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000);
    if let Some(dir) = std::env::var_os("WORKLIST_BENCH_DIR") {
        let written = generate(Path::new(&dir), n);
        println!(
            "worklist: {written} cases written to {}",
            Path::new(&dir).display()
        );
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    generate(tmp.path(), n);
    let d = tmp.path().to_str().expect("a UTF-8 temp path");
    let (check, c1) = time(&["check", "--format", "json", d], 5);
    let (worklist, c2) = time(&["worklist", d], 5);
    assert_eq!(c1, c2, "worklist's exit status is check's");
    println!(
        "worklist: {n} cases: check --format json {:.3} s, worklist {:.3} s (median of 5, in-process): ratio {:.2}",
        check,
        worklist,
        worklist / check
    );
}
