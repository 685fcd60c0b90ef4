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
use serde_json::value::RawValue;

/// The ATC system URI (WHO Collaborating Centre).
pub const ATC: &str = "http://www.whocc.no/atc";

/// What a medication concept names.
#[derive(Debug, PartialEq, Clone)]
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

/// The elements that name a resource's medication, kept raw.
#[derive(Deserialize)]
struct MedicationOf<'a> {
    #[serde(rename = "medicationCodeableConcept", borrow, default)]
    concept: Option<&'a RawValue>,
    #[serde(rename = "medicationReference", borrow, default)]
    reference: Option<&'a RawValue>,
    #[serde(borrow, default)]
    contained: Option<&'a RawValue>,
}

/// A contained resource's type and id.
#[derive(Deserialize)]
struct Contained<'a> {
    #[serde(rename = "resourceType", borrow, default)]
    kind: Option<super::model::Str<'a>>,
    #[serde(borrow, default)]
    id: Option<super::model::Str<'a>>,
}

/// The medication concept of `r` (`medicationCodeableConcept`, or the
/// `Medication` its `medicationReference` points to), or why there is none.
pub fn concept<'a>(ctx: &Ctx<'a>, r: &Resource<'a>) -> Result<CodeableConcept<'a>, Reason> {
    let of: MedicationOf<'a> = serde_json::from_str(r.json).map_err(super::map::unreadable)?;
    if let Some(c) = of.concept {
        return serde_json::from_str(c.get()).map_err(super::map::unreadable);
    }
    let Some(reference) = of.reference else {
        return Err(Reason::UnknownDrug(String::new()));
    };
    let reference: Reference<'a> =
        serde_json::from_str(reference.get()).map_err(super::map::unreadable)?;
    let target = reference.reference.unwrap_or_default().0.into_owned();
    let m: MedicationResource = match target.strip_prefix('#') {
        Some(id) => {
            // The contained resources stay text borrowed from the input;
            // only their type and id are read to find the one named.
            let contained: Vec<&'a serde_json::value::RawValue> = of
                .contained
                .and_then(|c| serde_json::from_str(c.get()).ok())
                .unwrap_or_default();
            let Some(m) = contained.iter().find(|c| {
                serde_json::from_str::<Contained<'_>>(c.get()).is_ok_and(|c| {
                    c.id.as_deref() == Some(id) && c.kind.as_deref() == Some("Medication")
                })
            }) else {
                return Err(Reason::Dangling(target));
            };
            serde_json::from_str::<MedicationResource<'a>>(m.get())
                .map_err(super::map::unreadable)?
        }
        None => match ctx.get(&target).filter(|m| m.kind == "Medication") {
            Some(m) => m.parse().map_err(super::map::unreadable)?,
            None => return Err(Reason::Dangling(target)),
        },
    };
    Ok(m.code.unwrap_or_default())
}

/// The names to try, in order: ATC codes, each coding's display, the text.
fn candidates<'c>(c: &'c CodeableConcept<'_>) -> Vec<&'c str> {
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
        .chain(c.text.as_deref().map(str::to_owned))
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
pub fn of(ctx: &Ctx<'_>, r: &Resource<'_>) -> Result<Named, Reason> {
    cached(ctx, &concept(ctx, r)?)
}

/// What the medication of a resource already read names: its
/// `medicationCodeableConcept`, else its `medicationReference` (a
/// contained one read from `r`). A bulk export names the same product in
/// millions of doses: each concept is resolved once ([`Ctx::names`]).
pub fn of_read(
    ctx: &Ctx<'_>,
    r: &Resource<'_>,
    concept: Option<&CodeableConcept>,
    reference: Option<&Reference>,
) -> Result<Named, Reason> {
    match (concept, reference) {
        (Some(c), _) => cached(ctx, c),
        (None, Some(m)) => {
            let target = m.reference.as_deref().unwrap_or_default();
            match ctx.get(target).filter(|m| m.kind == "Medication") {
                Some(m) if !target.starts_with('#') => {
                    let m: MedicationResource = m.parse().map_err(super::map::unreadable)?;
                    cached(ctx, &m.code.unwrap_or_default())
                }
                _ => of(ctx, r),
            }
        }
        (None, None) => Err(Reason::UnknownDrug(String::new())),
    }
}

/// [`name`], through the cache of resolved concepts.
fn cached(ctx: &Ctx<'_>, c: &CodeableConcept) -> Result<Named, Reason> {
    // The key: every coding's system, code and display, and the text, with
    // separators no code has (built for each dose: no formatting machinery).
    let mut key = String::with_capacity(96);
    for x in &c.coding {
        for part in [&x.system, &x.code, &x.display] {
            key.push_str(part.as_deref().unwrap_or_default());
            key.push('\u{1f}');
        }
        key.push('\u{1e}');
    }
    key.push_str(c.text.as_deref().unwrap_or_default());
    if let Some(hit) = ctx.names.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return hit;
    }
    let named = name(ctx.opts.catalogue, c);
    if let Ok(mut m) = ctx.names.lock() {
        m.insert(key, named.clone());
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cc(json: &str) -> CodeableConcept<'_> {
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
        // FEST's product name with an abbreviated form word (issue 21).
        let fest = cc(
            r#"{"coding":[{"system":"http://dmp.no/fhir/NamingSystem/festLegemiddelMerkevare","code":"ID_Y","display":"Metadon DnE mikst 1 mg/ml"}]}"#,
        );
        assert_eq!(name(&cat, &fest), Ok(Named::Lar(Medication::Methadone)));
        let text = cc(r#"{"text":"Sobril"}"#);
        assert!(matches!(name(&cat, &text), Ok(Named::Other { .. })));
        let none = cc(r#"{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}"#);
        assert!(matches!(name(&cat, &none), Err(Reason::UnknownDrug(t)) if t.contains("snomed")));
    }
}
