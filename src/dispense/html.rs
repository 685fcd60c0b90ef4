//! The dispensing plan as a self-contained HTML page for the pharmacy's
//! wall or folder: a week per row, Monday to Sunday, each day with its
//! dose, how it is given and what its pickup hands out. No scripts, no
//! network (no external fonts, styles or images), a print stylesheet for A4
//! landscape; every state is a word as well as a colour (the page is often
//! printed in black and white).

use super::text::{
    amount, closed_line, contact_block, counter_block, dated, dose_cell, footer, handed_out,
    intake_cell, regime_line, title, weekday,
};
use super::{Calendar, Given, PlanDay};
use crate::chart::svg::esc;
use crate::i18n::Lang;
use crate::tr;
use chrono::{Datelike, Duration};

const STYLE: &str = "\
body{font-family:sans-serif;margin:16px;color:#000;background:#fff;font-size:11pt}\
h1{font-size:15pt;margin:0 0 6px 0}\
p{margin:4px 0}\
.alert{border:3px solid #b00020;background:#fde8ea;padding:8px 10px;margin:8px 0;font-weight:bold}\
table{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:8px}\
th,td{border:1px solid #555;padding:4px 5px;vertical-align:top;text-align:left}\
th{background:#e8e8e8}\
td.out{background:#f4f4f4;color:#777}\
td.closed{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#eee 6px,#eee 12px)}\
.date{font-weight:bold}\
.dose{font-size:12pt;font-weight:bold;margin:2px 0}\
.sup{color:#0b4f9c}\
.home{color:#6a3d00}\
.na{color:#b00020;font-weight:bold}\
.out-list{border-top:1px dashed #888;margin-top:3px;padding-top:2px}\
.small{font-size:9pt;color:#333}\
@page{size:A4 landscape;margin:10mm}\
@media print{body{margin:0;font-size:8.5pt}h1{font-size:12pt}.dose{font-size:9.5pt}\
th,td{padding:2px 3px}.small{font-size:7.5pt}tr{break-inside:avoid}\
.alert{background:#fff;padding:4px 6px}td.out{background:#fff}}";

/// The page.
pub fn page(c: &Calendar, lang: Lang) -> String {
    let mut body = format!("<h1>{}</h1>\n", esc(&title(c, lang)));
    let counter = counter_block(c, lang);
    if let Some((head, lines)) = counter.split_first() {
        body.push_str(&format!(
            "<div class=\"alert\" role=\"alert\">{}<br>{}</div>\n",
            esc(head),
            lines
                .iter()
                .map(|l| esc(l))
                .collect::<Vec<_>>()
                .join("<br>")
        ));
    }
    if let Some(b) = contact_block(c, lang) {
        body.push_str(&format!(
            "<div class=\"alert\" role=\"alert\">{}</div>\n",
            esc(&b)
        ));
    }
    body.push_str(&format!("<p>{}</p>\n", esc(&regime_line(c, lang))));
    body.push_str(&format!("<p>{}</p>\n", esc(&closed_line(c, lang))));
    body.push_str(&grid(c, lang));
    for l in footer(c, lang) {
        body.push_str(&format!("<p class=\"small\">{}</p>\n", esc(&l)));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.tag(),
        esc(&title(c, lang)),
    )
}

/// The weeks, Monday to Sunday; days outside the period are blank.
fn grid(c: &Calendar, lang: Lang) -> String {
    let mut t = String::from("<table>\n<thead><tr>");
    for d in super::Day::ALL {
        t.push_str(&format!("<th>{}</th>", esc(&weekday(d, lang))));
    }
    t.push_str("</tr></thead>\n<tbody>\n");
    let monday = c.from - Duration::days(i64::from(c.from.weekday().num_days_from_monday()));
    let mut day = monday;
    while day <= c.to {
        t.push_str("<tr>");
        for _ in 0..7 {
            match c.days.iter().find(|d| d.date == day) {
                Some(d) => t.push_str(&cell(d, lang)),
                None => t.push_str("<td class=\"out\"></td>"),
            }
            day += Duration::days(1);
        }
        t.push_str("</tr>\n");
    }
    t.push_str("</tbody>\n</table>\n");
    t
}

/// Escaped lines, one per item, a number never parted from its unit.
fn lines(items: &[String]) -> String {
    items
        .iter()
        .map(|i| nbsp(&esc(i)))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// `80&#160;mg`: the amount and its unit on one line.
fn nbsp(s: &str) -> String {
    s.replace(" mg", "&#160;mg")
}

/// One day: date, dose, how it is given, what its pickup hands out.
fn cell(d: &PlanDay, lang: Lang) -> String {
    let class = if d.closed { " class=\"closed\"" } else { "" };
    let mut s = format!(
        "<td{class}><div class=\"date\">{}</div>",
        esc(&dated(d.date, lang))
    );
    if d.closed {
        s.push_str(&format!(
            "<div class=\"small\">{}</div>",
            esc(&tr!(lang, "plan-closed-day"))
        ));
    }
    // One line per administration, one per take-home dose: a cell is read
    // at the counter, not parsed.
    let doses: Vec<String> = if d.doses.is_empty() {
        vec![dose_cell(d, lang)]
    } else {
        d.doses.iter().map(|a| amount(a, lang)).collect()
    };
    s.push_str(&format!("<div class=\"dose\">{}</div>", lines(&doses)));
    let kind = match d.doses.first().map(|a| a.given) {
        Some(Given::Supervised | Given::Injection) => "sup",
        Some(Given::TakeHome { .. }) => "home",
        Some(Given::ContactPrescriber { .. }) => "na",
        None => "small",
    };
    let intake = intake_cell(d, lang);
    if !intake.is_empty() {
        s.push_str(&format!(
            "<div class=\"{kind}\">{}</div>",
            nbsp(&esc(&intake))
        ));
    }
    // The day's own evening dose is in the intake line already; the list
    // is of the later days' doses (a printed month must fit one A4 page).
    let items: Vec<String> = d
        .hands_out
        .iter()
        .filter(|h| h.date != d.date)
        .map(|h| handed_out(h, d.date, lang))
        .collect();
    if !items.is_empty() {
        s.push_str(&format!(
            "<div class=\"out-list\"><b>{}</b><br>{}</div>",
            esc(&tr!(lang, "plan-hand-out-head")),
            lines(&items)
        ));
    }
    s.push_str("</td>");
    s
}
