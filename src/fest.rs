//! `larcheck drugs import-fest FILE`: reads the Norwegian national product
//! register FEST (Forskrivnings- og ekspedisjonsstøtte, published by
//! Direktoratet for medisinske produkter, DMP, under the Norwegian licence
//! for open government data, NLOD) and writes a catalogue overlay for
//! `--drugs`, so a clinic keeps brand names current between releases.
//!
//! The file is the XML extract Norwegian EHRs and pharmacies import
//! (`fest251.xml`, well over 100 MB). It is read as a stream, one event at a
//! time ([`quick_xml`]); only what the overlay needs is kept, so memory
//! grows with the number of products, never with the size of the file.
//!
//! What is read (element names of the FEST M30 schema; the namespaces,
//! `http://www.kith.no/xmlstds/eresept/m30/<date>` for the envelope and
//! `.../eresept/forskrivning/<date>` for the products, change with schema
//! versions, so elements are matched by their local name under a `<FEST>`
//! root):
//!
//! ```text
//! FEST
//!   KatLegemiddelMerkevare/OppfLegemiddelMerkevare
//!     Status V="A"                         (active entry)
//!     LegemiddelMerkevare
//!       Atc V="N05BA12" DN="Alprazolam"    (code, Norwegian name)
//!       Varenavn                           (brand as on the pack)
//!       NavnFormStyrke                     ("Xanor tab 0,5 mg")
//!       LegemiddelformKort V=.. DN="Tablett"
//!       AdministreringLegemiddel/Administrasjonsvei DN="Oral bruk"
//!       SortertVirkestoffMedStyrke/RefVirkestoffMedStyrke   (substance ids)
//!       SortertVirkestoffUtenStyrke/RefVirkestoff
//!   KatVirkestoff/OppfVirkestoff
//!     Virkestoff: Id, Navn, NavnEngelsk
//!     VirkestoffMedStyrke: Id, RefVirkestoff
//! ```
//!
//! How a product becomes overlay data ([`build_overlay`]):
//! - skipped: no ATC code (or not a full 7-character code), a veterinary
//!   code (ATCvet, `Q...`), an entry whose status is not active, or no
//!   brand name;
//! - a brand the catalogue already resolves: nothing to write (matched);
//! - a new brand whose ATC code is an entry's: the brand is added to that
//!   entry, written whole (an overlay replaces an entry whole);
//! - an ATC code no entry has: a new entry for the substance, classed by the
//!   catalogue's `[[class_prefix]]` groups, noted "from FEST, classed by
//!   ATC".
//!
//! Only products: `KatHandelsvare` (consumables, nutrition) is not read.

use crate::vocab::drugs::{Catalogue, DrugClass};
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::BufRead;

/// One `LegemiddelMerkevare` as far as the overlay needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Product {
    /// `Varenavn`: the brand as on the pack.
    pub brand: String,
    /// `NavnFormStyrke`: brand with form and strength.
    pub name_form_strength: String,
    /// `Atc/@V`.
    pub atc: Option<String>,
    /// `Atc/@DN`: the ATC code's Norwegian name.
    pub atc_name: Option<String>,
    /// `LegemiddelformKort/@DN`.
    pub form: Option<String>,
    /// `AdministreringLegemiddel/Administrasjonsvei/@DN`.
    pub routes: Vec<String>,
    /// `RefVirkestoffMedStyrke` and `RefVirkestoff` ids, in order.
    pub substance_refs: Vec<String>,
    /// `Status/@V` of the enclosing `OppfLegemiddelMerkevare`.
    pub status: Option<String>,
    /// How many FEST products this stands for: products that differ only
    /// in strength (same brand, ATC code, form, routes and status) are kept
    /// once, so memory grows with the brands, not with
    /// the file. `NavnFormStyrke` is the first one's.
    pub count: usize,
}

/// What makes two products the same for the overlay.
type ProductKey = (
    String,
    Option<String>,
    Option<String>,
    Vec<String>,
    Option<String>,
);

/// `Virkestoff`: a substance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Substance {
    /// `Navn` (Norwegian).
    pub name: String,
    /// `NavnEngelsk`.
    pub name_en: Option<String>,
}

/// What was read from a FEST file.
#[derive(Debug, Clone, Default)]
pub struct FestData {
    /// `HentetDato`: when the extract was made.
    pub extracted: Option<String>,
    /// Every `LegemiddelMerkevare`, in file order, those that differ only
    /// in strength once (see [`Product::count`]).
    pub products: Vec<Product>,
    /// Dedup index into `products`.
    seen: HashMap<ProductKey, usize>,
    /// `Virkestoff` id -> substance.
    pub substances: HashMap<String, Substance>,
    /// `VirkestoffMedStyrke` id -> its `Virkestoff` id.
    pub strengths: HashMap<String, String>,
}

impl FestData {
    /// The substances of a product, resolved through `VirkestoffMedStyrke`
    /// where the reference is one.
    fn substances_of(&self, p: &Product) -> Vec<&Substance> {
        p.substance_refs
            .iter()
            .filter_map(|r| {
                let id = self.strengths.get(r).unwrap_or(r);
                self.substances.get(id)
            })
            .collect()
    }
}

/// A FEST file that cannot be read: what is wrong and the byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FestError {
    /// What is wrong.
    pub message: String,
    /// 0-based byte offset into the file.
    pub offset: u64,
}

/// The 1-based line and column (in characters) of byte `offset`, read
/// again from `reader` as a stream.
pub fn line_column<R: std::io::Read>(reader: R, offset: u64) -> (usize, usize) {
    use std::io::Read;
    let (mut line, mut column) = (1, 1);
    for b in std::io::BufReader::new(reader).take(offset).bytes() {
        match b {
            Ok(b'\n') => {
                line += 1;
                column = 1;
            }
            // UTF-8 continuation bytes do not start a character.
            Ok(b) if b & 0xC0 == 0x80 => {}
            Ok(_) => column += 1,
            Err(_) => break,
        }
    }
    (line, column)
}

/// Which text is being collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    HentetDato,
    Varenavn,
    NavnFormStyrke,
    SubstanceRef,
    Id,
    Navn,
    NavnEngelsk,
    RefVirkestoff,
}

