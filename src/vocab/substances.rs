//! The fixed vocabulary of screen substances (case-format.md), each with its
//! group: one table instead of a name list, an opioid list and a match.

/// Substance groups of the screen vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubstanceGroup {
    /// Opioids (6-mam counts as heroin).
    Opioid,
    /// Benzodiazepines and z-hypnotics.
    Benzo,
    /// Pregabalin and gabapentin.
    Gabapentinoid,
    /// Barbiturates, carisoprodol, GHB, xylazine.
    Sedative,
    /// Stimulants.
    Stimulant,
    /// Alcohol.
    Alcohol,
    /// Cannabis.
    Cannabis,
    /// Synthetic cannabinoids, ketamine, LSD.
    Other,
}

use SubstanceGroup as G;

/// Every substance a `[[screens]]` entry may name, with its group, in the
/// order of the spec.
pub const TABLE: &[(&str, SubstanceGroup)] = &[
    ("6-mam", G::Opioid),
    ("morphine", G::Opioid),
    ("codeine", G::Opioid),
    ("ethylmorphine", G::Opioid),
    ("oxycodone", G::Opioid),
    ("fentanyl", G::Opioid),
    ("ketobemidone", G::Opioid),
    ("tramadol", G::Opioid),
    ("tapentadol", G::Opioid),
    ("hydromorphone", G::Opioid),
    ("nitazenes", G::Opioid),
    ("opiates", G::Opioid),
    ("methadone", G::Opioid),
    ("eddp", G::Opioid),
    ("buprenorphine", G::Opioid),
    ("norbuprenorphine", G::Opioid),
    ("benzodiazepines", G::Benzo),
    ("diazepam", G::Benzo),
    ("oxazepam", G::Benzo),
    ("alprazolam", G::Benzo),
    ("clonazepam", G::Benzo),
    ("nitrazepam", G::Benzo),
    ("flunitrazepam", G::Benzo),
    ("lorazepam", G::Benzo),
    ("designer-benzodiazepines", G::Benzo),
    ("zopiclone", G::Benzo),
    ("zolpidem", G::Benzo),
    ("pregabalin", G::Gabapentinoid),
    ("gabapentin", G::Gabapentinoid),
    ("phenobarbital", G::Sedative),
    ("carisoprodol", G::Sedative),
    ("ghb", G::Sedative),
    ("xylazine", G::Sedative),
    ("amphetamine", G::Stimulant),
    ("methamphetamine", G::Stimulant),
    ("mdma", G::Stimulant),
    ("cocaine", G::Stimulant),
    ("methylphenidate", G::Stimulant),
    ("cannabis", G::Cannabis),
    ("synthetic-cannabinoids", G::Other),
    ("alcohol", G::Alcohol),
    ("ketamine", G::Other),
    ("lsd", G::Other),
];

const NAMES: [&str; TABLE.len()] = {
    let mut names = [""; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        names[i] = TABLE[i].0;
        i += 1;
    }
    names
};

/// The names of [`TABLE`], in its order.
pub const SUBSTANCES: &[&str] = &NAMES;

/// The group of a substance (a name outside the vocabulary is
/// [`SubstanceGroup::Other`]).
pub fn group(s: &str) -> SubstanceGroup {
    TABLE
        .iter()
        .find(|(name, _)| *name == s)
        .map_or(SubstanceGroup::Other, |&(_, g)| g)
}

/// Common words for a vocabulary substance (`heroin` is `6-mam`), for
/// error messages; never accepted silently.
pub fn alias(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().as_str() {
        "heroin" | "heroine" | "6-monoacetylmorphine" | "6mam" | "mam" => "6-mam",
        "benzo" | "benzos" | "benzodiazepine" | "bzd" => "benzodiazepines",
        "thc" | "cannabinoids" | "marijuana" | "hash" | "hasj" => "cannabis",
        "etg" | "ets" | "ethanol" | "alkohol" => "alcohol",
        "subutex" | "bup" => "buprenorphine",
        "norbup" => "norbuprenorphine",
        "ecstasy" => "mdma",
        "opiate" | "opioids" => "opiates",
        "metadon" => "methadone",
        "amfetamin" | "amphetamines" | "speed" => "amphetamine",
        "kokain" => "cocaine",
        "lyrica" => "pregabalin",
        "neurontin" => "gabapentin",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_follow_the_table_and_are_unique() {
        assert_eq!(SUBSTANCES.len(), TABLE.len());
        for (n, (name, _)) in SUBSTANCES.iter().zip(TABLE) {
            assert_eq!(n, name);
        }
        let mut sorted = SUBSTANCES.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), SUBSTANCES.len());
    }

    #[test]
    fn groups_as_before() {
        assert_eq!(group("6-mam"), SubstanceGroup::Opioid);
        assert_eq!(group("zolpidem"), SubstanceGroup::Benzo);
        assert_eq!(group("xylazine"), SubstanceGroup::Sedative);
        assert_eq!(group("lsd"), SubstanceGroup::Other);
        assert_eq!(group("not-a-substance"), SubstanceGroup::Other);
        let opioids = TABLE
            .iter()
            .filter(|(s, _)| group(s) == SubstanceGroup::Opioid)
            .count();
        assert_eq!(opioids, 16);
    }
}
