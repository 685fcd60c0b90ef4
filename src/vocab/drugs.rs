//! The drug catalogue: names, ATC codes, interaction classes and screen
//! substances.
//!
//! Every medicine a case file names in `[[prescriptions]]` (generic name,
//! Norwegian brand name or ATC code) is looked up here. An entry ([`Drug`])
//! says which interaction classes the rules use ([`DrugClass`]: BZD, INT and
//! QTC rules), which drug-screen substances it explains (SCR rules,
//! "Explained-by" in `spec/rules.md`), its oral morphine-equivalent factor
//! (INT002) and, for the LAR medications themselves, which one it is.
//!
//! The default catalogue is `config/drugs.toml`, embedded at compile time
//! ([`EMBEDDED`], [`Catalogue::embedded`]). A local file in the same format
//! can be laid over it with [`Catalogue::overlay`]. Both are parsed strictly:
//! unknown keys, classes outside [`DrugClass`], substances outside
//! [`SCREEN_SUBSTANCES`], malformed ATC codes and names claimed twice are
//! errors, never silently ignored.
//!
//! Lookup ([`Catalogue::resolve`]) is case-insensitive and accepts a generic
//! name, a brand name, the current or a former ATC code, a name with a
//! strength, salt or form ("Sobril 10 mg", "Sertralin hydroklorid 50 mg"),
//! the Norwegian or English spelling of a generic name ("Quetiapin"), and an
//! unlisted ATC code of a class group (its group's classes). It never
//! guesses a misspelling; suggestions ([`Catalogue::suggest`]) name one
//! substance only.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// The catalogue's lookup indexes. Their keys are names and codes from the
/// catalogue files and the names a case asks for; rustc-hash's hasher is
/// several times faster than SipHash on such short strings, and hash-flooding
/// is not a threat to a local command reading its own files (issue 16: the
/// index inserts were a tenth of building the catalogue at start-up).
type Index<K, V> = rustc_hash::FxHashMap<K, V>;

/// The default catalogue, `config/drugs.toml`, as compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../config/drugs.toml");

/// [`EMBEDDED`] as compact JSON, written by `build.rs` at compile time: the
/// binary reads this at start-up, about ten times faster than the TOML
/// (issue 16). The structs below are still the one definition of the format;
/// `embedded_json_reads_as_the_toml` checks the two read to the same file.
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/drugs.json"));

/// The fixed vocabulary of drug-screen substances (`spec/case-format.md`,
/// "Screen substances"); `explains` in the catalogue may only use these.
pub use crate::vocab::substances::SUBSTANCES as SCREEN_SUBSTANCES;

/// ATC anatomical main groups (the first letter of every code).
const ATC_MAIN_GROUPS: &str = "ABCDGHJLMNPRSV";

/// An interaction class, the fixed vocabulary the rules are written against.
///
/// Serialised in kebab-case (`"z-hypnotic"`, `"full-opioid-agonist"`), the
/// spelling used in `drugs.toml` and in JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::VariantNames)]
#[strum(serialize_all = "kebab-case", ascii_case_insensitive)]
pub enum DrugClass {
    /// Benzodiazepines (ATC N05BA, N05CD, N03AE01); BZD001.
    Benzodiazepine,
    /// Z-hypnotics (N05CF: zopiclone, zolpidem); BZD002.
    ZHypnotic,
    /// Pregabalin and gabapentin (N02BF, formerly N03AX12/N03AX16); INT001.
    Gabapentinoid,
    /// Full µ-opioid agonists (morphine, oxycodone, methadone, ...).
    FullOpioidAgonist,
    /// Partial and mixed agonist-antagonists (buprenorphine, pentazocine,
    /// nalbuphine, butorphanol); INT006.
    PartialAgonist,
    /// Opioid antagonists (naltrexone, nalmefene, naloxone); INT005.
    OpioidAntagonist,
    /// Any opioid analgesic or antitussive (N02A, R05DA, codeine
    /// combinations); INT002. The LAR medications (N07BC) are not in it.
    Opioid,
    /// Sedating antipsychotics; INT003.
    SedatingAntipsychotic,
    /// Sedating antihistamines; INT003.
    SedatingAntihistamine,
    /// Barbiturates; INT003.
    Barbiturate,
    /// Centrally acting muscle relaxants (M03B); INT003.
    MuscleRelaxant,
    /// CYP3A4/2B6 inducers that lower methadone/buprenorphine; INT007.
    EnzymeInducer,
    /// CYP3A4/2B6 inhibitors that raise methadone/buprenorphine; INT008.
    EnzymeInhibitor,
    /// QT-prolonging drugs; QTC004.
    QtProlonging,
    /// MAO inhibitors; INT009.
    MaoInhibitor,
    /// Central stimulants (amphetamines, methylphenidate, modafinil).
    Stimulant,
}

impl DrugClass {
    /// Every class, in declaration order.
    /// The sedating classes of INT003 and INT004's sedative class:
    /// sedating antipsychotics and antihistamines, barbiturates, centrally
    /// acting muscle relaxants.
    pub const SEDATING: [DrugClass; 4] = [
        DrugClass::SedatingAntipsychotic,
        DrugClass::SedatingAntihistamine,
        DrugClass::Barbiturate,
        DrugClass::MuscleRelaxant,
    ];

    /// The classes a `--drugs` overlay may not take from a known drug
    /// without `--allow-unsafe-config`: benzodiazepines and z-hypnotics
    /// (BZD001-BZD003, INT004), gabapentinoids (INT001), the opioid classes
    /// (INT002, INT004, INT006), antagonists (INT005) and QT-prolonging
    /// drugs (QTC004).
    pub const SAFETY: [DrugClass; 8] = [
        DrugClass::Benzodiazepine,
        DrugClass::ZHypnotic,
        DrugClass::Gabapentinoid,
        DrugClass::FullOpioidAgonist,
        DrugClass::PartialAgonist,
        DrugClass::OpioidAntagonist,
        DrugClass::Opioid,
        DrugClass::QtProlonging,
    ];

    pub const ALL: [DrugClass; 16] = [
        DrugClass::Benzodiazepine,
        DrugClass::ZHypnotic,
        DrugClass::Gabapentinoid,
        DrugClass::FullOpioidAgonist,
        DrugClass::PartialAgonist,
        DrugClass::OpioidAntagonist,
        DrugClass::Opioid,
        DrugClass::SedatingAntipsychotic,
        DrugClass::SedatingAntihistamine,
        DrugClass::Barbiturate,
        DrugClass::MuscleRelaxant,
        DrugClass::EnzymeInducer,
        DrugClass::EnzymeInhibitor,
        DrugClass::QtProlonging,
        DrugClass::MaoInhibitor,
        DrugClass::Stimulant,
    ];

    /// The kebab-case name, identical to the serde spelling.
    pub fn as_str(&self) -> &'static str {
        self.into()
    }

    /// The class with this kebab-case name (case-insensitive, trimmed).
    pub fn from_name(name: &str) -> Option<DrugClass> {
        name.trim().parse().ok()
    }
}

impl fmt::Display for DrugClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A metabolic pathway of a LAR medication (rules.md INT007, INT008).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pathway {
    /// CYP3A4.
    Cyp3a4,
    /// CYP2B6.
    Cyp2b6,
    /// CYP1A2.
    Cyp1a2,
    /// CYP2C19.
    Cyp2c19,
    /// CYP2D6.
    Cyp2d6,
    /// Glucuronidation (UGT).
    Glucuronidation,
}

impl Pathway {
    /// `CYP3A4`, `glucuronidation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pathway::Cyp3a4 => "CYP3A4",
            Pathway::Cyp2b6 => "CYP2B6",
            Pathway::Cyp1a2 => "CYP1A2",
            Pathway::Cyp2c19 => "CYP2C19",
            Pathway::Cyp2d6 => "CYP2D6",
            Pathway::Glucuronidation => "glucuronidation",
        }
    }
}

/// How strongly a drug inhibits a pathway (clinical DDI grading).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Weak: fires nothing (rules.md INT008).
    Weak,
    /// Moderate.
    Moderate,
    /// Strong.
    Strong,
}

/// The LAR medication families the interaction data tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LarFamily {
    /// Methadone and levomethadone.
    MethadoneFamily,
    /// Buprenorphine, buprenorphine-naloxone and depot.
    BuprenorphineFamily,
    /// Both slow-release morphine products.
    MorphineSr,
}

impl LarFamily {
    /// The family of a LAR medication.
    pub fn of(m: crate::case::Medication) -> LarFamily {
        if m.is_morphine() {
            LarFamily::MorphineSr
        } else if m.is_methadone_family() {
            LarFamily::MethadoneFamily
        } else {
            LarFamily::BuprenorphineFamily
        }
    }

    /// The pathways that clear the medication (rules.md INT007, INT008;
    /// safety.md §4c): methadone and levomethadone CYP3A4 and CYP2B6,
    /// buprenorphine CYP3A4, morphine glucuronidation.
    pub fn pathways(self) -> &'static [Pathway] {
        match self {
            LarFamily::MethadoneFamily => &[Pathway::Cyp3a4, Pathway::Cyp2b6],
            LarFamily::BuprenorphineFamily => &[Pathway::Cyp3a4],
            LarFamily::MorphineSr => &[Pathway::Glucuronidation],
        }
    }

    /// `methadone family`.
    pub fn as_str(self) -> &'static str {
        match self {
            LarFamily::MethadoneFamily => "methadone-family",
            LarFamily::BuprenorphineFamily => "buprenorphine-family",
            LarFamily::MorphineSr => "morphine-sr",
        }
    }

    /// Every family.
    pub const ALL: [LarFamily; 3] = [
        LarFamily::MethadoneFamily,
        LarFamily::BuprenorphineFamily,
        LarFamily::MorphineSr,
    ];
}

/// One catalogue entry: a medicine (or one product group of it) with all the
/// names it is known by.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Drug {
    /// Unique lower-case name; for LAR medications the LAR medication name.
    pub generic: String,
    /// Norwegian brand names (and Norwegian spellings of the generic name).
    pub brands: Vec<String>,
    /// Current WHO ATC code (7 characters).
    pub atc: String,
    /// Earlier ATC codes, still accepted when resolving.
    pub former_atc: Vec<String>,
    /// Interaction classes, sorted and deduplicated, including those implied
    /// by the catalogue's ATC class prefixes.
    pub classes: Vec<DrugClass>,
    /// Screen substances this medicine explains (see [`SCREEN_SUBSTANCES`]).
    pub explains: Vec<String>,
    /// Oral morphine-equivalent factor: mg oral morphine per mg/day of this
    /// drug (per mg/day delivered for patches). `None` when not applicable or
    /// unknown, and always `None` on a LAR medication.
    pub mme_factor: Option<f64>,
    /// Where `mme_factor` comes from.
    pub mme_source: Option<String>,
    /// Set only on an entry that is a LAR medication (one of
    /// [`Medication`](crate::case::Medication)).
    pub lar: Option<String>,
    /// Overdose-rescue naloxone: an opioid antagonist that must not be
    /// reported as an antagonist co-prescription.
    pub rescue_only: bool,
    /// Only on a LAR entry: product names that mean this LAR medication when
    /// a case names its LAR medication (`treatment.medication`), although as
    /// a prescription they resolve to another entry (Dolcontin is the
    /// analgesic `morphine` as a prescription, `morphine-sr-12h` as LAR).
    #[serde(skip)]
    pub lar_brands: Vec<String>,
    /// Plausible daily maximum in mg (DAT004); `None` = not judged.
    #[serde(skip)]
    pub max_daily_mg: Option<f64>,
    /// Where `max_daily_mg` comes from (`local default` when unsourced).
    #[serde(skip)]
    pub max_daily_source: Option<String>,
    /// A transdermal patch product: its dose is a patch strength in µg/h
    /// (`patch_ug_per_hour`), the daily dose µg/h × 24 / 1000 mg.
    #[serde(skip)]
    pub transdermal: bool,
    /// Free-text remark (market status, caveats, "ATC unverified").
    pub note: Option<String>,
    /// Interaction data (INT007, INT008): the pathways it inhibits, graded.
    pub inhibits: Vec<(Pathway, Strength)>,
    /// LAR families whose product information names it as raising their
    /// levels, whatever the pathway grade (ciprofloxacin and fluvoxamine in
    /// the methadone SmPC).
    pub inhibitor_named_in: Vec<LarFamily>,
    /// The pathways it induces.
    pub induces: Vec<Pathway>,
    /// LAR families whose product information or guideline names it as
    /// lowering their levels, the pathway not given.
    pub inducer_named_in: Vec<LarFamily>,
    /// The routes this entry covers, where the route changes what the drug
    /// does (fentanyl patch vs nasal vs buccal); empty: any route.
    pub routes: Vec<Route>,
    /// A combination product: the generic names of its substances (each an
    /// entry of the catalogue). Its own `classes` and `explains` cover them.
    pub components: Vec<String>,
}

impl Drug {
    /// INT008: a moderate or strong inhibitor of a pathway of `f`, or named
    /// as raising its levels. Weak inhibitors (sertraline) fire nothing.
    pub fn inhibits_family(&self, f: LarFamily) -> bool {
        self.has_class(DrugClass::EnzymeInhibitor)
            && (self.inhibitor_named_in.contains(&f)
                || self
                    .inhibits
                    .iter()
                    .any(|(p, s)| *s >= Strength::Moderate && f.pathways().contains(p)))
    }

    /// INT007: an inducer of a pathway of `f`, or named as lowering its
    /// levels (morphine: only what the catalogue names for glucuronidation).
    pub fn induces_family(&self, f: LarFamily) -> bool {
        self.has_class(DrugClass::EnzymeInducer)
            && (self.inducer_named_in.contains(&f)
                || self.induces.iter().any(|p| f.pathways().contains(p)))
    }

    /// Whether the entry is in class `c`.
    pub fn has_class(&self, c: DrugClass) -> bool {
        self.classes.binary_search(&c).is_ok()
    }

    /// The generic name followed by the brand names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.generic.as_str()).chain(self.brands.iter().map(String::as_str))
    }

    /// Whether the entry explains screen substance `s` (case-insensitive).
    pub fn explains_substance(&self, s: &str) -> bool {
        let s = s.trim();
        self.explains.iter().any(|e| e.eq_ignore_ascii_case(s))
    }

    /// How a prescription written `written` was read, when that is not
    /// literally one of this entry's names or codes: the generic name it was
    /// read as ("Quetiapin 25 mg tablett" → `quetiapine`), for the
    /// evidence's `read_as`. `None` when the name was used as written.
    pub fn read_as(&self, written: &str) -> Option<String> {
        let w = normalize(written);
        let literal = self.names().any(|n| normalize(n) == w)
            || self.codes().any(|c| c.eq_ignore_ascii_case(&w));
        (!literal).then(|| self.generic.clone())
    }

    /// The current ATC code followed by the former ones.
    fn codes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.atc.as_str()).chain(self.former_atc.iter().map(String::as_str))
    }
}

/// Why a catalogue file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// Not valid TOML, or keys and types not as the format requires (unknown
    /// keys, unknown classes and wrong types end up here, with line and
    /// column). Only the position and the parser's message are kept, never
    /// the offending line: a `--drugs` pointed at a secret file must not
    /// print it.
    #[error("{source_name}: cannot read the drug catalogue: {at}{message}")]
    Parse {
        /// The file (or other source) that was read.
        source_name: String,
        /// `line:column: `, or empty when the parser gave no position.
        at: String,
        /// The parser's message, without the source line.
        message: String,
    },
    /// Well-formed TOML whose content breaks a catalogue rule (duplicate
    /// name, bad ATC code, unknown screen substance, ...).
    #[error("{source_name}: invalid drug catalogue: {message}")]
    Invalid {
        /// The file (or other source) that was read.
        source_name: String,
        /// What is wrong, naming the entry.
        message: String,
    },
}

/// [`EMBEDDED_JSON`] read.
fn embedded_file() -> RawFile {
    serde_json::from_str(EMBEDDED_JSON).expect(
        "build.rs writes config/drugs.toml as JSON of the same shape (caught by the drugs unit tests)",
    )
}

/// The file format, as deserialised (strict).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    class_prefix: Vec<RawPrefix>,
    #[serde(default)]
    drug: Vec<RawDrug>,
}

/// `[[class_prefix]]`: every entry whose current or former ATC code starts
/// with `atc` gets `classes`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RawPrefix {
    atc: String,
    classes: Vec<DrugClass>,
}

/// `[[drug]]` as written in the file (serialised back by
/// [`Catalogue::entry_toml`] for overlays that replace an entry whole).
#[derive(Debug, Clone, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
struct RawDrug {
    generic: String,
    #[serde(default)]
    brands: Vec<String>,
    atc: String,
    #[serde(default)]
    former_atc: Vec<String>,
    #[serde(default)]
    classes: Vec<DrugClass>,
    #[serde(default)]
    explains: Vec<String>,
    mme_factor: Option<f64>,
    mme_source: Option<String>,
    lar: Option<String>,
    #[serde(default)]
    rescue_only: bool,
    #[serde(default)]
    lar_brands: Vec<String>,
    max_daily_mg: Option<f64>,
    max_daily_source: Option<String>,
    #[serde(default)]
    transdermal: bool,
    note: Option<String>,
    #[serde(default)]
    inhibits: std::collections::BTreeMap<Pathway, Strength>,
    #[serde(default)]
    inhibitor_named_in: Vec<LarFamily>,
    #[serde(default)]
    induces: Vec<Pathway>,
    #[serde(default)]
    inducer_named_in: Vec<LarFamily>,
    #[serde(default)]
    routes: Vec<Route>,
    #[serde(default)]
    components: Vec<String>,
}

