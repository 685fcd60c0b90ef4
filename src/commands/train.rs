//! `larcheck train [FIXTURE|DIR]`: a training exercise. The case is shown
//! as the trainee meets it (no findings), then the answer given with
//! `--answer`/`--severity`/`--next-dose`/`--pickup` is scored against the
//! exercise's `[expect]` and the tool's own report, then the full report
//! and, for every missed or wrong item, the rule's explanation (the table
//! of `larcheck explain`).
//!
//! Without `--answer`, on a terminal (standard input and output), the
//! answer is asked interactively ([`crate::train::ask`]) and scored and
//! shown by the same [`answer`]; without a FIXTURE file that is a run of
//! `--count` exercises ending with a summary. Off a terminal the command
//! shows the exercise, says how to answer on standard error and exits 2;
//! it never reads a standard input that is not a terminal, so it cannot
//! hang.

use crate::case::Case;
use crate::cli::{Global, Level, OutputFormat, TrainArgs};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::output::table::{Style, clean, render_one};
use crate::report::{CaseReport, CaseResult};
use crate::train::ask::Halt;
use crate::train::{Answer, Score, score};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The exercise library's folder: `fixtures/exercises` below the working
/// directory when there is one, else the one in the source tree the binary
/// was built from.
pub fn library() -> PathBuf {
    let here = Path::new("fixtures/exercises");
    if here.is_dir() {
        here.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/exercises")
    }
}

/// One exercise, read and checked.
pub struct Exercise {
    /// The path.
    pub path: String,
    /// The case.
    pub case: Box<Case>,
    /// Its report.
    pub report: Box<CaseReport>,
}

impl Exercise {
    /// `[exercise] title`, or the file name.
    pub fn title(&self) -> String {
        self.case
            .exercise
            .as_ref()
            .and_then(|e| e.title.clone())
            .unwrap_or_else(|| self.path.clone())
    }

    /// `[exercise] level` (`basic` when not given).
    pub fn level(&self) -> String {
        self.case
            .exercise
            .as_ref()
            .and_then(|e| e.level.clone())
            .unwrap_or_else(|| "basic".to_string())
    }

    /// `[exercise] question`, or the default one.
    pub fn question(&self) -> String {
        self.case
            .exercise
            .as_ref()
            .and_then(|e| e.question.clone())
            .unwrap_or_else(|| {
                "Which problems do you see, how urgent is each, and what do you do next?".into()
            })
    }
}

/// Reads and checks the exercises; an unreadable one is an error (exit 2).
fn exercises(args: &TrainArgs, config: &Config) -> Result<Vec<Exercise>, Error> {
    let dir = args.fixture.clone().unwrap_or_else(library);
    let sources = super::check::sources(&[dir], false)?;
    let today = super::check::today();
    let mut out = Vec::new();
    for src in &sources {
        let (case, result) = super::check::check_case(src, None, today, config);
        match (case, result) {
            (Some(case), CaseResult::Checked(report)) => out.push(Exercise {
                path: src.name(),
                case,
                report,
            }),
            (_, CaseResult::Error(e)) => {
                let d = &e.error;
                return Err(Error::Usage(format!(
                    "{}{}: {}",
                    e.path,
                    d.position(),
                    d.message
                )));
            }
            (None, CaseResult::Checked(_)) => {}
        }
    }
    if let Some(level) = args.level {
        let want = level_name(level);
        out.retain(|e| e.level() == want);
    }
    if let Some(seed) = args.seed {
        shuffle(&mut out, seed);
    }
    Ok(out)
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::Basic => "basic",
        Level::Intermediate => "intermediate",
        Level::Advanced => "advanced",
    }
}

