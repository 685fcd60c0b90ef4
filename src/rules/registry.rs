//! The list of rules. Each rule is declared beside the code that checks it
//! (`declare_rule!` in its family file, which also lists its rules in
//! `RULES`); this file joins the family lists in report order and holds
//! the lookups and the tests over all rules. It feeds `rules`, `explain`,
//! the man page and the README table.

use crate::config::Severity;

/// Everything the tool knows about one rule, declared beside the code
/// that checks it with `declare_rule!`.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, never reused (the static's name).
    pub code: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// The highest severity it can report (checked when a finding is made).
    pub max_severity: Severity,
    /// Severity wording (`warning / critical`).
    pub grades: &'static str,
    /// Source key(s) (`../reference/`).
    pub source: &'static str,
    /// One line: fires when.
    pub summary: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// An example.
    pub example: &'static str,
    /// When it does not fire.
    pub not_when: &'static str,
    /// Config tables and keys holding its numbers.
    pub params: &'static [&'static str],
    /// Where it is declared: `src/rules/dose.rs:133`.
    pub location: &'static str,
    /// A naloxone risk factor: ODR002 lists a finding of this rule in
    /// these words (`benzodiazepine prescribed`).
    pub naloxone_risk: Option<&'static str>,
    /// A critical, unacknowledged finding of this rule holds the pickup
    /// regime back one rung.
    pub holds_back_pickup: bool,
    /// Which catalogue drugs can trigger it (`larcheck drugs QUERY`).
    pub triggered_by: Triggers,
    /// What the person at the counter does about a critical finding of
    /// this rule: the line of the table's "before the next dose or pickup"
    /// block and the worklist (src/actions.rs).
    pub counter: Counter,
    /// `Some(why)`: an `[[acknowledged]]` entry for this rule is refused
    /// with these words (rules.md "Acknowledgements").
    pub not_acknowledgeable: Option<&'static str>,
}

/// A text a rule declares, in words a person reads ([`Rule::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum RuleText {
    /// `grades`.
    Grades,
    /// `summary`.
    Summary,
    /// `why`.
    Why,
    /// `example`.
    Example,
    /// `not_when`.
    NotWhen,
    /// `naloxone_risk`.
    NaloxoneRisk,
    /// `not_acknowledgeable`.
    NotAcknowledgeable,
    /// The words of `Counter::Words`.
    Counter,
    /// The words of `Triggers::AsLarMedication`.
    Triggers,
}

impl RuleText {
    /// The English, when the rule declares this text.
    pub fn english(self, r: &Rule) -> Option<&'static str> {
        match self {
            RuleText::Grades => Some(r.grades),
            RuleText::Summary => Some(r.summary),
            RuleText::Why => Some(r.why),
            RuleText::Example => Some(r.example),
            RuleText::NotWhen => Some(r.not_when),
            RuleText::NaloxoneRisk => r.naloxone_risk,
            RuleText::NotAcknowledgeable => r.not_acknowledgeable,
            RuleText::Counter => match r.counter {
                Counter::Words(w) => Some(w),
                _ => None,
            },
            RuleText::Triggers => match r.triggered_by {
                Triggers::AsLarMedication(w) => Some(w),
                _ => None,
            },
        }
        .filter(|t| !t.is_empty())
    }

    /// The message id in the languages other than English: `mis001-summary`.
    pub fn id(self, r: &Rule) -> String {
        let kind: &'static str = self.into();
        format!("{}-{kind}", r.code.to_ascii_lowercase())
    }

    /// The Fluent variable of a `{table.key}` placeholder (and of a counter
    /// placeholder, `{message}` → `$message`).
    pub fn variable(key: &str) -> String {
        key.replace('.', "-")
    }
}