/// The loaded catalogue with its lookup indexes.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// Class prefixes as read (kept so an overlay can re-derive classes).
    prefixes: Vec<RawPrefix>,
    /// Entries as read, kept so an overlay can replace them; `None` for the
    /// embedded catalogue, whose entries are read again from
    /// [`EMBEDDED_JSON`] when an overlay or [`Catalogue::entry_toml`] needs
    /// them (a second copy of every entry in every run was memory a
    /// one-case run paid for in page faults; issue 16).
    raw: Option<Vec<RawDrug>>,
    /// Entries with derived classes, in file order.
    entries: Vec<Drug>,
    /// Normalised (lower-case, single-spaced) name -> entry index.
    by_name: Index<String, usize>,
    /// ATC code -> entry indexes: entries with it as current code first (in
    /// file order), then entries with it as a former code.
    by_atc: Index<String, Vec<usize>>,
    /// Spelling key ([`spelling_key`]) of every name -> entry index, or
    /// `None` when names of two different entries share the key (then the
    /// variant resolves to neither). Built on the first name that needs a
    /// spelling variant ([`Catalogue::variants`]): most runs read only
    /// exact names, and keying every name was a fifth of building the
    /// catalogue at each start (issue 16). Over the `indexed` entries, as
    /// before, and shared by the clones [`Catalogue::with_combinations`]
    /// makes (they have the same first `indexed` entries), so a batch
    /// builds it once.
    by_variant: std::sync::Arc<std::sync::OnceLock<Index<String, Option<usize>>>>,
    /// One stand-in entry per `[[class_prefix]]` code, for an ATC code the
    /// catalogue does not list: it carries the classes of every prefix the
    /// code falls under (longest prefix first in the list is not needed:
    /// each stand-in already holds the classes of the shorter prefixes).
    groups: Vec<(String, Drug)>,
    /// Every name prepared for [`Catalogue::suggest`]: normalised, with its
    /// length, word count and letter counts (a cheap lower bound of the
    /// edit distance, so most names are never compared in full). Built on
    /// the first suggestion (most runs never make one), over the entries
    /// the catalogue was built with (`indexed`, not the combinations a
    /// case adds).
    suggest_index: std::sync::OnceLock<Vec<SuggestName>>,
    /// How many entries [`Catalogue::suggest`] searches.
    indexed: usize,
    /// [`Catalogue::suggest`]'s answers so far, per query: a batch asks for
    /// the same unknown names again and again (issue 16).
    suggested: SuggestCache,
}

/// Answers of [`Catalogue::suggest`] by `(query, n)`, shared by the threads
/// of a batch. A clone starts empty (it may be a different catalogue); at
/// most [`SuggestCache::MAX`] names are kept, so memory stays flat.
#[derive(Debug, Default)]
struct SuggestCache(std::sync::Mutex<HashMap<(String, usize), Vec<String>>>);

impl SuggestCache {
    const MAX: usize = 4096;

    fn get_or(&self, query: &str, n: usize, search: impl FnOnce() -> Vec<String>) -> Vec<String> {
        let key = (query.to_string(), n);
        let lock = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = lock().get(&key) {
            return v.clone();
        }
        let v = search();
        let mut map = lock();
        if map.len() < Self::MAX {
            map.insert(key, v.clone());
        }
        v
    }
}

impl Clone for SuggestCache {
    fn clone(&self) -> SuggestCache {
        SuggestCache::default()
    }
}

/// One name in the suggestion index.
#[derive(Debug, Clone)]
struct SuggestName {
    key: String,
    key_chars: Vec<char>,
    entry: usize,
    name: usize,
    chars: usize,
    words: usize,
    letters: Letters,
    /// Which letters occur (bit i: letter a + i; bit 26: anything else).
    mask: u32,
}

/// Which letters occur in a count of letters.
fn letter_mask(l: &Letters) -> u32 {
    l.iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .fold(0u32, |m, (i, _)| m | (1 << i))
}

/// A lower bound of the edit distance from the letters present: one edit
/// adds or removes at most two letters from the set of letters present
/// (a substitution), so the distance is at least half the letters that
/// only one of the two names has.
fn mask_bound(a: u32, b: u32) -> usize {
    ((a ^ b).count_ones() as usize).div_ceil(2)
}

/// How often each letter (a–z, then everything else) occurs.
type Letters = [u16; 27];

fn letters(s: &str) -> Letters {
    let mut h = [0u16; 27];
    for c in s.chars() {
        let i = if c.is_ascii_lowercase() {
            (c as u8 - b'a') as usize
        } else {
            26
        };
        h[i] = h[i].saturating_add(1);
    }
    h
}

/// A lower bound of the edit distance between two strings with these letter
/// counts: every edit changes at most one surplus and one deficit.
fn letters_bound(a: &Letters, b: &Letters) -> usize {
    let (mut more, mut less) = (0usize, 0usize);
    for i in 0..27 {
        let (x, y) = (usize::from(a[i]), usize::from(b[i]));
        if x > y {
            more += x - y;
        } else {
            less += y - x;
        }
    }
    more.max(less)
}

impl Catalogue {
    /// The embedded default catalogue (`config/drugs.toml`).
    ///
    /// # Panics
    /// Only if the embedded file is invalid, which the unit tests rule out.
    pub fn embedded() -> Catalogue {
        let file = embedded_file();
        build(
            file.class_prefix,
            file.drug,
            "embedded config/drugs.toml",
            KeepRaw::No,
        )
        .expect("the embedded drug catalogue config/drugs.toml is invalid (caught by the drugs unit tests)")
    }

