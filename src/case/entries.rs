//! The case file read entry by entry into a [`RawCase`]: each top-level
//! table and each entry of a list (`[[doses]]`, `[[screens]]`, …) is
//! deserialised on its own, so that a mistake in one entry does not hide
//! the mistakes in the others. The text is parsed once; the syntax errors
//! the parser recovers from are all reported.

use super::locate::{Ctx, toml_error};
use super::raw::*;
use crate::error::InputError;
use crate::suggest;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// Every top-level key of a case file (the fields of [`RawCase`]; a unit
/// test keeps the two lists together).
pub(super) const TOP_LEVEL: &[&str] = &[
    "schema",
    "patient",
    "treatment",
    "induction",
    "doses",
    "missed",
    "plan",
    "injections",
    "screens",
    "prescriptions",
    "ecg",
    "events",
    "pickup",
    "mastery",
    "naloxone",
    "acknowledged",
    "exercise",
    "expect",
];

/// The case as written, with every problem found reading it; `None` when
/// the text is not valid TOML (then every syntax error is in `errors`).
///
/// An entry with a problem is left out (a list with a broken entry is left
/// out whole, so that list positions in later messages stay those of the
/// file); the caller goes on to check the values of what was read, so a
/// file reports its structural and its value problems in one run.
pub(super) fn read(cx: &Ctx<'_>, text: &str, errors: &mut Vec<InputError>) -> Option<RawCase> {
    let (doc, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        errors.extend(syntax.iter().map(|e| toml_error(cx, e)));
        return None;
    }
    let mut raw = RawCase::default();
    for (key, value) in doc.into_inner() {
        let name = key.get_ref().as_ref();
        let span = key.span();
        let mut e = |r: Result<(), toml::de::Error>| {
            if let Err(err) = r {
                errors.push(toml_error(cx, &err));
            }
        };
        match name {
            "schema" => e(one(value).map(|v| raw.schema = Some(v))),
            "patient" => e(one(value).map(|v| raw.patient = Some(v))),
            "treatment" => e(one(value).map(|v| raw.treatment = Some(v))),
            "induction" => e(one(value).map(|v| raw.induction = Some(v))),
            "doses" => each_with(cx, value, &mut raw.doses, errors, plain_dose),
            "missed" => each(cx, value, &mut raw.missed, errors),
            "plan" => each(cx, value, &mut raw.plan, errors),
            "injections" => each(cx, value, &mut raw.injections, errors),
            "screens" => each(cx, value, &mut raw.screens, errors),
            "prescriptions" => each(cx, value, &mut raw.prescriptions, errors),
            "ecg" => each(cx, value, &mut raw.ecg, errors),
            "events" => each(cx, value, &mut raw.events, errors),
            "pickup" => e(one(value).map(|v| raw.pickup = Some(v))),
            "mastery" => e(one(value).map(|v| raw.mastery = Some(v))),
            "naloxone" => e(one(value).map(|v| raw.naloxone = Some(v))),
            "acknowledged" => each(cx, value, &mut raw.acknowledged, errors),
            "exercise" => e(one(value).map(|v| raw.exercise = Some(v))),
            "expect" => e(one(value).map(|v| raw.expect = Some(v))),
            other => errors.push(unknown(cx, other, span, value.get_ref())),
        }
    }
    Some(raw)
}

/// One value deserialised on its own (its spans are the file's).
fn one<T: DeserializeOwned>(v: Spanned<DeValue<'_>>) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(v))
}

/// A list, entry by entry: `out` gets every entry when all of them read,
/// and stays empty when any did not (each problem is in `errors`).
fn each<T: DeserializeOwned>(
    cx: &Ctx<'_>,
    v: Spanned<DeValue<'_>>,
    out: &mut Vec<T>,
    errors: &mut Vec<InputError>,
) {
    each_with(cx, v, out, errors, |_| None);
}

