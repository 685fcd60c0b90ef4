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

use serde_json::Value;

/// One resource of the input, with where it came from.
#[derive(Debug)]
pub struct Resource {
    /// `resourceType`.
    pub kind: String,
    /// `id`, when it has one.
    pub id: Option<String>,
    /// The bundle entry's `fullUrl` (`urn:uuid:…`), for references.
    pub full_url: Option<String>,
    /// The resource itself.
    pub value: Value,
}

impl Resource {
    /// `Type/id` (or `Type` with the full URL, or `Type` alone): how notes
    /// and errors name it.
    pub fn name(&self) -> String {
        match (&self.id, &self.full_url) {
            (Some(id), _) => format!("{}/{id}", self.kind),
            (None, Some(url)) => format!("{} {url}", self.kind),
            (None, None) => self.kind.clone(),
        }
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
/// FHIR bulk export).
pub fn read(text: &str) -> Result<Vec<Resource>, ReadError> {
    let mut out = Vec::new();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let first = lines.next();
    let ndjson = lines.next().is_some()
        && first
            .is_some_and(|(_, l)| serde_json::from_str::<Value>(l).is_ok_and(|v| v.is_object()));
    if ndjson {
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let value = serde_json::from_str(line).map_err(|e| ReadError {
                line: n + 1,
                column: e.column(),
                kind: ReadErrorKind::Json(e.to_string()),
            })?;
            push(value, None, n + 1, 0, &mut out)?;
        }
    } else {
        let value = serde_json::from_str(text).map_err(|e| ReadError {
            line: e.line(),
            column: e.column(),
            kind: ReadErrorKind::Json(e.to_string()),
        })?;
        push(value, None, 0, 0, &mut out)?;
    }
    Ok(out)
}

/// Adds `value` (a resource; a bundle adds its entries) to `out`.
fn push(
    value: Value,
    full_url: Option<String>,
    line: usize,
    depth: usize,
    out: &mut Vec<Resource>,
) -> Result<(), ReadError> {
    let not_fhir = || ReadError {
        line,
        column: 0,
        kind: ReadErrorKind::NotFhir,
    };
    let Value::Object(mut map) = value else {
        return Err(not_fhir());
    };
    let Some(kind) = map
        .get("resourceType")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return Err(not_fhir());
    };
    if kind == "Bundle" && depth < MAX_DEPTH {
        if let Some(Value::Array(entries)) = map.remove("entry") {
            for mut entry in entries {
                let url = entry
                    .get("fullUrl")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                if let Some(r) = entry.get_mut("resource").map(Value::take) {
                    push(r, url, line, depth + 1, out)?;
                }
            }
        }
        return Ok(());
    }
    let id = map.get("id").and_then(Value::as_str).map(str::to_owned);
    out.push(Resource {
        kind,
        id,
        full_url,
        value: Value::Object(map),
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
