//! Where an input error is: byte offsets to lines and columns, the table
//! and key around an offset, and TOML parser errors turned into messages a
//! doctor can act on ("unknown key `evry` in `[[doses]]`; did you mean
//! `every`?").

use crate::error::InputError;
use crate::suggest;
use crate::tr;

pub use super::lines::LineIndex;

/// A context for building positioned errors.
pub struct Ctx<'a> {
    /// Built on the first error: a valid file never needs it.
    index: std::cell::OnceCell<LineIndex>,
    pub(super) text: &'a str,
    /// The language of the messages (issue 18).
    pub lang: crate::i18n::Lang,
}

impl<'a> Ctx<'a> {
    /// A context over `text`, for messages in `lang`.
    pub fn new(text: &'a str, lang: crate::i18n::Lang) -> Self {
        Ctx {
            index: std::cell::OnceCell::new(),
            text,
            lang,
        }
    }

    /// The line index of the text, built on first use.
    pub(super) fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(self.text))
    }

    /// An error at byte range `span`. When `span` covers a whole table and
    /// `key` ends in a field (`doses[1].to`), the error points at that
    /// field's line inside the table (at `from` when `to` is not written).
    pub fn err(
        &self,
        span: std::ops::Range<usize>,
        key: impl std::fmt::Display,
        message: impl Into<String>,
    ) -> InputError {
        // Written out here, on the way to a message, not before.
        let key = key.to_string();
        let start = self.field_in(&span, &key).unwrap_or(span.start);
        let (line, column) = self.index().locate(start.min(self.text.len()));
        InputError {
            message: message.into(),
            line: Some(line),
            column: Some(column),
            key: Some(key),
        }
    }

    fn field_in(&self, span: &std::ops::Range<usize>, key: &str) -> Option<usize> {
        let leaf = key.rsplit('.').next().filter(|l| !l.contains('['))?;
        // A table's span covers only its header: search its body, up to the
        // next header.
        let body = self.text.get(span.start.min(self.text.len())..)?;
        let find = |name: &str| {
            let mut offset = 0;
            for (i, line) in body.split_inclusive('\n').enumerate() {
                let t = line.trim_start();
                if i > 0 && t.starts_with('[') {
                    break;
                }
                if let Some(rest) = t.strip_prefix(name)
                    && rest.trim_start().starts_with('=')
                {
                    return Some(span.start + offset + (line.len() - t.len()));
                }
                offset += line.len();
            }
            None
        };
        find(leaf).or_else(|| if leaf == "to" { find("from") } else { None })
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.index().locate(offset.min(self.text.len())).0
    }

    /// The dotted key written on the line of `offset` (`doses[2].mg`), when
    /// the line is `key = value`.
    pub fn key_on_line(&self, offset: usize) -> Option<String> {
        let offset = offset.min(self.text.len());
        let start = self.text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = self.text[start..].lines().next().unwrap_or("");
        let (k, _) = line.split_once('=')?;
        let k = k.trim();
        if k.is_empty() || k.starts_with('[') || k.starts_with('#') || k.contains('"') {
            return None;
        }
        Some(match self.header_before(offset) {
            Some((path, _)) if !k.contains('.') => format!("{path}.{k}"),
            _ => k.to_string(),
        })
    }

    /// The nearest table header at or before `offset`, as a key path
    /// (`treatment`, `doses[2]`) and as written (`[treatment]`, `[[doses]]`).
    fn header_before(&self, offset: usize) -> Option<(String, String)> {
        let offset = offset.min(self.text.len());
        let line_end = self.text[offset..]
            .find('\n')
            .map_or(self.text.len(), |i| offset + i);
        let upto = &self.text[..line_end];
        let header = |t: &str| -> Option<(String, bool)> {
            let t = t.trim_start();
            if let Some(rest) = t.strip_prefix("[[") {
                rest.split("]]")
                    .next()
                    .map(|s| (s.trim().to_string(), true))
            } else if let Some(rest) = t.strip_prefix('[') {
                rest.split(']')
                    .next()
                    .map(|s| (s.trim().to_string(), false))
            } else {
                None
            }
        };
        let (name, array) = upto.lines().rev().find_map(header)?;
        if !array {
            return Some((name.clone(), format!("[{name}]")));
        }
        let n = upto
            .lines()
            .filter_map(header)
            .filter(|(h, a)| *a && *h == name)
            .count();
        Some((
            format!("{name}[{}]", n.saturating_sub(1)),
            format!("[[{name}]]"),
        ))
    }
}