    /// The entries as read ([`Catalogue::raw`]'s field doc).
    fn raw(&self) -> std::borrow::Cow<'_, [RawDrug]> {
        match &self.raw {
            Some(r) => std::borrow::Cow::Borrowed(r),
            None => std::borrow::Cow::Owned(embedded_file().drug),
        }
    }

    /// Parses and validates a catalogue file. `source_name` (usually the path)
    /// is used in error messages.
    pub fn from_toml(text: &str, source_name: &str) -> Result<Catalogue, CatalogueError> {
        let file = parse(text, source_name)?;
        build(file.class_prefix, file.drug, source_name, KeepRaw::Yes)
    }

    /// Lays a second file in the same format over this catalogue: a `[[drug]]`
    /// whose `generic` is already present (case-insensitive) replaces that
    /// entry whole, a new one is added at the end, and `[[class_prefix]]`
    /// tables are added. The result is validated again; on error the
    /// catalogue is left unchanged.
    pub fn overlay(&mut self, text: &str, source_name: &str) -> Result<(), CatalogueError> {
        let file = parse(text, source_name)?;
        let mut seen = HashSet::new();
        for d in &file.drug {
            if !seen.insert(normalize(&d.generic)) {
                return Err(invalid(
                    source_name,
                    format!("drug \"{}\" is defined twice in this file", d.generic),
                ));
            }
        }
        let mut prefixes = self.prefixes.clone();
        prefixes.extend(file.class_prefix);
        let mut raw = self.raw().into_owned();
        for d in file.drug {
            let key = normalize(&d.generic);
            match raw.iter().position(|r| normalize(&r.generic) == key) {
                Some(i) => raw[i] = d,
                None => raw.push(d),
            }
        }
        *self = build(prefixes, raw, source_name, KeepRaw::Yes)?;
        Ok(())
    }

    /// The safety classes ([`DrugClass::SAFETY`]) that an entry of `base`
    /// has and the entry of the same generic name here lacks: a `--drugs`
    /// overlay that drops them switches the BZD, INT or QTC rules off for
    /// that drug. Each generic with the classes it lost, in `base` order.
    pub fn lost_safety_classes(&self, base: &Catalogue) -> Vec<(String, Vec<DrugClass>)> {
        let now: HashMap<String, &Drug> = self
            .entries
            .iter()
            .map(|d| (normalize(&d.generic), d))
            .collect();
        base.entries
            .iter()
            .filter_map(|b| {
                let d = now.get(&normalize(&b.generic))?;
                let lost: Vec<DrugClass> = b
                    .classes
                    .iter()
                    .filter(|c| DrugClass::SAFETY.contains(c) && !d.classes.contains(c))
                    .copied()
                    .collect();
                (!lost.is_empty()).then(|| (b.generic.clone(), lost))
            })
            .collect()
    }

    /// All entries, in file order (overlay additions at the end).
    pub fn entries(&self) -> &[Drug] {
        &self.entries
    }

    /// Looks a name up, case-insensitively, in this order:
    /// 1. an exact generic or brand name;
    /// 2. a current or former ATC code (full 7-character code; when several
    ///    entries share it, the first in file order);
    /// 3. the longest known name the query starts with as whole words, when
    ///    every word after it only gives a strength, a unit, a salt or a
    ///    dosage form ("Sobril 10 mg", "Reltebon Depot 20 mg", "Metadon
    ///    mikstur 1 mg/ml");
    /// 4. the query without its strength, unit, salt and form words, exactly
    ///    or as a spelling variant ([`spelling_key`]: Norwegian and English
    ///    generic spellings, "Quetiapin 25 mg tablett" is quetiapine), also
    ///    with a salt written onto the name ("levotyroksinnatrium");
    /// 5. an ATC code the catalogue does not list but which falls under a
    ///    `[[class_prefix]]` group: a stand-in entry with that group's
    ///    classes (an unlisted N05BA code is a benzodiazepine).
    ///
    /// Nothing is guessed: a misspelling ("Stesolidd") resolves to nothing.
    /// Words that can tell products apart ("forte", "comp", "depot",
    /// "retard") are never dropped, so "Pinex forte" (with codeine) is never
    /// read as "Pinex" (paracetamol). A patch, injection, spray or
    /// suppository form never resolves to a LAR medication entry by dropping
    /// the form word (LAR medications are tablets, liquids or depots with
    /// their own names): "Buprenorfin plaster" is left for a person to
    /// check rather than read as the patient's sublingual buprenorphine.
    pub fn resolve(&self, name: &str) -> Option<&Drug> {
        let r = self.read(name)?;
        match r.entries.as_slice() {
            [d] => Some(d),
            _ => None,
        }
    }

    /// How a name is read ([`Catalogue::resolve`] is its single entry): the
    /// entry (or, for a combination the catalogue does not list, each
    /// component's entry), how the name was read, and the route word that
    /// chose the entry. `None` when the name resolves to nothing.
    ///
    /// After the steps of [`Catalogue::resolve`]:
    /// 6. a bracketed part (RxNorm's "[Duragesic]") is set aside, the rest
    ///    read, else the bracketed name;
    /// 7. a combination written "A / B", "A/B", "A + B", "A and B" or
    ///    "A og B": each part must resolve to one non-LAR entry (or a part
    ///    of a listed combination); a listed combination with exactly these
    ///    components is that entry ("paracetamol/kodein" is
    ///    codeine-paracetamol), otherwise the reading holds every component
    ///    ([`Catalogue::with_combinations`] makes an entry of them for the
    ///    rules). One unresolved part leaves the whole name unresolved.
    pub fn read(&self, name: &str) -> Option<NameReading<'_>> {
        let key = normalize(name);
        if key.is_empty() {
            return None;
        }
        if let Some(r) = self.read_one(&key) {
            return Some(r);
        }
        if let (Some(a), Some(b)) = (key.find('['), key.rfind(']'))
            && a < b
        {
            let outside = normalize(&format!("{} {}", &key[..a], &key[b + 1..]));
            let inside = normalize(&key[a + 1..b]);
            return self
                .read(&outside)
                .or_else(|| self.read_one(&inside))
                .filter(|_| !outside.is_empty() || !inside.is_empty());
        }
        self.read_combination(&key)
    }

    /// A generic name (or its Norwegian spelling) followed by a route word
    /// goes to the entry of that route: "Fentanyl nesespray" is
    /// fentanyl-transmucosal, never the patch entry with its patch factor;
    /// "Buprenorfin plaster" is the analgesic patch, not the patient's
    /// sublingual LAR buprenorphine. The other entries of the same substance
    /// are those that list `routes` and explain the same screen substances.
    /// A brand name ("Durogesic", "Abstral") names its product whatever the
    /// words after it. Returns the entry and whether the route chose it, or
    /// `None` when the route fits no entry of the substance (read as
    /// nothing rather than with the factor of another route).
    fn steer(&self, i: usize, name: &str, route: Option<Route>) -> Option<(usize, bool)> {
        let d = &self.entries[i];
        let Some(route) = route else {
            return Some((i, false));
        };
        if d.routes.is_empty() || route.fits(&d.routes) {
            return Some((i, false));
        }
        let generic_like = spelling_key(name) == spelling_key(&d.generic)
            || d.generic
                .split_once('-')
                .is_some_and(|(s, _)| spelling_key(name) == spelling_key(s));
        if !generic_like {
            return Some((i, false));
        }
        let mut explains = d.explains.clone();
        explains.sort();
        let same_substance = |e: &Drug| {
            let mut x = e.explains.clone();
            x.sort();
            !x.is_empty() && x == explains && !e.routes.is_empty()
        };
        let fits: Vec<usize> = (0..self.entries.len())
            .filter(|&j| same_substance(&self.entries[j]) && route.fits(&self.entries[j].routes))
            .collect();
        match fits.as_slice() {
            [j] => Some((*j, true)),
            // A tablet or liquid word with no entry of that form keeps
            // the entry ("buprenorphine-depot, tablett" is still the
            // depot); a patch, nasal, buccal or injection word does not.
            _ if route == Route::Oral => Some((i, false)),
            _ => None,
        }
    }

    /// Step 7 of [`Catalogue::read`].
    fn read_combination(&self, key: &str) -> Option<NameReading<'_>> {
        let parts = combination_parts(key)?;
        let mut comps: Vec<&Drug> = Vec::new();
        for p in &parts {
            let r = self.read_one(p)?;
            let [d] = r.entries.as_slice() else {
                return None;
            };
            if !comps.iter().any(|c| c.generic == d.generic) {
                comps.push(d);
            }
        }
        if comps.len() < 2 {
            return None;
        }
        let mut want: Vec<&str> = comps.iter().map(|d| d.generic.as_str()).collect();
        want.sort_unstable();
        let listed = self.entries.iter().find(|e| {
            let mut have: Vec<&str> = e.components.iter().map(String::as_str).collect();
            have.sort_unstable();
            !have.is_empty() && have == want
        });
        if let Some(e) = listed {
            return Some(NameReading::one(e, ReadHow::Combination, None));
        }
        // A LAR medication inside a combination the catalogue does not
        // list is left for a person to read.
        if comps.iter().any(|d| d.lar.is_some()) {
            return None;
        }
        Some(NameReading {
            entries: comps,
            how: ReadHow::Combination,
            route: None,
        })
    }

    /// This catalogue, plus an entry for every name in `names` that reads
    /// as a combination the catalogue does not list ([`Catalogue::read`]),
    /// so that `resolve` gives it (the rules then see every component's
    /// classes and screen substances; see [`combined`]). Borrowed when no
    /// name needs one.
    pub fn with_combinations<'n>(
        &self,
        names: impl IntoIterator<Item = &'n str>,
    ) -> std::borrow::Cow<'_, Catalogue> {
        let mut extra: Vec<(String, Drug)> = Vec::new();
        // Each name is read once, however often the list repeats it.
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        for n in names {
            let key = normalize(n);
            if self.by_name.contains_key(&key) || !seen.insert(key.clone()) {
                continue;
            }
            if let Some(r) = self.read(n)
                && r.entries.len() > 1
            {
                extra.push((key, combined(&r.entries)));
            }
        }
        if extra.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut c = self.clone();
        for (key, d) in extra {
            c.by_name.insert(key, c.entries.len());
            c.entries.push(d);
        }
        std::borrow::Cow::Owned(c)
    }

    /// Looks one name (not a combination) up, normalised: steps 1 to 5 of
    /// [`Catalogue::resolve`].
    fn read_one(&self, key: &str) -> Option<NameReading<'_>> {
        if key.is_empty() {
            return None;
        }
        if let Some(&i) = self.by_name.get(key) {
            return Some(NameReading::one(&self.entries[i], ReadHow::Name, None));
        }
        let code = key.to_ascii_uppercase();
        if is_atc_code(&code) {
            if let Some(&i) = self.by_atc.get(&code).and_then(|v| v.first()) {
                return Some(NameReading::one(&self.entries[i], ReadHow::AtcCode, None));
            }
            return self
                .group_of(&code)
                .map(|d| NameReading::one(d, ReadHow::AtcGroup, None));
        }
        // Punctuation between words ("Sobril, tablett", "Metadon (mikstur)")
        // separates them like a space.
        let key = normalize(&key.replace([',', ';', '(', ')'], " "));
        let words: Vec<&str> = key.split(' ').collect();
        let kinds: Vec<WordKind> = words.iter().map(|w| word_kind(w)).collect();
        let other_route = kinds.contains(&WordKind::OtherRoute);
        let route = route_of(&words);
        // The depot product itself may be written with a depot or
        // injection word ("Buvidal 64 mg depot"). A generic name with a
        // route word goes to the entry of that route (`steer`).
        let accept = |i: usize, how: ReadHow, name: &str| -> Option<NameReading<'_>> {
            let (i, steered) = self.steer(i, name, route)?;
            let d = &self.entries[i];
            let blocked =
                other_route && d.lar.as_deref().is_some_and(|l| l != "buprenorphine-depot");
            (!blocked).then(|| NameReading::one(d, how, steered.then_some(route).flatten()))
        };
        // 3. Longest name + descriptor words only. `core_end` is the byte
        // end of the last word that is not a descriptor: a name must cover it.
        let mut core_end = 0;
        let mut pos = 0;
        for (w, k) in words.iter().zip(&kinds) {
            pos += w.len();
            if *k == WordKind::Name {
                core_end = pos;
            }
            pos += 1;
        }
        if core_end <= MAX_NAME_LEN {
            let found = key
                .char_indices()
                .rev()
                .filter(|&(p, ch)| p >= core_end && p > 0 && p <= MAX_NAME_LEN && ch == ' ')
                .find_map(|(p, _)| self.by_name.get(&key[..p]).map(|&i| (i, &key[..p])));
            if let Some((i, name)) = found {
                return accept(i, ReadHow::Descriptors, name);
            }
        }
        // 4. The name words alone: exact, spelling variant, salt suffix.
        let core: Vec<&str> = words
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| **k == WordKind::Name)
            .map(|(w, _)| *w)
            .collect();
        if core.is_empty() || core.len() > 8 {
            return None;
        }
        let core = core.join(" ");
        if core.len() > 2 * MAX_NAME_LEN {
            return None;
        }
        if let Some(&i) = self.by_name.get(&core) {
            return accept(i, ReadHow::Descriptors, &core);
        }
        if let Some(i) = self.variants().get(&spelling_key(&core)).copied().flatten() {
            return accept(i, ReadHow::SpellingVariant, &core);
        }
        // A salt written onto the last word: "levotyroksinnatrium".
        let (head, last) = match core.rsplit_once(' ') {
            Some((h, l)) => (Some(h), l),
            None => (None, core.as_str()),
        };
        for salt in SALTS.iter().filter(|s| s.len() >= 5) {
            if let Some(stem) = last.strip_suffix(salt)
                && stem.chars().count() >= 4
            {
                let candidate = match head {
                    Some(h) => format!("{h} {stem}"),
                    None => stem.to_string(),
                };
                if let Some(i) = self.by_name_or_variant(&candidate) {
                    return accept(i, ReadHow::SpellingVariant, &candidate);
                }
            }
        }
        None
    }

    /// An exact name, else a spelling variant that only one entry has.
    fn by_name_or_variant(&self, name: &str) -> Option<usize> {
        self.by_name
            .get(name)
            .copied()
            .or_else(|| self.variants().get(&spelling_key(name)).copied().flatten())
    }

    /// The spelling-variant index, built on first use.
    fn variants(&self) -> &Index<String, Option<usize>> {
        self.by_variant
            .get_or_init(|| variant_index(&self.entries[..self.indexed]))
    }

    /// The stand-in entry for an unlisted 7-character ATC code: that of the
    /// longest `[[class_prefix]]` code it starts with.
    fn group_of(&self, code: &str) -> Option<&Drug> {
        self.groups
            .iter()
            .filter(|(p, _)| code.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .map(|(_, d)| d)
    }

    /// Search for the `drugs` command: an exact name gives that entry; a
    /// query shaped like an ATC code or prefix ("N05BA", "n03ax12") gives
    /// every entry whose current or former code starts with it; otherwise a
    /// resolvable name with a strength gives its entry; otherwise every entry
    /// with the query inside its generic or a brand name. Several results are
    /// sorted by generic name. An empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<&Drug> {
        let key = normalize(query);
        if key.is_empty() {
            return Vec::new();
        }
        if let Some(&i) = self.by_name.get(&key) {
            return vec![&self.entries[i]];
        }
        let upper = key.to_ascii_uppercase();
        if is_atc_prefix(&upper) {
            let hits: Vec<&Drug> = self
                .entries
                .iter()
                .filter(|d| d.codes().any(|c| c.starts_with(&upper)))
                .collect();
            if !hits.is_empty() {
                return sorted_by_generic(hits);
            }
        }
        if let Some(d) = self.resolve(query) {
            return vec![d];
        }
        let hits = self
            .entries
            .iter()
            .filter(|d| d.names().any(|n| normalize(n).contains(&key)))
            .collect();
        sorted_by_generic(hits)
    }

    /// Up to `n` known names (generic or brand, as spelled in the catalogue)
    /// of ONE substance, nearest to `query` first: the entry with the name
    /// nearest by Levenshtein distance (compared case-insensitively, on the
    /// query's name words without strength and form, and on its first words
    /// only, so "Sobirl 10 mg" still suggests "Sobril"), listing its names
    /// within that reach plus its generic name. A suggestion is a plausible
    /// typo only: the nearest distance must be at most a third of the name's
    /// length (at least 1). When the nearest names belong to different
    /// substances (different ATC codes) nothing is suggested: a suggestion
    /// must never point at another drug ("Paracet" must not offer Parnate,
    /// an MAO inhibitor).
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        self.suggested
            .get_or(query, n, || self.nearest_names(query, n))
    }

    /// [`Catalogue::suggest`] without the cache.
    fn nearest_names(&self, query: &str, n: usize) -> Vec<String> {
        let q = normalize(query);
        // No drug name is this long: a longer query is not a typo of one,
        // and the distance would cost time quadratic in its length.
        if q.is_empty() || n == 0 || q.chars().count() > crate::suggest::MAX_WORD {
            return Vec::new();
        }
        let core: Vec<&str> = q
            .split(' ')
            .filter(|w| word_kind(w) == WordKind::Name)
            .collect();
        let q = if core.is_empty() {
            q.clone()
        } else {
            core.join(" ")
        };
        let lq = q.chars().count();
        let limit = |ln: usize| crate::suggest::reach(lq, ln);
        let q_letters = letters(&q);
        // The query's first 1, 2, ... words, for names of that many words.
        let q_words: Vec<&str> = q.split(' ').collect();
        let q_chars: Vec<char> = q.chars().collect();
        let heads: Vec<(usize, Letters, Vec<char>)> = (1..=q_words.len().min(8))
            .map(|k| {
                let h = q_words[..k].join(" ");
                (h.chars().count(), letters(&h), h.chars().collect())
            })
            .collect();
        let q_mask = letter_mask(&q_letters);
        let head_masks: Vec<u32> = heads.iter().map(|h| letter_mask(&h.1)).collect();
        // The policy is crate::suggest's (reach, longest word); the
        // distance inside this loop is rapidfuzz's bit-parallel one with a
        // cutoff, the query's pattern prepared once for every name: strsim
        // has no cutoff and made this loop (5,000 names in the resolve
        // bench) twice as slow.
        use rapidfuzz::distance::levenshtein::{Args, BatchComparator};
        let q_cmp = BatchComparator::new(q_chars.iter().copied());
        let head_cmps: Vec<BatchComparator<char>> = heads
            .iter()
            .map(|h| BatchComparator::new(h.2.iter().copied()))
            .collect();
        let within = |cmp: &BatchComparator<char>, name: &[char], k: usize| -> usize {
            cmp.distance_with_args(name.iter().copied(), &Args::default().score_cutoff(k))
                .unwrap_or(k + 1)
        };
        let mut scored: Vec<(usize, &str, usize, &str)> = Vec::new();
        let index = self
            .suggest_index
            .get_or_init(|| suggest_index(&self.entries[..self.indexed]));
        for sn in index {
            let reach = limit(sn.chars);
            // The query's first words, as many as the name has (or all).
            let head = sn.words.saturating_sub(1);
            let (lh, head_letters, head_chars) = heads
                .get(head)
                .or(heads.last())
                .map_or((lq, &q_letters, q_chars.as_slice()), |(l, h, c)| {
                    (*l, h, c.as_slice())
                });
            let head_cmp = head_cmps.get(head).or(head_cmps.last()).unwrap_or(&q_cmp);
            let head_mask = head_masks
                .get(head)
                .or(head_masks.last())
                .copied()
                .unwrap_or(q_mask);
            // The length difference and the letter counts bound each
            // distance from below: a distance that cannot be within reach
            // is not measured, and a name neither can reach is skipped.
            let bound = |l: usize, mask: u32, letters: &Letters| {
                l.abs_diff(sn.chars)
                    .max(mask_bound(mask, sn.mask))
                    .max(letters_bound(letters, &sn.letters))
            };
            let (q_bound, head_bound) = (
                bound(lq, q_mask, &q_letters),
                bound(lh, head_mask, head_letters),
            );
            if q_bound.min(head_bound) > reach {
                continue;
            }
            let mut dist = usize::MAX;
            if q_bound <= reach {
                dist = within(&q_cmp, &sn.key_chars, reach);
            }
            if head_bound <= reach && head_bound < dist && head_chars != q_chars.as_slice() {
                dist = dist.min(within(head_cmp, &sn.key_chars, reach));
            }
            if dist <= reach {
                let name = self.entries[sn.entry]
                    .names()
                    .nth(sn.name)
                    .unwrap_or_default();
                scored.push((dist, sn.key.as_str(), sn.entry, name));
            }
        }
        scored.sort();
        let Some(&(best, _, first, _)) = scored.first() else {
            return Vec::new();
        };
        let substance = &self.entries[first].atc;
        if scored
            .iter()
            .take_while(|s| s.0 == best)
            .any(|s| self.entries[s.2].atc != *substance)
        {
            return Vec::new();
        }
        let entry = &self.entries[first];
        let mut out: Vec<String> = Vec::new();
        for (_, _, i, name) in &scored {
            if *i == first && !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
                out.push((*name).to_string());
            }
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&entry.generic)) {
            out.push(entry.generic.clone());
        }
        out.truncate(n);
        out
    }

    /// Every entry that explains screen substance `substance`
    /// (case-insensitive), sorted by generic name.
    pub fn explained_by(&self, substance: &str) -> Vec<&Drug> {
        let hits = self
            .entries
            .iter()
            .filter(|d| d.explains_substance(substance))
            .collect();
        sorted_by_generic(hits)
    }

    /// Resolves the LAR medication a case file names (`treatment.medication`,
    /// `[[doses]].medication`): a LAR medication name, or a product name that
    /// the catalogue maps to one (case-insensitive; a trailing strength or
    /// form is allowed, as for prescriptions). `lar_brands` are tried first:
    /// they name a LAR medication only in this place.
    pub fn resolve_lar(&self, name: &str) -> LarName<'_> {
        let key = normalize(name);
        if key.is_empty() {
            return LarName::Unknown;
        }
        for d in self.entries.iter().filter(|d| d.lar.is_some()) {
            if let Some(b) = matched_name(&key, d.lar_brands.iter().map(String::as_str)) {
                return LarName::Lar {
                    lar: d.lar.as_deref().unwrap_or_default(),
                    product: Some(b),
                };
            }
        }
        // The one resolver that prescriptions use (strengths, forms and
        // routes alike), but not by a spelling variant: the LAR medication
        // is a fixed vocabulary that every rule stands on, so "metadone"
        // is an input error with a suggestion, to be corrected in the file,
        // rather than read as methadone.
        let Some(r) = self.read(name).filter(|r| {
            matches!(
                r.how,
                ReadHow::Name | ReadHow::AtcCode | ReadHow::Descriptors
            )
        }) else {
            return LarName::Unknown;
        };
        let [d] = r.entries.as_slice() else {
            return LarName::Unknown;
        };
        let d: &Drug = d;
        match d.lar.as_deref() {
            // The generic name or the ATC code names the medication itself,
            // not a product.
            Some(lar) => LarName::Lar {
                lar,
                product: matched_name(&key, d.brands.iter().map(String::as_str)),
            },
            None => LarName::NotLar(d),
        }
    }

    /// The LAR medications of the same substance as `d` (an entry that
    /// explains the same screen substances): the nearest LAR medications
    /// to a product that is not one ("Temgesic" → the buprenorphine family).
    pub fn lar_of_same_substance(&self, d: &Drug) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .entries
            .iter()
            .filter_map(|e| {
                let lar = e.lar.as_deref()?;
                e.explains
                    .iter()
                    .any(|s| d.explains.contains(s))
                    .then_some(lar)
            })
            .collect();
        out.dedup();
        out
    }

    /// Every name that can stand for a LAR medication in a case file (the
    /// LAR names, their brands and `lar_brands`), for suggestions.
    pub fn lar_names(&self) -> Vec<&str> {
        self.entries
            .iter()
            .filter(|d| d.lar.is_some())
            .flat_map(|d| d.names().chain(d.lar_brands.iter().map(String::as_str)))
            .collect()
    }
}

/// A route of administration, where it changes what a drug does
/// (`routes` of an entry; a prescription's route words, [`route_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// Swallowed: tablets, capsules, liquids.
    Oral,
    /// Under the tongue.
    Sublingual,
    /// In the cheek (buccal tablet, film, oral spray).
    Buccal,
    /// Nasal spray.
    Nasal,
    /// A patch.
    Transdermal,
    /// An injection or infusion (not a depot).
    Injection,
    /// A depot injection (weekly or monthly).
    DepotInjection,
}

impl Route {
    /// Every route.
    pub const ALL: [Route; 7] = [
        Route::Oral,
        Route::Sublingual,
        Route::Buccal,
        Route::Nasal,
        Route::Transdermal,
        Route::Injection,
        Route::DepotInjection,
    ];

    /// The route in words.
    pub fn as_str(self) -> &'static str {
        match self {
            Route::Oral => "oral",
            Route::Sublingual => "sublingual",
            Route::Buccal => "buccal",
            Route::Nasal => "nasal",
            Route::Transdermal => "transdermal",
            Route::Injection => "injection",
            Route::DepotInjection => "depot injection",
        }
    }

    /// Whether an entry with `routes` can be given this way. A tablet or
    /// film word without a route ("tablett") fits a sublingual or buccal
    /// product too: those are tablets and films as well.
    fn fits(self, routes: &[Route]) -> bool {
        routes.contains(&self)
            || (self == Route::Oral
                && routes
                    .iter()
                    .any(|r| matches!(r, Route::Sublingual | Route::Buccal)))
    }
}

/// How [`Catalogue::read`] read a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadHow {
    /// A name or brand of the entry, as written (case aside).
    Name,
    /// An ATC code of the entry.
    AtcCode,
    /// A name with strength, unit, salt, form or route words.
    Descriptors,
    /// A Norwegian or English spelling of the name ([`spelling_key`]), or
    /// a salt written onto it.
    SpellingVariant,
    /// An ATC code the catalogue does not list, classed by its group.
    AtcGroup,
    /// A combination product, each component resolved.
    Combination,
}

impl ReadHow {
    /// Every way a name is read.
    pub const ALL: [ReadHow; 6] = [
        ReadHow::Name,
        ReadHow::AtcCode,
        ReadHow::Descriptors,
        ReadHow::SpellingVariant,
        ReadHow::AtcGroup,
        ReadHow::Combination,
    ];

    /// In words, as `drugs` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            ReadHow::Name => "name",
            ReadHow::AtcCode => "ATC code",
            ReadHow::Descriptors => "name with strength or form",
            ReadHow::SpellingVariant => "spelling variant",
            ReadHow::AtcGroup => "ATC group (substance not listed)",
            ReadHow::Combination => "combination",
        }
    }
}

/// What a name was read as ([`Catalogue::read`]).
#[derive(Debug, Clone)]
pub struct NameReading<'a> {
    /// The entry; for a combination the catalogue does not list, each
    /// component's entry.
    pub entries: Vec<&'a Drug>,
    /// How the name was read.
    pub how: ReadHow,
    /// The route word that chose the entry ("nesespray" → nasal fentanyl).
    pub route: Option<Route>,
}

impl<'a> NameReading<'a> {
    fn one(d: &'a Drug, how: ReadHow, route: Option<Route>) -> Self {
        NameReading {
            entries: vec![d],
            how,
            route,
        }
    }

    /// The generic name(s), "paracetamol + tramadol" for a combination.
    pub fn generic(&self) -> String {
        self.entries
            .iter()
            .map(|d| d.generic.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

/// The route a prescription's words name, the most specific first (a patch
/// over a tablet word); `None` when no word names one.
fn route_of(words: &[&str]) -> Option<Route> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&bare(w)));
    let per_hour = words.iter().any(|w| {
        w.contains('/')
            && (w.ends_with("/h")
                || w.ends_with("/hr")
                || w.ends_with("/t")
                || w.ends_with("/time"))
    });
    if per_hour
        || has(&[
            "plaster",
            "depotplaster",
            "patch",
            "patches",
            "transdermal",
            "depotplastre",
        ])
    {
        Some(Route::Transdermal)
    } else if has(&["nesespray", "nasal", "nese", "intranasal"]) {
        Some(Route::Nasal)
    } else if has(&[
        "buccal",
        "bukkal",
        "bukkaltablett",
        "bukkaltabletter",
        "bukkalfilm",
        "munnspray",
        "munnhulespray",
    ]) {
        Some(Route::Buccal)
    } else if has(&[
        "sublingual",
        "sublingvaltablett",
        "sublingvaltabletter",
        "sublingvalfilm",
        "sublingvaltabl",
        "resoriblett",
        "resoribletter",
    ]) {
        Some(Route::Sublingual)
    } else if has(&["depotinjeksjon", "depotinjeksjonsvæske", "depotinj"])
        || (has(&["depot", "prolonged", "extended"]) && has(INJECTION_WORDS))
    {
        Some(Route::DepotInjection)
    } else if has(INJECTION_WORDS) {
        Some(Route::Injection)
    } else if has(&[
        "tablett",
        "tabletter",
        "tablet",
        "tablets",
        "depottablett",
        "depottabletter",
        "kapsel",
        "kapsler",
        "capsule",
        "mikstur",
        "mikst",
        "tabl",
        "tbl",
        "tab",
        "kaps",
        "oral",
        "orally",
        "smeltetablett",
        "smeltetabletter",
        "smeltetabl",
        "smeltetab",
    ]) {
        Some(Route::Oral)
    } else {
        None
    }
}

