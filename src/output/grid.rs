//! The findings table drawn without comfy-table's general machinery: the
//! same bytes comfy-table 8 draws for a table with the
//! `UTF8_FULL_CONDENSED` preset, `ContentArrangement::Dynamic`, a fixed
//! width, a header, left-aligned cells with the default padding and no
//! styling (its arrangement, line splitting and borders, ported step by
//! step). The general renderer was about a fifth of a table run (issue
//! 16); this one allocates a line per wrapped line and nothing per cell.
//!
//! One case is left to comfy-table: a word longer than its column that is
//! not plain printable ASCII (comfy-table splits it by grapheme);
//! [`draw`] then returns `false` and writes nothing. A unit test compares
//! both renderers on generated tables.

use unicode_width::UnicodeWidthStr;

/// comfy-table's `MIN_FREE_CHARS`: a line with this few columns left is
/// full.
const MIN_FREE: usize = 2;

/// A line of a cell: its row (0 the header), its text and display width.
type Line<'a> = (usize, &'a str, usize);

/// Padding left and right of every cell.
const PAD: usize = 2;

/// The display width of `s`: its length when it is printable ASCII (most
/// words), else what `unicode-width` (comfy-table's measure) says.
fn display_width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        s.len()
    } else {
        s.width()
    }
}

/// Draws the table (`header`, then `rows`; a cell's lines split at `\n`)
/// `width` columns wide onto `out`, without a final line break. `false`
/// (and `out` untouched) when comfy-table has to draw it.
pub fn draw<const N: usize>(
    header: [&str; N],
    rows: &[[String; N]],
    width: u16,
    out: &mut String,
) -> bool {
    // Every column's lines with their row and width, measured once.
    let mut lines: [Vec<Line>; N] = std::array::from_fn(|_| Vec::new());
    let all = std::iter::once(header).chain(rows.iter().map(|r| r.each_ref().map(String::as_str)));
    for (i, row) in all.enumerate() {
        for (c, cell) in row.into_iter().enumerate() {
            lines[c].extend(cell.split('\n').map(|l| (i, l, display_width(l))));
        }
    }
    let Some(widths) = arrange(&lines, usize::from(width)) else {
        return false;
    };
    let start = out.len();
    border(out, &widths, ['┌', '─', '┬', '┐']);
    let mut parts: [Vec<&str>; N] = std::array::from_fn(|_| Vec::new());
    let mut next = [0; N];
    for i in 0..=rows.len() {
        for c in 0..N {
            parts[c].clear();
            while let Some(&(row, line, w)) = lines[c].get(next[c])
                && row == i
            {
                next[c] += 1;
                if w > widths[c] {
                    if !split_line(line, widths[c], &mut parts[c]) {
                        out.truncate(start);
                        return false;
                    }
                } else {
                    parts[c].push(line);
                }
            }
        }
        let height = parts.iter().map(Vec::len).max().unwrap_or(0);
        for l in 0..height {
            out.push('│');
            for (c, w) in widths.iter().enumerate() {
                if c > 0 {
                    out.push('┆');
                }
                let text = parts[c].get(l).copied().unwrap_or("");
                out.push(' ');
                out.push_str(text);
                pad(out, w.saturating_sub(display_width(text)) + 1);
            }
            out.push_str("│\n");
        }
        if i == 0 {
            border(out, &widths, ['╞', '═', '╪', '╡']);
        }
    }
    border(out, &widths, ['└', '─', '┴', '┘']);
    out.pop();
    true
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// A horizontal line: left end, fill, junction, right end.
fn border(out: &mut String, widths: &[usize], [l, fill, j, r]: [char; 4]) {
    out.push(l);
    for (c, w) in widths.iter().enumerate() {
        if c > 0 {
            out.push(j);
        }
        out.extend(std::iter::repeat_n(fill, w + PAD));
    }
    out.push(r);
    out.push('\n');
}

/// The content width of every column: comfy-table's dynamic arrangement
/// without constraints (`utils::arrangement::dynamic`).
fn arrange<const N: usize>(lines: &[Vec<Line>; N], table_width: usize) -> Option<[usize; N]> {
    let max: [usize; N] = std::array::from_fn(|i| {
        lines[i]
            .iter()
            .map(|l| l.2)
            .max()
            .unwrap_or(0)
            .clamp(1, usize::from(u16::MAX))
    });
    // Outer borders and the N - 1 lines between the columns, then padding.
    let mut remaining = table_width.saturating_sub(N + 1);
    for _ in 0..N {
        remaining = remaining.saturating_sub(PAD);
    }
    let mut fixed: [Option<usize>; N] = [None; N];
    let mut left = N;
    let mut fix = |fixed: &mut [Option<usize>; N], remaining: &mut usize, i: usize, w: usize| {
        fixed[i] = Some(w.max(1));
        *remaining = remaining.saturating_sub(w);
        left -= 1;
        left > 0
    };
    // The columns that fit into the average space as they are.
    let mut found = true;
    'fit: while found {
        found = false;
        let open = fixed.iter().filter(|f| f.is_none()).count();
        if open == 0 || remaining / open == 0 {
            break;
        }
        for i in 0..N {
            let open = fixed.iter().filter(|f| f.is_none()).count();
            if fixed[i].is_some() || max[i] > remaining / open {
                continue;
            }
            if !fix(&mut fixed, &mut remaining, i, max[i]) {
                break 'fit;
            }
            found = true;
        }
    }
    // The columns whose longest line after splitting at the average leaves
    // at least 3 columns free.
    let open = |fixed: &[Option<usize>; N]| fixed.iter().filter(|f| f.is_none()).count();
    let mut found = open(&fixed) > 0;
    'split: while found {
        found = false;
        for i in 0..N {
            if fixed[i].is_some() {
                continue;
            }
            let average = remaining / open(&fixed);
            let longest = longest_after_split(&lines[i], average)?;
            if average.saturating_sub(longest) >= 3 {
                if !fix(
                    &mut fixed,
                    &mut remaining,
                    i,
                    longest.min(usize::from(u16::MAX)),
                ) {
                    break 'split;
                }
                found = true;
            }
        }
    }
    // The rest share what is left evenly, the first ones one wider.
    let n = open(&fixed);
    if n > 0 {
        let remaining = remaining.max(n);
        let (each, excess) = (remaining / n, remaining % n);
        for (k, f) in fixed.iter_mut().filter(|f| f.is_none()).enumerate() {
            let w = if k < excess { each + 1 } else { each };
            *f = Some(w.min(usize::from(u16::MAX)).max(1));
        }
    }
    Some(fixed.map(|f| f.unwrap_or(1)))
}

