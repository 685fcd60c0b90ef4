//! The picture as hand-written SVG: self-contained (no scripts, no external
//! fonts or images: the generic `sans-serif`), every tooltip a `<title>`
//! child, readable in black and white: gaps are patterns (hatch = missed,
//! dots = not recorded, cross-hatch = a zero day by decision), the plan is
//! dashed, screens and findings differ by shape as well as colour.

use super::model::{GapKind, Mark, Picture, ScreenRead};
use crate::config::Severity;
use crate::i18n::Lang;
use crate::tr;
use chrono::{Datelike, Duration, NaiveDate};
use std::fmt::Write;

const WIDTH: f64 = 1200.0;
const LEFT: f64 = 150.0;
const RIGHT: f64 = 30.0;
const LANE: f64 = 110.0;
/// The colours of the dose lines, one per medication (dark enough to stay
/// black in grey).
const LINE_COLOURS: [&str; 4] = ["#1f4e79", "#7b3f00", "#1b5e20", "#4a148c"];

/// Text escaped for XML.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// The horizontal scale: a day to its left edge.
struct Scale {
    from: NaiveDate,
    px: f64,
}

impl Scale {
    fn x(&self, d: NaiveDate) -> f64 {
        LEFT + (d - self.from).num_days() as f64 * self.px
    }
    /// The right edge of day `d`.
    fn x_end(&self, d: NaiveDate) -> f64 {
        self.x(d) + self.px
    }
}

/// Rows of labels that must not overlap: the first row whose last label
/// ends before `x`.
struct Rows(Vec<f64>);

impl Rows {
    fn place(&mut self, x: f64, width: f64) -> usize {
        let row = self
            .0
            .iter()
            .position(|end| *end + 4.0 <= x)
            .unwrap_or(self.0.len());
        if row == self.0.len() {
            self.0.push(0.0);
        }
        self.0[row] = x + width;
        row
    }
}

/// About how wide a label is at 11 px.
fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * 6.2
}

fn num(x: f64) -> String {
    format!("{x:.1}")
}

/// The defs: the patterns of the gaps.
fn defs(o: &mut String) {
    o.push_str(concat!(
        "<defs>",
        "<pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">",
        "<rect width=\"8\" height=\"8\" fill=\"#fde0dc\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b71c1c\" stroke-width=\"3\"/></pattern>",
        "<pattern id=\"dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#424242\"/></pattern>",
        "<pattern id=\"cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"8\" height=\"8\" fill=\"#e3f2fd\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#0d47a1\" stroke-width=\"1\"/></pattern>",
        "</defs>\n"
    ));
}

fn gap_fill(k: GapKind) -> &'static str {
    match k {
        GapKind::Missed => "url(#hatch)",
        GapKind::Unrecorded => "url(#dots)",
        GapKind::PlannedOff => "url(#cross)",
    }
}

/// A screen mark: open circle (clean), open diamond (note), filled
/// triangle (some use), filled square (concern).
fn screen_shape(o: &mut String, r: ScreenRead, x: f64, y: f64, title: &str) {
    let t = format!("<title>{}</title>", esc(title));
    let _ = match r {
        ScreenRead::Clean => write!(
            o,
            "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#ffffff\" stroke=\"#1b5e20\" stroke-width=\"2\">{t}</circle>",
            num(x),
            num(y)
        ),
        ScreenRead::Note => write!(
            o,
            "<path d=\"M{} {}l6 6l-6 6l-6 -6z\" fill=\"#ffffff\" stroke=\"#0d47a1\" stroke-width=\"2\">{t}</path>",
            num(x),
            num(y - 6.0)
        ),
        ScreenRead::SomeUse => write!(
            o,
            "<path d=\"M{} {}l6 11h-12z\" fill=\"#e65100\" stroke=\"#000000\" stroke-width=\"1\">{t}</path>",
            num(x),
            num(y - 6.0)
        ),
        ScreenRead::Concern => write!(
            o,
            "<rect x=\"{}\" y=\"{}\" width=\"11\" height=\"11\" fill=\"#b71c1c\" stroke=\"#000000\" stroke-width=\"1\">{t}</rect>",
            num(x - 5.5),
            num(y - 5.5)
        ),
    };
}

