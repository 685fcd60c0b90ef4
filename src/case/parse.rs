//! Reading a case file: TOML → raw structs (with spans) → [`Case`].
//!
//! Raw structs mirror the file exactly and deny unknown keys; every leaf that
//! is checked beyond its type is wrapped in `Spanned` (see `raw.rs`) so that an error can
//! name the line, column and key. Cross-record checks live in `validate.rs`.

use super::entries;
use super::locate::Ctx;
use super::model::*;
use super::raw::*;
use super::validate;
use crate::config::Severity;
use crate::error::{InputError, InputErrors};
use crate::suggest;
use crate::tr;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use strum::VariantNames;
use toml::value::Datetime;

/// Things the case reader needs to know from outside the case format.
pub struct Vocab<'a> {
    /// Is this a rule code in the registry?
    pub is_rule_code: &'a dyn Fn(&str) -> bool,
    /// Every rule code (for suggestions).
    pub rule_codes: &'a [&'a str],
    /// Why a rule's findings cannot be acknowledged (`None`: they can).
    pub not_acknowledgeable: &'a dyn Fn(&str) -> Option<String>,
    /// The day the file is checked against when it has no `treatment.as_of`
    /// (today, unless `--as-of` views it at another date: then `None`).
    pub fallback_as_of: Option<NaiveDate>,
    /// The `--as-of` date, when the check views the file at another date:
    /// the day acknowledgement limits are measured from.
    pub view_as_of: Option<NaiveDate>,
    /// The drug catalogue: LAR product names and patch products.
    pub catalogue: &'a crate::vocab::drugs::Catalogue,
    /// `general.acknowledgement_max_days`.
    pub acknowledgement_max_days: i64,
    /// `general.max_history_days`: the longest record accepted.
    pub max_history_days: i64,
    /// The language of the error messages.
    pub lang: crate::i18n::Lang,
}

/// Parses and validates one case file: every problem found, in file order
/// (see [`InputErrors`]): every syntax error the parser recovers from, or
/// else the structural problems of every table and list entry together
/// with the value problems of those that read, or else the problems across
/// records.
pub fn parse_case(text: &str, vocab: &Vocab<'_>) -> Result<Case, InputErrors> {
    parse_read(text, read(text, vocab.lang), vocab)
}

/// A case file's text read as TOML into its entries, each problem found
/// doing so said in the language given: the part of [`parse_case`] that
/// needs neither the catalogue nor the settings, so that it can run while
/// they load ([`parse_read`] finishes it).
pub struct Read {
    raw: Option<super::raw::RawCase>,
    found: Vec<InputError>,
}

/// Reads `text` as TOML into its entries, messages in `lang`.
pub fn read(text: &str, lang: crate::i18n::Lang) -> Read {
    let mut found = Vec::new();
    let raw = if text.trim().is_empty() {
        None
    } else {
        entries::read(&Ctx::new(text, lang), text, &mut found)
    };
    Read { raw, found }
}

/// [`parse_case`] from what [`read`] made of the same `text`, in the
/// language of `vocab`.
pub fn parse_read(text: &str, read: Read, vocab: &Vocab<'_>) -> Result<Case, InputErrors> {
    let cx = Ctx::new(text, vocab.lang);
    if text.trim().is_empty() {
        return Err(InputError {
            message: tr!(vocab.lang, "err-empty-file"),
            line: Some(1),
            column: Some(1),
            key: None,
        }
        .into());
    }
    let Read { raw, mut found } = read;
    let Some(raw) = raw else {
        return Err(errors(cx.lang, found));
    };
    // The version first: a schema 2 file gets "not supported", not a list
    // of keys this reader does not know.
    if let Some(sc) = raw.schema.as_ref().filter(|sc| *sc.get_ref() != 1) {
        return Err(cx
            .err(
                sc.span(),
                "schema",
                tr!(cx.lang, "err-schema", schema = sc.get_ref().to_string()),
            )
            .into());
    }
    for (key, missing) in [
        ("schema", raw.schema.is_none()),
        ("patient", raw.patient.is_none()),
        ("treatment", raw.treatment.is_none()),
    ] {
        // Only when the entry is absent: one that is there but broken has
        // its own message already.
        if missing
            && !found.iter().any(|e| {
                e.key.as_deref() == Some(key)
                    || e.key
                        .as_deref()
                        .is_some_and(|k| k.starts_with(&format!("{key}.")))
            })
        {
            found.push(InputError {
                message: tr!(cx.lang, "err-missing-top", key = key),
                line: Some(1),
                column: Some(1),
                key: Some(key.to_string()),
            });
        }
    }
    match convert(&cx, raw, vocab, &mut found) {
        Some(case) if found.is_empty() => Ok(case),
        _ => Err(errors(cx.lang, found)),
    }
}

/// The problems found (never none: a reader that returns no case has
/// said why).
fn errors(lang: crate::i18n::Lang, found: Vec<InputError>) -> InputErrors {
    InputErrors::collect(found)
        .unwrap_or_else(|| InputError::new(tr!(lang, "err-unreadable")).into())
}

