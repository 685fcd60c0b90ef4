//! Rules: one file per family, all pure functions of the case, its derived
//! facts and the settings. Each rule is declared (`declare_rule!`) beside
//! the function that checks it; `registry.rs` lists them.

// First, so that `declare_rule!` is in scope in the family files.
#[macro_use]
pub mod registry;

pub mod benzo;
pub mod data;
pub mod dose;
pub mod interactions;
pub mod missed;
pub mod overdose;
pub mod pickup;
pub mod qtc;
pub mod screens;
pub mod switch;
pub mod taper;

use crate::case::{Case, Group, Prescription};
use crate::config::{PerGroup, Settings, Severity, Sources};
use crate::facts::{Facts, Reading, ResolvedRx};
use crate::i18n::Lang;
use crate::report::{Finding, mg_value};
use crate::vocab::drugs::{Catalogue, Drug, DrugClass};
use chrono::{Duration, NaiveDate};
use registry::Rule;
use serde_json::{Map, Value};

/// What every rule reads.
pub struct Cx<'a> {
    /// The case.
    pub case: &'a Case,
    /// Its derived facts.
    pub facts: &'a Facts<'a>,
    /// Parameters.
    pub s: &'a Settings,
    /// Where the parameters come from.
    pub sources: &'a Sources,
    /// Day of the check.
    pub as_of: NaiveDate,
    /// Past events before this day are not reported.
    pub lookback_from: NaiveDate,
    /// The drug catalogue.
    pub catalogue: &'a Catalogue,
    /// Every prescription with its catalogue entry (`None`: unknown drug):
    /// [`Facts::prescriptions`].
    pub rx: &'a [ResolvedRx<'a>],
    /// Every screen, read on its own date: [`Facts::readings`].
    pub readings: &'a [Reading],
    /// The language of messages and suggestions (`--lang`): English unless
    /// [`Cx::in_lang`] says otherwise.
    pub lang: Lang,
}

/// A prescription and what it resolved to.
pub type Rx<'a> = (&'a Prescription, &'a Drug);

impl<'a> Cx<'a> {
    /// A context over the facts [`crate::facts::derive`] computed for
    /// `case` (with `catalogue`).
    pub fn new(
        case: &'a Case,
        facts: &'a Facts<'a>,
        s: &'a Settings,
        sources: &'a Sources,
        catalogue: &'a Catalogue,
    ) -> Self {
        let as_of = facts.as_of;
        Cx {
            case,
            facts,
            s,
            sources,
            as_of,
            lookback_from: as_of - Duration::days(s.general.history_lookback_days),
            catalogue,
            rx: &facts.prescriptions,
            readings: &facts.readings,
            lang: Lang::En,
        }
    }

    /// The same context writing in `lang`.
    pub fn in_lang(self, lang: Lang) -> Self {
        Cx { lang, ..self }
    }

    /// Prescriptions active on `as_of` that resolve to a drug other than a
    /// LAR medication entry, with their catalogue entry.
    pub fn active(&self) -> impl Iterator<Item = Rx<'a>> + '_ {
        self.rx
            .iter()
            .filter_map(|(p, d)| d.map(|d| (*p, d)))
            .filter(|(p, d)| p.active_on(self.as_of) && !self.is_own_lar(d))
    }

    /// A catalogue entry that is the patient's own LAR medication (or
    /// another product of it): not a co-prescription. Another LAR
    /// medication (Substitol beside methadone) is another opioid.
    pub fn is_own_lar(&self, d: &Drug) -> bool {
        let own = self.case.treatment.medication;
        match d.lar.as_deref().and_then(crate::case::Medication::parse) {
            Some(m) => {
                m == own
                    || m.same_molecule(own)
                    || (m.is_buprenorphine_family() && own.is_buprenorphine_family())
            }
            None => false,
        }
    }