/// Turns a TOML deserialisation error into a positioned [`InputError`].
pub fn toml_error(cx: &Ctx<'_>, e: &toml::de::Error) -> InputError {
    let msg = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let table = cx.header_before(span.start);
    // Unknown keys are reported at their table's header: point at the key.
    let at = backticked(&msg)
        .filter(|_| msg.starts_with("unknown field"))
        .and_then(|k| cx.field_in(&span, &k))
        .unwrap_or(span.start);
    let (line, column) = cx.index().locate(at.min(cx.text.len()));
    let qualify = |k: &str| match &table {
        Some((path, _)) if !k.contains('.') => format!("{path}.{k}"),
        _ => k.to_string(),
    };
    let mut key = None;
    let mut message = plain_words(cx.lang, &msg);
    let names_key = msg.starts_with("unknown field") || msg.starts_with("missing field");
    if let Some(k) = backticked(&msg).filter(|_| names_key) {
        if msg.starts_with("unknown field") {
            // "unknown field `x`, expected one of `a`, `b`": add a suggestion.
            let expected = expected_fields(&msg);
            let hint = suggest::hint_in(cx.lang, &k, expected.iter().copied());
            match &table {
                Some((_, written)) if written.trim_matches(|c| c == '[' || c == ']') == k => {
                    message = tr!(
                        cx.lang,
                        "err-unknown-table",
                        table = written.as_str(),
                        hint = hint
                    );
                    key = Some(k.clone());
                    return InputError {
                        message,
                        line: Some(line),
                        column: Some(column),
                        key,
                    };
                }
                Some((_, written)) => {
                    message = tr!(
                        cx.lang,
                        "err-unknown-key-in",
                        key = k.as_str(),
                        table = written.as_str(),
                        hint = hint
                    )
                }
                None => {
                    message = tr!(
                        cx.lang,
                        "err-unknown-top-key",
                        key = k.as_str(),
                        hint = hint
                    )
                }
            }
        } else if msg.starts_with("missing field") {
            message = match &table {
                Some((_, written)) => tr!(
                    cx.lang,
                    "err-missing-key-in",
                    key = k.as_str(),
                    table = written.as_str()
                ),
                None => tr!(cx.lang, "err-missing-top", key = k.as_str()),
            };
        }
        key = Some(qualify(&k));
    } else {
        // Name the key on the error's line when the parser did not.
        let line_text = cx.text.lines().nth(line.saturating_sub(1)).unwrap_or("");
        let header = line_text.trim_start();
        if let Some((m, name)) = header_problem(cx.lang, &msg, header) {
            message = m;
            key = Some(name.to_string());
        } else if let Some((k, _)) = line_text.split_once('=') {
            let k = k.trim();
            if !k.is_empty() && !k.starts_with('[') && !k.contains('"') {
                let full = qualify(k);
                // The value as written, for a date TOML cannot read bare
                // (`date = 20.11.2026` is a syntax error, not a string).
                let value = line_text
                    .split_once('=')
                    .map(|(_, v)| v.split('#').next().unwrap_or("").trim().trim_matches('"'))
                    .unwrap_or("");
                message = match written_date(&msg).or_else(|| day_first(value)) {
                    _ if msg == "duplicate key" => {
                        tr!(cx.lang, "err-key-twice", key = full.as_str())
                    }
                    // A Norwegian or other day-first date ("20.11.2026").
                    Some(iso) => tr!(cx.lang, "err-date-order", key = full.as_str(), date = iso),
                    None => tr!(
                        cx.lang,
                        "err-key-parser",
                        key = full.as_str(),
                        what = plain_words(cx.lang, &msg)
                    ),
                };
                key = Some(full);
            }
        }
    }
    InputError {
        message,
        line: Some(line),
        column: Some(column),
        key,
    }
}

