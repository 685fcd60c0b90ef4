//! What to do before the next dose or pickup, one line per critical
//! finding, in the words the person at the counter acts on (output.md,
//! "BEFORE THE NEXT DOSE OR PICKUP"). The table's action block and the
//! worklist read these lines; the JSON keeps the finding's own message and
//! suggestion.

use crate::config::{Action, Severity};
use crate::report::{CaseReport, Finding, Pickup, Restart, mg};

/// How urgent a patient is, for the summary line and the worklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// An unacknowledged critical: act before the next dose or pickup.
    Action,
    /// An unacknowledged warning: review at the next consultation.
    Review,
    /// The pickup can be relaxed (PIC002) and nothing above info.
    Relax,
    /// Nothing to do.
    Nothing,
}

/// The urgency of a checked case.
pub fn urgency(c: &CaseReport) -> Urgency {
    let counting = || c.findings.iter().filter(|f| f.counts());
    if counting().any(|f| f.severity == Severity::Critical) {
        Urgency::Action
    } else if counting().any(|f| f.severity == Severity::Warning) {
        Urgency::Review
    } else if counting().any(|f| f.code == "PIC002") {
        Urgency::Relax
    } else {
        Urgency::Nothing
    }
}

/// The unacknowledged criticals of a case, in report order.
pub fn criticals(c: &CaseReport) -> impl Iterator<Item = &Finding> {
    c.findings
        .iter()
        .filter(|f| f.counts() && f.severity == Severity::Critical)
}

/// The restart advice in the words of the ward: "5 days missed; restart as
/// a new induction, at most 30 mg, supervised (last dose 70 mg)".
pub fn restart_words(r: &Restart) -> String {
    let last = format!(" (last dose {} mg)", mg(r.last_dose_mg));
    let missed = format!(
        "{} day{} missed",
        r.missed_days,
        if r.missed_days == 1 { "" } else { "s" }
    );
    match (r.action, r.next_dose_mg) {
        (Action::Reduce, Some(d)) => format!("{missed}; give at most {} mg{last}", mg(d)),
        (Action::SeePrescriber, Some(d)) => format!(
            "{missed}; give at most {} mg{last} and see the prescriber first",
            mg(d)
        ),
        (Action::Review, Some(d)) => format!(
            "{missed}; assess before dosing; the usual dose of {} mg may be given",
            mg(d)
        ),
        (Action::ReInduce, Some(d)) => format!(
            "{missed}; restart as a new induction: at most {} mg, supervised{last}",
            mg(d)
        ),
        (Action::ReInduce, None) => {
            format!("{missed}; the next dose is another medication: start it as a new induction")
        }
        (_, None) => format!(
            "{missed}; the next dose is another medication: see the prescriber before the switch"
        ),
    }
}

fn first_sentence(s: &str) -> &str {
    s.split("; ").next().unwrap_or(s)
}

/// The one-line action for a critical finding.
pub fn action(f: &Finding, c: &CaseReport) -> String {
    let med = c.medication.to_string();
    match f.code {
        "MIS001" => match &c.restart {
            Some(r) => restart_words(r),
            None => f.message.clone(),
        },
        "MIS002" => format!("restart dose too high: {}", f.message),
        "MIS004" => format!(
            "{}: see the prescriber before the next injection",
            f.message
        ),
        "DOS008" => format!("do not give {med} yet: {}", f.message),
        "DOS001" | "DOS004" | "DOS005" | "DOS009" => {
            format!(
                "check the dose with the prescriber before it is given: {}",
                f.message
            )
        }
        "DOS007" => format!("supervise every induction dose: {}", f.message),
        "SWI001" | "SWI002" | "SWI004" | "SWI005" => {
            format!(
                "check the switch with the prescriber before the next dose: {}",
                f.message
            )
        }
        // An absent `safe_storage` is said as not documented (rules.md ODR004).
        "ODR004" if !c.safe_storage_recorded => {
            "no take-home doses until safe storage is documented: children live in the home"
                .to_string()
        }
        "ODR004" => {
            "no take-home doses until the box is locked: children live in the home".to_string()
        }
        "PIC001" => {
            // The reasons PIC001 gives, read from the proposal itself.
            let why: Vec<String> = c.pickup.as_ref().map(Pickup::reasons).unwrap_or_default();
            if why.is_empty() {
                "daily supervised intake from today, no take-home doses".to_string()
            } else {
                format!(
                    "daily supervised intake from today, no take-home doses: {}",
                    why.join("; ")
                )
            }
        }
        "PIC004" => "never hand depot buprenorphine to the patient".to_string(),
        "BZD001" | "BZD003" => format!(
            "{}: do not stop {med}; supervise intake, test, and give naloxone",
            f.message
        ),
        "INT004" => format!(
            "{}: do not stop {med}; no take-home doses before review, naloxone",
            first_sentence(&f.message)
        ),
        "INT005" => format!("{}: do not give it with {med}", f.message),
        "INT006" | "INT009" => format!("{}: see the prescriber before the next dose", f.message),
        "QTC001" | "QTC004" => format!(
            "{}: see the prescriber before the next {med} dose",
            f.message
        ),
        _ => format!("{}: {}", f.message, f.suggestion),
    }
}
