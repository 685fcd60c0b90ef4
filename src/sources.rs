//! The sources register: every source key that larcheck cites, with its
//! full reference (`config/sources.toml`, embedded).
//!
//! A citation is the `source` of a rule in the registry, the comment after a
//! value in `config/default.toml`, or the `mme_source` of a catalogue entry.
//! It is a list of items separated by `;` (and `,` between keys), each item a
//! register key or alias, optionally followed by a remark (`AU-MISS scaled
//! 2:1`, `N10-8.6: judge the dose ...`, `KRANTZ (500 ms)`), or the words
//! `local default` for a number with no published source. [`cited`] reads a
//! citation and names the register entries it cites; the unit tests below
//! hold every citation in the product to that, and forbid internal documents
//! (spec files, research notes, issue trackers) as sources.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The embedded register.
pub const EMBEDDED: &str = include_str!("../config/sources.toml");

/// The words that cite no published source.
pub const LOCAL_DEFAULT: &str = "local default";

/// One published source.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The short key used in citations (`N10-13.3`).
    pub key: String,
    /// Other spellings accepted in citations (`NO-GL-2010 §13.3`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What the source is, in a few words.
    pub title: String,
    /// The larger work it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Publishing organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Authors (journal papers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<String>,
    /// Year of publication or of the version read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Chapter, section or table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// A public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Source type label (NO-GL-2010, SmPC, Other-GL, ...).
    pub kind: String,
    /// Status and caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why an entry no citation uses yet is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncited: Option<String>,
}

impl Source {
    /// `publisher` or `authors`, whichever is given.
    pub fn by(&self) -> Option<&str> {
        self.publisher.as_deref().or(self.authors.as_deref())
    }

    /// The title in `lang`: the register's English, or the message
    /// `source-KEY-title` (`source-n10-13-3-title`) where the language has
    /// one (a Norwegian source's own title in Norwegian).
    pub fn title_in(&self, lang: crate::i18n::Lang) -> String {
        if lang == crate::i18n::Lang::En {
            return self.title.clone();
        }
        let id = self.title_id();
        match crate::i18n::text(lang, &id, None) {
            t if t == id => self.title.clone(),
            t => t,
        }
    }

    /// The message id of the title in other languages: `source-` and the
    /// key in lower case, every character but a letter or digit a hyphen,
    /// then `-title`.
    pub fn title_id(&self) -> String {
        let key: String = self
            .key
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        format!("source-{key}-title")
    }

    /// One line: title, document, section, by, year, address.
    pub fn reference(&self) -> String {
        self.reference_in(crate::i18n::Lang::En)
    }

