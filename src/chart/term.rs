//! The terminal picture: the last 90 days in at most 80 columns, two days
//! a column (45 columns after a 9-column label). A dose row per LAR
//! medication in block characters scaled to its highest dose in the
//! window, a gaps row (the worse day of the two: missed, not recorded, a
//! zero day by decision), a depot row when there are injections (each one
//! and the days its interval covers), a screens row (the worse reading of
//! the two) and a date axis. Plain ASCII when the locale is not UTF-8 (`LC_ALL`,
//! `LC_CTYPE`, `LANG`: `C`, `POSIX`, `en_US.ISO-8859-1`); no colour: the
//! characters carry the meaning.

use super::model::{GapKind, Picture};
use crate::i18n::Lang;
use crate::tr;
use chrono::{Datelike, Duration, NaiveDate};

/// Days shown.
pub const DAYS: i64 = 90;
/// Days a column.
const PER: i64 = 2;
const LABEL: usize = 14;

/// The characters drawn with.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    levels: [char; 8],
    missed: char,
    unrecorded: char,
    off: char,
    screens: [char; 4],
    tick: char,
    /// A depot injection, and the days its interval covers.
    shot: char,
    covered: char,
}

impl Glyphs {
    /// Unicode block characters.
    pub const UNICODE: Glyphs = Glyphs {
        levels: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
        missed: '▓',
        unrecorded: '░',
        off: '·',
        screens: ['○', '◇', '▲', '■'],
        tick: '┬',
        shot: '▼',
        covered: '─',
    };
    /// Plain ASCII.
    pub const ASCII: Glyphs = Glyphs {
        levels: ['_', '.', '-', '=', '+', '*', '#', '@'],
        missed: 'X',
        unrecorded: '?',
        off: '-',
        screens: ['o', '~', '^', '#'],
        tick: '+',
        shot: 'v',
        covered: ':',
    };

    /// Unicode unless the locale says another encoding (`C`, `POSIX`, a
    /// name without `UTF-8`); Unicode when no locale is set or the output
    /// is captured in-process.
    pub fn detect() -> Glyphs {
        if crate::commands::capturing() {
            return Glyphs::UNICODE;
        }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        match locale {
            None => Glyphs::UNICODE,
            Some(l) => {
                let l = l.to_ascii_lowercase();
                if l.contains("utf-8") || l.contains("utf8") {
                    Glyphs::UNICODE
                } else {
                    Glyphs::ASCII
                }
            }
        }
    }
}

/// The window: the 90 days before `as_of` (the days with records).
pub fn window(as_of: NaiveDate) -> (NaiveDate, NaiveDate) {
    let to = as_of - Duration::days(1);
    (to - Duration::days(DAYS - 1), to)
}

/// The daily dose of a line on a day.
fn dose_on(steps: &[super::model::Step], d: NaiveDate) -> Option<f64> {
    steps
        .iter()
        .find(|s| s.from <= d && d <= s.to)
        .map(|s| s.mg)
}