/// The group a baseline screen's mark is drawn in: its reading's shape,
/// faded (the legend says so).
const BASELINE_OPEN: &str = "<g class=\"baseline\" opacity=\"0.4\">";

/// A finding flag: filled dark (critical), grey (warning), open (info).
fn flag_shape(o: &mut String, s: Severity, x: f64, y: f64, title: &str) {
    let (fill, stroke) = match s {
        Severity::Critical => ("#b71c1c", "#000000"),
        Severity::Warning => ("#f9a825", "#000000"),
        Severity::Info => ("#ffffff", "#37474f"),
    };
    let _ = write!(
        o,
        "<path d=\"M{x} {y}v-14l9 4l-9 4\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.2\"><title>{}</title></path>",
        esc(title),
        x = num(x),
        y = num(y)
    );
}

/// The date axis' ticks: (date, label). Days, weeks or months, so that
/// labels are at least 70 px apart.
fn ticks(sc: &Scale, from: NaiveDate, to: NaiveDate, lang: Lang) -> Vec<(NaiveDate, String)> {
    let month = |m: u32| tr!(lang, "chart-month", month = m);
    let day_label = |d: NaiveDate| {
        tr!(
            lang,
            "chart-axis-day",
            day = d.day(),
            month = month(d.month())
        )
    };
    let mut out = Vec::new();
    if sc.px * 7.0 >= 70.0 {
        let step = if sc.px >= 70.0 { 1 } else { 7 };
        let mut d = from;
        if step == 7 {
            while d.weekday() != chrono::Weekday::Mon {
                d += Duration::days(1);
            }
        }
        while d <= to {
            out.push((d, day_label(d)));
            d += Duration::days(step);
        }
        return out;
    }
    let months = [1u32, 2, 3, 6, 12]
        .into_iter()
        .find(|m| sc.px * 30.4 * f64::from(*m) >= 70.0)
        .unwrap_or(12);
    let mut d = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
    while d <= to {
        if d >= from && (d.month() - 1).is_multiple_of(months) {
            let label = tr!(
                lang,
                "chart-axis-month",
                month = month(d.month()),
                year = d.year()
            );
            out.push((d, label));
        }
        d = d
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(to + Duration::days(1));
    }
    out
}

/// Draws the picture.
pub fn render(p: &Picture, lang: Lang) -> String {
    let days = (p.to - p.from).num_days() + 1;
    let sc = Scale {
        from: p.from,
        px: (WIDTH - LEFT - RIGHT) / days as f64,
    };
    let mut o = String::new();
    let title = tr!(
        lang,
        "chart-title",
        id = p.id.clone(),
        medication = lang.medication(p.medication),
        date = lang.date(p.as_of)
    );
    let range = tr!(
        lang,
        "chart-range",
        from = lang.date(p.from),
        to = lang.date(p.to),
        days = days
    );
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"28\" font-size=\"18\" font-weight=\"bold\">{}</text><text x=\"20\" y=\"48\" font-size=\"12\" fill=\"#333333\">{}</text>",
        esc(&title),
        esc(&range)
    );
    let mut y = 64.0;
    let flags_top = y;
    y = findings_lane(&mut o, p, &sc, lang, y);
    let band_top = y;
    y = dose_lanes(&mut o, p, &sc, lang, y);
    let band_bottom = y;
    y = screens_lane(&mut o, p, &sc, lang, y);
    y = bars_lane(&mut o, p, &sc, lang, y);
    y = marks_lane(&mut o, p, &sc, lang, y);
    let plot_bottom = y;
    // Behind everything: the gaps across the dose band, the day grid.
    let mut back = String::new();
    gaps(&mut back, p, &sc, lang, band_top, band_bottom);
    let axis = ticks(&sc, p.from, p.to, lang);
    for (d, _) in &axis {
        let _ = write!(
            back,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#dddddd\" stroke-width=\"1\"/>",
            num(flags_top),
            num(plot_bottom),
            x = num(sc.x(*d))
        );
    }
    back.push('\n');
    y = axis_and_as_of(&mut o, p, &sc, lang, &axis, flags_top, plot_bottom);
    y = legend(&mut o, p, lang, y + 10.0);
    let height = y + 10.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
        esc(&title),
        esc(&title),
        w = WIDTH,
        h = num(height)
    );
    defs(&mut svg);
    let _ = writeln!(
        svg,
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        WIDTH,
        num(height)
    );
    svg.push_str(&back);
    svg.push_str(&o);
    svg.push_str("</svg>\n");
    svg
}

