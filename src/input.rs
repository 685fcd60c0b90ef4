//! Finding and reading case files: files, directories (every `*.toml`
//! below, sorted) and `-` for standard input.

use crate::case::{self, Case, Vocab};
use crate::error::{InputError, InputErrors};
use crate::i18n::Lang;
use crate::rules::registry;
use crate::tr;
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
    /// A path the directory walk found but refused (an unreadable folder,
    /// a link out of the tree): an error entry in its place in the batch,
    /// so that no patient drops out of the report silently.
    Refused {
        /// The folder or link.
        path: PathBuf,
        /// Why it was not read.
        reason: String,
    },
    /// A case made in memory (`check --from fhir`: an imported case).
    Text {
        /// How the report names it (`export.json#Patient/p1`).
        name: String,
        /// The case file's text.
        text: String,
    },
}

impl InputSource {
    /// How the report names it (see [`display_path`]).
    pub fn name(&self) -> String {
        match self {
            InputSource::File(p) | InputSource::Refused { path: p, .. } => display_path(p),
            InputSource::Stdin => "-".to_string(),
            InputSource::Text { name, .. } => name.clone(),
        }
    }

    fn path(&self) -> Option<&Path> {
        match self {
            InputSource::File(p) | InputSource::Refused { path: p, .. } => Some(p),
            InputSource::Stdin | InputSource::Text { .. } => None,
        }
    }
}

/// A path as the report writes it: valid UTF-8 unchanged, every byte that
/// is not UTF-8 written `\xNN`, so two file names that differ only in such
/// bytes never get the same `path` (U+FFFD would merge them).
pub fn display_path(p: &Path) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write;
        use std::os::unix::ffi::OsStrExt;
        let mut s = String::new();
        for chunk in p.as_os_str().as_bytes().utf8_chunks() {
            s.push_str(chunk.valid());
            for b in chunk.invalid() {
                let _ = write!(s, "\\x{b:02X}");
            }
        }
        s
    }
    #[cfg(not(unix))]
    {
        p.display().to_string()
    }
}

/// The largest case file read when no configuration says otherwise
/// (`general.max_case_mib` in config/default.toml).
pub const DEFAULT_MAX_CASE_MIB: u64 = 16;

/// Expands the PATH arguments, following no link out of a walked folder.
/// See [`expand_with`].
pub fn expand(paths: &[PathBuf]) -> Vec<InputSource> {
    expand_with(paths, false)
}

/// Expands the PATH arguments. A directory contributes every `*.toml` below
/// it in sorted order, and an error entry for every folder it cannot read
/// and every link it does not follow; a path that does not exist is kept so
/// that reading it reports the error in its place in the batch. `follow`
/// (`--follow`) follows links out of the given folder too.
pub fn expand_with(paths: &[PathBuf], follow: bool) -> Vec<InputSource> {
    expand_in(paths, follow, Lang::En)
}

/// [`expand_with`], the refusals and the warning said in `lang`.
pub fn expand_in(paths: &[PathBuf], follow: bool, lang: Lang) -> Vec<InputSource> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputSource::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, (follow, lang), &mut files);
            if files.is_empty() {
                let path = display_path(p);
                eprintln!(
                    "larcheck: {}",
                    tr!(lang, "err-no-case-files-in", path = path)
                );
            }
            files.sort_by(|a, b| a.path().cmp(&b.path()));
            out.extend(files);
        } else {
            out.push(InputSource::File(p.clone()));
        }
    }
    out
}

