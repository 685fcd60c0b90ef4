//! The case-format changes of the 2026-12-01 revision (case-format.md,
//! rules.md "Acknowledgements", output.md `medication_product`): LAR product
//! names, `patch_ug_per_hour`, doses that round to 0 mg, and the limits on
//! acknowledgements. Input errors exit 2 and name line, column and key.

use crate::common;

use common::{STABLE, json, lib, line_of, write};
use serde_json::Value;

/// Runs `check --format json` (with `args` first) on `text`; returns the
/// exit code, the case report and standard error.
fn run(text: &str, args: &[&str]) -> (i32, Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "case.toml", text);
    let out = lib()
        .args(["check", "--format", "json"])
        .args(args)
        .arg(&path)
        .output()
        .unwrap();
    let doc = json(&out.stdout);
    (
        out.status.code().unwrap_or(-1),
        doc["cases"][0].clone(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Asserts an input error at `line` naming `key`, with every one of `words`
/// in the message.
fn input_error(text: &str, args: &[&str], line: u64, key: &str, words: &[&str]) {
    let (code, case, stderr) = run(text, args);
    assert_eq!(code, 2, "an input error exits 2: {case} {stderr}");
    assert_eq!(case["status"], "error", "{case}");
    let err = &case["error"];
    assert_eq!(err["line"].as_u64(), Some(line), "{err}");
    assert!(err["column"].as_u64().is_some_and(|c| c >= 1), "{err}");
    assert_eq!(err["key"], key, "{err}");
    let message = err["message"].as_str().unwrap_or_default();
    for w in words {
        assert!(message.contains(w), "`{w}` not in: {message}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn checked(text: &str, args: &[&str]) -> Value {
    let (code, case, stderr) = run(text, args);
    assert!(code == 0 || code == 1, "exit {code}: {case} {stderr}");
    assert_eq!(case["status"], "checked", "{case}");
    case
}

fn finding<'a>(case: &'a Value, code: &str) -> Option<&'a Value> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code)
}

fn with_prescription(lines: &str) -> String {
    format!("{STABLE}\n[[prescriptions]]\n{lines}")
}

fn with_ack(code: &str, until: &str) -> String {
    format!(
        "{STABLE}\n[[acknowledged]]\ncode = \"{code}\"\nuntil = {until}\nreason = \"reviewed by the team\"\n"
    )
}

// ---- LAR product names -----------------------------------------------------

#[test]
fn a_product_name_is_read_as_its_lar_medication_and_reported_beside_it() {
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"metadon dne\"");
    let case = checked(&text, &[]);
    assert_eq!(case["medication"], "methadone");
    assert_eq!(case["medication_product"], "Metadon DnE");

    for (product, med, spelled) in [
        ("SUBOXONE", "buprenorphine-naloxone", "Suboxone"),
        ("Espranor", "buprenorphine", "Espranor"),
        ("Bunalict", "buprenorphine-naloxone", "Bunalict"),
        ("Levopidon", "levomethadone", "Levopidon"),
        ("Substitol", "morphine-sr-24h", "Substitol"),
        ("Dolcontin", "morphine-sr-12h", "Dolcontin"),
        ("Metadon Abcur", "methadone", "Metadon Abcur"),
    ] {
        let text = STABLE
            .replace(
                "medication = \"methadone\"",
                &format!("medication = \"{product}\""),
            )
            .replace("mg = 60", "mg = 8");
        let case = checked(&text, &[]);
        assert_eq!(case["medication"], med, "{product}");
        assert_eq!(case["medication_product"], spelled, "{product}");
    }
}

#[test]
fn the_medication_name_itself_gives_no_product_key() {
    let case = checked(STABLE, &[]);
    assert_eq!(case["medication"], "methadone");
    assert!(
        case.get("medication_product").is_none(),
        "no product named: the key is absent ({case})"
    );
}

#[test]
fn a_dose_record_may_name_a_product_too() {
    let text = STABLE.replace("mg = 60\n", "mg = 60\nmedication = \"Metadon\"\n");
    let case = checked(&text, &[]);
    assert!(finding(&case, "DAT007").is_none(), "{case}");
    assert!(finding(&case, "DOS001").is_none(), "{case}");
}

#[test]
fn a_product_that_is_no_lar_medication_is_an_input_error_naming_the_nearest() {
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"Temgesic\"");
    input_error(
        &text,
        &[],
        line_of(&text, "Temgesic"),
        "treatment.medication",
        &["Temgesic", "not a LAR medication", "buprenorphine-naloxone"],
    );
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"Sobril\"");
    input_error(
        &text,
        &[],
        line_of(&text, "Sobril"),
        "treatment.medication",
        &["oxazepam", "not a LAR medication", "methadone"],
    );
}