/// A table header written wrong, from the parser's message about its line:
/// the message and the table's name.
fn header_problem<'h>(
    lang: crate::i18n::Lang,
    msg: &str,
    header: &'h str,
) -> Option<(String, &'h str)> {
    let name = header_name(header);
    let id = if msg == "duplicate key" && header.starts_with("[[") {
        // A list written where a table already is.
        "err-table-and-list"
    } else if msg == "duplicate key" && header.starts_with('[') {
        // A table written twice (`[patient]` … `[patient]`).
        "err-table-twice"
    } else if msg.contains("expected a sequence")
        && header.starts_with('[')
        && !header.starts_with("[[")
    {
        // `[screens]` written for `[[screens]]`.
        "err-write-as-list"
    } else if header.starts_with("[[") && msg.contains("invalid type") {
        // `[[treatment]]` written for `[treatment]`.
        "err-write-as-table"
    } else {
        return None;
    };
    Some((tr!(lang, id, name = name), name))
}

/// The names serde lists after "expected" in "unknown field `x`, expected
/// one of `a`, `b`".
pub(super) fn expected_fields(msg: &str) -> Vec<&str> {
    msg.split("expected")
        .nth(1)
        .unwrap_or("")
        .split('`')
        .skip(1)
        .step_by(2)
        .collect()
}