/// The lane label on the left.
fn lane_label(o: &mut String, y: f64, text: &str) {
    let _ = write!(
        o,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-weight=\"bold\">{}</text>",
        num(LEFT - 8.0),
        num(y),
        esc(text)
    );
}

/// The findings of the check on `as_of`, as flags at their dates; labels
/// in rows that do not overlap. Returns the lane's bottom.
fn findings_lane(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, y: f64) -> f64 {
    if p.flags.is_empty() {
        return y;
    }
    let mut flags: Vec<_> = p.flags.iter().collect();
    flags.sort_by_key(|f| (f.date, f.code));
    let mut rows = Rows(Vec::new());
    let placed: Vec<usize> = flags
        .iter()
        .map(|f| rows.place(sc.x(f.date), 12.0 + text_width(f.code)))
        .collect();
    let h = 20.0 * rows.0.len() as f64 + 6.0;
    lane_label(o, y + 16.0, &tr!(lang, "chart-findings"));
    for (f, row) in flags.iter().zip(placed) {
        let x = sc.x(f.date);
        let base = y + 18.0 + 20.0 * row as f64;
        let ack = if f.acknowledged {
            tr!(lang, "chart-acknowledged")
        } else {
            String::new()
        };
        let title = tr!(
            lang,
            "chart-finding-title",
            code = f.code,
            severity = lang.severity(f.severity),
            ack = ack,
            message = f.message.clone()
        );
        flag_shape(o, f.severity, x, base, &title);
        let _ = write!(
            o,
            "<text x=\"{}\" y=\"{}\"{}>{}</text>",
            num(x + 11.0),
            num(base - 4.0),
            if f.acknowledged {
                " fill=\"#757575\" font-style=\"italic\""
            } else {
                ""
            },
            esc(f.code)
        );
    }
    o.push('\n');
    y + h
}

