//! `larcheck rules` and `larcheck explain CODE`.

use crate::cli::{Global, OutputFormat};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::rules::registry::{self, RULES, Rule};
use crate::sources::{self, Source};
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Value, json};

fn rule_json(r: &Rule, config: &Config) -> Value {
    json!({
        "code": r.code, "name": r.name, "severity": r.grades, "max_severity": r.max_severity.as_str(),
        "source": r.source, "summary": registry::fill(r.summary, &config.table),
    })
}

/// `larcheck rules`.
pub fn list(g: &Global) -> Result<ExitStatus, Error> {
    // The registry does not depend on the parameters, but a broken --config
    // is still an error: a script must not learn of it later.
    let config = crate::load_config(g)?;
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Json => {
            let doc = json!({"schema_version": 1, "rules": RULES.iter().map(|r| rule_json(r, &config)).collect::<Vec<_>>()});
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv => {
            let mut t = Table::new();
            t.load_style(presets::ASCII_MARKDOWN)
                .set_content_arrangement(ContentArrangement::Disabled);
            t.set_header(["code", "name", "severity", "source"]);
            for r in RULES {
                t.add_row([r.code, r.name, r.grades, r.source]);
            }
            format!("{t}\n")
        }
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}

/// The parameters of a rule with values and sources: `(key, value, source)`.
pub fn parameters(r: &Rule, config: &Config) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for p in r.params {
        let mut v: Option<&toml::Value> = None;
        let mut t = &config.table;
        for (i, part) in p.split('.').enumerate() {
            match t.get(part) {
                Some(toml::Value::Table(inner)) if i + 1 < p.split('.').count() => t = inner,
                Some(x) => v = Some(x),
                None => break,
            }
        }
        if let Some(v) = v {
            flatten(p, v, config, &mut out);
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(k, _, _)| seen.insert(k.clone()));
    out
}

/// Every parameter in force: `(key, value, source)`, in file order.
pub fn all_parameters(config: &Config) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (k, v) in &config.table {
        flatten(k, v, config, &mut out);
    }
    out
}

fn flatten(key: &str, v: &toml::Value, config: &Config, out: &mut Vec<(String, String, String)>) {
    match v {
        toml::Value::Table(t) => {
            for (k, x) in t {
                flatten(&format!("{key}.{k}"), x, config, out);
            }
        }
        toml::Value::Array(items) if items.iter().all(|i| i.is_table()) && !items.is_empty() => {
            for (n, i) in items.iter().enumerate() {
                let row: Vec<String> = i
                    .as_table()
                    .into_iter()
                    .flatten()
                    .map(|(k, x)| format!("{k} = {x}"))
                    .collect();
                let src = config
                    .sources
                    .of(&format!("{key}[{n}].action"))
                    .or(config.sources.of(&format!("{key}[{n}].up_to_mg")))
                    .or(config.sources.of(key))
                    .unwrap_or("local default");
                out.push((format!("{key}[{n}]"), row.join(", "), src.to_string()));
            }
        }
        _ => {
            let src = config
                .sources
                .of(key)
                .unwrap_or("local default")
                .to_string();
            out.push((key.to_string(), v.to_string(), src));
        }
    }
}

/// The full references of a citation's keys (those the register knows).
fn references(citation: &str) -> Vec<&'static Source> {
    let reg = sources::register();
    // A citation that does not parse still shows the keys it does name.
    reg.cited(citation).unwrap_or_else(|_| {
        citation
            .split([';', ','])
            .filter_map(|item| reg.get(item.split(['(', ':']).next().unwrap_or("").trim()))
            .collect()
    })
}

/// The references of a rule: its own source keys first, then those its
/// parameters cite, each once.
fn rule_references(r: &Rule, params: &[(String, String, String)]) -> Vec<&'static Source> {
    let mut out = references(r.source);
    for (_, _, src) in params {
        for s in references(src) {
            if !out.iter().any(|o| o.key == s.key) {
                out.push(s);
            }
        }
    }
    out
}

fn source_json(s: &Source) -> Value {
    json!({
        "key": s.key, "title": s.title, "document": s.document, "publisher": s.publisher,
        "authors": s.authors, "year": s.year, "section": s.section, "url": s.url,
        "kind": s.kind, "note": s.note, "aliases": s.aliases,
    })
}