    /// Active prescriptions of a class (another LAR medication counts as
    /// an opioid), every prescription line.
    pub fn active_with(&self, c: DrugClass) -> Vec<Rx<'a>> {
        self.active()
            .filter(|(_, d)| d.has_class(c) || (c == DrugClass::Opioid && d.lar.is_some()))
            .collect()
    }

    /// Screens in the last `days` days (`as_of − days` … `as_of`).
    pub fn recent_readings(&self, days: i64) -> impl Iterator<Item = &Reading> {
        let from = self.as_of - Duration::days(days);
        self.readings
            .iter()
            .filter(move |r| r.date >= from && r.date <= self.as_of)
    }

    /// The case's screen for a reading.
    pub fn screen(&self, r: &Reading) -> &'a crate::case::Screen {
        &self.case.screens[r.index]
    }

    /// An event on `d` is news: inside the look-back or in the plan.
    pub fn reportable(&self, d: NaiveDate) -> bool {
        d >= self.lookback_from
    }

    /// An event on `d` is current for grading (rules.md "Severity"): in
    /// `[[plan]]` (on or after `as_of`) or in the last `recent_event_days`
    /// days before `as_of`.
    pub fn recent(&self, d: NaiveDate) -> bool {
        d >= self.as_of - Duration::days(self.s.general.recent_event_days)
    }

    /// Past events are audits, not alarms (rules.md "Severity"): a critical
    /// finding about the dated events `dates` none of which is recent
    /// becomes a warning with `demoted_from: critical`, and its message
    /// names the latest of those dates and how long ago it was. A finding
    /// about several days stays critical while any of them is recent. Used
    /// by every rule that judges a dated event (DOS001, DOS004, DOS005,
    /// DOS007, DOS008, DOS009, MIS002, SWI001, SWI002, SWI004, SWI005).
    pub fn audit(&self, mut f: Finding, dates: &[NaiveDate]) -> Finding {
        if f.severity != Severity::Critical || dates.is_empty() {
            return f;
        }
        if dates.iter().any(|d| self.recent(*d)) {
            return f;
        }
        let last = *dates.iter().max().expect("not empty");
        let ago = self.lang.ago((self.as_of - last).num_days());
        let several = i64::from(dates.len() > 1);
        f.demoted_from = Some(Severity::Critical);
        f.severity = Severity::Warning;
        f.message.push_str(&crate::tr!(
            self.lang,
            "past-event",
            several = several,
            date = self.lang.date(last),
            ago = ago
        ));
        f
    }

    /// Since when the drug of prescription `p` has been prescribed without
    /// a gap (rules.md "Prescribed and known is not the same as hidden"):
    /// entries of the same drug (generic) that follow each other without a
    /// gap (a renewal, a new brand, a dose change) count as one prescription
    /// from the first `from`. `None`: no start date (the chain reaches an
    /// entry without `from`).
    pub fn prescribed_since(&self, p: &Prescription, d: &Drug) -> Option<NaiveDate> {
        let mut since = p.from?;
        loop {
            // An earlier entry of the same drug that reaches the day before.
            let before = self
                .rx
                .iter()
                .filter(|(q, e)| {
                    e.is_some_and(|e| e.generic == d.generic)
                        && q.from.is_none_or(|f| f < since)
                        && q.to.is_none_or(|t| t + Duration::days(1) >= since)
                })
                .map(|(q, _)| q.from)
                .min_by(|a, b| match (a, b) {
                    (None, None) => std::cmp::Ordering::Equal,
                    (None, _) => std::cmp::Ordering::Less,
                    (_, None) => std::cmp::Ordering::Greater,
                    (Some(x), Some(y)) => x.cmp(y),
                });
            match before {
                None => return Some(since),
                Some(None) => return None,
                Some(Some(f)) => since = f,
            }
        }
    }

    /// How an active prescription grades (rules.md INT003, INT004, INT007,
    /// INT008): long-standing (no `from`, or one earlier than `as_of −
    /// established_days`, renewals counted from the first) or new.
    pub fn standing(&self, p: &Prescription, d: &Drug) -> Standing {
        let cut = self.as_of - Duration::days(self.s.general.established_days);
        match self.prescribed_since(p, d) {
            None => Standing::LongStanding(None),
            Some(f) if f < cut => Standing::LongStanding(Some(f)),
            Some(f) => Standing::New(f),
        }
    }

    /// The source comment of a config key (`local default` when it has none).
    pub fn src(&self, key: &str) -> String {
        self.sources.of(key).unwrap_or("local default").to_string()
    }

    /// The source of a per-group key.
    pub fn src_g(&self, table: &str, g: Group) -> String {
        self.src(&format!("{table}.{}", g.key()))
    }

    /// A finding of `rule`, cited with the rule's declared source.
    pub fn report(
        &self,
        rule: &'static Rule,
        severity: Severity,
        message: String,
        ev: Ev,
        suggestion: String,
    ) -> Finding {
        self.report_with_source(
            rule,
            severity,
            message,
            ev,
            rule.source.to_string(),
            suggestion,
        )
    }

    /// A finding of `rule` cited with `source` (the source comment of the
    /// config key whose number it applies).
    pub fn report_with_source(
        &self,
        rule: &'static Rule,
        severity: Severity,
        message: String,
        ev: Ev,
        source: String,
        suggestion: String,
    ) -> Finding {
        debug_assert!(
            severity <= rule.max_severity,
            "{} reported {severity:?} above its maximum {:?}",
            rule.code,
            rule.max_severity
        );
        Finding {
            code: rule.code,
            name: rule.name,
            rule,
            severity,
            demoted_from: None,
            message,
            first_date: ev.first_date,
            subjects: subjects(&ev.map),
            evidence: ev.map,
            source,
            suggestion,
            acknowledged: None,
        }
    }
}