/// The counter's action for a critical finding (output.md "BEFORE THE NEXT
/// DOSE OR PICKUP").
#[derive(Debug, Clone, Copy)]
pub enum Counter {
    /// The finding's message and suggestion: `{message}: {suggestion}`.
    MessageAndSuggestion,
    /// Words with placeholders: `{message}`, `{first_sentence}` (of the
    /// message, up to the first "; "), `{med}` (the LAR medication).
    Words(&'static str),
    /// Words built from the whole report (the restart advice, the pickup
    /// proposal's reasons, what the record shows).
    From(fn(&crate::report::Finding, &crate::report::CaseReport) -> String),
}

/// The placeholders a [`Counter::Words`] template may use.
pub const COUNTER_PLACEHOLDERS: &[&str] = &["message", "first_sentence", "med"];

/// Which catalogue drugs can trigger a rule, and with which LAR medications.
#[derive(Debug, Clone, Copy)]
pub enum Triggers {
    /// No drug in particular.
    Never,
    /// A co-prescribed drug (not a LAR medication): `Some(with whom)` when
    /// the drug can trigger it.
    CoPrescribed(fn(&crate::vocab::drugs::Drug) -> Option<&'static str>),
    /// A LAR medication entry, with these words.
    AsLarMedication(&'static str),
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.code == other.code
    }
}

impl Rule {
    /// The defaults of the optional fields; the macro fills the rest.
    pub const DEFAULT: Rule = Rule {
        code: "",
        name: "",
        max_severity: Severity::Info,
        grades: "",
        source: "",
        summary: "",
        why: "",
        example: "",
        not_when: "",
        params: &[],
        location: "",
        naloxone_risk: None,
        holds_back_pickup: false,
        triggered_by: Triggers::Never,
        counter: Counter::MessageAndSuggestion,
        not_acknowledgeable: None,
    };

    /// The file that declares (and checks) it: `src/rules/dose.rs`.
    pub fn file(&self) -> &'static str {
        self.location
            .rsplit_once(':')
            .map_or(self.location, |(f, _)| f)
    }

    /// The rule family: the declaring file's stem (`dose`), which is also
    /// the name of its fixture folder.
    pub fn family(&self) -> &'static str {
        let f = self.file();
        let f = f.rsplit_once('/').map_or(f, |(_, n)| n);
        f.strip_suffix(".rs").unwrap_or(f)
    }

    /// One of its declared texts in `lang`. The declaration holds the
    /// English; another language has it as the message `CODE-KIND`
    /// (`mis001-summary`) in the family's file, where a parameter
    /// placeholder `{mis001.methadone}` is the variable
    /// `$mis001-methadone` (dots are not allowed in a Fluent name). The
    /// result keeps the `{table.key}` placeholders for [`fill`].
    pub fn text(&self, kind: RuleText, lang: crate::i18n::Lang) -> Option<String> {
        let english = kind.english(self)?;
        if lang == crate::i18n::Lang::En {
            return Some(english.to_string());
        }
        let mut args = fluent_bundle::FluentArgs::new();
        for key in placeholders(english) {
            args.set(RuleText::variable(key), format!("{{{key}}}"));
        }
        Some(crate::i18n::text(lang, &kind.id(self), Some(&args)))
    }

    /// Its fixtures: `fixtures/dose/DOS003-*`.
    pub fn fixtures(&self) -> String {
        format!("fixtures/{}/{}-*", self.family(), self.code)
    }
}

impl crate::report::Finding {
    /// The finding was reported by `rule`.
    pub fn is(&self, rule: &Rule) -> bool {
        self.code == rule.code
    }
}