/// A reproducible Fisher-Yates shuffle (splitmix64): the same seed gives the
/// same order on every platform.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// How to answer without a terminal prompt.
pub const HOW_TO_ANSWER: &str = "How to answer off a terminal (on one, train asks interactively):
  --answer CODES      the problems you see, comma-separated: rule codes (MIS001), families (MIS) or words (\"missed doses\", \"benzodiazepine\")
  --severity CODE=LEVEL  how urgent: critical (before the next dose), warning (at the next consultation), info (worth knowing); repeatable
  --next-dose MG      the next dose you would give after missed days
  --pickup S/T        the regime you propose: supervised intakes a week / take-home doses (7/0, 5/2, ...)
e.g. larcheck train fixtures/exercises/basic-14.toml --answer \"missed doses\" --severity MIS001=critical --next-dose 35 --pickup 7/0
larcheck train --list lists the exercises.";

/// `larcheck train`.
pub fn run(g: &Global, args: &TrainArgs) -> Result<ExitStatus, Error> {
    let config = super::check::load(g)?;
    let all = exercises(args, &config)?;
    if args.list {
        let text = list(&all, g.format);
        if !g.quiet {
            super::emit(text.as_bytes())?;
        }
        return Ok(ExitStatus::Clean);
    }
    let Some(ex) = all.first() else {
        return Err(Error::Usage(
            "no exercise to train on (check the folder and --level)".into(),
        ));
    };
    let Some(text) = &args.answer else {
        if on_a_terminal() {
            return interactive(g, args, all, &config);
        }
        if !g.quiet && g.format == OutputFormat::Table {
            super::emit(crate::train::view::render(ex).as_bytes())?;
        }
        eprintln!("{HOW_TO_ANSWER}");
        return Err(Error::Usage(
            "no answer given: train answers non-interactively with --answer (see above)".into(),
        ));
    };
    let given = Answer::parse(text, &args.severity, args.next_dose, args.pickup.as_deref())
        .map_err(Error::Usage)?;
    let s = answer(g, args, ex, &given, &config, true)?;
    Ok(if s.fully_right {
        ExitStatus::Clean
    } else {
        ExitStatus::Findings
    })
}

/// Standard input and output both a terminal (and output not captured by
/// [`crate::run_captured`]): the answer can be asked.
fn on_a_terminal() -> bool {
    use std::io::IsTerminal;
    !super::capturing() && std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Scores one answer, however it was given, records it (`--record`) and
/// shows the scoring, the full report and the explanations (table, with
/// the case first when `show_case`) or the JSON document.
fn answer(
    g: &Global,
    args: &TrainArgs,
    ex: &Exercise,
    given: &Answer,
    config: &Config,
    show_case: bool,
) -> Result<Score, Error> {
    let s = score(&ex.case, &ex.report, given);
    if let Some(file) = &args.record {
        record(file, ex, &s)?;
    }
    if !g.quiet {
        let text = match g.format {
            OutputFormat::Json => {
                let doc = json!({"schema_version": 1, "exercise": exercise_json(ex), "score": s});
                serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
            }
            OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
                table(ex, &s, config, show_case)
            }
        };
        super::emit(text.as_bytes())?;
    }
    Ok(s)
}

/// The interactive run: one exercise for a FIXTURE file, else `--count`
/// of the folder's (or the library's), shuffled with `--seed` or, without
/// one, the clock. Each is shown, asked and answered by [`answer`]; the
/// run ends with a summary, also when the trainee stops it (Ctrl-D, Esc,
/// Ctrl-C) — the exercise being asked then is not counted.
///
/// Exit status: 0 when at least one exercise was answered and every one
/// answered was fully right, 1 otherwise, also after Ctrl-C. Not 130: the
/// interrupt is this command's ordinary way to end a run early, the
/// summary before it is a result like any other, and a script that wants
/// the status of an answer uses `--answer`.
fn interactive(
    g: &Global,
    args: &TrainArgs,
    mut all: Vec<Exercise>,
    config: &Config,
) -> Result<ExitStatus, Error> {
    let one_file = args.fixture.as_deref().is_some_and(Path::is_file);
    if !one_file {
        if args.seed.is_none() {
            let clock = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            shuffle(&mut all, clock);
        }
        all.truncate(usize::from(args.count));
    }
    let n = all.len();
    let mut done: Vec<(String, Score)> = Vec::new();
    let mut stopped = None;
    for (i, ex) in all.iter().enumerate() {
        let mut head = String::new();
        if n > 1 {
            head.push_str(&format!("\n=== Exercise {} of {n} ===\n", i + 1));
        }
        head.push_str(&crate::train::view::render(ex));
        head.push('\n');
        say(g, &head)?;
        match crate::train::ask::ask(ex) {
            Ok(given) => {
                say(g, "\n")?;
                let s = answer(g, args, ex, &given, config, false)?;
                done.push((ex.title(), s));
            }
            Err(halt) => {
                stopped = Some(halt);
                break;
            }
        }
    }
    say(g, &summary(&done, stopped.as_ref(), n))?;
    if let Some(Halt::Failed(msg)) = stopped {
        return Err(Error::Usage(format!("the terminal prompt failed: {msg}")));
    }
    Ok(run_status(&done))
}

/// The interactive run's text around the answers (the case, the summary):
/// standard output, or standard error beside the prompts with `--format
/// json`, so that standard output holds only the JSON documents.
fn say(g: &Global, text: &str) -> Result<(), Error> {
    if g.format == OutputFormat::Json {
        eprint!("{text}");
        Ok(())
    } else {
        super::emit(text.as_bytes())
    }
}

/// 0 when at least one exercise was answered and every one answered was
/// fully right, else 1 (see [`interactive`]).
fn run_status(done: &[(String, Score)]) -> ExitStatus {
    if !done.is_empty() && done.iter().all(|(_, s)| s.fully_right) {
        ExitStatus::Clean
    } else {
        ExitStatus::Findings
    }
}

/// The summary of an interactive run.
fn summary(done: &[(String, Score)], stopped: Option<&Halt>, planned: usize) -> String {
    let mut out = String::from("\nSummary\n");
    match stopped {
        Some(Halt::Cancelled) => {
            out.push_str("  stopped (Ctrl-D/Esc); the exercise being asked is not counted\n")
        }
        Some(Halt::Interrupted) => {
            out.push_str("  interrupted (Ctrl-C); the exercise being asked is not counted\n")
        }
        Some(Halt::Failed(_)) => out.push_str("  the terminal prompt failed\n"),
        None => {}
    }
    for (title, s) in done {
        out.push_str(&format!(
            "  {:>2} of {:<2} {}  {}\n",
            s.right,
            s.total,
            if s.fully_right {
                "fully right    "
            } else {
                "not fully right"
            },
            clean(title)
        ));
    }
    let right: usize = done.iter().map(|(_, s)| s.right).sum();
    let total: usize = done.iter().map(|(_, s)| s.total).sum();
    let full = done.iter().filter(|(_, s)| s.fully_right).count();
    out.push_str(&format!(
        "Summary score: {right} of {total} items; {full} of {} exercises answered fully right ({planned} planned)\n",
        done.len()
    ));
    out
}

fn exercise_json(ex: &Exercise) -> serde_json::Value {
    json!({"path": ex.path, "title": ex.title(), "level": ex.level(), "question": ex.question()})
}

/// `--list`.
fn list(all: &[Exercise], format: OutputFormat) -> String {
    match format {
        OutputFormat::Json => {
            let v: Vec<_> = all.iter().map(exercise_json).collect();
            serde_json::to_string_pretty(&json!({"schema_version": 1, "exercises": v}))
                .unwrap_or_default()
                + "\n"
        }
        OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
            let mut s = String::new();
            for e in all {
                s.push_str(&format!(
                    "{:<13} {}  ({})\n",
                    e.level(),
                    clean(&e.title()),
                    clean(&e.path)
                ));
            }
            s.push_str(&format!("{} exercises\n", all.len()));
            s
        }
    }
}

