//! Build script: the embedded drug catalogue (`config/drugs.toml`) is
//! turned into compact JSON in `OUT_DIR`, which the binary embeds and reads
//! with serde_json at start-up instead of parsing 115 KB of TOML at every
//! run (issue 16: the TOML parse was a third of a one-case run).
//!
//! The conversion is generic (TOML value -> JSON value): the file's format
//! is still defined once, by the structs in `src/vocab/drugs.rs`, and a unit
//! test there checks that the JSON reads to exactly what the TOML reads to.
//! A catalogue that is not valid TOML fails the build here with the parser's
//! message; one that is valid TOML but not a valid catalogue fails the
//! catalogue's unit tests, as before.

use std::path::Path;

fn main() {
    let src = Path::new("config/drugs.toml");
    println!("cargo::rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(src).expect("config/drugs.toml is readable");
    let value: toml::Value = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("config/drugs.toml is not valid TOML: {e}"));
    let json = serde_json::to_string(&value).expect("a TOML value is representable as JSON");
    let out =
        Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("drugs.json");
    std::fs::write(&out, json).expect("OUT_DIR is writable");
}