fn longest_after_split(lines: &[Line], average: usize) -> Option<usize> {
    let mut longest = 0;
    let mut parts = Vec::new();
    for &(_, line, w) in lines {
        if w > average {
            parts.clear();
            if !split_line(line, average.max(1), &mut parts) {
                return None;
            }
            longest = parts
                .iter()
                .map(|p| display_width(p))
                .fold(longest, usize::max);
        } else {
            longest = longest.max(w);
        }
    }
    Some(longest)
}

/// comfy-table's `split_line` with the space as delimiter: words are added
/// to a line while they fit, a word longer than the width is cut. `false`
/// when such a word is not printable ASCII.
fn split_line<'a>(line: &'a str, width: usize, lines: &mut Vec<&'a str>) -> bool {
    // The words in order, and at most one word (or the rest of a cut one)
    // put back to be read again: no list is allocated per line.
    let mut words = line.split(' ');
    let mut back: Option<&'a str> = None;
    // The current line is always a slice of `line`: words are joined by the
    // single spaces between them.
    let mut cur: Option<(usize, usize)> = None;
    let mut cur_len = 0;
    let offset = |s: &str| s.as_ptr() as usize - line.as_ptr() as usize;
    let flush = |lines: &mut Vec<&'a str>, cur: &mut Option<(usize, usize)>| {
        if let Some((a, b)) = cur.take() {
            lines.push(&line[a..b]);
        }
    };
    while let Some(next) = back.take().or_else(|| words.next()) {
        let next_len = display_width(next);
        let open = cur.is_some();
        let added = next_len + cur_len + usize::from(open);
        let remaining = width
            .saturating_sub(cur_len)
            .saturating_sub(usize::from(open));
        let at = offset(next);
        if added <= width {
            // An empty word on an empty line leaves the line empty.
            let a = cur.map_or(at, |(a, _)| a);
            cur = (a < at + next.len()).then_some((a, at + next.len()));
            cur_len = added;
            if cur_len > width.saturating_sub(MIN_FREE) {
                flush(lines, &mut cur);
                cur_len = 0;
            }
            continue;
        }
        if open && remaining <= MIN_FREE {
            back = Some(next);
            flush(lines, &mut cur);
            cur_len = 0;
            continue;
        }
        if next_len > width {
            if !next.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                return false;
            }
            let cut = next.len().min(remaining);
            let a = cur.map_or(at, |(a, _)| a);
            lines.push(&line[a..at + cut]);
            cur = None;
            cur_len = 0;
            back = Some(&next[cut..]);
            continue;
        }
        flush(lines, &mut cur);
        cur = (!next.is_empty()).then_some((at, at + next.len()));
        cur_len = next_len;
        if cur_len > width.saturating_sub(MIN_FREE) {
            flush(lines, &mut cur);
            cur_len = 0;
        }
    }
    flush(lines, &mut cur);
    true
}

