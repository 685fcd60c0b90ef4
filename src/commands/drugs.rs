//! `larcheck drugs QUERY`: look a name, brand or ATC code up in the catalogue.

use crate::cli::{Global, OutputFormat};
use crate::drugs::{Drug, DrugClass, LarFamily};
use crate::error::{Error, ExitStatus};
use serde_json::{Value, json};

/// The rules a drug can trigger, with the LAR medications they apply to.
pub fn rules_for(d: &Drug) -> Vec<(&'static str, &'static str)> {
    use DrugClass::*;
    let mut r: Vec<(&'static str, &'static str)> = Vec::new();
    if d.lar.is_some() {
        r.push((
            "SCR002",
            "as the LAR medication: screens that miss its substances",
        ));
        return r;
    }
    let any = "any LAR medication";
    let mf = "methadone-family medications (methadone, levomethadone, morphine-sr)";
    if d.has_class(Benzodiazepine) {
        r.push(("BZD001", any));
        r.push((
            "BZD003",
            "any LAR medication, with another benzodiazepine or z-hypnotic",
        ));
    }
    if d.has_class(ZHypnotic) {
        r.push(("BZD002", any));
        r.push((
            "BZD003",
            "any LAR medication, with another benzodiazepine or z-hypnotic",
        ));
    }
    if d.has_class(Gabapentinoid) {
        r.push(("INT001", any));
    }
    if d.has_class(Opioid) {
        r.push(("INT002", any));
    }
    if DrugClass::SEDATING.iter().any(|c| d.has_class(*c)) {
        r.push(("INT003", any));
    }
    if !crate::rules::interactions::depressant_classes(d).is_empty() {
        r.push((
            "INT004",
            "any LAR medication, with one more CNS-depressant class",
        ));
    }
    if d.has_class(OpioidAntagonist) && !d.rescue_only {
        r.push(("INT005", any));
    }
    if d.has_class(PartialAgonist) {
        r.push(("INT006", mf));
    }
    if let Some(w) = families_words(|f| d.induces_family(f)) {
        r.push(("INT007", w));
    }
    if let Some(w) = families_words(|f| d.inhibits_family(f)) {
        r.push(("INT008", w));
    }
    if d.has_class(MaoInhibitor) {
        r.push(("INT009", mf));
    }
    if d.has_class(QtProlonging) {
        r.push(("QTC004", mf));
    }
    if !d.explains.is_empty() {
        r.push((
            "SCR008",
            "any LAR medication, when a screen tests for its substances and finds none",
        ));
    }
    r.dedup_by(|a, b| a.0 == b.0);
    r
}

/// The LAR families an inducer or inhibitor acts on, in words (`None`: none,
/// e.g. a weak inhibitor such as sertraline).
fn families_words(acts_on: impl Fn(LarFamily) -> bool) -> Option<&'static str> {
    let [m, b, s] = LarFamily::ALL.map(acts_on);
    match (m, b, s) {
        (true, true, true) => Some("any LAR medication"),
        (true, true, false) => Some("methadone, levomethadone and the buprenorphine family"),
        (true, false, true) => Some("methadone, levomethadone and morphine-sr"),
        (true, false, false) => Some("methadone and levomethadone"),
        (false, true, true) => Some("the buprenorphine family and morphine-sr"),
        (false, true, false) => Some("the buprenorphine family"),
        (false, false, true) => Some("morphine-sr"),
        (false, false, false) => None,
    }
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
        "note": d.note,
        "rules": rules_for(d).iter().map(|(c, w)| json!({"code": c, "with": w})).collect::<Vec<_>>(),
    })
}

/// Runs `drugs QUERY`.
pub fn run(g: &Global, query: &str) -> Result<ExitStatus, Error> {
    if query.trim().is_empty() {
        return Err(Error::Usage(
            "`drugs` needs a name, brand or ATC code to look up".into(),
        ));
    }
    let config = crate::load_config(g)?;
    let cat = &config.catalogue;
    let found = cat.search(query);
    if found.is_empty() {
        let near = cat.suggest(query, 5);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!("; nearest names: {}", near.join(", "))
        };
        eprintln!("larcheck: no drug matches `{query}`{hint}");
        if !g.quiet && g.format == OutputFormat::Json {
            let doc =
                json!({"schema_version": 1, "query": query, "matches": [], "suggestions": near});
            super::emit(
                (serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n").as_bytes(),
            )?;
        }
        return Ok(ExitStatus::Findings);
    }
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Json => {
            let doc = json!({"schema_version": 1, "query": query, "matches": found.iter().map(|d| drug_json(d)).collect::<Vec<_>>()});
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
        }
        OutputFormat::Table => {
            let mut s = String::new();
            for d in &found {
                s.push_str(&format!("{}  {}", d.generic, d.atc));
                if !d.former_atc.is_empty() {
                    s.push_str(&format!(" (formerly {})", d.former_atc.join(", ")));
                }
                s.push('\n');
                if !d.brands.is_empty() {
                    s.push_str(&format!("  brands:   {}\n", d.brands.join(", ")));
                }
                let classes: Vec<&str> = d.classes.iter().map(|c| c.as_str()).collect();
                s.push_str(&format!(
                    "  classes:  {}\n",
                    if classes.is_empty() {
                        "-".to_string()
                    } else {
                        classes.join(", ")
                    }
                ));
                if let Some(l) = &d.lar {
                    s.push_str(&format!("  LAR medication: {l}\n"));
                }
                if !d.explains.is_empty() {
                    s.push_str(&format!(
                        "  explains in screens: {}\n",
                        d.explains.join(", ")
                    ));
                }
                if let Some(f) = d.mme_factor {
                    s.push_str(&format!("  oral morphine equivalents: {f} per mg/day\n"));
                }
                for (code, with) in rules_for(d) {
                    let name = crate::rules::registry::find(code)
                        .map(|r| r.name)
                        .unwrap_or("");
                    s.push_str(&format!("  {code} {name}: with {with}\n"));
                }
                if let Some(n) = &d.note {
                    s.push_str(&format!("  note: {n}\n"));
                }
                s.push('\n');
            }
            s.push_str(&format!(
                "{} match{}\n",
                found.len(),
                if found.len() == 1 { "" } else { "es" }
            ));
            s
        }
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}
