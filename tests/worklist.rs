//! `larcheck worklist` (issue 17): the groups and their order, the filters,
//! the exit status (that of `check` on the same cases), CSV and JSON, an
//! unreadable file in the middle of a folder, `--as-of`, and the 80-column
//! fit. In-process except where only a process shows it.

use crate::common::{self, STABLE, json, lib, write};
use std::path::{Path, PathBuf};

const PUBLIC: &str = "fixtures/public";

/// The public example named by its number, copied into `dir`.
fn example(dir: &Path, n: &str) -> PathBuf {
    let src = std::fs::read_dir(common::root().join(PUBLIC))
        .expect("fixtures/public")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|f| f.to_str())
                .is_some_and(|f| f.starts_with(&format!("{n}-")))
        })
        .expect("a public example");
    let to = dir.join(src.file_name().expect("a file name"));
    std::fs::copy(&src, &to).expect("copy");
    to
}

fn run(args: &[&str]) -> (i32, String) {
    let out = lib().args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn worklist_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["worklist", "--format", "json"];
    all.extend_from_slice(args);
    let out = lib().args(&all).output().expect("run");
    (out.status.code().unwrap_or(-1), json(&out.stdout))
}

fn entries(doc: &serde_json::Value) -> &Vec<serde_json::Value> {
    doc["worklist"].as_array().expect("worklist")
}

