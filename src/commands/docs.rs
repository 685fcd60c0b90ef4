//! Shell completions and the man page, both generated from the same clap
//! definition and rule registry that the tool runs on.

use crate::cli::Cli;
use crate::error::{Error, ExitStatus};
use crate::rules::registry::RULES;
use clap::CommandFactory;

/// `larcheck completions SHELL`.
pub fn completions(shell: clap_complete::Shell) -> Result<ExitStatus, Error> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "larcheck", &mut buf);
    super::emit(&buf)?;
    Ok(ExitStatus::Clean)
}

/// The man page as roff.
pub fn man_page() -> String {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf: Vec<u8> = Vec::new();
    let _ = man.render_title(&mut buf);
    let _ = man.render_name_section(&mut buf);
    let _ = man.render_synopsis_section(&mut buf);
    let _ = man.render_description_section(&mut buf);
    buf.extend_from_slice(DESCRIPTION.as_bytes());
    let _ = man.render_options_section(&mut buf);
    let _ = man.render_subcommands_section(&mut buf);
    // Commands and their own subcommands (`drugs import-fest`), each with
    // its arguments.
    let subs = cmd.get_subcommands().filter(|s| !s.is_hide_set());
    let subs = subs.flat_map(|s| {
        std::iter::once((s.get_name().to_string(), s)).chain(
            s.get_subcommands()
                .filter(|n| !n.is_hide_set())
                .map(move |n| (format!("{} {}", s.get_name(), n.get_name()), n)),
        )
    });
    for (title, sub) in subs {
        buf.extend_from_slice(format!(".SS \"larcheck {}\"\n", roff_escape(&title)).as_bytes());
        if let Some(about) = sub.get_about() {
            buf.extend_from_slice(format!("{}\n", roff_escape(&about.to_string())).as_bytes());
        }
        for a in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            let name = match a.get_long() {
                Some(l) => format!("\\-\\-{}", l.replace('-', "\\-")),
                None => a.get_id().to_string().to_uppercase(),
            };
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            buf.extend_from_slice(
                format!(".TP\n\\fB{name}\\fR\n{}\n", roff_escape(&help)).as_bytes(),
            );
        }
    }
    buf.extend_from_slice(b".SH RULES\n");
    let config = crate::config::Config::embedded();
    for r in RULES {
        buf.extend_from_slice(
            format!(
                ".TP\n\\fB{}\\fR {} \\(em {}\n{}. Source: {}.\n",
                r.code,
                r.name,
                r.grades,
                roff_escape(&crate::rules::registry::fill(r.summary, &config.table)),
                roff_escape(r.source)
            )
            .as_bytes(),
        );
    }
    buf.extend_from_slice(EXIT_STATUS.as_bytes());
    buf.extend_from_slice(FILES.as_bytes());
    let _ = man.render_version_section(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn roff_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('-', "\\-")
        .lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const DESCRIPTION: &str = r#".PP
larcheck reads one patient's LAR case file (TOML): the LAR medication, the
dose history and plan, missed days, injections, drug screens and concurrent
prescriptions. It derives the day\-by\-day history, episodes and phase once,
then checks induction and titration, missed doses, switches, tapering and
pregnancy, benzodiazepines and other co\-prescriptions, QTc, drug screens and
overdose risk, and proposes the next pickup regime from the patient's drug
mastery, against the parameters in its configuration. Every finding has a
code, a severity, a message with the numbers, its evidence and its source.
The tool advises; the doctor decides.
.PP
Severities: \fBcritical\fR = act before the next dose or pickup;
\fBwarning\fR = review at the next consultation; \fBinfo\fR = worth knowing.
"#;

const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Every case checked; no unacknowledged finding at or above \-\-fail\-on.
.TP
\fB1\fR
Every case checked; at least one such finding.
.TP
\fB2\fR
A usage, configuration or input error. In a batch every readable case is still checked and reported.
"#;

const FILES: &str = r#".SH FILES
.TP
\fBconfig/default.toml\fR
The embedded parameters, each number commented with its source; layer changes over them with \-\-config.
"#;

/// `larcheck man`.
pub fn man() -> Result<ExitStatus, Error> {
    super::emit(man_page().as_bytes())?;
    Ok(ExitStatus::Clean)
}
