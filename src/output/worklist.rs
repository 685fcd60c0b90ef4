//! The worklist renderers (output.md "Worklist"): a table of one line per
//! patient that fits the terminal (80 columns off a terminal), cut with an
//! ellipsis and never wrapped; CSV (one header row, RFC 4180 quoting); and
//! JSON with the same fields. Every string the table or the CSV prints from
//! a case passes [`super::printable`].

use crate::commands::worklist::{Group, Row};
use crate::config::Config;
use crate::error::Error;
use crate::report::{Summary, mg};
use unicode_width::UnicodeWidthStr;

/// The width off a terminal (and in tests): one line per patient in 80
/// columns.
pub const WIDTH: usize = 80;

/// The CSV columns, which are the JSON's keys of a worklist entry in the
/// same order.
pub const CSV_HEADER: [&str; 19] = [
    "group",
    "path",
    "id",
    "medication",
    "medication_product",
    "current_dose_mg",
    "dose",
    "phase",
    "episode_day",
    "action",
    "action_code",
    "pickup_change",
    "pickup",
    "codes",
    "acknowledged_codes",
    "error",
    "line",
    "column",
    "key",
];

/// How to draw the table.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    /// Colour, exactly when `check` uses it ([`super::table::Style::detect`]).
    pub color: bool,
    /// Columns: the terminal's (as `check`'s table), else [`WIDTH`].
    pub width: usize,
    /// The language of the words (`--lang`).
    pub lang: crate::i18n::Lang,
}

/// Colour and width as `check` decides them; 80 columns off a terminal.
pub fn detect() -> Look {
    use std::io::IsTerminal;
    let style = super::table::Style::detect();
    let tty = std::io::stdout().is_terminal() && !crate::commands::capturing();
    Look {
        color: style.color,
        width: if tty { usize::from(style.width) } else { WIDTH },
        lang: style.lang,
    }
}

/// Display width of `s`.
fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to `w` columns, ending in `…` when cut.
fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    if w > 0 {
        out.push('…');
    }
    out
}

/// `s` cut to `w` columns from the left (`…tail`), for paths.
fn cut_left(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        tail.push(c);
        used += cw;
    }
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

/// `s` cut or padded to exactly `w` columns.
fn pad(s: &str, w: usize) -> String {
    let s = cut(s, w);
    let n = width(&s);
    format!("{s}{}", " ".repeat(w.saturating_sub(n)))
}

/// The codes in `w` columns: as many as fit, then `+N` for the rest.
fn codes_cell(codes: &[String], w: usize) -> String {
    let all = codes.join(" ");
    if width(&all) <= w {
        return all;
    }
    // A hidden acknowledged code still shows its mark: `+2*`.
    let mark = |k: usize| {
        if codes[k..].iter().any(|c| c.ends_with('*')) {
            "*"
        } else {
            ""
        }
    };
    for k in (1..codes.len()).rev() {
        let s = format!("{} +{}{}", codes[..k].join(" "), codes.len() - k, mark(k));
        if width(&s) <= w {
            return s;
        }
    }
    cut(&format!("+{}{}", codes.len(), mark(0)), w)
}

/// The columns of a patient line (message ids).
const HEADINGS: [&str; 6] = [
    "worklist-col-id",
    "worklist-col-medication",
    "worklist-col-phase",
    "worklist-col-action",
    "worklist-col-pickup",
    "worklist-col-codes",
];
/// The widest a column other than the action may be in 80 columns, and on
/// a terminal wider than 100.
const CAPS: [usize; 6] = [12, 16, 7, usize::MAX, 11, 9];
const CAPS_WIDE: [usize; 6] = [16, 24, 11, usize::MAX, 14, 27];
/// The narrowest a column is cut to before the action is cut further.
const MINS: [usize; 6] = [8, 9, 5, 22, 8, 6];
/// Which columns give way first when the action has too little room:
/// the codes (the JSON and `check` have them all), the id, the phase, the
/// pickup, the medication last.
const GIVE_WAY: [usize; 5] = [5, 0, 2, 4, 1];
/// The action's column.
const ACTION: usize = 3;
/// Indent of a patient line, and the gap between columns.
const INDENT: usize = 1;
const GAP: usize = 1;

