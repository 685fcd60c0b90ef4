//! The command line (clap derive). Help text comes from these doc comments.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks LAR (opioid agonist treatment) case files: induction and
/// titration, missed doses, switches, co-prescriptions and interactions,
/// drug screens, drug mastery and the pickup regime.
///
/// The tool advises; the doctor decides.
#[derive(Debug, Parser)]
#[command(
    name = "larcheck",
    version,
    about,
    long_about = None,
    propagate_version = true,
    after_help = "Exit status: 0 no unacknowledged finding at or above --fail-on; 1 at least one; 2 a usage, configuration or input error (every readable case is still checked).\nThe tool advises; the doctor decides."
)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command.
#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Parameter file layered over the embedded defaults (repeatable; later files win).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Vec<PathBuf>,
    /// Drug catalogue file layered over the embedded one (repeatable; same format as config/drugs.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub drugs: Vec<PathBuf>,
    /// Accept a --config or --drugs layer that makes a safety rule weaker than is safe (an empty or late MIS001 table, a dose limit above twice the default, a zero-day window, a drug without its benzodiazepine/opioid/QT class, ...); the report lists it as unsafe.
    #[arg(long, global = true)]
    pub allow_unsafe_config: bool,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Print nothing on standard output; the exit status tells the result.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Language of what a person reads (default: LARCHECK_LANG, else the locale: nb, nn or no is Norwegian, else English). Codes, JSON keys and values stay as they are.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

impl Global {
    /// The language chosen (`--lang`, `LARCHECK_LANG`, the locale). A
    /// command run in-process ([`crate::run_captured`]: tests, a program
    /// embedding larcheck) reads only `--lang`: the environment is the
    /// host process's, not the caller's choice.
    pub fn language(&self) -> crate::i18n::Lang {
        if crate::commands::capturing() {
            return self.lang.unwrap_or_default();
        }
        crate::i18n::Lang::choose(self.lang)
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check case files (files, directories of *.toml, or - for standard input).
    Check(CheckArgs),
    /// The caseload on one screen: one line per patient, grouped by urgency (before the next dose or pickup, review this week, can be relaxed, nothing to do, could not be read).
    Worklist(WorklistArgs),
    /// Parse and validate case files without running the rules.
    Validate(ValidateArgs),
    /// List every rule: code, name, default severity, source.
    Rules,
    /// Explain one rule (what it checks, why, its parameters and their sources) or one source key (its full reference).
    Explain {
        /// A rule code such as MIS001, or a source key such as N10-13.3.
        code: String,
    },
    /// Look a drug up by name, Norwegian brand or ATC code (prefixes like N05BA list a group); `drugs import-fest FILE` writes a catalogue overlay from FEST.
    Drugs(DrugsArgs),
    /// Write case files from electronic records: `import fhir FILE...` reads FHIR R4 JSON (a Bundle, an NDJSON bulk export or single resources).
    Import(ImportArgs),
    /// Check every case's [expect] table against what `check` reports: pass, or each difference on one line.
    Verify(VerifyArgs),
    /// A training exercise on a fixture case (or one picked from the exercise library): the case without its findings, your answer, its score and the rules behind it.
    Train(TrainArgs),
    /// Replay the check on each morning of a range (as --as-of sees the case) and list, for every finding, the morning it appeared, its changes of severity or numbers, and the morning it was gone.
    Timeline(TimelineArgs),
    /// Draw the course of one case: --out FILE.svg or FILE.html for the whole record (dose lines, gaps, depot injections, screens, prescriptions, ECGs, events, findings); without --out, the last 90 days as text.
    Chart(ChartArgs),
    /// Print a day-by-day schedule that satisfies the rules in force (`schedule induction | taper | switch | restart`): a table, `[[plan]]` entries to paste into a case (--format toml) or JSON.
    Schedule(ScheduleArgs),
    /// Print the pharmacy's dispensing plan for one case: the next --weeks from as_of, the dose of each day (per administration for 12-hour morphine and `every` dosing), the supervised intakes and the take-home doses of each pickup under the proposed regime, --closed days handed out the day before (never a take-home dose the regime does not allow); text, --format json, or a printable HTML page with --out FILE.html.
    Plan(PlanArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output.
    #[command(hide = true)]
    Man,
}

/// `drugs` arguments: a QUERY to look up, or a subcommand.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct DrugsArgs {
    /// A generic name, brand or ATC code.
    #[arg(required = true)]
    pub query: Option<String>,
    /// A subcommand instead of a look-up.
    #[command(subcommand)]
    pub command: Option<DrugsCommand>,
}

/// `drugs` subcommands.
#[derive(Debug, Subcommand)]
pub enum DrugsCommand {
    /// Read the national product register FEST (the XML file from DMP) and write a catalogue overlay for --drugs: new brands added to their entries, unknown substances classed by ATC group.
    ImportFest(ImportFestArgs),
}

/// `drugs import-fest` arguments.
#[derive(Debug, Args)]
pub struct ImportFestArgs {
    /// The FEST XML file (e.g. fest251.xml, unzipped).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the overlay to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `timeline` arguments.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// One case file (or - for standard input).
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// The first morning replayed (YYYY-MM-DD; default: the later of started_lar and a year before --to).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// The last morning replayed (YYYY-MM-DD; default: the case's as_of, else today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// `chart` arguments.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// One case file (or - for standard input).
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// Write the picture to FILE (.svg, or .html: the SVG in a page); without it, a text picture of the last 90 days.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The first day drawn (YYYY-MM-DD; default: the record's first day).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// The last day drawn (YYYY-MM-DD; default: the end of the plan, or as_of).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// `plan` arguments.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// One case file (or - for standard input).
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// How many weeks from as_of (1 to 12).
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub weeks: u32,
    /// A weekday the pharmacy is closed (repeatable: --closed saturday --closed sunday); its dose is handed out the day before, when the regime allows a take-home dose.
    #[arg(long, value_name = "DAY", value_enum)]
    pub closed: Vec<crate::dispense::Day>,
    /// Write the plan as a self-contained HTML page (for printing) to FILE.html, or to standard output with --out -.
    #[arg(long, value_name = "FILE.html")]
    pub out: Option<PathBuf>,
}

/// `import` arguments: the format to read.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The format.
    #[command(subcommand)]
    pub command: ImportCommand,
}