#[cfg(test)]
mod tests {
    use super::draw;
    use comfy_table::{ContentArrangement, Table, presets};
    use proptest::prelude::*;

    fn comfy(header: [&str; 4], rows: &[[String; 4]], width: u16) -> String {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .force_no_tty();
        t.set_header(header);
        for r in rows {
            t.add_row(r.clone());
        }
        t.to_string()
    }

    fn ours(header: [&str; 4], rows: &[[String; 4]], width: u16) -> Option<String> {
        let mut out = String::from("x");
        draw(header, rows, width, &mut out).then(|| out.split_off(1))
    }

    const HEADER: [&str; 4] = ["severity", "code", "finding", "source"];

    #[test]
    fn a_findings_table_is_drawn_as_comfy_table_draws_it() {
        let rows = [
            [
                "WARNING".to_string(),
                "DOS003".to_string(),
                "methadone raised 80 → 90 mg on 2026-11-02, 10 days after the previous increase\n→ wait at least 14 days between increases so each step reaches steady state".to_string(),
                "N10-8.6 (NO-GL-2010 §8.6: about 14 days between increases)".to_string(),
            ],
            [
                "CRITICAL (acknowledged)".to_string(),
                "SCR001".to_string(),
                "a https://example.org/a-very-long-address-that-does-not-fit-into-one-line-of-the-column-at-all word".to_string(),
                String::new(),
            ],
        ];
        for width in [60, 80, 100, 120, 160, u16::MAX] {
            assert_eq!(
                ours(HEADER, &rows, width).as_deref(),
                Some(comfy(HEADER, &rows, width).as_str()),
                "width {width}"
            );
        }
    }

    #[test]
    fn a_long_word_that_is_not_ascii_is_left_to_comfy_table() {
        let rows = [[
            "INFO".to_string(),
            "X".to_string(),
            "æ".repeat(300),
            "y".to_string(),
        ]];
        assert_eq!(ours(HEADER, &rows, 100), None);
    }

    fn cell() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            "[a-z]{1,8}",
            "[a-zA-Z0-9.,;:()§-]{9,40}",
            "[a-z]{60,130}",
            "(→|æøå|“ok”|✓|–|漢字|é)",
            Just(String::new()),
        ];
        let sep = prop_oneof![8 => Just(" "), 1 => Just("  "), 1 => Just("\n")];
        proptest::collection::vec((word, sep), 0..30).prop_map(|ws| {
            ws.into_iter().fold(String::new(), |mut s, (w, sep)| {
                s.push_str(&w);
                s.push_str(sep);
                s
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn any_table_is_drawn_as_comfy_table_draws_it(
            rows in proptest::collection::vec([cell(), cell(), cell(), cell()], 1..5),
            width in prop_oneof![30u16..200, Just(u16::MAX)],
        ) {
            if let Some(ours) = ours(HEADER, &rows, width) {
                prop_assert_eq!(ours, comfy(HEADER, &rows, width));
            }
        }
    }
}
