//! The JSON contract (`output.md`, schema_version 1). Same input, same bytes.
//!
//! A batch is written as a stream (issue 16): [`head`] (everything before
//! the first case), each case serialised on its own by the worker that
//! checked it ([`case`], with [`separator`] between them), then [`tail`]
//! (the end of `cases` and the `summary`). The bytes are exactly those of
//! one pretty-printed object of the whole batch ([`render`]), without
//! holding the batch in memory.

use crate::config::Config;
use crate::report::{CaseResult, Summary};
use serde::Serialize;
use serde_json::json;

/// The report's `rules` object: profile, version, and every local change.
pub fn rules(config: &Config) -> serde_json::Value {
    let mut rules = json!({"profile": config.settings.profile.name, "version": config.settings.profile.version});
    // Every local change is in the report; none with the defaults alone.
    if !config.overrides.is_empty() {
        rules["overrides"] = json!(config.overrides);
    }
    rules
}

/// Renders a batch as one JSON object.
pub fn render(results: &[CaseResult], summary: &Summary, config: &Config) -> String {
    let mut out = head(config).into_bytes();
    for (i, r) in results.iter().enumerate() {
        out.extend_from_slice(separator(i == 0).as_bytes());
        case(r, &mut out);
    }
    out.extend_from_slice(tail(!results.is_empty(), summary).as_bytes());
    String::from_utf8(out).unwrap_or_default()
}

/// The object up to the opening of `cases`: `schema_version`, `tool` and
/// `rules`.
pub fn head(config: &Config) -> String {
    let doc = json!({
        "schema_version": 1,
        "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
        "rules": rules(config),
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    // Drop the closing "\n}" and go on with the next key.
    s.truncate(s.len().saturating_sub(2));
    s.push_str(",\n  \"cases\": [");
    s
}

/// What goes before a case in the `cases` array.
pub fn separator(first: bool) -> &'static str {
    if first { "\n    " } else { ",\n    " }
}

/// Appends one case as an element of `cases` (at its indentation, with no
/// separator and no line break after it).
pub fn case(r: &CaseResult, out: &mut Vec<u8>) {
    write_at(r, 2, out);
}

/// The end of `cases` (`any`: at least one case was written) and the
/// summary, to the end of the object.
pub fn tail(any: bool, summary: &Summary) -> String {
    let mut out = if any {
        b"\n  ]".to_vec()
    } else {
        b"]".to_vec()
    };
    out.extend_from_slice(b",\n  \"summary\": ");
    write_at(summary, 1, &mut out);
    out.extend_from_slice(b"\n}\n");
    String::from_utf8(out).unwrap_or_default()
}

/// Serialises `value` pretty-printed as if it were nested `depth` levels
/// deep; an error (none of our types has one) writes its message as a
/// string, as [`render`] always did. A pretty-printed value breaks lines
/// only between tokens (strings escape theirs), so nesting it is an indent
/// after every line break: serde_json's own pretty printer, no copy of it.
fn write_at<T: Serialize>(value: &T, depth: usize, out: &mut Vec<u8>) {
    let pretty = serde_json::to_vec_pretty(value)
        .unwrap_or_else(|e| json!(e.to_string()).to_string().into_bytes());
    let indent = "  ".repeat(depth);
    for (i, line) in pretty.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent.as_bytes());
        }
        out.extend_from_slice(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ErrorReport;

    /// The batch as one tree, pretty-printed: how `render` wrote it before
    /// it streamed.
    fn as_one_tree(results: &[CaseResult], summary: &Summary, config: &Config) -> String {
        let mut rules = json!({"profile": config.settings.profile.name, "version": config.settings.profile.version});
        if !config.overrides.is_empty() {
            rules["overrides"] = json!(config.overrides);
        }
        let doc = json!({
            "schema_version": 1,
            "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
            "rules": rules,
            "cases": results,
            "summary": summary,
        });
        serde_json::to_string_pretty(&doc).unwrap() + "\n"
    }

    fn checked(text: &str) -> CaseResult {
        let config = Config::embedded();
        let case = crate::input::parse(text, None).expect("valid case");
        let as_of = case.treatment.as_of.unwrap();
        let r = crate::engine::check("a.toml", &case, as_of, false, &config).expect("checked");
        CaseResult::Checked(Box::new(r))
    }

    #[test]
    fn the_stream_is_byte_for_byte_the_tree() {
        let config = Config::embedded();
        let broken = CaseResult::Error(ErrorReport::new(
            "b.toml".into(),
            crate::error::InputErrors::collect(vec![
                crate::error::InputError {
                    message: "a \"quoted\" word\nand a line".into(),
                    line: Some(2),
                    column: None,
                    key: Some("patient".into()),
                },
                crate::error::InputError::new("a second problem"),
            ])
            .expect("two problems"),
        ));
        let case = checked(include_str!("../../fixtures/missed/MIS001-at-limit.toml"));
        for results in [vec![], vec![broken.clone()], vec![case, broken]] {
            let mut summary = Summary::default();
            for r in &results {
                summary.add(r);
            }
            assert_eq!(
                render(&results, &summary, &config),
                as_one_tree(&results, &summary, &config)
            );
        }
    }
}
