//! `larcheck import fhir FILE...`: case files from FHIR R4 JSON (the logic
//! is in [`crate::fhir`]). The case goes to standard output (one patient)
//! or one file per patient in `--out DIR`; every note on a resource not
//! imported, or imported with an assumption, goes into the case as a
//! comment and to standard error, with a summary line.

use crate::cli::{Global, ImportFhirArgs};
use crate::error::{Error, ExitStatus};
use crate::fhir::map::{ConflictKind, Imported, Note, PatientCase, Shown};
use crate::i18n::Lang;
use crate::tr;
use rayon::prelude::*;
use std::path::PathBuf;

/// What an import reads: the files and the choices of the command line.
pub struct Request<'a> {
    /// The FHIR files, read together.
    pub files: &'a [PathBuf],
    /// `--as-of` and `--started-lar`.
    pub treatment: crate::fhir::Treatment,
    /// `--id-from`.
    pub id_from: Option<&'a str>,
    /// `--allow-national-id`.
    pub allow_national_id: bool,
    /// `--all-patients`.
    pub all_patients: bool,
}

/// An import done: the cases, their case-file texts, and the count of
/// resources read.
pub struct Done {
    /// The mapping's result.
    pub imported: Imported,
    /// Each case's text, in the order of `imported.cases`.
    pub texts: Vec<String>,
    /// Resources read.
    pub read: usize,
    /// The files, as the case header names them.
    pub source: String,
}

