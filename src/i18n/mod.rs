//! The language of what a person reads (issue 18): English or Norwegian
//! bokmål, chosen by `--lang`, else `LARCHECK_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`: `nb`, `nn` or `no` is Norwegian), else
//! English.
//!
//! Texts are Project Fluent messages (`locales/LANG/*.ftl`, embedded), with
//! named placeholders and plural rules; a message is looked up with
//! [`tr!`]. Codes, JSON keys and enum values (`critical`, `tighten`,
//! `re-induce`) are never translated: scripts read them. Numbers and dates
//! that a person reads are formatted before they reach a message
//! ([`Lang::decimal`], [`Lang::date`]): Norwegian text writes "2,5 mg" and
//! "20.11.2026"; JSON keeps JSON numbers and ISO dates.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// A language larcheck writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
}

/// The message files: one per area, the same names in every language.
/// `vocab` holds the words every area uses; each rule family has its own
/// file (`missed.ftl` holds MIS001-MIS004's messages, suggestions and, in
/// the languages other than English, the texts of their declarations).
macro_rules! message_files {
    ($($name:literal),+ $(,)?) => {
        const EN: &[(&str, &str)] = &[$((
            concat!("en/", $name, ".ftl"),
            include_str!(concat!("../../locales/en/", $name, ".ftl")),
        )),+];
        const NB: &[(&str, &str)] = &[$((
            concat!("nb/", $name, ".ftl"),
            include_str!(concat!("../../locales/nb/", $name, ".ftl")),
        )),+];
    };
}

message_files!(
    "vocab",
    "output",
    "pickup",
    "dose",
    "missed",
    "switch",
    "taper",
    "screens",
    "benzo",
    "interactions",
    "overdose",
    "qtc",
    "data",
    "errors",
    "commands",
    "sources",
    "timeline",
    "chart",
    "schedule",
    "fhir",
    "plan",
);

impl Lang {
    /// Every language, English first (the one a missing message falls
    /// back to; a test keeps the two complete).
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nb];

    /// The language asked for: `flag` (`--lang`), else `LARCHECK_LANG`,
    /// else the locale, else English.
    pub fn choose(flag: Option<Lang>) -> Lang {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        flag.or_else(|| var("LARCHECK_LANG").and_then(|v| Lang::named(&v)))
            .or_else(|| {
                // POSIX order: the first of these that is set decides.
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .find_map(|k| var(k))
                    .map(|v| Lang::of_locale(&v))
            })
            .unwrap_or_default()
    }

    /// `en` or `nb` (also `no`, `nn`, `nb-NO`, any case).
    pub fn named(s: &str) -> Option<Lang> {
        let l = s.trim().to_ascii_lowercase();
        match l.split(['-', '_', '.']).next().unwrap_or("") {
            "en" => Some(Lang::En),
            "nb" | "nn" | "no" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// The language of a locale name (`nb_NO.UTF-8`, `C`, `en_GB`):
    /// Norwegian for `nb`, `nn` and `no`, English otherwise.
    pub fn of_locale(s: &str) -> Lang {
        Lang::named(s).unwrap_or(Lang::En)
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The message files of this language.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => EN,
            Lang::Nb => NB,
        }
    }

    /// A number as a person reads it: at most `places` decimals, trailing
    /// zeros dropped, a decimal comma in Norwegian ("2,5").
    pub fn decimal(self, x: f64, places: usize) -> String {
        let mut s = format!("{x:.places$}");
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        match self {
            Lang::En => s,
            Lang::Nb => s.replace('.', ","),
        }
    }

    /// A date as a person reads it: ISO in English (as the reports have
    /// always written it), day.month.year in Norwegian.
    pub fn date(self, d: chrono::NaiveDate) -> String {
        match self {
            Lang::En => d.to_string(),
            Lang::Nb => d.format("%d.%m.%Y").to_string(),
        }
    }
}

/// The words every area uses (`locales/*/vocab.ftl`): numbers, dates and
/// the names of the case format's things, in the language. English names
/// are the code's own spellings; another language looks up `KIND-NAME`
/// (`med-methadone`, `substance-cocaine`) and falls back to English.
impl Lang {
    /// A dose as a person reads it: rounded to 0.001 mg, no trailing zeros,
    /// a decimal comma in Norwegian ("40", "2,5", "0,25").
    pub fn mg(self, x: f64) -> String {
        let s = crate::report::mg(x);
        match self {
            Lang::En => s,
            Lang::Nb => s.replace('.', ","),
        }
    }

    /// A run of days: `2026-11-16 to 2026-11-19`, `16.11.2026–19.11.2026`;
    /// a single day is its date.
    pub fn span(self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        if from == to {
            self.date(from)
        } else {
            crate::tr!(self, "span", from = self.date(from), to = self.date(to))
        }
    }

    /// `today`, `1 day ago`, `5 days ago`.
    pub fn ago(self, days: i64) -> String {
        crate::tr!(self, "ago", days = days)
    }