/// Keeps the value, or the problem in `found`.
fn keep<T>(found: &mut Vec<InputError>, r: Result<T, InputError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            found.push(e);
            None
        }
    }
}

/// Each entry of a list converted on its own: the entries that convert,
/// and in `found` a problem for each that does not.
fn each<R, T>(
    found: &mut Vec<InputError>,
    raw: &[R],
    mut f: impl FnMut(usize, &R) -> Result<T, InputError>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(raw.len());
    for (n, r) in raw.iter().enumerate() {
        if let Some(x) = keep(found, f(n, r)) {
            out.push(x);
        }
    }
    out
}

// ---- leaf conversions ---------------------------------------------------

/// A dotted key (`doses[2].mg`) kept as its parts and written out only when
/// a message needs it: reading a valid file formats no key (issue 16; the
/// key strings were a tenth of reading a case).
#[derive(Clone, Copy)]
enum K<'a> {
    /// A whole key (`patient.sex`).
    Name(&'a str),
    /// An entry of a list (`doses[2]`).
    Entry(&'a str, usize),
    /// A field of a key (`doses[2].mg`).
    Field(&'a K<'a>, &'a str),
    /// An item of a list field (`screens[0].positive[1]`).
    Item(&'a K<'a>, &'a str, usize),
}

impl std::fmt::Display for K<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            K::Name(s) => f.write_str(s),
            K::Entry(list, n) => write!(f, "{list}[{n}]"),
            K::Field(k, field) => write!(f, "{k}.{field}"),
            K::Item(k, field, i) => write!(f, "{k}.{field}[{i}]"),
        }
    }
}

fn date(cx: &Ctx<'_>, v: &Sp<Datetime>, key: K<'_>) -> Result<NaiveDate, InputError> {
    let dt = v.get_ref();
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .ok_or_else(|| {
                    cx.err(
                        v.span(),
                        key,
                        tr!(
                            cx.lang,
                            "err-not-a-date",
                            key = key.to_string(),
                            value = dt.to_string()
                        ),
                    )
                })
        }
        _ => Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-date-like",
                key = key.to_string(),
                value = dt.to_string()
            ),
        )),
    }
}

/// `from` and `to` of the record at `key`; no `to` is the one day `from`,
/// and a `to` before `from` is an error at `to`.
fn date_range(
    cx: &Ctx<'_>,
    from: &Sp<Datetime>,
    to: &Option<Sp<Datetime>>,
    key: K<'_>,
) -> Result<(NaiveDate, NaiveDate), InputError> {
    let from = date(cx, from, K::Field(&key, "from"))?;
    let Some(t) = to else {
        return Ok((from, from));
    };
    let to = date(cx, t, K::Field(&key, "to"))?;
    if to < from {
        return Err(cx.err(
            t.span(),
            K::Field(&key, "to"),
            tr!(
                cx.lang,
                "err-to-before-from",
                key = key.to_string(),
                to = to.to_string(),
                from = from.to_string()
            ),
        ));
    }
    Ok((from, to))
}

fn date_time(cx: &Ctx<'_>, v: &Sp<Datetime>, key: K<'_>) -> Result<NaiveDateTime, InputError> {
    let dt = v.get_ref();
    match (dt.date, dt.time, dt.offset) {
        (Some(d), Some(t), None) => {
            let day =
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day));
            let time = NaiveTime::from_hms_opt(
                u32::from(t.hour),
                u32::from(t.minute),
                u32::from(t.second.unwrap_or(0)),
            );
            match (day, time) {
                (Some(day), Some(time)) => Ok(day.and_time(time)),
                _ => Err(cx.err(
                    v.span(),
                    key,
                    tr!(
                        cx.lang,
                        "err-not-a-date-time",
                        key = key.to_string(),
                        value = dt.to_string()
                    ),
                )),
            }
        }
        _ => Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-date-time-like",
                key = key.to_string(),
                value = dt.to_string()
            ),
        )),
    }
}

fn positive_mg(cx: &Ctx<'_>, v: &Sp<f64>, key: K<'_>) -> Result<f64, InputError> {
    let x = *v.get_ref();
    if !x.is_finite() || x <= 0.0 {
        return Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-dose-above-zero",
                key = key.to_string(),
                value = x.to_string()
            ),
        ));
    }
    // A dose that rounds to 0 at 0.001 mg (5e-324) is no dose: reports show
    // doses to 0.001 mg, and "0 mg" must never be a dose that passed.
    if (x * 1000.0).round() == 0.0 {
        return Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-dose-rounds-to-zero",
                key = key.to_string(),
                value = x.to_string()
            ),
        ));
    }
    if x > 100_000.0 {
        return Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-dose-implausible",
                key = key.to_string(),
                value = x.to_string()
            ),
        ));
    }
    Ok(x)
}

/// `key`'s value as one of `T`'s spellings (strum: `T::VARIANTS`, in
/// declaration order, are the allowed values the error lists).
fn choice<T: std::str::FromStr + strum::VariantNames>(
    cx: &Ctx<'_>,
    v: &Sp<String>,
    key: K<'_>,
) -> Result<T, InputError> {
    v.get_ref()
        .parse()
        .map_err(|_| not_one_of(cx, v, key, T::VARIANTS))
}