/// Reads every file, maps the resources and renders the cases (also
/// `check --from fhir`, which checks the texts in memory).
pub fn import(
    req: &Request<'_>,
    catalogue: &crate::vocab::drugs::Catalogue,
    lang: Lang,
) -> Result<Done, Error> {
    if let Some(system) = req.id_from
        && crate::fhir::map::NATIONAL_ID_SYSTEMS.contains(&system)
        && !req.allow_national_id
    {
        return Err(Error::Usage(tr!(
            lang,
            "fhir-err-national-id",
            system = system
        )));
    }
    // The files of a bulk export (one per resource type) read side by side;
    // an error is that of the first file that cannot be read.
    let texts = req
        .files
        .par_iter()
        .map(|path| {
            std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let mut chunks = Vec::new();
    for (path, text) in req.files.iter().zip(&texts) {
        let read = crate::fhir::read_chunks(text).map_err(|e| Error::Import {
            path: path.clone(),
            position: tr!(lang, "fhir-position", line = e.line, column = e.column),
            message: e.text(lang),
        })?;
        chunks.extend(read);
    }
    let first = req.files[0].clone();
    let opts = crate::fhir::map::Options {
        as_of: req.treatment.as_of,
        catalogue,
        id_from: req.id_from,
        all_patients: req.all_patients,
    };
    let slices: Vec<&[crate::fhir::Resource<'_>]> = chunks.iter().map(Vec::as_slice).collect();
    let imported = crate::fhir::map::map_chunks(&slices, opts).map_err(|c| Error::Import {
        path: first.clone(),
        position: lang.and(&c.resources),
        message: match c.kind {
            ConflictKind::Dose(d) => tr!(lang, "fhir-err-conflict", date = lang.date(d)),
            ConflictKind::Screen(d, s) => {
                tr!(
                    lang,
                    "fhir-err-conflict-screen",
                    date = lang.date(d),
                    substance = s
                )
            }
            ConflictKind::PregnancyMale => tr!(lang, "fhir-err-conflict-pregnancy-male"),
            ConflictKind::PregnancyWeeks => tr!(lang, "fhir-err-conflict-pregnancy-weeks"),
        },
    })?;
    // The cases own what they read: the resources and the files' texts
    // (1.7 GB of a bulk export) are not held while the cases are written.
    let read = chunks.iter().map(Vec::len).sum();
    drop(slices);
    drop(chunks);
    drop(texts);
    let skipped = imported
        .notes
        .iter()
        .filter(|n| n.reason == crate::fhir::map::Reason::Skipped)
        .count();
    if imported.cases.is_empty() {
        let path = first.display().to_string();
        return Err(Error::Usage(if skipped > 0 {
            tr!(
                lang,
                "fhir-err-no-lar-patient",
                path = path,
                skipped = skipped
            )
        } else {
            tr!(lang, "fhir-err-no-patient", path = path)
        }));
    }
    let source = req
        .files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    // Each case is written on its own: in parallel (8,000 cases of a bulk
    // export), in input order.
    let texts = imported
        .cases
        .par_iter()
        .map(|c| crate::fhir::render(c, &source, req.treatment, lang))
        .collect();
    Ok(Done {
        imported,
        texts,
        read,
        source,
    })
}

/// The cases of `check --from fhir` as in-memory sources named
/// `FILE#Patient/id`.
pub fn sources(
    files: &[PathBuf],
    as_of: Option<chrono::NaiveDate>,
    config: &crate::config::Config,
) -> Result<Vec<crate::input::InputSource>, Error> {
    let req = Request {
        files,
        treatment: crate::fhir::Treatment {
            as_of,
            started_lar: None,
        },
        id_from: None,
        allow_national_id: false,
        all_patients: false,
    };
    let done = import(&req, &config.catalogue, config.lang)?;
    summary(&done, req.treatment, config.lang);
    Ok(done
        .imported
        .cases
        .iter()
        .zip(done.texts)
        .map(|(c, text)| crate::input::InputSource::Text {
            name: format!("{}#{}", done.source, c.resource),
            text,
        })
        .collect())
}

/// Reads every file, maps the resources and writes the cases.
pub fn run(g: &Global, args: &ImportFhirArgs) -> Result<ExitStatus, Error> {
    let lang = g.language();
    let config = crate::load_config(g)?;
    let req = Request {
        files: &args.files,
        treatment: crate::fhir::Treatment {
            as_of: args.as_of,
            started_lar: args.started_lar,
        },
        id_from: args.id_from.as_deref(),
        allow_national_id: args.allow_national_id,
        all_patients: args.all_patients,
    };
    let done = import(&req, &config.catalogue, lang)?;
    let json = g.format == crate::cli::OutputFormat::Json;
    if done.imported.cases.len() > 1 && args.out.is_none() && !json {
        return Err(Error::Usage(tr!(
            lang,
            "fhir-err-several-patients",
            n = done.imported.cases.len()
        )));
    }
    let written = if args.out.is_some() {
        // The case files of a bulk export (8,000) written side by side; an
        // error is that of the first case, in input order, not written.
        done.imported
            .cases
            .par_iter()
            .zip(&done.texts)
            .map(|(case, text)| write(g, args, case, text, json))
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Result<Vec<_>, _>>()?
    } else {
        let mut written = Vec::new();
        for (case, text) in done.imported.cases.iter().zip(&done.texts) {
            written.push(write(g, args, case, text, json)?);
        }
        written
    };
    if json {
        if !g.quiet {
            let mut text = json_summary(&done, &written, lang);
            text.push('\n');
            super::emit(text.as_bytes())?;
        }
    } else {
        summary(&done, req.treatment, lang);
    }
    // Left to the operating system at exit (as `check` leaves its
    // configuration): freeing 8,000 cases, their texts and notes piece by
    // piece was a serial half second at the end of a bulk import.
    super::leave((done, written));
    Ok(ExitStatus::Clean)
}

/// A note in the JSON summary. An assumption made for several resources
/// of a patient ([`crate::fhir::map::shown`]) is one note: `resource` is
/// its first resource, `count` and `resources` (every one, the first
/// too) are given only then.
#[derive(serde::Serialize)]
struct JsonNote<'a> {
    resource: &'a str,
    reason: &'static str,
    assumed: bool,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resources: Option<&'a [&'a str]>,
}

impl<'a> JsonNote<'a> {
    fn new(n: &'a Shown<'a>, lang: Lang) -> JsonNote<'a> {
        let (resource, reason, resources) = match n {
            Shown::One(n) => (n.resource.as_str(), &n.reason, None),
            Shown::Many { reason, resources } => (resources[0], *reason, Some(&resources[..])),
        };
        JsonNote {
            resource,
            reason: reason.code(),
            assumed: reason.assumed(),
            message: crate::fhir::render::reason_text(reason, lang),
            count: resources.map(<[_]>::len),
            resources,
        }
    }
}

/// The notes of the JSON summary, worded as they are written (a bulk
/// export has hundreds of thousands: no second copy of them all); a
/// patient's as shown, the notes of no patient one by one.
struct JsonNotes<'a>(&'a [Note], Lang, bool);

impl serde::Serialize for JsonNotes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonNotes(notes, lang, grouped) = *self;
        let shown = if grouped {
            crate::fhir::map::shown(notes)
        } else {
            notes.iter().map(Shown::One).collect()
        };
        s.collect_seq(shown.iter().map(|n| JsonNote::new(n, lang)))
    }
}

/// A patient in the JSON summary.
#[derive(serde::Serialize)]
struct JsonPatient<'a> {
    id: &'a str,
    resource: &'a str,
    file: Option<String>,
    case: Option<&'a str>,
    dose_ranges: usize,
    plan_ranges: usize,
    prescriptions: usize,
    screens: usize,
    ecg: usize,
    events: usize,
    notes: JsonNotes<'a>,
}

/// The patients of the JSON summary, each made as it is written.
struct JsonPatients<'a>(&'a Done, &'a [Option<PathBuf>], Lang);

