//! Rules: one file per family, all pure functions of the case, its derived
//! facts and the settings. `registry.rs` holds the metadata of every rule.

pub mod data;
pub mod dose;
pub mod missed;
pub mod registry;
pub mod switch;
pub mod taper;

use crate::case::{Case, Group};
use crate::config::{PerGroup, Settings, Severity, Sources};
use crate::facts::Facts;
use crate::report::{Finding, mg_value};
use chrono::{Duration, NaiveDate};
use serde_json::{Map, Value};

/// What every rule reads.
pub struct Cx<'a> {
    /// The case.
    pub case: &'a Case,
    /// Its derived facts.
    pub facts: &'a Facts,
    /// Parameters.
    pub s: &'a Settings,
    /// Where the parameters come from.
    pub sources: &'a Sources,
    /// Day of the check.
    pub as_of: NaiveDate,
    /// Past events before this day are not reported.
    pub lookback_from: NaiveDate,
}

impl<'a> Cx<'a> {
    /// A context.
    pub fn new(case: &'a Case, facts: &'a Facts, s: &'a Settings, sources: &'a Sources) -> Self {
        let as_of = facts.as_of;
        Cx {
            case,
            facts,
            s,
            sources,
            as_of,
            lookback_from: as_of - Duration::days(s.general.history_lookback_days),
        }
    }

    /// An event on `d` is news: inside the look-back or in the plan.
    pub fn reportable(&self, d: NaiveDate) -> bool {
        d >= self.lookback_from
    }

    /// The source comment of a config key (`local default` when it has none).
    pub fn src(&self, key: &str) -> String {
        self.sources.of(key).unwrap_or("local default").to_string()
    }

    /// The source of a per-group key.
    pub fn src_g(&self, table: &str, g: Group) -> String {
        self.src(&format!("{table}.{}", g.key()))
    }

    /// Builds a finding with the registry's name.
    pub fn finding(
        &self,
        code: &'static str,
        severity: Severity,
        message: String,
        ev: Ev,
        source: String,
        suggestion: String,
    ) -> Finding {
        let info = registry::find(code).expect("rule code in the registry");
        Finding {
            code: info.code,
            name: info.name,
            severity,
            message,
            first_date: ev.first_date,
            evidence: ev.map,
            source,
            suggestion,
            acknowledged: None,
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

/// `2026-11-16 to 2026-11-19` or a single date.
pub fn span(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from} to {to}")
    }
}

/// Runs every implemented rule.
pub fn check_all(cx: &Cx<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    dose::check(cx, &mut out);
    missed::check(cx, &mut out);
    switch::check(cx, &mut out);
    taper::check(cx, &mut out);
    data::check(cx, &mut out);
    out
}
