//! A batch never loses or hides a patient (issue 15 item 1): unreadable
//! folders, FIFOs and devices, oversized files, links out of the tree and
//! cycles, and file names that are not UTF-8. Each is built in a temporary
//! directory; where the platform cannot make one the test says so on
//! standard error and passes.

use crate::common::{self, STABLE, json, lib, mkfifo, write};
use std::path::Path;

/// The report's `cases` as (path relative to `root`, status, error message).
fn entries(doc: &serde_json::Value, root: &Path) -> Vec<(String, String, String)> {
    let root = root.display().to_string();
    doc["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            let p = c["path"].as_str().expect("path");
            (
                p.strip_prefix(&root)
                    .unwrap_or(p)
                    .trim_start_matches('/')
                    .to_string(),
                c["status"].as_str().unwrap_or_default().to_string(),
                c["error"]["message"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

fn check_json(args: &[&str], paths: &[&Path]) -> (i32, serde_json::Value) {
    let out = lib()
        .args(["check", "--format", "json"])
        .args(args)
        .args(paths)
        .output()
        .expect("run");
    (out.status.code().unwrap_or(-1), json(&out.stdout))
}

#[cfg(unix)]
#[test]
fn an_unreadable_subfolder_is_an_error_entry_and_the_batch_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    for f in ["a.toml", "c.toml"] {
        let p = write(dir.path(), f, STABLE);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let locked = dir.path().join("b-locked");
    std::fs::create_dir(&locked).unwrap();
    write(&locked, "hidden.toml", STABLE);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permissions do not bite root: then run the binary as `nobody` with
    // setpriv, where there is one; else skip.
    let as_nobody = std::fs::read_dir(&locked).is_ok();
    let run = |cmd: &str| {
        if as_nobody {
            std::process::Command::new("setpriv")
                .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(assert_cmd::cargo::cargo_bin!("larcheck"))
                .args([cmd, "--format", "json"])
                .arg(dir.path())
                .output()
                .ok()
                .filter(|o| !o.stdout.is_empty())
        } else {
            lib()
                .args([cmd, "--format", "json"])
                .arg(dir.path())
                .output()
                .ok()
        }
    };
    let (checked, validated) = (run("check"), run("validate"));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (Some(c), Some(v)) = (checked, validated) else {
        eprintln!(
            "skipped: a chmod 000 folder is still readable here (root) and setpriv cannot drop to nobody"
        );
        return;
    };
    assert_eq!(c.status.code(), Some(2));
    let doc = json(&c.stdout);
    let got = entries(&doc, dir.path());
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("a.toml", "checked")
    );
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_str()),
        ("b-locked", "error")
    );
    assert!(
        got[1].2.contains("cannot read folder") && got[1].2.contains("permission denied"),
        "{}",
        got[1].2
    );
    assert_eq!(
        (got[2].0.as_str(), got[2].1.as_str()),
        ("c.toml", "checked")
    );
    assert_eq!(doc["summary"]["errors"], 1);
    assert_eq!(v.status.code(), Some(2));
    assert_eq!(json(&v.stdout)["summary"]["errors"], 1);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_toml_is_refused_without_being_opened_in_a_folder_or_given_directly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.toml", STABLE);
    let fifo = dir.path().join("b-pipe.toml");
    if !mkfifo(&fifo) {
        return;
    }
    // The binary, with a timeout: opening the FIFO for reading would block
    // forever, and a hung test says less than a failed one.
    for args in [vec![dir.path()], vec![fifo.as_path()]] {
        let out = common::larcheck()
            .args(["check", "--format", "json"])
            .args(&args)
            .timeout(std::time::Duration::from_secs(30))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let doc = json(&out.stdout);
        let got = entries(&doc, dir.path());
        let pipe = got
            .iter()
            .find(|e| e.0 == "b-pipe.toml")
            .expect("the FIFO's entry");
        assert_eq!(pipe.1, "error");
        assert!(
            pipe.2.contains("named pipe (FIFO)") && pipe.2.contains("not opened"),
            "{}",
            pipe.2
        );
        assert_eq!(got.len(), args.len() + usize::from(args[0] == dir.path()));
    }
    // A device given directly is refused the same way; stdin `-` stays.
    let (code, doc) = check_json(&[], &[Path::new("/dev/null")]);
    assert_eq!(code, 2);
    assert!(
        doc["cases"][0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("a device")),
        "{doc:#}"
    );
    common::larcheck()
        .args(["check", "--format", "json", "-"])
        .write_stdin(STABLE)
        .assert()
        .code(0);
}

#[test]
fn a_case_file_above_the_size_limit_is_refused_with_its_size_unread() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.toml", STABLE);
    // Sparse: 16 MiB and one byte of nothing, allocated by no one.
    let big = dir.path().join("b-big.toml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(16 * 1024 * 1024 + 1)
        .unwrap();
    let (code, doc) = check_json(&[], &[dir.path()]);
    assert_eq!(code, 2);
    let got = entries(&doc, dir.path());
    assert_eq!(got[0].1, "checked");
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_str()),
        ("b-big.toml", "error")
    );
    assert!(
        got[1].2.contains("16.0 MiB (16777217 bytes)")
            && got[1].2.contains("limit of 16 MiB")
            && got[1].2.contains("general.max_case_mib"),
        "{}",
        got[1].2
    );
    // The limit is a parameter; a smaller one refuses a smaller file, and
    // 0 (which would refuse every case) is not accepted.
    let small = dir.path().join("small.toml");
    std::fs::write(&small, "[general]\nmax_case_mib = 1\n").unwrap();
    let mid = dir.path().join("c-mid.toml");
    std::fs::File::create(&mid)
        .unwrap()
        .set_len(1024 * 1024 + 1)
        .unwrap();
    let (code, doc) = check_json(&["--config", small.to_str().unwrap()], &[&mid]);
    assert_eq!(code, 2);
    assert!(
        doc["cases"][0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("limit of 1 MiB")),
        "{doc:#}"
    );
    std::fs::write(&small, "[general]\nmax_case_mib = 0\n").unwrap();
    let out = lib()
        .args(["check", "--config"])
        .arg(&small)
        .arg(dir.path().join("a.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("general.max_case_mib"));
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_tree_is_an_error_entry_unless_followed_and_a_link_to_root_never_walks() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "x.toml", STABLE);
    let root = dir.path().join("cases");
    std::fs::create_dir(&root).unwrap();
    write(&root, "a.toml", STABLE);
    symlink(outside.path(), root.join("out")).unwrap();
    symlink(Path::new("/"), root.join("slash")).unwrap();
    let (code, doc) = check_json(&[], &[&root]);
    assert_eq!(code, 2);
    let got = entries(&doc, &root);
    let names: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1.as_str())).collect();
    assert_eq!(
        names,
        [("a.toml", "checked"), ("out", "error"), ("slash", "error")]
    );
    let target = outside.path().canonicalize().unwrap().display().to_string();
    assert!(
        got[1].2.contains(&target) && got[1].2.contains("--follow"),
        "{}",
        got[1].2
    );
    assert!(got[2].2.contains("to `/`"), "{}", got[2].2);
    // --follow reads the outside case; `/` is still not walked.
    let (code, doc) = check_json(&["--follow"], &[&root]);
    assert_eq!(code, 2);
    let got = entries(&doc, &root);
    let names: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1.as_str())).collect();
    assert_eq!(
        names,
        [
            ("a.toml", "checked"),
            ("out/x.toml", "checked"),
            ("slash", "error")
        ]
    );
    lib()
        .args(["validate", "--follow", "--quiet"])
        .arg(root.join("a.toml"))
        .assert()
        .code(0);
}

