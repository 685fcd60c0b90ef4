//! Issue 18, first step: the language is chosen by `--lang`, then
//! `LARCHECK_LANG`, then the locale; what is translated follows it, and
//! codes, JSON keys and values never do.

use crate::common;

use common::larcheck;

/// The summary lines of `check` on the bundled examples, as the binary
/// prints them with `env` set (and nothing else of the locale).
fn summary_with(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = larcheck();
    cmd.env_remove("LARCHECK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(args)
        .args(["check", "fixtures/public"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().rev().take(2).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_language_comes_from_the_flag_then_larcheck_lang_then_the_locale() {
    let nb = "funn: ";
    let en = "findings: ";
    assert!(summary_with(&[], &[]).contains(en));
    assert!(summary_with(&["--lang", "nb"], &[]).contains(nb));
    assert!(summary_with(&[], &[("LARCHECK_LANG", "nb")]).contains(nb));
    assert!(summary_with(&[], &[("LANG", "nb_NO.UTF-8")]).contains(nb));
    assert!(summary_with(&[], &[("LC_ALL", "nn_NO.UTF-8"), ("LANG", "en_US.UTF-8")]).contains(nb));
    assert!(summary_with(&[], &[("LANG", "sv_SE.UTF-8")]).contains(en));
    // The flag wins over the environment, and the environment over the locale.
    assert!(summary_with(&["--lang", "en"], &[("LANG", "nb_NO.UTF-8")]).contains(en));
    assert!(summary_with(&[], &[("LARCHECK_LANG", "en"), ("LANG", "nb_NO.UTF-8")]).contains(en));
    let line = summary_with(&["--lang", "nb"], &[]);
    assert!(
        line.contains("16 pasienter: 11 trenger tiltak før neste dose eller utlevering"),
        "{line}"
    );
}

#[test]
fn json_keys_and_values_do_not_follow_the_language() {
    let run = |lang: &str| {
        let out = common::lib()
            .args([
                "--lang",
                lang,
                "check",
                "--format",
                "json",
                "fixtures/public",
            ])
            .output()
            .unwrap();
        common::json(&out.stdout)
    };
    let (en, nb) = (run("en"), run("nb"));
    assert_eq!(en["summary"], nb["summary"]);
    let codes = |d: &serde_json::Value| -> Vec<(String, String)> {
        d["cases"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["findings"].as_array().cloned().unwrap_or_default())
            .map(|f| (f["code"].to_string(), f["severity"].to_string()))
            .collect()
    };
    assert_eq!(codes(&en), codes(&nb));
}
