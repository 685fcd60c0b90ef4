//! The interactive answer of `larcheck train` on a terminal (`inquire`):
//! the problems (a text prompt completing rule codes and problem words),
//! how urgent each is, the next dose after missed days when the case has
//! missed days or restart advice, and the pickup regime. It only builds an
//! [`Answer`]; the scoring is [`super::score`], as for `--answer`.
//!
//! inquire puts the terminal in raw mode for each prompt and restores it
//! when the prompt returns, answered or not (Ctrl-C, Ctrl-D, Esc), so a
//! stopped run leaves no raw mode behind.

use super::{Answer, parse_pickup, words};
use crate::commands::train::Exercise;
use crate::config::Severity;
use inquire::autocompletion::{Autocomplete, Replacement};
use inquire::validator::Validation;
use inquire::{CustomUserError, InquireError, Select, Text};

/// Why no answer came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Halt {
    /// The trainee stopped the run: Ctrl-D or Esc (`OperationCanceled`).
    Cancelled,
    /// The trainee stopped the run: Ctrl-C (`OperationInterrupted`).
    Interrupted,
    /// The terminal failed (the message).
    Failed(String),
}

impl From<InquireError> for Halt {
    fn from(e: InquireError) -> Self {
        match e {
            InquireError::OperationCanceled => Halt::Cancelled,
            InquireError::OperationInterrupted => Halt::Interrupted,
            other => Halt::Failed(other.to_string()),
        }
    }
}

/// Completes the last problem typed with synonyms and rule codes.
#[derive(Clone, Default)]
struct Problems;

impl Autocomplete for Problems {
    fn get_suggestions(&mut self, input: &str) -> Result<Vec<String>, CustomUserError> {
        Ok(words::suggestions(input))
    }

    fn get_completion(
        &mut self,
        input: &str,
        highlighted: Option<String>,
    ) -> Result<Replacement, CustomUserError> {
        Ok(highlighted.or_else(|| words::suggestions(input).into_iter().next()))
    }
}

/// The urgency choices, in the words of the issue, and their severity
/// (`None`: not said).
const URGENCY: &[(&str, Option<Severity>)] = &[
    ("before the next dose", Some(Severity::Critical)),
    ("at the next consultation", Some(Severity::Warning)),
    ("worth knowing", Some(Severity::Info)),
    ("skip (no severity)", None),
];

/// The problems of an answer line: split at `,`/`;`, completion labels off.
pub fn problems(line: &str) -> Vec<String> {
    line.split([',', ';'])
        .map(words::strip_label)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Asks the four questions for `ex`.
pub fn ask(ex: &Exercise) -> Result<Answer, Halt> {
    let line = Text::new("Which problems do you see?")
        .with_help_message(
            "codes or words (missed doses, benzo), comma-separated; Tab completes, ↑↓ choose, Ctrl-D stops",
        )
        .with_autocomplete(Problems)
        .with_page_size(6)
        .prompt()?;
    let problems = problems(&line);
    let mut severities = Vec::new();
    for p in problems.iter().filter(|p| !words::candidates(p).is_empty()) {
        let labels: Vec<&str> = URGENCY.iter().map(|(l, _)| *l).collect();
        let chosen = Select::new(&format!("How urgent is \"{p}\"?"), labels)
            .with_help_message("↑↓ choose, Enter answers")
            .prompt()?;
        if let Some((_, Some(sev))) = URGENCY.iter().find(|(l, _)| *l == chosen) {
            severities.push((p.clone(), *sev));
        }
    }
    let next_dose_mg = if !ex.case.missed.is_empty() || ex.report.restart.is_some() {
        next_dose()?
    } else {
        None
    };
    let pickup = Text::new("Which pickup regime do you propose (S/T)?")
        .with_help_message(
            "supervised intakes a week / take-home doses, e.g. 7/0 or 5/2; empty: no proposal",
        )
        .with_validator(|s: &str| {
            Ok(match s.trim() {
                "" => Validation::Valid,
                t => match parse_pickup(t) {
                    Ok(_) => Validation::Valid,
                    Err(e) => Validation::Invalid(e.trim_start_matches("--pickup ").into()),
                },
            })
        })
        .prompt()?;
    let pickup = match pickup.trim() {
        "" => None,
        t => parse_pickup(t).ok(),
    };
    Ok(Answer {
        problems,
        severities,
        next_dose_mg,
        pickup,
    })
}

fn mg(s: &str) -> Option<f64> {
    s.trim()
        .trim_end_matches("mg")
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|d| d.is_finite() && *d >= 0.0)
}

fn next_dose() -> Result<Option<f64>, Halt> {
    let text = Text::new("What is the next dose after the missed days (mg)?")
        .with_help_message("a dose in mg, e.g. 30; empty: no answer")
        .with_validator(|s: &str| {
            Ok(if s.trim().is_empty() || mg(s).is_some() {
                Validation::Valid
            } else {
                Validation::Invalid("a dose in mg, 0 or more (e.g. 30)".into())
            })
        })
        .prompt()?;
    Ok(mg(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_line_splits_into_problems_without_labels() {
        assert_eq!(
            problems("missed doses, MIS001 (missed-doses-restart); ,benzo"),
            vec!["missed doses", "MIS001", "benzo"]
        );
        assert!(problems(" , ").is_empty());
    }

    #[test]
    fn doses_read_with_or_without_mg_and_a_decimal_comma() {
        assert_eq!(mg("30"), Some(30.0));
        assert_eq!(mg("12,5 mg"), Some(12.5));
        assert_eq!(mg("-1"), None);
        assert_eq!(mg("much"), None);
    }
}
