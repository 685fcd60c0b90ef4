//! The pure engine: case + settings → report. No I/O, no clock, no printing.

use crate::case::Case;
use crate::config::Config;
use crate::facts::{self, FactsError};
use crate::report::{CaseReport, LastInjection, SetAside, sort_findings};
use crate::rules::{self, Cx};
use chrono::NaiveDate;

/// The catalogue the rules read a case's prescriptions with: `catalogue`
/// plus an entry for each combination the case names that the catalogue
/// does not list ([`crate::vocab::drugs::Catalogue::with_combinations`]). `drugs
/// QUERY` reads a name the same way.
pub fn catalogue_for<'c>(
    catalogue: &'c crate::vocab::drugs::Catalogue,
    case: &Case,
) -> std::borrow::Cow<'c, crate::vocab::drugs::Catalogue> {
    catalogue.with_combinations(case.prescriptions.iter().map(|p| p.drug.as_str()))
}

/// Checks one case on `as_of`. `view` is `Some(date)` when `--as-of` asks
/// for the case as it stood on that morning.
pub fn check(
    path: &str,
    case: &Case,
    as_of: NaiveDate,
    view: bool,
    config: &Config,
) -> Result<CaseReport, FactsError> {
    // The case is copied only for an `--as-of` view (which sets records
    // aside); otherwise it is read where it is.
    let (case, set_aside) = if view {
        let (c, n) = crate::case::view::as_of(case, as_of);
        (
            std::borrow::Cow::Owned(c),
            Some(SetAside {
                records: n,
                after: as_of,
            })
            .filter(|s| s.records > 0),
        )
    } else {
        (std::borrow::Cow::Borrowed(case), None)
    };
    let case: &Case = &case;
    let s = &config.settings;
    // Combinations the catalogue does not list ("Acetaminophen / Tramadol")
    // get an entry of their components for this case, so every rule and the
    // acknowledgements read the names as `drugs` does.
    let catalogue = catalogue_for(&config.catalogue, case);
    let facts = facts::derive(case, as_of, s, &catalogue)?;
    let cx = Cx::new(case, &facts, s, &config.sources, &catalogue).in_lang(config.lang);
    // Phase 1: the families that read only facts; their findings are
    // acknowledged once.
    let mut first = rules::first_phase(&cx);
    rules::acknowledge(case, &catalogue, as_of, &mut first.findings);
    // Phase 2: ODR002 and the pickup proposal over the acknowledged
    // first-phase findings.
    let rules::SecondPhase {
        findings: second,
        mastery,
        pickup,
    } = rules::second_phase(&cx, &first);
    let restart = first.restart;
    let mut findings = first.findings;
    let from = findings.len();
    findings.extend(second);
    rules::acknowledge(case, &catalogue, as_of, &mut findings[from..]);
    // DAT005 judges the acknowledgements, so it runs after them.
    let mut unused = rules::data::dat005(&cx, &findings);
    rules::acknowledge(case, &catalogue, as_of, &mut unused);
    findings.extend(unused);
    sort_findings(&mut findings);
    Ok(CaseReport {
        path: path.to_string(),
        id: case.patient.id.clone(),
        status: "checked",
        as_of,
        medication: case.treatment.medication,
        medication_product: case.treatment.medication_product.clone(),
        phase: facts.phase,
        episode_day: facts.episode_day,
        current_dose_mg: facts.current_dose_mg.map(|x| (x * 1000.0).round() / 1000.0),
        findings,
        last_injection: last_injection(case, &facts),
        restart,
        mastery,
        pickup,
        set_aside,
        started_lar: case.treatment.started_lar,
        safe_storage_recorded: case.patient.safe_storage_recorded,
        lang: cx.lang,
    })
}

/// The last depot injection before `as_of` (depot patients only).
fn last_injection(case: &Case, facts: &facts::Facts<'_>) -> Option<LastInjection> {
    if !case.treatment.medication.is_depot() {
        return None;
    }
    facts.last_injection.map(|i| LastInjection {
        date: i.date,
        mg: i.mg,
        product: i.product,
    })
}
