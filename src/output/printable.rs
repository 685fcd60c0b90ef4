//! Text from any input made safe to print on a terminal: the one choke
//! point the table renderer and the error printer share.
//!
//! Control characters (C0 with tab and line breaks, DEL, C1), the
//! bidirectional embeddings, overrides, isolates and marks, line and
//! paragraph separators, and the invisible format characters (zero-width
//! spaces and joiners, the word joiner, the byte-order mark, soft hyphen,
//! tags, Hangul fillers) are shown as visible escapes (`\u{202e}`, `\n`),
//! so a case file can neither move the cursor, clear the screen, forge a
//! line of the report nor reverse the text around it. Echoed values are
//! cut to [`ECHO_MAX`] characters. JSON output keeps the exact strings
//! (its escapes are already safe) and does not use this module.

/// The longest echoed value (a patient id, a drug name, a quoted wrong
/// value in an error), in characters; longer ones keep their start and
/// end around an ellipsis.
pub const ECHO_MAX: usize = 80;

/// The longest message line, in characters, before it is cut: a backstop
/// for values that are echoed without quotes.
pub const LINE_MAX: usize = 600;

/// Is `c` a character a terminal would obey or hide rather than show?
pub fn dangerous(c: char) -> bool {
    matches!(c as u32,
        0x00..=0x1F | 0x7F..=0x9F // C0, DEL, C1
        | 0xAD // soft hyphen
        | 0x034F // combining grapheme joiner
        | 0x061C // Arabic letter mark
        | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2
        | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // Hangul fillers
        | 0x180E // Mongolian vowel separator
        | 0x200B..=0x200F // zero-width space, (non-)joiner, LRM, RLM
        | 0x2028 | 0x2029 // line and paragraph separators
        | 0x202A..=0x202E // bidi embeddings and overrides
        | 0x2060..=0x2064 // word joiner, invisible operators
        | 0x2066..=0x206F // bidi isolates, deprecated format characters
        | 0xFEFF // byte-order mark
        | 0xFFF9..=0xFFFB // interlinear annotations
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE007F // tags
    )
}

/// `s` with every [`dangerous`] character as a visible escape; nothing is
/// cut.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // The safe runs between dangerous characters are copied whole. Printable
    // ASCII, most of every report, is passed over a byte at a time; only a
    // control byte or a non-ASCII character is decoded and looked up
    // (issue 16: the per-character lookup was a quarter of table output).
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if (0x20..0x7f).contains(&bytes[i]) {
            i += 1;
            continue;
        }
        // `i` is on a character boundary: it only ever moves by whole
        // characters.
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let n = c.len_utf8();
        if dangerous(c) {
            out.push_str(&s[start..i]);
            start = i + n;
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            }
        }
        i += n;
    }
    out.push_str(&s[start..]);
    out
}

/// A whole text, line by line, through [`printable`]: its line breaks are
/// kept, nothing is cut (`drugs`, `explain` and `validate --show-config`
/// print names and `# source` comments from the `--drugs` and `--config`
/// files).
pub fn lines(s: &str) -> String {
    s.split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(l) => printable(l) + "\n",
            None => printable(l),
        })
        .collect()
}

/// `s` cut to `max` characters: its start and its end around `…`.
fn cut(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    // No more bytes than `max` is no more characters either.
    if s.len() <= max {
        return s.into();
    }
    let n = s.chars().count();
    if n <= max {
        return s.into();
    }
    let tail = max / 4;
    let head = max - tail - 1;
    let mut out: String = s.chars().take(head).collect();
    out.push('…');
    out.extend(s.chars().skip(n - tail));
    out.into()
}

/// One echoed value (a patient id, a drug name): [`printable`] and at most
/// [`ECHO_MAX`] characters.
pub fn echo(s: &str) -> String {
    printable(&cut(s, ECHO_MAX))
}

/// A line of a report or an error message: [`printable`], every value it
/// quotes (between backticks or double quotes) cut to [`ECHO_MAX`]
/// characters, and the whole to [`LINE_MAX`].
pub fn line(s: &str) -> String {
    if !s.contains(['`', '"']) {
        return printable(&cut(s, LINE_MAX));
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['`', '"']) {
        let q = rest[open..].chars().next().unwrap_or('"');
        out.push_str(&rest[..=open]);
        let after = &rest[open + 1..];
        match after.find(q) {
            Some(close) => {
                out.push_str(&cut(&after[..close], ECHO_MAX));
                out.push(q);
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&cut(after, ECHO_MAX));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    printable(&cut(&out, LINE_MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition [`printable`] implements: every character looked up.
    fn reference(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '\n' => "\\n".to_string(),
                '\r' => "\\r".to_string(),
                '\t' => "\\t".to_string(),
                c if dangerous(c) => format!("\\u{{{:x}}}", c as u32),
                c => c.to_string(),
            })
            .collect()
    }

    proptest! {
        #[test]
        fn the_byte_scan_equals_the_per_character_definition(s in any::<String>()) {
            prop_assert_eq!(printable(&s), reference(&s));
        }

        #[test]
        fn mixed_ascii_controls_and_letters_too(
            s in "[a-z ø\u{1b}\u{7f}\u{85}\u{202e}\u{feff}\n\t✓]{0,40}"
        ) {
            prop_assert_eq!(printable(&s), reference(&s));
        }
    }

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(
            printable("a\u{1b}[2Jb\r\n\t\u{7f}\u{85}"),
            "a\\u{1b}[2Jb\\r\\n\\t\\u{7f}\\u{85}"
        );
        for c in [
            '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{feff}',
        ] {
            assert_eq!(
                printable(&format!("x{c}y")),
                format!("x\\u{{{:x}}}y", c as u32)
            );
        }
        assert_eq!(
            printable("Ærlig østfold å – “ok” ✓"),
            "Ærlig østfold å – “ok” ✓"
        );
    }

    #[test]
    fn echoed_values_are_cut_around_an_ellipsis() {
        let long = format!("{}END", "x".repeat(200));
        let e = echo(&long);
        assert_eq!(e.chars().count(), ECHO_MAX);
        assert!(e.contains('…') && e.ends_with("END") && e.starts_with("xxx"));
        assert_eq!(echo("short"), "short");
    }

    #[test]
    fn quoted_values_in_a_line_are_cut_and_the_rest_is_kept() {
        let msg = format!(
            "unknown drug \"{}\" in `prescriptions[0].drug`; did you mean `x`?",
            "y".repeat(500)
        );
        let l = line(&msg);
        assert!(l.starts_with("unknown drug \"yyy"));
        assert!(
            l.ends_with("…yyyyyyyyyyyyyyyyyyyy\" in `prescriptions[0].drug`; did you mean `x`?"),
            "{l}"
        );
        assert!(l.chars().count() < 160);
        // An unclosed quote and an escape in the quoted value.
        assert_eq!(line("`a\u{202e}b"), "`a\\u{202e}b");
        assert!(line(&"z".repeat(5000)).chars().count() <= LINE_MAX);
    }
}