/// Every `*.toml` below `dir`, depth first in file-name order (walkdir).
///
/// Nothing is lost and nothing runs away: a folder that cannot be read is
/// an error entry, not skipped; a symbolic link is followed only when its
/// target lies inside `dir` (or with `follow`), else the link is an error
/// entry naming its target; a link to a folder that contains `dir` (such
/// as `/`) is never walked, even with `follow`. A directory reached twice
/// (a symlink loop, or two links to one directory) is read once, with a
/// hash set, so the walk stays linear in the number of folders. A `*.toml`
/// entry that cannot be inspected (a dangling link) is kept so that
/// reading it reports the error. Files are only listed here, never opened:
/// [`read`] refuses what is not a regular file.
fn walk(dir: &Path, (follow, lang): (bool, Lang), out: &mut Vec<InputSource>) {
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let mut seen = std::collections::HashSet::new();
    let mut entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    let is_toml = |p: &Path| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    };
    while let Some(entry) = entries.next() {
        match entry {
            Ok(e) => {
                let is_dir = e.file_type().is_dir();
                if !is_dir && !is_toml(e.path()) {
                    continue;
                }
                if e.depth() > 0
                    && e.path_is_symlink()
                    && let Ok(target) = e.path().canonicalize()
                    && let Some(reason) =
                        refuse_link(e.path(), &target, (&root, dir), (follow, lang))
                {
                    out.push(InputSource::Refused {
                        path: e.path().to_path_buf(),
                        reason,
                    });
                    if is_dir {
                        entries.skip_current_dir();
                    }
                    continue;
                }
                if is_dir {
                    if let Ok(real) = e.path().canonicalize()
                        && !seen.insert(real)
                    {
                        entries.skip_current_dir();
                    }
                } else {
                    out.push(InputSource::File(e.into_path()));
                }
            }
            Err(e) => {
                let Some(p) = e.path() else { continue };
                if e.loop_ancestor().is_some() {
                    // A cycle inside the tree is walked once already; a
                    // link to a folder containing the tree (`/`) is named.
                    if let Ok(target) = p.canonicalize()
                        && let Some(reason) = refuse_link(p, &target, (&root, dir), (follow, lang))
                    {
                        out.push(InputSource::Refused {
                            path: p.to_path_buf(),
                            reason,
                        });
                    }
                    continue;
                }
                if p.is_dir() {
                    let why = e
                        .io_error()
                        .map(|e| io_words(lang, e))
                        .unwrap_or_else(|| e.to_string());
                    out.push(InputSource::Refused {
                        path: p.to_path_buf(),
                        reason: tr!(
                            lang,
                            "err-cannot-read-folder",
                            path = display_path(p),
                            why = why
                        ),
                    });
                } else if e.depth() > 0 && is_toml(p) {
                    out.push(InputSource::File(p.to_path_buf()));
                }
            }
        }
    }
}

/// Why the link at `link` (resolving to `target`) is not followed, if it
/// is not: it leads out of the walked folder (`root`, canonical) without
/// `follow`, or to a folder containing `root` (which would walk it again,
/// or the whole filesystem).
fn refuse_link(
    link: &Path,
    target: &Path,
    (root, given): (&Path, &Path),
    (follow, lang): (bool, Lang),
) -> Option<String> {
    let (l, t, g) = (
        display_path(link),
        display_path(target),
        display_path(given),
    );
    if target != root && root.starts_with(target) {
        Some(tr!(
            lang,
            "err-link-contains",
            link = l,
            target = t,
            folder = g
        ))
    } else if !follow && !target.starts_with(root) {
        Some(tr!(
            lang,
            "err-link-outside",
            link = l,
            target = t,
            folder = g
        ))
    } else {
        None
    }
}

/// Reads a source's text, up to the default size limit.
pub fn read(src: &InputSource) -> Result<String, InputError> {
    read_limited(src, DEFAULT_MAX_CASE_MIB)
}

/// Reads a source's text. A path is inspected before it is opened: what
/// is not a regular file (a FIFO, socket or device named `*.toml`) is
/// refused without being opened (opening a FIFO blocks), and so is a file
/// larger than `max_mib` MiB, with its size. Standard input is read up to
/// the limit and refused above it.
pub fn read_limited(src: &InputSource, max_mib: u64) -> Result<String, InputError> {
    read_limited_in(src, max_mib, Lang::En)
}

