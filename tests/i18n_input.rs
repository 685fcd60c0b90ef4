//! Issue 18: input errors and the reference commands in Norwegian. The
//! sentence follows the language; the position (line, column) and the key
//! never do, and the English stays as it was.

use crate::common;

use common::{STABLE, json, lib, line_of, write};
use serde_json::Value;
use std::path::Path;

/// `check --format json` on `path` in `lang`: the case entry.
fn case_in(lang: &str, path: &Path) -> Value {
    let out = lib()
        .args(["--lang", lang, "check", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    json(&out.stdout)["cases"][0].clone()
}

/// Every error's (line, column, key) and its message.
fn errors(case: &Value) -> Vec<((u64, u64, String), String)> {
    case["errors"]
        .as_array()
        .expect("an error entry lists its errors")
        .iter()
        .map(|e| {
            (
                (
                    e["line"].as_u64().unwrap_or(0),
                    e["column"].as_u64().unwrap_or(0),
                    e["key"].as_str().unwrap_or("").to_string(),
                ),
                e["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn input_errors_are_norwegian_sentences_at_the_same_positions() {
    let text = STABLE
        .replace("sex = \"male\"", "sex = \"mann\"")
        .replace("mg = 60\n", "mg = 60\nevry = 2\n")
        + "\n[[prescriptions]]\ndrug = \"\"\n\n[pickup]\nsupervised_per_week = 9\ntake_home_days = 0\n\n[foo]\nx = 1\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let en = errors(&case_in("en", &path));
    let nb = errors(&case_in("nb", &path));
    let places =
        |e: &[((u64, u64, String), String)]| e.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(places(&en), places(&nb));
    assert_eq!(en.len(), 5, "{en:?}");
    let said: Vec<&str> = nb.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(
        said[0],
        "`patient.sex` = \"mann\" er ikke en av `female`, `male`, `other`"
    );
    assert_eq!(
        said[1],
        "ukjent nøkkel `evry` i [[doses]]; mente du `every`?"
    );
    assert_eq!(said[2], "`prescriptions[0].drug` kan ikke være tom");
    assert_eq!(
        said[3],
        "`pickup.supervised_per_week` = 9 må være mellom 0 og 7"
    );
    assert!(said[4].starts_with("ukjent tabell `[foo]`"), "{}", said[4]);
    // The English is as it was.
    assert_eq!(
        en[1].1,
        "unknown key `evry` in [[doses]]; did you mean `every`?"
    );
    assert_eq!(en[2].1, "`prescriptions[0].drug` must not be empty");
}

#[test]
fn a_day_first_date_and_a_record_after_the_day_of_the_check_in_norwegian() {
    let dir = tempfile::tempdir().unwrap();
    let text = STABLE.replace("as_of = 2026-11-20", "as_of = 20.11.2026");
    let path = write(dir.path(), "date.toml", &text);
    let e = &case_in("nb", &path)["error"];
    assert_eq!(e["line"].as_u64(), Some(line_of(&text, "20.11.2026")));
    assert_eq!(e["key"], "treatment.as_of");
    assert_eq!(
        e["message"],
        "`treatment.as_of`: datoer skrives år-måned-dag uten anførselstegn, som 2026-11-20"
    );
    // A cross-record check: the dates as the file writes them (ISO).
    let text = format!("{STABLE}\n[[ecg]]\ndate = 2027-01-05\nqtc_ms = 430\n");
    let path = write(dir.path(), "late.toml", &text);
    let e = &case_in("nb", &path)["error"];
    let key = e["key"].as_str().unwrap_or("");
    assert!(key.starts_with("ecg[") && key.ends_with("].date"), "{e}");
    assert_eq!(
        e["message"],
        "[[ecg]] datert 2027-01-05 er etter `treatment.as_of` (2026-11-20); er året skrevet feil?"
    );
}

#[test]
fn validate_and_the_error_report_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.toml", "\n");
    let out = lib()
        .args(["--lang", "nb", "validate"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(":1:1: filen er tom: en sak trenger `schema = 1`"),
        "{text}"
    );
    assert!(text.ends_with("0 filer gyldige, 1 med feil\n"), "{text}");
    // An error that stops the command, before any case is read.
    let out = lib()
        .args(["--lang", "nb", "--config", "no-such-layer.toml", "rules"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: kan ikke lese `no-such-layer.toml`\n  årsak: "),
        "{err}"
    );
    let out = lib()
        .args(["--lang", "nb", "explain", "MIS01"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: ukjent regelkode eller kildenøkkel `MIS01`; mente du `MIS001`"),
        "{err}"
    );
}

#[test]
fn explain_in_norwegian_has_norwegian_sections_and_source_titles() {
    let run = |lang: &str, what: &str| {
        let out = lib()
            .args(["--lang", lang, "explain", what])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let nb = run("nb", "MIS001");
    for section in [
        "\nHva regelen sjekker\n  Slår ut når ",
        "\nHvorfor det er viktig\n",
        "\n  Kilde: ",
        "\nEksempel\n",
        "\nSlår ikke ut når\n",
        "\nReferanser (larcheck explain NØKKEL for én av dem)\n",
        "\nParametre (config/default.toml; overstyr med --config)\n",
        "\nKode\n  definert i src/rules/missed.rs",
        "# lokal standardverdi",
        "  N10-13.3: Uteblitte doser: ta det opp med pasienten;",
    ] {
        assert!(nb.contains(section), "{section:?} in:\n{nb}");
    }
    let en = run("en", "MIS001");
    assert!(en.contains("\nWhat it checks\n  Fires when "), "{en}");
    // (A parameter's source may say "local default" in the register's words.)
    assert!(!nb.contains("What it checks") && !nb.contains("Parameters ("));
    // The same parameters, values and sources in both.
    let keys = |t: &str| t.lines().filter(|l| l.starts_with("   mis001.")).count();
    assert_eq!(keys(&en), keys(&nb));

    let source = run("nb", "N10-13.3");
    assert!(source.starts_with("N10-13.3 (kilde)\n"), "{source}");
    assert!(source.contains("tittel    Uteblitte doser"), "{source}");
    assert!(source.contains("  sitert av: MIS001"), "{source}");
    // A foreign source keeps its own title.
    assert!(run("nb", "AU-MISS").contains("Missed methadone doses"));

    let rules = lib().args(["--lang", "nb", "rules"]).output().unwrap();
    let rules = String::from_utf8_lossy(&rules.stdout);
    assert!(
        rules.lines().next().unwrap_or("").contains("| kode"),
        "{rules}"
    );
}

#[test]
fn a_refused_config_layer_is_said_in_the_language_chosen_before_it_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "layer.toml", "[mis001]\nmethadon = 1\n");
    let run = |lang: &str| {
        let out = lib()
            .args(["--lang", lang, "--config"])
            .arg(&path)
            .arg("rules")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let shown = path.display();
    assert_eq!(
        run("nb"),
        format!(
            "error: konfigurasjon `{shown}`: 2:1: ukjent nøkkel `mis001.methadon`; mente du `methadone`?\n"
        )
    );
    assert_eq!(
        run("en"),
        format!(
            "error: configuration `{shown}`: 2:1: unknown key `mis001.methadon`; did you mean `methadone`?\n"
        )
    );
}

#[test]
fn a_configuration_value_that_makes_no_sense_is_said_in_norwegian() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "layer.toml", "[tap001]\nfraction = 1.5\n");
    let out = lib()
        .args(["--lang", "nb", "--config"])
        .arg(&path)
        .arg("rules")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.ends_with(": `tap001.fraction` må være mellom 0 og 1\n"),
        "{err}"
    );
}

/// The words of a message outside `code`, quotes and brackets (which hold
/// the file's own keys and values).
fn words_outside_quotes(m: &str) -> Vec<String> {
    let mut out = String::new();
    let (mut tick, mut quote) = (false, false);
    for ch in m.chars() {
        match ch {
            '`' => tick = !tick,
            '"' => quote = !quote,
            _ if !tick && !quote => out.push(ch),
            _ => {}
        }
    }
    out.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn norwegian_input_errors_have_no_english_tell_tale_words() {
    const ENGLISH: &[&str] = &[
        "the",
        "and",
        "is",
        "must",
        "not",
        "unknown",
        "did",
        "mean",
        "given",
        "before",
        "after",
        "key",
        "date",
        "doses",
        "expected",
        "invalid",
        "missing",
        "required",
        "string",
        "write",
        "written",
        "line",
        "column",
        "byte",
        "extra",
        "nothing",
        "newline",
        "unexpected",
        "comma",
        "quoted",
        "boolean",
        "values",
        "array",
    ];
    let cases: &[(&str, &str)] = &[
        ("sex = \"male\"", "sex = \"mal\""),
        ("as_of = 2026-11-20", "as_of = 2026-02-30"),
        ("as_of = 2026-11-20", "as_of = \"2026-11-20\""),
        ("as_of = 2026-11-20", "as_of = 20.11.2026"),
        ("mg = 60\n", "mg = -60\n"),
        ("mg = 60\n", "mg = \"60\"\n"),
        ("mg = 60\n", "mg = 60\nevery = 9\n"),
        ("[patient]", "[patient]\nborn = 1800"),
        ("[treatment]", "[treatment]\nsetting = \"home\""),
        ("id = \"cli-stable\"", "id = \"\""),
        // The TOML parser's own syntax errors.
        ("[patient]", "[patient]\nborn == 1980"),
        ("[patient]", "[patient]\nborn = \"19"),
        ("[patient]", "[patient]\nx = [1,"),
        ("[patient]", "[patient]\nx = tru"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut all = Vec::new();
    for (n, (from, to)) in cases.iter().enumerate() {
        let text = STABLE.replacen(from, to, 1);
        assert_ne!(text, STABLE, "{from}");
        let path = write(dir.path(), &format!("c{n}.toml"), &text);
        for (_, m) in errors(&case_in("nb", &path)) {
            let english: Vec<String> = words_outside_quotes(&m)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{english:?} in {m}");
            all.push(m);
        }
    }
    assert!(all.len() >= cases.len(), "{all:#?}");
}

#[test]
fn the_problems_beyond_the_limit_are_counted_in_norwegian() {
    let mut text = STABLE.to_string();
    for n in 0..30 {
        text.push_str(&format!(
            "\n[[events]]\ndate = 2026-10-{:02}\nkind = \"fal\"\n",
            n % 28 + 1
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", &text);
    let out = lib()
        .args(["--lang", "nb", "validate"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(": og 10 problemer til i denne filen (bare de første 20 er listet)\n"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_refused_in_norwegian() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = write(outside.path(), "x.toml", STABLE);
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).unwrap();
    std::os::unix::fs::symlink(&target, cases.join("x.toml")).unwrap();
    let out = lib()
        .args(["--lang", "nb", "validate"])
        .arg(&cases)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("er en symbolsk lenke til")
            && text.contains("ikke fulgt (--follow følger lenker ut av mappen)"),
        "{text}"
    );
    let out = lib()
        .args(["--lang", "nb", "check"])
        .arg(dir.path().join("none"))
        .arg(outside.path().join("none"))
        .args(["-", "-"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err, "error: `-` (standard inn) kan bare oppgis én gang\n");
}