/// A word without the full stop of an abbreviation ("mikst.", "tabl.",
/// "inj."): the form and route lists hold the bare word. A word that is
/// only a full stop stays as it is.
fn bare(w: &str) -> &str {
    w.strip_suffix('.').filter(|b| !b.is_empty()).unwrap_or(w)
}

/// Words for an injection or infusion.
const INJECTION_WORDS: &[&str] = &[
    "injeksjon",
    "injeksjonsvæske",
    "injeksjonsvaeske",
    "injection",
    "injectable",
    "inj",
    "infusjon",
    "infusjonsvæske",
    "intravenous",
    "intramuscular",
    "subcutaneous",
];

/// Words that join the parts of a combination ("A / B", "A and B").
const JOINERS: &[&str] = &["/", "+", "&", "and", "og", "with", "med"];

/// The parts of a name written as a combination, each with its own words
/// (a strength after a part stays with it; route and form words at the end
/// are given to every part), or `None` when fewer than two parts name
/// something. "8 mg/2 mg" is a strength, not a combination.
fn combination_parts(key: &str) -> Option<Vec<String>> {
    if key.len() > 4 * MAX_NAME_LEN {
        return None;
    }
    let key = key.replace([',', ';', '(', ')'], " ");
    let mut tokens: Vec<String> = Vec::new();
    for w in key.split_whitespace() {
        let spaced_plus = w.contains('+') && w.len() > 1;
        // "paracetamol/kodein", "mg/paracet"; not "8/2" or "mg/ml".
        let letters_slash = w.contains('/')
            && word_kind(w) == WordKind::Name
            && w.split('/')
                .any(|x| !x.is_empty() && word_kind(x) == WordKind::Name);
        if letters_slash || spaced_plus {
            let sep = if letters_slash { '/' } else { '+' };
            for (k, x) in w.split(sep).enumerate() {
                if k > 0 {
                    tokens.push(sep.to_string());
                }
                if !x.is_empty() {
                    tokens.push(x.to_string());
                }
            }
        } else {
            tokens.push(w.to_string());
        }
    }
    let mut parts: Vec<Vec<String>> = vec![Vec::new()];
    for t in tokens {
        if JOINERS.contains(&t.as_str()) {
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(t);
        }
    }
    // A part without a name word ("2 mg" in "8 mg / 2 mg") belongs to the
    // one before it.
    let mut merged: Vec<Vec<String>> = Vec::new();
    for p in parts {
        let named = p.iter().any(|w| word_kind(w) == WordKind::Name);
        match merged.last_mut() {
            Some(last) if !named => last.extend(p),
            _ => merged.push(p),
        }
    }
    if merged.len() < 2 || merged.len() > 4 || merged.iter().any(|p| p.is_empty()) {
        return None;
    }
    // Trailing form and route words of the last part describe the whole
    // product ("... 5 MG Oral Tablet").
    let last = merged.last().cloned().unwrap_or_default();
    let tail: Vec<String> = last
        .iter()
        .rev()
        .take_while(|w| word_kind(w) != WordKind::Name)
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let n = merged.len();
    Some(
        merged
            .into_iter()
            .enumerate()
            .map(|(i, mut p)| {
                if i + 1 < n {
                    p.extend(tail.iter().cloned());
                }
                p.join(" ")
            })
            .collect(),
    )
}

/// An entry for a combination the catalogue does not list: the union of
/// its components' classes, screen substances and interaction data, so
/// every rule sees every component. A prescription's `daily_mg` is read as
/// the dose of its one opioid component (as for the listed combinations):
/// the morphine-equivalent factor is that component's, and none (INT002
/// says "incomplete") when two components have one. No plausible maximum:
/// which component the dose belongs to is not known.
pub fn combined(parts: &[&Drug]) -> Drug {
    let mut d = Drug {
        generic: parts
            .iter()
            .map(|p| p.generic.as_str())
            .collect::<Vec<_>>()
            .join(" + "),
        ..Drug::default()
    };
    // The ATC code of the component with the most interaction classes
    // (the first on a tie): the one the rules are about.
    let main = parts
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (p.classes.len(), std::cmp::Reverse(*i)))
        .map(|(_, p)| *p);
    d.atc = main.map(|p| p.atc.clone()).unwrap_or_default();
    for p in parts {
        d.classes.extend(p.classes.iter().copied());
        for e in &p.explains {
            if !d.explains.contains(e) {
                d.explains.push(e.clone());
            }
        }
        for x in &p.inhibits {
            if !d.inhibits.contains(x) {
                d.inhibits.push(*x);
            }
        }
        d.inhibitor_named_in
            .extend(p.inhibitor_named_in.iter().copied());
        d.induces.extend(p.induces.iter().copied());
        d.inducer_named_in
            .extend(p.inducer_named_in.iter().copied());
        d.components.push(p.generic.clone());
    }
    d.classes.sort();
    d.classes.dedup();
    for v in [&mut d.inhibitor_named_in, &mut d.inducer_named_in] {
        v.sort_by_key(|f| f.as_str());
        v.dedup();
    }
    d.induces.sort_by_key(|p| p.as_str());
    d.induces.dedup();
    let with_factor: Vec<&&Drug> = parts.iter().filter(|p| p.mme_factor.is_some()).collect();
    if let [p] = with_factor.as_slice() {
        d.mme_factor = p.mme_factor;
        d.mme_source = p.mme_source.clone();
    }
    d.note = Some(format!(
        "a combination the catalogue does not list, read as its components {}; the dose is read as that of the opioid component",
        d.components.join(", ")
    ));
    d
}

/// How a case file's LAR medication name resolves ([`Catalogue::resolve_lar`]).
#[derive(Debug, Clone, Copy)]
pub enum LarName<'a> {
    /// A LAR medication (one of [`Medication`](crate::case::Medication)), and the product name
    /// as the catalogue spells it when a product was named.
    Lar {
        /// The LAR medication name.
        lar: &'a str,
        /// The product, as spelled in the catalogue.
        product: Option<&'a str>,
    },
    /// A known drug that is not a LAR medication.
    NotLar(&'a Drug),
    /// No catalogue name.
    Unknown,
}

/// The longest of `names` that the normalised `key` equals or starts with
/// (followed by a strength or form word).
fn matched_name<'a>(key: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    names
        .filter(|n| {
            let nk = normalize(n);
            key == nk
                || (key.starts_with(&nk)
                    && key[nk.len()..].starts_with(|c: char| !c.is_alphanumeric()))
        })
        .max_by_key(|n| n.len())
}

/// No catalogue name is longer than this; longer prefixes are not tried.
const MAX_NAME_LEN: usize = 64;

fn sorted_by_generic(mut v: Vec<&Drug>) -> Vec<&Drug> {
    v.sort_by(|a, b| a.generic.cmp(&b.generic));
    v
}

pub use crate::suggest::levenshtein;

/// Lower case, trimmed, inner whitespace collapsed to single spaces.
fn normalize(s: &str) -> String {
    // Most names are written single-spaced already (every catalogue name
    // is): then only the case changes, in one allocation.
    if single_spaced(s) {
        return if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        };
    }
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `s` is its words joined by single spaces: no whitespace at
/// either end, none but a plain space between words, never two in a row
/// (what `split_whitespace` and `join(" ")` would give back unchanged).
fn single_spaced(s: &str) -> bool {
    // ASCII text (nearly every name) is looked at byte by byte; `char`
    // decoding and Unicode's whitespace table only for the rest.
    if s.is_ascii() {
        let mut last_space = true;
        for &b in s.as_bytes() {
            match b {
                b' ' if last_space => return false,
                b' ' => last_space = true,
                // The rest of ASCII's whitespace (`char::is_whitespace`).
                b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
                _ => last_space = false,
            }
        }
        return !last_space || s.is_empty();
    }
    let mut last_space = true;
    for c in s.chars() {
        if c == ' ' {
            if last_space {
                return false;
            }
            last_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            last_space = false;
        }
    }
    !last_space || s.is_empty()
}

/// `drug "NAME"`, how a catalogue error names an entry: formatted only
/// when an error is written, not for every entry at start-up.
#[derive(Clone, Copy)]
struct What<'a>(&'a str);

impl fmt::Display for What<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drug \"{}\"", self.0)
    }
}

/// `drug "NAME": FIELD`, one field of an entry in an error.
#[derive(Clone, Copy)]
struct Field<'a>(What<'a>, &'a str);

impl fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0, self.1)
    }
}

/// What a word of a prescription's drug name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    /// Part of the name.
    Name,
    /// A strength, unit, salt or oral/sublingual form word.
    Descriptor,
    /// A form word for another route (patch, injection, spray,
    /// suppository) or a release word (depot, retard): a descriptor that
    /// never leads to a LAR medication.
    OtherRoute,
}

/// Salt names, English and Norwegian (lower case).
const SALTS: &[&str] = &[
    "hydrochloride",
    "hydroklorid",
    "hcl",
    "chloride",
    "klorid",
    "hydrobromide",
    "hydrobromid",
    "bromide",
    "bromid",
    "maleate",
    "maleat",
    "hydrogenmaleat",
    "sodium",
    "natrium",
    "dinatrium",
    "disodium",
    "potassium",
    "kalium",
    "calcium",
    "kalsium",
    "fumarate",
    "fumarat",
    "hemifumarat",
    "hydrogenfumarat",
    "tartrate",
    "tartrat",
    "bitartrate",
    "hydrogentartrat",
    "sulfate",
    "sulphate",
    "sulfat",
    "phosphate",
    "fosfat",
    "citrate",
    "citrat",
    "sitrat",
    "mesylate",
    "mesilate",
    "mesilat",
    "mesylat",
    "besylate",
    "besilate",
    "besilat",
    "succinate",
    "suksinat",
    "acetate",
    "acetat",
    "hydrate",
    "hydrat",
    "monohydrate",
    "monohydrat",
    "dihydrate",
    "dihydrat",
    "trihydrate",
    "trihydrat",
    "nitrate",
    "nitrat",
    "lactate",
    "laktat",
    "gluconate",
    "glukonat",
    "oxalate",
    "oksalat",
    "embonate",
    "embonat",
    "pamoate",
];

/// Dosage forms taken by mouth or under the tongue, units and counting
/// words (lower case). Words that can tell products apart ("depot",
/// "retard", "forte", "mite", "comp", "major") are deliberately absent.
const FORMS: &[&str] = &[
    "tablett",
    "tabletter",
    "tablet",
    "tablets",
    "tbl",
    "tab",
    "tabl",
    "depottablett",
    "depottabletter",
    "enterotablett",
    "enterotabletter",
    "filmdrasjert",
    "filmdrasjerte",
    "drasjert",
    "drasjerte",
    "smeltetablett",
    "smeltetabletter",
    // Abbreviations as FEST and the prescription lists write them
    // ("Metadon DnE mikst 1 mg/ml", "Espranor 8 mg smeltetab."); a
    // trailing full stop is read off first (`bare`).
    "smeltetabl",
    "smeltetab",
    "depottabl",
    "enterotabl",
    "sublingvaltabl",
    "mikst",
    "kaps",
    "sublingvaltablett",
    "sublingvaltabletter",
    "sublingual",
    "resoriblett",
    "resoribletter",
    "brusetablett",
    "brusetabletter",
    "tyggetablett",
    "tyggetabletter",
    "kapsel",
    "kapsler",
    "capsule",
    "capsules",
    "caps",
    "depotkapsel",
    "depotkapsler",
    "enterokapsel",
    "enterokapsler",
    "hard",
    "harde",
    "myk",
    "myke",
    "mikstur",
    "miksturer",
    "oral",
    "orale",
    "oppløsning",
    "opplosning",
    "løsning",
    "losning",
    "solution",
    "suspensjon",
    "suspension",
    "dråper",
    "draper",
    "drops",
    "sirup",
    "syrup",
    "pulver",
    "granulat",
    "brusepulver",
    "mg",
    "g",
    "µg",
    "μg",
    "ug",
    "mcg",
    "mikrogram",
    "microgram",
    "ml",
    "mg/ml",
    "mg/dose",
    "ie",
    "iu",
    "mmol",
    "%",
    "/",
    "x",
    "stk",
    "dose",
    "doser",
    // English (RxNorm display strings: "5 MG Oral Tablet", "12 HR").
    "orally",
    "disintegrating",
    "chewable",
    "film",
    "films",
    "coated",
    "effervescent",
    "concentrate",
    "elixir",
    "liquid",
    "hr",
    "hour",
    "hours",
    "buccal",
    "bukkal",
    "bukkaltablett",
    "bukkaltabletter",
    "sublingvalfilm",
    "munnhulespray",
    "tyggegummi",
    "sugetablett",
    "sugetabletter",
    "inhalator",
    // Makers of generic packs ("Kvetiapin Actavis", "Sertralin Sandoz"):
    // the maker never changes the substance.
    "actavis",
    "sandoz",
    "orifarm",
    "teva",
    "mylan",
    "viatris",
    "krka",
    "accord",
    "aurobindo",
    "ratiopharm",
    "hexal",
    "zentiva",
    "stada",
    "bluefish",
    "ebb",
    "pfizer",
    "takeda",
];

/// Form words for other routes (patch, injection, spray, suppository),
/// per-hour units of patches, and release words ("depot", "retard"): they
/// only describe a product of the same substance, but may tell a LAR
/// medication from another one (buprenorphine depot is Buvidal, not
/// sublingual buprenorphine), so they never lead to a LAR medication entry.
const OTHER_ROUTES: &[&str] = &[
    "depot",
    "retard",
    "depotinjeksjon",
    "depotinj",
    "sr",
    "xr",
    "xl",
    "cr",
    "er",
    "la",
    "od",
    "plaster",
    "depotplaster",
    "patch",
    "patches",
    "transdermal",
    "µg/h",
    "μg/h",
    "ug/h",
    "mcg/h",
    "mikrogram/time",
    "mikrogram/t",
    "µg/time",
    "μg/time",
    "injeksjon",
    "injeksjonsvæske",
    "injeksjonsvaeske",
    "injection",
    "inj",
    "infusjon",
    "infusjonsvæske",
    "nesespray",
    "spray",
    "munnspray",
    "stikkpille",
    "stikkpiller",
    "suppositorium",
    "suppositorier",
    // English release and route words (RxNorm: "Extended Release",
    // "Transdermal System", "Nasal Spray", "Injectable Solution").
    "extended",
    "release",
    "prolonged",
    "delayed",
    "modified",
    "controlled",
    "system",
    "nasal",
    "nese",
    "intranasal",
    "injectable",
    "intravenous",
    "intramuscular",
    "subcutaneous",
    "prefilled",
    "syringe",
    "ferdigfylt",
    "sprøyte",
    "penn",
    "pen",
    "inhalation",
    "inhaler",
    "inhalasjonspulver",
    "inhalasjonsaerosol",
    "inhalasjonsvæske",
    "aerosol",
    "metered",
    "actuat",
    "depotinjeksjonsvæske",
    "depotplastre",
    "krem",
    "cream",
    "salve",
    "ointment",
    "gel",
    "øyedråper",
    "rectal",
];

/// Classifies one lower-case word. A word that starts with a digit or a
/// decimal mark is a strength ("25", "0,5", "8/2", "25mg").
fn word_kind(w: &str) -> WordKind {
    let w = bare(w);
    const UNITS: &[&str] = &[
        "mg/",
        "g/",
        "µg/",
        "μg/",
        "ug/",
        "mcg/",
        "ml/",
        "mikrogram/",
    ];
    // "mg/ml", "µg/h", "mg/dose" are units; "mg/paracet" (in "Ibux 400
    // mg/Paracet 500 mg") is a unit followed by the next drug's name.
    const UNIT_TAILS: &[&str] = &[
        "", "ml", "h", "hr", "t", "time", "dose", "doser", "actuat", "g", "mg", "kg", "d", "døgn",
        "dag", "day", "spray", "pust",
    ];
    let unit = UNITS.iter().any(|u| {
        w.strip_prefix(u).is_some_and(|rest| {
            UNIT_TAILS.contains(&rest) || rest.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        })
    });
    if !unit && UNITS.iter().any(|u| w.starts_with(u)) {
        return WordKind::Name;
    }
    if OTHER_ROUTES.contains(&w)
        || (unit
            && (w.ends_with("/h")
                || w.ends_with("/hr")
                || w.ends_with("/t")
                || w.ends_with("/time")))
    {
        WordKind::OtherRoute
    } else if unit
        || w.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        // A count such as "x2" or "x 3".
        || (w.starts_with('x') && w.len() > 1 && w[1..].bytes().all(|b| b.is_ascii_digit()))
        || FORMS.contains(&w)
        || SALTS.contains(&w)
    {
        WordKind::Descriptor
    } else {
        WordKind::Name
    }
}

/// A spelling key under which the Norwegian and English spellings of a
/// generic name meet: ph/f, th/t, ch/k, qu/kv, ck/k, a soft c (before e, i,
/// y) as s and a hard c as k, x as ks, and a final e dropped
/// ("quetiapine", "Quetiapin" and "Kvetiapin" are all `kvetiapin`;
/// "oxycodone" and "oksykodon" are `oksykodon`). These are fixed
/// equivalences of the two orthographies, not a similarity measure: a
/// misspelling ("Stesolidd") keeps its own key and stays unresolved.
pub fn spelling_key(name: &str) -> String {
    let lower = normalize(name);
    // The words' keys written one after another into one string, a space
    // between them (the catalogue keys every name it has at start-up).
    let mut out = String::with_capacity(lower.len() + 8);
    for (n, w) in lower.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let start = out.len();
        let mut c = w.chars().peekable();
        while let Some(ch) = c.next() {
            match (ch, c.peek().copied()) {
                ('p', Some('h')) => {
                    out.push('f');
                    c.next();
                }
                ('t', Some('h')) => {
                    out.push('t');
                    c.next();
                }
                ('c', Some('h')) | ('c', Some('k')) => {
                    out.push('k');
                    c.next();
                }
                ('q', Some('u')) => {
                    out.push_str("kv");
                    c.next();
                }
                ('c', Some('e' | 'i' | 'y')) => out.push('s'),
                ('c', _) => out.push('k'),
                ('x', _) => out.push_str("ks"),
                (ch, _) => out.push(ch),
            }
        }
        if out[start..].chars().count() > 4 && out.ends_with('e') {
            out.pop();
        }
    }
    out
}

