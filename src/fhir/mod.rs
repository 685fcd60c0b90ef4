//! FHIR R4 import (issue 21): FHIR JSON (a `Bundle`, NDJSON bulk export
//! lines or single resources) to case files. [`read`] finds the resources,
//! [`map::map`] turns them into one [`map::PatientCase`] per `Patient`,
//! [`render`] writes the case file. No network: codes are resolved locally.

pub mod doses;
pub mod events;
pub mod map;
pub mod medication;
pub mod model;
pub mod observations;
pub mod prescriptions;
pub mod render;

pub use render::{Treatment, render};

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

/// One resource of the input, with where it came from. The resource is
/// kept as its JSON text, borrowed from the input: each mapping reads the
/// typed struct it needs from it ([`Resource::parse`]), so a bulk export
/// is never held as a tree of JSON values (issue 21: 8,000 patients, 1.7 GB
/// of NDJSON, are read in flat memory).
#[derive(Debug)]
pub struct Resource<'a> {
    /// `resourceType`.
    pub kind: Cow<'a, str>,
    /// `id`, when it has one.
    pub id: Option<Cow<'a, str>>,
    /// The bundle entry's `fullUrl` (`urn:uuid:…`), for references.
    pub full_url: Option<Cow<'a, str>>,
    /// `subject.reference` (or `patient.reference`, R4's name in some
    /// resources): the patient the resource is about.
    pub subject: Option<Cow<'a, str>>,
    /// The resource's JSON text, as in the input.
    pub json: &'a str,
}

impl<'a> Resource<'a> {
    /// `Type/id` (or `Type` with the full URL, or `Type` alone): how notes
    /// and errors name it.
    pub fn name(&self) -> String {
        match (&self.id, &self.full_url) {
            // Built by hand: one allocation (millions of names in a bulk
            // export; the formatting machinery was a few percent of it).
            (Some(id), _) => {
                let mut name = String::with_capacity(self.kind.len() + 1 + id.len());
                name.push_str(&self.kind);
                name.push('/');
                name.push_str(id);
                name
            }
            (None, Some(url)) => format!("{} {url}", self.kind),
            (None, None) => self.kind.to_string(),
        }
    }

    /// The resource read as `T` (unknown elements ignored).
    pub fn parse<T: serde::Deserialize<'a>>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.json)
    }
}

/// Why the input is not FHIR JSON: a message and the 1-based position.
#[derive(Debug, PartialEq)]
pub struct ReadError {
    /// Line (1-based; 0 when unknown).
    pub line: usize,
    /// Column (1-based; 0 when unknown).
    pub column: usize,
    /// What is wrong (English; [`ReadError::text`] gives it in a language).
    pub kind: ReadErrorKind,
}

/// The kinds of [`ReadError`].
#[derive(Debug, PartialEq)]
pub enum ReadErrorKind {
    /// Not JSON; serde_json's message.
    Json(String),
    /// JSON without `resourceType`.
    NotFhir,
}

impl ReadError {
    /// The message in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match &self.kind {
            ReadErrorKind::Json(m) => crate::tr!(lang, "fhir-err-not-json", message = m.as_str()),
            ReadErrorKind::NotFhir => crate::tr!(lang, "fhir-err-not-fhir"),
        }
    }
}

/// Bundles inside bundles are read to this depth (a hostile file must not
/// exhaust the stack).
const MAX_DEPTH: usize = 4;

/// The resources of `text`: one JSON resource (a `Bundle`'s entries are
/// its resources, nested bundles too), or NDJSON (one resource a line, a
/// FHIR bulk export; the lines are read in parallel, an error is that of
/// the first bad line).
pub fn read(text: &str) -> Result<Vec<Resource<'_>>, ReadError> {
    Ok(read_chunks(text)?.into_iter().flatten().collect())
}