/// `Virkestoff` or `VirkestoffMedStyrke` being read.
#[derive(Debug, Default)]
struct SubstanceEntry {
    with_strength: bool,
    id: String,
    name: String,
    name_en: String,
    reference: String,
}

/// What the stream reader knows between events.
#[derive(Default)]
struct ReadState {
    data: FestData,
    /// Local names of the open elements.
    stack: Vec<String>,
    root_seen: bool,
    status: Option<String>,
    product: Option<Product>,
    substance: Option<SubstanceEntry>,
    field: Option<Field>,
    text: String,
}

impl ReadState {
    /// An element ends (or an empty one was read).
    fn close(&mut self, name: &str) {
        close(
            name,
            &mut self.field,
            &mut self.text,
            &mut self.product,
            &mut self.substance,
            &mut self.data,
        );
    }
}

/// Reads a FEST file as a stream. Malformed XML, a root other than `<FEST>`
/// and a file that ends inside an element are errors with their offset.
pub fn read<R: BufRead>(input: R) -> Result<FestData, FestError> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut st = ReadState::default();
    loop {
        // Where this event starts (for errors about an element or a
        // reference); the reader's own error position for malformed XML.
        let at = reader.buffer_position();
        let event = reader.read_event_into(&mut buf).map_err(|e| FestError {
            message: format!("malformed XML: {e}"),
            offset: reader.error_position(),
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                start(&mut st, e, matches!(event, Event::Empty(_)), at)?;
            }
            Event::End(ref e) => {
                let name = AsRef::<str>::as_ref(&e.local_name()).to_string();
                st.stack.pop();
                st.close(&name);
            }
            Event::Text(ref t) if st.field.is_some() => st.text.push_str(&t.xml10_content()),
            Event::CData(ref t) if st.field.is_some() => st.text.push_str(&t.xml10_content()),
            Event::GeneralRef(ref r) => general_ref(&mut st, r, at)?,
            Event::Eof => {
                if let Some(open) = st.stack.last() {
                    return Err(FestError {
                        message: format!("malformed XML: the file ends inside <{open}>"),
                        offset: reader.buffer_position(),
                    });
                }
                if !st.root_seen {
                    return Err(FestError {
                        message: "not a FEST file: no <FEST> element".into(),
                        offset: at,
                    });
                }
                break;
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(st.data)
}

/// An element starts (`empty`: and ends) at offset `at`: check the root,
/// open a product or substance entry, mark the field whose text to collect.
fn start(st: &mut ReadState, e: &BytesStart<'_>, empty: bool, at: u64) -> Result<(), FestError> {
    let name = local(e);
    if !st.root_seen {
        if name != "FEST" {
            return Err(FestError {
                message: format!("not a FEST file: the root element is <{name}>, not <FEST>"),
                offset: at,
            });
        }
        st.root_seen = true;
    }
    // The stack is set aside while its top is read as the parent.
    let stack = std::mem::take(&mut st.stack);
    let parent = stack.last().map(String::as_str);
    match (name.as_str(), parent) {
        ("OppfLegemiddelMerkevare", _) => st.status = None,
        ("Status", Some("OppfLegemiddelMerkevare")) => st.status = attr(e, "V"),
        ("LegemiddelMerkevare", Some("OppfLegemiddelMerkevare")) => {
            st.product = Some(Product {
                status: st.status.clone(),
                ..Product::default()
            });
        }
        ("Virkestoff" | "VirkestoffMedStyrke", Some("OppfVirkestoff")) => {
            st.substance = Some(SubstanceEntry {
                with_strength: name == "VirkestoffMedStyrke",
                ..SubstanceEntry::default()
            });
        }
        _ => {}
    }
    // Fields are direct children of their entry only (a
    // product's `AdministreringLegemiddel` has an `Id` too).
    let depth_ok = |entry: &str| parent == Some(entry);
    if let Some(p) = st.product.as_mut() {
        match name.as_str() {
            "Atc" if depth_ok("LegemiddelMerkevare") => {
                p.atc = attr(e, "V");
                p.atc_name = attr(e, "DN");
            }
            "LegemiddelformKort" if depth_ok("LegemiddelMerkevare") => {
                p.form = attr(e, "DN");
            }
            "Administrasjonsvei" if depth_ok("AdministreringLegemiddel") => {
                p.routes.extend(attr(e, "DN"));
            }
            "Varenavn" if depth_ok("LegemiddelMerkevare") => st.field = Some(Field::Varenavn),
            "NavnFormStyrke" if depth_ok("LegemiddelMerkevare") => {
                st.field = Some(Field::NavnFormStyrke)
            }
            "RefVirkestoffMedStyrke" if depth_ok("SortertVirkestoffMedStyrke") => {
                st.field = Some(Field::SubstanceRef)
            }
            "RefVirkestoff" if depth_ok("SortertVirkestoffUtenStyrke") => {
                st.field = Some(Field::SubstanceRef)
            }
            _ => {}
        }
    } else if st.substance.is_some() {
        let entry = if st.substance.as_ref().is_some_and(|s| s.with_strength) {
            "VirkestoffMedStyrke"
        } else {
            "Virkestoff"
        };
        if depth_ok(entry) {
            st.field = match name.as_str() {
                "Id" => Some(Field::Id),
                "Navn" => Some(Field::Navn),
                "NavnEngelsk" => Some(Field::NavnEngelsk),
                // A Virkestoff's RefVirkestoff points at its
                // salts; only VirkestoffMedStyrke's is needed.
                "RefVirkestoff" if entry == "VirkestoffMedStyrke" => Some(Field::RefVirkestoff),
                _ => None,
            };
        }
    } else if name == "HentetDato" && parent == Some("FEST") {
        st.field = Some(Field::HentetDato);
    }
    st.stack = stack;
    st.text.clear();
    if empty {
        st.close(&name);
    } else {
        st.stack.push(name);
    }
    Ok(())
}

/// A character or entity reference: its text, when a field is collected.
fn general_ref(
    st: &mut ReadState,
    r: &quick_xml::events::BytesRef<'_>,
    at: u64,
) -> Result<(), FestError> {
    let c = match r.resolve_char_ref() {
        Ok(Some(c)) => c.to_string(),
        _ => match quick_xml::escape::resolve_predefined_entity(r) {
            Some(s) => s.to_string(),
            None => {
                return Err(FestError {
                    message: format!(
                        "malformed XML: unknown entity or character reference `&{};`",
                        &**r
                    ),
                    offset: at,
                });
            }
        },
    };
    if st.field.is_some() {
        st.text.push_str(&c);
    }
    Ok(())
}

/// An element ends: store the text collected for it and finished entries.
fn close(
    name: &str,
    field: &mut Option<Field>,
    text: &mut String,
    product: &mut Option<Product>,
    substance: &mut Option<SubstanceEntry>,
    data: &mut FestData,
) {
    if let Some(f) = field.take() {
        let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match f {
            Field::HentetDato => data.extracted = Some(value),
            Field::Varenavn => product.iter_mut().for_each(|p| p.brand = value.clone()),
            Field::NavnFormStyrke => product
                .iter_mut()
                .for_each(|p| p.name_form_strength = value.clone()),
            Field::SubstanceRef => product
                .iter_mut()
                .for_each(|p| p.substance_refs.push(value.clone())),
            Field::Id => substance.iter_mut().for_each(|s| s.id = value.clone()),
            Field::Navn => substance.iter_mut().for_each(|s| s.name = value.clone()),
            Field::NavnEngelsk => substance.iter_mut().for_each(|s| s.name_en = value.clone()),
            Field::RefVirkestoff => substance
                .iter_mut()
                .for_each(|s| s.reference = value.clone()),
        }
        text.clear();
    }
    match name {
        "LegemiddelMerkevare" => {
            if let Some(mut p) = product.take() {
                // Not the substance references: those are per strength
                // (VirkestoffMedStyrke); the ATC code names the substance.
                let k = (
                    key(&p.brand),
                    p.atc.clone(),
                    p.form.clone(),
                    p.routes.clone(),
                    p.status.clone(),
                );
                match data.seen.get(&k) {
                    Some(&i) => data.products[i].count += 1,
                    None => {
                        p.count = 1;
                        data.seen.insert(k, data.products.len());
                        data.products.push(p);
                    }
                }
            }
        }
        "Virkestoff" | "VirkestoffMedStyrke" => {
            if let Some(s) = substance.take() {
                if s.with_strength {
                    data.strengths.insert(s.id, s.reference);
                } else {
                    let name_en = (!s.name_en.is_empty()).then_some(s.name_en);
                    data.substances.insert(
                        s.id,
                        Substance {
                            name: s.name,
                            name_en,
                        },
                    );
                }
            }
        }
        _ => {}
    }
}

fn local(e: &BytesStart<'_>) -> String {
    AsRef::<str>::as_ref(&e.local_name()).to_string()
}

/// An attribute's value, unescaped and trimmed; `None` when absent or empty.
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| AsRef::<str>::as_ref(&a.key.local_name()) == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.trim().to_string())
        })
        .filter(|v| !v.is_empty())
}