/// `key`'s value as one of `names` (a vocabulary with no enum behind it).
fn one_of<'n>(
    cx: &Ctx<'_>,
    v: &Sp<String>,
    key: K<'_>,
    names: &[&'n str],
) -> Result<&'n str, InputError> {
    let s = v.get_ref().as_str();
    names
        .iter()
        .find(|n| **n == s)
        .copied()
        .ok_or_else(|| not_one_of(cx, v, key, names))
}

/// "`key` = "x" is not one of `a`, `b`; did you mean `a`?"
fn not_one_of(cx: &Ctx<'_>, v: &Sp<String>, key: K<'_>, names: &[&str]) -> InputError {
    let s = v.get_ref().as_str();
    cx.err(
        v.span(),
        key,
        tr!(
            cx.lang,
            "err-not-one-of",
            key = key.to_string(),
            value = s,
            names = names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
            hint = suggest::hint_in(cx.lang, s, names.iter().copied())
        ),
    )
}

/// A LAR medication by its name or by a product name the catalogue maps to
/// one (case-format.md "Medications"); the product as the catalogue spells
/// it, when one was named.
fn medication(
    cx: &Ctx<'_>,
    v: &Sp<String>,
    key: K<'_>,
    vocab: &Vocab<'_>,
) -> Result<(Medication, Option<String>), InputError> {
    use crate::vocab::drugs::LarName;
    let s = v.get_ref().trim();
    if let Some(m) = Medication::parse(s) {
        return Ok((m, None));
    }
    match vocab.catalogue.resolve_lar(s) {
        LarName::Lar { lar, product } => match Medication::parse(lar) {
            Some(m) => Ok((m, product.map(str::to_string))),
            None => Err(cx.err(
                v.span(),
                key,
                tr!(
                    cx.lang,
                    "err-maps-to-no-lar",
                    key = key.to_string(),
                    value = s
                ),
            )),
        },
        LarName::NotLar(d) => {
            let near = vocab.catalogue.lar_of_same_substance(d);
            let hint = if near.is_empty() {
                tr!(
                    cx.lang,
                    "err-lar-medications",
                    names = Medication::VARIANTS.join(", ")
                )
            } else {
                tr!(cx.lang, "err-nearest-lar", names = near.join(", "))
            };
            Err(cx.err(
                v.span(),
                key,
                tr!(
                    cx.lang,
                    "err-not-lar",
                    key = key.to_string(),
                    value = s,
                    generic = d.generic.as_str(),
                    atc = d.atc.as_str(),
                    hint = hint
                ),
            ))
        }
        LarName::Unknown => {
            let names = vocab.catalogue.lar_names();
            let hint = match suggest::nearest(s, names.iter().copied()) {
                Some(n) => tr!(cx.lang, "err-did-you-mean", name = n),
                None => suggest::hint_in(cx.lang, s, Medication::VARIANTS.iter().copied()),
            };
            Err(cx.err(
                v.span(),
                key,
                tr!(
                    cx.lang,
                    "err-unknown-lar",
                    key = key.to_string(),
                    value = s,
                    hint = hint
                ),
            ))
        }
    }
}

fn substance(cx: &Ctx<'_>, v: &Sp<Substance>, key: K<'_>) -> Result<&'static str, InputError> {
    let s = match v.get_ref() {
        Substance::Known(s) => return Ok(s),
        Substance::Other(s) => s,
    };
    let hint = match crate::vocab::substances::alias(s) {
        Some(a) => tr!(cx.lang, "err-write-instead", name = a),
        None => suggest::hint_in(
            cx.lang,
            s,
            crate::vocab::substances::SUBSTANCES.iter().copied(),
        ),
    };
    Err(cx.err(
        v.span(),
        key,
        tr!(
            cx.lang,
            "err-unknown-substance",
            key = key.to_string(),
            value = s.as_str(),
            hint = hint
        ),
    ))
}

fn int_in(cx: &Ctx<'_>, v: &Sp<i64>, key: K<'_>, lo: i64, hi: i64) -> Result<i64, InputError> {
    let x = *v.get_ref();
    if x < lo || x > hi {
        return Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-int-between",
                key = key.to_string(),
                value = x.to_string(),
                lo = lo.to_string(),
                hi = hi.to_string()
            ),
        ));
    }
    Ok(x)
}

/// `"a", "b" or "c"`.
fn quoted_or(lang: crate::i18n::Lang, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), tr!(lang, "err-or"))
        }
        _ => quoted.join(""),
    }
}

fn rule_code(
    cx: &Ctx<'_>,
    v: &Sp<String>,
    key: K<'_>,
    vocab: &Vocab<'_>,
) -> Result<String, InputError> {
    let c = v.get_ref();
    if (vocab.is_rule_code)(c) {
        Ok(c.clone())
    } else {
        Err(cx.err(
            v.span(),
            key,
            tr!(
                cx.lang,
                "err-unknown-rule-code",
                key = key.to_string(),
                value = c.as_str(),
                hint = suggest::hint_in(cx.lang, c, vocab.rule_codes.iter().copied())
            ),
        ))
    }
}

