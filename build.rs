//! Build script: the embedded configuration is prepared here once, instead
//! of at every start of the binary (issue 16: parsing it was most of a
//! one-case run). It writes to `OUT_DIR`:
//! - `drugs.json`: `config/drugs.toml` as compact JSON, which the binary
//!   reads with serde_json instead of parsing 115 KB of TOML;
//! - `default.json`: `config/default.toml` as JSON, read into the same
//!   `toml::Table` the TOML gives;
//! - `default_sources.json`: the `# source` comment of every key of
//!   `config/default.toml`, read by the very code the binary uses for a
//!   `--config` layer (`src/config/layer.rs`, compiled into this script).
//!
//! The conversions are generic (TOML value -> JSON value): each file's
//! format is still defined once, by the structs in the crate, and unit
//! tests there check that the JSON reads to exactly what the TOML reads to
//! and that the sources are those the comments give. A file that is not
//! valid TOML fails the build here with the parser's message; one that is
//! valid TOML but not a valid catalogue or configuration fails the unit
//! tests, as before.

use std::path::Path;

// The configuration layer reader and its line index, as the crate has
// them; only what `sources` needs is used here.
#[allow(dead_code)]
#[path = "src/case/lines.rs"]
mod lines;
mod case {
    pub(crate) use crate::lines;
}
#[allow(dead_code)]
#[path = "src/config/layer.rs"]
mod layer;

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for lib in ["src/case/lines.rs", "src/config/layer.rs"] {
        println!("cargo::rerun-if-changed={lib}");
    }
    let drugs = read("config/drugs.toml");
    write(
        &out.join("drugs.json"),
        &as_json("config/drugs.toml", &drugs),
    );
    let default = read("config/default.toml");
    write(
        &out.join("default.json"),
        &as_json("config/default.toml", &default),
    );
    let sources = layer::Layer::parse(&default)
        .expect("config/default.toml is valid TOML (read above)")
        .sources();
    write(
        &out.join("default_sources.json"),
        &serde_json::to_string(&sources).expect("a map of strings is JSON"),
    );
}

/// The text of `path` (relative to the package), watched for changes.
fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is not readable: {e}"))
}

/// The TOML `text` of `path` as compact JSON.
fn as_json(path: &str, text: &str) -> String {
    let value: toml::Value =
        toml::from_str(text).unwrap_or_else(|e| panic!("{path} is not valid TOML: {e}"));
    serde_json::to_string(&value).expect("a TOML value is representable as JSON")
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("OUT_DIR is writable");
}
