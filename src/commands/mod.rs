//! One module per subcommand.

pub mod check;
pub mod docs;
pub mod drugs;
pub mod import_fest;
pub mod rules;
pub mod validate;

use crate::error::Error;
use std::io::Write;

/// Writes `text` to standard output, mapping failures (a closed pipe among
/// them) to [`Error::Output`].
pub fn emit(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).map_err(Error::Output)?;
    out.flush().map_err(Error::Output)
}
