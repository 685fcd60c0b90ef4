//! Parameters: the embedded `config/default.toml`, layered with `--config`.
//!
//! Each layer is a TOML table merged key by key over the ones before it
//! (arrays of tables are replaced whole), then the result is read into the
//! typed [`Settings`] with unknown keys denied. The source of every number is
//! the comment after it in `config/default.toml`; [`Sources`] reads those
//! comments so that `explain` and the findings can cite them, and marks a key
//! that a layer overrode with the file it came from.

use crate::case::Group;
use crate::error::Error;
use crate::i18n::Lang;
use crate::tr;
use std::collections::BTreeMap;
use toml_edit::TableLike;

/// The embedded defaults.
pub const DEFAULT_TOML: &str = include_str!("../../config/default.toml");

/// [`DEFAULT_TOML`] as JSON, and the `# source` comment of each of its keys
/// ([`comment_sources`]), both prepared by `build.rs`: reading them is a
/// fraction of parsing the TOML and its comments at every start (issue 16).
/// Unit tests check that they are what the TOML gives.
const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default.json"));
const DEFAULT_SOURCES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default_sources.json"));

mod layer;
mod params;
use layer::join;
pub use params::*;

/// Where each parameter's number comes from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    by_key: BTreeMap<String, String>,
}

impl Sources {
    /// The source of a dotted key (`dos001.warning_mg.methadone`), or of its
    /// nearest parent that has one.
    pub fn of(&self, key: &str) -> Option<&str> {
        let mut k = key;
        loop {
            if let Some(s) = self.by_key.get(k) {
                return Some(s);
            }
            k = &k[..k.rfind('.')?];
        }
    }

    /// Every key with its source, sorted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_key.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// The parameters in force plus their provenance.
#[derive(Debug, Clone)]
pub struct Config {
    /// Typed parameters.
    pub settings: Settings,
    /// The merged table (for `explain` and `validate --show-config`).
    pub table: toml::Table,
    /// Source of every key.
    pub sources: Sources,
    /// The drug catalogue (embedded `config/drugs.toml` plus `--drugs` layers).
    pub catalogue: crate::vocab::drugs::Catalogue,
    /// Every key (and `--drugs` entry) that differs from the defaults, with
    /// the file that set it; empty with the embedded defaults alone.
    pub overrides: Vec<Override>,
    /// The language the findings are written in (`--lang`; not a
    /// parameter: set by [`crate::load_config`] from the command line).
    pub lang: crate::i18n::Lang,
}

/// One key whose value differs from the embedded defaults (JSON
/// `rules.overrides`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Override {
    /// The dotted key (`dos005.critical_mg.methadone`, `mis001.methadone`
    /// for a replaced table of rows, `drugs.diazepam` for a catalogue entry).
    pub key: String,
    /// The `--config` or `--drugs` file that set it (the last one).
    pub file: String,
    /// The value in force.
    pub value: serde_json::Value,
    /// The embedded default (absent for a drug the catalogue did not have).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    /// Why the value is unsafe, when it was accepted with
    /// `--allow-unsafe-config`.
    #[serde(rename = "unsafe", skip_serializing_if = "Option::is_none")]
    pub unsafe_reason: Option<String>,
}

/// A value that weakens a safety rule: refused unless
/// `--allow-unsafe-config`.
#[derive(Debug, Clone, PartialEq)]
struct Unsafe {
    /// The dotted key.
    key: String,
    /// Why, citing the default's source.
    reason: String,
}

impl Config {
    /// The embedded defaults alone.
    pub fn embedded() -> Config {
        Config::load(&[], &[]).expect("the embedded config/default.toml is valid (tested)")
    }

    /// The defaults with each `(name, text)` layer over them, in order;
    /// a value that weakens a safety rule is refused.
    pub fn load(
        layers: &[(String, String)],
        drug_layers: &[(String, String)],
    ) -> Result<Config, Error> {
        Config::load_with(layers, drug_layers, false)
    }

    /// As [`Config::load`]; with `allow_unsafe` (`--allow-unsafe-config`)
    /// an unsafe value is accepted and marked in [`Config::overrides`].
    pub fn load_with(
        layers: &[(String, String)],
        drug_layers: &[(String, String)],
        allow_unsafe: bool,
    ) -> Result<Config, Error> {
        Config::load_in(layers, drug_layers, allow_unsafe, crate::i18n::Lang::En)
    }