/// Draws the picture (built over [`window`]).
pub fn render(p: &Picture, lang: Lang, g: Glyphs) -> String {
    let cols = ((p.to - p.from).num_days() as usize + 1).div_ceil(PER as usize);
    let bin = |c: usize| {
        let first = p.from + Duration::days(c as i64 * PER);
        first.iter_days().take(PER as usize).filter(|d| *d <= p.to)
    };
    let label = |s: String| {
        let mut s: String = s.chars().take(LABEL - 1).collect();
        while s.chars().count() < LABEL {
            s.push(' ');
        }
        s
    };
    let mut out = tr!(
        lang,
        "chart-term-title",
        id = crate::output::table::clean(&p.id),
        medication = lang.medication(p.medication),
        days = (p.to - p.from).num_days() + 1,
        date = lang.date(p.to)
    );
    out.push('\n');
    let depot = depot_row(p, g, cols);
    if let Some(row) = &depot {
        out.push_str(&label(tr!(lang, "chart-term-depot")));
        out.push_str(row);
        let top = p.shots.iter().map(|s| s.mg).fold(0.0, f64::max);
        out.push_str(&format!(" {}", tr!(lang, "chart-mg", mg = lang.mg(top))));
        out.push('\n');
    }
    // Said only when neither a daily dose nor an injection's interval
    // reaches into the window: a depot patient has had LAR.
    if p.lines.is_empty() && depot.is_none() {
        out.push_str(&tr!(
            lang,
            "chart-term-nothing",
            days = (p.to - p.from).num_days() + 1
        ));
        out.push('\n');
    }
    for line in &p.lines {
        let max = line.max_mg.max(f64::MIN_POSITIVE);
        let mut row = label(lang.medication(line.med));
        for c in 0..cols {
            let mg = bin(c)
                .filter_map(|d| dose_on(&line.steps, d))
                .fold(None, |a: Option<f64>, x| Some(a.map_or(x, |a| a.min(x))));
            row.push(match mg {
                Some(mg) if mg > 0.0 => {
                    let i = ((mg / max) * 8.0).ceil() as usize;
                    g.levels[i.clamp(1, 8) - 1]
                }
                _ => ' ',
            });
        }
        row.push_str(&format!(
            " {}",
            tr!(lang, "chart-mg", mg = lang.mg(line.max_mg))
        ));
        out.push_str(row.trim_end());
        out.push('\n');
    }
    let mut gaps = label(tr!(lang, "chart-term-gaps"));
    for c in 0..cols {
        let worst = bin(c)
            .filter_map(|d| {
                p.gaps
                    .iter()
                    .find(|x| x.from <= d && d <= x.to)
                    .map(|x| x.kind)
            })
            .min();
        gaps.push(match worst {
            Some(GapKind::Missed) => g.missed,
            Some(GapKind::Unrecorded) => g.unrecorded,
            Some(GapKind::PlannedOff) => g.off,
            None => ' ',
        });
    }
    out.push_str(gaps.trim_end());
    out.push('\n');
    let mut screens = label(tr!(lang, "chart-term-screens"));
    for c in 0..cols {
        let worst = bin(c)
            .flat_map(|d| {
                p.screens
                    .iter()
                    .filter(move |s| s.date == d)
                    .map(|s| s.read)
            })
            .max();
        screens.push(worst.map_or(' ', |r| g.screens[r as usize]));
    }
    out.push_str(screens.trim_end());
    out.push('\n');
    out.push_str(&axis(p, lang, g, cols));
    out.push_str(&key(lang, g));
    if depot.is_some() {
        let text = tr!(
            lang,
            "chart-term-key-depot",
            shot = g.shot.to_string(),
            covered = g.covered.to_string()
        );
        out.push_str(&wrap(&text, 80));
    }
    if g.tick == Glyphs::ASCII.tick {
        // The words too: "·" between title parts, a name's letters.
        out = out
            .chars()
            .map(|c| match c {
                '·' => '-',
                c if c.is_ascii() => c,
                _ => '?',
            })
            .collect();
    }
    out
}

/// The depot row: the column of each injection, and the columns its
/// interval covers; `None` when no injection reaches into the window.
fn depot_row(p: &Picture, g: Glyphs, cols: usize) -> Option<String> {
    let mut row = String::new();
    let mut any = false;
    for c in 0..cols {
        let first = p.from + Duration::days(c as i64 * PER);
        let days = || first.iter_days().take(PER as usize).filter(|d| *d <= p.to);
        let shot = days().any(|d| p.shots.iter().any(|s| s.date == d));
        let covered = days().any(|d| {
            p.shots
                .iter()
                .any(|s| s.date <= d && d < s.date + Duration::days(s.interval.max(1)))
        });
        row.push(if shot {
            g.shot
        } else if covered {
            g.covered
        } else {
            ' '
        });
        any |= shot || covered;
    }
    any.then(|| row.trim_end().to_string())
}

/// The date axis: a tick every 14 days (7 columns) with the date under it.
fn axis(p: &Picture, lang: Lang, g: Glyphs, cols: usize) -> String {
    let mut ticks = " ".repeat(LABEL);
    let mut dates = " ".repeat(LABEL);
    for c in 0..cols {
        let d = p.from + Duration::days(c as i64 * PER);
        if c % 7 == 0 {
            ticks.push(g.tick);
            let text = match lang {
                Lang::En => format!("{:02}-{:02}", d.month(), d.day()),
                Lang::Nb => format!("{:02}.{:02}", d.day(), d.month()),
            };
            let at = LABEL + c;
            if dates.chars().count() <= at {
                while dates.chars().count() < at {
                    dates.push(' ');
                }
                dates.push_str(&text);
            }
        } else {
            ticks.push(' ');
        }
    }
    format!("{}\n{}\n", ticks.trim_end(), dates.trim_end())
}

/// What the characters mean, within 80 columns.
fn key(lang: Lang, g: Glyphs) -> String {
    let text = tr!(
        lang,
        "chart-term-key",
        missed = g.missed.to_string(),
        unrecorded = g.unrecorded.to_string(),
        off = g.off.to_string(),
        clean = g.screens[0].to_string(),
        note = g.screens[1].to_string(),
        some = g.screens[2].to_string(),
        concern = g.screens[3].to_string()
    );
    wrap(&text, 80)
}

/// Words wrapped at `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for w in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    if !line.trim().is_empty() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_the_width() {
        let w = wrap(&"word ".repeat(40), 20);
        assert!(w.lines().all(|l| l.chars().count() <= 20), "{w}");
    }
}