/// `import` subcommands.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// FHIR R4 JSON to case files: Patient to [patient]; MedicationAdministration (supervised) and MedicationDispense (take-home) of the LAR medication to [[doses]]. Every resource not imported, or imported with an assumption, is a comment in the case and a line on standard error.
    Fhir(ImportFhirArgs),
}

/// `import fhir` arguments.
#[derive(Debug, Args)]
pub struct ImportFhirArgs {
    /// FHIR JSON files: a Bundle, NDJSON (one resource a line) or one resource; read together.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write one case file per patient into DIR (<id>.toml) instead of standard output (which takes one patient).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write this day (YYYY-MM-DD) as [treatment] as_of.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Write this day as [treatment] started_lar: the patient was in LAR before the first dose in the export (without it, started_lar is read from an EpisodeOfCare or the first LAR MedicationRequest, else the first imported dose reads as the start of an induction).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub started_lar: Option<NaiveDate>,
    /// Take the patient id from the Patient identifier of this system (default: the resource id). A national identity number system is refused without --allow-national-id.
    #[arg(long, value_name = "SYSTEM")]
    pub id_from: Option<String>,
    /// Allow --id-from to write a national identity number (fødselsnummer, D-number, H-number, US SSN) into the case files.
    #[arg(long)]
    pub allow_national_id: bool,
    /// Write patients without a dose of a LAR medication too (without [treatment]; by default they are skipped with a note).
    #[arg(long)]
    pub all_patients: bool,
}

/// Formats `check --from` imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FromFormat {
    /// FHIR R4 JSON (as `import fhir`).
    Fhir,
}

/// `check` arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Case files, directories (every *.toml below, sorted) or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Read the PATHs as this format and check the cases imported in memory (`--from fhir`: as `import fhir --as-of DATE` then `check`; --as-of is then the imported cases' as_of).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FromFormat>,
    /// View each case as it stood on the morning of DATE (YYYY-MM-DD); later records are set aside.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Exit 1 when an unacknowledged finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Critical)]
    pub fail_on: FailOn,
    /// Follow symbolic links out of a given folder too (by default a link whose target is outside the folder is reported as an error, not followed; a link to a folder containing it, such as /, is never walked).
    #[arg(long)]
    pub follow: bool,
}

/// `worklist` arguments: those of `check`, and filters that choose which
/// patients are listed (never the exit status, which is `check`'s on the
/// same cases).
#[derive(Debug, Args)]
pub struct WorklistArgs {
    /// The cases to list, as for `check`.
    #[command(flatten)]
    pub check: CheckArgs,
    /// List only patients with an unacknowledged finding at or above this severity.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<MinSeverity>,
    /// List only patients with a finding of this rule code, acknowledged or not (repeatable: any of them).
    #[arg(long = "code", value_name = "CODE")]
    pub codes: Vec<String>,
    /// List only patients on this LAR medication (a name as in case files, such as methadone, or a product such as Suboxone).
    #[arg(long, value_name = "NAME")]
    pub medication: Option<String>,
}