/// [`read_limited`] with the problem in `lang`.
pub fn read_limited_in(src: &InputSource, max_mib: u64, lang: Lang) -> Result<String, InputError> {
    let max = max_mib.saturating_mul(1024 * 1024);
    let too_big = |what: &str, size: Option<u64>| {
        let size = match size {
            Some(n) => tr!(lang, "err-size", mib = mib(n), bytes = n.to_string()),
            None => tr!(lang, "err-size-above", max = max_mib.to_string()),
        };
        InputError::new(tr!(
            lang,
            "err-too-big",
            what = what,
            size = size,
            max = max_mib.to_string()
        ))
    };
    // Written out only on the way to an error (issue 16: a message formatted
    // on every read parsed a whole message file in a run without errors).
    let stdin = || tr!(lang, "err-stdin");
    match src {
        InputSource::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| {
                    InputError::new(tr!(lang, "err-cannot-read-stdin", why = e.to_string()))
                })?;
            if bytes.len() as u64 > max {
                return Err(too_big(&stdin(), None));
            }
            String::from_utf8(bytes).map_err(|e| not_utf8(lang, &stdin(), e.as_bytes()))
        }
        InputSource::Refused { reason, .. } => Err(InputError::new(reason.clone())),
        InputSource::Text { text, .. } => Ok(text.clone()),
        InputSource::File(p) => {
            let name = display_path(p);
            let cannot = |e: std::io::Error| {
                InputError::new(tr!(
                    lang,
                    "err-cannot-read-file",
                    path = name.as_str(),
                    why = io_words(lang, &e)
                ))
            };
            let meta = std::fs::metadata(p).map_err(cannot)?;
            if !meta.is_file() {
                return Err(InputError::new(tr!(
                    lang,
                    "err-not-a-file",
                    path = name.as_str(),
                    kind = tr!(lang, kind(&meta.file_type()))
                )));
            }
            if meta.len() > max {
                return Err(too_big(&format!("`{name}`"), Some(meta.len())));
            }
            let file = open_regular(p).map_err(cannot)?;
            // What was opened is looked at again: the path may have been
            // swapped for a FIFO or a device after the first look.
            let meta = file.metadata().map_err(cannot)?;
            if !meta.is_file() {
                return Err(InputError::new(tr!(
                    lang,
                    "err-became",
                    path = name.as_str(),
                    kind = tr!(lang, kind(&meta.file_type()))
                )));
            }
            let mut bytes = Vec::with_capacity(meta.len() as usize);
            file.take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(cannot)?;
            if bytes.len() as u64 > max {
                // It grew between the look and the read.
                return Err(too_big(&format!("`{name}`"), None));
            }
            String::from_utf8(bytes).map_err(|e| not_utf8(lang, &format!("`{name}`"), e.as_bytes()))
        }
    }
}

/// Opens a file for reading without blocking on what is not a regular file
/// (O_NONBLOCK: opening a FIFO with no writer would wait forever). Reads of
/// a regular file are not affected by the flag.
fn open_regular(p: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    o.open(p)
}

/// Text that is not UTF-8, with the position of the first byte that is
/// not (line and column counted in characters, as an editor shows them)
/// and the key on that line when the line names one.
fn not_utf8(lang: Lang, what: &str, bytes: &[u8]) -> InputError {
    let (line, column, valid) = utf8_position(bytes);
    // `valid` ends on a character boundary, so this is the whole prefix.
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let cx = crate::case::locate::Ctx::new(before, crate::i18n::Lang::En);
    let byte = bytes.get(valid).copied().unwrap_or(0);
    InputError {
        message: tr!(
            lang,
            "err-not-utf8",
            what = what,
            byte = format!("0x{byte:02X}"),
            line = line.to_string(),
            column = column.to_string()
        ),
        line: Some(line),
        column: Some(column),
        key: cx.key_on_line(valid),
    }
}

/// Where the first byte that is not UTF-8 is: its line and column (both
/// 1-based, the column in bytes as everywhere else) and its offset.
pub(crate) fn utf8_position(bytes: &[u8]) -> (usize, usize, usize) {
    let valid = std::str::from_utf8(bytes)
        .err()
        .map_or(bytes.len(), |e| e.valid_up_to());
    let before = &bytes[..valid];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = valid
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, column, valid)
}

/// A size in MiB with one decimal.
fn mib(n: u64) -> String {
    format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0))
}