#[test]
fn an_unknown_medication_suggests_a_product_spelling() {
    let text = STABLE.replace("medication = \"methadone\"", "medication = \"Subotex\"");
    input_error(
        &text,
        &[],
        line_of(&text, "Subotex"),
        "treatment.medication",
        &["unknown LAR medication", "Subutex"],
    );
}

#[test]
fn a_product_in_a_dose_record_that_is_no_lar_medication_is_an_input_error() {
    let text = STABLE.replace("mg = 60\n", "mg = 60\nmedication = \"OxyContin\"\n");
    input_error(
        &text,
        &[],
        line_of(&text, "OxyContin"),
        "doses[0].medication",
        &["oxycodone", "not a LAR medication"],
    );
}

// ---- patch_ug_per_hour ------------------------------------------------------

#[test]
fn a_patch_strength_gives_the_daily_dose_for_the_morphine_equivalents() {
    let case = checked(
        &with_prescription("drug = \"Durogesic\"\npatch_ug_per_hour = 12.5\n"),
        &[],
    );
    let f = finding(&case, "INT002").expect("INT002");
    // 12.5 µg/h × 24 / 1000 = 0.3 mg a day; × 100 = 30 mg oral morphine.
    let mme = f["evidence"]["mme_mg_per_day"].as_f64().unwrap();
    assert!((mme - 30.0).abs() < 1e-6, "{f}");
    let rx = &f["evidence"]["prescriptions"][0];
    assert!(
        (rx["daily_mg"].as_f64().unwrap() - 0.3).abs() < 1e-9,
        "{rx}"
    );
    assert_eq!(rx["patch_ug_per_hour"].as_f64(), Some(12.5));
    assert!(f["message"].as_str().unwrap().contains("12.5 µg/h"), "{f}");
    assert!(finding(&case, "DAT004").is_none());
}

#[test]
fn daily_mg_and_patch_ug_per_hour_together_are_an_input_error() {
    let text = with_prescription("drug = \"Durogesic\"\ndaily_mg = 0.6\npatch_ug_per_hour = 25\n");
    input_error(
        &text,
        &[],
        line_of(&text, "patch_ug_per_hour"),
        "prescriptions[0].patch_ug_per_hour",
        &["daily_mg", "patch_ug_per_hour"],
    );
}

#[test]
fn a_patch_strength_on_a_tablet_is_an_input_error() {
    let text = with_prescription("drug = \"Sobril\"\npatch_ug_per_hour = 25\n");
    input_error(
        &text,
        &[],
        line_of(&text, "patch_ug_per_hour"),
        "prescriptions[0].patch_ug_per_hour",
        &["transdermal", "Sobril"],
    );
}

#[test]
fn a_zero_or_negative_patch_strength_is_an_input_error() {
    for bad in ["0", "-25"] {
        let text = with_prescription(&format!("drug = \"Norspan\"\npatch_ug_per_hour = {bad}\n"));
        input_error(
            &text,
            &[],
            line_of(&text, "patch_ug_per_hour"),
            "prescriptions[0].patch_ug_per_hour",
            &["above 0"],
        );
    }
}