/// What each of the 7 positions of an ATC code must be: letter, digit, digit,
/// letter, letter, digit, digit.
fn atc_position_ok(pos: usize, b: u8) -> bool {
    match pos {
        0 => ATC_MAIN_GROUPS.as_bytes().contains(&b),
        1 | 2 | 5 | 6 => b.is_ascii_digit(),
        3 | 4 => b.is_ascii_uppercase(),
        _ => false,
    }
}

/// A complete ATC code (level 5), upper case: e.g. `N05BA04`.
fn is_atc_code(s: &str) -> bool {
    s.len() == 7 && s.bytes().enumerate().all(|(i, b)| atc_position_ok(i, b))
}

/// An ATC code at any level (1, 3, 4, 5 or 7 characters), upper case: e.g.
/// `N`, `N05`, `N05B`, `N05BA`, `N05BA04`.
/// The lengths of the five ATC levels (N, N07, N07B, N07BC, N07BC02).
const ATC_LEVELS: [usize; 5] = [1, 3, 4, 5, 7];

fn is_atc_prefix(s: &str) -> bool {
    ATC_LEVELS.contains(&s.len()) && s.bytes().enumerate().all(|(i, b)| atc_position_ok(i, b))
}

fn invalid(source_name: &str, message: String) -> CatalogueError {
    CatalogueError::Invalid {
        source_name: source_name.to_string(),
        message,
    }
}

fn parse(text: &str, source_name: &str) -> Result<RawFile, CatalogueError> {
    toml::from_str(text).map_err(|e: toml::de::Error| CatalogueError::Parse {
        source_name: source_name.to_string(),
        at: e
            .span()
            .map(|s| {
                let (l, c) = crate::case::locate::LineIndex::new(text).locate(s.start);
                format!("{l}:{c}: ")
            })
            .unwrap_or_default(),
        message: match e.span().and_then(|s| key_at(text, s.start)) {
            Some(key) => format!("`{key}`: {}", e.message().trim()),
            None => e.message().trim().to_string(),
        },
    })
}

/// The key written before `=` on the line of byte `offset`, when the error
/// is in its value and it is a plain dotted key: never any other text of
/// the line, which may be a secret when `--drugs` names the wrong file.
fn key_at(text: &str, offset: usize) -> Option<&str> {
    let offset = offset.min(text.len());
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let (key, _) = text.get(start..offset)?.split_once('=')?;
    let key = key.trim();
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    (!key.is_empty() && key.len() <= 40 && key.chars().all(plain)).then_some(key)
}

/// "; did you mean `x`?" when a vocabulary word is close enough.
fn did_you_mean(word: &str, vocabulary: &[&str]) -> String {
    crate::suggest::hint(word, vocabulary.iter().copied())
}

/// A name or free-text field must be non-empty and have no stray whitespace.
fn check_text(source_name: &str, what: impl fmt::Display, s: &str) -> Result<(), CatalogueError> {
    if s.trim().is_empty() {
        return Err(invalid(source_name, format!("{what} is empty")));
    }
    if !single_spaced(s) {
        return Err(invalid(
            source_name,
            format!("{what} \"{s}\" has leading, trailing or repeated whitespace"),
        ));
    }
    Ok(())
}

/// `[[class_prefix]]` indexes by code: an ATC code's classes are those of
/// the prefixes among its 1, 3, 4, 5 and 7 first characters (a lookup per
/// length, not a comparison with every prefix for every entry).
fn prefix_index(prefixes: &[RawPrefix]) -> Index<&str, Vec<usize>> {
    let mut by: Index<&str, Vec<usize>> = Index::default();
    for (n, p) in prefixes.iter().enumerate() {
        by.entry(p.atc.as_str()).or_default().push(n);
    }
    by
}

/// The entry made of record `r`, checked; `before` are the entries made
/// so far, and its names are claimed in `by_name`.
fn entry(
    r: RawDrug,
    before: &[Drug],
    (prefixes, by_prefix): (&[RawPrefix], &Index<&str, Vec<usize>>),
    by_name: &mut Index<String, usize>,
    source_name: &str,
) -> Result<Drug, CatalogueError> {
    let err = |message: String| invalid(source_name, message);
    let i = before.len();
    check_text(source_name, "a drug's generic name", &r.generic)?;
    // The entry's name in messages, written out only when there is one.
    let what = What(&r.generic);
    let codes = entry_codes(&r, what, source_name)?;
    // Classes: declared plus prefix-derived, sorted and deduplicated.
    let mut classes = r.classes.clone();
    for code in &codes {
        let lengths = ATC_LEVELS.iter().filter(|&&n| n <= code.len());
        for p in lengths.filter_map(|&n| by_prefix.get(&code[..n])).flatten() {
            classes.extend(prefixes[*p].classes.iter().copied());
        }
    }
    classes.sort();
    classes.dedup();

    check_entry_fields(&r, &classes, what, source_name)?;
    // Names: unique across the whole catalogue, case-insensitive.
    for name in std::iter::once(&r.generic).chain(r.brands.iter()) {
        check_text(source_name, Field(what, "name"), name)?;
        let key = normalize(name);
        let slot = match by_name.entry(key) {
            std::collections::hash_map::Entry::Vacant(v) => v,
            std::collections::hash_map::Entry::Occupied(o) => {
                let other = *o.get();
                return Err(err(if other == i {
                    format!("{what}: the name \"{name}\" is listed twice")
                } else {
                    format!(
                        "the name \"{name}\" is claimed by both drug \"{}\" and drug \"{}\"",
                        before[other].generic, r.generic
                    )
                }));
            }
        };
        slot.insert(i);
    }

    Ok(Drug {
        components: r.components.iter().map(|c| normalize(c)).collect(),
        inhibits: r.inhibits.iter().map(|(p, s)| (*p, *s)).collect(),
        generic: r.generic,
        brands: r.brands,
        atc: r.atc,
        former_atc: r.former_atc,
        classes,
        explains: r.explains,
        mme_factor: r.mme_factor,
        mme_source: r.mme_source,
        lar: r.lar,
        rescue_only: r.rescue_only,
        lar_brands: r.lar_brands,
        max_daily_mg: r.max_daily_mg,
        max_daily_source: r.max_daily_source,
        transdermal: r.transdermal,
        note: r.note,
        inhibitor_named_in: r.inhibitor_named_in,
        induces: r.induces,
        inducer_named_in: r.inducer_named_in,
        routes: r.routes,
    })
}

/// The entry's current and former ATC codes, each a valid code, none twice.
fn entry_codes<'r>(
    r: &'r RawDrug,
    what: What<'_>,
    source_name: &str,
) -> Result<rustc_hash::FxHashSet<&'r str>, CatalogueError> {
    let err = |message: String| invalid(source_name, message);
    // ATC codes.
    if !is_atc_code(&r.atc) {
        return Err(err(format!(
            "{what}: atc \"{}\" is not a 7-character ATC code (letter, 2 digits, letter, letter, 2 digits; upper case)",
            r.atc
        )));
    }
    let mut codes = rustc_hash::FxHashSet::default();
    codes.insert(r.atc.as_str());
    for f in &r.former_atc {
        if !is_atc_code(f) {
            return Err(err(format!(
                "{what}: former_atc \"{f}\" is not a 7-character ATC code"
            )));
        }
        if !codes.insert(f.as_str()) {
            return Err(err(format!(
                "{what}: former_atc \"{f}\" repeats the current or another former code"
            )));
        }
    }

    Ok(codes)
}

/// The entry's screen substances, conversion factors, LAR names, limits and
/// interaction data, each against the catalogue format's rules.
fn check_entry_fields(
    r: &RawDrug,
    classes: &[DrugClass],
    what: What<'_>,
    source_name: &str,
) -> Result<(), CatalogueError> {
    let err = |message: String| invalid(source_name, message);
    // Screen substances.
    let mut explained = rustc_hash::FxHashSet::default();
    for s in &r.explains {
        if !SCREEN_SUBSTANCES.contains(&s.as_str()) {
            return Err(err(format!(
                "{what}: \"{s}\" in explains is not a screen substance{}",
                did_you_mean(s, SCREEN_SUBSTANCES)
            )));
        }
        if !explained.insert(s.as_str()) {
            return Err(err(format!("{what}: \"{s}\" is listed twice in explains")));
        }
    }

    // Morphine equivalents.
    if let Some(f) = r.mme_factor
        && !(f.is_finite() && f > 0.0)
    {
        return Err(err(format!(
            "{what}: mme_factor must be a number above 0, not {f}"
        )));
    }
    if r.mme_source.is_some() && r.mme_factor.is_none() {
        return Err(err(format!("{what}: mme_source without mme_factor")));
    }
    if let Some(s) = &r.mme_source {
        check_text(source_name, Field(what, "mme_source"), s)?;
    }

    // LAR medication.
    if let Some(lar) = &r.lar {
        let lars = <crate::case::Medication as strum::VariantNames>::VARIANTS;
        if !lars.contains(&lar.as_str()) {
            return Err(err(format!(
                "{what}: lar \"{lar}\" is not a LAR medication{} (one of: {})",
                did_you_mean(lar, lars),
                lars.join(", ")
            )));
        }
        if r.mme_factor.is_some() {
            return Err(err(format!(
                "{what}: a LAR medication must not have an mme_factor (it is never converted)"
            )));
        }
    }

    if !r.lar_brands.is_empty() && r.lar.is_none() {
        return Err(err(format!(
            "{what}: lar_brands is only for a LAR medication entry (`lar`)"
        )));
    }
    for b in &r.lar_brands {
        check_text(source_name, Field(what, "lar_brands"), b)?;
    }
    if let Some(m) = r.max_daily_mg
        && !(m.is_finite() && m > 0.0)
    {
        return Err(err(format!(
            "{what}: max_daily_mg must be a number above 0, not {m}"
        )));
    }
    if r.max_daily_source.is_some() && r.max_daily_mg.is_none() {
        return Err(err(format!(
            "{what}: max_daily_source without max_daily_mg"
        )));
    }
    if r.max_daily_mg.is_some() && r.max_daily_source.is_none() {
        return Err(err(format!(
            "{what}: max_daily_mg needs max_daily_source (the SmPC, or `local default`)"
        )));
    }
    if let Some(s) = &r.max_daily_source {
        check_text(source_name, Field(what, "max_daily_source"), s)?;
    }

    if r.rescue_only && !classes.contains(&DrugClass::OpioidAntagonist) {
        return Err(err(format!(
            "{what}: rescue_only is only for opioid antagonists (naloxone)"
        )));
    }
    if let Some(n) = &r.note
        && n.trim().is_empty()
    {
        return Err(err(format!("{what}: note is empty")));
    }

    // Interaction data goes with its class, and every inducer or
    // inhibitor says what it acts on (INT007, INT008).
    let inhibitor = classes.contains(&DrugClass::EnzymeInhibitor);
    let has_inhibits = !r.inhibits.is_empty() || !r.inhibitor_named_in.is_empty();
    if inhibitor != has_inhibits {
        return Err(err(if inhibitor {
            format!("{what}: an enzyme-inhibitor needs `inhibits` or `inhibitor_named_in`")
        } else {
            format!("{what}: `inhibits` and `inhibitor_named_in` need the class enzyme-inhibitor")
        }));
    }
    let inducer = classes.contains(&DrugClass::EnzymeInducer);
    let has_induces = !r.induces.is_empty() || !r.inducer_named_in.is_empty();
    if inducer != has_induces {
        return Err(err(if inducer {
            format!("{what}: an enzyme-inducer needs `induces` or `inducer_named_in`")
        } else {
            format!("{what}: `induces` and `inducer_named_in` need the class enzyme-inducer")
        }));
    }

    Ok(())
}

/// Validates everything and builds the entries and indexes.
/// Whether a built catalogue keeps its entries as read ([`Catalogue`]'s
/// `raw`): the embedded one reads them again from [`EMBEDDED_JSON`].
#[derive(Clone, Copy, PartialEq)]
enum KeepRaw {
    Yes,
    No,
}

fn build(
    prefixes: Vec<RawPrefix>,
    raw: Vec<RawDrug>,
    source_name: &str,
    keep: KeepRaw,
) -> Result<Catalogue, CatalogueError> {
    let err = |message: String| invalid(source_name, message);

    for p in &prefixes {
        if !is_atc_prefix(&p.atc) {
            return Err(err(format!(
                "class_prefix \"{}\" is not an ATC code or prefix (1, 3, 4, 5 or 7 characters: letter, 2 digits, letter, letter, 2 digits; upper case)",
                p.atc
            )));
        }
        if p.classes.is_empty() {
            return Err(err(format!("class_prefix \"{}\" has no classes", p.atc)));
        }
    }

    // Each entry is made from its record by moving the fields, not copying
    // them; a catalogue that keeps the records copies them once, whole.
    let kept = (keep == KeepRaw::Yes).then(|| raw.clone());
    let by_prefix = prefix_index(&prefixes);
    let mut entries = Vec::with_capacity(raw.len());
    // The indexes sized for what they will hold: growing them was a fifth
    // of their inserts.
    let names = raw.iter().map(|r| 1 + r.brands.len()).sum();
    let mut by_name: Index<String, usize> =
        Index::with_capacity_and_hasher(names, Default::default());
    let codes = raw.iter().map(|r| 1 + r.former_atc.len()).sum();
    for r in raw {
        let d = entry(
            r,
            &entries,
            (&prefixes, &by_prefix),
            &mut by_name,
            source_name,
        )?;
        entries.push(d);
    }

    // Components of a combination name entries of their own (looked up
    // in a set: a scan of every entry per component was 40,000 string
    // comparisons at each start).
    let generics: rustc_hash::FxHashSet<&str> =
        entries.iter().map(|e| e.generic.as_str()).collect();
    for d in &entries {
        for c in &d.components {
            if !generics.contains(c.as_str()) {
                return Err(err(format!(
                    "drug \"{}\": component \"{c}\" is not a generic name in the catalogue",
                    d.generic
                )));
            }
        }
        if d.components.len() == 1 {
            return Err(err(format!(
                "drug \"{}\": a combination needs at least 2 components",
                d.generic
            )));
        }
    }

    // ATC index: current codes first, then former codes.
    let mut by_atc: Index<String, Vec<usize>> =
        Index::with_capacity_and_hasher(codes, Default::default());
    for (i, d) in entries.iter().enumerate() {
        by_atc.entry(d.atc.clone()).or_default().push(i);
    }
    for (i, d) in entries.iter().enumerate() {
        for f in &d.former_atc {
            by_atc.entry(f.clone()).or_default().push(i);
        }
    }

    // Stand-ins for unlisted codes of a class-prefix group.
    let mut groups: Vec<(String, Drug)> = Vec::new();
    for p in &prefixes {
        if groups.iter().any(|(g, _)| *g == p.atc) {
            continue;
        }
        let mut classes: Vec<DrugClass> = prefixes
            .iter()
            .filter(|q| p.atc.starts_with(&q.atc))
            .flat_map(|q| q.classes.iter().copied())
            .collect();
        classes.sort();
        classes.dedup();
        let names: Vec<&str> = classes.iter().map(DrugClass::as_str).collect();
        // A prescribed benzodiazepine explains the class immunoassay, as
        // every listed benzodiazepine does; other groups explain nothing
        // (which substance they give in a screen is not known).
        let explains = if classes.contains(&DrugClass::Benzodiazepine) {
            vec!["benzodiazepines".to_string()]
        } else {
            Vec::new()
        };
        groups.push((
            p.atc.clone(),
            Drug {
                generic: format!("{}, ATC group {}", names.join(", "), p.atc),
                atc: p.atc.clone(),
                classes,
                explains,
                note: Some(format!(
                    "an ATC code the catalogue does not list; classes from its group {}",
                    p.atc
                )),
                ..Drug::default()
            },
        ));
    }

    let indexed = entries.len();
    Ok(Catalogue {
        prefixes,
        raw: kept,
        entries,
        by_name,
        by_atc,
        by_variant: Default::default(),
        groups,
        suggest_index: std::sync::OnceLock::new(),
        indexed,
        suggested: SuggestCache::default(),
    })
}

/// The spelling key of every name of `entries` -> its entry index, or
/// `None` when names of two different entries share the key (a key two
/// entries share resolves to neither).
fn variant_index(entries: &[Drug]) -> Index<String, Option<usize>> {
    let mut by_variant: Index<String, Option<usize>> = Index::default();
    for (i, d) in entries.iter().enumerate() {
        for name in d.names() {
            let v = by_variant.entry(spelling_key(name)).or_insert(Some(i));
            if *v != Some(i) {
                *v = None;
            }
        }
    }
    by_variant
}