/// What a path that is not a regular file is, in words.
/// (The id of its message.)
fn kind(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "err-kind-fifo";
        } else if t.is_socket() {
            return "err-kind-socket";
        } else if t.is_block_device() || t.is_char_device() {
            return "err-kind-device";
        }
    }
    if t.is_dir() {
        "err-kind-folder"
    } else {
        "err-kind-other"
    }
}

fn io_words(lang: Lang, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => tr!(lang, "err-no-such-file"),
        std::io::ErrorKind::PermissionDenied => tr!(lang, "err-permission-denied"),
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
    /// The language of the error messages.
    pub lang: crate::i18n::Lang,
}

/// Reads and validates one case with the embedded catalogue and settings.
pub fn load(src: &InputSource, fallback_as_of: Option<NaiveDate>) -> Result<Case, InputErrors> {
    let text = read(src)?;
    parse(&text, fallback_as_of)
}

/// Reads and validates one case.
pub fn load_with(src: &InputSource, opts: &LoadOptions<'_>) -> Result<Case, InputErrors> {
    load_early(src, opts, None)
}

/// A case file read as TOML ahead of the configuration ([`read_early`]).
pub struct Early {
    text: String,
    read: crate::case::Read,
}

/// Reads the regular file `p` (up to 1 MiB) and its TOML ([`crate::case::read`],
/// messages in `lang`) while the configuration loads: `None` for what
/// is not such a file or cannot be read. Only a head start:
/// [`load_early`] still reads the file as it always does, and uses this
/// only when the text is the same.
pub fn read_early(p: &Path, lang: Lang) -> Option<Early> {
    let mut f = open_regular(p).ok()?;
    let meta = f.metadata().ok()?;
    if !meta.is_file() || meta.len() > 1024 * 1024 {
        return None;
    }
    let mut text = String::new();
    f.read_to_string(&mut text).ok()?;
    let read = crate::case::read(&text, lang);
    Some(Early { text, read })
}

/// As [`load_with`], with what [`read_early`] read of the same source in
/// the same language (used only when the file's text is unchanged).
pub fn load_early(
    src: &InputSource,
    opts: &LoadOptions<'_>,
    early: Option<Early>,
) -> Result<Case, InputErrors> {
    let text = read_limited_in(src, opts.settings.general.max_case_mib, opts.lang)?;
    match early {
        Some(e) if e.text == text => {
            with_vocab(opts, |v| crate::case::parse_read(&text, e.read, v))
        }
        _ => parse_with(&text, opts),
    }
}

/// The embedded configuration, read once.
fn embedded() -> &'static crate::config::Config {
    static C: std::sync::OnceLock<crate::config::Config> = std::sync::OnceLock::new();
    C.get_or_init(crate::config::Config::embedded)
}

/// Parses case text with the registry's codes and the embedded catalogue.
pub fn parse(text: &str, fallback_as_of: Option<NaiveDate>) -> Result<Case, InputErrors> {
    let c = embedded();
    parse_with(
        text,
        &LoadOptions {
            fallback_as_of,
            view_as_of: None,
            catalogue: &c.catalogue,
            settings: &c.settings,
            lang: crate::i18n::Lang::En,
        },
    )
}

/// Parses case text with the registry's codes.
pub fn parse_with(text: &str, opts: &LoadOptions<'_>) -> Result<Case, InputErrors> {
    with_vocab(opts, |v| case::parse_case(text, v))
}