/// Counts for the summary line on standard error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Products read (`LegemiddelMerkevare`).
    pub read: usize,
    /// Brands the catalogue already resolves.
    pub known: usize,
    /// Brands added to an existing entry of the same ATC code.
    pub added: usize,
    /// Products that make a new entry (classed by ATC).
    pub new_products: usize,
    /// New entries written.
    pub new_entries: usize,
    /// Skipped: no ATC code (or not a full code).
    pub no_atc: usize,
    /// Skipped: veterinary (ATCvet code).
    pub veterinary: usize,
    /// Skipped: status not active, or no brand name.
    pub inactive_or_unnamed: usize,
    /// Skipped: left for a person (see the notes).
    pub left: usize,
}

impl Counts {
    /// Products matched to the catalogue (already known or brand added).
    pub fn matched(&self) -> usize {
        self.known + self.added
    }

    /// Products skipped.
    pub fn skipped(&self) -> usize {
        self.no_atc + self.veterinary + self.inactive_or_unnamed + self.left
    }
}

/// The overlay written and what happened to every product.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// The overlay file (TOML in the format of `config/drugs.toml`).
    pub text: String,
    /// Counts for the summary.
    pub counts: Counts,
    /// One line per product left for a person, and per brand the catalogue
    /// reads differently from FEST.
    pub notes: Vec<String>,
}

/// Where a new brand goes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// An existing entry (its generic name).
    Existing(String),
    /// A new entry for this ATC code.
    New(String),
}

/// A new entry being assembled, one per ATC code.
#[derive(Debug, Default)]
struct NewEntry {
    generic: String,
    atc_name: Option<String>,
    classes: Vec<DrugClass>,
    group: Option<String>,
}

/// A patch product (it needs a transdermal entry: its dose is µg/h).
fn is_patch(p: &Product) -> bool {
    let form = p.form.as_deref().unwrap_or_default().to_lowercase();
    form.contains("plaster")
        || p.routes
            .iter()
            .any(|r| r.to_lowercase().contains("transdermal"))
}

/// The brand of a product: `Varenavn`, or else `NavnFormStyrke` up to its
/// first word that starts with a digit (the strength), without the short
/// form word before it ("Xanor tab 0,5 mg" -> "Xanor").
fn brand_of(p: &Product) -> String {
    if !p.brand.is_empty() {
        return p.brand.clone();
    }
    let mut words: Vec<&str> = p
        .name_form_strength
        .split_whitespace()
        .take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    const FORM_WORDS: &[&str] = &[
        "tab",
        "tabl",
        "kaps",
        "mikst",
        "inj",
        "depottab",
        "smeltetab",
        "sublingvaltab",
        "plaster",
        "depotplaster",
        "stikkp",
        "nesespray",
        "dråper",
        "mikstur",
        "tablett",
        "tabletter",
        "kapsel",
        "kapsler",
    ];
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| FORM_WORDS.contains(&w.to_lowercase().trim_end_matches(',')))
    {
        words.pop();
    }
    words.join(" ")
}

fn key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What matching the products found, before anything is written.
#[derive(Default)]
struct Matching {
    counts: Counts,
    notes: Vec<String>,
    /// Brand key -> (brand as written, targets proposed by FEST products).
    proposals: BTreeMap<String, (String, BTreeSet<Target>)>,
    new_entries: BTreeMap<String, NewEntry>,
    product_targets: Vec<(String, Target, usize)>,
}