// ---- doses that round to 0 mg ---------------------------------------------

#[test]
fn a_dose_that_rounds_to_zero_is_an_input_error() {
    for bad in ["5e-324", "0.0004"] {
        let text = STABLE.replace("mg = 60", &format!("mg = {bad}"));
        input_error(
            &text,
            &[],
            line_of(&text, &format!("mg = {bad}")),
            "doses[0].mg",
            &["rounds to 0 mg"],
        );
    }
    let text = with_prescription("drug = \"Sobril\"\ndaily_mg = 1e-10\n");
    input_error(
        &text,
        &[],
        line_of(&text, "daily_mg"),
        "prescriptions[0].daily_mg",
        &["rounds to 0 mg"],
    );
}

#[test]
fn a_dose_of_one_microgram_is_accepted() {
    // 0.001 mg is the smallest dose a report can show: at the limit.
    let text = STABLE.replace("mg = 60", "mg = 0.001");
    let case = checked(&text, &[]);
    assert!(
        finding(&case, "DAT008").is_some(),
        "implausible, not an error"
    );
}

// ---- acknowledgements --------------------------------------------------------

#[test]
fn an_acknowledgement_for_more_than_365_days_is_an_input_error() {
    // STABLE's as_of is 2026-11-20; 365 days later is 2027-11-20.
    let ok = checked(&with_ack("BZD001", "2027-11-20"), &[]);
    assert!(
        finding(&ok, "DAT005").is_some(),
        "allowed, but it mutes nothing"
    );
    let text = with_ack("BZD001", "2027-11-21");
    input_error(
        &text,
        &[],
        line_of(&text, "until = 2027-11-21"),
        "acknowledged[0].until",
        &["365 days", "2027-11-20"],
    );
}

#[test]
fn the_acknowledgement_limit_is_measured_from_the_records_own_day() {
    // The file's as_of is 2026-11-20: the limit is 2027-11-20, also when an
    // audit views the case as of an earlier morning (a valid file never
    // becomes an input error under --as-of).
    let case = checked(
        &with_ack("BZD001", "2027-06-02"),
        &["--as-of", "2026-06-01"],
    );
    assert_eq!(case["as_of"], "2026-06-01");
    let text = with_ack("BZD001", "2027-11-21");
    for args in [&[][..], &["--as-of", "2026-06-01"][..]] {
        input_error(
            &text,
            args,
            line_of(&text, "until = 2027-11-21"),
            "acknowledged[0].until",
            &["2027-11-20"],
        );
    }
    // Without as_of in the file, the day of the check (--as-of) is the base.
    let no_as_of = with_ack("BZD001", "2027-06-02").replace("as_of = 2026-11-20\n", "");
    input_error(
        &no_as_of,
        &["--as-of", "2026-06-01"],
        line_of(&no_as_of, "until = 2027-06-02"),
        "acknowledged[0].until",
        &["2027-06-01"],
    );
}

#[test]
fn the_acknowledgement_limit_without_as_of_is_measured_from_today() {
    let text = with_ack("BZD001", "2999-01-01").replace("as_of = 2026-11-20\n", "");
    let (code, case, _) = run(&text, &[]);
    assert_eq!(code, 2, "{case}");
    assert_eq!(case["error"]["key"], "acknowledged[0].until");
}

#[test]
fn missed_dose_and_record_rules_cannot_be_acknowledged() {
    for code in ["MIS001", "MIS002", "MIS004", "DAT006", "DAT007", "DAT008"] {
        let text = with_ack(code, "2026-12-31");
        input_error(
            &text,
            &[],
            line_of(&text, &format!("code = \"{code}\"")),
            "acknowledged[0].code",
            &[code, "cannot be acknowledged"],
        );
    }
    // Other codes still can.
    checked(&with_ack("MIS003", "2026-12-31"), &[]);
}