#[cfg(unix)]
#[test]
fn a_symlink_cycle_is_walked_once_and_never_loops() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("a/b")).unwrap();
    write(&root.join("a"), "1.toml", STABLE);
    write(&root.join("a/b"), "2.toml", STABLE);
    symlink(root.join("a"), root.join("a/b/back")).unwrap();
    symlink(root, root.join("a/top")).unwrap();
    symlink(root.join("a/b"), root.join("c")).unwrap();
    let (code, doc) = check_json(&[], &[root]);
    assert_eq!(code, 0, "{doc:#}");
    let got = entries(&doc, root);
    let names: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(names, ["a/1.toml", "a/b/2.toml"]);
}

#[cfg(target_os = "linux")]
#[test]
fn file_names_that_differ_only_in_bytes_that_are_not_utf8_get_different_paths() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    for name in [&b"p\xe5.toml"[..], b"p\xf8.toml", "på.toml".as_bytes()] {
        if std::fs::write(dir.path().join(OsStr::from_bytes(name)), STABLE).is_err() {
            eprintln!("skipped: this file system does not take names that are not UTF-8");
            return;
        }
    }
    let (code, doc) = check_json(&[], &[dir.path()]);
    assert_eq!(code, 0, "{doc:#}");
    let got = entries(&doc, dir.path());
    let names: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(names, ["på.toml", "p\\xE5.toml", "p\\xF8.toml"]);
}

#[test]
fn standard_input_is_read_up_to_the_size_limit_only() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(dir.path(), "small.toml", "[general]\nmax_case_mib = 1\n");
    let big = format!("{STABLE}#{}\n", "x".repeat(1024 * 1024));
    let out = common::larcheck()
        .args(["check", "--format", "json", "--config"])
        .arg(&cfg)
        .arg("-")
        .write_stdin(big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc = json(&out.stdout);
    assert_eq!(doc["cases"][0]["path"], "-");
    assert!(
        doc["cases"][0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("standard input is more than 1 MiB")),
        "{doc:#}"
    );
}