    /// As [`Config::load_with`], a refused layer said in `lang` (the
    /// configuration's own language is set after it has loaded).
    pub fn load_in(
        layers: &[(String, String)],
        drug_layers: &[(String, String)],
        allow_unsafe: bool,
        lang: crate::i18n::Lang,
    ) -> Result<Config, Error> {
        // The embedded drug catalogue is built on a second thread while
        // the settings are read: the two are most of a one-case run.
        let embedded = std::thread::spawn(crate::vocab::drugs::Catalogue::embedded);
        let embedded_err = |e: serde_json::Error| Error::Config {
            path: "<embedded>".into(),
            message: e.to_string(),
        };
        let mut table: toml::Table = serde_json::from_str(DEFAULT_JSON).map_err(embedded_err)?;
        let defaults = table.clone();
        let default_sources = Sources {
            by_key: serde_json::from_str(DEFAULT_SOURCES_JSON).map_err(embedded_err)?,
        };
        let mut sources = default_sources.clone();
        let mut set_by: BTreeMap<String, String> = BTreeMap::new();
        let mut settings: Settings =
            table
                .clone()
                .try_into()
                .map_err(|e: toml::de::Error| Error::Config {
                    path: "<embedded>".into(),
                    message: e.message().to_string(),
                })?;
        for (name, text) in layers {
            let layer: toml::Table = toml::from_str(text).map_err(|e| Error::Config {
                path: name.clone(),
                message: positioned(text, &e),
            })?;
            let mut set = Vec::new();
            let written = layer::Layer::parse(text);
            check_known(
                &table,
                &layer,
                "",
                written.as_ref(),
                written.as_ref().map(|w| w.root() as &dyn TableLike),
                (name, lang),
            )?;
            merge(&mut table, layer, "", &mut set);
            settings = typed(&table).map_err(|(key, message)| Error::Config {
                path: name.clone(),
                message: format!(
                    "{}`{key}`: {message}",
                    written
                        .as_ref()
                        .map(|w| w.at_path(&key))
                        .unwrap_or_default()
                ),
            })?;
            for k in set {
                set_by.insert(k.clone(), name.clone());
                sources.by_key.retain(|old, _| {
                    !(old == &k
                        || old.starts_with(&format!("{k}."))
                        || old.starts_with(&format!("{k}[")))
                });
                sources.by_key.insert(k, format!("set in {name}"));
            }
        }
        let mut unsafe_values = Vec::new();
        validate(&settings, &table, &mut unsafe_values, lang).map_err(|message| Error::Config {
            path: layers
                .last()
                .map(|l| l.0.clone())
                .unwrap_or_else(|| "<embedded>".into()),
            message,
        })?;
        unsafe_values.extend(weakened(
            (&settings, &table),
            &defaults,
            &default_sources,
            lang,
        ));
        let mut overrides = differences(&defaults, &table, "", &|k| file_of(&set_by, k));
        let (catalogue, drug_unsafe, drug_set_by) =
            layered_catalogue(embedded, drug_layers, &mut overrides, lang)?;
        if !allow_unsafe {
            if let Some(u) = unsafe_values.first() {
                let (path, at) = position(layers, &set_by, &u.key, config_at);
                return Err(refusal(lang, path, at, &unsafe_values));
            }
            if let Some(u) = drug_unsafe.first() {
                let (path, at) = position(drug_layers, &drug_set_by, &u.key, drug_at);
                return Err(refusal(lang, path, at, &drug_unsafe));
            }
        }
        for u in unsafe_values.into_iter().chain(drug_unsafe) {
            mark_unsafe(&mut overrides, u);
        }
        Ok(Config {
            settings,
            table,
            sources,
            catalogue,
            overrides,
            lang: crate::i18n::Lang::En,
        })
    }
}

/// A run's catalogue, every safety class its layers remove (unsafe), and
/// which layer set each `drugs.<generic>`.
type Layered = (
    crate::vocab::drugs::Catalogue,
    Vec<Unsafe>,
    BTreeMap<String, String>,
);

/// The catalogue of a run: the embedded one (built on `embedded`'s
/// thread) with each `--drugs` layer over it; the entries a layer changed
/// go into `overrides`.
fn layered_catalogue(
    embedded: std::thread::JoinHandle<crate::vocab::drugs::Catalogue>,
    drug_layers: &[(String, String)],
    overrides: &mut Vec<Override>,
    lang: Lang,
) -> Result<Layered, Error> {
    let embedded = embedded
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    // Without `--drugs` the catalogue is the embedded one, not a copy.
    let (embedded, mut catalogue) = if drug_layers.is_empty() {
        (None, embedded)
    } else {
        (Some(embedded.clone()), embedded)
    };
    let mut drug_set_by: BTreeMap<String, String> = BTreeMap::new();
    for (name, text) in drug_layers {
        catalogue
            .overlay(text, name)
            .map_err(|source| Error::Catalogue {
                path: name.clone(),
                source: Box::new(source),
            })?;
        for g in overlay_generics(text) {
            drug_set_by.insert(format!("drugs.{g}"), name.clone());
        }
    }
    let lost = match &embedded {
        Some(embedded) => {
            overrides.extend(drug_differences(embedded, &catalogue, &drug_set_by));
            catalogue.lost_safety_classes(embedded)
        }
        None => Vec::new(),
    };
    let mut drug_unsafe = Vec::new();
    for (generic, lost) in lost {
        let names: Vec<&str> = lost.iter().map(|c| c.into()).collect();
        drug_unsafe.push(Unsafe {
            key: format!("drugs.{generic}.classes"),
            reason: tr!(
                lang,
                "err-unsafe-classes",
                classes = names.join(", "),
                n = names.len(),
                generic = generic.as_str()
            ),
        });
    }
    Ok((catalogue, drug_unsafe, drug_set_by))
}