/// Matches every product against `catalogue` and writes the overlay.
///
/// `source` names the FEST file in the overlay's header. The overlay is
/// checked by laying it over a copy of `catalogue`; an error there is
/// returned as text (it would be a defect of this function).
pub fn build_overlay(
    data: &FestData,
    catalogue: &Catalogue,
    source: &str,
) -> Result<Overlay, String> {
    let mut m = Matching {
        counts: Counts {
            read: data.products.iter().map(|p| p.count).sum(),
            ..Counts::default()
        },
        ..Matching::default()
    };
    for p in &data.products {
        match_product(&mut m, data, catalogue, p);
    }
    rename_clashes(catalogue, &m.proposals, &mut m.new_entries);
    let brands_of = brands_by_target(&m.proposals, &m.new_entries, &mut m.notes);
    let Matching {
        mut counts,
        notes,
        proposals,
        new_entries,
        product_targets,
    } = m;
    for (k, t, n) in &product_targets {
        let ok = proposals.get(k).is_some_and(|(_, ts)| ts.len() == 1);
        match (ok, t) {
            (false, _) => counts.left += n,
            (true, Target::Existing(_)) => counts.added += n,
            (true, Target::New(_)) => counts.new_products += n,
        }
    }

    // Write: changed entries in catalogue order, then new ones by ATC code.
    let mut text = overlay_header(data, source);
    write_existing(&mut text, catalogue, &brands_of)?;
    counts.new_entries += write_new(&mut text, &new_entries, &brands_of)?;

    // The overlay must load exactly as `--drugs` will load it.
    let mut check = catalogue.clone();
    check
        .overlay(&text, "the written overlay")
        .map_err(|e| e.to_string())?;
    Ok(Overlay {
        text,
        counts,
        notes,
    })
}

/// One FEST product: already known, a brand for an entry of its ATC code,
/// a new entry classed by its ATC group, or left for a person (with a note).
fn match_product(m: &mut Matching, data: &FestData, catalogue: &Catalogue, p: &Product) {
    if p.status.as_deref().is_some_and(|s| s != "A") {
        m.counts.inactive_or_unnamed += p.count;
        return;
    }
    let Some(atc) = p.atc.as_deref().map(str::to_ascii_uppercase) else {
        m.counts.no_atc += p.count;
        return;
    };
    // ATCvet codes are the human code prefixed with Q.
    if atc.starts_with('Q') {
        m.counts.veterinary += p.count;
        return;
    }
    if !is_atc_code(&atc) {
        m.counts.no_atc += p.count;
        return;
    }
    let brand = brand_of(p);
    if brand.is_empty() {
        m.counts.inactive_or_unnamed += p.count;
        return;
    }
    let shown = if p.name_form_strength.is_empty() {
        brand.clone()
    } else {
        p.name_form_strength.clone()
    };

    // A brand the catalogue already reads (exactly, or with a strength
    // or form): nothing to add. Where the catalogue reads it as another
    // ATC code than FEST gives, say so and leave it: the catalogue's
    // entry was chosen by a person.
    if let Some(d) = catalogue.resolve(&brand)
        && !d.generic.is_empty()
        && catalogue.entries().iter().any(|e| e.generic == d.generic)
    {
        m.counts.known += p.count;
        if d.atc != atc && !d.former_atc.contains(&atc) {
            m.notes.push(format!(
                "{shown}: FEST gives ATC {atc}, the catalogue reads \"{brand}\" as {} ({}); left as it is",
                d.generic, d.atc
            ));
        }
        return;
    }

    let same_code: Vec<_> = {
        let current: Vec<_> = catalogue
            .entries()
            .iter()
            .filter(|e| e.atc == atc)
            .collect();
        if current.is_empty() {
            catalogue
                .entries()
                .iter()
                .filter(|e| e.former_atc.contains(&atc))
                .collect()
        } else {
            current
        }
    };
    if !same_code.is_empty() {
        // Several entries share a code where the route changes what the
        // drug does (fentanyl patch vs nasal spray, buprenorphine
        // sublingual vs depot injection). A patch goes only to a
        // transdermal entry, anything else only to a non-transdermal one;
        // when that still leaves more than one entry, or none, the brand
        // is left for a person rather than given another product's
        // conversion factor or LAR meaning.
        //
        // Among the entries that fit, a prescription of a new product is
        // read as the one entry that is not a LAR medication, when there
        // is exactly one (a new morphine brand is the analgesic
        // `morphine`, as Dolcontin is; its LAR meaning goes by
        // `lar_brands`, which a person adds).
        let patch = is_patch(p);
        let mut fit: Vec<_> = same_code
            .iter()
            .filter(|e| e.transdermal == patch)
            .collect();
        let not_lar: Vec<_> = fit.iter().copied().filter(|e| e.lar.is_none()).collect();
        if fit.len() > 1 && not_lar.len() == 1 {
            fit = not_lar;
        }
        if fit.len() == 1 {
            let target = Target::Existing(fit[0].generic.clone());
            propose(&mut m.proposals, &brand, target.clone());
            m.product_targets.push((key(&brand), target, p.count));
        } else {
            m.counts.left += p.count;
            let names: Vec<_> = same_code.iter().map(|e| e.generic.as_str()).collect();
            m.notes.push(format!(
                "{shown}: ATC {atc} is shared by {}; which one \"{brand}\" is ({}) is left for a person",
                names.join(" and "),
                p.form.as_deref().unwrap_or("form not given")
            ));
        }
        return;
    }

    new_substance(m, data, catalogue, p, &atc, &brand, &shown);
}