    /// [`Source::reference`] with the title in `lang`.
    pub fn reference_in(&self, lang: crate::i18n::Lang) -> String {
        let mut parts = vec![self.title_in(lang)];
        if let Some(d) = &self.document {
            parts.push(d.clone());
        }
        if let Some(s) = &self.section {
            parts.push(s.clone());
        }
        if let Some(b) = self.by() {
            parts.push(b.to_string());
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        if let Some(u) = &self.url {
            parts.push(u.clone());
        }
        parts.join(". ")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegister {
    #[serde(default)]
    source: Vec<Source>,
}

/// The register.
#[derive(Debug, Clone)]
pub struct Register {
    entries: Vec<Source>,
}

impl Register {
    /// Parses a register file; keys and aliases must be unique
    /// (case-insensitive) and `local default` is never a key.
    pub fn from_toml(text: &str) -> Result<Register, String> {
        let raw: RawRegister = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut seen = std::collections::HashSet::new();
        for s in &raw.source {
            for name in std::iter::once(&s.key).chain(&s.aliases) {
                let n = name.trim().to_lowercase();
                if n.is_empty() || n.starts_with(LOCAL_DEFAULT) {
                    return Err(format!("source `{}`: `{name}` cannot be a key", s.key));
                }
                if !seen.insert(n) {
                    return Err(format!("source `{}`: `{name}` is used twice", s.key));
                }
            }
            if s.title.trim().is_empty() {
                return Err(format!("source `{}` has no title", s.key));
            }
        }
        Ok(Register {
            entries: raw.source,
        })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Source] {
        &self.entries
    }

    /// The entry with this key or alias (trimmed, case-insensitive).
    pub fn get(&self, key: &str) -> Option<&Source> {
        let k = key.trim();
        self.entries.iter().find(|s| {
            s.key.eq_ignore_ascii_case(k) || s.aliases.iter().any(|a| a.eq_ignore_ascii_case(k))
        })
    }

    /// The entry whose key or alias `item` starts with, longest first, when
    /// the name is followed by the end, a space, `(`, `:` or `,`.
    fn leading(&self, item: &str) -> Option<(&Source, usize)> {
        let lower = item.to_lowercase();
        let mut best: Option<(&Source, usize)> = None;
        for s in &self.entries {
            for name in std::iter::once(&s.key).chain(&s.aliases) {
                let n = name.to_lowercase();
                if lower.starts_with(&n)
                    && lower[n.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == ' ' || c == '(' || c == ':' || c == ',')
                    && best.is_none_or(|(_, l)| n.len() > l)
                {
                    best = Some((s, n.len()));
                }
            }
        }
        best
    }

    /// The entries a citation cites, in order, without repeats. An item that
    /// is neither `local default` nor starts with a known key is an error
    /// naming it.
    pub fn cited(&self, citation: &str) -> Result<Vec<&Source>, String> {
        let mut out: Vec<&Source> = Vec::new();
        for item in split_top(citation, ';') {
            let mut rest = item.trim();
            if rest.is_empty() {
                return Err(format!("empty item in `{citation}`"));
            }
            if rest.to_lowercase().starts_with(LOCAL_DEFAULT) {
                continue;
            }
            // Keys separated by commas: `FK-SUBUTEX, FK-SUBOXONE (SmPC NO)`.
            loop {
                let Some((s, len)) = self.leading(rest) else {
                    return Err(format!(
                        "`{rest}` in `{citation}` is not a key of the sources register"
                    ));
                };
                if !out.iter().any(|o| o.key == s.key) {
                    out.push(s);
                }
                let after = rest[len..].trim_start();
                match after.strip_prefix(',') {
                    Some(next) if self.leading(next.trim_start()).is_some() => {
                        rest = next.trim_start();
                    }
                    _ => break,
                }
            }
        }
        Ok(out)
    }

    /// Up to `n` keys nearest to `word` (for "did you mean"), by the one
    /// suggestion policy ([`crate::suggest`]); equally near keys in
    /// alphabetical order.
    pub fn nearest_keys(&self, word: &str, n: usize) -> Vec<&str> {
        let mut keys: Vec<&str> = self.entries.iter().map(|s| s.key.as_str()).collect();
        keys.sort_unstable();
        crate::suggest::ranked(word.trim(), keys)
            .into_iter()
            .take(n)
            .map(|(_, k)| k)
            .collect()
    }
}

/// The Fluent id of a citation's note in other languages: `note-` and the
/// English words in lower case, every run of other characters one hyphen
/// (`last 4 weeks` → `note-last-4-weeks`). English needs no message: the
/// note is the English.
pub fn note_id(note: &str) -> String {
    crate::i18n::slug_id("note", note)
}

/// One item of a citation cut into what is kept as written (the keys, or
/// `local default`), how the note is opened (` (`, `: `, ` `), the note
/// and how it is closed (`)` or nothing).
struct Item<'a> {
    lead: &'a str,
    local: bool,
    open: &'a str,
    note: &'a str,
    close: &'a str,
}

/// Cuts a trimmed item; `None` when it names no key and is not `local
/// default` (shown as written).
fn item(text: &str) -> Option<Item<'_>> {
    let (lead, local) = if text.to_lowercase().starts_with(LOCAL_DEFAULT) {
        (&text[..LOCAL_DEFAULT.len()], true)
    } else {
        // Keys separated by commas: `FK-SUBUTEX, FK-SUBOXONE (SmPC NO)`.
        let reg = register();
        let mut end = reg.leading(text)?.1;
        loop {
            let after = &text[end..];
            let Some(next) = after.trim_start().strip_prefix(',') else {
                break;
            };
            let next = next.trim_start();
            match reg.leading(next) {
                Some((_, len)) => end = text.len() - next.len() + len,
                None => break,
            }
        }
        (&text[..end], false)
    };
    let rest = &text[lead.len()..];
    let body = rest.trim_start();
    let (open, note, close) = if let Some(inner) = body
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .filter(|inner| balanced(inner))
    {
        (&rest[..rest.len() - inner.len() - 1], inner, ")")
    } else if let Some(after) = body.strip_prefix(':') {
        let note = after.trim_start();
        (&rest[..rest.len() - note.len()], note, "")
    } else {
        (&rest[..rest.len() - body.len()], body, "")
    };
    Some(Item {
        lead,
        local,
        open,
        note: note.trim_end(),
        close,
    })
}

/// Whether no `)` in `text` closes a `(` before it (`a (b) c`, not `a) (b`).
fn balanced(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The notes of a citation, in order (`N10-8.2 (ECG may follow the start)`
/// → `ECG may follow the start`).
pub fn notes(citation: &str) -> Vec<&str> {
    split_top(citation, ';')
        .into_iter()
        .filter_map(|i| item(i.trim()))
        .map(|i| i.note)
        .filter(|n| !n.is_empty())
        .collect()
}

/// A citation as a person reads it in `lang`: the keys as written, each
/// note in the language's words (the message [`note_id`]) and `local
/// default` in its words; a note the language does not have (a clinic's own
/// `--config` comment) is shown as written. The JSON `source` stays the
/// citation itself.
pub fn cite(citation: &str, lang: crate::i18n::Lang) -> String {
    if lang == crate::i18n::Lang::En {
        return citation.to_string();
    }
    let items: Vec<String> = split_top(citation, ';')
        .into_iter()
        .map(|raw| {
            let text = raw.trim();
            let Some(i) = item(text) else {
                return raw.to_string();
            };
            let lead = if i.local {
                crate::tr!(lang, "cmd-local-default")
            } else {
                i.lead.to_string()
            };
            let note = match i.note {
                "" => String::new(),
                n => {
                    let id = note_id(n);
                    match crate::i18n::text(lang, &id, None) {
                        t if t == id => n.to_string(),
                        t => t,
                    }
                }
            };
            let space = &raw[..raw.len() - raw.trim_start().len()];
            let tail = &raw[raw.trim_end().len()..];
            format!("{space}{lead}{}{note}{}{tail}", i.open, i.close)
        })
        .collect();
    items.join(";")
}

/// Splits at `sep` outside parentheses.
fn split_top(text: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == sep && depth <= 0 => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// The embedded register (parsed once).
///
/// # Panics
/// Only if the embedded file is invalid, which the unit tests rule out.
pub fn register() -> &'static Register {
    static R: OnceLock<Register> = OnceLock::new();
    R.get_or_init(|| {
        Register::from_toml(EMBEDDED)
            .expect("the embedded config/sources.toml is valid (caught by the sources unit tests)")
    })
}

/// Words that show a citation names an internal document (the spec, the
/// research notes, an issue tracker) rather than a published source.
pub fn internal_document(text: &str) -> Option<&'static str> {
    const INTERNAL: &[&str] = &[
        ".md",
        "spec/",
        "reference/",
        "issue",
        "github.com",
        "cqf-ruler",
    ];
    let lower = text.to_lowercase();
    if let Some(w) = INTERNAL.iter().find(|w| lower.contains(*w)) {
        return Some(w);
    }
    // An issue-tracker reference such as `#22`.
    let b = lower.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'#' && w[1].is_ascii_digit())
        .then_some("#NN (an issue tracker)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn reg() -> &'static Register {
        register()
    }

    /// The trailing `# ...` comments of `key = value` lines of the embedded
    /// defaults: `(line, comment)`.
    fn config_citations() -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, line) in crate::config::DEFAULT_TOML.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || t.starts_with('[') {
                continue;
            }
            // A ` #` outside a quoted string starts the comment.
            let mut in_str = false;
            let mut cut = None;
            for (j, c) in t.char_indices() {
                match c {
                    '"' => in_str = !in_str,
                    '#' if !in_str => {
                        cut = Some(j);
                        break;
                    }
                    _ => {}
                }
            }
            if let Some(j) = cut {
                out.push((i + 1, t[j + 1..].trim().to_string()));
            } else {
                out.push((i + 1, String::new()));
            }
        }
        out
    }

    /// Every citation in the product: `(where, citation)`.
    fn all_citations() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for r in crate::rules::registry::RULES {
            out.push((format!("registry {}", r.code), r.source.to_string()));
        }
        for (line, c) in config_citations() {
            out.push((format!("config/default.toml line {line}"), c));
        }
        for d in crate::vocab::drugs::Catalogue::embedded().entries() {
            if let Some(s) = &d.mme_source {
                out.push((format!("config/drugs.toml {}", d.generic), s.clone()));
            }
            if let Some(s) = &d.max_daily_source {
                out.push((format!("config/drugs.toml {} max", d.generic), s.clone()));
            }
        }
        // The catalogue's own sources: its header line `# cites: KEY; KEY`.
        for (i, line) in crate::vocab::drugs::EMBEDDED.lines().enumerate() {
            if let Some(keys) = line.strip_prefix("# cites:") {
                out.push((
                    format!("config/drugs.toml line {}", i + 1),
                    keys.trim().into(),
                ));
            }
        }
        out
    }

    #[test]
    fn the_embedded_register_parses_and_every_entry_is_complete() {
        let r = reg();
        assert!(r.entries().len() > 40);
        for s in r.entries() {
            assert!(!s.title.is_empty(), "{}", s.key);
            assert!(
                s.by().is_some() || s.document.is_some(),
                "{} names no publisher",
                s.key
            );
            assert!(
                [
                    "NO-GL-2022",
                    "NO-GL-2010",
                    "NO-GL-PREG",
                    "NO-REG",
                    "NO-other",
                    "SmPC",
                    "Other-GL",
                    "Other"
                ]
                .contains(&s.kind.as_str()),
                "{}: kind {}",
                s.key,
                s.kind
            );
            if let Some(u) = &s.url {
                assert!(
                    u.starts_with("http://") || u.starts_with("https://"),
                    "{}: {u}",
                    s.key
                );
            }
        }
    }

    #[test]
    fn every_cited_key_is_registered() {
        let r = reg();
        let mut bad = Vec::new();
        for (place, c) in all_citations() {
            if c.trim().is_empty() {
                bad.push(format!(
                    "{place}: no source (write a key or `local default`)"
                ));
                continue;
            }
            if let Err(e) = r.cited(&c) {
                bad.push(format!("{place}: {e}"));
            }
        }
        assert!(
            bad.is_empty(),
            "citations not in config/sources.toml:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn every_registered_key_is_cited() {
        let r = reg();
        let mut used = BTreeSet::new();
        for (_, c) in all_citations() {
            for s in r.cited(&c).unwrap_or_default() {
                used.insert(s.key.clone());
            }
        }
        let unused: Vec<&str> = r
            .entries()
            .iter()
            .filter(|s| s.uncited.is_none())
            .map(|s| s.key.as_str())
            .filter(|k| !used.contains(*k))
            .collect();
        assert!(
            unused.is_empty(),
            "registered but never cited (cite it, remove it, or say why in `uncited`): {unused:?}"
        );
        // An entry marked uncited that is cited after all loses the mark.
        let marked: Vec<&str> = r
            .entries()
            .iter()
            .filter(|s| s.uncited.is_some() && used.contains(&s.key))
            .map(|s| s.key.as_str())
            .collect();
        assert!(marked.is_empty(), "cited but marked `uncited`: {marked:?}");
    }

    #[test]
    fn no_internal_document_is_ever_a_source() {
        let mut bad = Vec::new();
        for (place, c) in all_citations() {
            if let Some(w) = internal_document(&c) {
                bad.push(format!("{place}: `{c}` cites an internal document ({w})"));
            }
        }
        for s in reg().entries() {
            let text = format!(
                "{} {} {} {}",
                s.key,
                s.title,
                s.document.as_deref().unwrap_or(""),
                s.section.as_deref().unwrap_or("")
            );
            if let Some(w) = internal_document(&text) {
                bad.push(format!("register {}: {w}", s.key));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn internal_documents_are_recognised() {
        for c in [
            "pickup.md",
            "N10-9.3; pickup.md",
            "safety.md §3d",
            "cqf-ruler#22",
            "see issue 12",
            "rules.md",
        ] {
            assert!(internal_document(c).is_some(), "{c}");
        }
        for c in [
            "N10-13.3",
            "AU-MISS scaled 2:1 (local default)",
            "RELIS-QT (460-470 ms)",
        ] {
            assert!(internal_document(c).is_none(), "{c}");
        }
    }

    #[test]
    fn a_citation_is_shown_with_its_notes_in_the_language() {
        use crate::i18n::Lang;
        for c in ["SERAF (last 4 weeks); local default", "N10-8.2 (anything)"] {
            assert_eq!(cite(c, Lang::En), c);
        }
        assert_eq!(
            notes("SERAF (last 4 weeks); local default; N10-8.6: judge it; X (y)"),
            ["last 4 weeks", "judge it"]
        );
        assert_eq!(
            notes("AU-MISS scaled 2:1 (local default); FK-SUBUTEX, FK-SUBOXONE (SmPC NO)"),
            ["scaled 2:1 (local default)", "SmPC NO"]
        );
        assert_eq!(note_id("SmPC NO: \"COWS > 12\""), "note-smpc-no-cows-12");
        assert_eq!(
            cite("SERAF (last 4 weeks); local default", Lang::Nb),
            "SERAF (siste 4 uker); lokal standardverdi"
        );
        // A note the language lacks (a clinic's own comment), and an item
        // that names no key, are shown as written.
        assert_eq!(
            cite("N10-8.2 (our own words);  CLINIC memo", Lang::Nb),
            "N10-8.2 (our own words);  CLINIC memo"
        );
        assert_eq!(
            cite("local default (our own words)", Lang::Nb),
            "lokal standardverdi (our own words)"
        );
    }

    #[test]
    fn citations_are_read_item_by_item() {
        let r = reg();
        let keys = |c: &str| -> Vec<String> {
            r.cited(c).unwrap().iter().map(|s| s.key.clone()).collect()
        };
        assert_eq!(keys("AU-MISS; NO-GL-2010 §13.3"), ["AU-MISS", "N10-13.3"]);
        assert_eq!(
            keys("FK-SUBUTEX, FK-SUBOXONE (SmPC NO: 2-4 mg + one more 2-4 mg)"),
            ["FK-SUBUTEX", "FK-SUBOXONE"]
        );
        assert_eq!(keys("AU-MISS scaled 2:1 (local default)"), ["AU-MISS"]);
        assert_eq!(
            keys("N10-8.6: judge the dose after the induction dose has had time"),
            ["N10-8.6"]
        );
        assert_eq!(
            keys("RELIS-QT (women; 460-470 ms in older texts)"),
            ["RELIS-QT"]
        );
        assert_eq!(keys("RELIS-LEVO, SE-LEVO"), ["RELIS-LEVO", "SE-LEVO"]);
        assert!(keys("local default: half of methadone").is_empty());
        assert_eq!(
            keys("N10-8.2; local default window before the start"),
            ["N10-8.2"]
        );
        // The wording of the spec's source column reads as keys too.
        assert_eq!(
            keys("SmPC Buvidal (limited data in pregnancy)"),
            ["FK-BUVIDAL"]
        );
        assert_eq!(keys("NO-GL-PREG"), ["NO-GL-PREG"]);
        assert_eq!(
            keys("NO-GL-PREG oppbevaring; NO-GL-2022 utlevering"),
            ["P11-OPPB", "N22-UTL"]
        );
        assert_eq!(
            keys("NO-GL-2022 skifte (inpatient is the main rule)"),
            ["N22-SKIFTE"]
        );
        // The longer key wins; a key must end at a word boundary.
        assert_eq!(keys("N10-8.4.2"), ["N10-8.4.2"]);
        assert!(r.cited("N10-8.4.9").is_err());
        assert!(r.cited("pickup.md").is_err());
        assert!(r.cited("AU-MISS; ").is_err());
        assert!(r.cited("AU-MISSING").is_err());
    }

    #[test]
    fn the_guideline_sections_map_to_entries_with_their_section() {
        let r = reg();
        for (alias, key, section) in [
            ("NO-GL-2010 §13.3", "N10-13.3", "13.3"),
            ("NO-GL-2010 §9.3", "N10-9.3", "9.3"),
            ("N10-9 vedlegg 1", "N10-V9", "appendix 1"),
            ("NO-GL-2010 §7.2.2", "N10-7.2.2", "7.2.2"),
        ] {
            let s = r.get(alias).unwrap_or_else(|| panic!("{alias}"));
            assert_eq!(s.key, key);
            assert!(
                s.section.as_deref().unwrap_or("").contains(section),
                "{key}"
            );
            assert!(s.url.is_some(), "{key}");
        }
        assert!(r.get("local default").is_none());
        assert_eq!(r.get("n10-13.3").unwrap().key, "N10-13.3");
    }

    #[test]
    fn keys_are_unique_and_local_default_is_not_a_key() {
        let twice = "[[source]]\nkey = \"A\"\ntitle = \"t\"\nkind = \"Other\"\n\n[[source]]\nkey = \"a\"\ntitle = \"t\"\nkind = \"Other\"\n";
        assert!(Register::from_toml(twice).unwrap_err().contains("twice"));
        let local = "[[source]]\nkey = \"local default\"\ntitle = \"t\"\nkind = \"Other\"\n";
        assert!(Register::from_toml(local).is_err());
        let unknown = "[[source]]\nkey = \"A\"\ntitle = \"t\"\nkind = \"Other\"\nsection_x = 1\n";
        assert!(Register::from_toml(unknown).is_err());
    }

    #[test]
    fn nearest_keys_suggest_close_spellings() {
        let r = reg();
        assert_eq!(r.nearest_keys("AU-MIS", 3).first(), Some(&"AU-MISS"));
        assert!(r.nearest_keys("N10-13.4", 3).contains(&"N10-13.3"));
        assert!(r.nearest_keys("completely different", 3).is_empty());
        assert!(r.nearest_keys(&"x".repeat(100_000), 3).is_empty());
    }
}