/// The error for a refused unsafe value: its position, key and reason.
fn refusal(lang: crate::i18n::Lang, path: String, at: String, all: &[Unsafe]) -> Error {
    let u = &all[0];
    // The others by key, so that one run names every unsafe value.
    let more = match &all[1..] {
        [] => String::new(),
        rest => crate::tr!(
            lang,
            "err-config-also-unsafe",
            keys = rest
                .iter()
                .map(|r| format!("`{}`", r.key))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Error::Config {
        path,
        message: crate::tr!(
            lang,
            "err-config-unsafe",
            at = at,
            key = u.key.as_str(),
            reason = u.reason.as_str(),
            more = more
        ),
    }
}

/// The file that set `key` (or the table or list it is in), from the
/// keys each layer set.
fn file_of(set_by: &BTreeMap<String, String>, key: &str) -> String {
    let mut k = key;
    loop {
        if let Some(f) = set_by.get(k) {
            return f.clone();
        }
        match k.rfind(['.', '[']) {
            Some(i) => k = &k[..i],
            None => return "<embedded>".into(),
        }
    }
}

/// The file that set `key` and `line:column: ` of it there (empty when
/// the key cannot be found as written).
fn position(
    layers: &[(String, String)],
    set_by: &BTreeMap<String, String>,
    key: &str,
    at: fn(&str, &str) -> String,
) -> (String, String) {
    let file = file_of(set_by, key);
    match layers.iter().rev().find(|l| l.0 == file) {
        Some((name, text)) => (name.clone(), at(text, key)),
        None => (
            layers
                .last()
                .map(|l| l.0.clone())
                .unwrap_or_else(|| "<embedded>".into()),
            String::new(),
        ),
    }
}

/// `line:column: ` of a dotted key in a `--config` text, or of its
/// nearest parent that is written there.
fn config_at(text: &str, key: &str) -> String {
    let Some(w) = layer::Layer::parse(text) else {
        return String::new();
    };
    let mut k = key;
    loop {
        let at = w.at_path(k);
        if !at.is_empty() {
            return at;
        }
        match k.rfind(['.', '[']) {
            Some(i) => k = &k[..i],
            None => return String::new(),
        }
    }
}

/// `line:column: ` of `drugs.GENERIC.classes` in a `--drugs` text (the
/// `classes` key of the `[[drug]]` with that generic name, else its
/// `generic` key).
fn drug_at(text: &str, key: &str) -> String {
    let generic = key
        .strip_prefix("drugs.")
        .and_then(|k| k.strip_suffix(".classes"))
        .unwrap_or(key);
    let Ok(t) = toml::from_str::<toml::Table>(text) else {
        return String::new();
    };
    let Some(i) = t.get("drug").and_then(|d| d.as_array()).and_then(|a| {
        a.iter().position(|d| {
            d.get("generic")
                .and_then(|g| g.as_str())
                .is_some_and(|g| g.trim().eq_ignore_ascii_case(generic))
        })
    }) else {
        return String::new();
    };
    let at = config_at(text, &format!("drug[{i}].classes"));
    if at.is_empty() {
        config_at(text, &format!("drug[{i}].generic"))
    } else {
        at
    }
}

/// The generic names a `--drugs` text defines, lower-case.
fn overlay_generics(text: &str) -> Vec<String> {
    let Ok(t) = toml::from_str::<toml::Table>(text) else {
        return Vec::new();
    };
    t.get("drug")
        .and_then(|d| d.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|d| d.get("generic")?.as_str())
                .map(|g| g.trim().to_lowercase())
                .collect()
        })
        .unwrap_or_default()
}

/// Every leaf of `now` that differs from `base` (a list, such as a table
/// of MIS001 rows, is one value), with the file `file` names for it.
fn differences(
    base: &toml::Table,
    now: &toml::Table,
    prefix: &str,
    file: &dyn Fn(&str) -> String,
) -> Vec<Override> {
    let mut out = Vec::new();
    for (k, v) in now {
        let path = join(prefix, k);
        match (base.get(k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(n)) => {
                out.extend(differences(b, n, &path, file))
            }
            (b, v) if !b.is_some_and(|b| same_value(b, v)) => out.push(Override {
                file: file(&path),
                key: path,
                value: serde_json::to_value(v).unwrap_or_default(),
                default: b.map(|b| serde_json::to_value(b).unwrap_or_default()),
                unsafe_reason: None,
            }),
            _ => {}
        }
    }
    out
}

/// Equal values, a whole number equal to the same decimal (`10` and
/// `10.0`) included.
fn same_value(a: &toml::Value, b: &toml::Value) -> bool {
    use toml::Value::{Float, Integer};
    match (a, b) {
        (Integer(i), Float(f)) | (Float(f), Integer(i)) => *i as f64 == *f,
        _ => a == b,
    }
}

/// Every catalogue entry a `--drugs` layer added or changed.
fn drug_differences(
    base: &crate::vocab::drugs::Catalogue,
    now: &crate::vocab::drugs::Catalogue,
    set_by: &BTreeMap<String, String>,
) -> Vec<Override> {
    let old: BTreeMap<String, serde_json::Value> = base
        .entries()
        .iter()
        .map(|d| {
            (
                d.generic.to_lowercase(),
                serde_json::to_value(d).unwrap_or_default(),
            )
        })
        .collect();
    now.entries()
        .iter()
        .filter_map(|d| {
            let g = d.generic.to_lowercase();
            let file = set_by.get(&format!("drugs.{g}"))?;
            let mut value = serde_json::to_value(d).unwrap_or_default();
            let mut default = old.get(&g).cloned();
            if default.as_ref() == Some(&value) {
                return None;
            }
            // A changed entry lists only the fields that changed.
            if let (Some(serde_json::Value::Object(was)), serde_json::Value::Object(is)) =
                (&mut default, &mut value)
            {
                let same: Vec<String> = is
                    .iter()
                    .filter(|(k, v)| was.get(*k) == Some(v))
                    .map(|(k, _)| k.clone())
                    .collect();
                for k in same {
                    was.remove(&k);
                    is.remove(&k);
                }
            }
            Some(Override {
                key: format!("drugs.{}", d.generic),
                file: file.clone(),
                value,
                default,
                unsafe_reason: None,
            })
        })
        .collect()
}