/// As [`read`], the resources in the chunks they were read in (in input
/// order), for [`map::map_chunks`]: 3.7 million resources of a bulk export
/// are never copied into one vector (each copy and each doubling of that
/// vector, file by file, was a serial tenth of the import).
pub fn read_chunks(text: &str) -> Result<Vec<Vec<Resource<'_>>>, ReadError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let first = lines.next();
    let ndjson = lines.next().is_some()
        && first.is_some_and(|(_, l)| {
            l.trim_start().starts_with('{') && serde_json::from_str::<&RawValue>(l).is_ok()
        });
    if !ndjson {
        let mut out = Vec::new();
        push(text, None, Position::Document, 0, &mut out)?;
        return Ok(vec![out]);
    }
    // In blocks of whole lines, each read on its own: one vector a block,
    // not one a line, and no serial pass over the lines of a file first.
    let blocks = blocks(text, BLOCK);
    let counts: Vec<usize> = blocks
        .par_iter()
        .map(|b| b.bytes().filter(|&c| c == b'\n').count())
        .collect();
    let firsts = counts.iter().scan(0, |before, n| {
        let first = *before;
        *before += n;
        Some(first)
    });
    let firsts: Vec<usize> = firsts.collect();
    blocks
        .par_iter()
        .zip(firsts)
        .map(|(block, first)| {
            let mut out = Vec::new();
            for (n, line) in block.lines().enumerate() {
                if !line.trim().is_empty() {
                    push(line, None, Position::Line(first + n + 1), 0, &mut out)?;
                }
            }
            Ok(out)
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect()
}

/// The size of a block of NDJSON lines read together (about 2,000 lines of
/// a bulk export).
const BLOCK: usize = 1 << 20;

/// `text` cut into blocks of whole lines (each ends after a newline, the
/// last one where the text does) of at least `size` bytes but the last.
fn blocks(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(text.len() / size + 1);
    let mut rest = text;
    while rest.len() > size {
        let cut = rest.as_bytes()[size..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(rest.len(), |i| size + i + 1);
        let (block, tail) = rest.split_at(cut);
        out.push(block);
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Where a JSON text is in the file: the whole document (serde_json's
/// line and column are the file's), or one NDJSON line.
#[derive(Clone, Copy)]
enum Position {
    Document,
    Line(usize),
}

/// The elements every resource is read for first; the rest stays text.
/// Each is kept raw so that a value of the wrong type is read as absent
/// (an `id` of 7), never as an unreadable resource.
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(rename = "resourceType", borrow, default)]
    kind: Option<&'a RawValue>,
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    entry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    subject: Option<&'a RawValue>,
    #[serde(borrow, default)]
    patient: Option<&'a RawValue>,
}

/// A bundle entry.
#[derive(Deserialize)]
struct Entry<'a> {
    #[serde(rename = "fullUrl", borrow, default)]
    full_url: Option<&'a RawValue>,
    #[serde(borrow, default)]
    resource: Option<&'a RawValue>,
}

/// A `Reference`'s `reference`.
#[derive(Deserialize)]
struct Ref<'a> {
    #[serde(borrow, default)]
    reference: Option<&'a RawValue>,
}

/// A JSON string's value, borrowed from the input unless it has escapes
/// (3.7 million resources of a bulk export: no allocation for each type,
/// id and subject); `None` for anything else.
fn string<'a>(raw: Option<&'a RawValue>) -> Option<Cow<'a, str>> {
    let json = raw?.get();
    match serde_json::from_str::<&'a str>(json) {
        Ok(s) => Some(Cow::Borrowed(s)),
        Err(_) => serde_json::from_str::<String>(json).ok().map(Cow::Owned),
    }
}

/// `reference` of a `Reference`; `None` when it is not one.
fn reference<'a>(raw: Option<&'a RawValue>) -> Option<Cow<'a, str>> {
    string(serde_json::from_str::<Ref<'a>>(raw?.get()).ok()?.reference)
}