/// A product of a substance the catalogue does not list: a new entry
/// classed by its ATC group, or left for a person when the group needs
/// pathways FEST does not give.
fn new_substance(
    m: &mut Matching,
    data: &FestData,
    catalogue: &Catalogue,
    p: &Product,
    atc: &str,
    brand: &str,
    shown: &str,
) {
    // A substance the catalogue does not list: classed by its ATC group.
    let group = catalogue.resolve(atc);
    let classes = group.map(|g| g.classes.clone()).unwrap_or_default();
    if classes
        .iter()
        .any(|c| matches!(c, DrugClass::EnzymeInducer | DrugClass::EnzymeInhibitor))
    {
        // An inducer or inhibitor needs its pathways, which FEST does
        // not give: better an unknown drug (DAT001, a person checks)
        // than an inhibitor entry that grades nothing.
        m.counts.left += p.count;
        m.notes.push(format!(
            "{shown}: ATC {atc} is in an enzyme inducer or inhibitor group; it needs its pathways from the SmPC and is left for a person"
        ));
        return;
    }
    let entry = m
        .new_entries
        .entry(atc.to_string())
        .or_insert_with(|| NewEntry {
            generic: generic_for(data, p, atc),
            atc_name: p.atc_name.clone(),
            classes,
            group: group.map(|_| group_prefix(catalogue, atc)),
        });
    if entry.atc_name.is_none() {
        entry.atc_name = p.atc_name.clone();
    }
    let target = Target::New(atc.to_string());
    propose(&mut m.proposals, brand, target.clone());
    m.product_targets.push((key(brand), target, p.count));
}

/// Generic names of new entries must not clash with a catalogue name or
/// with each other; a clash gets the ATC code added ("x (n05ba99)").
fn rename_clashes(
    catalogue: &Catalogue,
    proposals: &BTreeMap<String, (String, BTreeSet<Target>)>,
    new_entries: &mut BTreeMap<String, NewEntry>,
) {
    let mut taken: BTreeSet<String> = catalogue
        .entries()
        .iter()
        .flat_map(|d| d.names().map(key).collect::<Vec<_>>())
        .collect();
    for (atc, e) in new_entries.iter_mut() {
        if taken.contains(&key(&e.generic)) || proposals.contains_key(&key(&e.generic)) {
            e.generic = format!("{} ({})", e.generic, atc.to_lowercase());
        }
        taken.insert(key(&e.generic));
    }
}

/// The brands to add to each target. A brand FEST gives to two different
/// targets (the same Varenavn with two ATC codes) is written to neither.
fn brands_by_target(
    proposals: &BTreeMap<String, (String, BTreeSet<Target>)>,
    new_entries: &BTreeMap<String, NewEntry>,
    notes: &mut Vec<String>,
) -> BTreeMap<Target, Vec<String>> {
    let mut brands_of: BTreeMap<Target, Vec<String>> = BTreeMap::new();
    for (k, (brand, targets)) in proposals {
        if targets.len() > 1 {
            let what: Vec<String> = targets
                .iter()
                .map(|t| match t {
                    Target::Existing(g) => g.clone(),
                    Target::New(a) => format!("a new entry {a}"),
                })
                .collect();
            notes.push(format!(
                "{brand}: FEST gives it to {}; left for a person",
                what.join(" and ")
            ));
            continue;
        }
        let target = targets.iter().next().cloned().expect("one target");
        // A brand equal to the new entry's own generic name adds nothing.
        if let Target::New(atc) = &target
            && new_entries.get(atc).is_some_and(|e| key(&e.generic) == *k)
        {
            brands_of.entry(target).or_default();
            continue;
        }
        brands_of.entry(target).or_default().push(brand.clone());
    }
    brands_of
}

/// The overlay's header: what wrote it, from what, under which licence.
fn overlay_header(data: &FestData, source: &str) -> String {
    let mut text = String::new();
    text.push_str(
        "# larcheck drug catalogue overlay (format of config/drugs.toml), for --drugs.\n",
    );
    text.push_str(&format!(
        "# Written by `larcheck drugs import-fest` from {source}{}.\n",
        data.extracted
            .as_deref()
            .map(|d| format!(" (FEST extract of {d})"))
            .unwrap_or_default()
    ));
    text.push_str(
        "# Source: FEST, Direktoratet for medisinske produkter (DMP), under the Norwegian\n",
    );
    text.push_str(
        "# licence for open government data (NLOD). Entries below replace the embedded\n",
    );
    text.push_str(
        "# entry of the same generic name whole; new entries are classed by ATC group.\n",
    );
    text
}

/// Catalogue entries that get brands, in catalogue order, whole.
fn write_existing(
    text: &mut String,
    catalogue: &Catalogue,
    brands_of: &BTreeMap<Target, Vec<String>>,
) -> Result<(), String> {
    for d in catalogue.entries() {
        let Some(added) = brands_of.get(&Target::Existing(d.generic.clone())) else {
            continue;
        };
        if added.is_empty() {
            continue;
        }
        let Some(mut table) = catalogue.entry_toml(&d.generic) else {
            continue;
        };
        let mut brands: Vec<toml::Value> = table
            .get("brands")
            .and_then(|b| b.as_array())
            .cloned()
            .unwrap_or_default();
        let mut sorted = added.clone();
        sorted.sort_by_key(|b| key(b));
        brands.extend(sorted.iter().map(|b| toml::Value::String(b.clone())));
        table.insert("brands".into(), toml::Value::Array(brands));
        text.push_str(&format!(
            "\n# {}: brands added from FEST: {}\n",
            d.generic,
            sorted.join(", ")
        ));
        text.push_str(&drug_table(table)?);
    }
    Ok(())
}