/// Marks the override `u` is about (its key, or the table or list around
/// it) as unsafe.
fn mark_unsafe(overrides: &mut [Override], u: Unsafe) {
    let hit = overrides.iter_mut().find(|o| {
        u.key == o.key
            || u.key.starts_with(&format!("{}.", o.key))
            || u.key.starts_with(&format!("{}[", o.key))
    });
    if let Some(o) = hit {
        o.unsafe_reason = Some(match o.unsafe_reason.take() {
            Some(r) => format!("{r}; `{}`: {}", u.key, u.reason),
            None if o.key == u.key => u.reason,
            None => format!("`{}`: {}", u.key, u.reason),
        });
    }
}

/// The typed parameters of a merged table; on failure the dotted key of
/// the value that did not fit (`mastery.cannabis`) and what was wrong.
fn typed(table: &toml::Table) -> Result<Settings, (String, String)> {
    let value = toml::Value::Table(table.clone());
    serde_path_to_error::deserialize(value).map_err(|e| {
        let key = e
            .path()
            .iter()
            .map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => format!("[{index}]"),
                other => format!(".{other}"),
            })
            .collect::<String>()
            .trim_start_matches('.')
            .replace(".[", "[");
        let inner = e.into_inner();
        (key, inner.message().trim().to_string())
    })
}

fn positioned(text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(span) => {
            let (l, c) = crate::case::locate::LineIndex::new(text).locate(span.start);
            format!("{l}:{c}: {}", e.message().trim())
        }
        None => e.message().trim().to_string(),
    }
}

/// Every key in `layer` must exist in `base` (arrays of tables are checked
/// by the typed read afterwards). `written` is the layer as written and
/// `here` its table at `prefix`, for the line and column of a bad key.
fn check_known(
    base: &toml::Table,
    layer: &toml::Table,
    prefix: &str,
    written: Option<&layer::Layer<'_>>,
    here: Option<&dyn TableLike>,
    (name, lang): (&str, crate::i18n::Lang),
) -> Result<(), Error> {
    for (k, v) in layer {
        let path = join(prefix, k);
        let line = || written.map(|w| w.at(here, k)).unwrap_or_default();
        match base.get(k) {
            Some(b) if !same_kind(b, v) => {
                return Err(Error::Config {
                    path: name.to_string(),
                    message: crate::tr!(
                        lang,
                        "err-config-kind",
                        at = line(),
                        key = path.as_str(),
                        want = crate::tr!(lang, kind_words(b)),
                        given = crate::tr!(lang, kind_words(v))
                    ),
                });
            }
            None => {
                let line = line();
                return Err(Error::Config {
                    path: name.to_string(),
                    message: crate::tr!(
                        lang,
                        "err-config-unknown-key",
                        at = line,
                        key = path.as_str(),
                        hint = crate::suggest::hint_in(lang, k, base.keys().map(String::as_str))
                    ),
                });
            }
            Some(toml::Value::Table(bt)) => {
                if let toml::Value::Table(lt) = v {
                    let inner = here.and_then(|t| t.get(k)).and_then(|i| i.as_table_like());
                    check_known(bt, lt, &path, written, inner, (name, lang))?;
                }
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// A layer's value may replace a default of the same kind (an integer may
/// stand where a decimal is expected).
fn same_kind(base: &toml::Value, v: &toml::Value) -> bool {
    use toml::Value::*;
    matches!(
        (base, v),
        (Integer(_), Integer(_))
            | (Float(_), Float(_) | Integer(_))
            | (String(_), String(_))
            | (Boolean(_), Boolean(_))
            | (Array(_), Array(_))
            | (Table(_), Table(_))
            | (Datetime(_), Datetime(_))
    )
}

/// (The id of its message.)
fn kind_words(v: &toml::Value) -> &'static str {
    match v {
        toml::Value::Integer(_) => "err-config-integer",
        toml::Value::Float(_) => "err-config-float",
        toml::Value::String(_) => "err-config-string",
        toml::Value::Boolean(_) => "err-config-boolean",
        toml::Value::Array(_) => "err-config-list",
        toml::Value::Table(_) => "err-config-table",
        toml::Value::Datetime(_) => "err-config-date",
    }
}

/// Every number in the merged parameters must be sane: no parameter may
/// crash date arithmetic or silently switch a rule off by being NaN,
/// negative or absurdly large.
fn check_numbers(
    t: &toml::Table,
    prefix: &str,
    weak: &mut Vec<Unsafe>,
    lang: Lang,
) -> Result<(), String> {
    for (k, v) in t {
        let path = join(prefix, k);
        match v {
            toml::Value::Table(inner) => check_numbers(inner, &path, weak, lang)?,
            toml::Value::Array(items) => {
                for (n, i) in items.iter().enumerate() {
                    match i {
                        toml::Value::Table(inner) => {
                            check_numbers(inner, &format!("{path}[{n}]"), weak, lang)?
                        }
                        toml::Value::Integer(_) | toml::Value::Float(_) => {
                            number(&format!("{path}[{n}]"), i, weak, lang)?
                        }
                        _ => {}
                    }
                }
            }
            toml::Value::Integer(_) | toml::Value::Float(_) => number(&path, v, weak, lang)?,
            _ => {}
        }
    }
    Ok(())
}

fn number(path: &str, v: &toml::Value, weak: &mut Vec<Unsafe>, lang: Lang) -> Result<(), String> {
    let x = match v {
        toml::Value::Integer(i) => *i as f64,
        toml::Value::Float(f) => *f,
        _ => return Ok(()),
    };
    if !x.is_finite() || x < 0.0 {
        return Err(tr!(
            lang,
            "err-config-negative",
            key = path,
            value = v.to_string()
        ));
    }
    let limit = if path.ends_with("_days") || path.ends_with(".days") {
        36_600.0
    } else {
        100_000.0
    };
    if x > limit {
        return Err(tr!(
            lang,
            "err-config-implausible",
            key = path,
            value = v.to_string(),
            limit = limit.to_string()
        ));
    }
    // Every window and duration is a positive number of days: a zero window
    // switches its rule off without anyone seeing it (a 0-day `stable_days`
    // would relax the pickup at once). Read from the key's name, so a new
    // rule's `*_days` parameter is checked without being listed anywhere;
    // also a per-group table of days (`dos003.induction_interval_days.
    // methadone`) and the hours of an interval (`dos008.short_acting_hours`).
    let mut segments = path.rsplit('.');
    let key = segments.next().unwrap_or(path);
    let parent = segments.next().unwrap_or("");
    let window = (key.ends_with("_days") && !ZERO_DAYS_ALLOWED.contains(&key))
        || key.ends_with("_hours")
        || parent.ends_with("_days");
    if window && x == 0.0 {
        let id = if key.ends_with("_hours") {
            "err-unsafe-zero-hours"
        } else {
            "err-unsafe-zero-days"
        };
        weak.push(Unsafe {
            key: path.to_string(),
            reason: tr!(lang, id),
        });
    }
    Ok(())
}

/// `*_days` keys for which 0 is a real choice, not a rule switched off:
/// the take-home doses of a level (level 0 has none), and tolerances and
/// windows where 0 means "exactly on the day" (stricter, never looser).
const ZERO_DAYS_ALLOWED: &[&str] = &[
    "take_home_days",
    "weekly_window_days",
    "monthly_window_days",
    "overlap_max_days",
    "before_start_days",
    "after_start_days",
];

fn merge(base: &mut toml::Table, layer: toml::Table, prefix: &str, set: &mut Vec<String>) {
    for (k, v) in layer {
        let path = join(prefix, &k);
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(bt)), toml::Value::Table(lt)) => merge(bt, lt, &path, set),
            (_, v) => {
                base.insert(k, v);
                set.push(path);
            }
        }
    }
}