// ---- the whole case -----------------------------------------------------

/// A span in the file's text (byte offsets).
type Span = std::ops::Range<usize>;

/// The raw case into a [`Case`]: every table and list entry converted on
/// its own (each problem in `found`), then, when every one converted, the
/// checks across records, then every list sorted by date. `None` when a
/// required table is missing or broken.
fn convert(
    cx: &Ctx<'_>,
    raw: RawCase,
    vocab: &Vocab<'_>,
    found: &mut Vec<InputError>,
) -> Option<Case> {
    let patient = raw
        .patient
        .as_ref()
        .and_then(|p| keep(found, patient(cx, p.get_ref())));
    let t = raw.treatment.as_ref().map(|t| t.get_ref());
    let treatment = t.and_then(|t| keep(found, treatment(cx, t, vocab)));
    let induction = raw
        .induction
        .as_ref()
        .and_then(|i| keep(found, induction(cx, i)));
    // The lists need the case's medication (a dose entry's default); with
    // no readable `[treatment]` there is nothing to check them against.
    let treatment = treatment?;
    let med = treatment.medication;
    let doses = each(found, &raw.doses, |n, d| {
        dose_entry(cx, d, K::Entry("doses", n), med, vocab)
    });
    let plan = each(found, &raw.plan, |n, d| {
        dose_entry(cx, d, K::Entry("plan", n), med, vocab)
    });
    let missed = each(found, &raw.missed, |n, m| missed_entry(cx, n, m));
    let injections = each(found, &raw.injections, |n, i| injection(cx, n, i));
    let screens = each(found, &raw.screens, |n, s| {
        Ok((screen(cx, s.get_ref(), K::Entry("screens", n))?, s.span()))
    });
    let prescriptions = each(found, &raw.prescriptions, |n, p| {
        prescription(cx, n, p, vocab)
    });
    let ecg = each(found, &raw.ecg, |n, e| ecg_entry(cx, n, e));
    let events = each(found, &raw.events, |n, e| event(cx, n, e));
    let pickup = raw.pickup.as_ref().and_then(|p| keep(found, pickup(cx, p)));
    let mastery = raw
        .mastery
        .as_ref()
        .and_then(|m| keep(found, mastery(cx, m)));
    // The day acknowledgement limits are measured from: the record's own
    // day (`treatment.as_of`), else the day of the check (`--as-of`, else
    // today). Reading: a file that is valid on its own stays valid when an
    // audit views it as of an earlier morning (`--as-of` sets records aside,
    // it never turns a correct file into an input error), and `validate`
    // and `check --as-of` agree on the same file.
    let ack_as_of = treatment
        .as_of
        .or(vocab.view_as_of)
        .or(vocab.fallback_as_of);
    let acknowledged = each(found, &raw.acknowledged, |n, a| {
        acknowledgement(cx, n, a, ack_as_of, vocab)
    });
    let exercise = raw
        .exercise
        .as_ref()
        .and_then(|e| keep(found, exercise(cx, e)));
    let expect = raw
        .expect
        .as_ref()
        .and_then(|e| keep(found, expect(cx, e, vocab)));
    let patient = patient?;
    if !found.is_empty() {
        // Checks across records read every record: a record left out
        // would make them say what the file does not.
        return None;
    }

    let (check_as_of, as_of_label) = match (treatment.as_of, vocab.fallback_as_of) {
        (Some(d), _) => (Some(d), "`treatment.as_of`".to_string()),
        (None, Some(d)) => (Some(d), tr!(cx.lang, "err-label-today")),
        (None, None) => (None, String::new()),
    };
    let t = t?;
    let parts = validate::Parts {
        as_of: check_as_of,
        as_of_label: &as_of_label,
        treatment: &treatment,
        doses: &doses,
        plan: &plan,
        missed: &missed,
        injections: &injections,
        screens: &screens,
        ecg: &ecg,
        events: &events,
        mastery: mastery.as_ref(),
        treatment_spans: validate::TreatmentSpans {
            started_lar: t.started_lar.as_ref().map(|s| s.span()),
            medication_since: t.medication_since.as_ref().map(|s| s.span()),
            ended: t.ended.as_ref().map(|s| s.span()),
        },
        max_history_days: vocab.max_history_days,
    };
    validate::cross_check(cx, &parts, found);
    if !found.is_empty() {
        return None;
    }

    Some(Case {
        schema: 1,
        patient,
        treatment,
        induction,
        doses: sorted(doses, |d| d.from),
        missed: sorted(missed, |m| m.from),
        plan: sorted(plan, |d| d.from),
        injections: sorted(injections, |i| i.date),
        screens: sorted(screens, |s| s.date),
        prescriptions,
        ecg: sorted(ecg, |e| e.date),
        events: sorted(events, |e| e.date),
        pickup,
        mastery: mastery.map(|(m, _)| m),
        naloxone_kit: raw.naloxone.as_ref().and_then(|n| n.take_home_kit),
        acknowledged,
        exercise,
        expect,
    })
}