/// The parser's type names in words a doctor reads ("expected i64" →
/// "expected a whole number").
fn plain_words(lang: crate::i18n::Lang, msg: &str) -> String {
    let mut m = msg.to_string();
    if lang != crate::i18n::Lang::En {
        return parser_words(lang, &m);
    }
    for (from, to) in [
        ("expected i64", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        ("expected f64", "expected a number"),
        ("as i128", "as a whole number"),
        (
            "expected a TOML datetime",
            "expected a date like 2026-11-20",
        ),
        ("invalid type: map", "a table was given"),
        ("expected a sequence", "expected a list"),
        ("expected a string", "expected text in quotes"),
        ("expected a boolean", "expected true or false"),
    ] {
        m = m.replace(from, to);
    }
    m
}

/// The parser's words in `lang` (not English): the serde phrases a case
/// error quotes, word for word; what the list does not know stays as the
/// parser wrote it.
fn parser_words(lang: crate::i18n::Lang, msg: &str) -> String {
    let mut m = msg.to_string();
    for (from, id) in [
        ("expected i64", "err-parser-expected-whole"),
        ("expected u32", "err-parser-expected-whole"),
        ("expected f64", "err-parser-expected-number"),
        ("as i128", "err-parser-as-whole"),
        ("expected a TOML datetime", "err-parser-expected-date"),
        ("invalid type: map", "err-parser-table-given"),
        ("expected a sequence", "err-parser-expected-list"),
        ("expected a string", "err-parser-expected-text"),
        ("expected a boolean", "err-parser-expected-bool"),
        ("invalid type:", "err-parser-invalid-type"),
        ("invalid value:", "err-parser-invalid-value"),
        (
            "missing comma between array elements",
            "err-parser-missing-comma",
        ),
        ("string values must be quoted", "err-parser-must-be-quoted"),
        (
            "unexpected key or value",
            "err-parser-unexpected-key-or-value",
        ),
        ("basic string", "err-parser-string-word"),
        ("literal string", "err-parser-string-word"),
        ("extra", "err-parser-extra"),
        ("nothing", "err-parser-nothing"),
        ("newline", "err-parser-newline"),
        ("boolean", "err-parser-boolean-word"),
        ("unexpected", "err-parser-unexpected"),
        ("in array", "err-parser-in-list"),
        ("value", "err-parser-value"),
        ("invalid date", "err-parser-invalid-date"),
        ("invalid time", "err-parser-invalid-time"),
        ("key with no value", "err-parser-no-value"),
        ("unclosed table", "err-parser-unclosed-table"),
        ("unclosed array", "err-parser-unclosed-list"),
        ("day between", "err-parser-day-between"),
        ("month between", "err-parser-month-between"),
        (" and ", "err-parser-and"),
        ("invalid ", "err-parser-invalid"),
        ("unknown variant", "err-parser-unknown-variant"),
        ("expected one of", "err-parser-expected-one-of"),
        ("integer ", "err-parser-integer"),
        ("floating point ", "err-parser-float"),
        ("boolean ", "err-parser-boolean"),
        ("string ", "err-parser-string"),
        ("expected", "err-parser-expected"),
    ] {
        if m.contains(from) {
            m = replace_words(&m, from, &tr!(lang, id));
        }
    }
    m
}

/// `text` with every `from` that stands as whole words (not inside a
/// longer word: "expected" in "unexpected") replaced by `to`.
fn replace_words(text: &str, from: &str, to: &str) -> String {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // Only an end of `from` that is a letter must meet a non-letter.
    let (starts, ends) = (letter(from.chars().next()), letter(from.chars().last()));
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(from) {
        let before = rest[..i].chars().last().or_else(|| out.chars().last());
        let after = rest[i + from.len()..].chars().next();
        let whole = !((starts && letter(before)) || (ends && letter(after)));
        out.push_str(&rest[..i]);
        out.push_str(if whole { to } else { from });
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// The table name of a header line: `[[screens]]` → `screens`.
fn header_name(header: &str) -> &str {
    header
        .trim_start_matches('[')
        .split(']')
        .next()
        .unwrap_or("")
        .trim()
}

/// A date quoted in a type error where a date was expected (`string
/// "20.11.2026"`, also with `/` or `-`, or `"2026-11-20"` in quotes), as
/// the ISO date it most likely means.
fn written_date(msg: &str) -> Option<String> {
    if !msg.contains("date") {
        return None;
    }
    let quoted = msg.split_once("string \"")?.1.split('"').next()?;
    if let Ok(iso) = quoted.parse::<chrono::NaiveDate>() {
        // The right date in quotes: TOML dates are written bare.
        return Some(iso.to_string());
    }
    day_first(quoted)
}

/// A day-first date as written in Norway and elsewhere ("20.11.2026",
/// "20/11/2026", "20-11-2026") in ISO form, when it is a real date.
fn day_first(written: &str) -> Option<String> {
    let parts: Vec<&str> = written.trim().split(['.', '/', '-']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    if y < 1000 {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|x| x.to_string())
}

fn backticked(msg: &str) -> Option<String> {
    let mut parts = msg.split('`');
    parts.next()?;
    parts.next().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_first_date_is_read_as_the_date_it_means() {
        let m = |v: &str| format!("invalid type: string \"{v}\", expected a TOML datetime");
        assert_eq!(
            written_date(&m("20.11.2026")).as_deref(),
            Some("2026-11-20")
        );
        assert_eq!(written_date(&m("1/2/2026")).as_deref(), Some("2026-02-01"));
        // A year-first date in quotes is the date itself; impossible dates
        // and other text: no guess.
        assert_eq!(
            written_date(&m("2026-11-20")).as_deref(),
            Some("2026-11-20")
        );
        assert_eq!(written_date(&m("31.02.2026")), None);
        assert_eq!(written_date(&m("yesterday")), None);
    }

    #[test]
    fn parser_words_are_replaced_as_whole_words_only() {
        assert_eq!(
            replace_words("unexpected `=`, expected value", "expected", "forventet"),
            "unexpected `=`, forventet value"
        );
        assert_eq!(replace_words("a and b", " and ", " og "), "a og b");
        let nb = parser_words(
            crate::i18n::Lang::Nb,
            "unexpected `=` in array, expected value",
        );
        assert_eq!(nb, "uventet `=` i en liste, forventet verdi");
    }
}
