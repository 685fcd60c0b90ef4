//! The fuzz targets' bodies and the invariants they assert, beside the
//! "never panic" that libFuzzer checks by itself.
//!
//! Invariants (issue 15, the all-clears the reliability campaign found):
//! - every dose printed is above 0 (in the JSON: every dose key; in the
//!   table: every number written before "mg");
//! - a case with no dose record (oral LAR medication, no `[[doses]]`,
//!   `[[missed]]` or `[[plan]]`, not ended) is never clean;
//! - a case with its own LAR molecule on an active prescription is never
//!   clean.
//!
//! "Clean" is rules.md's: no finding at warning or above. An acknowledged
//! finding is still reported, so the finding must be there; when the case
//! acknowledges nothing it must also count.

use chrono::{Duration, NaiveDate};
use larcheck::case::Case;
use larcheck::config::{Config, Severity};
use larcheck::report::{CaseReport, CaseResult, Summary};
use serde_json::Value;
use std::sync::OnceLock;

/// The day a case without `treatment.as_of` is checked on (the binary uses
/// today; a fixed day keeps a crash reproducible).
pub fn fallback_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date")
}

/// The embedded configuration, read once.
pub fn config() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(Config::embedded)
}

fn parse(
    text: &str,
    fallback: Option<NaiveDate>,
    view: Option<NaiveDate>,
) -> Result<Case, CaseResult> {
    let c = config();
    let opts = larcheck::input::LoadOptions {
        fallback_as_of: fallback,
        view_as_of: view,
        catalogue: &c.catalogue,
        settings: &c.settings,
    };
    larcheck::input::parse_with(text, &opts)
        .map_err(|e| larcheck::commands::check::error_result("fuzz.toml".into(), e))
}

/// Renders a result as `check` does (table and JSON) and checks the
/// invariants of a checked case.
fn render(result: CaseResult, case: Option<(&Case, NaiveDate)>) {
    let results = [result];
    let mut summary = Summary::default();
    summary.add(&results[0]);
    let style = larcheck::output::table::Style::plain();
    let table = larcheck::output::table::render(&results, &summary, style);
    let json = larcheck::output::json::render(&results, &summary, config());
    let v: Value = serde_json::from_str(&json).expect("check's JSON parses");
    if let (CaseResult::Checked(report), Some((case, as_of))) = (&results[0], case) {
        doses_are_positive_in_json(&v, "");
        doses_are_positive_in_table(&table);
        never_clean(report, case, as_of);
    }
}

/// `fuzz_targets/check.rs`: parse → check → render.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let case = match parse(text, Some(fallback_day()), None) {
        Ok(c) => c,
        Err(e) => return render(e, None),
    };
    let as_of = case.treatment.as_of.unwrap_or_else(fallback_day);
    match larcheck::engine::check("fuzz.toml", &case, as_of, false, config()) {
        Ok(r) => render(CaseResult::Checked(Box::new(r)), Some((&case, as_of))),
        Err(e) => render(
            larcheck::commands::check::error_result(
                "fuzz.toml".into(),
                larcheck::error::InputError::new(e.0),
            ),
            None,
        ),
    }
}

/// Every date the case names, sorted: the boundaries a view is most
/// likely to get wrong.
fn dates(c: &Case) -> Vec<NaiveDate> {
    let mut d: Vec<NaiveDate> = Vec::new();
    d.extend(c.treatment.as_of);
    d.extend(c.treatment.started_lar);
    d.extend(c.treatment.ended);
    for x in c.doses.iter().chain(&c.plan) {
        d.extend([x.from, x.to]);
    }
    for x in &c.missed {
        d.extend([x.from, x.to]);
    }
    d.extend(c.injections.iter().map(|x| x.date));
    d.extend(c.screens.iter().map(|x| x.date));
    d.extend(c.ecg.iter().map(|x| x.date));
    d.extend(c.events.iter().map(|x| x.date));
    for p in &c.prescriptions {
        d.extend(p.from);
        d.extend(p.to);
    }
    d.sort_unstable();
    d
}

