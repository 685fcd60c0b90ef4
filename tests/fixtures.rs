//! Every case under `fixtures/` carries its own `[expect]` table; this test
//! checks each one in-process exactly as `larcheck verify` does (the same
//! `verify_one` and `larcheck::verify::compare`, which `shared/tools/accept`
//! agrees with). One test
//! per fixture file (libtest-mimic), so one case can be rerun by name:
//! `cargo test --test fixtures -- dose/DOS001-fires`. The spawned-binary
//! tests for exit codes and streams are in tests/cli.rs.
//!
//! Each fixture also has an `insta` snapshot (`snapshot/<name>`,
//! `tests/snapshots/<name>.snap`): the bytes `larcheck check --format json`
//! and `larcheck check` (piped, no colour) write for it, and the exit status,
//! rendered in-process, so that a change to any message, evidence value,
//! suggestion, restart, mastery or pickup shows in review. A fixture without
//! `as_of` is checked on [`SNAPSHOT_TODAY`], so the snapshots do not depend on
//! the day. Rerun one: `cargo test --test fixtures -- snapshot/dose/DOS006`;
//! accept changes: `INSTA_UPDATE=always cargo test --test fixtures` (or
//! `cargo insta test --review`), then read the diff of `tests/snapshots/`.

mod common;