/// `larcheck explain KEY` for a source key.
fn explain_source(g: &Global, s: &Source) -> Result<ExitStatus, Error> {
    crate::load_config(g)?;
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Json => {
            serde_json::to_string_pretty(&json!({"schema_version": 1, "source": source_json(s)}))
                .unwrap_or_default()
                + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv => {
            let mut t = Table::new();
            t.load_style(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
            let not_stated = "not stated".to_string();
            let rows: [(&str, Option<String>); 9] = [
                ("title", Some(s.title.clone())),
                ("document", s.document.clone()),
                ("publisher", s.publisher.clone()),
                ("authors", s.authors.clone()),
                (
                    "year",
                    Some(s.year.map(|y| y.to_string()).unwrap_or(not_stated.clone())),
                ),
                ("section", s.section.clone()),
                (
                    "address",
                    Some(s.url.clone().unwrap_or("no public address".to_string())),
                ),
                ("type", Some(s.kind.clone())),
                ("note", s.note.clone()),
            ];
            for (k, v) in rows {
                if let Some(v) = v {
                    t.add_row([format!("  {k}"), v]);
                }
            }
            let mut out = format!("{} (source)\n{t}\n", s.key);
            if !s.aliases.is_empty() {
                out.push_str(&format!("  also cited as: {}\n", s.aliases.join(", ")));
            }
            let cited_by: Vec<&str> = RULES
                .iter()
                .filter(|r| references(r.source).iter().any(|x| x.key == s.key))
                .map(|r| r.code)
                .collect();
            if !cited_by.is_empty() {
                out.push_str(&format!("  cited by: {}\n", cited_by.join(", ")));
            }
            out
        }
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}

/// `larcheck explain CODE` (a rule) or `larcheck explain KEY` (a source).
pub fn explain(g: &Global, code: &str) -> Result<ExitStatus, Error> {
    let Some(r) = registry::find(code.trim()) else {
        if let Some(s) = sources::register().get(code) {
            return explain_source(g, s);
        }
        return Err(Error::UnknownRule {
            code: code.to_string(),
            hint: unknown_hint(code),
        });
    };
    let config = crate::load_config(g)?;
    let params = parameters(r, &config);
    let (why, example, not_when) = (
        registry::fill(r.why, &config.table),
        registry::fill(r.example, &config.table),
        registry::fill(r.not_when, &config.table),
    );
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Json => {
            let mut v = rule_json(r, &config);
            v["why"] = json!(why);
            v["example"] = json!(example);
            v["does_not_fire_when"] = json!(not_when);
            v["defined_in"] = json!(r.location);
            v["fixtures"] = json!(r.fixtures());
            v["references"] = rule_references(r, &params)
                .into_iter()
                .map(source_json)
                .collect();
            v["parameters"] = params
                .iter()
                .map(|(k, val, s)| json!({"key": k, "value": val, "source": s}))
                .collect();
            serde_json::to_string_pretty(&json!({"schema_version": 1, "rule": v}))
                .unwrap_or_default()
                + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv => explain_table(r, &config),
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}

/// `larcheck explain CODE`'s table for a rule (`train` shows it for a
/// missed or wrong answer).
pub fn explain_table(r: &Rule, config: &Config) -> String {
    let params = parameters(r, config);
    let (summary, why, example, not_when) = (
        registry::fill(r.summary, &config.table),
        registry::fill(r.why, &config.table),
        registry::fill(r.example, &config.table),
        registry::fill(r.not_when, &config.table),
    );
    let mut s = format!("{} {} ({})\n\n", r.code, r.name, r.grades);
    s.push_str(&format!("What it checks\n  Fires when {}.\n\n", summary));
    if !why.is_empty() {
        s.push_str(&format!(
            "Why it matters\n  {}\n  Source: {}\n\n",
            why, r.source
        ));
    } else {
        s.push_str(&format!("Source\n  {}\n\n", r.source));
    }
    if !example.is_empty() {
        s.push_str(&format!("Example\n  {}\n\n", example));
    }
    if !not_when.is_empty() {
        s.push_str(&format!("Does not fire when\n  {}\n\n", not_when));
    }
    let refs = rule_references(r, &params);
    if !refs.is_empty() {
        s.push_str("References (larcheck explain KEY for one)\n");
        for x in refs {
            s.push_str(&format!("  {}: {}\n", x.key, x.reference()));
        }
        s.push('\n');
    }
    if !params.is_empty() {
        s.push_str("Parameters (config/default.toml; override with --config)\n");
        let mut t = Table::new();
        t.load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        for (k, v, src) in &params {
            t.add_row([format!("  {k}"), format!("= {v}"), format!("# {src}")]);
        }
        s.push_str(&format!("{t}\n"));
    }
    s.push_str(&format!(
        "Code\n  defined in {}; fixtures: {}\n",
        r.location,
        r.fixtures()
    ));
    // `# source` comments come from the --config files.
    crate::output::printable::lines(&s)
}

/// "; did you mean `A`, `B`?" over rule codes and source keys, or "".
fn unknown_hint(word: &str) -> String {
    let w = word.trim();
    let mut near: Vec<String> = Vec::new();
    if let Some(c) = crate::suggest::nearest(&w.to_uppercase(), RULES.iter().map(|r| r.code)) {
        near.push(format!("`{c}`"));
    }
    for k in sources::register().nearest_keys(w, 3) {
        near.push(format!("`{k}`"));
    }
    if near.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", near.join(", "))
    }
}