/// An active prescription as rules.md grades it: long-standing (the team
/// has lived with it) or new (started in the last `established_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Prescribed since the date (`None`: no start date recorded).
    LongStanding(Option<NaiveDate>),
    /// Started on the date, in the last `established_days`.
    New(NaiveDate),
}

impl Standing {
    /// Long-standing.
    pub fn is_long(self) -> bool {
        matches!(self, Standing::LongStanding(_))
    }

    /// `started 2026-11-10, 10 days ago` / `long-standing, since 2025-03-01`
    /// / `long-standing, no start date`.
    pub fn words(self, as_of: NaiveDate, lang: Lang) -> String {
        match self {
            Standing::New(f) => crate::tr!(
                lang,
                "standing-new",
                date = lang.date(f),
                ago = lang.ago((as_of - f).num_days())
            ),
            Standing::LongStanding(Some(f)) => {
                crate::tr!(lang, "standing-since", date = lang.date(f))
            }
            Standing::LongStanding(None) => crate::tr!(lang, "standing-no-date"),
        }
    }
}

/// A per-group limit, or `None` when not configured for the group.
pub fn limit(p: &PerGroup, g: Group) -> Option<f64> {
    p.get(g)
}

/// Evidence under construction.
#[derive(Debug, Default, Clone)]
pub struct Ev {
    map: Map<String, Value>,
    first_date: Option<NaiveDate>,
}

impl Ev {
    /// Empty evidence.
    pub fn new() -> Self {
        Ev::default()
    }

    /// A date.
    pub fn date(mut self, k: &str, d: NaiveDate) -> Self {
        self.first_date = Some(self.first_date.map_or(d, |f| f.min(d)));
        self.map.insert(k.into(), Value::from(d.to_string()));
        self
    }

    /// A dose.
    pub fn mg(mut self, k: &str, x: f64) -> Self {
        self.map.insert(k.into(), mg_value(x));
        self
    }

    /// An optional dose (null when absent).
    pub fn opt_mg(mut self, k: &str, x: Option<f64>) -> Self {
        self.map.insert(k.into(), x.map_or(Value::Null, mg_value));
        self
    }

    /// An integer.
    pub fn int(mut self, k: &str, x: i64) -> Self {
        self.map.insert(k.into(), Value::from(x));
        self
    }

    /// A number.
    pub fn num(mut self, k: &str, x: f64) -> Self {
        self.map.insert(k.into(), Value::from(x));
        self
    }

    /// A string.
    pub fn str(mut self, k: &str, s: impl Into<String>) -> Self {
        self.map.insert(k.into(), Value::from(s.into()));
        self
    }

    /// Any JSON value.
    pub fn val(mut self, k: &str, v: Value) -> Self {
        self.map.insert(k.into(), v);
        self
    }

    /// A list of dates (the first one counts for sorting).
    pub fn dates(mut self, k: &str, ds: &[NaiveDate]) -> Self {
        if let Some(d) = ds.iter().min() {
            self.first_date = Some(self.first_date.map_or(*d, |f| f.min(*d)));
        }
        self.map.insert(
            k.into(),
            Value::from(ds.iter().map(|d| d.to_string()).collect::<Vec<_>>()),
        );
        self
    }
}

/// The one "7 days" of the dose rules (DOS004's cap, TAP001's and
/// PRG002's pace): the changes of `list` (sorted by date) from `list[i]`
/// through the 6 calendar days after it.
pub fn week_from<'c, 'a>(
    list: &'c [&'a crate::facts::Change],
    i: usize,
) -> &'c [&'a crate::facts::Change] {
    let end = list[i].date + Duration::days(6);
    let n = list[i..].iter().take_while(|c| c.date <= end).count();
    &list[i..i + n]
}

