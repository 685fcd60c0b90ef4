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

/// The message files of one language, in the order they are read.
const EN: &[(&str, &str)] = &[("en/output.ftl", include_str!("../../locales/en/output.ftl"))];
const NB: &[(&str, &str)] = &[("nb/output.ftl", include_str!("../../locales/nb/output.ftl"))];

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

/// A language's parsed bundle, built on its first message: a run that
/// never writes Norwegian never parses it.
fn bundle_of(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static B: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];
    B[lang as usize].get_or_init(|| bundle(lang))
}

/// One language's bundle. The embedded files are tested to parse, so a
/// problem here is a build defect: it is skipped (English then fills in)
/// rather than stopping a check.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeholders: the terminal filter
    // would show them as escapes, and JSON must not carry them.
    b.set_use_isolating(false);
    for (_, text) in lang.sources() {
        let res = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = b.add_resource(res);
    }
    b
}

/// The message `id` in `lang` with `args`; English when `lang` lacks it,
/// and the id itself when no language has it (a test rules both out).
pub fn text(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for lang in [lang, Lang::En] {
        let b = bundle_of(lang);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
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