/// Every name of every entry, prepared for [`Catalogue::suggest`]: its
/// key, characters, word count and letter counts.
fn suggest_index(entries: &[Drug]) -> Vec<SuggestName> {
    entries
        .iter()
        .enumerate()
        .flat_map(|(i, d)| {
            d.names().enumerate().map(move |(k, n)| {
                let key = normalize(n);
                let l = letters(&key);
                SuggestName {
                    key_chars: key.chars().collect(),
                    chars: key.chars().count(),
                    words: key.split(' ').count(),
                    mask: letter_mask(&l),
                    letters: l,
                    key,
                    entry: i,
                    name: k,
                }
            })
        })
        .collect()
}

impl Catalogue {
    /// The entry named `generic` exactly as a catalogue file would declare
    /// it (declared classes only, defaults left out), for a tool that writes
    /// an overlay replacing the entry whole with a change (`drugs
    /// import-fest` adding brands). Every key of the format is carried, so
    /// the rewritten entry loses nothing.
    pub fn entry_toml(&self, generic: &str) -> Option<toml::Table> {
        let key = normalize(generic);
        let all = self.raw();
        let raw = all.iter().find(|r| normalize(&r.generic) == key)?;
        let mut table = toml::Table::try_from(raw).ok()?;
        table.retain(|_, v| match v {
            toml::Value::Array(a) => !a.is_empty(),
            toml::Value::Table(t) => !t.is_empty(),
            toml::Value::Boolean(b) => *b,
            _ => true,
        });
        Some(table)
    }

    /// The `[[class_prefix]]` codes, in file order (overlays last).
    pub fn class_prefixes(&self) -> impl Iterator<Item = &str> {
        self.prefixes.iter().map(|p| p.atc.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> Catalogue {
        Catalogue::embedded()
    }

    proptest::proptest! {
        /// The fast paths of `normalize` and `check_text` agree with the
        /// definition: the words joined by single spaces, lower case.
        #[test]
        fn single_spaced_is_split_and_join(s in "[ a-zA-ZÆØÅæøåΣ\t\u{a0}\n]{0,12}") {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(single_spaced(&s), joined == s);
            proptest::prop_assert_eq!(normalize(&s), joined.to_lowercase());
        }

        /// The same for ASCII text, which has a byte-wise path of its own,
        /// with every ASCII whitespace character (vertical tab included,
        /// which `u8::is_ascii_whitespace` leaves out).
        #[test]
        fn single_spaced_ascii_is_split_and_join(s in "[ aZ\t\n\r\u{b}\u{c}]{0,10}") {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(single_spaced(&s), joined == s);
        }
    }

    fn all_names(c: &Catalogue) -> Vec<(&str, &Drug)> {
        c.entries()
            .iter()
            .flat_map(|d| d.names().map(move |n| (n, d)))
            .collect()
    }

    fn generic_of<'a>(c: &'a Catalogue, name: &str) -> &'a str {
        c.resolve(name)
            .unwrap_or_else(|| panic!("{name} does not resolve"))
            .generic
            .as_str()
    }

    #[test]
    fn a_route_word_on_a_generic_name_chooses_the_entry_of_that_route() {
        let c = cat();
        for (name, want) in [
            ("Fentanyl nesespray", "fentanyl-transmucosal"),
            ("fentanyl 100 MCG Nasal Spray", "fentanyl-transmucosal"),
            ("Fentanyl Buccal Film", "fentanyl-transmucosal"),
            ("Fentanyl 25 mikrogram/time plaster", "fentanyl"),
            ("72 HR Fentanyl 0.025 MG/HR Transdermal System", "fentanyl"),
            ("Buprenorfin plaster", "buprenorphine-transdermal"),
            (
                "Buprenorphine 0.3 MG/ML Injectable Solution",
                "buprenorphine-analgesic",
            ),
            ("Buprenorphine Buccal Film", "buprenorphine-analgesic"),
            ("Buprenorphine 8 MG Sublingual Tablet", "buprenorphine"),
            ("Buprenorfin 8 mg tablett", "buprenorphine"),
        ] {
            assert_eq!(generic_of(&c, name), want, "{name}");
        }
        // A brand names its product whatever the words after it.
        assert_eq!(generic_of(&c, "Durogesic 25 nesespray"), "fentanyl");
        // A route no entry of the substance has: read as nothing, never
        // with another route's factor.
        assert!(c.resolve("Fentanyl injeksjon").is_none());
        // The patch factor never reaches nasal or buccal fentanyl.
        for name in ["Fentanyl nesespray", "Fentanyl Buccal Film"] {
            assert!(c.resolve(name).unwrap().mme_factor.is_none(), "{name}");
        }
        let r = c.read("Fentanyl nesespray").unwrap();
        assert_eq!(r.route, Some(Route::Nasal));
    }