/// One band per LAR medication (its own scale) and the depot injections.
fn dose_lanes(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, mut y: f64) -> f64 {
    for (i, line) in p.lines.iter().enumerate() {
        let colour = LINE_COLOURS[i % LINE_COLOURS.len()];
        let top = y + 8.0;
        let bottom = y + LANE;
        let max = if line.max_mg > 0.0 { line.max_mg } else { 1.0 };
        let ym = |mg: f64| bottom - mg / max * (bottom - top - 14.0);
        // Left of the dose ticks ("16 mg" is about 30 px).
        let _ = write!(
            o,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-weight=\"bold\">{}</text>",
            num(LEFT - 36.0),
            num(top + 12.0),
            esc(&lang.medication(line.med))
        );
        let _ = write!(
            o,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#555555\">{}</text>",
            num(LEFT - 36.0),
            num(top + 26.0),
            esc(&tr!(lang, "chart-dose-unit"))
        );
        for mg in [0.0, max / 2.0, max] {
            let _ = write!(
                o,
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#bbbbbb\" stroke-dasharray=\"2 3\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"10\" fill=\"#555555\">{}</text>",
                num(LEFT),
                num(WIDTH - RIGHT),
                num(LEFT - 3.0),
                num(ym(mg) + 3.0),
                esc(&lang.mg(mg)),
                y = num(ym(mg))
            );
        }
        let mut solid = String::new();
        let mut dashed = String::new();
        let mut area = String::new();
        let mut last_end = f64::MIN;
        let mut prev: Option<&super::model::Step> = None;
        for s in &line.steps {
            let (x0, x1, yy) = (sc.x(s.from), sc.x_end(s.to), ym(s.mg));
            let path = if s.planned { &mut dashed } else { &mut solid };
            match prev {
                Some(q) if q.to + Duration::days(1) == s.from => {
                    let _ = write!(path, "M{} {}", num(x0), num(ym(q.mg)));
                    let _ = write!(path, "L{} {}", num(x0), num(yy));
                }
                _ => {
                    let _ = write!(path, "M{} {}", num(x0), num(yy));
                }
            }
            let _ = write!(path, "L{} {}", num(x1), num(yy));
            let _ = write!(
                area,
                "M{} {}H{}V{}H{}z",
                num(x0),
                num(bottom),
                num(x1),
                num(yy),
                num(x0)
            );
            let changed = prev
                .is_none_or(|q| (q.mg - s.mg).abs() > 1e-9 || q.to + Duration::days(1) != s.from);
            let label = tr!(lang, "chart-mg", mg = lang.mg(s.mg));
            if changed && x0 >= last_end + 4.0 {
                last_end = x0 + text_width(&label);
                let _ = write!(
                    o,
                    "<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"{colour}\">{}</text>",
                    num(x0 + 2.0),
                    num((yy - 4.0).max(top + 2.0)),
                    esc(&label)
                );
            }
            prev = Some(s);
        }
        let _ = writeln!(
            o,
            "<path d=\"{area}\" fill=\"{colour}\" fill-opacity=\"0.18\" stroke=\"none\"/><path d=\"{solid}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/><path d=\"{dashed}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/>"
        );
        y = bottom + 6.0;
    }
    if !p.shots.is_empty() {
        y = shots_lane(o, p, sc, lang, y);
    }
    y
}

/// The depot injections: a triangle on the day, a bar over its interval.
fn shots_lane(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, y: f64) -> f64 {
    lane_label(o, y + 22.0, &tr!(lang, "chart-depot"));
    for (i, s) in p.shots.iter().enumerate() {
        let x = sc.x(s.date);
        let until = s.date + Duration::days(s.interval - 1);
        let end = sc.x_end(until.min(p.to));
        let bar_y = y + 30.0 + 6.0 * (i % 2) as f64;
        let product = crate::output::table::depot_words(s.product, lang);
        let title = tr!(
            lang,
            "chart-injection",
            date = lang.date(s.date),
            mg = lang.mg(s.mg),
            product = product,
            interval = s.interval,
            until = lang.date(until)
        );
        let _ = write!(
            o,
            "<g><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"5\" fill=\"#455a64\" fill-opacity=\"0.35\" stroke=\"#263238\" stroke-width=\"0.8\"/><path d=\"M{} {}l6 -11h-12z\" fill=\"#263238\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text></g>",
            esc(&title),
            num(x),
            num(bar_y),
            num((end - x).max(1.0)),
            num(x),
            num(y + 27.0),
            num(x + 7.0),
            num(y + 14.0),
            esc(&tr!(lang, "chart-mg", mg = lang.mg(s.mg)))
        );
    }
    o.push('\n');
    y + 46.0
}