/// (group, id) of every entry, in order.
fn listed(doc: &serde_json::Value) -> Vec<(String, String)> {
    entries(doc)
        .iter()
        .map(|e| {
            (
                e["group"].as_str().unwrap_or_default().to_string(),
                e["id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn each_group_is_listed_under_its_heading_in_urgency_order() {
    let dir = tempfile::tempdir().unwrap();
    for n in ["01", "04", "11", "16"] {
        example(dir.path(), n);
    }
    write(dir.path(), "02-broken.toml", "schema = 1\n[patient\n");
    let d = dir.path().to_str().unwrap();
    let (code, doc) = worklist_json(&[d]);
    assert_eq!(code, 2, "a broken file makes the run 2, as check");
    let got = listed(&doc);
    assert_eq!(
        got,
        [
            ("action", "accept-04"),
            ("review", "accept-16"),
            ("relax", "accept-11"),
            ("nothing", "accept-01"),
            ("error", ""),
        ]
        .map(|(g, i)| (g.to_string(), i.to_string()))
    );
    let (_, table) = run(&["worklist", d]);
    let at = |s: &str| {
        table
            .find(s)
            .unwrap_or_else(|| panic!("no `{s}` in\n{table}"))
    };
    let order = [
        at("BEFORE THE NEXT DOSE OR PICKUP (1)"),
        at("accept-04"),
        at("REVIEW THIS WEEK (1)"),
        at("accept-16"),
        at("CAN BE RELAXED (1)"),
        at("accept-11"),
        at("NOTHING TO DO (1)"),
        at("accept-01"),
        at("COULD NOT BE READ (1)"),
        at("02-broken.toml:2:"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{table}");
    // The first action is the action block's line; the pickup change in
    // the pharmacy's words.
    let e = &entries(&doc)[0];
    assert!(
        e["action"]
            .as_str()
            .unwrap()
            .starts_with("4 days missed; give at most 40 mg"),
        "{e}"
    );
    assert_eq!(e["action_code"], "MIS001");
    assert_eq!(e["pickup_change"], "tighten");
    assert!(
        e["pickup"]
            .as_str()
            .unwrap()
            .starts_with("tighten to daily supervised intake"),
        "{e}"
    );
    assert!(table.contains("tighten 7/0"), "{table}");
}

#[test]
fn an_acknowledged_finding_is_shown_marked_and_does_not_raise_the_group() {
    let (_, doc) = worklist_json(&[PUBLIC]);
    let e = entries(&doc)
        .iter()
        .find(|e| e["id"] == "accept-07")
        .expect("accept-07");
    let acked: Vec<&str> = e["acknowledged_codes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert!(acked.contains(&"BZD001"), "{e}");
    assert_eq!(e["group"], "relax", "{e}");
    let (_, table) = run(&["worklist", PUBLIC]);
    let line = table.lines().find(|l| l.contains("accept-07")).unwrap();
    assert!(
        line.contains('*') && table.contains("* acknowledged"),
        "{table}"
    );
}

#[test]
fn within_a_group_the_most_urgent_finding_then_the_id_orders() {
    let (_, doc) = worklist_json(&[PUBLIC]);
    let rank = |g: &str| {
        ["action", "review", "relax", "nothing", "error"]
            .iter()
            .position(|x| *x == g)
            .unwrap()
    };
    let rows: Vec<(usize, String, String)> = entries(&doc)
        .iter()
        .map(|e| {
            (
                rank(e["group"].as_str().unwrap()),
                e["action_code"].as_str().unwrap_or("~").to_string(),
                e["id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 16);
    for w in rows.windows(2) {
        assert!(w[0].0 <= w[1].0, "groups out of order: {w:?}");
        // In the action and review groups the action's finding is the most
        // urgent one: its code (then its first date, then the id) orders
        // the lines.
        if w[0].0 == w[1].0 && w[0].0 <= 1 {
            assert!(w[0].1 <= w[1].1, "{w:?}");
        }
    }
}

#[test]
fn filters_choose_the_patients_and_never_the_exit_status() {
    let (all_code, all) = worklist_json(&[PUBLIC]);
    let n = entries(&all).len();
    // --min-severity critical: the first group only.
    let (code, doc) = worklist_json(&["--min-severity", "critical", PUBLIC]);
    assert_eq!(code, all_code);
    assert!(listed(&doc).iter().all(|(g, _)| g == "action"));
    assert_eq!(entries(&doc).len(), doc["summary"]["patients"]["action"]);
    // --code, repeatable: any of them, acknowledged or not.
    let (_, doc) = worklist_json(&["--code", "bzd001", "--code", "QTC001", PUBLIC]);
    let ids: Vec<String> = listed(&doc).into_iter().map(|(_, i)| i).collect();
    assert!(
        ids.contains(&"accept-06".to_string())
            && ids.contains(&"accept-07".to_string())
            && ids.contains(&"accept-09".to_string()),
        "{ids:?}"
    );
    for e in entries(&doc) {
        let has = |k: &str| {
            e[k].as_array()
                .unwrap()
                .iter()
                .any(|c| c == "BZD001" || c == "QTC001")
        };
        assert!(has("codes") || has("acknowledged_codes"), "{e}");
    }
    // --medication: a name as in case files, or a product.
    let (_, doc) = worklist_json(&["--medication", "methadone", PUBLIC]);
    assert!(!entries(&doc).is_empty());
    assert!(entries(&doc).iter().all(|e| e["medication"] == "methadone"));
    let (_, doc) = worklist_json(&["--medication", "Suboxone", PUBLIC]);
    assert!(!entries(&doc).is_empty());
    assert!(
        entries(&doc)
            .iter()
            .all(|e| e["medication"] == "buprenorphine-naloxone")
    );
    // A filter that hides every failing patient does not change the status.
    let (code, doc) = worklist_json(&["--medication", "levomethadone", "--code", "PIC002", PUBLIC]);
    assert!(entries(&doc).len() < n);
    assert_eq!(code, all_code);
    assert_eq!(doc["summary"]["cases"], 16, "the summary counts every case");
    let (_, table) = run(&["worklist", "--code", "PIC002", PUBLIC]);
    assert!(table.contains("listed 2 of 16 patients"), "{table}");
}

#[test]
fn an_unknown_code_or_medication_is_a_usage_error() {
    let out = lib()
        .args(["worklist", "--code", "MIS01", PUBLIC])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("MIS01") && err.contains("did you mean"),
        "{err}"
    );
    let out = lib()
        .args(["worklist", "--medication", "metadone", PUBLIC])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LAR medications are"));
}

#[test]
fn the_exit_status_is_that_of_check_on_the_same_cases() {
    let dir = tempfile::tempdir().unwrap();
    for n in ["01", "11", "16"] {
        example(dir.path(), n);
    }
    let d = dir.path().to_str().unwrap();
    for paths in [[PUBLIC], [d]] {
        for fail_on in ["critical", "warning", "info", "never"] {
            let (w, _) = run(&["worklist", "--fail-on", fail_on, paths[0]]);
            let (c, _) = run(&["check", "--format", "json", "--fail-on", fail_on, paths[0]]);
            assert_eq!(w, c, "--fail-on {fail_on} on {}", paths[0]);
        }
    }
    // And the binary's own exit status agrees.
    common::larcheck()
        .args(["worklist", PUBLIC])
        .assert()
        .code(1);
}

#[test]
fn an_unreadable_file_in_the_middle_of_a_folder_is_listed_and_the_rest_too() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.toml",
        &STABLE.replace("cli-stable", "a-first"),
    );
    write(
        dir.path(),
        "b.toml",
        &STABLE.replace("sex = \"male\"", "sex = \"male\"\nbogus = 1"),
    );
    write(
        dir.path(),
        "c.toml",
        &STABLE.replace("cli-stable", "c-last"),
    );
    let d = dir.path().to_str().unwrap();
    let (code, table) = run(&["worklist", d]);
    assert_eq!(code, 2, "{table}");
    assert!(
        table.contains("a-first") && table.contains("c-last"),
        "{table}"
    );
    let err = table
        .lines()
        .skip_while(|l| !l.starts_with("COULD NOT BE READ (1)"))
        .nth(1)
        .expect("a line under COULD NOT BE READ");
    assert!(
        err.contains("b.toml:6:1: ") && err.contains("bogus"),
        "{err}"
    );
    let (_, doc) = worklist_json(&[d]);
    let e = entries(&doc).last().unwrap();
    assert_eq!(e["group"], "error");
    assert_eq!(e["line"], 6);
    assert!(e["path"].as_str().unwrap().ends_with("b.toml"));
    // Standard error names it too when the table is not printed.
    let out = common::larcheck()
        .args(["worklist", "--format", "csv", d])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.toml:6:1"));
}

#[test]
fn csv_has_one_header_row_and_quotes_an_id_with_a_comma_and_a_quote() {
    let dir = tempfile::tempdir().unwrap();
    let odd = r#"oslo, "the" one"#;
    write(
        dir.path(),
        "odd.toml",
        &STABLE.replace("id = \"cli-stable\"", r#"id = 'oslo, "the" one'"#),
    );
    example(dir.path(), "04");
    let d = dir.path().to_str().unwrap();
    let (_, text) = run(&["worklist", "--format", "csv", d]);
    assert!(text.contains(r#""oslo, ""the"" one""#), "{text}");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let col = |k: &str| header.iter().position(|h| h == k).unwrap();
    assert_eq!(&rows[0][col("id")], "accept-04");
    assert_eq!(&rows[0][col("group")], "action");
    assert_eq!(&rows[1][col("id")], odd);
    // The same fields as the JSON, in the same order.
    let (_, doc) = worklist_json(&[d]);
    let keys: Vec<String> = entries(&doc)[0]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, header);
    assert_eq!(entries(&doc)[1]["id"], odd);
}

#[test]
fn as_of_views_every_case_as_it_stood_that_morning() {
    let case = "fixtures/public/04-methadone-four-days-missed.toml";
    let (_, now) = worklist_json(&[case]);
    assert_eq!(entries(&now)[0]["group"], "action");
    // On the first missed day nothing is missed yet.
    let (code, then) = worklist_json(&["--as-of", "2026-11-16", case]);
    assert_ne!(entries(&then)[0]["group"], "action", "{then}");
    let (c, check) = {
        let out = lib()
            .args(["check", "--format", "json", "--as-of", "2026-11-16", case])
            .output()
            .unwrap();
        (out.status.code().unwrap(), json(&out.stdout))
    };
    assert_eq!(code, c);
    assert_eq!(then["summary"], check["summary"]);
}

#[test]
fn every_line_fits_80_columns_with_a_long_id_and_many_codes() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("patient-{}", "x".repeat(120));
    let case = std::fs::read_to_string(
        common::root().join("fixtures/public/02-methadone-induction-too-fast.toml"),
    )
    .unwrap()
    .replace("\"accept-02\"", &format!("\"{long}\""));
    write(dir.path(), "long.toml", &case);
    write(
        dir.path(),
        "broken-with-a-rather-long-file-name-indeed.toml",
        "x = [\n",
    );
    for n in ["06", "08", "10"] {
        example(dir.path(), n);
    }
    let d = dir.path().to_str().unwrap();
    let (_, table) = run(&["worklist", d]);
    for l in table.lines() {
        assert!(
            l.chars().count() <= 80,
            "{} columns: {l}",
            l.chars().count()
        );
    }
    let line = table.lines().find(|l| l.contains("patient-xxx")).unwrap();
    assert!(line.contains('…') && line.contains("+"), "{line}");
    assert!(!table.contains('\u{1b}'), "no colour off a terminal");
}

#[test]
fn csv_is_for_worklist_only() {
    let out = lib()
        .args(["check", "--format", "csv", PUBLIC])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("worklist"));
}

#[test]
fn check_counts_patients_in_a_batch_only() {
    let (_, one) = run(&[
        "check",
        "fixtures/public/04-methadone-four-days-missed.toml",
    ]);
    assert!(!one.contains("1 patient:"), "{one}");
    assert!(one.contains("findings: 2 critical"), "{one}");
    let (_, batch) = run(&["check", PUBLIC]);
    let (_, doc) = worklist_json(&[PUBLIC]);
    let count = |g: &str| listed(&doc).iter().filter(|(x, _)| x == g).count();
    let line = format!(
        "16 patients: {} need action before the next dose or pickup, {} a review, {} nothing",
        count("action"),
        count("review"),
        count("relax") + count("nothing")
    );
    assert!(batch.contains(&line), "{line}\n{batch}");
}

#[test]
fn a_control_character_in_an_id_is_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "esc.toml",
        &STABLE.replace("cli-stable", "evil\\u001b[2J\\u202eid"),
    );
    let (_, table) = run(&["worklist", dir.path().to_str().unwrap()]);
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{202e}'),
        "{table}"
    );
    assert!(table.contains("evil\\u{1b}"), "{table}");
    let (_, text) = run(&["worklist", "--format", "csv", dir.path().to_str().unwrap()]);
    assert!(
        !text.contains('\u{1b}') && text.contains("evil\\u{1b}[2J\\u{202e}id"),
        "{text}"
    );
}

#[test]
fn the_readme_shows_the_real_worklist_of_the_bundled_examples() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let (code, table) = run(&["worklist", PUBLIC]);
    assert_eq!(code, 1);
    assert!(
        readme.contains(&format!("```text\n{table}```")),
        "README's worklist is stale; paste the output of `larcheck worklist {PUBLIC}`:\n{table}"
    );
}

#[test]
fn the_json_is_one_documented_object_with_check_s_summary() {
    let (_, doc) = worklist_json(&[PUBLIC]);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["listed"], 16);
    let out = lib()
        .args(["check", "--format", "json", PUBLIC])
        .output()
        .unwrap();
    let check = json(&out.stdout);
    assert_eq!(doc["summary"], check["summary"]);
    assert_eq!(doc["rules"], check["rules"]);
    for e in entries(&doc) {
        let case = check["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == e["id"])
            .expect("the same patient in check");
        for k in [
            "path",
            "medication",
            "phase",
            "episode_day",
            "current_dose_mg",
        ] {
            assert_eq!(e[k], case[k], "{k} of {}", e["id"]);
        }
        assert_eq!(e["pickup_change"], case["pickup"]["change"]);
    }
}

#[test]
fn in_80_columns_the_missed_dose_action_keeps_its_numbers_in_both_languages() {
    for (lang, want) in [
        ("en", "at most 40 mg (4 days"),
        ("nb", "høyst 40 mg (4 dager"),
    ] {
        let (_, table) = run(&["--lang", lang, "worklist", PUBLIC]);
        let line = table
            .lines()
            .find(|l| l.contains("accept-04"))
            .unwrap_or_else(|| panic!("no accept-04 line:\n{table}"));
        assert!(line.contains(want), "{lang}: {line}");
        assert!(line.chars().count() <= 80, "{line}");
    }
    // JSON keeps the whole counter line.
    let (_, json) = run(&["worklist", "--format", "json", PUBLIC]);
    assert!(json.contains("4 days missed; give at most 40 mg"), "{json}");
}