    #[test]
    fn combinations_are_read_component_by_component() {
        let c = cat();
        // A listed combination with exactly these components.
        for (name, want) in [
            ("Acetaminophen / Tramadol", "tramadol-paracetamol"),
            ("Oxycodone and Acetaminophen", "oxycodone-paracetamol"),
            ("paracetamol/kodein", "codeine-paracetamol"),
            ("Paracetamol og kodein", "codeine-paracetamol"),
            ("Buprenorphine / Naloxone", "buprenorphine-naloxone"),
            (
                "Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet",
                "oxycodone-paracetamol",
            ),
        ] {
            let r = c.read(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(r.how, ReadHow::Combination, "{name}");
            assert_eq!(r.generic(), want, "{name}");
        }
        // Not listed: the components, and an entry of their union.
        let r = c.read("Sobril + Tramadol 50 mg").unwrap();
        assert_eq!(r.generic(), "oxazepam + tramadol");
        assert!(c.resolve("Sobril + Tramadol 50 mg").is_none());
        let ext = c.with_combinations(["Sobril + Tramadol 50 mg"]);
        let d = ext.resolve("Sobril + Tramadol 50 mg").unwrap();
        assert!(d.has_class(DrugClass::Benzodiazepine));
        assert!(d.has_class(DrugClass::Opioid));
        assert_eq!(d.mme_factor, c.resolve("tramadol").unwrap().mme_factor);
        assert!(d.explains_substance("oxazepam") && d.explains_substance("tramadol"));
        assert_eq!(d.components, ["oxazepam", "tramadol"]);
        assert_eq!(
            d.read_as("Sobril + Tramadol 50 mg").as_deref(),
            Some("oxazepam + tramadol")
        );
        // Nothing to add: the catalogue is borrowed.
        assert!(matches!(
            c.with_combinations(["Sobril"]),
            std::borrow::Cow::Borrowed(_)
        ));
        // Two opioids: no single factor (INT002 says incomplete).
        let ext = c.with_combinations(["Tramadol / Kodein"]);
        assert!(
            ext.resolve("Tramadol / Kodein")
                .unwrap()
                .mme_factor
                .is_none()
        );
        // A strength is not a combination; an unknown part leaves it all
        // unknown; a LAR medication inside an unlisted one is not guessed.
        assert_eq!(
            generic_of(&c, "Suboxone 8 mg/2 mg"),
            "buprenorphine-naloxone"
        );
        assert_eq!(generic_of(&c, "Metadon 1 mg/ml"), "methadone");
        assert!(c.read("Paracetamol / Stesolidd").is_none());
        assert!(c.read("Paracetamol / Metadon").is_none());
        assert_eq!(
            c.read("Ibux 400 mg/Paracet 500 mg").unwrap().generic(),
            "ibuprofen + paracetamol"
        );
    }

    #[test]
    fn read_says_how_a_name_was_read() {
        let c = cat();
        let how = |n: &str| c.read(n).map(|r| r.how);
        assert_eq!(how("Seroquel"), Some(ReadHow::Name));
        assert_eq!(how("N05AH04"), Some(ReadHow::AtcCode));
        assert_eq!(how("Seroquel 25 mg"), Some(ReadHow::Descriptors));
        assert_eq!(
            how("Quetiapin 25 mg tablett"),
            Some(ReadHow::SpellingVariant)
        );
        assert_eq!(how("N05BA99"), Some(ReadHow::AtcGroup));
        let q = c.resolve("Quetiapin 25 mg tablett").unwrap();
        assert_eq!(
            q.read_as("Quetiapin 25 mg tablett").as_deref(),
            Some("quetiapine")
        );
        assert_eq!(q.read_as("seroquel"), None);
        assert_eq!(q.read_as("N05AH04"), None);
        // RxNorm: a bracketed brand is set aside, leading "12 HR" dropped.
        assert_eq!(
            generic_of(
                &c,
                "72 HR Fentanyl 0.025 MG/HR Transdermal System [Duragesic]"
            ),
            "fentanyl"
        );
        assert_eq!(
            generic_of(
                &c,
                "12 HR Oxycodone Hydrochloride 10 MG Extended Release Oral Tablet"
            ),
            "oxycodone"
        );
        // The LAR medication field takes no spelling variants.
        assert!(matches!(c.resolve_lar("metadone"), LarName::Unknown));
        assert!(matches!(
            c.resolve_lar("Metadon mikstur"),
            LarName::Lar {
                lar: "methadone",
                ..
            }
        ));
    }

    #[test]
    fn suggest_with_its_index_still_finds_near_misses_only() {
        let c = cat();
        assert!(c.suggest("Stesolidd", 3).iter().any(|s| s == "Stesolid"));
        assert!(c.suggest("Sobirl 10 mg", 3).iter().any(|s| s == "Sobril"));
        assert!(!c.suggest("Paracet", 5).iter().any(|s| s == "Parnate"));
        assert!(c.suggest("Xyzzyqwv", 3).is_empty());
        // The letter-set bound never exceeds the edit distance.
        for (x, y) in [
            ("kitten", "sitting"),
            ("stesolidd", "stesolid"),
            ("paracet", "parnate"),
        ] {
            let d = levenshtein(x, y);
            assert!(mask_bound(letter_mask(&letters(x)), letter_mask(&letters(y))) <= d);
        }
        let l = |s: &str| letters(s);
        assert_eq!(letters_bound(&l("kitten"), &l("sitting")), 3);
        assert!(letters_bound(&l("stesolidd"), &l("stesolid")) <= 1);
    }

    #[test]
    fn embedded_catalogue_parses() {
        let c = Catalogue::from_toml(EMBEDDED, "embedded").expect("embedded catalogue");
        assert!(c.entries().len() > 100);
    }

    #[test]
    fn at_least_150_distinct_names_resolve() {
        let c = cat();
        let names: HashSet<String> = all_names(&c)
            .into_iter()
            .filter(|(n, _)| c.resolve(n).is_some())
            .map(|(n, _)| n.to_lowercase())
            .collect();
        assert!(names.len() >= 150, "only {} names resolve", names.len());
    }

    #[test]
    fn every_name_resolves_to_its_own_entry() {
        let c = cat();
        for (name, d) in all_names(&c) {
            for variant in [
                name.to_string(),
                name.to_uppercase(),
                name.to_lowercase(),
                format!("  {name}  "),
                format!("{name} 10 mg"),
                format!("{name}, tablett"),
            ] {
                // Revised (issue 13): a tablet word on the generic name of a
                // patch goes to the tablets of the substance ("fentanyl,
                // tablett" is transmucosal fentanyl, never the patch).
                if variant.ends_with("tablett")
                    && !d.routes.is_empty()
                    && !Route::Oral.fits(&d.routes)
                    && spelling_key(name) == spelling_key(&d.generic)
                {
                    continue;
                }
                let got = c
                    .resolve(&variant)
                    .unwrap_or_else(|| panic!("\"{variant}\" does not resolve"));
                assert_eq!(got.generic, d.generic, "\"{variant}\"");
            }
        }
    }

    #[test]
    fn no_two_entries_claim_the_same_name() {
        let c = cat();
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (name, d) in all_names(&c) {
            if let Some(other) = seen.insert(name.to_lowercase(), &d.generic) {
                panic!("\"{name}\" is claimed by {other} and {}", d.generic);
            }
        }
    }

    #[test]
    fn every_atc_code_is_well_formed() {
        let c = cat();
        for d in c.entries() {
            assert!(is_atc_code(&d.atc), "{}: {}", d.generic, d.atc);
            for f in &d.former_atc {
                assert!(is_atc_code(f), "{}: former {f}", d.generic);
            }
        }
        let file: RawFile = toml::from_str(EMBEDDED).unwrap();
        for p in &file.class_prefix {
            assert!(is_atc_prefix(&p.atc), "class_prefix {}", p.atc);
        }
    }

    #[test]
    fn embedded_json_reads_as_the_toml() {
        // build.rs converts config/drugs.toml generically; what the binary
        // reads must be exactly what the TOML reads to, entry by entry.
        let from_toml: RawFile = toml::from_str(EMBEDDED).unwrap();
        let from_json: RawFile = serde_json::from_str(EMBEDDED_JSON).unwrap();
        assert!(!from_toml.drug.is_empty());
        assert_eq!(from_json, from_toml);
        // And the catalogue built from it equals the one built from TOML.
        let a = Catalogue::embedded();
        let b = Catalogue::from_toml(EMBEDDED, "embedded").unwrap();
        let json = |c: &Catalogue| serde_json::to_string(c.entries()).unwrap();
        assert_eq!(json(&a), json(&b));
    }

    #[test]
    fn atc_shape_checks() {
        assert!(is_atc_code("N05BA04"));
        assert!(!is_atc_code("n05ba04"));
        assert!(!is_atc_code("N05BA4"));
        assert!(!is_atc_code("N5BA004"));
        assert!(!is_atc_code("X05BA04"));
        for p in ["N", "N05", "N05B", "N05BA", "N05BA04"] {
            assert!(is_atc_prefix(p), "{p}");
        }
        for p in ["", "N0", "N05BA0", "N05BA041", "NO5", "SOBRIL"] {
            assert!(!is_atc_prefix(p), "{p}");
        }
    }

    #[test]
    fn every_explains_is_in_the_vocabulary() {
        let c = cat();
        for d in c.entries() {
            for s in &d.explains {
                assert!(
                    SCREEN_SUBSTANCES.contains(&s.as_str()),
                    "{}: {s}",
                    d.generic
                );
            }
        }
        assert_eq!(SCREEN_SUBSTANCES.len(), 43);
        let unique: HashSet<_> = SCREEN_SUBSTANCES.iter().collect();
        assert_eq!(unique.len(), SCREEN_SUBSTANCES.len());
    }

    #[test]
    fn the_file_lists_prefix_classes_explicitly() {
        // The loader adds prefix classes anyway; the file should still be
        // self-describing for a reader.
        let file: RawFile = toml::from_str(EMBEDDED).unwrap();
        for d in &file.drug {
            let codes: Vec<&str> = std::iter::once(d.atc.as_str())
                .chain(d.former_atc.iter().map(String::as_str))
                .collect();
            for p in &file.class_prefix {
                if codes.iter().any(|c| c.starts_with(&p.atc)) {
                    for class in &p.classes {
                        assert!(
                            d.classes.contains(class),
                            "{} ({}) should list {class} (prefix {})",
                            d.generic,
                            d.atc,
                            p.atc
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn classes_are_sorted_and_deduplicated() {
        let c = cat();
        for d in c.entries() {
            let mut sorted = d.classes.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted, d.classes, "{}", d.generic);
        }
    }

    #[test]
    fn prefix_classes_are_applied() {
        let c = cat();
        let sobril = c.resolve("Sobril").unwrap();
        assert_eq!(sobril.generic, "oxazepam");
        assert!(sobril.has_class(DrugClass::Benzodiazepine));

        let hits = c.search("N05BA");
        let expected: Vec<&str> = {
            let mut v: Vec<&str> = c
                .entries()
                .iter()
                .filter(|d| d.codes().any(|code| code.starts_with("N05BA")))
                .map(|d| d.generic.as_str())
                .collect();
            v.sort();
            v
        };
        let got: Vec<&str> = hits.iter().map(|d| d.generic.as_str()).collect();
        assert_eq!(got, expected);
        for g in ["diazepam", "oxazepam", "alprazolam", "lorazepam"] {
            assert!(got.contains(&g), "{g} missing from N05BA");
        }
        assert!(hits.iter().all(|d| d.has_class(DrugClass::Benzodiazepine)));
        // Lower case ATC prefixes work too.
        assert_eq!(c.search("n05ba").len(), hits.len());
        // Clonazepam and nitrazepam are benzodiazepines through other prefixes.
        assert!(
            c.resolve("Rivotril")
                .unwrap()
                .has_class(DrugClass::Benzodiazepine)
        );
        assert!(
            c.resolve("Apodorm")
                .unwrap()
                .has_class(DrugClass::Benzodiazepine)
        );
        assert!(
            c.resolve("Imovane")
                .unwrap()
                .has_class(DrugClass::ZHypnotic)
        );
        assert!(
            !c.resolve("Imovane")
                .unwrap()
                .has_class(DrugClass::Benzodiazepine)
        );
    }

    #[test]
    fn classes_from_a_prefix_are_added_even_if_not_listed() {
        let text = r#"
            [[class_prefix]]
            atc = "N05BA"
            classes = ["benzodiazepine"]

            [[drug]]
            generic = "testazepam"
            atc = "N05BA99"
        "#;
        let c = Catalogue::from_toml(text, "t.toml").unwrap();
        assert_eq!(
            c.resolve("testazepam").unwrap().classes,
            vec![DrugClass::Benzodiazepine]
        );
    }

    #[test]
    fn gabapentinoids_and_former_codes() {
        let c = cat();
        let lyrica = c.resolve("lyrica").unwrap();
        assert_eq!(lyrica.generic, "pregabalin");
        assert!(lyrica.has_class(DrugClass::Gabapentinoid));
        assert_eq!(lyrica.atc, "N02BF02");
        assert_eq!(lyrica.former_atc, vec!["N03AX16".to_string()]);
        assert_eq!(generic_of(&c, "N03AX12"), "gabapentin");
        assert_eq!(generic_of(&c, "n03ax16"), "pregabalin");
        assert_eq!(generic_of(&c, "N02BF01"), "gabapentin");
        assert!(
            c.resolve("Neurontin")
                .unwrap()
                .has_class(DrugClass::Gabapentinoid)
        );
        let old: Vec<&str> = c
            .search("N03AX")
            .iter()
            .map(|d| d.generic.as_str())
            .collect();
        assert!(old.contains(&"gabapentin") && old.contains(&"pregabalin"));
        // Of the other N03AX antiepileptics none is a gabapentinoid.
        for d in c.search("N03AX") {
            let gaba = d.has_class(DrugClass::Gabapentinoid);
            assert_eq!(
                gaba,
                ["gabapentin", "pregabalin"].contains(&d.generic.as_str())
            );
        }
    }

    #[test]
    fn codeine_combination_is_an_opioid() {
        let c = cat();
        let d = c.resolve("Paralgin forte").unwrap();
        assert!(d.explains_substance("codeine"));
        assert!(d.explains_substance("Opiates"));
        assert!(d.has_class(DrugClass::Opioid));
        assert_eq!(d.atc, "N02AJ06");
        assert_eq!(
            c.resolve("Paralgin forte 400 mg/30 mg").unwrap().generic,
            d.generic
        );
        assert!(c.resolve("Cosylan").unwrap().has_class(DrugClass::Opioid));
        assert!(c.resolve("Kodein").unwrap().has_class(DrugClass::Opioid));
    }

    #[test]
    fn vival_is_diazepam_and_explains_oxazepam() {
        let c = cat();
        let d = c.resolve("Vival").unwrap();
        assert_eq!(d.generic, "diazepam");
        for s in ["diazepam", "oxazepam", "benzodiazepines"] {
            assert!(d.explains_substance(s), "{s}");
        }
        assert!(!d.explains_substance("alprazolam"));
    }

    #[test]
    fn every_benzodiazepine_explains_the_class_immunoassay() {
        let c = cat();
        for d in c.entries() {
            if d.has_class(DrugClass::Benzodiazepine) {
                assert!(d.explains_substance("benzodiazepines"), "{}", d.generic);
            }
        }
    }

    #[test]
    fn explained_by_follows_the_spec_examples() {
        let c = cat();
        let generics = |s: &str| -> Vec<String> {
            c.explained_by(s)
                .iter()
                .map(|d| d.generic.clone())
                .collect()
        };
        assert!(generics("eddp").contains(&"methadone".to_string()));
        assert!(generics("eddp").contains(&"levomethadone".to_string()));
        assert!(generics("NORBUPRENORPHINE").contains(&"buprenorphine".to_string()));
        assert!(generics("morphine").contains(&"codeine".to_string()));
        assert!(generics("morphine").contains(&"morphine-sr-24h".to_string()));
        assert!(generics("amphetamine").contains(&"dexamphetamine".to_string()));
        assert!(generics("amphetamine").contains(&"lisdexamfetamine".to_string()));
        assert_eq!(
            generics("methylphenidate"),
            vec!["dexmethylphenidate", "methylphenidate"]
        );
        assert_eq!(generics("ghb"), vec!["sodium oxybate"]);
        assert!(generics("6-mam").is_empty());
        assert!(generics("nonsense").is_empty());
    }

    #[test]
    fn lar_medications_resolve_by_their_names() {
        let c = cat();
        for lar in <crate::case::Medication as strum::VariantNames>::VARIANTS {
            let d = c.resolve(lar).unwrap_or_else(|| panic!("{lar}"));
            assert_eq!(d.lar.as_deref(), Some(*lar));
            assert_eq!(d.generic, *lar);
        }
        assert_eq!(
            c.resolve("Substitol").unwrap().lar.as_deref(),
            Some("morphine-sr-24h")
        );
        assert_eq!(
            c.resolve("Buvidal").unwrap().lar.as_deref(),
            Some("buprenorphine-depot")
        );
        assert_eq!(
            c.resolve("Suboxone").unwrap().lar.as_deref(),
            Some("buprenorphine-naloxone")
        );
        assert_eq!(
            c.resolve("Metadon DnE 1 mg/ml").unwrap().lar.as_deref(),
            Some("methadone")
        );
        assert_eq!(c.resolve("Dolcontin").unwrap().lar, None);
        assert_eq!(c.resolve("Temgesic").unwrap().lar, None);
        // A shared ATC code resolves to the first entry; search lists all.
        assert_eq!(generic_of(&c, "N07BC01"), "buprenorphine");
        let shared: Vec<&str> = c
            .search("N07BC01")
            .iter()
            .map(|d| d.generic.as_str())
            .collect();
        assert_eq!(shared, vec!["buprenorphine", "buprenorphine-depot"]);
        assert_eq!(generic_of(&c, "N02AA01"), "morphine");
    }

    #[test]
    fn no_lar_entry_has_an_mme_factor() {
        let c = cat();
        for d in c.entries() {
            if d.lar.is_some() {
                assert_eq!(d.mme_factor, None, "{}", d.generic);
            }
            if d.mme_factor.is_some() {
                assert!(d.has_class(DrugClass::Opioid), "{}", d.generic);
            }
        }
    }

    #[test]
    fn mme_factors_follow_the_reference() {
        let c = cat();
        let f = |n: &str| c.resolve(n).unwrap().mme_factor;
        assert_eq!(f("oxycodone"), Some(1.5));
        assert_eq!(f("OxyContin"), Some(1.5));
        assert_eq!(f("morphine"), Some(1.0));
        assert_eq!(f("hydromorphone"), Some(5.0));
        assert_eq!(f("ketobemidone"), Some(1.0));
        assert_eq!(f("codeine"), Some(0.1));
        assert_eq!(f("Paralgin forte"), Some(0.1));
        assert_eq!(f("tramadol"), Some(0.15));
        assert_eq!(f("tapentadol"), Some(0.2));
        assert_eq!(f("Durogesic"), Some(100.0));
        assert_eq!(f("Norspan"), Some(92.5));
        assert_eq!(f("Temgesic"), None);
        assert_eq!(f("Abstral"), None);
        assert_eq!(f("methadone"), None);
    }

    #[test]
    fn antagonists_and_rescue_naloxone() {
        let c = cat();
        let nyxoid = c.resolve("Nyxoid").unwrap();
        assert!(nyxoid.has_class(DrugClass::OpioidAntagonist));
        assert!(nyxoid.rescue_only);
        for n in ["naltrexone", "Selincro", "Mysimba"] {
            let d = c.resolve(n).unwrap();
            assert!(d.has_class(DrugClass::OpioidAntagonist), "{n}");
            assert!(!d.rescue_only, "{n}");
        }
        assert!(
            !c.resolve("Suboxone")
                .unwrap()
                .has_class(DrugClass::OpioidAntagonist)
        );
    }

    #[test]
    fn interaction_classes_of_common_drugs() {
        let c = cat();
        let has = |n: &str, k: DrugClass| c.resolve(n).unwrap().has_class(k);
        assert!(has("Rimactan", DrugClass::EnzymeInducer));
        assert!(has("Tegretol", DrugClass::EnzymeInducer));
        assert!(has("Johannesurt", DrugClass::EnzymeInducer));
        assert!(has("Klacid", DrugClass::EnzymeInhibitor));
        assert!(has("Fevarin", DrugClass::EnzymeInhibitor));
        assert!(has("Cipramil", DrugClass::QtProlonging));
        assert!(has("methadone", DrugClass::QtProlonging));
        assert!(!has("buprenorphine", DrugClass::QtProlonging));
        assert!(has("Aurorix", DrugClass::MaoInhibitor));
        assert!(has("Zyvoxid", DrugClass::MaoInhibitor));
        assert!(has("Somadril", DrugClass::MuscleRelaxant));
        assert!(has("Seroquel", DrugClass::SedatingAntipsychotic));
        assert!(has("Vallergan", DrugClass::SedatingAntihistamine));
        assert!(has("Fenemal", DrugClass::Barbiturate));
        assert!(has("Norspan", DrugClass::PartialAgonist));
        assert!(has("Ritalin", DrugClass::Stimulant));
        assert!(!has("methadone", DrugClass::Opioid));
    }

    #[test]
    fn resolve_edge_cases() {
        let c = cat();
        assert_eq!(generic_of(&c, "Sobril 10 mg"), "oxazepam");
        assert_eq!(generic_of(&c, "  SOBRIL\t10  mg "), "oxazepam");
        assert_eq!(generic_of(&c, "Xanor Depot 1 mg"), "alprazolam");
        assert_eq!(generic_of(&c, "Reltebon Depot 20 mg"), "oxycodone");
        assert_eq!(
            generic_of(&c, "buprenorphine-naloxone 8/2 mg"),
            "buprenorphine-naloxone"
        );
        assert_eq!(generic_of(&c, "Ery-Max 250 mg"), "erythromycin");
        assert_eq!(generic_of(&c, "N05BA04"), "oxazepam");
        assert_eq!(generic_of(&c, "Oksazepam"), "oxazepam");
        assert!(c.resolve("").is_none());
        assert!(c.resolve("   ").is_none());
        assert!(c.resolve("Sobrilx").is_none());
        assert!(c.resolve("N05BA").is_none(), "a prefix is not a name");
        // Revised 2026-12-01: an unlisted code of a class-prefix group
        // resolves to the group's classes, and paracetamol is catalogued.
        assert!(
            c.resolve("N05BA99")
                .unwrap()
                .has_class(DrugClass::Benzodiazepine)
        );
        assert_eq!(generic_of(&c, "paracetamol"), "paracetamol");
    }

    #[test]
    fn search_modes() {
        let c = cat();
        let names =
            |q: &str| -> Vec<String> { c.search(q).iter().map(|d| d.generic.clone()).collect() };
        assert_eq!(names("sobril"), vec!["oxazepam"]);
        assert_eq!(names("Sobril 10 mg"), vec!["oxazepam"]);
        assert_eq!(names("N02AB03"), vec!["fentanyl", "fentanyl-transmucosal"]);
        assert!(names("metadon").contains(&"methadone".to_string()));
        let sub = names("buprenorph");
        for g in [
            "buprenorphine",
            "buprenorphine-analgesic",
            "buprenorphine-depot",
        ] {
            assert!(sub.contains(&g.to_string()), "{g}");
        }
        let mut sorted = sub.clone();
        sorted.sort();
        assert_eq!(sub, sorted);
        assert!(names("").is_empty());
        assert!(names("zzzz").is_empty());
    }

    #[test]
    fn suggest_finds_near_misses() {
        let c = cat();
        assert!(c.suggest("sobirl", 5).contains(&"Sobril".to_string()));
        assert_eq!(c.suggest("sobirl", 1), vec!["Sobril".to_string()]);
        assert!(c.suggest("Sobirl 10 mg", 3).contains(&"Sobril".to_string()));
        assert!(c.suggest("metadone", 3).contains(&"methadone".to_string()));
        assert_eq!(c.suggest("x", 0), Vec::<String>::new());
        assert_eq!(c.suggest("", 3), Vec::<String>::new());
        // Revised 2026-12-01: the names of one substance only (the nearest
        // name, then the generic), never the nearest names of other drugs.
        assert_eq!(c.suggest("lyrica", 3), ["Lyrica", "pregabalin"]);
        // No name is 65+ characters: a longer query gets no suggestion.
        assert!(c.suggest(&"ab ".repeat(5000), 3).is_empty());
    }

    #[test]
    fn spelling_variants_meet_norwegian_and_english_spellings() {
        for (a, b) in [
            ("quetiapine", "Quetiapin"),
            ("quetiapine", "Kvetiapin"),
            ("sertraline", "Sertralin"),
            ("oxycodone", "Oksykodon"),
            ("methadone", "Metadon"),
            ("morphine", "Morfin"),
            ("clonazepam", "Klonazepam"),
            ("ciprofloxacin", "Ciprofloksacin"),
            ("levothyroxine", "Levotyroksin"),
            ("colecalciferol", "Kolekalsiferol"),
            ("paracetamol", "Paracetamol"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
        // Not a similarity measure: a misspelling keeps its own key.
        assert_ne!(spelling_key("Stesolidd"), spelling_key("Stesolid"));
        assert_ne!(spelling_key("Paracet"), spelling_key("Parnate"));
    }

    #[test]
    fn no_two_entries_share_a_spelling_variant() {
        let c = cat();
        let shared: Vec<&String> = c
            .variants()
            .iter()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k)
            .collect();
        assert!(
            shared.is_empty(),
            "spelling keys claimed by two entries: {shared:?}"
        );
    }

    #[test]
    fn names_resolve_through_spellings_salts_strengths_and_forms() {
        let c = cat();
        for (name, generic) in [
            ("Quetiapin", "quetiapine"),
            ("Quetiapin 25 mg tablett", "quetiapine"),
            ("quetiapin 25mg depottablett", "quetiapine"),
            ("Kvetiapinfumarat 50 mg", "quetiapine"),
            ("Sertralin", "sertraline"),
            ("Sertralin hydroklorid 50 mg tabletter", "sertraline"),
            ("sertraline hydrochloride", "sertraline"),
            ("Oksykodonhydroklorid 10 mg", "oxycodone"),
            ("Paracetamol", "paracetamol"),
            ("Paracet 500 mg", "paracetamol"),
            ("Pinex 1 g", "paracetamol"),
            ("Ibux 400 mg x3", "ibuprofen"),
            ("Omeprazol 20 mg enterokapsel", "omeprazole"),
            ("Levotyroksinnatrium 50 µg", "levothyroxine"),
            ("Metformin", "metformin"),
            ("Vitamin D", "colecalciferol"),
            ("Metadon mikstur 1 mg/ml", "methadone"),
            ("Metadonhydroklorid", "methadone"),
            ("Subutex 8 mg sublingvaltablett", "buprenorphine"),
            ("Dolcontin depottablett 30 mg", "morphine"),
            ("Reltebon Depot 20 mg", "oxycodone"),
            ("Fentanyl 25 µg/h plaster", "fentanyl"),
            ("Durogesic depotplaster 12 mikrogram/time", "fentanyl"),
            ("Metadon (mikstur)", "methadone"),
            ("Sobril, tablett", "oxazepam"),
        ] {
            assert_eq!(generic_of(&c, name), generic, "{name}");
        }
    }

    #[test]
    fn abbreviated_norwegian_form_words_resolve() {
        // FEST and the prescription lists abbreviate the form word, often
        // with a full stop (issue 21: "Metadon DnE mikst 1 mg/ml" from a
        // FHIR medication list did not resolve).
        let c = cat();
        for (name, generic) in [
            ("Metadon DnE mikst 1 mg/ml", "methadone"),
            ("Metadon DnE mikst. 1 mg/ml", "methadone"),
            ("Metadon mikstur 1 mg/ml", "methadone"),
            ("Metadon Abcur tabl. 20 mg", "methadone"),
            ("Subutex 8 mg sublingvaltablett", "buprenorphine"),
            ("Subutex sublingvaltabl. 8 mg", "buprenorphine"),
            ("Espranor 8 mg smeltetab.", "buprenorphine"),
            ("Espranor smeltetabl 2 mg", "buprenorphine"),
            ("Buvidal depotinjeksjon 64 mg", "buprenorphine-depot"),
            ("Buvidal inj. 64 mg", "buprenorphine-depot"),
            ("Buvidal depotinj. 128 mg", "buprenorphine-depot"),
            ("Sobril tabl. 10 mg", "oxazepam"),
        ] {
            assert_eq!(generic_of(&c, name), generic, "{name}");
            if let LarName::Unknown = c.resolve_lar(name) {
                panic!("{name}: not read as a medication");
            }
        }
        assert!(matches!(
            c.resolve_lar("Metadon DnE mikst 1 mg/ml"),
            LarName::Lar {
                lar: "methadone",
                ..
            }
        ));
        // The full stop never turns an injection into an oral LAR product.
        assert!(c.resolve("Metadon inj.").is_none());
        assert!(c.resolve("Metadon injeksjon").is_none());
        // A misspelt form word still leaves the name for a person.
        assert!(c.resolve("Metadon mikts 1 mg/ml").is_none());
    }

    #[test]
    fn words_that_tell_products_apart_are_never_dropped() {
        let c = cat();
        // Codeine combinations are never read as plain paracetamol.
        for name in [
            "Pinex forte",
            "Pinex Forte 500 mg/30 mg",
            "Paracet comp",
            "PARALGIN FORTE",
        ] {
            assert_eq!(generic_of(&c, name), "codeine-paracetamol", "{name}");
        }
        assert!(c.resolve("Pinex mite").is_none());
        // A patch, injection or depot never lands on a LAR medication by
        // dropping its form word. Revised (issue 13): a generic name with a
        // route word is the entry of that route, the analgesic patch.
        assert_eq!(
            generic_of(&c, "Buprenorfin plaster 5 µg/h"),
            "buprenorphine-transdermal"
        );
        assert!(c.resolve("Buprenorfin depot 64 mg").is_none());
        assert!(c.resolve("Metadon injeksjon").is_none());
        assert_eq!(generic_of(&c, "Buvidal 64 mg depot"), "buprenorphine-depot");
        // Words that are not strengths or forms keep the name unresolved.
        assert!(c.resolve("Sobril ved behov").is_none());
    }

    #[test]
    fn a_misspelling_is_not_resolved_by_guesswork() {
        let c = cat();
        for name in [
            "Stesolidd",
            "Stesolidd 5 mg",
            "Kvetiapinn",
            "Sertralinn",
            "Paracett",
        ] {
            assert!(c.resolve(name).is_none(), "{name} must not resolve");
        }
        assert!(c.resolve("mg").is_none());
        assert!(c.resolve("25 mg tablett").is_none());
        assert!(c.resolve("hydroklorid").is_none());
    }

    #[test]
    fn an_unlisted_atc_code_resolves_to_its_group_classes() {
        let c = cat();
        let d = c.resolve("N05BA99").expect("an unlisted N05BA code");
        assert!(d.has_class(DrugClass::Benzodiazepine));
        assert!(d.explains_substance("benzodiazepines"));
        assert!(d.lar.is_none() && d.mme_factor.is_none());
        assert_eq!(d.generic, "benzodiazepine, ATC group N05BA");
        let o = c.resolve("n02aa99").expect("an unlisted N02AA code");
        assert!(o.has_class(DrugClass::Opioid) && o.has_class(DrugClass::FullOpioidAgonist));
        assert!(!o.has_class(DrugClass::Benzodiazepine));
        assert!(
            c.resolve("N05CF99")
                .unwrap()
                .has_class(DrugClass::ZHypnotic)
        );
        // A listed code still gives its own entry; a code outside every
        // class group is not guessed.
        assert_eq!(generic_of(&c, "N05BA04"), "oxazepam");
        assert!(c.resolve("A02BC99").is_none());
        // Disulfiram (N07BB01) is listed, with no class: not an antagonist.
        let disulfiram = c.resolve("N07BB01").expect("disulfiram is listed");
        assert_eq!(disulfiram.generic, "disulfiram");
        assert!(
            disulfiram.classes.is_empty(),
            "disulfiram is not an antagonist"
        );
        assert!(c.resolve("N05BA").is_none(), "a group code is not a drug");
    }

    #[test]
    fn suggestions_name_one_substance_only() {
        let c = cat();
        let s = c.suggest("Stesolidd", 3);
        assert_eq!(s.first().map(String::as_str), Some("Stesolid"));
        for n in &s {
            assert_eq!(generic_of(&c, n), "diazepam", "{n}");
        }
        for q in ["Paracet", "Paracett", "Parace", "paracet 500"] {
            let s = c.suggest(q, 5);
            assert!(!s.iter().any(|n| n == "Parnate"), "{q}: {s:?}");
            let atcs: HashSet<&str> = s
                .iter()
                .map(|n| c.resolve(n).unwrap().atc.as_str())
                .collect();
            assert!(atcs.len() <= 1, "{q}: {s:?}");
        }
        // Every near miss of every catalogue name suggests one substance.
        for d in c.entries() {
            for name in d.names() {
                let s = c.suggest(&format!("{name}q"), 5);
                let atcs: HashSet<&str> = s
                    .iter()
                    .map(|n| c.resolve(n).unwrap().atc.as_str())
                    .collect();
                assert!(atcs.len() <= 1, "{name}q: {s:?}");
            }
        }
        // A far-off word suggests nothing.
        assert!(c.suggest("Fantasiol", 3).is_empty());
    }

    #[test]
    fn a_tie_between_two_substances_suggests_nothing() {
        let c = Catalogue::from_toml(
            "[[drug]]\ngeneric = \"abcdef\"\natc = \"A01AA01\"\n\n[[drug]]\ngeneric = \"abcdeg\"\natc = \"A01AA02\"\n",
            "t",
        )
        .unwrap();
        assert!(c.suggest("abcdex", 3).is_empty());
        assert_eq!(c.suggest("abcdefx", 3), ["abcdef"]);
    }

    #[test]
    fn a_very_long_name_is_read_without_a_suggestion_search() {
        // No wall-clock limit here (a timed test fails on a loaded machine);
        // the cost is measured in benches/resolve.rs. What keeps these
        // inputs linear is checked instead: no name longer than the
        // suggestion policy's longest word is ever compared for "did you
        // mean", and the reading itself still finds the brand in the noise.
        let c = cat();
        for name in [
            "x".repeat(100_000),
            format!("Sobril {}", "1".repeat(99_993)),
            format!("Sobril {}", "10 mg ".repeat(16_666)),
            "ab ".repeat(33_333),
            format!("{} Sobril", "mg ".repeat(33_000)),
            "N05BA99".repeat(14_285),
        ] {
            let _ = c.resolve(&name);
            assert!(c.suggest(&name, 3).is_empty(), "{}", &name[..20]);
            let _ = c.search(&name);
        }
        assert_eq!(
            generic_of(&c, &format!("Sobril {}", "10 mg ".repeat(16_666))),
            "oxazepam"
        );
    }

    #[test]
    fn levenshtein_basics() {
        assert_eq!(levenshtein("", ""), 0);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("abc", ""), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("sobirl", "sobril"), 2);
        assert_eq!(levenshtein("ærø", "aro"), 2);
        assert_eq!(levenshtein("Sobril", "sobril"), 1);
    }

    #[test]
    fn class_names_match_serde() {
        #[derive(Deserialize)]
        struct W {
            c: DrugClass,
        }
        let unique: HashSet<_> = DrugClass::ALL.iter().collect();
        assert_eq!(unique.len(), 16);
        for class in DrugClass::ALL {
            let w: W = toml::from_str(&format!("c = \"{}\"", class.as_str())).unwrap();
            assert_eq!(w.c, class);
            assert_eq!(
                DrugClass::from_name(&class.to_string().to_uppercase()),
                Some(class)
            );
        }
        assert_eq!(DrugClass::from_name("benzo"), None);
    }

    #[test]
    fn inducers_and_inhibitors_act_on_the_pathways_of_each_lar_family() {
        // rules.md INT007/INT008 (revised 2026-12-01).
        let c = cat();
        let d = |n: &str| c.resolve(n).unwrap_or_else(|| panic!("{n} resolves"));
        let (m, b, s) = (
            LarFamily::MethadoneFamily,
            LarFamily::BuprenorphineFamily,
            LarFamily::MorphineSr,
        );
        // Weak inhibitors fire nothing.
        assert!(
            LarFamily::ALL
                .iter()
                .all(|f| !d("Zoloft").inhibits_family(*f))
        );
        // Ciprofloxacin: named in the methadone SmPC, not for buprenorphine.
        assert!(d("ciprofloxacin").inhibits_family(m));
        assert!(!d("ciprofloxacin").inhibits_family(b));
        // Fluvoxamine counts for both; nothing inhibits morphine's pathway.
        assert!(d("Fevarin").inhibits_family(m) && d("Fevarin").inhibits_family(b));
        assert!(d("Klacid").inhibits_family(b) && !d("Klacid").inhibits_family(s));
        // Morphine: only inducers of glucuronidation (rifampicin).
        assert!(d("Rimactan").induces_family(s));
        assert!(!d("Tegretol").induces_family(s));
        assert!(d("Tegretol").induces_family(m) && d("Tegretol").induces_family(b));
        // Ritonavir lowers methadone (CYP2B6 induction), raises buprenorphine.
        assert!(d("ritonavir").induces_family(m) && !d("ritonavir").induces_family(b));
        assert!(d("ritonavir").inhibits_family(b));
        // Every inducer and inhibitor says what it acts on (build checks it).
        for e in c.entries() {
            if e.has_class(DrugClass::EnzymeInhibitor) {
                assert!(!e.inhibits.is_empty() || !e.inhibitor_named_in.is_empty());
            }
            if e.has_class(DrugClass::EnzymeInducer) {
                assert!(!e.induces.is_empty() || !e.inducer_named_in.is_empty());
            }
        }
    }

    #[test]
    fn interaction_data_needs_its_class_and_the_class_needs_data() {
        let mut c = cat();
        let no_data = r#"
            [[drug]]
            generic = "inhibitol"
            atc = "J05AE99"
            classes = ["enzyme-inhibitor"]
        "#;
        let e = c.overlay(no_data, "x.toml").unwrap_err().to_string();
        assert!(e.contains("needs `inhibits`"), "{e}");
        let no_class = r#"
            [[drug]]
            generic = "inducol"
            atc = "J05AE98"
            induces = ["cyp3a4"]
        "#;
        let e = c.overlay(no_class, "x.toml").unwrap_err().to_string();
        assert!(e.contains("need the class enzyme-inducer"), "{e}");
        let bad = r#"
            [[drug]]
            generic = "inhibitol"
            atc = "J05AE99"
            classes = ["enzyme-inhibitor"]
            inhibits = { cyp3a4 = "huge" }
        "#;
        assert!(c.overlay(bad, "x.toml").is_err());
    }

    #[test]
    fn overlay_replaces_and_adds() {
        let mut c = cat();
        let before = c.entries().len();
        let overlay = r#"
            [[drug]]
            generic = "Oxazepam"
            brands = ["Sobril", "Oxa Local"]
            atc = "N05BA04"
            explains = ["oxazepam", "benzodiazepines"]
            note = "local"

            [[drug]]
            generic = "bromazolam"
            brands = ["Street Xanax"]
            atc = "N05BA99"
            explains = ["designer-benzodiazepines", "benzodiazepines"]

            [[class_prefix]]
            atc = "N05BA99"
            classes = ["qt-prolonging"]
        "#;
        c.overlay(overlay, "local.toml").unwrap();
        assert_eq!(c.entries().len(), before + 1);
        let oxa = c.resolve("Oxa Local").unwrap();
        assert_eq!(oxa.note.as_deref(), Some("local"));
        assert!(
            oxa.has_class(DrugClass::Benzodiazepine),
            "prefix class re-derived"
        );
        assert!(
            c.resolve("Alopam").is_none(),
            "replaced entry lost its old brands"
        );
        let new = c.resolve("street xanax 2 mg").unwrap();
        assert_eq!(new.generic, "bromazolam");
        assert_eq!(
            new.classes,
            vec![DrugClass::Benzodiazepine, DrugClass::QtProlonging]
        );
        let designer: Vec<&str> = c
            .explained_by("designer-benzodiazepines")
            .iter()
            .map(|d| d.generic.as_str())
            .collect();
        assert_eq!(designer, vec!["bromazolam", "etizolam"]);
    }

    #[test]
    fn failed_overlay_leaves_the_catalogue_unchanged() {
        let mut c = cat();
        let before = c.entries().len();
        // "Vival" already belongs to diazepam.
        let clash = r#"
            [[drug]]
            generic = "newdrug"
            brands = ["vival"]
            atc = "N05BA99"
        "#;
        let e = c.overlay(clash, "local.toml").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("local.toml") && msg.contains("vival"), "{msg}");
        assert_eq!(c.entries().len(), before);
        assert!(c.resolve("newdrug").is_none());
        assert_eq!(generic_of(&c, "Vival"), "diazepam");

        let twice = r#"
            [[drug]]
            generic = "a"
            atc = "N05BA98"
            [[drug]]
            generic = "A"
            atc = "N05BA99"
        "#;
        assert!(matches!(
            c.overlay(twice, "x.toml"),
            Err(CatalogueError::Invalid { .. })
        ));
    }

    fn rejects(text: &str, needle: &str) {
        match Catalogue::from_toml(text, "bad.toml") {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.contains("bad.toml"), "{msg}");
                assert!(msg.contains(needle), "expected \"{needle}\" in: {msg}");
            }
        }
    }

    #[test]
    fn lar_names_resolve_products_case_insensitively() {
        let c = cat();
        let lar = |n: &str| match c.resolve_lar(n) {
            LarName::Lar { lar, product } => Some((lar, product)),
            _ => None,
        };
        assert_eq!(
            lar("suboxone"),
            Some(("buprenorphine-naloxone", Some("Suboxone")))
        );
        assert_eq!(
            lar("Subutex 8 mg"),
            Some(("buprenorphine", Some("Subutex")))
        );
        assert_eq!(lar("Espranor"), Some(("buprenorphine", Some("Espranor"))));
        assert_eq!(
            lar("Bunalict"),
            Some(("buprenorphine-naloxone", Some("Bunalict")))
        );
        assert_eq!(
            lar("Buvidal"),
            Some(("buprenorphine-depot", Some("Buvidal")))
        );
        assert_eq!(
            lar("Metadon DnE 1 mg/ml"),
            Some(("methadone", Some("Metadon DnE")))
        );
        assert_eq!(
            lar("Metadon Abcur"),
            Some(("methadone", Some("Metadon Abcur")))
        );
        assert_eq!(lar("Levopidon"), Some(("levomethadone", Some("Levopidon"))));
        assert_eq!(
            lar("Substitol"),
            Some(("morphine-sr-24h", Some("Substitol")))
        );
        // Dolcontin is the analgesic as a prescription, 12-hour LAR
        // morphine as the LAR medication.
        assert_eq!(
            lar("DOLCONTIN"),
            Some(("morphine-sr-12h", Some("Dolcontin")))
        );
        assert_eq!(c.resolve("Dolcontin").unwrap().generic, "morphine");
        // The generic name (any case) is the medication, not a product.
        assert_eq!(lar("Methadone"), Some(("methadone", None)));
        assert!(
            matches!(c.resolve_lar("Temgesic"), LarName::NotLar(d) if d.generic == "buprenorphine-analgesic")
        );
        assert!(matches!(c.resolve_lar("Subotex"), LarName::Unknown));
        let d = c.resolve("Temgesic").unwrap();
        assert_eq!(
            c.lar_of_same_substance(d),
            [
                "buprenorphine",
                "buprenorphine-naloxone",
                "buprenorphine-depot"
            ]
        );
    }

    #[test]
    fn plausible_maxima_and_patches() {
        let c = cat();
        let fentanyl = c.resolve("Durogesic").unwrap();
        assert!(fentanyl.transdermal);
        assert!(
            fentanyl
                .max_daily_mg
                .is_some_and(|m| (m - 7.2).abs() < 1e-9)
        );
        assert!(c.resolve("Norspan").unwrap().transdermal);
        assert!(!c.resolve("Temgesic").unwrap().transdermal);
        for d in c.entries() {
            assert_eq!(
                d.max_daily_mg.is_some(),
                d.max_daily_source.is_some(),
                "{}",
                d.generic
            );
            assert!(d.lar.is_none() || d.max_daily_mg.is_none(), "{}", d.generic);
        }
        for name in [
            "Lyrica",
            "Neurontin",
            "Sobril",
            "Stesolid",
            "Imovane",
            "quetiapine",
            "OxyContin",
            "tramadol",
        ] {
            assert!(c.resolve(name).unwrap().max_daily_mg.is_some(), "{name}");
        }
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA04\"\nmax_daily_mg = 0\nmax_daily_source = \"y\"\n",
            "max_daily_mg must be a number above 0",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA04\"\nmax_daily_mg = 5\n",
            "max_daily_source",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA04\"\nmax_daily_source = \"y\"\n",
            "max_daily_source without max_daily_mg",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA04\"\nlar_brands = [\"Y\"]\n",
            "lar_brands is only for a LAR medication",
        );
    }

    #[test]
    fn strict_parsing_rejects_mistakes() {
        // Unknown keys, at every level.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nbenzo = true\n",
            "benzo",
        );
        rejects("colour = 1\n", "colour");
        rejects(
            "[[class_prefix]]\natc = \"N05BA\"\nclasses = [\"benzodiazepine\"]\nnote = \"x\"\n",
            "note",
        );
        assert!(matches!(
            Catalogue::from_toml(
                "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nbenzo = true\n",
                "b"
            ),
            Err(CatalogueError::Parse { .. })
        ));
        // Missing required key.
        rejects("[[drug]]\ngeneric = \"x\"\n", "atc");
        // Unknown class.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nclasses = [\"benzo\"]\n",
            "benzo",
        );
        // Unknown screen substance, with a suggestion.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nexplains = [\"oxazepan\"]\n",
            "did you mean `oxazepam`",
        );
        // Malformed ATC codes.
        rejects("[[drug]]\ngeneric = \"x\"\natc = \"N05BA\"\n", "N05BA");
        rejects("[[drug]]\ngeneric = \"x\"\natc = \"n05ba01\"\n", "n05ba01");
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nformer_atc = [\"N05B\"]\n",
            "former_atc",
        );
        rejects(
            "[[class_prefix]]\natc = \"N05BA0\"\nclasses = [\"benzodiazepine\"]\n",
            "N05BA0",
        );
        rejects(
            "[[class_prefix]]\natc = \"N05BA\"\nclasses = []\n",
            "no classes",
        );
        // Names claimed twice, across and within entries.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nbrands = [\"Foo\"]\n[[drug]]\ngeneric = \"y\"\natc = \"N05BA02\"\nbrands = [\"FOO\"]\n",
            "claimed by both",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nbrands = [\"X\"]\n",
            "listed twice",
        );
        rejects(
            "[[drug]]\ngeneric = \" x\"\natc = \"N05BA01\"\n",
            "whitespace",
        );
        // Morphine equivalents.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N02AA01\"\nmme_factor = 0.0\n",
            "above 0",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N02AA01\"\nmme_factor = -1.0\n",
            "above 0",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N07BC02\"\nlar = \"methadone\"\nmme_factor = 4.7\n",
            "LAR medication",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N02AA01\"\nmme_source = \"me\"\n",
            "without mme_factor",
        );
        // LAR value and rescue flag.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N07BC02\"\nlar = \"metadone\"\n",
            "did you mean `methadone`",
        );
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nrescue_only = true\n",
            "rescue_only",
        );
        // Wrong type.
        rejects(
            "[[drug]]\ngeneric = \"x\"\natc = \"N05BA01\"\nbrands = \"Foo\"\n",
            "brands",
        );
    }

    #[test]
    fn an_empty_file_is_an_empty_catalogue() {
        let c = Catalogue::from_toml("# nothing\n", "empty.toml").unwrap();
        assert!(c.entries().is_empty());
        assert!(c.resolve("Sobril").is_none());
        assert!(c.suggest("Sobril", 3).is_empty());
    }
}