/// Consecutive-date runs of `dates` (sorted): `[(from, to)]`.
pub fn runs(dates: &[NaiveDate]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &d in dates {
        match out.last_mut() {
            Some((_, to)) if *to + Duration::days(1) == d => *to = d,
            _ => out.push((d, d)),
        }
    }
    out
}

/// A prescription as evidence: `{"drug": "Sobril", "generic": "oxazepam", ...}`.
pub fn rx_value(p: &Prescription, d: Option<&Drug>) -> Value {
    let mut m = Map::new();
    m.insert("drug".into(), Value::from(p.drug.clone()));
    if let Some(d) = d {
        m.insert("generic".into(), Value::from(d.generic.clone()));
        m.insert("atc".into(), Value::from(d.atc.clone()));
        // How the name as written was read, when it is not literally a
        // catalogue name ("Quetiapin 25 mg tablett" → quetiapine).
        if let Some(r) = d.read_as(&p.drug) {
            m.insert("read_as".into(), Value::from(r));
        }
    }
    if let Some(x) = p.daily_mg {
        m.insert("daily_mg".into(), mg_value(x));
    }
    if let Some(u) = p.patch_ug_per_hour {
        m.insert("patch_ug_per_hour".into(), Value::from(u));
    }
    if let Some(f) = p.from {
        m.insert("from".into(), Value::from(f.to_string()));
    }
    if let Some(t) = p.to {
        m.insert("to".into(), Value::from(t.to_string()));
    }
    if p.approved_by_tsb {
        m.insert("approved_by_tsb".into(), Value::from(true));
    }
    Value::Object(m)
}

/// `Sobril (oxazepam) 30 mg/day`, `Sobril (oxazepam) 30 mg/døgn`.
pub fn rx_words(p: &Prescription, d: &Drug, lang: Lang) -> String {
    let name = if p.drug.eq_ignore_ascii_case(&d.generic) {
        p.drug.clone()
    } else {
        // A LAR product's generic in words ("slow-release morphine (24 h)",
        // not the catalogue's "morphine-sr-24h").
        let generic = crate::case::Medication::parse(&d.generic)
            .map_or_else(|| d.generic.clone(), |m| lang.medication(m));
        crate::tr!(lang, "rx-named", drug = p.drug.as_str(), generic = generic)
    };
    match (p.patch_ug_per_hour, p.daily_mg) {
        (Some(u), Some(x)) => crate::tr!(
            lang,
            "rx-patch",
            name = name,
            ug = lang.mg(u),
            mg = lang.mg(x)
        ),
        (_, Some(x)) => crate::tr!(lang, "rx-daily", name = name, mg = lang.mg(x)),
        _ => name,
    }
}

/// What the first phase produces: findings of the families that read only
/// the case, its facts and the settings.
pub struct FirstPhase {
    /// Findings, unsorted and not yet acknowledged.
    pub findings: Vec<Finding>,
    /// Restart advice after missed days (MIS001).
    pub restart: Option<crate::report::Restart>,
}

/// What the second phase produces from the first phase's findings.
pub struct SecondPhase {
    /// ODR002 and the mastery and pickup findings, not yet acknowledged.
    pub findings: Vec<Finding>,
    /// The drug-mastery object.
    pub mastery: Option<crate::report::Mastery>,
    /// The pickup proposal object.
    pub pickup: Option<crate::report::Pickup>,
}

/// Phase 1: every family that reads only facts, in report order. No rule
/// here reads another rule's findings.
pub fn first_phase(cx: &Cx<'_>) -> FirstPhase {
    let mut out = Vec::new();
    dose::check(cx, &mut out);
    let restart = missed::check(cx, &mut out);
    switch::check(cx, &mut out);
    taper::check(cx, &mut out);
    benzo::check(cx, &mut out);
    interactions::check(cx, &mut out);
    qtc::check(cx, &mut out);
    screens::check(cx, &mut out);
    data::check(cx, &mut out);
    overdose::check(cx, &mut out);
    FirstPhase {
        findings: out,
        restart,
    }
}

/// Phase 2: the rules that judge the first phase's (acknowledged) findings
/// through their declarations: ODR002 (`naloxone_risk`) and mastery and
/// the pickup proposal (`holds_back_pickup`).
pub fn second_phase(cx: &Cx<'_>, first: &FirstPhase) -> SecondPhase {
    let mut out = Vec::new();
    overdose::naloxone(cx, &first.findings, &mut out);
    let (mastery, pickup) = pickup::check(cx, first.restart.as_ref(), &first.findings, &mut out);
    SecondPhase {
        findings: out,
        mastery,
        pickup,
    }
}