/// A medication in the table's few columns, in LAR words
/// (`worklist-med-NAME`; the name itself when it is short enough).
fn short_name(m: &str, lang: crate::i18n::Lang) -> String {
    match m {
        "buprenorphine-naloxone"
        | "buprenorphine-depot"
        | "morphine-sr-24h"
        | "morphine-sr-12h" => crate::tr!(lang, &format!("worklist-med-{m}")),
        other => crate::case::Medication::parse(other)
            .map_or_else(|| other.to_string(), |med| lang.medication(med)),
    }
}

/// A phase in seven columns, with the day of an early phase: `ind d3`,
/// `sw d12`, `maint`, `taper`, `ended`.
fn short_phase(r: &Row, lang: crate::i18n::Lang) -> String {
    match r.phase {
        Some(p) => match r.episode_day {
            Some(day) if matches!(p, "induction" | "switch") => {
                crate::tr!(lang, &format!("worklist-phase-{p}-day"), day = day)
            }
            _ => crate::tr!(lang, &format!("worklist-phase-{p}")),
        },
        None => String::new(),
    }
}

/// The medication cell: the name cut, the dose kept (`buprenor… 16 mg`).
fn med_cell(name: &str, dose: &str, w: usize) -> String {
    let full = format!("{name} {dose}");
    if width(&full) <= w {
        return full;
    }
    let room = w.saturating_sub(width(dose) + 1);
    if room < 3 {
        return cut(&full, w);
    }
    format!("{} {dose}", cut(name, room))
}

/// The six cells of a patient line, made printable; the medication cell
/// is `name dose` and is cut by [`line`], keeping the dose.
fn cells(r: &Row, lang: crate::i18n::Lang) -> [String; 6] {
    use super::printable::printable;
    let name = match (&r.medication_product, r.medication) {
        (Some(p), _) => printable(p),
        (None, Some(m)) => short_name(m, lang),
        (None, None) => String::new(),
    };
    let dose = r
        .table_dose_mg
        .map_or(crate::tr!(lang, "worklist-no-dose"), |d| {
            format!("{} mg", lang.mg(d))
        });
    [
        printable(r.id.as_deref().unwrap_or_default()),
        format!("{name}\u{0}{dose}"),
        short_phase(r, lang),
        printable(
            r.action_short
                .as_deref()
                .or(r.action.as_deref())
                .unwrap_or_default(),
        ),
        r.pickup_short.clone().unwrap_or_default(),
        codes(r).join(" "),
    ]
}

/// The codes of a row, the acknowledged ones marked `*`.
fn codes(r: &Row) -> Vec<String> {
    let mut codes: Vec<String> = r.codes.iter().map(|c| c.to_string()).collect();
    codes.extend(r.acknowledged_codes.iter().map(|c| format!("{c}*")));
    codes
}

/// Column widths for these lines in `total` columns: each column its
/// content's width up to its cap; the action the rest; when that is too
/// little, the others give way in [`GIVE_WAY`]'s order.
fn widths(lines: &[[String; 6]], head: &[String; 6], total: usize) -> [usize; 6] {
    let caps = if total > 100 { CAPS_WIDE } else { CAPS };
    let mut w = [0usize; 6];
    for (i, h) in head.iter().enumerate() {
        let natural = lines
            .iter()
            .map(|l| width(&l[i].replace('\u{0}', " ")))
            .fold(width(h), usize::max);
        w[i] = natural.min(caps[i]);
    }
    let natural_action = w[ACTION];
    let room = total.saturating_sub(INDENT + GAP * 5);
    let others = |w: &[usize; 6]| -> usize { (0..6).filter(|&i| i != ACTION).map(|i| w[i]).sum() };
    let want = natural_action.min(MINS[ACTION]);
    while room.saturating_sub(others(&w)) < want {
        match GIVE_WAY.iter().copied().find(|&i| w[i] > MINS[i]) {
            Some(i) => w[i] -= 1,
            None => break,
        }
    }
    w[ACTION] = room.saturating_sub(others(&w)).min(natural_action);
    w
}

/// One patient line in exactly the given widths (the last column unpadded).
fn line(c: &[String; 6], w: &[usize; 6], codes: &[String]) -> String {
    let mut out = " ".repeat(INDENT);
    for i in 0..5 {
        let cell = match c[i].split_once('\u{0}') {
            Some((name, dose)) => med_cell(name, dose, w[i]),
            None => c[i].clone(),
        };
        out.push_str(&pad(&cell, w[i]));
        out.push_str(&" ".repeat(GAP));
    }
    out.push_str(&codes_cell(codes, w[5]));
    out.trim_end().to_string()
}