    /// Items joined with the language's "and": `a and b and c` (as the
    /// English reports have always joined them).
    pub fn and(self, items: &[impl AsRef<str>]) -> String {
        let sep = format!(" {} ", crate::tr!(self, "and"));
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&sep)
    }

    /// A LAR medication by name: `slow-release morphine (24 h)`,
    /// `depotmorfin (24 t)`.
    pub fn medication(self, m: crate::case::Medication) -> String {
        self.name("med", m.as_str(), || m.to_string())
    }

    /// A screen substance: `cocaine`, `kokain`; a name outside the
    /// vocabulary as it is.
    pub fn substance(self, s: &str) -> String {
        self.name("substance", s, || s.to_string())
    }

    /// A drug class: `benzodiazepine`, `benzodiazepin`.
    pub fn class(self, c: crate::vocab::drugs::DrugClass) -> String {
        self.name("class", c.as_str(), || c.as_str().to_string())
    }

    /// A severity as a person reads it: `critical`, `kritisk`.
    pub fn severity(self, s: crate::config::Severity) -> String {
        self.name("severity", s.as_str(), || s.as_str().to_string())
    }

    /// A fixed English phrase of the code (the words `drugs` prints for
    /// the medications a rule applies to, how a name was read) in this
    /// language: the message [`slug_id`]`("phrase", english)`, else the
    /// English.
    pub fn phrase(self, english: &str) -> String {
        if self == Lang::En {
            return english.to_string();
        }
        lookup(self, &slug_id("phrase", english), None).unwrap_or_else(|| english.to_string())
    }

    /// `KIND-NAME` in this language, or the English words.
    fn name(self, kind: &str, key: &str, english: impl FnOnce() -> String) -> String {
        if self == Lang::En {
            return english();
        }
        let id = format!("{kind}-{key}");
        match lookup(self, &id, None) {
            Some(t) => t,
            None => english(),
        }
    }
}

/// The Fluent id of an English phrase in the other languages: `prefix`,
/// then the words in lower case, every run of other characters one hyphen
/// (`slug_id("note", "last 4 weeks")` is `note-last-4-weeks`).
pub fn slug_id(prefix: &str, english: &str) -> String {
    let mut id = String::from(prefix);
    let mut gap = true;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            gap = false;
        } else {
            gap = true;
        }
    }
    id
}

/// Where each message and term is in its file (`build.rs` reads the files
/// once, at build time): `(id, file, start, end)` sorted by id, and
/// `(file, start, end)`.
mod table {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// The messages of `lang` ([`table`]).
fn messages_of(lang: Lang) -> &'static [(&'static str, &'static str, u32, u32)] {
    match lang {
        Lang::En => table::EN_MESSAGES,
        Lang::Nb => table::NB_MESSAGES,
    }
}

/// The terms of `lang` ([`table`]).
fn terms_of(lang: Lang) -> &'static [(&'static str, u32, u32)] {
    match lang {
        Lang::En => table::EN_TERMS,
        Lang::Nb => table::NB_TERMS,
    }
}

/// The text of the message file `file` of `lang` (`en/pickup.ftl`).
fn file_text(lang: Lang, file: &str) -> &'static str {
    lang.sources()
        .iter()
        .find(|(name, _)| *name == file)
        .map_or("", |(_, text)| text)
}

/// The Fluent text of message `i` of `lang` alone: the terms of its file,
/// then the message. A message may use its file's terms, never another
/// message (tested: `every_message_formats_on_its_own`).
fn message_text(lang: Lang, i: usize) -> String {
    let (_, file, start, end) = messages_of(lang)[i];
    let text = file_text(lang, file);
    let range = |s: u32, e: u32| text.get(s as usize..e as usize).unwrap_or("");
    let mut out = String::new();
    for &(_, s, e) in terms_of(lang).iter().filter(|t| t.0 == file) {
        out.push_str(range(s, e));
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str(range(start, end));
    out
}

/// The bundle of message `i` of `lang`, parsed on its first use: a run
/// parses only the messages it writes (parsing whole message files for a
/// few of their messages was most of a one-case run's rules; issue 16),
/// and a run that never writes Norwegian parses none of it. The embedded
/// files are tested to parse, so a problem here is a build defect: the
/// message is then missing (English fills in) rather than stopping a check.
fn message_bundle(lang: Lang, i: usize) -> &'static FluentBundle<FluentResource> {
    type Bundles = Vec<OnceLock<Box<FluentBundle<FluentResource>>>>;
    static B: [OnceLock<Bundles>; 2] = [OnceLock::new(), OnceLock::new()];
    let all = B[lang as usize]
        .get_or_init(|| messages_of(lang).iter().map(|_| OnceLock::new()).collect());
    all[i].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around placeholders: the terminal
        // filter would show them as escapes, and JSON must not carry them.
        b.set_use_isolating(false);
        let res = match FluentResource::try_new(message_text(lang, i)) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = b.add_resource(res);
        Box::new(b)
    })
}

/// The message `id` in `lang` with `args`; English when `lang` lacks it,
/// and the id itself when no language has it (a test rules both out).
pub fn text(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    lookup(lang, id, args)
        .or_else(|| lookup(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` in `lang` alone.
fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let i = messages_of(lang).binary_search_by_key(&id, |m| m.0).ok()?;
    let b = message_bundle(lang, i);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

/// A message in a language: `tr!(lang, "summary-findings", critical = 2)`.
/// Numbers are passed as numbers (they choose the plural form), text as
/// text; a number a person reads with decimals is formatted first with
/// [`Lang::decimal`].
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::text($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($lang, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
