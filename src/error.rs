//! Errors and exit status.
//!
//! One `thiserror` enum for everything that stops a command, and one
//! [`InputError`] for a case file that cannot be read (it carries the
//! position so that the JSON report and the terminal can both show it).

use std::fmt;
use std::path::PathBuf;

/// Exit status of `larcheck` (see `output.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Every case checked; no unacknowledged finding at or above `--fail-on`.
    Clean = 0,
    /// Every case checked; at least one finding at or above `--fail-on`.
    Findings = 1,
    /// A usage, configuration or input error.
    Error = 2,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(s: ExitStatus) -> Self {
        std::process::ExitCode::from(s as u8)
    }
}

/// A problem with one case file: what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// One line, lower case, naming the key and the value.
    pub message: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The dotted key (`doses[2].mg`), when known.
    pub key: Option<String>,
}

impl InputError {
    /// An error with no position.
    pub fn new(message: impl Into<String>) -> Self {
        InputError {
            message: message.into(),
            line: None,
            column: None,
            key: None,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, "{l}:{c}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(k) = &self.key
            && !self.message.contains(&format!("`{k}`"))
        {
            write!(f, " (key `{k}`)")?;
        }
        Ok(())
    }
}

impl std::error::Error for InputError {}

/// How many problems one case file reports at most; the rest are counted.
pub const MAX_REPORTED_ERRORS: usize = 20;

/// Every problem found in one case file, in file order: at most
/// [`MAX_REPORTED_ERRORS`] of them, and how many more there were. Never
/// empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputErrors {
    list: Vec<InputError>,
    more: usize,
}

impl InputErrors {
    /// The problems found, sorted by position (those with no position
    /// first, as they concern the whole file) with exact duplicates
    /// dropped. `None` when there are none.
    pub fn collect(mut all: Vec<InputError>) -> Option<Self> {
        if all.is_empty() {
            return None;
        }
        all.sort_by_key(|e| (e.line.is_some(), e.line, e.column));
        all.dedup();
        let more = all.len().saturating_sub(MAX_REPORTED_ERRORS);
        all.truncate(MAX_REPORTED_ERRORS);
        Some(InputErrors { list: all, more })
    }

    /// The first problem in the file.
    pub fn first(&self) -> &InputError {
        &self.list[0]
    }

    /// Every problem reported, in file order.
    pub fn all(&self) -> &[InputError] {
        &self.list
    }

    /// How many problems were found beyond those reported.
    pub fn more(&self) -> usize {
        self.more
    }
}

impl From<InputError> for InputErrors {
    fn from(e: InputError) -> Self {
        InputErrors {
            list: vec![e],
            more: 0,
        }
    }
}

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first())?;
        let rest = self.list.len() - 1 + self.more;
        if rest > 0 {
            write!(f, " (and {rest} more)")?;
        }
        Ok(())
    }
}

impl std::error::Error for InputErrors {}

/// Errors that stop a whole command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A configuration file could not be read or is invalid.
    #[error("configuration `{path}`: {message}")]
    Config {
        /// The file (or `<embedded>`).
        path: String,
        /// What is wrong, with line and key where known.
        message: String,
    },
    /// A drug catalogue layer (`--drugs`) could not be read or is invalid.
    #[error("configuration `{path}`: {source}")]
    Catalogue {
        /// The file.
        path: String,
        /// What is wrong with it, with line and entry where known.
        #[source]
        source: Box<crate::vocab::drugs::CatalogueError>,
    },
    /// A file or directory could not be read.
    #[error("cannot read `{path}`")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// `explain` was given a code that is neither a rule nor a source key.
    #[error("unknown rule code or source key `{code}`{hint}")]
    UnknownRule {
        /// What was asked for.
        code: String,
        /// A "did you mean" hint, possibly empty.
        hint: String,
    },
    /// A bad `--as-of` or similar argument.
    #[error("{0}")]
    Usage(String),
    /// An imported file (`drugs import-fest`) is not what it should be:
    /// malformed XML or not a FEST file; `position` is "line L, column C
    /// (byte B)".
    #[error("`{path}`, {position}: {message}")]
    Import {
        /// The file.
        path: PathBuf,
        /// Where in the file.
        position: String,
        /// What is wrong.
        message: String,
    },
    /// Writing the report failed.
    #[error("cannot write output")]
    Output(#[source] std::io::Error),
}

impl Error {
    /// The error in `lang`: the sentence in the language, the paths,
    /// positions and keys as they are (English: the `Display`).
    pub fn text_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        if lang == crate::i18n::Lang::En {
            return self.to_string();
        }
        match self {
            Error::Config { path, message } => {
                tr!(
                    lang,
                    "err-configuration",
                    path = path.as_str(),
                    message = message.as_str()
                )
            }
            Error::Catalogue { path, source } => tr!(
                lang,
                "err-configuration",
                path = path.as_str(),
                message = source.to_string()
            ),
            Error::Io { path, .. } => {
                tr!(lang, "err-cannot-read", path = path.display().to_string())
            }
            Error::UnknownRule { code, hint } => {
                tr!(
                    lang,
                    "err-unknown-code",
                    code = code.as_str(),
                    hint = hint.as_str()
                )
            }
            Error::Output(_) => tr!(lang, "err-cannot-write"),
            Error::Usage(_) | Error::Import { .. } => self.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: Option<usize>, message: &str) -> InputError {
        InputError {
            message: message.into(),
            line,
            column: line.map(|_| 1),
            key: None,
        }
    }

    #[test]
    fn errors_are_in_file_order_without_duplicates() {
        let e = InputErrors::collect(vec![
            at(Some(9), "c"),
            at(Some(2), "b"),
            at(None, "a"),
            at(Some(9), "c"),
        ])
        .unwrap();
        let m: Vec<_> = e.all().iter().map(|e| e.message.as_str()).collect();
        assert_eq!(m, ["a", "b", "c"]);
        assert_eq!(e.more(), 0);
        assert_eq!(e.first().message, "a");
    }

    #[test]
    fn none_is_no_errors_and_the_limit_is_counted() {
        assert!(InputErrors::collect(Vec::new()).is_none());
        let many = (1..=MAX_REPORTED_ERRORS + 5)
            .map(|n| at(Some(n), &format!("e{n}")))
            .collect();
        let e = InputErrors::collect(many).unwrap();
        assert_eq!(e.all().len(), MAX_REPORTED_ERRORS);
        assert_eq!(e.more(), 5);
        assert!(
            e.to_string()
                .ends_with(&format!("(and {} more)", MAX_REPORTED_ERRORS + 4))
        );
        // At the limit nothing is left over.
        let exact = (1..=MAX_REPORTED_ERRORS)
            .map(|n| at(Some(n), "x"))
            .collect();
        assert_eq!(InputErrors::collect(exact).unwrap().more(), 0);
    }
}
