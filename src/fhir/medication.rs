//! Which medication a resource is about: `medicationCodeableConcept`, or
//! `medicationReference` to a contained (`#id`) or bundled `Medication`;
//! its codings and text read through the drug catalogue's resolver, no
//! terminology server. Order: an ATC coding (the catalogue knows every ATC
//! code it lists), then each coding's `display` (FEST, RxNorm, SNOMED CT
//! codes themselves are not in the catalogue: their name is), then the
//! concept's text. The first that resolves decides; nothing is guessed.

use super::Resource;
use super::map::{Ctx, Reason};
use super::model::{CodeableConcept, MedicationResource, Reference};
use crate::case::model::Medication;
use crate::vocab::drugs::{Catalogue, Drug, LarName};
use serde::Deserialize;

/// The ATC system URI (WHO Collaborating Centre).
pub const ATC: &str = "http://www.whocc.no/atc";

/// What a medication concept names.
#[derive(Debug, PartialEq)]
pub enum Named {
    /// A LAR medication.
    Lar(Medication),
    /// Another drug: the name to write (the ATC code, or the name that
    /// resolved), and whether the catalogue entry is a patch.
    Other {
        /// What to write as `drug`.
        name: String,
        /// A transdermal product.
        transdermal: bool,
    },
}

/// The medication concept of `r` (`medicationCodeableConcept`, or the
/// `Medication` its `medicationReference` points to), or why there is none.
pub fn concept(ctx: &Ctx<'_>, r: &Resource) -> Result<CodeableConcept, Reason> {
    if let Some(c) = r.value.get("medicationCodeableConcept") {
        return CodeableConcept::deserialize(c).map_err(super::map::unreadable);
    }
    let Some(reference) = r.value.get("medicationReference") else {
        return Err(Reason::UnknownDrug(String::new()));
    };
    let reference = Reference::deserialize(reference).map_err(super::map::unreadable)?;
    let target = reference.reference.unwrap_or_default();
    let medication = match target.strip_prefix('#') {
        Some(id) => r
            .value
            .get("contained")
            .and_then(serde_json::Value::as_array)
            .and_then(|all| {
                all.iter().find(|c| {
                    c.get("id").and_then(serde_json::Value::as_str) == Some(id)
                        && c.get("resourceType").and_then(serde_json::Value::as_str)
                            == Some("Medication")
                })
            }),
        None => ctx
            .get(&target)
            .filter(|m| m.kind == "Medication")
            .map(|m| &m.value),
    };
    let Some(medication) = medication else {
        return Err(Reason::Dangling(target));
    };
    let m = MedicationResource::deserialize(medication).map_err(super::map::unreadable)?;
    Ok(m.code.unwrap_or_default())
}

/// The names to try, in order: ATC codes, each coding's display, the text.
fn candidates(c: &CodeableConcept) -> Vec<&str> {
    let atc = c
        .coding
        .iter()
        .filter(|x| x.system.as_deref() == Some(ATC))
        .filter_map(|x| x.code.as_deref());
    let display = c.coding.iter().filter_map(|x| x.display.as_deref());
    atc.chain(display)
        .chain(c.text.as_deref())
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// What `c` names, or the [`Reason::UnknownDrug`] listing what was tried
/// (the codes too, so a person can look them up).
pub fn name(catalogue: &Catalogue, c: &CodeableConcept) -> Result<Named, Reason> {
    for cand in candidates(c) {
        match catalogue.resolve_lar(cand) {
            LarName::Lar { lar, .. } => {
                if let Ok(m) = lar.parse() {
                    return Ok(Named::Lar(m));
                }
            }
            LarName::NotLar(d) => return Ok(other(catalogue, c, cand, d)),
            LarName::Unknown => {}
        }
        if let Some(d) = catalogue.resolve(cand) {
            if let Some(m) = d.lar.as_deref().and_then(|l| l.parse().ok()) {
                return Ok(Named::Lar(m));
            }
            return Ok(other(catalogue, c, cand, d));
        }
    }
    let tried: Vec<String> = c
        .coding
        .iter()
        .map(|x| {
            format!(
                "{} {}",
                x.system.as_deref().unwrap_or("?"),
                x.code.as_deref().unwrap_or("?")
            )
        })
        .chain(c.text.clone())
        .collect();
    Err(Reason::UnknownDrug(tried.join(", ")))
}

/// A non-LAR drug: written by the sender's text (or a display) when that
/// names the same catalogue entry as `cand` (what a person recognises:
/// "Sobril"), else by `cand` (the ATC code).
fn other(catalogue: &Catalogue, c: &CodeableConcept, cand: &str, d: &Drug) -> Named {
    let same = c
        .text
        .as_deref()
        .into_iter()
        .chain(c.coding.iter().filter_map(|x| x.display.as_deref()))
        .find(|n| catalogue.resolve(n).is_some_and(|e| e.generic == d.generic));
    Named::Other {
        name: same.unwrap_or(cand).trim().to_owned(),
        transdermal: d.transdermal,
    }
}

/// What resource `r`'s medication names.
pub fn of(ctx: &Ctx<'_>, r: &Resource) -> Result<Named, Reason> {
    name(ctx.opts.catalogue, &concept(ctx, r)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cc(json: &str) -> CodeableConcept {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn atc_fest_display_rxnorm_and_text_resolve_through_the_catalogue() {
        let cat = crate::config::Config::load(&[], &[]).unwrap().catalogue;
        let atc = cc(r#"{"coding":[{"system":"http://www.whocc.no/atc","code":"N07BC02"}]}"#);
        assert_eq!(name(&cat, &atc), Ok(Named::Lar(Medication::Methadone)));
        let fest = cc(
            r#"{"coding":[{"system":"http://dmp.no/fhir/NamingSystem/festLegemiddelMerkevare","code":"ID_X","display":"Subutex"}]}"#,
        );
        assert_eq!(name(&cat, &fest), Ok(Named::Lar(Medication::Buprenorphine)));
        let text = cc(r#"{"text":"Sobril"}"#);
        assert!(matches!(name(&cat, &text), Ok(Named::Other { .. })));
        let none = cc(r#"{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}"#);
        assert!(matches!(name(&cat, &none), Err(Reason::UnknownDrug(t)) if t.contains("snomed")));
    }
}