/// The line of a file that could not be read: `path:line:col: message`,
/// the position always kept.
fn error_line(r: &Row, total: usize) -> String {
    let pos = match (r.line, r.column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        _ => String::new(),
    };
    let room = total.saturating_sub(INDENT);
    let path = super::printable::printable(&r.path);
    let path = cut_left(&path, (room / 2).saturating_sub(width(&pos)).max(8));
    let msg = super::printable::line(r.error.as_deref().unwrap_or_default());
    format!(
        "{}{}",
        " ".repeat(INDENT),
        cut(&format!("{path}{pos}: {msg}"), room)
    )
}

/// A footer sentence wrapped to `total` columns after its commas and
/// semicolons (then at spaces), the continuation indented.
fn wrap(text: &str, total: usize) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        cur.push(ch);
        if ch == ' ' && (cur.ends_with(", ") || cur.ends_with("; ")) {
            pieces.push(std::mem::take(&mut cur));
        }
    }
    pieces.push(cur);
    let mut out = String::new();
    let mut line = String::new();
    for p in pieces {
        if !line.is_empty() && width(&line) + width(p.trim_end()) > total {
            out.push_str(line.trim_end());
            out.push('\n');
            line = "  ".to_string();
        }
        line.push_str(&p);
    }
    out.push_str(&cut(line.trim_end(), total));
    out.push('\n');
    out
}

/// The group's heading, coloured as `check` colours its grades (the
/// heading is words: colour is never the only sign).
fn heading(g: Group, n: usize, color: bool, lang: crate::i18n::Lang) -> String {
    let text = format!("{} ({n})", g.title(lang));
    let code = match g {
        Group::Action => "1;31",
        Group::Review => "33",
        Group::Relax => "36",
        Group::Nothing | Group::Error => "",
    };
    if color && !code.is_empty() {
        format!("\u{1b}[{code}m{text}\u{1b}[0m\n")
    } else {
        format!("{text}\n")
    }
}

/// The worklist table: the sorted rows under their group headings, then
/// the summary of every case read (filtered out or not).
pub fn table(rows: &[Row], summary: &Summary, filtered: bool, look: Look) -> String {
    let total = look.width.max(40);
    let patients: Vec<&Row> = rows.iter().filter(|r| r.group != Group::Error).collect();
    let lang = look.lang;
    let all: Vec<[String; 6]> = patients.iter().map(|r| cells(r, lang)).collect();
    let head: [String; 6] = HEADINGS.map(|h| crate::tr!(lang, h));
    let w = widths(&all, &head, total);
    let mut out = String::new();
    if !patients.is_empty() {
        out.push_str(&line(&head, &w, &[head[5].clone()]));
        out.push('\n');
    }
    let mut marked = false;
    for g in Group::ALL {
        let here: Vec<&Row> = rows.iter().filter(|r| r.group == g).collect();
        if here.is_empty() {
            continue;
        }
        out.push('\n');
        out.push_str(&heading(g, here.len(), look.color, lang));
        for r in here {
            if g == Group::Error {
                out.push_str(&error_line(r, total));
            } else {
                marked |= !r.acknowledged_codes.is_empty();
                out.push_str(&line(&cells(r, lang), &w, &codes(r)));
            }
            out.push('\n');
        }
    }
    if rows.is_empty() {
        out.push_str(&format!("{}\n", crate::tr!(lang, "worklist-no-match")));
    }
    out.push('\n');
    if marked {
        out.push_str(&wrap(&crate::tr!(lang, "worklist-acknowledged"), total));
    }
    if filtered {
        let listed = patients.len();
        out.push_str(&wrap(
            &crate::tr!(
                lang,
                "worklist-listed",
                listed = listed,
                checked = summary.checked
            ),
            total,
        ));
    }
    out.push_str(&wrap(
        &super::table::patients_line(summary, look.lang),
        total,
    ));
    out.push_str(&wrap(
        &super::table::findings_line(summary, look.lang),
        total,
    ));
    out
}