/// FNV-1a: a stable choice from the input without consuming its bytes, so
/// the fixtures are seeds for both targets as they are.
fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `fuzz_targets/as_of_view.rs`: the `--as-of` path, as `check_one` runs it
/// with a view date: one of the case's dates, -2..=+2 days.
pub fn as_of_view(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(first) = parse(text, Some(fallback_day()), None) else {
        return;
    };
    let all = dates(&first);
    let h = hash(data);
    let base = if all.is_empty() {
        fallback_day()
    } else {
        all[(h % all.len() as u64) as usize]
    };
    let Some(view) = base.checked_add_signed(Duration::days((h >> 32) as i64 % 5 - 2)) else {
        return;
    };
    let case = match parse(text, None, Some(view)) {
        Ok(c) => c,
        Err(e) => return render(e, None),
    };
    match larcheck::engine::check("fuzz.toml", &case, view, true, config()) {
        Ok(r) => {
            // The invariants hold for the case as it stood on that morning.
            let (seen, _) = larcheck::case::view::as_of(&case, view);
            render(CaseResult::Checked(Box::new(r)), Some((&seen, view)));
        }
        Err(e) => render(
            larcheck::commands::check::error_result(
                "fuzz.toml".into(),
                larcheck::error::InputError::new(e.0),
            ),
            None,
        ),
    }
}

/// The JSON keys that hold a dose (an amount given or to be given), at any
/// depth: the report's current dose, the restart advice, the evidence.
pub const DOSE_KEYS: &[&str] = &[
    "mg",
    "current_dose_mg",
    "last_dose_mg",
    "next_dose_mg",
    "dose_mg",
    "first_dose_mg",
    "restart_mg",
    "from_mg",
    "to_mg",
    "daily_mg",
    "dose_before_mg",
    "highest_mg",
    "last_previous_mg",
    "last_full_agonist_mg",
    "last_sublingual_mg",
    "injection_mg",
    "last_injection_mg",
];

/// Every dose key in the JSON holds a number above 0 (or null).
pub fn doses_are_positive_in_json(v: &Value, at: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if DOSE_KEYS.contains(&k.as_str())
                    && let Some(n) = x.as_f64()
                {
                    assert!(n > 0.0, "dose {at}.{k} = {n} is not above 0");
                }
                doses_are_positive_in_json(x, &format!("{at}.{k}"));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                doses_are_positive_in_json(x, &format!("{at}[{i}]"));
            }
        }
        _ => {}
    }
}

/// Every "N mg" in the table has N above 0. Text the case wrote itself
/// and the table quotes (a drug name as written, "Sertralin 00 mg
/// tablett") is not a dose the tool computed: quoted spans are blanked
/// first (a crash found by this harness on 2026-12-02 was exactly that).
pub fn doses_are_positive_in_table(table: &str) {
    let mut quoted = false;
    let table: String = table
        .chars()
        .map(|c| {
            if c == '"' || c == '\n' {
                quoted = c == '"' && !quoted;
                c
            } else if quoted {
                ' '
            } else {
                c
            }
        })
        .collect();
    let table = table.as_str();
    for (i, _) in table.match_indices(" mg") {
        let after = table[i + 3..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue; // "mg/day" is fine, "mgx" is not a unit
        }
        let before = &table[..i];
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let number = before[start..].trim_start_matches('.');
        if number.is_empty() {
            continue;
        }
        if let Ok(n) = number.parse::<f64>() {
            let line = table[..i].rsplit('\n').next().unwrap_or_default();
            assert!(n > 0.0, "the table prints a dose of {number} mg: {line}…");
        }
    }
}

/// No dose record, or the patient's own LAR molecule prescribed, is never
/// clean.
pub fn never_clean(report: &CaseReport, case: &Case, as_of: NaiveDate) {
    let t = &case.treatment;
    let no_dose_record = !t.medication.is_depot()
        && t.ended.is_none()
        && case.doses.is_empty()
        && case.missed.is_empty()
        && case.plan.is_empty();
    let catalogue = larcheck::engine::catalogue_for(&config().catalogue, case);
    let own = t.medication;
    let own_prescribed = case.prescriptions.iter().find(|p| {
        p.active_on(as_of)
            && catalogue
                .resolve(&p.drug)
                .and_then(|d| d.lar.as_deref())
                .and_then(larcheck::case::Medication::parse)
                .is_some_and(|m| {
                    m == own
                        || m.same_molecule(own)
                        || (m.is_buprenorphine_family() && own.is_buprenorphine_family())
                })
    });
    if !no_dose_record && own_prescribed.is_none() {
        return;
    }
    let why = if no_dose_record {
        "no dose record".to_string()
    } else {
        format!(
            "its own LAR medication {own} prescribed as {:?}",
            own_prescribed.map(|p| &p.drug)
        )
    };
    let warning = |f: &&larcheck::report::Finding| f.severity >= Severity::Warning;
    assert!(
        report.findings.iter().any(|f| warning(&f)),
        "a case with {why} is clean on {as_of}"
    );
    if case.acknowledged.is_empty() {
        assert!(
            report.findings.iter().filter(warning).any(|f| f.counts()),
            "a case with {why} is clean on {as_of} (only acknowledged findings)"
        );
    }
}