/// New entries by ATC code; how many were written.
fn write_new(
    text: &mut String,
    new_entries: &BTreeMap<String, NewEntry>,
    brands_of: &BTreeMap<Target, Vec<String>>,
) -> Result<usize, String> {
    let mut written = 0;
    for (atc, e) in new_entries {
        let mut brands = brands_of
            .get(&Target::New(atc.clone()))
            .cloned()
            .unwrap_or_default();
        if brands.is_empty() && !brands_of.contains_key(&Target::New(atc.clone())) {
            continue;
        }
        written += 1;
        brands.sort_by_key(|b| key(b));
        let mut table = toml::Table::new();
        table.insert("generic".into(), e.generic.clone().into());
        table.insert(
            "brands".into(),
            toml::Value::Array(brands.into_iter().map(toml::Value::String).collect()),
        );
        table.insert("atc".into(), atc.clone().into());
        if !e.classes.is_empty() {
            table.insert(
                "classes".into(),
                toml::Value::Array(
                    e.classes
                        .iter()
                        .map(|c| toml::Value::String(c.as_str().to_string()))
                        .collect(),
                ),
            );
        }
        let fest_name = e
            .atc_name
            .as_deref()
            .map(|n| format!(" (ATC name {n})"))
            .unwrap_or_default();
        let note = match &e.group {
            Some(g) => format!(
                "from FEST{fest_name}, classed by ATC: group {g} ({})",
                e.classes
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => {
                format!("from FEST{fest_name}, classed by ATC: no interaction class for its group")
            }
        };
        table.insert("note".into(), note.into());
        text.push('\n');
        text.push_str(&drug_table(table)?);
    }

    Ok(written)
}

fn propose(
    proposals: &mut BTreeMap<String, (String, BTreeSet<Target>)>,
    brand: &str,
    target: Target,
) {
    proposals
        .entry(key(brand))
        .or_insert_with(|| (brand.to_string(), BTreeSet::new()))
        .1
        .insert(target);
}

/// One `[[drug]]` table as TOML text: `generic`, `brands` and `atc` first,
/// as in `config/drugs.toml`, then the other keys in name order.
fn drug_table(table: toml::Table) -> Result<String, String> {
    const FIRST: [&str; 3] = ["generic", "brands", "atc"];
    let mut out = String::from("[[drug]]\n");
    let rest = table.keys().filter(|k| !FIRST.contains(&k.as_str()));
    let mut keys: Vec<&String> = rest.collect();
    keys.sort();
    for k in FIRST.iter().copied().chain(keys.iter().map(|k| k.as_str())) {
        let Some(v) = table.get(k) else { continue };
        // Display writes a string quoted and escaped, an array or a table
        // inline.
        out.push_str(&format!("{k} = {}\n", v.to_string().trim()));
    }
    // The text must read back as the same table.
    let back: toml::Table = toml::from_str(&out).map_err(|e| e.to_string())?;
    let same = back
        .get("drug")
        .and_then(|d| d.as_array())
        .and_then(|a| a.first())
        .and_then(|t| t.as_table())
        == Some(&table);
    if !same {
        return Err(format!("the entry {out} does not read back as written"));
    }
    Ok(out)
}

/// The generic name of a new entry: the substance's English name in FEST
/// (one substance), else the ATC code's name as FEST gives it, lower case.
fn generic_for(data: &FestData, p: &Product, atc: &str) -> String {
    let subs = data.substances_of(p);
    let name = match subs.as_slice() {
        [s] => s.name_en.clone().unwrap_or_else(|| s.name.clone()),
        _ => p.atc_name.clone().unwrap_or_else(|| atc.to_string()),
    };
    key(&name)
}

/// The longest `[[class_prefix]]` code `atc` falls under (for the note).
fn group_prefix(catalogue: &Catalogue, atc: &str) -> String {
    (1..=atc.len())
        .rev()
        .map(|n| &atc[..n])
        .find(|p| catalogue.class_prefixes().any(|c| c == *p))
        .unwrap_or(atc)
        .to_string()
}

/// A 7-character ATC code: letter, 2 digits, 2 letters, 2 digits.
fn is_atc_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[0].is_ascii_uppercase()
        && b[1..3].iter().all(u8::is_ascii_digit)
        && b[3..5].iter().all(u8::is_ascii_uppercase)
        && b[5..7].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::drugs::{Pathway, Strength};

    const SAMPLE: &str = include_str!("../tests/data/fest-sample.xml");

    /// A FEST file holding `products` (each an `OppfLegemiddelMerkevare`).
    fn fest(products: &[String]) -> String {
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<FEST xmlns="http://www.kith.no/xmlstds/eresept/m30/2014-12-01">
<HentetDato>2026-11-28T03:11:43</HentetDato>
<KatLegemiddelMerkevare>{}</KatLegemiddelMerkevare>
</FEST>"#,
            products.concat()
        )
    }

    /// One product: ATC code (or none), Varenavn and LegemiddelformKort.
    fn product(atc: Option<&str>, brand: &str, form: &str) -> String {
        let atc = atc
            .map(|a| format!(r#"<Atc V="{a}" S="2.16.578.1.12.4.1.1.7180" DN="Navn {a}"/>"#))
            .unwrap_or_default();
        format!(
            r#"<OppfLegemiddelMerkevare><Id>ID_1</Id><Status V="A" DN="Aktiv oppføring"/>
<LegemiddelMerkevare xmlns="http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01">{atc}
<NavnFormStyrke>{brand} 1 mg</NavnFormStyrke><LegemiddelformKort V="1" DN="{form}"/>
<AdministreringLegemiddel><Administrasjonsvei V="53" DN="Oral bruk"/><Id>ID_X</Id></AdministreringLegemiddel>
<Id>ID_2</Id><Varenavn>{brand}</Varenavn></LegemiddelMerkevare></OppfLegemiddelMerkevare>"#
        )
    }

    const CATALOGUE: &str = r#"
[[class_prefix]]
atc = "N05BA"
classes = ["benzodiazepine"]

[[class_prefix]]
atc = "N05CF"
classes = ["z-hypnotic"]

[[class_prefix]]
atc = "J01FA"
classes = ["enzyme-inhibitor"]

[[drug]]
generic = "oxazepam"
brands = ["Sobril"]
atc = "N05BA04"
classes = ["benzodiazepine"]

[[drug]]
generic = "fentanyl"
brands = ["Durogesic"]
atc = "N02AB03"
transdermal = true
mme_factor = 100.0
mme_source = "table"

[[drug]]
generic = "fentanyl-nasal"
brands = ["Instanyl"]
atc = "N02AB03"

[[drug]]
generic = "fentanyl-buccal"
brands = ["Effentora"]
atc = "N02AB03"

[[drug]]
generic = "clarithromycin"
brands = ["Klacid"]
atc = "J01FA09"
classes = ["enzyme-inhibitor"]
inhibits = { cyp3a4 = "strong" }
max_daily_mg = 1000.0
max_daily_source = "SmPC"
note = "a note"

[[drug]]
generic = "zopiclone"
brands = ["Imovane"]
atc = "N05CF01"
classes = ["z-hypnotic"]
"#;

    fn catalogue() -> Catalogue {
        Catalogue::from_toml(CATALOGUE, "test catalogue").unwrap()
    }

    fn overlay(products: &[String]) -> Overlay {
        let data = read(fest(products).as_bytes()).unwrap();
        build_overlay(&data, &catalogue(), "test.xml").unwrap()
    }

    fn with_overlay(o: &Overlay) -> Catalogue {
        let mut c = catalogue();
        c.overlay(&o.text, "overlay").unwrap();
        c
    }

    #[test]
    fn reads_the_sample_in_the_real_schema() {
        let d = read(SAMPLE.as_bytes()).unwrap();
        assert_eq!(d.extracted.as_deref(), Some("2026-11-28T03:11:43"));
        // Products only: the package (Legemiddelpakning) and the
        // consumable (Handelsvare) are not products.
        assert_eq!(d.products.len(), 7);
        let p = &d.products[0];
        assert_eq!(p.brand, "Etizolam Abcur");
        assert_eq!(p.name_form_strength, "Etizolam Abcur tab 1 mg");
        assert_eq!(p.atc.as_deref(), Some("N05BA19"));
        assert_eq!(p.atc_name.as_deref(), Some("Etizolam"));
        assert_eq!(p.form.as_deref(), Some("Tablett"));
        assert_eq!(p.routes, vec!["Oral bruk".to_string()]);
        assert_eq!(p.status.as_deref(), Some("A"));
        let subs = d.substances_of(p);
        assert_eq!(subs.len(), 1);
        assert_eq!(subs[0].name_en.as_deref(), Some("Etizolam"));
        assert_eq!(d.products[4].atc, None, "Natriumklorid has no ATC");
        assert!(is_patch(&d.products[6]));
        assert!(!is_patch(p));
    }

    #[test]
    fn malformed_xml_gives_its_position() {
        let text = "<FEST>\n  <KatLegemiddelMerkevare>\n  </Kat>\n</FEST>";
        let e = read(text.as_bytes()).unwrap_err();
        assert!(e.message.starts_with("malformed XML"), "{}", e.message);
        let (line, column) = line_column(text.as_bytes(), e.offset);
        assert_eq!((line, column), (3, 3), "{e:?}");
    }

    #[test]
    fn a_file_that_ends_inside_an_element_or_is_not_fest_is_an_error() {
        let e = read("<FEST><KatLegemiddelMerkevare>".as_bytes()).unwrap_err();
        assert!(
            e.message.contains("ends inside <KatLegemiddelMerkevare>"),
            "{}",
            e.message
        );
        let e = read("<?xml version=\"1.0\"?>\n<Other/>".as_bytes()).unwrap_err();
        assert!(e.message.contains("not a FEST file"), "{}", e.message);
        assert_eq!(
            line_column("<?xml version=\"1.0\"?>\n<Other/>".as_bytes(), e.offset),
            (2, 1)
        );
        let e = read("".as_bytes()).unwrap_err();
        assert!(e.message.contains("no <FEST>"), "{}", e.message);
    }

    #[test]
    fn references_in_text_are_resolved() {
        let p = product(Some("N05BA99"), "B&amp;B Sm&#248;rbr&#xF8;d", "Tablett");
        let d = read(fest(&[p]).as_bytes()).unwrap();
        assert_eq!(d.products[0].brand, "B&B Smørbrød");
        let bad = product(Some("N05BA99"), "X &nope; Y", "Tablett");
        assert!(read(fest(&[bad]).as_bytes()).is_err());
    }

    #[test]
    fn reading_is_a_stream_not_a_whole_document() {
        // A reader that hands out a few bytes at a time reads the same.
        let small = std::io::BufReader::with_capacity(7, SAMPLE.as_bytes());
        let d = read(small).unwrap();
        assert_eq!(d.products.len(), 7);
        assert_eq!(d.products[3].brand, "Sonata");
    }

    #[test]
    fn strengths_of_one_brand_are_kept_once_and_counted() {
        let a = product(Some("N05BA19"), "Etilaam", "Tablett");
        let b = a.replace("Etilaam 1 mg", "Etilaam 2 mg");
        let d = read(fest(&[a.clone(), b]).as_bytes()).unwrap();
        assert_eq!(d.products.len(), 1);
        assert_eq!(d.products[0].count, 2);
        let o = build_overlay(&d, &catalogue(), "t.xml").unwrap();
        assert_eq!((o.counts.read, o.counts.new_products), (2, 2));
        // Another form is another product.
        let c = a.replace(r#"DN="Tablett""#, r#"DN="Mikstur""#);
        assert_eq!(read(fest(&[a, c]).as_bytes()).unwrap().products.len(), 2);
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("abc".as_bytes(), 0), (1, 1));
        assert_eq!(line_column("ab\ncd".as_bytes(), 4), (2, 2));
        assert_eq!(line_column("ø\nøx".as_bytes(), 5), (2, 2));
    }

    #[test]
    fn the_brand_falls_back_to_the_name_without_form_and_strength() {
        let p = Product {
            name_form_strength: "Xanor Depot depottab 0,5 mg".into(),
            ..Product::default()
        };
        assert_eq!(brand_of(&p), "Xanor Depot");
        let p = Product {
            name_form_strength: "Sobril tab 10 mg".into(),
            ..Product::default()
        };
        assert_eq!(brand_of(&p), "Sobril");
    }

    #[test]
    fn a_known_brand_is_matched_and_writes_nothing() {
        let o = overlay(&[product(Some("N05BA04"), "Sobril", "Tablett")]);
        assert_eq!(o.counts.known, 1);
        assert_eq!(o.counts.matched(), 1);
        assert!(!o.text.contains("[[drug]]"), "{}", o.text);
    }

    #[test]
    fn a_new_brand_is_added_to_the_entry_of_its_code_written_whole() {
        // Invented brand names: a generic name with a maker's name
        // ("Klaritromycin Mylan") is already read by the resolver and needs
        // no overlay.
        let o = overlay(&[product(Some("J01FA09"), "Klarimax", "Tablett")]);
        assert_eq!(o.counts.added, 1);
        let c = with_overlay(&o);
        let d = c.resolve("Klarimax").unwrap();
        assert_eq!(d.generic, "clarithromycin");
        // Everything else of the entry is kept.
        assert!(d.brands.contains(&"Klacid".to_string()));
        assert_eq!(d.inhibits, vec![(Pathway::Cyp3a4, Strength::Strong)]);
        assert_eq!(d.max_daily_mg, Some(1000.0));
        assert_eq!(d.note.as_deref(), Some("a note"));
        assert!(
            o.text
                .contains("# clarithromycin: brands added from FEST: Klarimax")
        );
    }

    #[test]
    fn an_unknown_substance_is_classed_by_its_atc_group() {
        let o = overlay(&[
            product(Some("N05BA19"), "Etizolam Abcur", "Tablett"),
            product(Some("N05BA19"), "Etilaam", "Tablett"),
            product(Some("A02BC05"), "Nexium", "Enterotablett"),
        ]);
        assert_eq!(o.counts.new_products, 3);
        assert_eq!(o.counts.new_entries, 2);
        let c = with_overlay(&o);
        let d = c.resolve("Etilaam").unwrap();
        assert_eq!(d.atc, "N05BA19");
        assert_eq!(d.generic, "navn n05ba19");
        assert!(d.has_class(DrugClass::Benzodiazepine));
        assert_eq!(c.resolve("Etizolam Abcur").unwrap().generic, d.generic);
        assert!(d.note.as_deref().unwrap().contains("from FEST"));
        assert!(
            d.note
                .as_deref()
                .unwrap()
                .contains("classed by ATC: group N05BA")
        );
        // Outside every group: known, with no interaction class.
        let n = c.resolve("Nexium").unwrap();
        assert!(n.classes.is_empty());
        assert!(n.note.as_deref().unwrap().contains("no interaction class"));
    }

    #[test]
    fn an_unknown_inducer_or_inhibitor_is_left_for_a_person() {
        let o = overlay(&[product(Some("J01FA10"), "Zitromax", "Tablett")]);
        assert_eq!(o.counts.left, 1);
        assert!(o.notes[0].contains("left for a person"), "{:?}", o.notes);
        assert!(with_overlay(&o).resolve("Zitromax").is_none());
    }

    #[test]
    fn the_route_decides_between_entries_that_share_a_code() {
        let o = overlay(&[
            product(Some("N02AB03"), "Fentaplast", "Depotplaster"),
            product(Some("N02AB03"), "Nasofent", "Nesespray, oppløsning"),
        ]);
        // The patch goes to the one transdermal entry; the spray could be
        // the nasal or the buccal entry, so it is left for a person.
        assert_eq!(o.counts.added, 1);
        assert_eq!(o.counts.left, 1);
        let c = with_overlay(&o);
        assert_eq!(c.resolve("Fentaplast").unwrap().generic, "fentanyl");
        assert!(c.resolve("Nasofent").is_none());
        assert!(
            o.notes.iter().any(|n| n.contains("Nasofent")),
            "{:?}",
            o.notes
        );
    }

    #[test]
    fn a_new_brand_of_a_code_shared_with_lar_entries_goes_to_the_one_that_is_not_lar() {
        let cat = r#"
[[drug]]
generic = "morphine"
brands = ["Dolcontin"]
atc = "N02AA01"

[[drug]]
generic = "morphine-sr-24h"
brands = ["Kapanol"]
atc = "N02AA01"
lar = "morphine-sr-24h"

[[drug]]
generic = "buprenorphine"
brands = ["Subutex"]
atc = "N07BC01"
lar = "buprenorphine"

[[drug]]
generic = "buprenorphine-depot"
brands = ["Buvidal"]
atc = "N07BC01"
lar = "buprenorphine-depot"
"#;
        let c = Catalogue::from_toml(cat, "t").unwrap();
        let d = read(
            fest(&[
                product(Some("N02AA01"), "Morfimax", "Injeksjonsvæske"),
                product(Some("N07BC01"), "Bupremax", "Sublingvaltablett"),
            ])
            .as_bytes(),
        )
        .unwrap();
        let o = build_overlay(&d, &c, "t.xml").unwrap();
        let mut c2 = c.clone();
        c2.overlay(&o.text, "o").unwrap();
        assert_eq!(c2.resolve("Morfimax").unwrap().generic, "morphine");
        // Two LAR entries: which one is for a person to say.
        assert!(c2.resolve("Bupremax").is_none());
        assert_eq!((o.counts.added, o.counts.left), (1, 1));
    }

    #[test]
    fn a_brand_fest_gives_two_codes_goes_to_neither() {
        let o = overlay(&[
            product(Some("N05BA04"), "Duo", "Tablett"),
            product(Some("N05CF01"), "Duo", "Tablett"),
        ]);
        assert_eq!(o.counts.left, 2);
        assert!(with_overlay(&o).resolve("Duo").is_none());
    }

    #[test]
    fn skipped_products_are_counted_by_reason() {
        let mut inactive = product(Some("N05BA04"), "Gammel", "Tablett");
        inactive = inactive.replace(r#"<Status V="A""#, r#"<Status V="U""#);
        let o = overlay(&[
            product(None, "Natriumklorid", "Infusjonsvæske"),
            product(Some("QN05CM91"), "Domitor vet", "Injeksjonsvæske"),
            product(Some("N05BA"), "Gruppe", "Tablett"),
            inactive,
        ]);
        assert_eq!(o.counts.read, 4);
        assert_eq!(o.counts.no_atc, 2);
        assert_eq!(o.counts.veterinary, 1);
        assert_eq!(o.counts.inactive_or_unnamed, 1);
        assert_eq!(o.counts.skipped(), 4);
    }

    #[test]
    fn a_new_generic_name_never_replaces_an_existing_entry() {
        // FEST names the code "Oxazepam" like the catalogue's entry of
        // another code: the new entry must not replace it.
        let p = product(Some("N05BA98"), "Nyzepam", "Tablett").replace("Navn N05BA98", "Oxazepam");
        let o = overlay(&[p]);
        let c = with_overlay(&o);
        assert_eq!(c.resolve("Sobril").unwrap().atc, "N05BA04");
        assert_eq!(c.resolve("Nyzepam").unwrap().generic, "oxazepam (n05ba98)");
    }

    #[test]
    fn the_overlay_is_deterministic() {
        let a = read(SAMPLE.as_bytes()).unwrap();
        let c = Catalogue::embedded();
        let x = build_overlay(&a, &c, "s.xml").unwrap().text;
        let y = build_overlay(&read(SAMPLE.as_bytes()).unwrap(), &c, "s.xml")
            .unwrap()
            .text;
        assert_eq!(x, y);
    }
}
