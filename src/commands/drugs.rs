//! `larcheck drugs QUERY`: look a name, brand or ATC code up in the catalogue.

use crate::cli::{Global, OutputFormat};
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::rules::registry::{RuleText, Triggers};
use crate::tr;
use crate::vocab::drugs::{Catalogue, Drug, ReadHow, Route};
use serde_json::{Value, json};

/// The rules a drug can trigger, with the LAR medications they apply to:
/// read from the rules' declarations (`triggered_by`), in report order.
pub fn rules_for(d: &Drug) -> Vec<(&'static str, &'static str)> {
    use crate::rules::registry::RULES;
    RULES
        .iter()
        .filter_map(|r| match r.triggered_by {
            Triggers::CoPrescribed(with) if d.lar.is_none() => with(d).map(|w| (r.code, w)),
            Triggers::AsLarMedication(w) if d.lar.is_some() => Some((r.code, w)),
            _ => None,
        })
        .collect()
}

fn drug_json(d: &Drug) -> Value {
    json!({
        "generic": d.generic,
        "brands": d.brands,
        "atc": d.atc,
        "former_atc": d.former_atc,
        "classes": d.classes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "explains": d.explains,
        "mme_factor": d.mme_factor,
        "lar": d.lar,
        "routes": d.routes,
        "components": d.components,
        "note": d.note,
        "rules": rules_for(d).iter().map(|(c, w)| json!({"code": c, "with": w})).collect::<Vec<_>>(),
    })
}

/// How `drugs` reads a query: exactly as `check` reads a prescription's
/// `drug` (the same [`Catalogue::with_combinations`] and
/// [`Catalogue::resolve`]), with the words for how it was read. `None` when
/// a prescription with this name would be an unknown drug (DAT001).
pub struct QueryReading {
    /// The entry `check` uses (for a combination the catalogue does not
    /// list, the entry made of its components).
    pub drug: Drug,
    /// "Quetiapin 25 mg tablett → quetiapine (N05AH04), spelling variant".
    pub line: String,
    /// How it was read (`name`, `spelling-variant`, `combination`, ...).
    pub how: ReadHow,
    /// The route word that chose the entry.
    pub route: Option<Route>,
    /// The components of a combination, each `(generic, atc)`.
    pub components: Vec<(String, String)>,
}

/// Reads `query` as `check` reads a prescription named so.
pub fn read_query(cat: &Catalogue, query: &str, lang: Lang) -> Option<QueryReading> {
    let ext = cat.with_combinations([query]);
    let drug = ext.resolve(query)?.clone();
    // The how comes from the catalogue without the per-case entries.
    let r = cat.read(query);
    let how = r.as_ref().map_or(ReadHow::Combination, |r| r.how);
    let route = r.as_ref().and_then(|r| r.route);
    let mut components: Vec<(String, String)> = match &r {
        Some(r) if r.entries.len() > 1 => r
            .entries
            .iter()
            .map(|d| (d.generic.clone(), d.atc.clone()))
            .collect(),
        _ => Vec::new(),
    };
    if components.is_empty() && !drug.components.is_empty() {
        components = drug
            .components
            .iter()
            .map(|c| {
                let atc = cat.resolve(c).map(|d| d.atc.clone()).unwrap_or_default();
                (c.clone(), atc)
            })
            .collect();
    }
    let target = if r.as_ref().is_some_and(|r| r.entries.len() > 1) {
        components
            .iter()
            .map(|(g, a)| format!("{g} ({a})"))
            .collect::<Vec<_>>()
            .join(" + ")
    } else {
        format!("{} ({})", drug.generic, drug.atc)
    };
    let mut line = format!("{} → {target}, {}", query.trim(), lang.phrase(how.as_str()));
    if let Some(rt) = route {
        line.push_str(&tr!(
            lang,
            "cmd-drugs-route",
            route = lang.phrase(rt.as_str())
        ));
    }
    Some(QueryReading {
        drug,
        line,
        how,
        route,
        components,
    })
}

/// Entries related to `d`: combinations that contain it, and the entries of
/// the same substance for other routes (fentanyl: the transmucosal
/// products), sorted by generic name.
fn related<'c>(cat: &'c Catalogue, d: &Drug) -> Vec<&'c Drug> {
    let mut explains = d.explains.clone();
    explains.sort();
    let mut out: Vec<&Drug> = cat
        .entries()
        .iter()
        .filter(|e| e.generic != d.generic)
        .filter(|e| {
            e.components.contains(&d.generic)
                || d.components.contains(&e.generic)
                || (!e.routes.is_empty() && !d.routes.is_empty() && {
                    let mut x = e.explains.clone();
                    x.sort();
                    !x.is_empty() && x == explains
                })
        })
        .collect();
    out.sort_by(|a, b| a.generic.cmp(&b.generic));
    out
}

