//! Build script: the embedded configuration is prepared here once, instead
//! of at every start of the binary (issue 16: parsing it was most of a
//! one-case run). It writes to `OUT_DIR`:
//! - `drugs.json`: `config/drugs.toml` as compact JSON, which the binary
//!   reads with serde_json instead of parsing 115 KB of TOML;
//! - `default.json`: `config/default.toml` as JSON, read into the same
//!   `toml::Table` the TOML gives;
//! - `default_sources.json`: the `# source` comment of every key of
//!   `config/default.toml`, read by the very code the binary uses for a
//!   `--config` layer (`src/config/layer.rs`, compiled into this script);
//! - `messages.rs`: where each message and term of `locales/*/*.ftl` is in
//!   its file, so that a run parses only the messages it writes
//!   (`src/i18n/mod.rs`; a unit test there checks the table against the
//!   Fluent parser's reading of every file).
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
    write(&out.join("messages.rs"), &message_table());
}

/// Rust source of two tables per language: `(id, file, start, end)` of
/// every message, sorted by id, and `(file, start, end)` of every term, the
/// byte range of each entry in its file (`file` as `Lang::sources` names
/// it: `en/pickup.ftl`).
fn message_table() -> String {
    println!("cargo::rerun-if-changed=locales");
    let mut src = String::new();
    for lang in ["en", "nb"] {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(format!("locales/{lang}"))
            .unwrap_or_else(|e| panic!("locales/{lang} is not readable: {e}"))
            .map(|e| e.expect("a readable directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let (mut messages, mut terms) = (Vec::new(), Vec::new());
        for path in &files {
            let name = format!(
                "{lang}/{}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .expect("a UTF-8 file name")
            );
            let text = std::fs::read_to_string(path)
                .unwrap_or_else(|e| panic!("{} is not readable: {e}", path.display()));
            for (id, range) in entries(&text) {
                match id.strip_prefix('-') {
                    Some(_) => terms.push(format!("({name:?}, {}, {})", range.start, range.end)),
                    None => {
                        messages.push((id, format!("{name:?}, {}, {}", range.start, range.end)))
                    }
                }
            }
        }
        messages.sort();
        let upper = lang.to_uppercase();
        src.push_str(&format!(
            "pub const {upper}_MESSAGES: &[(&str, &str, u32, u32)] = &[\n"
        ));
        for (id, rest) in &messages {
            src.push_str(&format!("    ({id:?}, {rest}),\n"));
        }
        src.push_str(&format!(
            "];\npub const {upper}_TERMS: &[(&str, u32, u32)] = &[\n"
        ));
        for t in &terms {
            src.push_str(&format!("    {t},\n"));
        }
        src.push_str("];\n");
    }
    src
}

/// The entries of a Fluent file: the id (a term's with its `-`) and the
/// byte range from the id to the next line that starts something else: a
/// line that is not blank, not indented and not inside an open placeable
/// (a select expression's variants and closing brace may stand at the
/// start of a line) — another entry or a comment.
fn entries(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    // Whether the last entry in `out` is still being read.
    let mut open = false;
    let mut braces = Braces::default();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let continues = braces.depth > 0 || line.starts_with([' ', '\t', '\n', '\r']);
        if !continues {
            if let Some(last) = out.last_mut().filter(|_| open) {
                last.1.end = at;
            }
            let id_end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(line.len());
            let id = &line[..id_end];
            open = id
                .strip_prefix('-')
                .unwrap_or(id)
                .starts_with(|c: char| c.is_ascii_alphabetic())
                && line[id_end..].trim_start_matches(' ').starts_with('=');
            if open {
                out.push((id.to_string(), at..text.len()));
            }
            braces = Braces::default();
        }
        if open {
            braces.read(line);
        }
        at += line.len();
    }
    out
}

/// How deep in placeables (`{ … }`) a message's text is, string literals
/// (`{ "}" }`) read as such.
#[derive(Default)]
struct Braces {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl Braces {
    fn read(&mut self, line: &str) {
        for c in line.chars() {
            if self.in_string {
                match c {
                    _ if self.escaped => self.escaped = false,
                    '\\' => self.escaped = true,
                    '"' => self.in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' => self.depth += 1,
                '}' => self.depth = self.depth.saturating_sub(1),
                '"' if self.depth > 0 => self.in_string = true,
                _ => {}
            }
        }
    }
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