use larcheck::commands::check::{check_one, fails_on};
use larcheck::commands::verify::{Verdict, verify_one};
use larcheck::config::{Config, Severity};
use larcheck::i18n::Lang;
use larcheck::input::InputSource;
use larcheck::output::{json, table, table::Style};
use larcheck::report::{CaseResult, Summary};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every `*.toml` below `dir`, recursively, in sorted order.
fn cases_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for entry in entries {
            let p = entry.expect("directory entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The day a fixture without `as_of` is snapshotted on.
const SNAPSHOT_TODAY: (i32, u32, u32) = (2026, 11, 20);

/// What the command line writes for one fixture given as `rel` (a path
/// relative to the project root, as the snapshot names it): the JSON report,
/// the table, and the exit status of the default `--fail-on critical`.
fn snapshot_text(rel: &Path, config: &Config) -> String {
    let (y, m, d) = SNAPSHOT_TODAY;
    let today = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
    let result = check_one(&InputSource::File(rel.to_path_buf()), None, today, config);
    let code = match &result {
        CaseResult::Error(_) => 2,
        r if fails_on(r, Some(Severity::Critical)) => 1,
        _ => 0,
    };
    let mut summary = Summary::default();
    summary.add(&result);
    let results = [result];
    let shown = rel.display();
    format!(
        "$ larcheck check --format json {shown}\n{}\n$ larcheck check {shown}\n{}\nexit {code}\n",
        json::render(&results, &summary, config),
        table::render(&results, &summary, Style::plain()),
    )
}

/// The Norwegian report of one fixture: the JSON and the table, as
/// [`snapshot_text`] writes them, with `--lang nb`.
fn nb_text(rel: &Path, config: &Config) -> (String, String) {
    let (y, m, d) = SNAPSHOT_TODAY;
    let today = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
    let result = check_one(&InputSource::File(rel.to_path_buf()), None, today, config);
    let mut summary = Summary::default();
    summary.add(&result);
    let results = [result];
    let style = Style {
        lang: Lang::Nb,
        ..Style::plain()
    };
    (
        json::render(&results, &summary, config),
        table::render(&results, &summary, style),
    )
}

/// English words that are not Norwegian words: one of them in a Norwegian
/// report means a text was not translated. ("dose" is a bokmål word too;
/// its English plural is not.)
const TELL_TALE: &[&str] = &[
    "the",
    "and",
    "with",
    "before",
    "after",
    "give",
    "see",
    "days",
    "day",
    "doses",
    "dosing",
    "missed",
    "supervised",
    "take-home",
    "screen",
    "screens",
    "level",
    "warning",
    "critical",
    "prescriber",
    "pickup",
    "review",
    "sample",
    "urine",
    "saliva",
    "tolerance",
    "induction",
    "taper",
    "switch",
    "findings",
    "finding",
    "keep",
    "hold",
    "tighten",
    "relax",
    "recorded",
    "unrecorded",
    "patient",
    "patients",
    "last",
    "next",
    "at most",
    "not",
    "none",
    "weekly",
    "daily",
    "started",
    "since",
    "until",
    "ago",
    "today",
    "tomorrow",
    "mastery",
    "naloxone",
];

/// The words of a Norwegian report a person reads: the table without the
/// file's own name, and in the JSON the strings outside `evidence` and the
/// fields that hold codes, names, paths and enum values.
fn read_words(json_text: &str, table_text: &str, rel: &Path) -> Vec<String> {
    fn walk(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
        const DATA: &[&str] = &[
            "evidence",
            "code",
            "name",
            "severity",
            "path",
            "id",
            "status",
            "medication",
            "medication_product",
            "phase",
            "action",
            "change",
            "step",
            "criterion",
            "source",
            "as_of",
            "kind",
            "class",
            "level",
            "regime",
            "demoted_from",
            "basis",
            "product",
            "rule",
            "max_severity",
            "schema",
            "lang",
            "drug",
            "generic",
            "substances",
            "date",
            "file",
        ];
        if DATA.contains(&key) {
            return;
        }
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
            serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, k, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(json_text) {
        walk(&v, "", &mut texts);
    }
    let shown = rel.display().to_string();
    // The patient's id is the case's own name for the patient.
    let id = std::fs::read_to_string(rel)
        .ok()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .and_then(|t| {
            t.get("patient")
                .and_then(|p| p.get("id"))
                .and_then(toml::Value::as_str)
                .map(str::to_string)
        })
        .filter(|id| !id.is_empty());
    texts.extend(
        table_text
            .lines()
            .map(|l| match &id {
                Some(id) => l.replace(&shown, "").replace(id.as_str(), ""),
                None => l.replace(&shown, ""),
            })
            .filter(|l| !l.trim().is_empty()),
    );
    texts
}

/// The words of the case's own free text (an acknowledgement's reason, a
/// note: string values with a space in them): the report quotes them as
/// written, in whatever language the clinic wrote them.
fn case_words(rel: &Path) -> BTreeSet<String> {
    fn walk(v: &toml::Value, out: &mut BTreeSet<String>) {
        match v {
            toml::Value::String(s) if s.contains(' ') => out.extend(
                s.to_lowercase()
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            ),
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            toml::Value::Table(t) => t
                .iter()
                .filter(|(k, _)| k.as_str() != "expect")
                .for_each(|(_, x)| walk(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(t) = std::fs::read_to_string(rel)
        .unwrap_or_default()
        .parse::<toml::Table>()
    {
        walk(&toml::Value::Table(t), &mut out);
    }
    out
}

/// `text` without what is code: `` `keys` `` and `[[tables]]` of the case
/// format.
fn without_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['`', '[']) {
        out.push_str(&rest[..i]);
        let (open, close) = if rest[i..].starts_with('`') {
            ("`", "`")
        } else if rest[i..].starts_with("[[") {
            ("[[", "]]")
        } else {
            out.push('[');
            rest = &rest[i + 1..];
            continue;
        };
        let after = &rest[i + open.len()..];
        match after.find(close) {
            Some(j) => rest = &after[j + close.len()..],
            None => {
                rest = after;
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// The tell-tale English words in `texts`: whole words, outside the rule
/// names and enum values (kebab-case identifiers are codes), the case
/// format's keys and tables, and the case's own free text (`quoted`).
fn english_in(texts: &[String], quoted: &BTreeSet<String>) -> Vec<String> {
    let names: BTreeSet<&str> = larcheck::rules::registry::RULES
        .iter()
        .map(|r| r.name)
        .collect();
    let mut found = Vec::new();
    for t in texts {
        let lower = without_code(&t.to_lowercase());
        let tokens: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty() && !names.contains(w) && !quoted.contains(*w))
            .collect();
        let joined = format!(" {} ", tokens.join(" "));
        let hits: Vec<&str> = TELL_TALE
            .iter()
            .copied()
            .filter(|w| {
                tokens.contains(w)
                    || tokens.iter().any(|t| t.split('-').any(|p| p == *w))
                    || (w.contains(' ') && joined.contains(&format!(" {w} ")))
            })
            .collect();
        if !hits.is_empty() {
            found.push(format!("{} ← {t}", hits.join(", ")));
        }
    }
    found.dedup();
    found
}

/// Compares one fixture's output with its snapshot `tests/snapshots/<name>.snap`.
fn check_snapshot(name: &str, rel: &Path, config: &Config) {
    let text = snapshot_text(rel, config);
    let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new("snapshots").join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(rel);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(file.to_string(), text));
}

/// Every `*.snap` below `dir` whose fixture no longer exists.
fn orphan_snapshots(dir: &Path, names: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for p in entries.filter_map(Result::ok).map(|e| e.path()) {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "snap") {
                let rel = p.strip_prefix(dir).unwrap_or(&p).with_extension("");
                let name = rel.display().to_string();
                // An nb snapshot is `nb/FAMILY__NAME` (issue 18).
                let name = match name.strip_prefix("nb/") {
                    Some(n) => n.replace("__", "/"),
                    None => name,
                };
                if !names.contains(&name) {
                    out.push(p.display().to_string());
                }
            }
        }
    }
    out.sort();
    out
}

/// Checks one fixture through `larcheck verify`'s own comparison
/// ([`larcheck::verify::compare`] via [`verify_one`]), so the harness and
/// the command cannot disagree; `Err` holds the line to report.
fn check_fixture(root: &Path, path: &Path, config: &Config) -> Result<(), String> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let shown = rel.display().to_string();
    // A fixture without `as_of` is checked on today, as the command does.
    let today = chrono::Local::now().date_naive();
    let v = verify_one(&InputSource::File(path.to_path_buf()), today, config);
    let problems: Vec<String> = match &v.verdict {
        Verdict::Pass => return Ok(()),
        Verdict::NoExpect => return Err(format!("{shown}: no [expect] table")),
        Verdict::Error(e) => vec![format!("not checked: {}", e.error.message)],
        Verdict::Fail(ds) => ds.iter().map(ToString::to_string).collect(),
    };
    let found: Vec<String> = match &v.result {
        CaseResult::Checked(r) => r
            .findings
            .iter()
            .map(|f| format!("{} {}", f.severity.as_str(), f.code))
            .collect(),
        CaseResult::Error(_) => Vec::new(),
    };
    Err(format!(
        "{shown}: {}\n      reported: [{}]",
        problems.join("; "),
        found.join(", ")
    ))
}

fn main() {
    let args = Arguments::from_args();
    let root = common::root();
    // Snapshots name each case by its path from the project root, as the
    // command line shows it when run there.
    std::env::set_current_dir(&root).expect("the project root");
    let dir = root.join("fixtures");
    let fixtures = cases_in(&dir);
    let config = std::sync::Arc::new(Config::embedded());
    let name_of = |path: &Path| {
        path.strip_prefix(&dir)
            .unwrap_or(path)
            .with_extension("")
            .display()
            .to_string()
    };
    let mut trials: Vec<Trial> = fixtures
        .iter()
        .map(|path| {
            let (root, config, path) = (root.clone(), config.clone(), path.clone());
            Trial::test(name_of(&path), move || {
                check_fixture(&root, &path, &config).map_err(Failed::from)
            })
        })
        .collect();
    trials.extend(fixtures.iter().map(|path| {
        let name = name_of(path);
        let rel = path.strip_prefix(&root).unwrap_or(path).to_path_buf();
        let config = config.clone();
        Trial::test(format!("snapshot/{name}"), move || {
            check_snapshot(&name, &rel, &config);
            Ok(())
        })
    }));
    // `--lang nb`: no report of any fixture has an English word a person
    // reads, and the reports of each rule's `-fires` fixture and of the
    // public cases are snapshotted (`tests/snapshots/nb/`).
    let nb_config = std::sync::Arc::new(Config {
        lang: Lang::Nb,
        ..Config::embedded()
    });
    trials.extend(fixtures.iter().map(|path| {
        let name = name_of(path);
        let rel = path.strip_prefix(&root).unwrap_or(path).to_path_buf();
        let config = nb_config.clone();
        let snapshot = name.ends_with("-fires") || name.starts_with("public/");
        Trial::test(format!("nb/{name}"), move || {
            let (json_text, table_text) = nb_text(&rel, &config);
            let english = english_in(
                &read_words(&json_text, &table_text, &rel),
                &case_words(&rel),
            );
            if snapshot {
                let mut settings = insta::Settings::clone_current();
                settings.set_snapshot_path(Path::new("snapshots/nb"));
                settings.set_prepend_module_to_snapshot(false);
                settings.set_input_file(&rel);
                settings.set_omit_expression(true);
                let file = name.replace('/', "__");
                let shown = rel.display();
                let text = format!(
                    "$ larcheck --lang nb check --format json {shown}\n{json_text}\n$ larcheck --lang nb check {shown}\n{table_text}"
                );
                settings.bind(|| insta::assert_snapshot!(file, text));
            }
            if english.is_empty() {
                Ok(())
            } else {
                Err(format!("English in the nb report:\n  {}", english.join("\n  ")).into())
            }
        })
    }));
    let names: BTreeSet<String> = fixtures.iter().map(|p| name_of(p)).collect();
    let snapshots = root.join("tests/snapshots");
    trials.push(Trial::test("every_snapshot_has_its_fixture", move || {
        let orphans = orphan_snapshots(&snapshots, &names);
        if orphans.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "snapshots without a fixture (delete them): {}",
                orphans.join(", ")
            )
            .into())
        }
    }));
    // Every rule has a fixture where it must fire and one where it must
    // not (`[expect] findings` and `absent`).
    let expects: Vec<toml::Table> = cases_in(&dir)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| toml::from_str::<toml::Table>(&t).ok())
        .filter_map(|d| d.get("expect").and_then(toml::Value::as_table).cloned())
        .collect();
    trials.push(Trial::test(
        "every_rule_has_a_fixture_where_it_fires_and_one_where_it_does_not",
        move || {
            let listed = |key: &str| -> BTreeSet<String> {
                expects
                    .iter()
                    .filter_map(|e| e.get(key).and_then(toml::Value::as_array))
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            };
            let (fires, absent) = (listed("findings"), listed("absent"));
            let missing: Vec<String> = larcheck::rules::registry::RULES
                .iter()
                .flat_map(|r| {
                    let mut m = Vec::new();
                    if !fires.contains(r.code) {
                        m.push(format!("{}: no fixture where it fires", r.code));
                    }
                    if !absent.contains(r.code) {
                        m.push(format!("{}: no fixture where it must not fire", r.code));
                    }
                    m
                })
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(missing.join("\n").into())
            }
        },
    ));
    // The folder must hold fixtures: an empty run must not pass.
    let count = fixtures.len();
    trials.push(Trial::test("fixtures_are_present", move || {
        if count > 600 {
            Ok(())
        } else {
            Err(format!("only {count} fixtures found under fixtures/").into())
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
