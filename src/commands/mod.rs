//! One module per subcommand.

pub mod chart;
pub mod check;
pub mod docs;
pub mod drugs;
pub mod import_fest;
pub mod import_fhir;
pub mod plan;
pub mod rules;
pub mod schedule;
pub mod timeline;
pub mod train;
pub mod validate;
pub mod verify;
pub mod worklist;

use crate::error::Error;
use std::cell::RefCell;
use std::io::Write;

thread_local! {
    /// Standard output of a command run by [`crate::run_captured`] on this
    /// thread; `None` writes to the real standard output.
    static CAPTURE: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Is standard output being captured on this thread ([`crate::run_captured`])?
/// Captured output is never a terminal.
pub fn capturing() -> bool {
    CAPTURE.with(|c| c.borrow().is_some())
}

/// The one case a single-case command (`timeline`, `chart`, `plan`,
/// `schedule restart`) is given, read as `check` reads it: its name for
/// messages and the case. `view_as_of` is `--as-of` where the command has
/// it (then the case's own `as_of` is not required); otherwise a case
/// without `as_of` is read as of `today`. `None` when it cannot be read:
/// its errors are then on standard error, and the command exits 2.
pub(super) fn read_one(
    path: &std::path::Path,
    config: &crate::config::Config,
    view_as_of: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Result<Option<(String, crate::case::Case)>, crate::error::Error> {
    let sources = check::sources_in(&[path.to_path_buf()], false, config.lang)?;
    let Some(src) = sources.first() else {
        return Ok(None);
    };
    let name = src.name();
    let opts = crate::input::LoadOptions {
        fallback_as_of: if view_as_of.is_some() {
            None
        } else {
            Some(today)
        },
        view_as_of,
        catalogue: &config.catalogue,
        settings: &config.settings,
        lang: config.lang,
    };
    match crate::input::load_with(src, &opts) {
        Ok(case) => Ok(Some((name, case))),
        Err(e) => {
            timeline::broken(check::error_result(name, e));
            Ok(None)
        }
    }
}

/// Ends the life of a command's configuration. The binary exits right
/// after the command, and the operating system takes back its memory at
/// once; freeing the catalogue's and settings' many small allocations one
/// by one first was about 5 % of a one-case run (issue 16). In-process runs
/// (the tests, [`crate::run_captured`]) go on, so they free it.
pub fn release(config: crate::config::Config) {
    leave(config);
}

/// Ends the life of what a command made, as [`release`] its configuration:
/// left to the operating system when the binary exits next, freed in an
/// in-process run.
pub fn leave<T>(made: T) {
    if capturing() {
        drop(made);
    } else {
        std::mem::forget(made);
    }
}

/// Runs `f` with [`emit`] writing into a buffer on this thread; returns
/// `f`'s result and the bytes written.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<u8>) {
    let previous = CAPTURE.with(|c| c.borrow_mut().replace(Vec::new()));
    let r = f();
    let out = CAPTURE.with(|c| std::mem::replace(&mut *c.borrow_mut(), previous));
    (r, out.unwrap_or_default())
}

/// Writes `text` to standard output, mapping failures (a closed pipe among
/// them) to [`Error::Output`].
pub fn emit(bytes: &[u8]) -> Result<(), Error> {
    let captured = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
        Some(buf) => {
            buf.extend_from_slice(bytes);
            true
        }
        None => false,
    });
    if captured {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).map_err(Error::Output)?;
    out.flush().map_err(Error::Output)
}
