//! `larcheck drugs import-fest FILE`: a catalogue overlay from FEST (the
//! logic is in [`crate::fest`]).

use crate::cli::{Global, ImportFestArgs};
use crate::error::{Error, ExitStatus};

/// Reads the FEST file as a stream, writes the overlay to `--output` or
/// standard output, and the counts (and every product left for a person) to
/// standard error. The overlay is built on the catalogue in force (embedded
/// plus `--drugs` layers), so a clinic's own overlay is kept.
pub fn run(g: &Global, args: &ImportFestArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    let path = &args.file;
    let io = |source| Error::Io {
        path: path.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let data =
        crate::fest::read(std::io::BufReader::with_capacity(1 << 16, file)).map_err(|e| {
            let (line, column) = std::fs::File::open(path)
                .map(|f| crate::fest::line_column(f, e.offset))
                .unwrap_or((0, 0));
            Error::Import {
                path: path.clone(),
                position: format!("line {line}, column {column} (byte {})", e.offset),
                message: e.message,
            }
        })?;
    let source = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let overlay = crate::fest::build_overlay(&data, &config.catalogue, &source).map_err(|m| {
        Error::Config {
            path: path.display().to_string(),
            message: format!("the overlay written from FEST does not load: {m}"),
        }
    })?;
    match &args.output {
        Some(out) => std::fs::write(out, &overlay.text).map_err(|source| Error::Io {
            path: out.clone(),
            source,
        })?,
        None if !g.quiet => super::emit(overlay.text.as_bytes())?,
        None => {}
    }
    let c = &overlay.counts;
    for n in &overlay.notes {
        // Notes quote names from the imported file.
        eprintln!("larcheck: {}", crate::output::printable::line(n));
    }
    eprintln!(
        "larcheck: {}: {} read; {} matched ({} already known, {} brand{} added to an entry); {} new ({} entr{} classed by ATC); {} skipped ({} without ATC, {} veterinary, {} inactive or unnamed, {} left for a person)",
        path.display(),
        products(c.read),
        c.matched(),
        c.known,
        c.added,
        if c.added == 1 { "" } else { "s" },
        c.new_products,
        c.new_entries,
        if c.new_entries == 1 { "y" } else { "ies" },
        c.skipped(),
        c.no_atc,
        c.veterinary,
        c.inactive_or_unnamed,
        c.left
    );
    Ok(ExitStatus::Clean)
}

fn products(n: usize) -> String {
    if n == 1 {
        "1 product".into()
    } else {
        format!("{n} products")
    }
}