/// The missed, planned-off and not-recorded runs across the dose band.
fn gaps(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, top: f64, bottom: f64) {
    if bottom <= top {
        return;
    }
    for g in &p.gaps {
        let kind = tr!(lang, &format!("chart-gap-{}", g.kind.as_str()));
        let title = tr!(
            lang,
            "chart-gap-title",
            kind = kind,
            span = lang.span(g.from, g.to),
            days = (g.to - g.from).num_days() + 1
        );
        let _ = write!(
            o,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}</title></rect>",
            num(sc.x(g.from)),
            num(top),
            num(sc.x_end(g.to) - sc.x(g.from)),
            num(bottom - top),
            gap_fill(g.kind),
            esc(&title)
        );
    }
    o.push('\n');
}

/// The screens, by reading; the substances of a some-use or concern screen
/// as a label under it (rows that do not overlap), all in the tooltip.
fn screens_lane(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, y: f64) -> f64 {
    if p.screens.is_empty() {
        return y;
    }
    lane_label(o, y + 18.0, &tr!(lang, "chart-screens"));
    let mut rows = Rows(Vec::new());
    let mut labels = String::new();
    for s in &p.screens {
        let x = sc.x(s.date) + sc.px / 2.0;
        let reading = tr!(lang, &format!("chart-screen-{}", s.read.as_str()));
        let positive = if s.positive.is_empty() {
            tr!(lang, "chart-none")
        } else {
            s.positive.join(", ")
        };
        let mut why = if s.why.is_empty() {
            String::new()
        } else {
            tr!(lang, "chart-screen-why", why = s.why.clone())
        };
        if s.baseline {
            why.push_str(&tr!(lang, "chart-screen-baseline"));
        }
        let title = tr!(
            lang,
            "chart-screen-title",
            date = lang.date(s.date),
            reading = reading,
            positive = positive,
            why = why
        );
        // A baseline screen (before LAR began) is drawn faded: mastery does
        // not count it, and a red square for the heroin found at intake
        // would read as a concern in treatment.
        if s.baseline {
            o.push_str(BASELINE_OPEN);
        }
        screen_shape(o, s.read, x, y + 14.0, &title);
        if s.baseline {
            o.push_str("</g>");
            continue;
        }
        if matches!(s.read, ScreenRead::SomeUse | ScreenRead::Concern) && !s.why.is_empty() {
            let lx = (x - 4.0).min(WIDTH - RIGHT - text_width(&s.why));
            let row = rows.place(lx, text_width(&s.why));
            let _ = write!(
                labels,
                "<text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>",
                num(lx),
                num(y + 34.0 + 12.0 * row as f64),
                esc(&s.why)
            );
        }
    }
    o.push_str(&labels);
    o.push('\n');
    y + 28.0 + 12.0 * rows.0.len() as f64 + 8.0
}

/// The prescriptions of interaction classes, one bar a row.
fn bars_lane(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, y: f64) -> f64 {
    if p.bars.is_empty() {
        return y;
    }
    lane_label(o, y + 14.0, &tr!(lang, "chart-prescriptions"));
    let mut y = y + 4.0;
    for b in &p.bars {
        let x0 = sc.x(b.from);
        let x1 = sc.x_end(b.to.unwrap_or(p.to));
        let dose = b
            .daily_mg
            .map(|m| format!(" {}", tr!(lang, "chart-mg", mg = lang.mg(m))))
            .unwrap_or_default();
        let label = tr!(
            lang,
            "chart-rx",
            drug = b.drug.clone(),
            dose = dose,
            classes = b.classes.join(", ")
        );
        let span = match b.to {
            Some(t) => lang.span(b.from, t),
            None => tr!(lang, "chart-rx-open", from = lang.date(b.from)),
        };
        let title = tr!(lang, "chart-rx-title", drug = label.clone(), span = span);
        // The label sits inside the plot: at the bar's start, or ending at
        // the right edge when the bar starts too far right for it.
        let lx = x0.min(WIDTH - RIGHT - text_width(&label)).max(LEFT);
        let _ = write!(
            o,
            "<g><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"8\" fill=\"#6a1b9a\" fill-opacity=\"0.55\" stroke=\"#4a148c\" stroke-width=\"1\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text></g>",
            esc(&title),
            num(x0),
            num(y + 13.0),
            num((x1 - x0).max(1.0)),
            num(lx),
            num(y + 10.0),
            esc(&label)
        );
        y += 26.0;
    }
    o.push('\n');
    y + 4.0
}