/// The records without their spans, sorted (stably) by `key`.
fn sorted<T>(v: Vec<(T, Span)>, key: impl Fn(&T) -> NaiveDate) -> Vec<T> {
    let mut v: Vec<T> = v.into_iter().map(|(x, _)| x).collect();
    v.sort_by_key(|x| key(x));
    v
}

/// `[patient]`.
fn patient(cx: &Ctx<'_>, p: &RawPatient) -> Result<Patient, InputError> {
    let id = p.id.get_ref().trim().to_string();
    if id.is_empty() {
        return Err(cx.err(
            p.id.span(),
            "patient.id",
            tr!(cx.lang, "err-empty-value", key = "patient.id"),
        ));
    }
    let sex = p
        .sex
        .as_ref()
        .map(|s| choice(cx, s, K::Name("patient.sex")))
        .transpose()?;
    let pregnancy_week = match &p.pregnancy_week {
        Some(w) => {
            if sex == Some(Sex::Male) {
                return Err(cx.err(
                    w.span(),
                    "patient.pregnancy_week",
                    tr!(cx.lang, "err-pregnancy-male"),
                ));
            }
            Some(int_in(cx, w, K::Name("patient.pregnancy_week"), 0, 45)?)
        }
        None => None,
    };
    let born = match &p.born {
        Some(b) => Some(int_in(cx, b, K::Name("patient.born"), 1900, 2100)?),
        None => None,
    };
    Ok(Patient {
        id,
        born,
        sex,
        pregnancy_week,
        children_in_home: p.children_in_home.unwrap_or(false),
        safe_storage: p.safe_storage.unwrap_or(false),
        safe_storage_recorded: p.safe_storage.is_some(),
        work_or_education: p.work_or_education.unwrap_or(false),
    })
}

/// `[treatment]`.
fn treatment(cx: &Ctx<'_>, t: &RawTreatment, vocab: &Vocab<'_>) -> Result<Treatment, InputError> {
    let opt_date = |v: &Option<Sp<Datetime>>, key: &str| {
        v.as_ref().map(|d| date(cx, d, K::Name(key))).transpose()
    };
    let (lar_medication, medication_product) =
        medication(cx, &t.medication, K::Name("treatment.medication"), vocab)?;
    Ok(Treatment {
        medication: lar_medication,
        medication_product,
        as_of: opt_date(&t.as_of, "treatment.as_of")?,
        started_lar: opt_date(&t.started_lar, "treatment.started_lar")?,
        medication_since: opt_date(&t.medication_since, "treatment.medication_since")?,
        setting: match &t.setting {
            Some(s) => choice(cx, s, K::Name("treatment.setting"))?,
            None => Setting::Outpatient,
        },
        ended: opt_date(&t.ended, "treatment.ended")?,
    })
}

/// `[induction]`.
fn induction(cx: &Ctx<'_>, i: &RawInduction) -> Result<Induction, InputError> {
    Ok(Induction {
        last_opioid: match &i.last_opioid {
            Some(s) => {
                let all: Vec<&str> = LastOpioid::SHORT
                    .iter()
                    .chain(LastOpioid::LONG.iter())
                    .copied()
                    .collect();
                Some(LastOpioid::parse(s.get_ref()).ok_or_else(|| {
                    cx.err(
                        s.span(),
                        "induction.last_opioid",
                        tr!(
                            cx.lang,
                            "err-last-opioid",
                            value = s.get_ref().as_str(),
                            names = all.join(", "),
                            hint = suggest::hint_in(cx.lang, s.get_ref(), all.iter().copied())
                        ),
                    )
                })?)
            }
            None => None,
        },
        last_opioid_at: i
            .last_opioid_at
            .as_ref()
            .map(|d| date_time(cx, d, K::Name("induction.last_opioid_at")))
            .transpose()?,
        first_dose_at: i
            .first_dose_at
            .as_ref()
            .map(|d| date_time(cx, d, K::Name("induction.first_dose_at")))
            .transpose()?,
        cows: i
            .cows
            .as_ref()
            .map(|c| int_in(cx, c, K::Name("induction.cows"), 0, 48))
            .transpose()?,
    })
}

/// `missed[n]`, with its span.
fn missed_entry(
    cx: &Ctx<'_>,
    n: usize,
    m: &Sp<RawMissed>,
) -> Result<(MissedEntry, Span), InputError> {
    let key = K::Entry("missed", n);
    let m_ = m.get_ref();
    let (from, to) = date_range(cx, &m_.from, &m_.to, key)?;
    Ok((
        MissedEntry {
            from,
            to,
            planned: m_.planned.unwrap_or(false),
        },
        m.span(),
    ))
}

/// `injections[n]`, with its span.
fn injection(
    cx: &Ctx<'_>,
    n: usize,
    i: &Sp<RawInjection>,
) -> Result<(Injection, Span), InputError> {
    let key = K::Entry("injections", n);
    let i_ = i.get_ref();
    Ok((
        Injection {
            date: date(cx, &i_.date, K::Field(&key, "date"))?,
            mg: positive_mg(cx, &i_.mg, K::Field(&key, "mg"))?,
            product: choice(cx, &i_.product, K::Field(&key, "product"))?,
        },
        i.span(),
    ))
}

