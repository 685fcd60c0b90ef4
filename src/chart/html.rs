//! The SVG inline in a minimal HTML page: a `<title>`, no scripts, no
//! external fonts, styles or images (tooltips are the SVG's `<title>`s).

use super::model::Picture;
use super::svg::{esc, render};
use crate::i18n::Lang;

/// The page.
pub fn page(p: &Picture, lang: Lang) -> String {
    let title = crate::tr!(
        lang,
        "chart-title",
        id = p.id.clone(),
        medication = lang.medication(p.medication),
        date = lang.date(p.as_of)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>body{{font-family:sans-serif;margin:16px;background:#ffffff;color:#000000}}svg{{max-width:100%;height:auto}}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        lang.tag(),
        esc(&title),
        render(p, lang)
    )
}