/// Every parameter must make sense on its own and beside the others;
/// checked in this order, so the first problem is the one reported.
fn validate(
    s: &Settings,
    table: &toml::Table,
    weak: &mut Vec<Unsafe>,
    lang: Lang,
) -> Result<(), String> {
    check_numbers(table, "", weak, lang)?;
    if s.general.max_case_mib == 0 {
        return Err(tr!(lang, "err-config-max-case-mib"));
    }
    pickup_levels(s, weak, lang)?;
    medication_days(s, lang)?;
    looser_levels(s, lang)?;
    screen_panels(s, lang)?;
    limits_in_order(s, lang)?;
    mis001_rows(s, lang)
}

/// Upper limits in mg (a dose above them is a finding, a larger step or a
/// later ECG is allowed below them): a layer may lower them freely but
/// not raise one above [`LIMIT_FACTOR`] times the embedded default, whose
/// published source is cited. Lower limits (`dos006.min_mg`,
/// `dat008.min_daily_mg`) and rounding steps are not in the list: raising
/// them is stricter.
const UPPER_LIMITS: &[&str] = &[
    "dos001.warning_mg",
    "dos001.critical_mg",
    "dos002.step_mg",
    "dos004.cap_mg",
    "dos005.warning_mg",
    "dos005.critical_mg",
    "dos009.weekly_max_mg",
    "dos009.monthly_max_mg",
    "swi001.limit_mg",
    "swi006.limit_mg",
    "swi008.max_first_dose_mg",
    "prg002.outpatient_mg",
    "prg002.inpatient_mg",
    "qtc003.methadone_mg",
    "qtc003.levomethadone_mg",
];

/// How far above its default an upper limit may be raised.
const LIMIT_FACTOR: f64 = 2.0;

/// The values of the merged table that weaken a safety rule compared with
/// the embedded defaults (`defaults`, cited from `sources`).
fn weakened(
    (s, table): (&Settings, &toml::Table),
    defaults: &toml::Table,
    sources: &Sources,
    lang: Lang,
) -> Vec<Unsafe> {
    let cite = |key: &str| sources.of(key).unwrap_or("config/default.toml").to_string();
    let mut out = raised_limits(table, defaults, &cite, lang);
    mis001_weakened(s, defaults, &cite, (&mut out, lang));
    let classes = crate::rules::interactions::INT004_CLASSES.len();
    if s.int004.min_classes > classes {
        out.push(Unsafe {
            key: "int004.min_classes".into(),
            reason: tr!(
                lang,
                "err-unsafe-int004",
                value = s.int004.min_classes.to_string(),
                classes = classes,
                names = crate::rules::interactions::INT004_CLASSES.join(", ")
            ),
        });
    }
    out
}

/// The value at dotted `key` of `t`.
fn lookup(t: &toml::Table, key: &str) -> Option<toml::Value> {
    let mut parts = key.split('.');
    let mut v = t.get(parts.next()?)?;
    for p in parts {
        v = v.get(p)?;
    }
    Some(v.clone())
}

