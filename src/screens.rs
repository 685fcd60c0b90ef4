//! The fixed vocabulary of screen substances (case-format.md).

/// Every substance a `[[screens]]` entry may name, grouped as in the spec.
pub const SUBSTANCES: &[&str] = &[
    // opioids
    "6-mam",
    "morphine",
    "codeine",
    "ethylmorphine",
    "oxycodone",
    "fentanyl",
    "ketobemidone",
    "tramadol",
    "tapentadol",
    "hydromorphone",
    "nitazenes",
    "opiates",
    "methadone",
    "eddp",
    "buprenorphine",
    "norbuprenorphine",
    // sedatives
    "benzodiazepines",
    "diazepam",
    "oxazepam",
    "alprazolam",
    "clonazepam",
    "nitrazepam",
    "flunitrazepam",
    "lorazepam",
    "designer-benzodiazepines",
    "zopiclone",
    "zolpidem",
    "pregabalin",
    "gabapentin",
    "phenobarbital",
    "carisoprodol",
    "ghb",
    "xylazine",
    // stimulants
    "amphetamine",
    "methamphetamine",
    "mdma",
    "cocaine",
    "methylphenidate",
    // other
    "cannabis",
    "synthetic-cannabinoids",
    "alcohol",
    "ketamine",
    "lsd",
];

/// Opioid substances (SCR001, DOS006).
pub const OPIOIDS: &[&str] = &[
    "6-mam",
    "morphine",
    "codeine",
    "ethylmorphine",
    "oxycodone",
    "fentanyl",
    "ketobemidone",
    "tramadol",
    "tapentadol",
    "hydromorphone",
    "nitazenes",
    "opiates",
    "methadone",
    "eddp",
    "buprenorphine",
    "norbuprenorphine",
];

/// Is `s` an opioid substance?
pub fn is_opioid(s: &str) -> bool {
    OPIOIDS.contains(&s)
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