/// One CSV record of a row, in [`CSV_HEADER`]'s order; strings pass
/// [`super::printable::printable`] (a CSV is read on terminals too).
fn record(r: &Row) -> [String; 19] {
    use super::printable::printable;
    let opt = |s: Option<&str>| s.map(printable).unwrap_or_default();
    let num = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    [
        r.group.as_str().to_string(),
        printable(&r.path),
        opt(r.id.as_deref()),
        r.medication.unwrap_or_default().to_string(),
        opt(r.medication_product.as_deref()),
        r.current_dose_mg.map(mg).unwrap_or_default(),
        opt(r.dose.as_deref()),
        r.phase.unwrap_or_default().to_string(),
        r.episode_day.map(|d| d.to_string()).unwrap_or_default(),
        opt(r.action.as_deref()),
        r.action_code.unwrap_or_default().to_string(),
        r.pickup_change
            .map(|c| {
                serde_json::to_value(c)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .unwrap_or_default(),
        opt(r.pickup.as_deref()),
        r.codes.join(" "),
        r.acknowledged_codes.join(" "),
        opt(r.error.as_deref()),
        num(r.line),
        num(r.column),
        opt(r.key.as_deref()),
    ]
}

/// The worklist as CSV: one header row, then one record per row (RFC 4180
/// quoting by the `csv` crate; lists are space-separated).
pub fn csv(rows: &[Row]) -> Result<String, Error> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let io = |e: ::csv::Error| Error::Output(std::io::Error::other(e.to_string()));
    w.write_record(CSV_HEADER).map_err(io)?;
    for r in rows {
        w.write_record(record(r).iter().map(|c| inert(c).into_owned()))
            .map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Output(std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A cell a spreadsheet will not run as a formula: one that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return (a patient id or drug
/// name written `=HYPERLINK(…)`) gets a leading `'`, as OWASP's advice on
/// CSV injection says. No number the worklist writes starts so; JSON keeps
/// the exact text.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The worklist as one JSON object: `schema_version`, `tool`, `rules`,
/// `worklist` (the sorted entries, each with [`CSV_HEADER`]'s keys),
/// `listed` and `summary` (`check`'s, over every case read).
pub fn json(rows: &[Row], summary: &Summary, config: &Config) -> String {
    let doc = serde_json::json!({
        "schema_version": 1,
        "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
        "rules": super::json::rules(config),
        "worklist": rows,
        "listed": rows.len(),
        "summary": summary,
    });
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_looks_like_a_formula_is_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("-1+2"), "'-1+2");
        assert_eq!(inert("oslo-0042"), "oslo-0042");
        assert_eq!(inert("80"), "80");
        assert_eq!(inert(""), "");
    }

    #[test]
    fn cells_are_cut_with_an_ellipsis_to_their_width() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(cut_left("dir/sub/file.toml", 10), "…file.toml");
        assert_eq!(width(&cut("ｗｉｄｅｗｉｄｅ", 7)), 7);
    }

    #[test]
    fn codes_that_do_not_fit_are_counted() {
        let codes: Vec<String> = ["MIS001", "PIC001", "DAT003", "BZD001*"]
            .map(str::to_string)
            .to_vec();
        assert_eq!(codes_cell(&codes, 40), "MIS001 PIC001 DAT003 BZD001*");
        assert_eq!(codes_cell(&codes, 17), "MIS001 PIC001 +2*");
        assert_eq!(codes_cell(&codes, 10), "MIS001 +3*");
        assert_eq!(codes_cell(&codes, 3), "+4*");
    }

    #[test]
    fn the_widths_fill_the_line_and_keep_room_for_the_action() {
        let long = [
            "a-very-long-patient-identifier-0001".to_string(),
            "buprenorphine-naloxone 16 mg".to_string(),
            "maintenance".to_string(),
            "x".repeat(200),
            "unrecorded ≤7/0".to_string(),
            "MIS001 PIC001 DAT003 BZD001 SCR001".to_string(),
        ];
        let head = HEADINGS.map(|h| crate::tr!(crate::i18n::Lang::En, h));
        let w = widths(std::slice::from_ref(&long), &head, 80);
        assert_eq!(w.iter().sum::<usize>() + INDENT + GAP * 5, 80, "{w:?}");
        assert!(w[ACTION] >= MINS[ACTION], "{w:?}");
        let l = line(&long, &w, &[long[5].clone()]);
        assert!(width(&l) <= 80, "{l}");
    }

    #[test]
    fn the_csv_header_is_the_json_keys() {
        let r = Row::of_error(
            &crate::report::ErrorReport::new(
                "x.toml".into(),
                crate::error::InputError {
                    message: "m".into(),
                    line: Some(1),
                    column: Some(2),
                    key: None,
                }
                .into(),
            ),
            crate::i18n::Lang::En,
        );
        let v = serde_json::to_value(&r).expect("a row serialises");
        let keys: Vec<&str> = v
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, CSV_HEADER);
    }
}
