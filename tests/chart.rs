//! `larcheck chart` (issue 22): the SVG parses as XML, renders (resvg) with
//! ink in the dose band, is snapshotted for three courses (an induction, a
//! missed run with a restart, a switch with a taper); the HTML page is
//! self-contained; the terminal picture fits 80 columns.

use crate::common::{larcheck, lib};

const CASES: [&str; 3] = ["induction", "missed-restart", "switch-taper"];

fn case(name: &str) -> String {
    format!("tests/data/chart/{name}.toml")
}

/// Runs `chart CASE --out DIR/NAME.EXT` in-process and returns the file.
fn draw(name: &str, ext: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("{name}.{ext}"));
    let mut args = vec!["chart".to_string(), case(name), "--out".into()];
    args.push(out.to_string_lossy().into_owned());
    args.extend(extra.iter().map(|s| s.to_string()));
    let run = lib().args(&args).output().unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(&out).unwrap()
}

/// The chart snapshots live apart from the fixtures' (tests/snapshots/
/// holds only fixture snapshots).
fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("chart_snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// Renders the SVG with resvg and counts the pixels that are not white in
/// the band of the first dose line (from its lane label down 100 px,
/// across the plot).
fn ink_in_dose_band(svg: &str, medication: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is XML");
    let label = doc
        .descendants()
        .find(|n| n.has_tag_name("text") && n.text() == Some(medication))
        .unwrap_or_else(|| panic!("no lane label {medication}"));
    let y: f32 = label.attribute("y").unwrap().parse().unwrap();
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("usvg");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let (w, h) = (size.width() as usize, size.height() as usize);
    let data = pixmap.data();
    let mut ink = 0;
    for row in (y as usize).saturating_sub(4)..((y as usize) + 100).min(h) {
        for col in 160..w - 40 {
            let p = &data[(row * w + col) * 4..(row * w + col) * 4 + 3];
            if p.iter().any(|c| *c < 200) {
                ink += 1;
            }
        }
    }
    ink
}

#[test]
fn each_chart_is_xml_renders_with_ink_in_the_dose_band_and_is_snapshotted() {
    for (name, med) in CASES
        .iter()
        .zip(["buprenorphine", "methadone", "methadone"])
    {
        let svg = draw(name, "svg", &[]);
        let ink = ink_in_dose_band(&svg, med);
        assert!(ink > 500, "{name}: {ink} inked pixels in the dose band");
        snapshot(name, &svg);
    }
}

#[test]
fn the_chart_shows_gaps_plan_screens_bars_and_marks_in_their_words() {
    let svg = draw("missed-restart", "svg", &[]);
    for want in [
        "fill=\"url(#hatch)\"",
        "fill=\"url(#dots)\"",
        "stroke-dasharray=\"7 4\"",
        "missed: 2026-11-10 to 2026-11-14 (5 days)",
        "2026-11-15 screen: concern",
        "Sobril 15 mg: benzodiazepine",
        "QTc 462",
        "as of 2026-11-20",
    ] {
        assert!(svg.contains(want), "{want} missing");
    }
    assert!(!svg.contains("<script"), "no scripts");
    let nb = draw("missed-restart", "svg", &["--lang", "nb"]);
    assert!(nb.contains("uteblitt: 10.11.2026–14.11.2026 (5 dager)"));
    assert!(nb.contains("per 20.11.2026"));
}

#[test]
fn from_and_to_zoom_and_an_empty_range_is_refused() {
    let svg = draw(
        "missed-restart",
        "svg",
        &["--from", "2026-11-01", "--to", "2026-11-30"],
    );
    assert!(svg.contains("2026-11-01 to 2026-11-30 (30 days)"));
    assert!(!svg.contains("QTc 462"), "the September ECG is outside");
    let out = larcheck()
        .args(["chart", &case("induction"), "--out", "/tmp/never.svg"])
        .args(["--from", "2026-11-05", "--to", "2026-11-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = larcheck()
        .args(["chart", &case("induction"), "--out", "x.png"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".svg or .html"));
}

#[test]
fn the_html_page_is_self_contained() {
    let html = draw("switch-taper", "html", &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<title>ch-switch-taper · depot buprenorphine · as of 2026-11-20</title>")
    );
    for banned in [
        "<script",
        "http://",
        "https://",
        "@font-face",
        "<link",
        "<img",
    ] {
        let found = html.replace("http://www.w3.org/2000/svg", "");
        assert!(!found.contains(banned), "{banned} in the page");
    }
}

#[test]
fn the_terminal_picture_fits_80_columns_and_falls_back_to_ascii() {
    let out = lib()
        .args(["chart", &case("missed-restart")])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    assert!(text.contains("methadone"), "{text}");
    assert!(
        text.contains('▓') && text.contains('■') && text.contains('█'),
        "{text}"
    );
    let out = larcheck()
        .args(["chart", &case("missed-restart")])
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.is_ascii(), "{text}");
    assert!(text.contains('X') && text.contains('#'), "{text}");
}

#[test]
fn the_terminal_picture_of_a_depot_patient_shows_the_injections() {
    // A depot patient has had LAR: never "no LAR doses", and each
    // injection with the days its interval covers.
    let out = lib()
        .args(["chart", "tests/data/plan/depot.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("no LAR doses"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("depot "))
        .unwrap_or_else(|| panic!("no depot row: {text}"));
    assert_eq!(row.matches('▼').count(), 3, "{row}");
    assert!(row.contains('─') && row.ends_with("128 mg"), "{row}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    // A daily-dose patient has no depot row.
    let out = lib()
        .args(["chart", &case("missed-restart")])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.lines().any(|l| l.starts_with("depot ")), "{text}");
}
