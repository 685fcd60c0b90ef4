//! The JSON contract (`output.md`, schema_version 1). Same input, same bytes.

use crate::config::Config;
use crate::report::{CaseResult, Summary};
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
    let doc = json!({
        "schema_version": 1,
        "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
        "rules": rules(config),
        "cases": results,
        "summary": summary,
    });
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