/// `prescriptions[n]`.
fn prescription(
    cx: &Ctx<'_>,
    n: usize,
    p: &Sp<RawPrescription>,
    vocab: &Vocab<'_>,
) -> Result<Prescription, InputError> {
    let key = K::Entry("prescriptions", n);
    let p_ = p.get_ref();
    let drug = p_.drug.get_ref().trim().to_string();
    if drug.is_empty() {
        return Err(cx.err(
            p_.drug.span(),
            K::Field(&key, "drug"),
            tr!(cx.lang, "err-empty-value", key = format!("{key}.drug")),
        ));
    }
    let from = p_
        .from
        .as_ref()
        .map(|d| date(cx, d, K::Field(&key, "from")))
        .transpose()?;
    let to = p_
        .to
        .as_ref()
        .map(|d| date(cx, d, K::Field(&key, "to")))
        .transpose()?;
    if let (Some(f), Some(t), Some(ts)) = (from, to, &p_.to)
        && t < f
    {
        return Err(cx.err(
            ts.span(),
            K::Field(&key, "to"),
            tr!(
                cx.lang,
                "err-to-before-from",
                key = key.to_string(),
                to = t.to_string(),
                from = f.to_string()
            ),
        ));
    }
    let mut daily_mg = p_
        .daily_mg
        .as_ref()
        .map(|m| positive_mg(cx, m, K::Field(&key, "daily_mg")))
        .transpose()?;
    let patch_ug_per_hour = match &p_.patch_ug_per_hour {
        Some(u) => Some(patch(cx, u, key, &drug, &p_.daily_mg, vocab)?),
        None => None,
    };
    if let Some(u) = patch_ug_per_hour {
        // The daily dose every rule reads (INT002's morphine
        // equivalents, DAT004): µg/h × 24 h / 1000 µg per mg.
        daily_mg = Some(u * 24.0 / 1000.0);
    }
    Ok(Prescription {
        drug,
        daily_mg,
        patch_ug_per_hour,
        from,
        to,
        approved_by_tsb: p_.approved_by_tsb.unwrap_or(false),
        line: cx.line(p.span().start),
    })
}

/// `ecg[n]`, with its span.
fn ecg_entry(cx: &Ctx<'_>, n: usize, e: &Sp<RawEcg>) -> Result<(Ecg, Span), InputError> {
    let key = K::Entry("ecg", n);
    let e_ = e.get_ref();
    let q = *e_.qtc_ms.get_ref();
    if !q.is_finite() || !(200.0..=800.0).contains(&q) {
        return Err(cx.err(
            e_.qtc_ms.span(),
            K::Field(&key, "qtc_ms"),
            tr!(
                cx.lang,
                "err-qtc-implausible",
                key = key.to_string(),
                value = q.to_string()
            ),
        ));
    }
    Ok((
        Ecg {
            date: date(cx, &e_.date, K::Field(&key, "date"))?,
            qtc_ms: q,
        },
        e.span(),
    ))
}

/// `events[n]`, with its span.
fn event(cx: &Ctx<'_>, n: usize, e: &Sp<RawEvent>) -> Result<(Event, Span), InputError> {
    let key = K::Entry("events", n);
    let e_ = e.get_ref();
    Ok((
        Event {
            date: date(cx, &e_.date, K::Field(&key, "date"))?,
            kind: choice(cx, &e_.kind, K::Field(&key, "kind"))?,
        },
        e.span(),
    ))
}

/// `[pickup]`.
fn pickup(cx: &Ctx<'_>, p: &RawPickup) -> Result<PickupRegime, InputError> {
    Ok(PickupRegime {
        supervised_per_week: int_in(
            cx,
            &p.supervised_per_week,
            K::Name("pickup.supervised_per_week"),
            0,
            7,
        )? as u32,
        take_home_days: int_in(
            cx,
            &p.take_home_days,
            K::Name("pickup.take_home_days"),
            0,
            366,
        )? as u32,
    })
}

/// `[mastery]`, with the span of `assessed`.
fn mastery(cx: &Ctx<'_>, m: &RawMastery) -> Result<(MasteryAssessment, Span), InputError> {
    Ok((
        MasteryAssessment {
            assessment: choice(cx, &m.assessment, K::Name("mastery.assessment"))?,
            assessed: date(cx, &m.assessed, K::Name("mastery.assessed"))?,
        },
        m.assessed.span(),
    ))
}