/// `f` with the vocabulary of `opts` (the registry's codes, the catalogue
/// and the settings).
fn with_vocab<T>(opts: &LoadOptions<'_>, f: impl FnOnce(&Vocab<'_>) -> T) -> T {
    let codes = registry::codes();
    let is_code = |c: &str| registry::find(c).is_some_and(|r| r.code == c);
    f(&Vocab {
        is_rule_code: &is_code,
        rule_codes: &codes,
        not_acknowledgeable: &|c| {
            registry::find(c).and_then(|r| {
                r.text(
                    crate::rules::registry::RuleText::NotAcknowledgeable,
                    opts.lang,
                )
            })
        },
        fallback_as_of: opts.fallback_as_of,
        view_as_of: opts.view_as_of,
        catalogue: opts.catalogue,
        acknowledgement_max_days: opts.settings.general.acknowledgement_max_days,
        max_history_days: opts.settings.general.max_history_days,
        lang: opts.lang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A head start is used only for the file's own text: read from other
    /// text, the file is read again; either way the case is the file's.
    #[test]
    fn an_early_read_is_used_only_for_the_same_text() {
        let dir = tempfile::tempdir().unwrap();
        let case = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/benzo");
        let case = std::fs::read_dir(case)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .min()
            .unwrap();
        let other = dir.path().join("other.toml");
        std::fs::write(&other, "schema = 1\n").unwrap();
        let c = embedded();
        let opts = LoadOptions {
            fallback_as_of: NaiveDate::from_ymd_opt(2025, 6, 1),
            view_as_of: None,
            catalogue: &c.catalogue,
            settings: &c.settings,
            lang: Lang::En,
        };
        let src = InputSource::File(case.clone());
        let plain = format!("{:?}", load_with(&src, &opts));
        for early in [&case, &other] {
            let e = read_early(early, Lang::En);
            assert!(e.is_some());
            assert_eq!(format!("{:?}", load_early(&src, &opts, e)), plain);
        }
        assert!(read_early(dir.path(), Lang::En).is_none());
    }

    /// The walk's entries below `root`, sorted as [`expand`] sorts them;
    /// a refused one as `!path`.
    fn walked(root: &Path, follow: bool) -> Vec<String> {
        let mut found = Vec::new();
        walk(root, (follow, Lang::En), &mut found);
        found.sort_by(|a, b| a.path().cmp(&b.path()));
        found
            .iter()
            .map(|s| {
                let p = s.path().expect("a path");
                let rel = p.strip_prefix(root).unwrap_or(p).display().to_string();
                match s {
                    InputSource::Refused { .. } => format!("!{rel}"),
                    _ => rel,
                }
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_tree_are_error_entries_unless_followed_and_a_link_to_root_never_walks() {
        let dir = tempfile::tempdir().expect("temp dir");
        let outside = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("x.toml"), "").expect("write");
        let root = dir.path().join("cases");
        std::fs::create_dir(&root).expect("mkdir");
        std::fs::write(root.join("a.toml"), "").expect("write");
        let link =
            |to: &Path, name: &str| std::os::unix::fs::symlink(to, root.join(name)).expect("link");
        link(outside.path(), "out");
        link(&outside.path().join("x.toml"), "out.toml");
        link(Path::new("/"), "slash");
        link(dir.path(), "up");
        assert_eq!(
            walked(&root, false),
            ["a.toml", "!out", "!out.toml", "!slash", "!up"]
        );
        assert_eq!(
            walked(&root, true),
            ["a.toml", "out/x.toml", "out.toml", "!slash", "!up"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn paths_that_are_not_utf8_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let name = |b: &[u8]| display_path(Path::new(std::ffi::OsStr::from_bytes(b)));
        assert_eq!(name(b"cases/\xe5sa.toml"), "cases/\\xE5sa.toml");
        assert_eq!(name("cases/åsa.toml".as_bytes()), "cases/åsa.toml");
        assert_ne!(name(b"a\xe5.toml"), name(b"a\xf8.toml"));
        assert_eq!(name(b"a\xe5.toml"), "a\\xE5.toml");
    }

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
        let names = walked(root, false);
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

    /// The open itself does not block on a FIFO (the case of a path swapped
    /// for one after the first look), and what it opened is seen to be no
    /// regular file.
    #[cfg(unix)]
    #[test]
    fn opening_a_fifo_does_not_block_and_is_seen_for_what_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("swapped.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            eprintln!("skipped: cannot make a FIFO with mkfifo here");
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let f = open_regular(&path).map(|f| f.metadata().map(|m| m.is_file()));
            let _ = tx.send(f.map(|m| m.ok()));
        });
        let opened = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("opening a FIFO must not block");
        assert_eq!(opened.unwrap(), Some(false));
        // A regular file opens and reads as usual.
        let file = dir.path().join("case.toml");
        std::fs::write(&file, "schema = 1\n").unwrap();
        let mut text = String::new();
        open_regular(&file)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "schema = 1\n");
    }
}
