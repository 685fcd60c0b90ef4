//! The interactive `larcheck train` through a pseudo-terminal (`rexpect`):
//! one full run answered and scored, and a run stopped with Ctrl-C and one
//! with Ctrl-D, each followed by `stty -a` in the same terminal to show the
//! terminal is back in canonical mode with echo (no raw mode left behind).
//! The binary runs under `sh -c` so that its exit status and the `stty`
//! after it are read from the same pty. Where no pty can be made the tests
//! say so and pass. (The 30 s is a guard against a hang, not a timing.)

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

const WEEKEND: &str = "fixtures/exercises/basic-14.toml";

/// Enter, as a terminal in raw mode sends it.
const ENTER: &str = "\r";

/// Types `s` (rexpect's `send` buffers until a flush).
fn key(p: &mut PtySession, s: &str) {
    p.send(s).expect("write to the pty");
    p.flush().expect("flush the pty");
}

/// `sh -c` running `larcheck ARGS` in a pty of 120 columns with echo and
/// canonical mode on (rexpect starts it with echo off), then printing the
/// exit status and `stty -a`.
fn session(args: &str) -> Option<PtySession> {
    let script = format!(
        "stty echo icanon cols 120 rows 40; \"$LARCHECK\" {args}; echo \"exit=$?\"; stty -a; echo done-stty"
    );
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LARCHECK", env!("CARGO_BIN_EXE_larcheck"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("LARCHECK_LANG", "en");
    match spawn_command(cmd, Some(30_000)) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("skipped: no pseudo-terminal could be made ({e})");
            None
        }
    }
}

/// Reads to the end of `stty -a` and returns the exit status line's code
/// and the `stty -a` text.
fn finish(p: &mut PtySession) -> (i32, String) {
    let (_, code) = p.exp_regex(r"exit=\d+").expect("the exit status");
    let code = code.trim_start_matches("exit=").parse().expect("a number");
    let stty = p.exp_string("done-stty").expect("stty -a");
    (code, stty)
}

/// `stty -a` shows the terminal cooked: `icanon` and `echo`, not negated.
fn assert_cooked(stty: &str) {
    let flags: Vec<&str> = stty
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    for f in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(
            flags.contains(&f),
            "`{f}` is not set after the run:\n{stty}"
        );
    }
}

#[test]
fn an_interactive_run_is_answered_scored_and_summarised() {
    let Some(mut p) = session(&format!("train {WEEKEND}")) else {
        return;
    };
    p.exp_string("Question:").expect("the case is shown");
    p.exp_string("Which problems do you see?")
        .expect("problem prompt");
    // Completion: "missed d" + Tab completes to the synonym.
    key(&mut p, "missed d");
    key(&mut p, "\t");
    key(&mut p, ENTER);
    p.exp_string("How urgent is \"missed doses\"?")
        .expect("urgency prompt for the completed word");
    key(&mut p, ENTER); // the first choice: before the next dose
    p.exp_string("next dose after the missed days")
        .expect("next-dose prompt");
    key(&mut p, "35");
    key(&mut p, ENTER);
    p.exp_string("pickup regime").expect("pickup prompt");
    key(&mut p, "7/0");
    key(&mut p, ENTER);
    p.exp_string("Your answer").expect("the scoring");
    p.exp_string("found        MIS001").expect("MIS001 found");
    // rexpect reads bytes one by one as chars: match ASCII only.
    p.exp_string("Score: 4 of 4").expect("the score");
    p.exp_string("The full report").expect("the report");
    p.exp_string("Summary score: 4 of 4 items; 1 of 1 exercises answered fully right")
        .expect("the summary");
    let (code, stty) = finish(&mut p);
    assert_eq!(code, 0, "fully right: exit 0");
    assert_cooked(&stty);
}

#[test]
fn ctrl_c_stops_with_the_summary_so_far_and_the_terminal_clean() {
    // Two copies of the exercise: the first answered (wrongly), Ctrl-C at
    // the second.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(WEEKEND).unwrap();
    std::fs::write(dir.path().join("a.toml"), &text).unwrap();
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    let args = format!("train '{}' --count 2 --seed 1", dir.path().display());
    let Some(mut p) = session(&args) else {
        return;
    };
    p.exp_string("=== Exercise 1 of 2 ===")
        .expect("first exercise");
    p.exp_string("Which problems do you see?")
        .expect("problem prompt");
    key(&mut p, "benzodiazepine");
    key(&mut p, ENTER);
    p.exp_string("How urgent is").expect("urgency prompt");
    key(&mut p, "\x1b[B"); // down: at the next consultation
    key(&mut p, ENTER);
    p.exp_string("next dose after the missed days").unwrap();
    key(&mut p, ENTER); // no answer
    p.exp_string("pickup regime").unwrap();
    key(&mut p, ENTER);
    p.exp_string("not fully right").expect("the first score");
    p.exp_string("=== Exercise 2 of 2 ===")
        .expect("second exercise");
    p.exp_string("Which problems do you see?").unwrap();
    key(&mut p, "MIS");
    p.send_control('c').unwrap();
    p.exp_string("interrupted (Ctrl-C)")
        .expect("the stop is said");
    p.exp_string("answered fully right (2 planned)")
        .expect("the summary so far");
    let (code, stty) = finish(&mut p);
    assert_eq!(code, 1, "an answered exercise was not fully right: exit 1");
    assert_cooked(&stty);
}

#[test]
fn ctrl_d_stops_cleanly_before_any_answer() {
    let Some(mut p) = session(&format!("train {WEEKEND}")) else {
        return;
    };
    p.exp_string("Which problems do you see?")
        .expect("problem prompt");
    p.send_control('d').unwrap();
    p.exp_string("stopped (Ctrl-D/Esc)")
        .expect("the stop is said");
    p.exp_string("0 of 0 exercises answered fully right")
        .expect("an empty summary");
    let (code, stty) = finish(&mut p);
    assert_eq!(code, 1, "nothing answered: exit 1");
    assert_cooked(&stty);
}

#[test]
fn a_terminal_for_input_but_not_for_output_still_says_how_and_exits_2() {
    let Some(mut p) = session(&format!("train {WEEKEND} > /dev/null")) else {
        return;
    };
    p.exp_string("How to answer off a terminal")
        .expect("how to answer");
    let (code, stty) = finish(&mut p);
    assert_eq!(code, 2, "no prompt when the output is not a terminal");
    assert_cooked(&stty);
}