/// `acknowledged[n]`: its limit is measured from `ack_as_of`.
fn acknowledgement(
    cx: &Ctx<'_>,
    n: usize,
    a: &Sp<RawAck>,
    ack_as_of: Option<NaiveDate>,
    vocab: &Vocab<'_>,
) -> Result<Acknowledgement, InputError> {
    let key = K::Entry("acknowledged", n);
    let a_ = a.get_ref();
    let reason = a_.reason.get_ref().trim().to_string();
    if reason.is_empty() {
        return Err(cx.err(
            a_.reason.span(),
            K::Field(&key, "reason"),
            tr!(cx.lang, "err-ack-reason", key = key.to_string()),
        ));
    }
    let code = rule_code(cx, &a_.code, K::Field(&key, "code"), vocab)?;
    // rules.md "Acknowledgements": a missed dose is acted on, and a
    // broken record is fixed, not accepted (the rule's declaration says).
    if let Some(why) = (vocab.not_acknowledgeable)(&code) {
        return Err(cx.err(
            a_.code.span(),
            K::Field(&key, "code"),
            tr!(
                cx.lang,
                "err-not-acknowledgeable",
                key = key.to_string(),
                code = code.as_str(),
                why = why
            ),
        ));
    }
    let until = date(cx, &a_.until, K::Field(&key, "until"))?;
    if let Some(day) = ack_as_of {
        let max = vocab.acknowledgement_max_days;
        let limit = day + chrono::Duration::days(max);
        if until > limit {
            return Err(cx.err(
                a_.until.span(),
                K::Field(&key, "until"),
                tr!(
                    cx.lang,
                    "err-ack-until",
                    key = key.to_string(),
                    until = until.to_string(),
                    max = max,
                    day = day.to_string(),
                    limit = limit.to_string()
                ),
            ));
        }
    }
    Ok(Acknowledgement {
        code,
        drug: a_.drug.as_ref().map(|d| d.get_ref().trim().to_string()),
        until,
        reason,
    })
}

/// `[exercise]`.
fn exercise(cx: &Ctx<'_>, e: &RawExercise) -> Result<Exercise, InputError> {
    Ok(Exercise {
        title: e.title.clone(),
        question: e.question.clone(),
        level: match &e.level {
            Some(l) => Some(
                one_of(
                    cx,
                    l,
                    K::Name("exercise.level"),
                    &["basic", "intermediate", "advanced"],
                )?
                .to_string(),
            ),
            None => None,
        },
    })
}

fn dose_entry(
    cx: &Ctx<'_>,
    d: &Sp<RawDose>,
    key: K<'_>,
    default_med: Medication,
    vocab: &Vocab<'_>,
) -> Result<(DoseEntry, std::ops::Range<usize>), InputError> {
    let r = d.get_ref();
    let (from, to) = date_range(cx, &r.from, &r.to, key)?;
    let medication = match &r.medication {
        Some(m) => medication(cx, m, K::Field(&key, "medication"), vocab)?.0,
        None => default_med,
    };
    if medication.is_depot() {
        let span = r.medication.as_ref().map(|m| m.span()).unwrap_or(d.span());
        return Err(cx.err(
            span,
            K::Field(&key, "medication"),
            tr!(cx.lang, "err-depot-in-doses", key = key.to_string()),
        ));
    }
    let every = match &r.every {
        Some(e) => int_in(cx, e, K::Field(&key, "every"), 1, 7)? as u32,
        None => 1,
    };
    Ok((
        DoseEntry {
            from,
            to,
            mg: positive_mg(cx, &r.mg, K::Field(&key, "mg"))?,
            medication,
            supervised: r.supervised.unwrap_or(true),
            every,
            line: cx.line(d.span().start),
        },
        d.span(),
    ))
}

/// `patch_ug_per_hour`: a patch strength above 0, on a transdermal product
/// (an unknown drug is DAT001's, not an input error), and never together
/// with `daily_mg`.
fn patch(
    cx: &Ctx<'_>,
    u: &Sp<f64>,
    key: K<'_>,
    drug: &str,
    daily_mg: &Option<Sp<f64>>,
    vocab: &Vocab<'_>,
) -> Result<f64, InputError> {
    let k = format!("{key}.patch_ug_per_hour");
    if daily_mg.is_some() {
        return Err(cx.err(
            u.span(),
            &k,
            tr!(cx.lang, "err-patch-and-daily", key = key.to_string()),
        ));
    }
    let x = *u.get_ref();
    if !x.is_finite() || x <= 0.0 || (x * 1000.0).round() == 0.0 {
        return Err(cx.err(
            u.span(),
            &k,
            tr!(
                cx.lang,
                "err-patch-above-zero",
                key = k.as_str(),
                value = x.to_string()
            ),
        ));
    }
    if x > 10_000.0 {
        return Err(cx.err(
            u.span(),
            &k,
            tr!(
                cx.lang,
                "err-patch-implausible",
                key = k.as_str(),
                value = x.to_string()
            ),
        ));
    }
    if let Some(d) = vocab.catalogue.resolve(drug)
        && !d.transdermal
    {
        return Err(cx.err(
            u.span(),
            &k,
            tr!(
                cx.lang,
                "err-not-a-patch",
                key = k.as_str(),
                drug = drug,
                generic = d.generic.as_str()
            ),
        ));
    }
    Ok(x)
}