/// As [`each`], an entry that `plain` reads directly taken from it (the
/// same value serde would give, without its round trips); any other entry,
/// and every problem, goes through serde.
fn each_with<T: DeserializeOwned>(
    cx: &Ctx<'_>,
    v: Spanned<DeValue<'_>>,
    out: &mut Vec<T>,
    errors: &mut Vec<InputError>,
    plain: fn(&Spanned<DeValue<'_>>) -> Option<T>,
) {
    let span = v.span();
    let items = match v.into_inner() {
        DeValue::Array(items) => items,
        other => {
            // Not a list (`[screens]` for `[[screens]]`): the message for the
            // value as a whole.
            if let Err(err) = one::<Vec<T>>(Spanned::new(span, other)) {
                errors.push(toml_error(cx, &err));
            }
            return;
        }
    };
    let before = errors.len();
    let mut read = Vec::with_capacity(items.len());
    for item in items {
        if let Some(x) = plain(&item) {
            read.push(x);
            continue;
        }
        match one(item) {
            Ok(x) => read.push(x),
            Err(err) => errors.push(toml_error(cx, &err)),
        }
    }
    if errors.len() == before {
        *out = read;
    }
}

/// A `[[doses]]` entry whose every key is a field of [`RawDose`] with a
/// value of the field's plain type, read without serde: a dose history
/// is thousands of entries, and serde gives each date to its reader as
/// text formatted and parsed again. `None` for anything else (serde then
/// reads it and says what is wrong).
fn plain_dose(v: &Spanned<DeValue<'_>>) -> Option<Spanned<RawDose>> {
    let DeValue::Table(t) = v.get_ref() else {
        return None;
    };
    let (mut from, mut to, mut mg) = (None, None, None);
    let (mut medication, mut supervised, mut every) = (None, None, None);
    for (k, x) in t.iter() {
        let sp = || x.span();
        match (k.get_ref().as_ref(), x.get_ref()) {
            ("from", DeValue::Datetime(d)) if from.is_none() && is_date(d) => {
                from = Some(Spanned::new(sp(), *d))
            }
            ("to", DeValue::Datetime(d)) if to.is_none() && is_date(d) => {
                to = Some(Spanned::new(sp(), *d))
            }
            ("mg", DeValue::Integer(i)) if mg.is_none() && i.radix() == 10 => {
                let n = i.as_str().parse::<i64>().ok()?;
                mg = Some(Spanned::new(sp(), n as f64));
            }
            ("mg", DeValue::Float(f)) if mg.is_none() => {
                let n = f.as_str().parse::<f64>().ok().filter(|n| n.is_finite())?;
                mg = Some(Spanned::new(sp(), n));
            }
            ("medication", DeValue::String(s)) if medication.is_none() => {
                medication = Some(Spanned::new(sp(), s.to_string()));
            }
            ("supervised", DeValue::Boolean(b)) if supervised.is_none() => supervised = Some(*b),
            ("every", DeValue::Integer(i)) if every.is_none() && i.radix() == 10 => {
                every = Some(Spanned::new(sp(), i.as_str().parse::<i64>().ok()?));
            }
            _ => return None,
        }
    }
    let dose = RawDose {
        from: from?,
        to,
        mg: mg?,
        medication,
        supervised,
        every,
    };
    Some(Spanned::new(v.span(), dose))
}

/// A plain date (no time, no offset): the round trip through text gives
/// it back unchanged.
fn is_date(d: &toml::value::Datetime) -> bool {
    d.date.is_some() && d.time.is_none() && d.offset.is_none()
}

/// A top-level key this format does not have.
fn unknown(
    cx: &Ctx<'_>,
    name: &str,
    span: std::ops::Range<usize>,
    value: &DeValue<'_>,
) -> InputError {
    let hint = suggest::hint_in(cx.lang, name, TOP_LEVEL.iter().copied());
    let (line, column) = cx.index().locate(span.start.min(cx.text.len()));
    let line_text = cx.text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let header = line_text.trim_start();
    let message =
        if header.starts_with('[') && matches!(value, DeValue::Table(_) | DeValue::Array(_)) {
            let written = if header.starts_with("[[") {
                format!("[[{name}]]")
            } else {
                format!("[{name}]")
            };
            crate::tr!(cx.lang, "err-unknown-table", table = written, hint = hint)
        } else {
            crate::tr!(
                cx.lang,
                "err-unknown-top-key",
                key = name,
                hint = hint.as_str()
            )
        };
    InputError {
        message,
        line: Some(line),
        column: Some(column),
        key: Some(name.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::TOP_LEVEL;

    /// A dose read directly is the dose serde reads, spans and all; what
    /// is not plain is left to serde.
    #[test]
    fn a_plain_dose_reads_as_serde_reads_it() {
        let text = "[[doses]]\nfrom = 2024-01-02\nmg = 35\n\
            [[doses]]\nfrom = 2024-01-03\nto = 2024-02-01\nmg = 12.5\n\
            medication = \"buprenorphine\"\nsupervised = true\nevery = 2\n\
            [[doses]]\nfrom = 2024-01-03T10:00:00\nmg = 1\n\
            [[doses]]\nfrom = 2024-01-03\nmg = 0x10\n\
            [[doses]]\nfrom = 2024-01-03\nmg = inf\n\
            [[doses]]\nfrom = 2024-01-03\nmg = 3\nnote = \"x\"\n\
            [[doses]]\nmg = 3\n";
        let (doc, syntax) = toml::de::DeTable::parse_recoverable(text);
        assert!(syntax.is_empty());
        let doses = doc.get_ref().get("doses").unwrap().get_ref();
        let toml::de::DeValue::Array(items) = doses else {
            panic!("doses is a list");
        };
        let plain: Vec<_> = items.iter().map(super::plain_dose).collect();
        let kinds: Vec<bool> = plain.iter().map(Option::is_some).collect();
        assert_eq!(kinds, [true, true, false, false, false, false, false]);
        for (item, fast) in items.iter().zip(&plain) {
            let Some(fast) = fast else { continue };
            let slow: toml::Spanned<super::RawDose> = super::one(item.clone()).unwrap();
            let show = |d: &toml::Spanned<super::RawDose>| {
                let r = d.get_ref();
                format!(
                    "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                    d.span(),
                    r.from.span(),
                    r.from.get_ref(),
                    r.to.as_ref().map(|t| (t.span(), *t.get_ref())),
                    r.mg.span(),
                    r.mg.get_ref().to_bits(),
                    r.medication
                        .as_ref()
                        .map(|m| (m.span(), m.get_ref().clone())),
                    r.supervised,
                    r.every.as_ref().map(|e| (e.span(), *e.get_ref())),
                )
            };
            assert_eq!(show(fast), show(&slow));
        }
    }

    /// The list of top-level keys is the list of [`super::RawCase`]'s
    /// fields, read from the error serde gives for an unknown field.
    #[test]
    fn top_level_keys_are_the_raw_case_fields() {
        let Err(e) = toml::from_str::<super::RawCase>("zzz = 1") else {
            panic!("an unknown key must be refused");
        };
        assert_eq!(
            super::super::locate::expected_fields(e.message()),
            TOP_LEVEL
        );
    }
}
