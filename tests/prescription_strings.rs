//! Real-world prescription strings (tests/data/prescription-strings.toml):
//! every name resolves to the substance it must, none to another one, and
//! `larcheck drugs` reads each name exactly as `check` does (issue 13,
//! "Done when").

use crate::common;

use common::{json, lib, write};
use larcheck::config::Config;
use larcheck::vocab::drugs::Catalogue;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    resolves: Vec<Resolves>,
    #[serde(default)]
    pending: Vec<Pending>,
    unresolved: Vec<Unresolved>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Resolves {
    name: String,
    read_as: String,
    atc: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pending {
    name: String,
    substances: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Unresolved {
    name: String,
}

fn file() -> File {
    let text = std::fs::read_to_string(common::root().join("tests/data/prescription-strings.toml"))
        .expect("tests/data/prescription-strings.toml");
    toml::from_str(&text).expect("prescription-strings.toml is well-formed")
}

/// Every name of the fixture.
fn all_names(f: &File) -> Vec<String> {
    f.resolves
        .iter()
        .map(|r| r.name.clone())
        .chain(f.pending.iter().map(|p| p.name.clone()))
        .chain(f.unresolved.iter().map(|u| u.name.clone()))
        .collect()
}

/// What `check` reads `name` as: the generic of the entry its rules use.
fn check_reads(cat: &Catalogue, name: &str) -> Option<(String, String)> {
    let ext = cat.with_combinations([name]);
    ext.resolve(name)
        .map(|d| (d.generic.clone(), d.atc.clone()))
}

/// The substances an entry stands for: its components, else itself.
fn substances(cat: &Catalogue, name: &str) -> Option<BTreeSet<String>> {
    let ext = cat.with_combinations([name]);
    let d = ext.resolve(name)?;
    Some(if d.components.is_empty() {
        [d.generic.clone()].into()
    } else {
        d.components.iter().cloned().collect()
    })
}

#[test]
fn every_real_world_string_resolves_to_its_substance() {
    let f = file();
    let cat = Config::embedded().catalogue;
    assert!(f.resolves.len() >= 100, "{} strings", f.resolves.len());
    let mut wrong = Vec::new();
    for r in &f.resolves {
        let got = check_reads(&cat, &r.name);
        if got.as_ref() != Some(&(r.read_as.clone(), r.atc.clone())) {
            wrong.push(format!(
                "{:?}: want {} ({}), got {got:?}",
                r.name, r.read_as, r.atc
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn names_that_must_not_resolve_do_not() {
    let f = file();
    let cat = Config::embedded().catalogue;
    for u in &f.unresolved {
        assert_eq!(check_reads(&cat, &u.name), None, "{:?}", u.name);
    }
}

#[test]
fn a_name_whose_substance_is_not_listed_yet_never_resolves_to_another_drug() {
    let f = file();
    let cat = Config::embedded().catalogue;
    for p in &f.pending {
        if let Some(got) = substances(&cat, &p.name) {
            let want: BTreeSet<String> = p.substances.iter().cloned().collect();
            assert_eq!(got, want, "{:?}", p.name);
        }
    }
}

#[test]
fn drugs_and_check_read_every_name_alike() {
    let f = file();
    let names = all_names(&f);
    // `check`: the rules' own context, through the engine's catalogue.
    let mut case = String::from(
        "schema = 1\n[patient]\nid = \"strings\"\n[treatment]\nmedication = \"methadone\"\nas_of = 2026-11-20\nstarted_lar = 2020-01-01\n[[doses]]\nfrom = 2026-08-01\nto = 2026-11-19\nmg = 80\n",
    );
    for n in &names {
        case.push_str(&format!(
            "[[prescriptions]]\ndrug = {}\n",
            toml::Value::String(n.clone())
        ));
    }
    let config = Config::embedded();
    let parsed = larcheck::input::parse(&case, None).expect("the case parses");
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let cat = larcheck::engine::catalogue_for(&config.catalogue, &parsed);
    let facts = larcheck::facts::derive(&parsed, as_of, &config.settings, &cat).unwrap();
    let cx = larcheck::rules::Cx::new(&parsed, &facts, &config.settings, &config.sources, &cat);
    let mut unknown_in_check = BTreeSet::new();
    for (p, d) in cx.rx {
        let in_check = d.map(|d| d.generic.clone());
        // `drugs`, as the command reads it.
        let in_drugs = larcheck::commands::drugs::read_query(
            &config.catalogue,
            &p.drug,
            larcheck::i18n::Lang::En,
        )
        .map(|r| r.drug.generic);
        assert_eq!(in_check, in_drugs, "{:?}", p.drug);
        if in_check.is_none() {
            unknown_in_check.insert(p.drug.clone());
        }
    }
    // And through the binaries: `drugs` exits 1 for exactly the names that
    // `check` reports as unknown drugs (DAT001), and names the same entry.
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "strings.toml", &case);
    let out = lib()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    let dat001: BTreeSet<String> = doc["cases"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "DAT001")
        .filter_map(|f| f["evidence"]["drug"].as_str().map(str::to_string))
        .collect();
    assert_eq!(dat001, unknown_in_check);
    for n in &names {
        let out = lib()
            .args(["drugs", n, "--format", "json"])
            .output()
            .unwrap();
        let code = out.status.code().unwrap();
        let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let read = d["read"]["as"].as_str().map(str::to_string);
        let want = cx
            .rx
            .iter()
            .find(|(p, _)| p.drug == *n)
            .and_then(|(_, d)| d.map(|d| d.generic.clone()));
        assert_eq!(read, want, "{n:?}");
        assert_eq!(code == 0, want.is_some(), "{n:?}: exit {code}");
    }
}

#[test]
fn quetiapin_gets_the_findings_seroquel_gets() {
    let findings = |file: &str| -> Vec<(String, String)> {
        let out = lib()
            .args(["check", "--format", "json"])
            .arg(common::root().join("fixtures/drugs").join(file))
            .output()
            .unwrap();
        let doc = json(&out.stdout);
        let mut v: Vec<(String, String)> = doc["cases"][0]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap_or_default().to_string(),
                    f["severity"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let quetiapin = findings("QTC004-INT003-fire-quetiapin.toml");
    assert!(
        quetiapin.iter().any(|(c, _)| c == "QTC004"),
        "{quetiapin:?}"
    );
    assert!(
        quetiapin.iter().any(|(c, _)| c == "INT003"),
        "{quetiapin:?}"
    );
    assert_eq!(quetiapin, findings("QTC004-INT003-fire-seroquel.toml"));
}