fn screen(cx: &Ctx<'_>, s: &RawScreen, key: K<'_>) -> Result<Screen, InputError> {
    let sample = match &s.sample {
        Some(x) => choice(cx, x, K::Field(&key, "sample"))?,
        None => Sample::Urine,
    };
    let status = match &s.status {
        Some(x) => choice(cx, x, K::Field(&key, "status"))?,
        None => ScreenStatus::Valid,
    };
    let list = |v: &Substances, name: &str| -> Result<Option<Vec<&'static str>>, InputError> {
        match v {
            Some(items) => {
                let mut out = Vec::new();
                for (i, item) in items.get_ref().iter().enumerate() {
                    let sub = substance(cx, item, K::Item(&key, name, i))?;
                    if !out.contains(&sub) {
                        out.push(sub);
                    }
                }
                Ok(Some(out))
            }
            None => Ok(None),
        }
    };
    let positive = list(&s.positive, "positive")?;
    if let (Some(p), Some(span)) = (&positive, s.positive.as_ref().map(|p| p.span()))
        && !p.is_empty()
        && !matches!(status, ScreenStatus::Valid | ScreenStatus::Dilute)
    {
        return Err(cx.err(
            span,
            K::Field(&key, "positive"),
            tr!(cx.lang, "err-positive-status", key = key.to_string()),
        ));
    }
    let creatinine = match &s.creatinine_mmol_l {
        Some(c) => {
            if sample != Sample::Urine {
                return Err(cx.err(
                    c.span(),
                    K::Field(&key, "creatinine_mmol_l"),
                    tr!(cx.lang, "err-creatinine-urine", key = key.to_string()),
                ));
            }
            let x = *c.get_ref();
            if !x.is_finite() || x <= 0.0 || x > 100.0 {
                return Err(cx.err(
                    c.span(),
                    K::Field(&key, "creatinine_mmol_l"),
                    tr!(
                        cx.lang,
                        "err-creatinine-implausible",
                        key = key.to_string(),
                        value = x.to_string()
                    ),
                ));
            }
            Some(x)
        }
        None => None,
    };
    Ok(Screen {
        date: date(cx, &s.date, K::Field(&key, "date"))?,
        sample,
        status,
        observed: s.observed.unwrap_or(true),
        positive: positive.unwrap_or_default(),
        tested: list(&s.tested, "tested")?,
        creatinine_mmol_l: creatinine,
    })
}

fn expect(cx: &Ctx<'_>, e: &RawExpect, vocab: &Vocab<'_>) -> Result<Expect, InputError> {
    let codes = |v: &Option<Vec<Sp<String>>>, name: &str| -> Result<Vec<String>, InputError> {
        v.iter()
            .flatten()
            .enumerate()
            .map(|(i, c)| rule_code(cx, c, K::Item(&K::Name("expect"), name, i), vocab))
            .collect()
    };
    let mut severity = Vec::new();
    if let Some(t) = &e.severity {
        for (code, sev) in t.get_ref() {
            if !(vocab.is_rule_code)(code) {
                return Err(cx.err(
                    t.span(),
                    format!("expect.severity.{code}"),
                    tr!(
                        cx.lang,
                        "err-unknown-rule-code",
                        key = "expect.severity",
                        value = code.as_str(),
                        hint = suggest::hint_in(cx.lang, code, vocab.rule_codes.iter().copied())
                    ),
                ));
            }
            match sev.as_str() {
                Some(s) if s.parse::<Severity>().is_ok() => {
                    severity.push((code.clone(), s.to_string()));
                }
                _ => {
                    return Err(cx.err(
                        t.span(),
                        format!("expect.severity.{code}"),
                        tr!(
                            cx.lang,
                            "err-must-be",
                            key = format!("expect.severity.{code}"),
                            names = quoted_or(cx.lang, Severity::VARIANTS),
                            value = sev.to_string()
                        ),
                    ));
                }
            }
        }
    }
    Ok(Expect {
        findings: codes(&e.findings, "findings")?,
        absent: codes(&e.absent, "absent")?,
        pickup_level: e
            .pickup_level
            .as_ref()
            .map(|l| int_in(cx, l, K::Name("expect.pickup_level"), 0, 9))
            .transpose()?,
        next_dose_mg: e
            .next_dose_mg
            .as_ref()
            .map(|m| positive_mg(cx, m, K::Name("expect.next_dose_mg")))
            .transpose()?,
        mastery: match &e.mastery {
            Some(m) => Some({
                // The mastery classes: an assessment, or none.
                let classes: Vec<&str> = Assessment::VARIANTS
                    .iter()
                    .copied()
                    .chain(["unknown"])
                    .collect();
                one_of(cx, m, K::Name("expect.mastery"), &classes)?.to_string()
            }),
            None => None,
        },
        severity,
        exit: e
            .exit
            .as_ref()
            .map(|x| int_in(cx, x, K::Name("expect.exit"), 0, 2))
            .transpose()?,
        max_severity: match &e.max_severity {
            Some(m) => Some(
                choice::<Severity>(cx, m, K::Name("expect.max_severity"))?
                    .as_str()
                    .to_string(),
            ),
            None => None,
        },
    })
}