/// ECGs (a tick with the QTc) and events (a star with their kind).
fn marks_lane(o: &mut String, p: &Picture, sc: &Scale, lang: Lang, y: f64) -> f64 {
    if p.marks.is_empty() {
        return y;
    }
    lane_label(o, y + 16.0, &tr!(lang, "chart-marks"));
    let mut rows = Rows(Vec::new());
    for m in &p.marks {
        let x = sc.x(m.date()) + sc.px / 2.0;
        let (label, title, shape) = match m {
            Mark::Ecg { date, qtc_ms } => {
                let qtc = lang.decimal(*qtc_ms, 0);
                (
                    tr!(lang, "chart-ecg", qtc = qtc.clone()),
                    tr!(lang, "chart-ecg-title", date = lang.date(*date), qtc = qtc),
                    format!(
                        "<rect x=\"{}\" y=\"{}\" width=\"3\" height=\"14\" fill=\"#000000\"/>",
                        num(x - 1.5),
                        num(y + 4.0)
                    ),
                )
            }
            Mark::Event { date, words } => (
                words.clone(),
                tr!(
                    lang,
                    "chart-event-title",
                    date = lang.date(*date),
                    words = words.clone()
                ),
                format!(
                    "<path d=\"M{} {}l7 7l-7 7l-7 -7z\" fill=\"#000000\"/>",
                    num(x),
                    num(y + 4.0)
                ),
            ),
        };
        // Inside the plot: a label that would run past the right edge ends
        // there.
        let lx = (x + 6.0).min(WIDTH - RIGHT - text_width(&label));
        let row = rows.place(lx - 2.0, text_width(&label));
        let _ = write!(
            o,
            "<g><title>{}</title>{shape}<text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text></g>",
            esc(&title),
            num(lx),
            num(y + 30.0 + 12.0 * row as f64),
            esc(&label)
        );
    }
    o.push('\n');
    y + 26.0 + 12.0 * rows.0.len() as f64 + 6.0
}

/// The date axis under the plot and the `as_of` line through it.
fn axis_and_as_of(
    o: &mut String,
    p: &Picture,
    sc: &Scale,
    lang: Lang,
    axis: &[(NaiveDate, String)],
    top: f64,
    bottom: f64,
) -> f64 {
    let _ = write!(
        o,
        "<line x1=\"{}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"#000000\"/>",
        num(LEFT),
        num(WIDTH - RIGHT),
        b = num(bottom)
    );
    for (d, label) in axis {
        let x = sc.x(*d);
        let _ = write!(
            o,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#000000\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
            num(bottom),
            num(bottom + 5.0),
            num(bottom + 18.0),
            esc(label),
            x = num(x)
        );
    }
    if p.as_of >= p.from && p.as_of <= p.to {
        let x = sc.x(p.as_of);
        let label = tr!(lang, "chart-as-of", date = lang.date(p.as_of));
        let anchor = if x + text_width(&label) > WIDTH - RIGHT {
            "end"
        } else {
            "start"
        };
        let _ = write!(
            o,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-weight=\"bold\">{}</text>",
            num(top - 4.0),
            num(bottom),
            num(x + if anchor == "end" { -3.0 } else { 3.0 }),
            num(top + 6.0 - 10.0),
            esc(&label),
            x = num(x)
        );
    }
    o.push('\n');
    bottom + 26.0
}

