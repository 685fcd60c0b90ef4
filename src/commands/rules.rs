//! `larcheck rules` and `larcheck explain CODE`.

use crate::cli::{Global, OutputFormat};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::rules::registry::{self, RULES, Rule, RuleText};
use crate::sources::{self, Source};
use crate::tr;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Value, json};

fn rule_json(r: &Rule, config: &Config) -> Value {
    json!({
        "code": r.code, "name": r.name, "severity": r.grades, "max_severity": r.max_severity.as_str(),
        "source": r.source, "summary": said(r, RuleText::Summary, config),
    })
}

/// A declared text of `r` in the configuration's language with its
/// parameters filled in; the English where the language lacks it.
fn said(r: &Rule, kind: RuleText, config: &Config) -> String {
    let text = match r.text(kind, config.lang) {
        Some(t) if config.lang == Lang::En || t != kind.id(r) => t,
        _ => kind.english(r).unwrap_or_default().to_string(),
    };
    registry::fill(&text, &config.table)
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
        OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
            let mut t = Table::new();
            t.load_style(presets::ASCII_MARKDOWN)
                .set_content_arrangement(ContentArrangement::Disabled);
            let l = config.lang;
            t.set_header([
                tr!(l, "cmd-rules-code"),
                tr!(l, "cmd-rules-name"),
                tr!(l, "cmd-rules-severity"),
                tr!(l, "cmd-rules-source"),
            ]);
            for r in RULES {
                t.add_row([
                    r.code.to_string(),
                    r.name.to_string(),
                    said(r, RuleText::Grades, &config),
                    sources::cite(r.source, l),
                ]);
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
    let lang = crate::load_config(g)?.lang;
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Json => {
            serde_json::to_string_pretty(&json!({"schema_version": 1, "source": source_json(s)}))
                .unwrap_or_default()
                + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
            let mut t = Table::new();
            t.load_style(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
            let not_stated = tr!(lang, "cmd-source-not-stated");
            let rows: [(&str, Option<String>); 9] = [
                ("cmd-source-title", Some(s.title_in(lang))),
                ("cmd-source-document", s.document.clone()),
                ("cmd-source-publisher", s.publisher.clone()),
                ("cmd-source-authors", s.authors.clone()),
                (
                    "cmd-source-year",
                    Some(s.year.map(|y| y.to_string()).unwrap_or(not_stated.clone())),
                ),
                ("cmd-source-section", s.section.clone()),
                (
                    "cmd-source-address",
                    Some(
                        s.url
                            .clone()
                            .unwrap_or_else(|| tr!(lang, "cmd-source-no-address")),
                    ),
                ),
                ("cmd-source-type", Some(s.kind.clone())),
                ("cmd-source-note", s.note.clone()),
            ];
            for (k, v) in rows {
                if let Some(v) = v {
                    t.add_row([format!("  {}", tr!(lang, k)), v]);
                }
            }
            let mut out = tr!(lang, "cmd-source-heading", key = s.key.as_str()) + "\n";
            out.push_str(&format!("{t}\n"));
            if !s.aliases.is_empty() {
                let names = s.aliases.join(", ");
                out.push_str(&tr!(lang, "cmd-source-aliases", names = names));
                out.push('\n');
            }
            let cited_by: Vec<&str> = RULES
                .iter()
                .filter(|r| references(r.source).iter().any(|x| x.key == s.key))
                .map(|r| r.code)
                .collect();
            if !cited_by.is_empty() {
                let codes = cited_by.join(", ");
                out.push_str(&tr!(lang, "cmd-source-cited-by", codes = codes));
                out.push('\n');
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
            hint: unknown_hint(g.language(), code),
        });
    };
    let config = crate::load_config(g)?;
    let params = parameters(r, &config);
    let (why, example, not_when) = (
        said(r, RuleText::Why, &config),
        said(r, RuleText::Example, &config),
        said(r, RuleText::NotWhen, &config),
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
        OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => explain_table(r, &config),
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}

/// `larcheck explain CODE`'s table for a rule (`train` shows it for a
/// missed or wrong answer).
pub fn explain_table(r: &Rule, config: &Config) -> String {
    let params = parameters(r, config);
    let l = config.lang;
    let (summary, why, example, not_when) = (
        said(r, RuleText::Summary, config),
        said(r, RuleText::Why, config),
        said(r, RuleText::Example, config),
        said(r, RuleText::NotWhen, config),
    );
    let grades = said(r, RuleText::Grades, config);
    let mut s = format!("{} {} ({grades})\n\n", r.code, r.name);
    let mut section = |label: &str, body: String| {
        s.push_str(&format!("{}\n  {body}\n\n", tr!(l, label)));
    };
    section(
        "cmd-explain-checks",
        tr!(l, "cmd-explain-fires-when", summary = summary),
    );
    if !why.is_empty() {
        let source = tr!(
            l,
            "cmd-explain-source-line",
            source = sources::cite(r.source, l)
        );
        section("cmd-explain-why", format!("{why}\n  {source}"));
    } else {
        section("cmd-explain-source", sources::cite(r.source, l));
    }
    if !example.is_empty() {
        section("cmd-explain-example", example);
    }
    if !not_when.is_empty() {
        section("cmd-explain-not-when", not_when);
    }
    let refs = rule_references(r, &params);
    if !refs.is_empty() {
        s.push_str(&tr!(l, "cmd-explain-references"));
        s.push('\n');
        for x in refs {
            s.push_str(&format!("  {}: {}\n", x.key, x.reference_in(l)));
        }
        s.push('\n');
    }
    if !params.is_empty() {
        s.push_str(&tr!(l, "cmd-explain-parameters"));
        s.push('\n');
        let mut t = Table::new();
        t.load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        for (k, v, src) in &params {
            t.add_row([
                format!("  {k}"),
                format!("= {v}"),
                format!("# {}", sources::cite(src, l)),
            ]);
        }
        s.push_str(&format!("{t}\n"));
    }
    s.push_str(&tr!(l, "cmd-explain-code"));
    s.push('\n');
    s.push_str(&tr!(
        l,
        "cmd-explain-defined-in",
        location = r.location,
        fixtures = r.fixtures()
    ));
    s.push('\n');
    // `# source` comments come from the --config files.
    crate::output::printable::lines(&s)
}

/// "; did you mean `A`, `B`?" over rule codes and source keys, or "".
fn unknown_hint(lang: Lang, word: &str) -> String {
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
        tr!(lang, "cmd-unknown-hint", names = near.join(", "))
    }
}