/// The drugs a finding concerns ([`Finding::subjects`]), read once when the
/// finding is built: every drug name its evidence gives, lower-cased (the
/// `drug`, `generic`, `drugs` and `generics` keys and the names inside
/// `prescription(s)`). The one place that reads evidence keys for drugs.
fn subjects(ev: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut take = |v: &Value| match v {
        Value::String(s) => out.push(s.to_lowercase()),
        Value::Array(items) => out.extend(
            items
                .iter()
                .filter_map(|i| i.as_str())
                .map(str::to_lowercase),
        ),
        _ => {}
    };
    for key in ["drug", "generic", "drugs", "generics"] {
        if let Some(v) = ev.get(key) {
            take(v);
        }
    }
    for key in ["prescription", "prescriptions"] {
        let list: Vec<&Value> = match ev.get(key) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(v) => vec![v],
            None => Vec::new(),
        };
        for p in list {
            for k in ["drug", "generic"] {
                if let Some(v) = p.get(k) {
                    take(v);
                }
            }
        }
    }
    out
}

/// Whether acknowledgement `a` covers finding `f` (expired or not): the
/// same code and, when the entry names a drug, a finding whose evidence
/// names that drug, resolved through the catalogue (rules.md
/// "Acknowledgements"): "diazepam" covers every diazepam product, "Vival"
/// covers Vival only.
pub fn covers(a: &crate::case::Acknowledgement, f: &Finding, catalogue: &Catalogue) -> bool {
    if a.code != f.code {
        return false;
    }
    let Some(drug) = &a.drug else {
        return true;
    };
    let named = &f.subjects;
    let want = drug.trim().to_lowercase();
    // Resolved through the catalogue: a generic name or an ATC
    // code covers every product of that drug; a brand covers
    // that brand only, so an acknowledged TSB-approved "Vival"
    // never mutes a newly added "Stesolid" (also diazepam) —
    // the safer of the two readings of rules.md.
    let resolved = catalogue.resolve(drug);
    let names_the_drug = resolved.filter(|d| {
        d.generic.to_lowercase() == want
            || d.atc.eq_ignore_ascii_case(&want)
            || d.former_atc.iter().any(|a| a.eq_ignore_ascii_case(&want))
    });
    named.iter().any(|n| {
        *n == want
            || n.starts_with(&format!("{want} "))
            || names_the_drug.is_some_and(|d| {
                *n == d.generic.to_lowercase()
                    // A combination that contains the drug ("tramadol"
                    // covers "Acetaminophen / Tramadol").
                    || catalogue.resolve(n).is_some_and(|e| {
                        e.generic == d.generic || e.components.contains(&d.generic)
                    })
            })
    })
}

/// Marks findings that an `[[acknowledged]]` entry covers ([`covers`]).
pub fn acknowledge(case: &Case, catalogue: &Catalogue, as_of: NaiveDate, findings: &mut [Finding]) {
    for f in findings.iter_mut() {
        let mut best: Option<crate::report::AckState> = None;
        for a in case.acknowledged.iter().filter(|a| covers(a, f, catalogue)) {
            let st = crate::report::AckState {
                reason: a.reason.clone(),
                until: a.until,
                expired: a.until < as_of,
            };
            if best.as_ref().is_none_or(|b| b.expired && !st.expired) {
                best = Some(st);
            }
        }
        f.acknowledged = best;
    }
}