/// Adds the resource `json` (a bundle adds its entries) to `out`.
fn push<'a>(
    json: &'a str,
    full_url: Option<Cow<'a, str>>,
    at: Position,
    depth: usize,
    out: &mut Vec<Resource<'a>>,
) -> Result<(), ReadError> {
    let line = match at {
        Position::Document => 0,
        Position::Line(n) => n,
    };
    let not_fhir = || ReadError {
        line,
        column: 0,
        kind: ReadErrorKind::NotFhir,
    };
    let head: Head<'a> = match serde_json::from_str(json) {
        Ok(h) => h,
        Err(e) if e.is_data() => return Err(not_fhir()),
        Err(e) => {
            return Err(ReadError {
                line: match at {
                    Position::Document => e.line(),
                    Position::Line(n) => n,
                },
                column: e.column(),
                kind: ReadErrorKind::Json(e.to_string()),
            });
        }
    };
    // A JSON array would read as a struct too: only an object is a resource.
    let Some(kind) = string(head.kind).filter(|_| json.trim_start().starts_with('{')) else {
        return Err(not_fhir());
    };
    if kind == "Bundle" && depth < MAX_DEPTH {
        let entries: Vec<&RawValue> = head
            .entry
            .and_then(|e| serde_json::from_str(e.get()).ok())
            .unwrap_or_default();
        for entry in entries.iter().filter(|e| e.get().starts_with('{')) {
            let Ok(entry) = serde_json::from_str::<Entry<'a>>(entry.get()) else {
                continue;
            };
            if let Some(r) = entry.resource {
                push(r.get(), string(entry.full_url), at, depth + 1, out)?;
            }
        }
        return Ok(());
    }
    out.push(Resource {
        kind,
        id: string(head.id),
        full_url,
        subject: reference(head.subject).or_else(|| reference(head.patient)),
        json,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_gives_its_entries_and_ndjson_its_lines() {
        let bundle = r#"{"resourceType":"Bundle","type":"collection","entry":[
            {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"p1"}},
            {"resource":{"resourceType":"Observation"}}]}"#;
        let r = read(bundle).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].name(), "Patient/p1");
        assert_eq!(r[0].full_url.as_deref(), Some("urn:uuid:1"));
        let nd = "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n\n{\"resourceType\":\"Patient\",\"id\":\"b\"}\n";
        assert_eq!(read(nd).unwrap().len(), 2);
    }

    #[test]
    fn a_string_with_escapes_is_read_owned_and_one_without_borrowed() {
        let r = read(
            r#"{"resourceType":"Patient","id":"p\u0031","subject":{"reference":"Patient/x"}}"#,
        )
        .unwrap();
        assert_eq!(r[0].id.as_deref(), Some("p1"));
        assert!(matches!(r[0].id, Some(Cow::Owned(_))));
        assert!(matches!(r[0].kind, Cow::Borrowed("Patient")));
        assert_eq!(r[0].subject.as_deref(), Some("Patient/x"));
    }

    #[test]
    fn blocks_are_whole_lines_that_make_the_text_again() {
        let text = "a\nbb\n\nccc\r\nd";
        for size in 1..=text.len() + 1 {
            let b = blocks(text, size);
            assert_eq!(b.concat(), text, "{size}");
            assert!(b[..b.len() - 1].iter().all(|l| l.ends_with('\n')));
            let lines: Vec<&str> = b.iter().flat_map(|l| l.lines()).collect();
            assert_eq!(lines, text.lines().collect::<Vec<_>>(), "{size}");
        }
        assert!(blocks("", 4).is_empty());
    }

    #[test]
    fn a_bad_line_is_named_by_its_number_in_the_file_across_blocks() {
        let good = "{\"resourceType\":\"Patient\"}";
        let mut text = String::new();
        for _ in 0..(2 * BLOCK / good.len() + 10) {
            text.push_str(good);
            text.push('\n');
        }
        let n = text.lines().count();
        text.push_str("\n[1]\n");
        assert_eq!(read(&text).unwrap_err().line, n + 2);
        assert_eq!(read_chunks(&text[..text.len() - 5]).unwrap().len(), 3);
    }

    #[test]
    fn not_json_and_not_fhir_are_errors_with_a_position() {
        let e = read("{\n \"resourceType\": \"Patient\",\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(matches!(e.kind, ReadErrorKind::Json(_)));
        let e = read("{\"id\": 1}").unwrap_err();
        assert_eq!(e.kind, ReadErrorKind::NotFhir);
        let nd = "{\"resourceType\":\"Patient\"}\n[1]\n";
        assert_eq!(read(nd).unwrap_err().line, 2);
    }
}