/// The table: the case (when `show_case`), the scoring, the full report,
/// the explanations.
fn table(ex: &Exercise, s: &Score, config: &Config, show_case: bool) -> String {
    let mut out = String::new();
    if show_case {
        out.push_str(&crate::train::view::render(ex));
        out.push('\n');
    }
    out.push_str(&crate::train::render_score(s));
    out.push_str("\nThe full report\n");
    out.push_str(&render_one(
        &CaseResult::Checked(ex.report.clone()),
        Style::plain(),
    ));
    let explain: Vec<&str> = s.to_explain();
    if !explain.is_empty() {
        out.push_str("\nThe rules behind what you missed or got wrong\n\n");
        for code in explain {
            if let Some(r) = crate::rules::registry::find(code) {
                out.push_str(&super::rules::explain_table(r, config));
                out.push('\n');
            }
        }
    }
    out
}

/// `--record FILE`: one JSON line appended.
fn record(file: &Path, ex: &Exercise, s: &Score) -> Result<(), Error> {
    use std::io::Write;
    let line = json!({
        "date": super::check::today(),
        "exercise": exercise_json(ex),
        "score": s,
    });
    let io = |source| Error::Io {
        path: file.to_path_buf(),
        source,
    };
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .map_err(io)?;
    writeln!(f, "{line}").map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(right: usize, total: usize) -> (String, Score) {
        let s = Score {
            problems: Vec::new(),
            severity: Vec::new(),
            next_dose: None,
            pickup: None,
            right,
            total,
            fully_right: right == total,
        };
        (format!("exercise {right}/{total}"), s)
    }

    #[test]
    fn a_run_exits_0_only_when_something_was_answered_and_all_fully_right() {
        assert_eq!(run_status(&[]), ExitStatus::Findings);
        assert_eq!(run_status(&[scored(4, 4)]), ExitStatus::Clean);
        assert_eq!(
            run_status(&[scored(4, 4), scored(2, 3)]),
            ExitStatus::Findings
        );
    }

    #[test]
    fn the_summary_adds_up_the_answered_exercises_and_says_why_it_stopped() {
        let done = [scored(4, 4), scored(2, 3)];
        let s = summary(&done, Some(&Halt::Interrupted), 5);
        assert!(s.contains("interrupted (Ctrl-C)"), "{s}");
        assert!(s.contains("not fully right  exercise 2/3"), "{s}");
        assert!(
            s.contains(
                "Summary score: 6 of 7 items; 1 of 2 exercises answered fully right (5 planned)"
            ),
            "{s}"
        );
        assert!(!summary(&done, None, 2).contains("stopped"));
    }
}