/// `--min-severity` levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinSeverity {
    /// Critical findings.
    Critical,
    /// Warnings and above.
    Warning,
    /// Any finding.
    Info,
}

impl MinSeverity {
    /// The severity.
    pub fn severity(self) -> crate::config::Severity {
        use crate::config::Severity;
        match self {
            MinSeverity::Critical => Severity::Critical,
            MinSeverity::Warning => Severity::Warning,
            MinSeverity::Info => Severity::Info,
        }
    }
}

/// `validate` arguments.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Case files, directories or - for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print the parameters in force (defaults plus --config layers) and exit.
    #[arg(long)]
    pub show_config: bool,
    /// Follow symbolic links out of a given folder too (by default a link whose target is outside the folder is reported as an error, not followed; a link to a folder containing it, such as /, is never walked).
    #[arg(long)]
    pub follow: bool,
}

/// `verify` arguments.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Case files, directories (every *.toml below, sorted) or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Follow symbolic links out of a given folder too (as `check --follow`).
    #[arg(long)]
    pub follow: bool,
}

/// `schedule` arguments.
#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The kind of schedule.
    #[command(subcommand)]
    pub kind: ScheduleKind,
}

/// The kinds of schedule.
#[derive(Debug, Subcommand)]
pub enum ScheduleKind {
    /// Induction and titration to a target dose: the fastest plan that DOS001-DOS004 and DOS007 allow (first-day limit, step limit, interval, weekly cap, supervised intake), or a slower one with --step-mg / --every-days.
    Induction(InductionArgs),
    /// A gradual taper that TAP001 allows (and PRG001/PRG002 with --pregnancy-week): one reduction a week, to --to-mg or to the end of treatment, with the follow-up TAP002 asks for.
    Taper(TaperArgs),
    /// A switch by the national patterns: methadone → buprenorphine (table with zero day, or --micro), buprenorphine → methadone, sublingual → depot, methadone ↔ levomethadone, methadone → 24-hour morphine.
    Switch(SwitchArgs),
    /// After the missed run before as_of in CASE: the restart dose MIS001 advises and the re-titration back to the last dose (DOS002/DOS003).
    Restart(RestartArgs),
}

/// `schedule taper` arguments.
#[derive(Debug, Args)]
pub struct TaperArgs {
    /// The LAR medication (not depot).
    #[arg(long, value_name = "MEDICATION")]
    pub medication: crate::case::Medication,
    /// The daily dose now, in mg.
    #[arg(long, value_name = "MG")]
    pub from_mg: f64,
    /// The dose to reach (default: taper to the end of treatment).
    #[arg(long, value_name = "MG")]
    pub to_mg: Option<f64>,
    /// The day of the first reduction.
    #[arg(long, value_name = "DATE")]
    pub start: NaiveDate,
    /// The reduction a week in % of the dose (default and maximum: TAP001's 10 %; never below the minimum step).
    #[arg(long, value_name = "P")]
    pub percent_per_week: Option<f64>,
    /// Pregnant: the gestational week on --start (reductions only in weeks 14-32, at PRG002's weekly limit).
    #[arg(long, value_name = "WEEK", value_parser = clap::value_parser!(i64).range(0..=45))]
    pub pregnancy_week: Option<i64>,
    /// Outpatient or inpatient (PRG002's limits differ).
    #[arg(long, value_name = "SETTING", default_value = "outpatient")]
    pub setting: crate::case::Setting,
}

/// `schedule switch` arguments.
#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// The medication now.
    #[arg(long, value_name = "MEDICATION")]
    pub from: crate::case::Medication,
    /// Its daily dose now, in mg.
    #[arg(long, value_name = "MG")]
    pub from_mg: f64,
    /// The medication to switch to.
    #[arg(long, value_name = "MEDICATION")]
    pub to: crate::case::Medication,
    /// The first day of the schedule.
    #[arg(long, value_name = "DATE")]
    pub start: NaiveDate,
    /// A micro-induction (Bernese method, SWI008): buprenorphine from 0.5 mg while the full agonist goes on.
    #[arg(long)]
    pub micro: bool,
    /// The dose to reach (default: the table's: buprenorphine 16, methadone 80, morphine 6 × methadone).
    #[arg(long, value_name = "MG")]
    pub to_mg: Option<f64>,
    /// Depot: weekly or monthly (default weekly).
    #[arg(long, value_name = "PRODUCT")]
    pub product: Option<crate::case::DepotProduct>,
    /// Outpatient or inpatient (default: inpatient across the families and to morphine, outpatient for levomethadone, depot and --micro).
    #[arg(long, value_name = "SETTING")]
    pub setting: Option<crate::case::Setting>,
}