/// Declares a rule beside its logic: `declare_rule! { /// doc
/// pub static DOS003 = Rule { name: …, max_severity: …, … } }`. The code
/// is the static's name and the location is where the macro stands.
macro_rules! declare_rule {
    ($(#[$m:meta])* pub static $code:ident = Rule { $($f:ident : $v:expr),* $(,)? }) => {
        $(#[$m])*
        #[allow(clippy::needless_update)]
        pub static $code: $crate::rules::registry::Rule = $crate::rules::registry::Rule {
            code: stringify!($code),
            location: concat!(file!(), ":", line!()),
            $($f: $v,)*
            ..$crate::rules::registry::Rule::DEFAULT
        };
    };
}

use super::{
    benzo, data, dose, interactions, missed, overdose, pickup, qtc, screens, switch, taper,
};

/// The family lists in report order.
const FAMILIES: &[&[&Rule]] = &[
    dose::RULES,
    missed::RULES,
    switch::RULES,
    taper::RULES,
    benzo::RULES,
    interactions::RULES,
    qtc::RULES,
    screens::RULES,
    overdose::RULES,
    pickup::RULES,
    data::RULES,
];

const COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < FAMILIES.len() {
        n += FAMILIES[i].len();
        i += 1;
    }
    n
};

static ALL: [&Rule; COUNT] = {
    let mut out = [&dose::DOS001; COUNT];
    let (mut k, mut i) = (0, 0);
    while i < FAMILIES.len() {
        let mut j = 0;
        while j < FAMILIES[i].len() {
            out[k] = FAMILIES[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
};

/// Every rule, in code order within families: the families' own lists
/// (`dose::RULES`, …) one after the other.
pub static RULES: &[&Rule] = &ALL;

/// The `{table.key}` placeholders of a rule text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|t| t.split_once('}').map(|(k, _)| k))
        .collect()
}

/// A parameter's value in words (`500`, `0.5`), from the config in force;
/// `None` when the key is not a number or a string there.
pub fn param_value(table: &toml::Table, key: &str) -> Option<String> {
    let mut parts = key.split('.');
    let mut v = table.get(parts.next()?)?;
    for p in parts {
        v = v.as_table()?.get(p)?;
    }
    match v {
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(x) => Some(crate::report::mg(*x)),
        toml::Value::String(t) => Some(t.clone()),
        _ => None,
    }
}

/// A rule text with its placeholders filled from the config in force
/// (`explain` with `--config` shows the overridden numbers). A placeholder
/// that does not resolve stays as written (a test forbids them).
pub fn fill(text: &str, table: &toml::Table) -> String {
    let mut out = text.to_string();
    for key in placeholders(text) {
        if let Some(v) = param_value(table, key) {
            out = out.replace(&format!("{{{key}}}"), &v);
        }
    }
    out
}

/// The README's rule table (Markdown), generated from the registry.
pub fn markdown_table() -> String {
    let mut s = String::from("| code | name | severity | source |\n|---|---|---|---|\n");
    for r in RULES {
        s.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.grades,
            r.source.replace('|', "\\|")
        ));
    }
    s
}

/// Looks a code up (case-insensitive).
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Every code.
pub fn codes() -> Vec<&'static str> {
    RULES.iter().map(|r| r.code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn counter_words_use_only_known_placeholders() {
        for r in RULES {
            let Counter::Words(w) = r.counter else {
                continue;
            };
            let mut rest = w;
            while let Some(i) = rest.find('{') {
                let j = rest[i..].find('}').map(|j| i + j);
                let Some(j) = j else {
                    panic!("{}: unclosed placeholder in {w:?}", r.code);
                };
                let name = &rest[i + 1..j];
                assert!(
                    COUNTER_PLACEHOLDERS.contains(&name),
                    "{}: unknown placeholder {{{name}}} in {w:?}",
                    r.code
                );
                rest = &rest[j + 1..];
            }
            // A counter line is only shown for a critical.
            assert_eq!(r.max_severity, Severity::Critical, "{}", r.code);
        }
    }

    #[test]
    fn missed_doses_and_broken_records_cannot_be_acknowledged() {
        let refused: Vec<&str> = RULES
            .iter()
            .filter(|r| r.not_acknowledgeable.is_some())
            .map(|r| r.code)
            .collect();
        assert_eq!(
            refused,
            ["MIS001", "MIS002", "MIS004", "DAT006", "DAT007", "DAT008"]
        );
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.code), "duplicate {}", r.code);
            let b = r.code.as_bytes();
            assert!(
                b.len() == 6
                    && b[..3].iter().all(u8::is_ascii_uppercase)
                    && b[3..].iter().all(u8::is_ascii_digit),
                "{}",
                r.code
            );
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.name
            );
        }
    }

    #[test]
    fn the_list_holds_every_declared_rule_once_in_family_order() {
        // Every `declare_rule!` in a family file is in that family's list.
        let files = [
            ("dose", include_str!("dose.rs")),
            ("missed", include_str!("missed.rs")),
            ("switch", include_str!("switch.rs")),
            ("taper", include_str!("taper.rs")),
            ("benzo", include_str!("benzo.rs")),
            ("interactions", include_str!("interactions.rs")),
            ("qtc", include_str!("qtc.rs")),
            ("screens", include_str!("screens.rs")),
            ("overdose", include_str!("overdose.rs")),
            ("pickup", include_str!("pickup.rs")),
            ("data", include_str!("data.rs")),
        ];
        let mut declared = 0;
        for (family, text) in files {
            for part in text.split("declare_rule! {").skip(1) {
                let code = part
                    .split("pub static ")
                    .nth(1)
                    .and_then(|t| t.split_whitespace().next())
                    .unwrap_or("");
                let r = find(code).unwrap_or_else(|| panic!("{code} is declared but not listed"));
                assert_eq!(r.family(), family, "{code} is listed from another file");
                declared += 1;
            }
        }
        assert_eq!(declared, RULES.len());
        // Families stay together, in report order.
        let order: Vec<&str> = files.iter().map(|f| f.0).collect();
        let mut last = 0;
        for r in RULES {
            let i = order.iter().position(|f| *f == r.family()).unwrap();
            assert!(i >= last, "{} out of family order", r.code);
            last = i;
        }
    }

    /// Every `*.toml` below `dir`.
    fn cases_in(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                cases_in(&p, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }

    #[test]
    fn no_fixture_finding_exceeds_its_rules_declared_maximum() {
        let config = crate::config::Config::embedded();
        let mut cases = Vec::new();
        cases_in(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
            &mut cases,
        );
        assert!(cases.len() > 100, "fixtures not found");
        let today = chrono::Local::now().date_naive();
        for path in cases {
            let src = crate::input::InputSource::File(path.clone());
            let r = crate::commands::check::check_one(&src, None, today, &config);
            if let crate::report::CaseResult::Checked(r) = r {
                for f in &r.findings {
                    assert!(
                        f.severity <= f.rule.max_severity,
                        "{}: {} is {:?}, declared at most {:?}",
                        path.display(),
                        f.code,
                        f.severity,
                        f.rule.max_severity
                    );
                    assert!(std::ptr::eq(f.rule, find(f.code).unwrap()));
                }
            }
        }
    }

    #[test]
    fn every_placeholder_resolves_and_names_a_declared_parameter() {
        let c = crate::config::Config::embedded();
        for r in RULES {
            for text in [r.summary, r.why, r.example, r.not_when] {
                for key in placeholders(text) {
                    assert!(
                        param_value(&c.table, key).is_some(),
                        "{}: `{{{key}}}` does not resolve",
                        r.code
                    );
                    assert!(
                        r.params
                            .iter()
                            .any(|p| key == *p || key.starts_with(&format!("{p}."))),
                        "{}: `{{{key}}}` is not among its params",
                        r.code
                    );
                }
                assert!(!fill(text, &c.table).contains('{'), "{}", r.code);
            }
        }
    }

    /// The family files with their stems.
    const FILES: [(&str, &str); 11] = [
        ("dose", include_str!("dose.rs")),
        ("missed", include_str!("missed.rs")),
        ("switch", include_str!("switch.rs")),
        ("taper", include_str!("taper.rs")),
        ("benzo", include_str!("benzo.rs")),
        ("interactions", include_str!("interactions.rs")),
        ("qtc", include_str!("qtc.rs")),
        ("screens", include_str!("screens.rs")),
        ("overdose", include_str!("overdose.rs")),
        ("pickup", include_str!("pickup.rs")),
        ("data", include_str!("data.rs")),
    ];

    /// The settings a stretch of rule code reads: `s.table.key` paths, key
    /// strings (`"dos001.warning_mg"`, for a source) and the `Cx` helpers
    /// that read a setting for the rule.
    fn reads(code: &str, tables: &toml::Table) -> Vec<String> {
        let mut out = Vec::new();
        let bytes: Vec<char> = code.chars().collect();
        let word = |i: usize| -> String {
            bytes[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '.')
                .collect()
        };
        for (i, w) in code.char_indices() {
            let _ = w;
            let rest = &code[i..];
            let path = if rest.starts_with("s.")
                && !code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            {
                Some(word(code[..i + 2].chars().count()))
            } else if rest.starts_with('"') {
                Some(word(code[..i + 1].chars().count()))
            } else {
                None
            };
            if let Some(p) = path {
                // The longest prefix that is a config path
                // (`s.dos001.warning_mg.get(g)` reads `dos001.warning_mg`).
                let mut t = Some(tables);
                let mut known: Vec<&str> = Vec::new();
                for part in p.trim_end_matches('.').split('.') {
                    match t.and_then(|t| t.get(part)) {
                        Some(v) => {
                            known.push(part);
                            t = v.as_table();
                        }
                        None => break,
                    }
                }
                if !known.is_empty() {
                    out.push(known.join("."));
                }
            }
        }
        for (helper, key) in [
            ("cx.reportable(", "general.history_lookback_days"),
            ("cx.lookback_from", "general.history_lookback_days"),
            ("cx.recent(", "general.recent_event_days"),
            ("cx.audit(", "general.recent_event_days"),
            ("cx.standing(", "general.established_days"),
            ("facts.early", "general.early_phase_days"),
        ] {
            if code.contains(helper) {
                out.push(key.to_string());
            }
        }
        out
    }

    /// Rule groups of a family file: the codes of a run of declarations and
    /// the code after them, up to the next declaration.
    fn groups(text: &str) -> Vec<(Vec<&'static Rule>, String)> {
        let mut out: Vec<(Vec<&'static Rule>, String)> = Vec::new();
        let mut pending: Vec<&'static Rule> = Vec::new();
        for part in text.split("declare_rule! {").skip(1) {
            let code = part
                .split("pub static ")
                .nth(1)
                .and_then(|t| t.split_whitespace().next())
                .unwrap_or("");
            pending.push(find(code).unwrap());
            // The declaration ends at the first line that is "}".
            let after = part.split_once("\n}\n").map_or("", |(_, a)| a);
            if !after.trim().is_empty() {
                out.push((std::mem::take(&mut pending), after.to_string()));
            }
        }
        out
    }

    #[test]
    fn every_declared_parameter_is_read_and_no_rule_reads_an_undeclared_one() {
        let c = crate::config::Config::embedded();
        let mut problems = Vec::new();
        for (_, text) in FILES {
            // The file's functions, so a rule's code also reads what the
            // helpers it calls read (one level).
            let helpers: Vec<(String, String)> = text
                .split("\nfn ")
                .skip(1)
                .chain(text.split("\npub fn ").skip(1))
                .filter_map(|t| {
                    let name = t.split(['(', '<']).next()?.to_string();
                    let body = t.split("\n}\n").next()?.to_string();
                    Some((name, body))
                })
                .collect();
            for (rules, code) in groups(text) {
                let mut read = reads(&code, &c.table);
                for (name, body) in &helpers {
                    // A rule's own function (the first after a declaration)
                    // is judged with that rule, not with its caller.
                    let checks_a_rule = groups(text).iter().any(|(_, c)| {
                        c.split("fn ").nth(1).is_some_and(|f| {
                            f.starts_with(&format!("{name}(")) || f.starts_with(&format!("{name}<"))
                        })
                    });
                    let named_by_code = name.len() == 6
                        && name[..3].chars().all(|c| c.is_ascii_lowercase())
                        && name[3..].chars().all(|c| c.is_ascii_digit());
                    if !checks_a_rule
                        && !named_by_code
                        && code.contains(&format!("{name}("))
                        && !code.contains(&format!("fn {name}("))
                    {
                        read.extend(reads(body, &c.table));
                    }
                }
                // Settings the facts stage and `Cx::new` read for every
                // rule: episodes (switch window, methadone-family gap), the
                // look-back and the screen readings.
                read.extend(
                    [
                        "general.switch_window_days",
                        "general.methadone_family_gap_days",
                        "general.history_lookback_days",
                        "screens",
                    ]
                    .map(String::from),
                );
                let declared: Vec<&str> = rules
                    .iter()
                    .flat_map(|r| r.params.iter().copied())
                    .collect();
                let covers = |p: &str, k: &str| {
                    k == p || k.starts_with(&format!("{p}.")) || p.starts_with(&format!("{k}."))
                };
                for r in &rules {
                    for p in r.params {
                        if !read.iter().any(|k| covers(p, k)) {
                            problems.push(format!(
                                "{}: declares `{p}` but its code does not read it",
                                r.code
                            ));
                        }
                    }
                }
                for k in &read {
                    let table = k.split('.').next().unwrap_or("");
                    let own_table =
                        table.len() == 6 && table[3..].chars().all(|c| c.is_ascii_digit());
                    if own_table && !declared.iter().any(|p| covers(p, k)) {
                        let codes: Vec<&str> = rules.iter().map(|r| r.code).collect();
                        problems.push(format!("{codes:?} read `{k}` but none declares it"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn implemented_rules_are_fully_explained() {
        for r in RULES {
            assert!(
                !r.why.is_empty() && !r.example.is_empty() && !r.not_when.is_empty(),
                "{} lacks an explanation",
                r.code
            );
        }
    }

    #[test]
    fn every_param_table_exists_in_the_config() {
        let c = crate::config::Config::embedded();
        for r in RULES {
            for p in r.params {
                let mut t = &c.table;
                let parts: Vec<&str> = p.split('.').collect();
                for (i, part) in parts.iter().enumerate() {
                    let v = t
                        .get(*part)
                        .unwrap_or_else(|| panic!("{}: no `{p}` in the config", r.code));
                    if i + 1 < parts.len() {
                        t = v.as_table().unwrap();
                    }
                }
            }
        }
    }
}