/// The number of different drugs (generic names) in a list of prescriptions.
pub fn distinct_drugs(list: &[Rx<'_>]) -> usize {
    let mut g: Vec<&str> = list.iter().map(|(_, d)| d.generic.as_str()).collect();
    g.sort_unstable();
    g.dedup();
    g.len()
}

#[cfg(test)]
mod tests {
    use super::{Cx, Standing};
    use crate::config::{Config, Severity};
    use chrono::NaiveDate;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const HEAD: &str = "schema = 1\n[patient]\nid = \"t\"\n[treatment]\nmedication = \"methadone\"\nas_of = 2026-11-20\nstarted_lar = 2020-01-01\n[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 80\n";

    /// Runs `f` with a context for `HEAD` plus `extra`.
    fn with_cx(extra: &str, f: impl FnOnce(&Cx<'_>)) {
        let config = Config::embedded();
        let case = crate::input::parse(&format!("{HEAD}{extra}"), None).unwrap();
        let facts = crate::facts::derive(
            &case,
            date("2026-11-20"),
            &config.settings,
            &config.catalogue,
        )
        .unwrap();
        let cx = Cx::new(
            &case,
            &facts,
            &config.settings,
            &config.sources,
            &config.catalogue,
        );
        f(&cx);
    }

    #[test]
    fn a_renewal_without_a_gap_keeps_the_first_from() {
        let rx = "[[prescriptions]]\ndrug = \"Lyrica\"\nfrom = 2026-04-01\nto = 2026-11-05\n\
                  [[prescriptions]]\ndrug = \"pregabalin\"\nfrom = 2026-11-06\n\
                  [[prescriptions]]\ndrug = \"Sobril\"\nfrom = 2026-04-01\nto = 2026-11-01\n\
                  [[prescriptions]]\ndrug = \"Sobril\"\nfrom = 2026-11-10\n\
                  [[prescriptions]]\ndrug = \"Seroquel\"\n\
                  [[prescriptions]]\ndrug = \"Zyprexa\"\nfrom = 2026-10-23\n";
        with_cx(rx, |cx| {
            let st: Vec<Standing> = cx
                .rx
                .iter()
                .map(|(p, d)| cx.standing(p, d.unwrap()))
                .collect();
            assert_eq!(st[1], Standing::LongStanding(Some(date("2026-04-01"))));
            // After a gap: a new prescription.
            assert_eq!(st[3], Standing::New(date("2026-11-10")));
            assert_eq!(st[4], Standing::LongStanding(None));
            // From exactly as_of − 28 days is not earlier: new.
            assert_eq!(st[5], Standing::New(date("2026-10-23")));
        });
    }

    #[test]
    fn an_acknowledgement_matches_the_subjects_a_finding_was_built_with() {
        // rules.md "Acknowledgements": a generic name or ATC covers every
        // product of the drug, a brand that brand only, and a combination
        // containing the drug is covered by the drug's name.
        with_cx("", |cx| {
            let f = |drug: &str| {
                cx.report(
                    &super::benzo::BZD001,
                    Severity::Critical,
                    "m".into(),
                    super::Ev::new().str("drug", drug),
                    String::new(),
                )
            };
            let ack = |drug: &str| crate::case::Acknowledgement {
                code: "BZD001".into(),
                drug: Some(drug.into()),
                until: date("2026-12-01"),
                reason: "r".into(),
            };
            let vival = f("Vival");
            assert_eq!(vival.subjects, vec!["vival".to_string()]);
            let covers =
                |a: &str, f: &crate::report::Finding| super::covers(&ack(a), f, cx.catalogue);
            assert!(covers("Vival", &vival));
            assert!(covers("diazepam", &vival));
            assert!(covers("N05BA01", &vival));
            assert!(covers("diazepam", &f("diazepam")));
            assert!(!covers("Stesolid", &vival));
            assert!(!covers("oxazepam", &vival));
            assert!(covers("tramadol", &f("Acetaminophen / Tramadol")));
        });
    }

    #[test]
    fn a_past_critical_is_an_audit_unless_one_of_its_days_is_recent() {
        with_cx("", |cx| {
            let f = || {
                cx.report_with_source(
                    &crate::rules::dose::DOS004,
                    Severity::Critical,
                    "m".into(),
                    super::Ev::new(),
                    String::new(),
                    String::new(),
                )
            };
            let old = cx.audit(f(), &[date("2026-11-12")]);
            assert_eq!(old.severity, Severity::Warning);
            assert_eq!(old.demoted_from, Some(Severity::Critical));
            assert_eq!(old.message, "m (past event, on 2026-11-12, 8 days ago)");
            // Exactly 7 days before as_of is recent; so is the plan.
            let edge = cx.audit(f(), &[date("2026-11-13")]);
            assert_eq!(
                (edge.severity, edge.demoted_from),
                (Severity::Critical, None)
            );
            let plan = cx.audit(f(), &[date("2026-11-21")]);
            assert_eq!(plan.severity, Severity::Critical);
            // Several days: one recent day keeps the grade.
            let some = cx.audit(f(), &[date("2026-09-01"), date("2026-11-15")]);
            assert_eq!(some.severity, Severity::Critical);
            let all = cx.audit(f(), &[date("2026-09-01"), date("2026-09-08")]);
            assert!(
                all.message
                    .ends_with("(past event, last on 2026-09-08, 73 days ago)")
            );
            // A warning is never touched.
            let mut w = f();
            w.severity = Severity::Warning;
            assert_eq!(cx.audit(w, &[date("2026-09-01")]).demoted_from, None);
        });
    }
}