/// `schedule restart` arguments.
#[derive(Debug, Args)]
pub struct RestartArgs {
    /// One case file (or - for standard input); checked on its as_of, else today.
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// The morning of the restart (YYYY-MM-DD): the case as it stood then, as `check --as-of` views it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// `schedule induction` arguments.
#[derive(Debug, Args)]
pub struct InductionArgs {
    /// The LAR medication (buprenorphine, buprenorphine-naloxone, methadone, levomethadone, morphine-sr-24h).
    #[arg(long, value_name = "MEDICATION")]
    pub medication: crate::case::Medication,
    /// Day 1 of the induction.
    #[arg(long, value_name = "DATE")]
    pub start: NaiveDate,
    /// The daily dose to reach, in mg.
    #[arg(long, value_name = "MG")]
    pub target_mg: f64,
    /// The day-1 dose (default: the highest the first-day limit allows).
    #[arg(long, value_name = "MG")]
    pub first_mg: Option<f64>,
    /// The largest increase (default: the step limit, dos002.step_mg).
    #[arg(long, value_name = "MG")]
    pub step_mg: Option<f64>,
    /// Days between increases during titration (default: the interval, dos003.induction_interval_days).
    #[arg(long, value_name = "DAYS")]
    pub every_days: Option<i64>,
    /// Outpatient or inpatient.
    #[arg(long, value_name = "SETTING", default_value = "outpatient")]
    pub setting: crate::case::Setting,
}

/// `train` arguments.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// An exercise (a case file with [exercise] and [expect]) or a folder of them; default: the exercise library (fixtures/exercises).
    #[arg(value_name = "FIXTURE|DIR")]
    pub fixture: Option<PathBuf>,
    /// Your answer, non-interactively: the problems you see, comma-separated, as rule codes (MIS001), families (MIS) or words ("missed doses", "benzodiazepine").
    #[arg(long, value_name = "CODES")]
    pub answer: Option<String>,
    /// How urgent a problem is: CODE=critical (before the next dose), warning (at the next consultation) or info (worth knowing); repeatable.
    #[arg(long, value_name = "CODE=LEVEL")]
    pub severity: Vec<String>,
    /// The next dose you would give after the missed days (mg).
    #[arg(long, value_name = "MG")]
    pub next_dose: Option<f64>,
    /// The pickup regime you propose: supervised intakes a week / most take-home doses at one pickup (e.g. 7/0, 3/2).
    #[arg(long, value_name = "S/T")]
    pub pickup: Option<String>,
    /// Append the result to FILE as one JSON line.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// List the exercises (title and level) and exit.
    #[arg(long)]
    pub list: bool,
    /// Only exercises of this level.
    #[arg(long, value_enum)]
    pub level: Option<Level>,
    /// Shuffle the exercises with this seed (the same seed gives the same order).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Interactively, without a FIXTURE file: how many exercises in a row (then a summary score).
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    pub count: u16,
}

/// Exercise levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// First weeks in a LAR clinic.
    Basic,
    /// Everyday judgement.
    Intermediate,
    /// Traps and exceptions.
    Advanced,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A table for people (the default).
    Table,
    /// One stable JSON object (schema_version 1).
    Json,
    /// Comma-separated values, one header row (`worklist` only).
    Csv,
    /// `[[plan]]` entries to paste into a case file (`schedule` only).
    Toml,
}

/// `--fail-on` levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Critical findings only (default).
    Critical,
    /// Warnings and above.
    Warning,
    /// Any finding.
    Info,
    /// Never exit 1.
    Never,
}

impl FailOn {
    /// The lowest severity that fails, if any.
    pub fn threshold(self) -> Option<crate::config::Severity> {
        use crate::config::Severity;
        match self {
            FailOn::Critical => Some(Severity::Critical),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// The `--as-of` value parser: a plain `YYYY-MM-DD` calendar date. Clap
/// reports a rejected value as a usage error (exit status 2), naming the
/// value and this message.
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let plain = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    plain
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| "not a date; dates are written YYYY-MM-DD, e.g. 2026-11-20".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_of_takes_a_plain_calendar_date_only() {
        assert_eq!(
            parse_date("2026-11-20").ok(),
            NaiveDate::from_ymd_opt(2026, 11, 20)
        );
        for bad in [
            "2026-13-01",
            "2026-1-01",
            "2026-02-30",
            "20261120",
            " 2026-11-20",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.contains("dates are written YYYY-MM-DD"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_bad_as_of_is_a_usage_error() {
        let e = Cli::try_parse_from(["larcheck", "check", "--as-of", "2026-13-01", "x.toml"])
            .unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        assert!(
            text.contains("2026-13-01") && text.contains("e.g. 2026-11-20"),
            "{text}"
        );
    }
}
