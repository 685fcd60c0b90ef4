//! Writes a generated FHIR R4 bulk export (NDJSON, one file per resource
//! type) of realistic one-year LAR patients for benchmarks (issue 21):
//! `cargo run --release --example fhir_export -- DIR [COUNT] [SEED]`
//! (8,000 patients and seed 21 unless told). The same seed gives the same
//! files; what a patient holds is described in `benches/common/fhir.rs`.

#[path = "../benches/common/fhir.rs"]
mod fhir;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: fhir_export DIR [COUNT] [SEED]");
        std::process::exit(2);
    };
    let count: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(8000);
    let seed: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(21);
    let dir = std::path::Path::new(dir);
    let (files, bytes, resources) = fhir::write(dir, count, seed);
    eprintln!(
        "{count} patients, {resources} resources, {bytes} bytes in {} files in {} (as of {})",
        files.len(),
        dir.display(),
        fhir::AS_OF
    );
}