/// The upper limits (`UPPER_LIMITS`) raised above twice their default.
fn raised_limits(
    table: &toml::Table,
    defaults: &toml::Table,
    cite: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Vec<Unsafe> {
    let mut out = Vec::new();
    let as_f64 = |v: &toml::Value| v.as_float().or_else(|| v.as_integer().map(|i| i as f64));
    for limit in UPPER_LIMITS {
        let (Some(d), Some(n)) = (lookup(defaults, limit), lookup(table, limit)) else {
            continue;
        };
        let pairs: Vec<(String, toml::Value, toml::Value)> = match (&d, &n) {
            (toml::Value::Table(dt), toml::Value::Table(nt)) => dt
                .iter()
                .filter_map(|(k, dv)| {
                    Some((format!("{limit}.{k}"), dv.clone(), nt.get(k)?.clone()))
                })
                .collect(),
            _ => vec![(limit.to_string(), d.clone(), n.clone())],
        };
        for (key, dv, nv) in pairs {
            if let (Some(dv), Some(nv)) = (as_f64(&dv), as_f64(&nv))
                && nv > dv * LIMIT_FACTOR
            {
                out.push(Unsafe {
                    reason: tr!(
                        lang,
                        "err-unsafe-raised",
                        value = nv.to_string(),
                        default = dv.to_string(),
                        source = cite(&key),
                        max = (dv * LIMIT_FACTOR).to_string()
                    ),
                    key,
                });
            }
        }
    }
    out
}

/// An MIS001 table that acts later than the default, re-induces later or
/// never, or restarts at a fraction outside (0, 1].
fn mis001_weakened(
    s: &Settings,
    defaults: &toml::Table,
    cite: &dyn Fn(&str) -> String,
    (out, lang): (&mut Vec<Unsafe>, Lang),
) {
    let default_rows: MissTable = match lookup(defaults, "mis001").map(|v| v.try_into()) {
        Some(Ok(t)) => t,
        _ => return,
    };
    for g in [
        Group::Buprenorphine,
        Group::Methadone,
        Group::Levomethadone,
        Group::MorphineSr,
    ] {
        let name = g.key();
        let key = format!("mis001.{name}");
        let (rows, dflt) = (s.mis001.rows(g), default_rows.rows(g));
        fn first(rows: &[MissRow]) -> Option<(usize, &MissRow)> {
            rows.iter().enumerate().min_by_key(|(_, r)| r.days)
        }
        match (first(rows), first(dflt)) {
            (None, Some((i, d))) => out.push(Unsafe {
                reason: tr!(
                    lang,
                    "err-unsafe-no-rows",
                    med = name,
                    days = d.days,
                    source = cite(&format!("{key}[{i}].days"))
                ),
                key: key.clone(),
            }),
            (Some((_, r)), Some((i, d))) if r.days > d.days => out.push(Unsafe {
                reason: tr!(
                    lang,
                    "err-unsafe-acts-later",
                    days = r.days,
                    default = d.days,
                    source = cite(&format!("{key}[{i}].days"))
                ),
                key: key.clone(),
            }),
            _ => {}
        }
        fn reinduce(rows: &[MissRow]) -> Option<(usize, &MissRow)> {
            rows.iter()
                .enumerate()
                .filter(|(_, r)| r.action == Action::ReInduce)
                .min_by_key(|(_, r)| r.days)
        }
        if !rows.is_empty() {
            match (reinduce(rows), reinduce(dflt)) {
                (None, Some((i, d))) => out.push(Unsafe {
                    reason: tr!(
                        lang,
                        "err-unsafe-no-reinduce",
                        days = d.days,
                        source = cite(&format!("{key}[{i}].days"))
                    ),
                    key: key.clone(),
                }),
                (Some((_, r)), Some((i, d))) if r.days > d.days => out.push(Unsafe {
                    reason: tr!(
                        lang,
                        "err-unsafe-reinduce-later",
                        days = r.days,
                        default = d.days,
                        source = cite(&format!("{key}[{i}].days"))
                    ),
                    key: key.clone(),
                }),
                _ => {}
            }
        }
        for (i, r) in rows.iter().enumerate() {
            if let Some(f) = r.fraction
                && r.action != Action::ReInduce
                && !(f > 0.0 && f <= 1.0)
            {
                out.push(Unsafe {
                    key: format!("{key}[{i}].fraction"),
                    reason: tr!(lang, "err-unsafe-fraction", value = f.to_string()),
                });
            }
        }
    }
}

/// `pickup.level` has a safe level 0, and `pickup.cap_level` is one of them.
fn pickup_levels(s: &Settings, weak: &mut Vec<Unsafe>, lang: Lang) -> Result<(), String> {
    if s.pickup.level.is_empty() {
        return Err(tr!(lang, "err-config-no-levels"));
    }
    // Level 0 is where every acute reason sends the patient: a level 0
    // with take-home doses would hand doses home after a missed-dose
    // restart or an overdose. Refused as unsafe.
    if s.pickup.level[0].take_home_days != 0 || s.pickup.level[0].supervised_per_week != 7 {
        weak.push(Unsafe {
            key: "pickup.level[0]".into(),
            reason: tr!(lang, "err-unsafe-level-0"),
        });
    }
    if s.pickup.cap_level >= s.pickup.level.len() {
        return Err(tr!(
            lang,
            "err-config-cap-level",
            cap = s.pickup.cap_level.to_string(),
            top = (s.pickup.level.len() - 1).to_string()
        ));
    }
    Ok(())
}

/// `screens.medication_days` are whole days, at least 1.
fn medication_days(s: &Settings, lang: Lang) -> Result<(), String> {
    for g in [
        Group::Buprenorphine,
        Group::Methadone,
        Group::Levomethadone,
        Group::MorphineSr,
    ] {
        if let Some(d) = s.screens.medication_days.get(g)
            && (d < 1.0 || d.fract() != 0.0)
        {
            return Err(tr!(
                lang,
                "err-config-medication-days",
                key = format!("screens.medication_days.{}", g.key())
            ));
        }
    }
    Ok(())
}

/// Each pickup level is looser than the one before it.
fn looser_levels(s: &Settings, lang: Lang) -> Result<(), String> {
    for (i, w) in s.pickup.level.windows(2).enumerate() {
        if w[1].supervised_per_week > w[0].supervised_per_week
            || w[1].take_home_days < w[0].take_home_days
        {
            return Err(tr!(
                lang,
                "err-config-looser",
                key = format!("pickup.level[{}]", i + 1)
            ));
        }
    }
    Ok(())
}

/// The screen panels name known substances.
fn screen_panels(s: &Settings, lang: Lang) -> Result<(), String> {
    for list in [&s.screens.urine_panel, &s.screens.other_panel] {
        for sub in list {
            if !crate::vocab::substances::SUBSTANCES.contains(&sub.as_str()) {
                let hint = match crate::vocab::substances::alias(sub) {
                    Some(a) => tr!(lang, "err-write-instead", name = a),
                    None => crate::suggest::hint_in(
                        lang,
                        sub,
                        crate::vocab::substances::SUBSTANCES.iter().copied(),
                    ),
                };
                return Err(tr!(
                    lang,
                    "err-config-panel-substance",
                    name = sub.as_str(),
                    hint = hint
                ));
            }
        }
    }
    Ok(())
}

/// Minimums, cutoffs, and warning limits not above critical ones.
fn limits_in_order(s: &Settings, lang: Lang) -> Result<(), String> {
    if s.mastery.dependence_like_min_concern < 1
        || s.int004.min_classes < 1
        || s.taper.min_reductions < 1
    {
        return Err(tr!(lang, "err-config-at-least-one"));
    }
    if s.screens.creatinine_cutoff_mmol_l <= 0.0 {
        return Err(tr!(lang, "err-config-creatinine"));
    }
    for (table, w, c) in [
        ("dos001", &s.dos001.warning_mg, &s.dos001.critical_mg),
        ("dos005", &s.dos005.warning_mg, &s.dos005.critical_mg),
    ] {
        for g in [
            Group::Buprenorphine,
            Group::Methadone,
            Group::Levomethadone,
            Group::MorphineSr,
        ] {
            if let (Some(w), Some(c)) = (w.get(g), c.get(g))
                && w > c
            {
                return Err(tr!(
                    lang,
                    "err-config-warning-above-critical",
                    warning = format!("{table}.warning_mg.{}", g.key()),
                    w = w.to_string(),
                    critical = format!("{table}.critical_mg.{}", g.key()),
                    c = c.to_string()
                ));
            }
        }
    }
    if s.qtc001.critical_ms
        < s.qtc001
            .warning_male_ms
            .max(s.qtc001.warning_female_ms)
            .max(s.qtc001.warning_other_ms)
    {
        return Err(tr!(lang, "err-config-qtc-critical"));
    }
    // A conversion ratio of 0 is no clinical choice but a division by zero
    // (negative ones are refused above): refused even with
    // --allow-unsafe-config.
    for (key, r) in [
        ("swi004.ratio", s.swi004.ratio),
        ("swi005.ratio", s.swi005.ratio),
    ] {
        if r <= 0.0 {
            return Err(tr!(lang, "err-config-ratio", key = key));
        }
    }
    if !(0.0..=1.0).contains(&s.tap001.fraction) {
        return Err(tr!(lang, "err-config-tap001-fraction"));
    }
    Ok(())
}

/// MIS001 rows: at least one day, and a fraction unless they re-induce.
fn mis001_rows(s: &Settings, lang: Lang) -> Result<(), String> {
    for (name, rows) in [
        ("buprenorphine", &s.mis001.buprenorphine),
        ("methadone", &s.mis001.methadone),
        ("levomethadone", &s.mis001.levomethadone),
        ("morphine-sr", &s.mis001.morphine_sr),
    ] {
        for r in rows {
            if r.days < 1 {
                return Err(tr!(
                    lang,
                    "err-config-mis001-days",
                    key = format!("mis001.{name}")
                ));
            }
            if r.action != Action::ReInduce && r.fraction.is_none() {
                return Err(tr!(
                    lang,
                    "err-config-mis001-fraction",
                    key = format!("mis001.{name}"),
                    days = r.days
                ));
            }
        }
    }
    Ok(())
}

/// Reads the `key = value  # source` comments of a TOML text (toml_edit:
/// each value's trailing comment) into dotted keys. Arrays of tables are
/// numbered (`mis001.methadone[1].days`). A table header's own comment
/// becomes the source of the table when its keys have none. Empty when
/// the text is not TOML.
pub fn comment_sources(text: &str) -> BTreeMap<String, String> {
    layer::Layer::parse(text)
        .map(|l| l.sources())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_json_is_the_default_toml_and_its_comments() {
        let json: toml::Table = serde_json::from_str(DEFAULT_JSON).unwrap();
        let toml: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
        assert_eq!(json, toml);
        let sources: BTreeMap<String, String> = serde_json::from_str(DEFAULT_SOURCES_JSON).unwrap();
        assert_eq!(sources, comment_sources(DEFAULT_TOML));
        assert!(sources.len() > 100, "{} sources", sources.len());
    }

    #[test]
    fn a_value_of_the_wrong_variant_names_its_key_and_line() {
        let layer = (
            "local.toml".to_string(),
            "[mastery]\ncannabis = \"ignore\"  # x\n".to_string(),
        );
        let Err(err) = Config::load(&[layer], &[]) else {
            panic!("an unknown variant must be refused");
        };
        let err = err.to_string();
        assert!(err.contains("local.toml"), "{err}");
        assert!(err.contains("2:1"), "{err}");
        assert!(err.contains("`mastery.cannabis`"), "{err}");
        assert!(err.contains("note"), "{err}");
    }

    #[test]
    fn a_zero_window_is_refused_wherever_it_is_declared() {
        let load = |text: &str| Config::load(&[("l.toml".to_string(), text.to_string())], &[]);
        // A window no list names (a zero would switch QTC003 off) and one
        // inside an array of tables (a 0-day stable period relaxes at once).
        for (text, key) in [
            ("[qtc003]\ninterval_days = 0\n", "`qtc003.interval_days`"),
            (
                "[general]\nestablished_days = 0\n",
                "`general.established_days`",
            ),
        ] {
            let Err(err) = load(text) else {
                panic!("{key} = 0 must be refused");
            };
            let err = err.to_string();
            assert!(err.contains(key), "{err}");
            assert!(err.contains("must be a positive number of days"), "{err}");
        }
        let levels = DEFAULT_TOML.replace("stable_days = 28", "stable_days = 0");
        let Err(err) = load(&levels) else {
            panic!("a level with 0 stable days must be refused");
        };
        assert!(
            err.to_string()
                .contains("stable_days` is unsafe: must be a positive"),
            "{err}"
        );
        // 0 is a real choice for a tolerance and for level 0's take-home doses.
        assert!(load("[mis004]\nweekly_window_days = 0\n").is_ok());
        assert!(
            Config::embedded().settings.pickup.level[0].take_home_days == 0,
            "level 0 has no take-home doses"
        );
    }

    #[test]
    fn the_defaults_are_safe_and_no_override() {
        let c = Config::embedded();
        assert!(c.overrides.is_empty());
        let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
        let sources = Sources {
            by_key: comment_sources(DEFAULT_TOML),
        };
        assert_eq!(
            weakened((&c.settings, &table), &table, &sources, Lang::En),
            vec![]
        );
        let mut weak = Vec::new();
        validate(&c.settings, &table, &mut weak, Lang::En).unwrap();
        assert_eq!(weak, vec![]);
    }

    #[test]
    fn an_unsafe_value_under_the_flag_marks_its_override() {
        let layer = (
            "clinic.toml".to_string(),
            "[dos005.critical_mg]\nmethadone = 501\n".to_string(),
        );
        let c = Config::load_with(&[layer], &[], true).unwrap();
        assert_eq!(c.settings.dos005.critical_mg.methadone, Some(501.0));
        let [o] = c.overrides.as_slice() else {
            panic!("{:?}", c.overrides);
        };
        assert_eq!(o.key, "dos005.critical_mg.methadone");
        assert_eq!(o.file, "clinic.toml");
        assert!(o.unsafe_reason.as_deref().unwrap().contains("above 500"));
        // Twice the default is still accepted without the flag.
        let layer = (
            "clinic.toml".to_string(),
            "[dos005.critical_mg]\nmethadone = 500\n".to_string(),
        );
        assert!(Config::load(&[layer], &[]).is_ok());
    }

    #[test]
    fn embedded_defaults_load() {
        let c = Config::embedded();
        assert_eq!(c.settings.dos001.warning_mg.methadone, Some(30.0));
        assert_eq!(
            c.settings
                .mis001
                .reinduce_days(crate::case::Group::Methadone),
            Some(5)
        );
    }

    #[test]
    fn every_number_in_the_defaults_names_its_source() {
        let sources = comment_sources(DEFAULT_TOML);
        let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
        fn walk(
            t: &toml::Table,
            prefix: &str,
            sources: &BTreeMap<String, String>,
            missing: &mut Vec<String>,
        ) {
            for (k, v) in t {
                let path = join(prefix, k);
                match v {
                    toml::Value::Table(inner) => walk(inner, &path, sources, missing),
                    toml::Value::Array(items)
                        if items.iter().all(|i| i.is_table()) && !items.is_empty() =>
                    {
                        for (n, i) in items.iter().enumerate() {
                            walk(
                                i.as_table().unwrap(),
                                &format!("{path}[{n}]"),
                                sources,
                                missing,
                            );
                        }
                    }
                    _ => {
                        if !sources.contains_key(&path) {
                            missing.push(path);
                        }
                    }
                }
            }
        }
        let mut missing = Vec::new();
        walk(&table, "", &sources, &mut missing);
        assert!(
            missing.is_empty(),
            "keys without a source comment: {missing:?}"
        );
    }

    #[test]
    fn a_layer_overrides_and_is_cited() {
        let c = Config::load(
            &[(
                "clinic.toml".into(),
                "[dos002.step_mg]\nmethadone = 5\n".into(),
            )],
            &[],
        )
        .unwrap();
        assert_eq!(c.settings.dos002.step_mg.methadone, Some(5.0));
        assert_eq!(
            c.sources.of("dos002.step_mg.methadone"),
            Some("set in clinic.toml")
        );
        assert_eq!(
            c.sources.of("dos002.step_mg.buprenorphine"),
            Some("N10-V11 (NO switch tables 8 -> 12 -> 16 mg)")
        );
    }

    #[test]
    fn an_unknown_key_in_a_layer_is_an_error_with_a_suggestion() {
        let e = Config::load(
            &[("x.toml".into(), "[dos002.step_mg]\nmetadone = 5\n".into())],
            &[],
        )
        .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("unknown key `dos002.step_mg.metadone`"), "{s}");
        assert!(s.contains("did you mean `methadone`"), "{s}");
        assert!(s.contains("2:1"), "{s}");
    }

    #[test]
    fn a_wrong_type_in_a_layer_is_an_error() {
        assert!(
            Config::load(
                &[(
                    "x.toml".into(),
                    "[general]\nhistory_lookback_days = \"ninety\"\n".into()
                )],
                &[]
            )
            .is_err()
        );
    }
}
