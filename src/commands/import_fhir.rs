//! `larcheck import fhir FILE...`: case files from FHIR R4 JSON (the logic
//! is in [`crate::fhir`]). The case goes to standard output (one patient)
//! or one file per patient in `--out DIR`; every note on a resource not
//! imported, or imported with an assumption, goes into the case as a
//! comment and to standard error, with a summary line.

use crate::cli::{Global, ImportFhirArgs};
use crate::error::{Error, ExitStatus};
use crate::fhir::map::PatientCase;
use crate::i18n::Lang;
use crate::tr;

/// Reads every file, maps the resources and writes the cases.
pub fn run(g: &Global, args: &ImportFhirArgs) -> Result<ExitStatus, Error> {
    let lang = g.language();
    if g.format == crate::cli::OutputFormat::Json {
        // The JSON summary of the notes is the next step (issue 21); until
        // then --format json is refused rather than ignored.
        return Err(Error::Usage(tr!(lang, "fhir-err-no-json-yet")));
    }
    let mut resources = Vec::new();
    for path in &args.files {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        let read = crate::fhir::read(&text).map_err(|e| Error::Import {
            path: path.clone(),
            position: tr!(lang, "fhir-position", line = e.line, column = e.column),
            message: e.text(lang),
        })?;
        resources.extend(read);
    }
    let first = args.files[0].clone();
    let imported = crate::fhir::map::map(&resources).map_err(|c| Error::Import {
        path: first.clone(),
        position: lang.and(&c.resources),
        message: tr!(lang, "fhir-err-conflict", date = lang.date(c.date)),
    })?;
    if imported.cases.is_empty() {
        return Err(Error::Usage(tr!(
            lang,
            "fhir-err-no-patient",
            path = first.display().to_string()
        )));
    }
    if imported.cases.len() > 1 && args.out.is_none() {
        return Err(Error::Usage(tr!(
            lang,
            "fhir-err-several-patients",
            n = imported.cases.len()
        )));
    }
    let source = args
        .files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let t = crate::fhir::Treatment {
        as_of: args.as_of,
        started_lar: args.started_lar,
    };
    for case in &imported.cases {
        let text = crate::fhir::render(case, &source, t, lang);
        write(g, args, case, &text)?;
    }
    summary(&imported, resources.len(), t, lang);
    Ok(ExitStatus::Clean)
}

/// Writes one case: to `--out DIR/<id>.toml`, or standard output.
fn write(g: &Global, args: &ImportFhirArgs, case: &PatientCase, text: &str) -> Result<(), Error> {
    match &args.out {
        Some(dir) => {
            let path = dir.join(format!("{}.toml", file_stem(&case.id)));
            std::fs::write(&path, text).map_err(|source| Error::Io { path, source })
        }
        None if !g.quiet => super::emit(text.as_bytes()),
        None => Ok(()),
    }
}

/// A file name for a patient id: the characters FHIR allows in an id
/// (`[A-Za-z0-9\-.]`) kept, every other one `_`; never `.`/`..` alone.
fn file_stem(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() { "_".into() } else { s }
}

/// The notes and the counts on standard error.
fn summary(
    imported: &crate::fhir::map::Imported,
    read: usize,
    t: crate::fhir::Treatment,
    lang: Lang,
) {
    let notes = imported
        .notes
        .iter()
        .chain(imported.cases.iter().flat_map(|c| c.notes.iter()));
    let mut n = 0usize;
    for note in notes {
        n += 1;
        eprintln!("larcheck: {}", crate::fhir::render::note_text(note, lang));
    }
    for c in imported.cases.iter().filter(|c| c.medication.is_none()) {
        eprintln!(
            "larcheck: {}",
            tr!(
                lang,
                "fhir-patient-no-treatment",
                id = crate::output::printable::line(&c.id)
            )
        );
    }
    for c in &imported.cases {
        if let Some(first) = crate::fhir::render::first_dose_as_start(c, t) {
            let id = crate::output::printable::line(&c.id);
            let text = tr!(lang, "fhir-first-dose-is-start", date = lang.date(first));
            eprintln!(
                "larcheck: {}",
                tr!(lang, "fhir-patient-note", id = id, note = text)
            );
        }
    }
    let doses: usize = imported.cases.iter().map(|c| c.doses.len()).sum();
    eprintln!(
        "larcheck: {}",
        tr!(
            lang,
            "fhir-summary",
            resources = read,
            patients = imported.cases.len(),
            doses = doses,
            notes = n
        )
    );
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn a_file_name_keeps_only_safe_characters() {
        assert_eq!(file_stem("oslo-0042"), "oslo-0042");
        assert_eq!(file_stem("../etc/passwd"), "___etc_passwd");
        assert_eq!(file_stem(""), "_");
    }
}