impl serde::Serialize for JsonPatients<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonPatients(done, written, lang) = *self;
        s.collect_seq(
            done.imported
                .cases
                .iter()
                .zip(&done.texts)
                .zip(written)
                .map(|((c, text), file)| JsonPatient {
                    id: &c.id,
                    resource: &c.resource,
                    file: file.as_ref().map(|p| p.display().to_string()),
                    case: if file.is_none() { Some(text) } else { None },
                    dose_ranges: c.doses.len(),
                    plan_ranges: c.plan.len(),
                    prescriptions: c.prescriptions.len(),
                    screens: c.screens.len(),
                    ecg: c.ecg.len(),
                    events: c.events.len(),
                    notes: JsonNotes(&c.notes, lang, true),
                }),
        )
    }
}

/// `--format json`: the counts, each patient (its file, or its case text
/// without `--out`) with its notes, and the notes of no patient.
#[derive(serde::Serialize)]
struct JsonSummary<'a> {
    resources: usize,
    patients: JsonPatients<'a>,
    notes: JsonNotes<'a>,
    note_count: usize,
}

/// The JSON summary's text (serialized as it goes: no tree of JSON values
/// for the hundreds of thousands of notes of a bulk export).
fn json_summary(done: &Done, written: &[Option<PathBuf>], lang: Lang) -> String {
    let total = done.imported.notes.len()
        + done
            .imported
            .cases
            .iter()
            .map(|c| c.notes.len())
            .sum::<usize>();
    let doc = JsonSummary {
        resources: done.read,
        patients: JsonPatients(done, written, lang),
        notes: JsonNotes(&done.imported.notes, lang, false),
        note_count: total,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Writes one case: to `--out DIR/<id>.toml` (the path returned), or
/// standard output (not with `--format json`, whose summary holds it).
fn write(
    g: &Global,
    args: &ImportFhirArgs,
    case: &PatientCase,
    text: &str,
    json: bool,
) -> Result<Option<PathBuf>, Error> {
    match &args.out {
        Some(dir) => {
            let path = dir.join(format!("{}.toml", file_stem(&case.id)));
            std::fs::write(&path, text).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            Ok(Some(path))
        }
        None if !g.quiet && !json => super::emit(text.as_bytes()).map(|()| None),
        None => Ok(None),
    }
}

/// A file name for a patient id: letters, digits and `-` kept, every other
/// character `_` — `.` too, though FHIR allows it in an id
/// (`[A-Za-z0-9\-.]`): no hidden file, no `..`, no second extension.
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

/// The notes and the counts on standard error, written at once (a bulk
/// export has hundreds of thousands of notes: one write, not one a line).
fn summary(done: &Done, t: crate::fhir::Treatment, lang: Lang) {
    use std::fmt::Write as _;
    use std::io::Write as _;
    let (imported, read) = (&done.imported, done.read);
    let lines = |notes: &[Shown<'_>]| {
        let mut s = String::new();
        for note in notes {
            let text = crate::fhir::render::shown_text(note, lang);
            let _ = writeln!(s, "larcheck: {text}");
        }
        s
    };
    // The notes of no patient, then each patient's as shown (a repeated
    // assumption once, with its count; worded in parallel).
    let one: Vec<Shown<'_>> = imported.notes.iter().map(Shown::One).collect();
    let mut err = lines(&one);
    let per_case: Vec<String> = imported
        .cases
        .par_iter()
        .map(|c| lines(&crate::fhir::map::shown(&c.notes)))
        .collect();
    per_case.iter().for_each(|s| err.push_str(s));
    let n = imported.notes.len() + imported.cases.iter().map(|c| c.notes.len()).sum::<usize>();
    for c in imported.cases.iter().filter(|c| c.medication.is_none()) {
        let id = crate::output::printable::line(&c.id);
        let text = tr!(lang, "fhir-patient-no-treatment", id = id);
        let _ = writeln!(err, "larcheck: {text}");
    }
    for c in &imported.cases {
        if let Some(first) = crate::fhir::render::first_dose_as_start(c, t) {
            let id = crate::output::printable::line(&c.id);
            let text = tr!(lang, "fhir-first-dose-is-start", date = lang.date(first));
            let text = tr!(lang, "fhir-patient-note", id = id, note = text);
            let _ = writeln!(err, "larcheck: {text}");
        }
    }
    let doses: usize = imported.cases.iter().map(|c| c.doses.len()).sum();
    let text = tr!(
        lang,
        "fhir-summary",
        resources = read,
        patients = imported.cases.len(),
        doses = doses,
        notes = n
    );
    let _ = writeln!(err, "larcheck: {text}");
    // As eprintln!: a closed standard error is not an error of the import.
    let _ = std::io::stderr().lock().write_all(err.as_bytes());
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