/// The legend: what is in the picture, each with its swatch; four to a row.
fn legend(o: &mut String, p: &Picture, lang: Lang, y: f64) -> f64 {
    let mut items: Vec<(String, String)> = Vec::new();
    let sw = |s: &str| s.to_string();
    items.push((
        tr!(lang, "chart-legend-dose"),
        sw("<path d=\"M0 0h22\" stroke=\"#1f4e79\" stroke-width=\"2.5\"/>"),
    ));
    if p.lines.iter().any(|l| l.steps.iter().any(|s| s.planned)) {
        items.push((
            tr!(lang, "chart-legend-plan"),
            sw("<path d=\"M0 0h22\" stroke=\"#1f4e79\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/>"),
        ));
    }
    for k in [GapKind::Missed, GapKind::PlannedOff, GapKind::Unrecorded] {
        if p.gaps.iter().any(|g| g.kind == k) {
            items.push((
                tr!(lang, &format!("chart-gap-{}", k.as_str())),
                format!(
                    "<rect x=\"0\" y=\"-7\" width=\"22\" height=\"14\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"0.5\"/>",
                    gap_fill(k)
                ),
            ));
        }
    }
    if !p.shots.is_empty() {
        items.push((
            tr!(lang, "chart-legend-injection"),
            sw("<path d=\"M8 4l6 -11h-12z\" fill=\"#263238\"/><rect x=\"8\" y=\"4\" width=\"16\" height=\"4\" fill=\"#455a64\" fill-opacity=\"0.35\" stroke=\"#263238\" stroke-width=\"0.8\"/>"),
        ));
    }
    for r in ScreenRead::ALL {
        let reading = tr!(lang, &format!("chart-screen-{}", r.as_str()));
        let mut s = String::new();
        screen_shape(&mut s, r, 10.0, 0.0, &reading);
        items.push((tr!(lang, "chart-legend-screen", reading = reading), s));
    }
    if p.screens.iter().any(|s| s.baseline) {
        let mut s = String::from(BASELINE_OPEN);
        let words = tr!(lang, "chart-legend-baseline");
        screen_shape(&mut s, ScreenRead::Concern, 10.0, 0.0, &words);
        s.push_str("</g>");
        items.push((words, s));
    }
    if !p.bars.is_empty() {
        items.push((
            tr!(lang, "chart-legend-rx"),
            sw("<rect x=\"0\" y=\"-4\" width=\"22\" height=\"8\" fill=\"#6a1b9a\" fill-opacity=\"0.55\" stroke=\"#4a148c\"/>"),
        ));
    }
    items.push((
        tr!(lang, "chart-legend-ecg"),
        sw("<rect x=\"9\" y=\"-7\" width=\"3\" height=\"14\" fill=\"#000000\"/>"),
    ));
    items.push((
        tr!(lang, "chart-legend-event"),
        sw("<path d=\"M10 -7l7 7l-7 7l-7 -7z\" fill=\"#000000\"/>"),
    ));
    for (s, id) in [
        (Severity::Critical, "chart-legend-critical"),
        (Severity::Warning, "chart-legend-warning"),
        (Severity::Info, "chart-legend-info"),
    ] {
        let mut f = String::new();
        flag_shape(&mut f, s, 6.0, 7.0, &tr!(lang, id));
        items.push((tr!(lang, id), f));
    }
    let _ = writeln!(
        o,
        "<text x=\"20\" y=\"{}\" font-weight=\"bold\">{}</text>",
        num(y + 4.0),
        esc(&tr!(lang, "chart-legend"))
    );
    let col = (WIDTH - 40.0) / 4.0;
    for (i, (label, swatch)) in items.iter().enumerate() {
        let x = 20.0 + col * (i % 4) as f64;
        let yy = y + 24.0 + 22.0 * (i / 4) as f64;
        let _ = writeln!(
            o,
            "<g transform=\"translate({},{})\">{swatch}<text x=\"30\" y=\"4\">{}</text></g>",
            num(x),
            num(yy),
            esc(label)
        );
    }
    y + 24.0 + 22.0 * items.len().div_ceil(4) as f64
}
