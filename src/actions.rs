//! What to do before the next dose or pickup, one line per critical
//! finding, in the words the person at the counter acts on (output.md,
//! "BEFORE THE NEXT DOSE OR PICKUP"). The table's action block and the
//! worklist read these lines; the JSON keeps the finding's own message and
//! suggestion.

use crate::config::{Action, Severity};
use crate::report::{CaseReport, Finding, Restart};
use crate::rules::registry::{Counter, RuleText};

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
    } else if counting().any(|f| f.is(&crate::rules::pickup::PIC002)) {
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
/// a new induction, at most 30 mg, supervised (last dose 70 mg)"; in
/// Norwegian the dose comes first: "Ikke full dose i dag: gi høyst 45 mg
/// (siste dose 90 mg), og kontakt LAR-legen først. 4 dager uteblitt."
pub fn restart_words(r: &Restart, lang: crate::i18n::Lang) -> String {
    let days = r.missed_days;
    let last = lang.mg(r.last_dose_mg);
    match (r.action, r.next_dose_mg) {
        (Action::Reduce, Some(d)) => {
            crate::tr!(
                lang,
                "restart-reduce",
                days = days,
                next = lang.mg(d),
                last = last
            )
        }
        (Action::SeePrescriber, Some(d)) => crate::tr!(
            lang,
            "restart-see-prescriber",
            days = days,
            next = lang.mg(d),
            last = last
        ),
        (Action::Review, Some(d)) => {
            crate::tr!(lang, "restart-review", days = days, next = lang.mg(d))
        }
        (Action::ReInduce, Some(d)) => crate::tr!(
            lang,
            "restart-re-induce",
            days = days,
            next = lang.mg(d),
            last = last
        ),
        (Action::ReInduce, None) => crate::tr!(lang, "restart-other-re-induce", days = days),
        (_, None) => crate::tr!(lang, "restart-other", days = days),
    }
}

/// The restart advice in the worklist's few columns, the dose first so
/// that the number survives the cut: "at most 40 mg (4 days missed), see
/// the prescriber first".
pub fn restart_short(r: &Restart, lang: crate::i18n::Lang) -> String {
    let days = r.missed_days;
    match (r.action, r.next_dose_mg) {
        (Action::Reduce, Some(d)) => {
            crate::tr!(
                lang,
                "worklist-restart-reduce",
                mg = lang.mg(d),
                days = days
            )
        }
        (Action::SeePrescriber, Some(d)) => crate::tr!(
            lang,
            "worklist-restart-see-prescriber",
            mg = lang.mg(d),
            days = days
        ),
        (Action::Review, Some(d)) => {
            crate::tr!(
                lang,
                "worklist-restart-review",
                mg = lang.mg(d),
                days = days
            )
        }
        (Action::ReInduce, Some(d)) => {
            crate::tr!(
                lang,
                "worklist-restart-reinduce",
                mg = lang.mg(d),
                days = days
            )
        }
        (Action::ReInduce, None) => {
            crate::tr!(lang, "worklist-restart-other-reinduce", days = days)
        }
        (_, None) => crate::tr!(lang, "worklist-restart-other", days = days),
    }
}

fn first_sentence(s: &str) -> &str {
    s.split("; ").next().unwrap_or(s)
}

/// The one-line action for a critical finding, as its rule declares it
/// ([`Counter`], beside the rule's logic), in the report's language.
pub fn action(f: &Finding, c: &CaseReport) -> String {
    match f.rule.counter {
        Counter::MessageAndSuggestion => format!("{}: {}", f.message, f.suggestion),
        Counter::Words(w) => f
            .rule
            .text(RuleText::Counter, c.lang)
            // A rule whose counter words are not yet in this language
            // speaks English rather than its message id.
            .filter(|t| *t != RuleText::Counter.id(f.rule))
            .unwrap_or_else(|| w.to_string())
            .replace("{first_sentence}", first_sentence(&f.message))
            .replace("{med}", &c.lang.medication(c.medication))
            .replace("{message}", &f.message),
        Counter::From(words) => words(f, c),
    }
}

#[cfg(test)]
mod tests {
    use super::restart_words;
    use crate::config::Action;
    use crate::i18n::Lang;
    use crate::report::Restart;

    fn restart(action: Action, next: Option<f64>) -> Restart {
        Restart {
            missed_days: 4,
            action,
            next_dose_mg: next,
            last_dose_mg: 90.0,
        }
    }

    #[test]
    fn the_restart_advice_reads_in_each_language() {
        let see = |lang| restart_words(&restart(Action::SeePrescriber, Some(45.0)), lang);
        assert_eq!(
            see(Lang::En),
            "4 days missed; give at most 45 mg (last dose 90 mg) and see the prescriber first"
        );
        // The counter reads the dose first (issue 18).
        assert_eq!(
            see(Lang::Nb),
            "Ikke full dose i dag: gi høyst 45 mg (siste dose 90 mg), og kontakt LAR-legen først. 4 dager uteblitt."
        );
        let one = Restart {
            missed_days: 1,
            ..restart(Action::Reduce, Some(2.5))
        };
        assert_eq!(
            restart_words(&one, Lang::Nb),
            "Ikke full dose i dag: gi høyst 2,5 mg (siste dose 90 mg). 1 dag uteblitt."
        );
        assert_eq!(
            restart_words(&restart(Action::ReInduce, None), Lang::En),
            "4 days missed; the next dose is another medication: start it as a new induction"
        );
    }
}
