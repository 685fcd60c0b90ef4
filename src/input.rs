//! Finding and reading case files: files, directories (every `*.toml`
//! below, sorted) and `-` for standard input.

use crate::case::{self, Case, Vocab};
use crate::error::InputError;
use crate::rules::registry;
use chrono::NaiveDate;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input: a path to read, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl InputSource {
    /// How the report names it.
    pub fn name(&self) -> String {
        match self {
            InputSource::File(p) => p.display().to_string(),
            InputSource::Stdin => "-".to_string(),
        }
    }
}

/// Expands the PATH arguments. A directory contributes every `*.toml` below
/// it in sorted order; a path that does not exist is kept so that reading
/// it reports the error in its place in the batch.
pub fn expand(paths: &[PathBuf]) -> Vec<InputSource> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputSource::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files);
            if files.is_empty() {
                eprintln!(
                    "larcheck: warning: no *.toml case files in `{}`",
                    p.display()
                );
            }
            files.sort();
            out.extend(files.into_iter().map(InputSource::File));
        } else {
            out.push(InputSource::File(p.clone()));
        }
    }
    out
}

/// Every `*.toml` below `dir`, depth first in file-name order (walkdir,
/// following symbolic links). A directory reached twice (a symlink loop, or
/// two links to one directory) is read once; an unreadable directory is
/// skipped; a `*.toml` entry that cannot be inspected (a dangling link) is
/// kept so that reading it reports the error.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut seen = std::collections::HashSet::new();
    let mut entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let is_toml = |p: &Path| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        };
        match entry {
            Ok(e) if e.file_type().is_dir() => {
                if let Ok(real) = e.path().canonicalize()
                    && !seen.insert(real)
                {
                    entries.skip_current_dir();
                }
            }
            Ok(e) => {
                if is_toml(e.path()) {
                    out.push(e.into_path());
                }
            }
            Err(e) => {
                if let Some(p) = e.path()
                    && e.loop_ancestor().is_none()
                    && e.depth() > 0
                    && is_toml(p)
                    && !p.is_dir()
                {
                    out.push(p.to_path_buf());
                }
            }
        }
    }
}

/// Reads a source's text.
pub fn read(src: &InputSource) -> Result<String, InputError> {
    match src {
        InputSource::Stdin => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| InputError::new(format!("cannot read standard input: {e}")))?;
            Ok(s)
        }
        InputSource::File(p) => {
            let bytes = std::fs::read(p).map_err(|e| {
                InputError::new(format!("cannot read `{}`: {}", p.display(), io_words(&e)))
            })?;
            String::from_utf8(bytes).map_err(|e| {
                InputError::new(format!(
                    "`{}` is not UTF-8 text (invalid byte at offset {})",
                    p.display(),
                    e.utf8_error().valid_up_to()
                ))
            })
        }
    }
}

fn io_words(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// What reading a case needs besides its text.
pub struct LoadOptions<'a> {
    /// The day a file without `treatment.as_of` is checked against (today),
    /// or `None` when `--as-of` views it at another date.
    pub fallback_as_of: Option<NaiveDate>,
    /// The `--as-of` date, when given.
    pub view_as_of: Option<NaiveDate>,
    /// The drug catalogue (LAR product names, patch products).
    pub catalogue: &'a crate::vocab::drugs::Catalogue,
    /// The parameters (`general.acknowledgement_max_days`).
    pub settings: &'a crate::config::Settings,
}

/// Reads and validates one case with the embedded catalogue and settings.
pub fn load(src: &InputSource, fallback_as_of: Option<NaiveDate>) -> Result<Case, InputError> {
    let text = read(src)?;
    parse(&text, fallback_as_of)
}

/// Reads and validates one case.
pub fn load_with(src: &InputSource, opts: &LoadOptions<'_>) -> Result<Case, InputError> {
    let text = read(src)?;
    parse_with(&text, opts)
}

/// The embedded configuration, read once.
fn embedded() -> &'static crate::config::Config {
    static C: std::sync::OnceLock<crate::config::Config> = std::sync::OnceLock::new();
    C.get_or_init(crate::config::Config::embedded)
}

/// Parses case text with the registry's codes and the embedded catalogue.
pub fn parse(text: &str, fallback_as_of: Option<NaiveDate>) -> Result<Case, InputError> {
    let c = embedded();
    parse_with(
        text,
        &LoadOptions {
            fallback_as_of,
            view_as_of: None,
            catalogue: &c.catalogue,
            settings: &c.settings,
        },
    )
}

/// Parses case text with the registry's codes.
pub fn parse_with(text: &str, opts: &LoadOptions<'_>) -> Result<Case, InputError> {
    let codes = registry::codes();
    let is_code = |c: &str| registry::find(c).is_some_and(|r| r.code == c);
    case::parse_case(
        text,
        &Vocab {
            is_rule_code: &is_code,
            rule_codes: &codes,
            not_acknowledgeable: &|c| registry::find(c).and_then(|r| r.not_acknowledgeable),
            fallback_as_of: opts.fallback_as_of,
            view_as_of: opts.view_as_of,
            catalogue: opts.catalogue,
            acknowledgement_max_days: opts.settings.general.acknowledgement_max_days,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_directory_walk_is_sorted_and_reads_a_linked_directory_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for d in ["b", "a/c"] {
            std::fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        for f in ["b/2.toml", "a/c/1.TOML", "a/0.toml", "a/note.txt", "z.toml"] {
            std::fs::write(root.join(f), "").expect("write");
        }
        std::os::unix::fs::symlink(root.join("a"), root.join("b/again")).expect("link");
        std::os::unix::fs::symlink(root.join("a"), root.join("a/c/loop")).expect("link");
        std::os::unix::fs::symlink(root.join("gone"), root.join("dangling.toml")).expect("link");
        let mut files = Vec::new();
        walk(root, &mut files);
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "a/0.toml",
                "a/c/1.TOML",
                "b/2.toml",
                "dangling.toml",
                "z.toml"
            ]
        );
    }
}