/// One catalogue entry as `drugs QUERY` prints it, without the blank
/// line after it.
fn drug_text(d: &Drug, lang: Lang) -> String {
    let mut s = String::new();
    s.push_str(&format!("{}  {}", d.generic, d.atc));
    if !d.former_atc.is_empty() {
        s.push_str(&tr!(
            lang,
            "cmd-drugs-formerly",
            atc = d.former_atc.join(", ")
        ));
    }
    s.push('\n');
    let mut row = |id: &str, value: String| {
        s.push_str(&tr!(lang, id, value = value));
        s.push('\n');
    };
    if !d.brands.is_empty() {
        row("cmd-drugs-brands", d.brands.join(", "));
    }
    let classes: Vec<String> = d.classes.iter().map(|c| lang.class(*c)).collect();
    row(
        "cmd-drugs-classes",
        if classes.is_empty() {
            "-".to_string()
        } else {
            classes.join(", ")
        },
    );
    if !d.components.is_empty() {
        row("cmd-drugs-components", d.components.join(", "));
    }
    if !d.routes.is_empty() {
        let r: Vec<&str> = d.routes.iter().map(|r| r.as_str()).collect();
        row("cmd-drugs-routes", r.join(", "));
    }
    if let Some(l) = &d.lar {
        let name = match crate::case::Medication::parse(l) {
            Some(m) if lang != Lang::En => lang.medication(m),
            _ => l.to_string(),
        };
        row("cmd-drugs-lar", name);
    }
    if !d.explains.is_empty() {
        let e: Vec<String> = d.explains.iter().map(|x| lang.substance(x)).collect();
        row("cmd-drugs-explains", e.join(", "));
    }
    if let Some(f) = d.mme_factor {
        let f = match lang {
            Lang::En => f.to_string(),
            Lang::Nb => f.to_string().replace('.', ","),
        };
        row("cmd-drugs-mme", f);
    }
    for (code, with) in rules_for(d) {
        let rule = crate::rules::registry::find(code);
        let name = rule.map(|r| r.name).unwrap_or("");
        let with = match rule.map(|r| r.triggered_by) {
            Some(Triggers::AsLarMedication(_)) if lang != Lang::En => rule
                .and_then(|r| {
                    r.text(RuleText::Triggers, lang)
                        .filter(|t| *t != RuleText::Triggers.id(r))
                })
                .unwrap_or_else(|| with.to_string()),
            _ => lang.phrase(with),
        };
        s.push_str(&tr!(
            lang,
            "cmd-drugs-rule",
            code = code,
            name = name,
            with = with
        ));
        s.push('\n');
    }
    if let Some(n) = &d.note {
        s.push_str(&tr!(lang, "cmd-drugs-note", value = n.as_str()));
        s.push('\n');
    }
    s
}

/// The entries a query matches (the one it reads as, or those of an ATC
/// group) and the entries related to the one it reads as.
fn matches(cat: &Catalogue, query: &str, reading: Option<&QueryReading>) -> (Vec<Drug>, Vec<Drug>) {
    let mut found: Vec<Drug> = Vec::new();
    let mut rel: Vec<Drug> = Vec::new();
    match reading {
        Some(r) => {
            found.push(r.drug.clone());
            rel = related(cat, &r.drug).into_iter().cloned().collect();
        }
        None => {
            // An ATC group ("N05BA") is not a drug name, but lists what the
            // catalogue has under it.
            let upper = query.trim().to_ascii_uppercase();
            if upper.len() < 7 {
                found = cat
                    .search(&upper)
                    .into_iter()
                    .filter(|d| {
                        d.atc.starts_with(&upper)
                            || d.former_atc.iter().any(|a| a.starts_with(&upper))
                    })
                    .cloned()
                    .collect();
            }
        }
    }
    (found, rel)
}

/// Runs `drugs QUERY`.
pub fn run(g: &Global, query: &str) -> Result<ExitStatus, Error> {
    if query.trim().is_empty() {
        return Err(Error::Usage(tr!(g.language(), "cmd-drugs-no-query")));
    }
    let config = crate::load_config(g)?;
    let lang = config.lang;
    let cat = &config.catalogue;
    let reading = read_query(cat, query, lang);
    let (found, rel) = matches(cat, query, reading.as_ref());
    if found.is_empty() {
        let near = cat.suggest(query, 5);
        let hint = if near.is_empty() {
            String::new()
        } else {
            tr!(lang, "cmd-drugs-nearest", names = near.join(", "))
        };
        eprintln!(
            "larcheck: {}",
            crate::output::printable::line(&tr!(
                lang,
                "cmd-drugs-no-match",
                query = query,
                hint = hint
            ))
        );
        if !g.quiet && g.format == OutputFormat::Json {
            let doc = json!({"schema_version": 1, "query": query, "read": Value::Null, "matches": [], "suggestions": near});
            super::emit(
                (serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n").as_bytes(),
            )?;
        }
        return Ok(ExitStatus::Findings);
    }
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let found: Vec<&Drug> = found.iter().collect();
    let text = match g.format {
        OutputFormat::Json => {
            let read = reading.as_ref().map(|r| {
                json!({
                    "as": r.drug.generic,
                    "atc": r.drug.atc,
                    "how": r.how,
                    "route": r.route,
                    "components": r.components.iter().map(|(g, a)| json!({"generic": g, "atc": a})).collect::<Vec<_>>(),
                    "line": r.line,
                })
            });
            let doc = json!({
                "schema_version": 1,
                "query": query,
                "read": read,
                "matches": found.iter().map(|d| drug_json(d)).collect::<Vec<_>>(),
                "related": rel.iter().map(drug_json).collect::<Vec<_>>(),
            });
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
            let mut s = String::new();
            if let Some(r) = &reading {
                s.push_str(&r.line);
                s.push_str("\n\n");
            }
            for d in &found {
                s.push_str(&drug_text(d, lang));
                s.push('\n');
            }
            if !rel.is_empty() {
                let names: Vec<&str> = rel.iter().map(|d| d.generic.as_str()).collect();
                s.push_str(&tr!(lang, "cmd-drugs-related", names = names.join(", ")));
                s.push('\n');
            }
            s.push_str(&tr!(lang, "cmd-drugs-matches", n = found.len()));
            s.push('\n');
            // Names and notes may come from a --drugs file.
            crate::output::printable::lines(&s)
        }
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}
