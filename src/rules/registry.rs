//! The one registry of rules: code, name, default severity, source and
//! explanation. It feeds the engine (names and sources of findings),
//! `rules`, `explain`, the man page and the README table.

use crate::config::Severity;

/// Rule families, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// DOS: dose schedule.
    Dose,
    /// MIS: missed doses.
    Missed,
    /// SWI: switching.
    Switch,
    /// TAP and PRG: tapering and pregnancy.
    Taper,
    /// BZD: benzodiazepines.
    Benzo,
    /// INT: interactions.
    Interaction,
    /// QTC: ECG.
    Qtc,
    /// SCR: drug screens.
    Screen,
    /// ODR: overdose risk.
    Overdose,
    /// MST and PIC: mastery and pickup.
    Pickup,
    /// DAT: data quality.
    Data,
}

/// Everything the tool knows about one rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// Stable code, never reused.
    pub code: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// The highest severity it can report.
    pub severity: Severity,
    /// Severity wording (`warning / critical`).
    pub grades: &'static str,
    /// Family.
    pub family: Family,
    /// Source key(s) (`../reference/`).
    pub source: &'static str,
    /// One line: fires when.
    pub summary: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// An example.
    pub example: &'static str,
    /// When it does not fire.
    pub not_when: &'static str,
    /// Config tables holding its numbers.
    pub params: &'static [&'static str],
    /// Checked by this version.
    pub implemented: bool,
}

macro_rules! rule {
    ($code:literal, $name:literal, $sev:ident, $grades:literal, $fam:ident, $src:literal,
     $summary:literal, $why:literal, $example:literal, $not:literal, [$($p:literal),*], $imp:literal) => {
        RuleInfo {
            code: $code, name: $name, severity: Severity::$sev, grades: $grades, family: Family::$fam,
            source: $src, summary: $summary, why: $why, example: $example, not_when: $not,
            params: &[$($p),*], implemented: $imp,
        }
    };
}

/// Every rule, in code order within families.
pub static RULES: &[RuleInfo] = &[
    rule!(
        "DOS001",
        "first-day-dose-high",
        Critical,
        "warning / critical",
        Dose,
        "FK-SUBUTEX; P11-GRAV; AU-IND; US-REG; SE-LEVO; DE-SUBSTITOL",
        "the day-1 total of an induction episode is above the warning limit (warning) or the critical limit (critical)",
        "Tolerance is unknown on day 1; most induction deaths follow a first dose too high for the patient. Methadone accumulates over days, so a safe-looking day 1 can kill on day 3.",
        "methadone 40 mg on day 1 of an induction: warning (limit 30 mg); 45 mg: critical (limit 40 mg)",
        "switch episodes (the SWI rules judge them), continuations, and the first dose after a missed run of the same medication (MIS002 judges that one)",
        ["dos001"],
        true
    ),
    rule!(
        "DOS002",
        "dose-step-too-large",
        Warning,
        "warning",
        Dose,
        "N10-V2B; N10-V11; DK-LEVO; BCCSU-SROM",
        "one increase of the daily dose is larger than the step limit (the same limit in every phase)",
        "Large steps outrun the slow accumulation of methadone and levomethadone; the national schedules raise by at most 10 mg at a time.",
        "methadone 60 mg then 75 mg: a 15 mg step (limit 10 mg)",
        "reductions, changes of medication, and increases within the limit",
        ["dos002"],
        true
    ),
    rule!(
        "DOS003",
        "increase-too-soon",
        Warning,
        "warning",
        Dose,
        "N10-8.6; DK-BUP; P11-GRAV; SE-LEVO; IDWIKI-SROM",
        "an increase comes fewer days after the previous increase (or the episode start) than allowed: 1-2 days in days 1-28 of an induction or switch, 14 days after that",
        "A dose needs days to reach steady state; raising again before the last step has taken full effect stacks doses (NO-GL-2010 §8.6: about 14 days between increases in maintenance).",
        "methadone maintenance: 80 mg raised to 90 mg on 1 Nov and to 100 mg on 8 Nov (7 days; 14 needed)",
        "reductions; increases at or beyond the interval; the first dose of an episode",
        ["dos003", "general.titration_window_days"],
        true
    ),
    rule!(
        "DOS004",
        "weekly-increase-over-cap",
        Critical,
        "critical",
        Dose,
        "RCGP; local default (levomethadone)",
        "in days 1-14 of an induction episode, the increases in any 7 consecutive days add up to more than the cap",
        "Methadone deaths cluster in the first two weeks, when doses are raised faster than the drug accumulates.",
        "methadone 40 → 55 → 60 → 70 → 80 mg on days 1-5: 40 mg of increases in 7 days (cap 30 mg)",
        "switch episodes, after day 14, buprenorphine and morphine (no cap configured)",
        ["dos004", "general.early_phase_days"],
        true
    ),
    rule!(
        "DOS005",
        "dose-above-maximum",
        Critical,
        "warning / critical",
        Dose,
        "EMA-SUBOX; CH-ADDICT; DK-LEVO; BCCSU-SROM; local default (methadone)",
        "one administration (`mg`) of a sublingual or oral LAR medication is above the warning or the critical maximum",
        "Doses above the product maximum are rarely needed and raise the risk of toxicity, QT prolongation and diversion.",
        "buprenorphine 28 mg a day: warning (above 24 mg)",
        "depot injections (DOS009 judges those); doses at or below the maximum",
        ["dos005"],
        true
    ),
    rule!(
        "DOS006",
        "dose-below-effective-range",
        Warning,
        "warning",
        Dose,
        "N10-8.7.1; LMH-BUP; SE-LEVO",
        "after episode day 28 (or in a continuation) the current dose is below the effective range while a screen in the last 28 days shows an opioid that nothing prescribed explains",
        "Too low a dose leaves craving and withdrawal, and the patient tops up with street opioids: the dose, not the patient, may be the problem.",
        "methadone 40 mg and a screen with 6-mam two weeks ago (effective from 60 mg)",
        "in the first 28 days, without a positive opioid screen, or at a dose in the range",
        ["dos006"],
        true
    ),
    rule!(
        "DOS007",
        "unsupervised-induction-dose",
        Critical,
        "critical (methadone family) / warning (buprenorphine family)",
        Dose,
        "N10-8.4; N22-OPP; FK-SUBOXONE",
        "a dose in days 1-14 of an induction or switch episode is recorded with `supervised = false`",
        "Induction is when overdose risk is highest; the guideline requires supervised intake so that sedation is seen and diversion prevented.",
        "methadone day 5 given as a take-home dose",
        "product changes of one molecule (e.g. buprenorphine → buprenorphine-naloxone at the same dose), continuations and after day 14",
        ["general.early_phase_days"],
        true
    ),
    rule!(
        "DOS008",
        "buprenorphine-start-too-early",
        Critical,
        "critical / warning",
        Dose,
        "FK-SUBUTEX; FK-SUBOXONE; DE-BUVIDAL",
        "the first buprenorphine-family dose after a full agonist or after none comes too few hours after the last opioid (critical), or COWS is below the threshold or neither timing nor COWS is recorded (warning)",
        "Buprenorphine displaces full agonists from the receptor: given too early it precipitates withdrawal, and patients then return to street opioids.",
        "heroin at 06:00, buprenorphine at 09:00 (3 h; 6 h needed)",
        "without an `[induction]` table, micro-inductions, switches within the buprenorphine family",
        ["dos008"],
        true
    ),
    rule!(
        "DOS009",
        "depot-dose-invalid",
        Critical,
        "critical",
        Dose,
        "FK-BUVIDAL; AU-BUVIDAL",
        "an injection's mg is not a strength of its product, or above the weekly/monthly maximum",
        "Buvidal comes in fixed strengths; any other number is a recording error or a dosing error, and both must be caught before the next injection.",
        "monthly depot 100 mg (strengths 64/96/128/160 mg)",
        "injections at a product strength",
        ["dos009"],
        true
    ),
    rule!(
        "MIS001",
        "missed-doses-adjust-next-dose",
        Critical,
        "per the MIS001 table",
        Missed,
        "AU-MISS; N10-13.3; IDWIKI-SROM",
        "the missed run before `as_of` reaches a threshold; the finding states the action and the advised next dose",
        "Tolerance falls within days; the usual dose after several missed days is a classic cause of methadone death.",
        "methadone 80 mg, 4 days missed: see the prescriber, give at most 40 mg",
        "runs shorter than the first threshold, depot (MIS004 judges that), after the end of treatment",
        ["mis001", "dosing_step", "dos001.warning_mg"],
        true
    ),
    rule!(
        "MIS002",
        "restart-dose-too-high",
        Critical,
        "critical",
        Missed,
        "AU-MISS; N10-13.3; IDWIKI-SROM",
        "after a missed run (in history or plan) the first dose is above what MIS001 would have advised",
        "The restart dose is where lost tolerance meets the old dose.",
        "methadone 80 mg, 4 days missed, restarted at 80 mg (at most 40 mg advised)",
        "restarts with another medication (DOS001 or the SWI rules judge those)",
        ["mis001", "dosing_step"],
        true
    ),
    rule!(
        "MIS003",
        "frequent-missed-doses",
        Warning,
        "warning",
        Missed,
        "local default",
        "4 or more missed or unrecorded days (planned zero days not counted) in the 28 days before `as_of`",
        "Repeated missed days mean fluctuating tolerance and possibly diverted take-home doses; the regime should be reviewed.",
        "2 + 2 missed days in the last four weeks",
        "planned zero days, fewer days than the threshold",
        ["mis003"],
        true
    ),
    rule!(
        "MIS004",
        "depot-injection-overdue",
        Critical,
        "warning / critical",
        Missed,
        "FK-BUVIDAL",
        "days since the last depot injection are beyond the interval plus the allowed window (warning) or beyond twice the interval (critical)",
        "An overdue depot leaves the patient without cover; loss of tolerance follows as with missed oral doses.",
        "monthly depot last given 46 days ago (28 + 7 allowed)",
        "within the window, or a patient not on depot now",
        ["mis004"],
        true
    ),
    rule!(
        "SWI001",
        "methadone-too-high-before-buprenorphine",
        Critical,
        "critical",
        Switch,
        "N10-V11; FK-SUBOXONE; local default (levomethadone, morphine)",
        "the first buprenorphine-family dose (depot included) follows a last full-agonist dose above the limit",
        "From high methadone doses buprenorphine precipitates severe withdrawal; the national tables cut methadone to 30 mg first.",
        "methadone 60 mg, then buprenorphine 4 mg the next day",
        "micro-inductions (SWI008), and last doses at or below the limit",
        ["swi001"],
        true
    ),
    rule!(
        "SWI002",
        "buprenorphine-too-soon-after-full-agonist",
        Critical,
        "critical / warning",
        Switch,
        "FK-SUBOXONE; N10-V11",
        "buprenorphine on the same day as a full agonist (critical), or on the next day with no zero day (warning)",
        "The SmPC asks for at least 24 h after methadone; the Norwegian tables use a zero day.",
        "methadone on 10 Nov, buprenorphine on 11 Nov",
        "micro-inductions, and switches with a zero day",
        [],
        true
    ),
    rule!(
        "SWI003",
        "depot-conversion-mismatch",
        Warning,
        "warning",
        Switch,
        "NHS-BORDERS; local default (gaps)",
        "the first depot injection does not match the band for the last sublingual dose",
        "Under-dosing leaves withdrawal and top-up use; over-dosing sedates. The conversion bands are the manufacturer's.",
        "sublingual 16 mg, then monthly 160 mg (96 mg matches)",
        "injections that match their band, and depot starts without a sublingual dose in the switch window",
        ["swi003"],
        true
    ),
    rule!(
        "SWI004",
        "levomethadone-conversion-unsafe",
        Critical,
        "critical",
        Switch,
        "RELIS-LEVO; SE-LEVO",
        "methadone → levomethadone with a levomethadone dose in days 1-14 above half the last methadone dose (or levomethadone → methadone above twice)",
        "Levomethadone is about twice as potent per mg; a 1:1 switch is a double dose.",
        "methadone 100 mg, then levomethadone 60 mg (at most 50 mg)",
        "doses within the ratio, and after day 14",
        ["swi004", "general.early_phase_days"],
        true
    ),
    rule!(
        "SWI005",
        "morphine-conversion-unsafe",
        Critical,
        "critical",
        Switch,
        "DE-SUBSTITOL",
        "methadone → slow-release morphine with a morphine dose in days 1-14 above 8 × the last methadone dose",
        "The Substitol SmPC never goes above 1:8; higher ratios overdose.",
        "methadone 60 mg, then morphine 600 mg (at most 480 mg)",
        "doses within the ratio",
        ["swi005", "general.early_phase_days"],
        true
    ),
    rule!(
        "SWI006",
        "methadone-start-high-after-buprenorphine",
        Warning,
        "warning",
        Switch,
        "N10-V11",
        "the first methadone dose after buprenorphine is above the limit",
        "Buprenorphine tolerance does not transfer mg for mg; the national procedure starts methadone low.",
        "buprenorphine 16 mg, then methadone 50 mg (limit 40 mg)",
        "first doses at or below the limit",
        ["swi006"],
        true
    ),
    rule!(
        "SWI007",
        "switch-outpatient",
        Info,
        "info",
        Switch,
        "N22-SKIFTE",
        "a switch between the buprenorphine family and full agonists, or between 12 h and 24 h morphine, with `setting = \"outpatient\"`",
        "The 2022 guideline makes inpatient switching the main rule because of overdose and withdrawal risk.",
        "methadone → buprenorphine as an outpatient",
        "inpatient switches, switches within a family",
        [],
        true
    ),
    rule!(
        "SWI008",
        "micro-induction",
        Info,
        "info",
        Switch,
        "N22-SKIFTE; HAMMIG; JABFM; local default (threshold)",
        "a buprenorphine-family switch episode whose first dose is at most 1 mg and taken on a day with a full-agonist dose: a planned micro-induction",
        "Micro-induction overlaps the full agonist deliberately; SWI001 and SWI002 would be false alarms.",
        "methadone 60 mg continued while buprenorphine starts at 0.5 mg",
        "first doses above the threshold, or without a full agonist that day",
        ["swi008"],
        true
    ),
    rule!(
        "TAP001",
        "taper-too-fast",
        Warning,
        "warning",
        Taper,
        "N22-NED; GPNB; RUSINFO-BUP; DK-LEVO; local default (morphine)",
        "the counted reductions in any 7 days add up to more than the larger of 10 % of the dose before them and the minimum step",
        "Fast tapers end in relapse, and relapse after lost tolerance ends in overdose.",
        "methadone 80 → 60 mg within a week (at most 8 mg)",
        "a switch's own reductions of the outgoing medication, the first dose after a missed run",
        ["tap001"],
        true
    ),
    rule!(
        "TAP002",
        "treatment-ended-follow-up",
        Warning,
        "warning",
        Taper,
        "N22-NED",
        "phase `ended`, and `treatment.ended` is in the last 28 days",
        "The weeks after the last dose carry the highest overdose risk; the guideline asks for close follow-up for 4 weeks.",
        "the taper ended 10 days ago",
        "more than 28 days after the end",
        ["tap002"],
        true
    ),
    rule!(
        "PRG001",
        "pregnancy-taper-outside-window",
        Warning,
        "warning",
        Taper,
        "P11-NED",
        "pregnant, and a reduction in this pregnancy falls outside gestational weeks 14+0 to 32+6",
        "Withdrawal early in pregnancy risks miscarriage and late in pregnancy preterm birth and fetal distress.",
        "a methadone reduction in week 36",
        "not pregnant, reductions in weeks 14-32",
        ["prg001"],
        true
    ),
    rule!(
        "PRG002",
        "pregnancy-taper-too-fast",
        Warning,
        "warning",
        Taper,
        "P11-NED; local default (levomethadone)",
        "pregnant, and the reductions in this pregnancy in any 7 days add up to more than the weekly limit",
        "The pregnancy guideline allows only slow reductions, faster in hospital than outside.",
        "methadone reduced 15 mg in one week as an outpatient (limit 10 mg)",
        "slow reductions; morphine (no limit configured; TAP001 still applies)",
        ["prg002"],
        true
    ),
    rule!(
        "BZD001",
        "benzodiazepine-coprescribed",
        Critical,
        "critical; warning if approved by TSB",
        Benzo,
        "N10-7.2.2; N22-VALG",
        "an active prescription of a benzodiazepine",
        "Benzodiazepines are involved in most opioid overdose deaths in Norway.",
        "diazepam 10 mg daily with methadone",
        "TSB-approved substitution is reported as a warning",
        [],
        false
    ),
    rule!(
        "BZD002",
        "z-hypnotic-coprescribed",
        Warning,
        "warning",
        Benzo,
        "DMP interaction grade",
        "an active z-hypnotic",
        "Z-hypnotics add respiratory depression.",
        "zopiclone with buprenorphine",
        "",
        [],
        false
    ),
    rule!(
        "BZD003",
        "several-benzodiazepines",
        Critical,
        "critical",
        Benzo,
        "Hdir vanedannende legemidler",
        "two or more active drugs from the benzodiazepine and z-hypnotic group",
        "At most one such drug.",
        "oxazepam and zopiclone",
        "",
        [],
        false
    ),
    rule!(
        "INT001",
        "gabapentinoid-coprescribed",
        Warning,
        "warning",
        Interaction,
        "SmPC class warning",
        "active pregabalin or gabapentin",
        "Gabapentinoids double opioid overdose risk.",
        "pregabalin with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT002",
        "opioid-coprescribed",
        Warning,
        "warning",
        Interaction,
        "SmPC class warning",
        "an active opioid prescription",
        "Additive respiratory depression.",
        "oxycodone with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT003",
        "sedative-coprescribed",
        Warning,
        "warning",
        Interaction,
        "SmPC class warnings",
        "an active sedating antipsychotic, antihistamine, barbiturate or muscle relaxant",
        "Additive sedation.",
        "quetiapine with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT004",
        "cns-depressant-combination",
        Critical,
        "critical",
        Interaction,
        "cqf-ruler#22; SmPC",
        "the LAR medication plus two or more CNS-depressant classes",
        "The triple threat.",
        "methadone, pregabalin and oxycodone",
        "",
        [],
        false
    ),
    rule!(
        "INT005",
        "antagonist-coprescribed",
        Critical,
        "critical",
        Interaction,
        "SmPC",
        "active naltrexone or nalmefene",
        "Precipitated withdrawal.",
        "naltrexone with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT006",
        "partial-agonist-with-full-agonist",
        Critical,
        "critical",
        Interaction,
        "US methadone label",
        "a partial agonist analgesic with a methadone-family medication",
        "Precipitated withdrawal.",
        "buprenorphine patch with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT007",
        "enzyme-inducer",
        Critical,
        "warning; critical if stopped in the last 14 days",
        Interaction,
        "ROP §7.9.3",
        "an active or recently stopped CYP3A4/2B6 inducer",
        "Stopping an inducer raises levels fast.",
        "carbamazepine stopped last week",
        "",
        [],
        false
    ),
    rule!(
        "INT008",
        "enzyme-inhibitor",
        Warning,
        "warning",
        Interaction,
        "SmPC Subutex, methadone",
        "an active CYP3A4/2B6 inhibitor",
        "Raised levels.",
        "fluconazole with methadone",
        "",
        [],
        false
    ),
    rule!(
        "INT009",
        "maoi-with-methadone",
        Critical,
        "critical",
        Interaction,
        "SmPC methadone",
        "an active MAO inhibitor with a methadone-family medication",
        "Serotonin toxicity.",
        "moclobemide with methadone",
        "",
        [],
        false
    ),
    rule!(
        "QTC001",
        "qtc-prolonged",
        Critical,
        "warning / critical",
        Qtc,
        "RELIS; KRANTZ",
        "latest QTc above the sex-specific warning limit or 500 ms",
        "Torsades.",
        "QTc 512 ms",
        "",
        [],
        false
    ),
    rule!(
        "QTC002",
        "ecg-missing-at-start",
        Warning,
        "warning",
        Qtc,
        "N10-8.2",
        "no ECG around the methadone-family start",
        "Baseline QTc.",
        "",
        "",
        [],
        false
    ),
    rule!(
        "QTC003",
        "ecg-overdue-high-dose",
        Warning,
        "warning",
        Qtc,
        "N10-8.2; ANCHERSEN",
        "methadone ≥ 120 mg and no ECG in 365 days",
        "Yearly ECG at high doses.",
        "",
        "",
        [],
        false
    ),
    rule!(
        "QTC004",
        "qt-drug-with-methadone",
        Critical,
        "warning / critical",
        Qtc,
        "N10-8.2",
        "an active QT-prolonging drug with a methadone-family medication",
        "Additive QT prolongation.",
        "citalopram with methadone",
        "",
        [],
        false
    ),
    rule!(
        "SCR001",
        "non-prescribed-opioid",
        Warning,
        "warning",
        Screen,
        "N10-8.7.1",
        "a screen positive for an unexplained opioid",
        "Relapse.",
        "6-mam",
        "",
        [],
        false
    ),
    rule!(
        "SCR002",
        "agonist-absent",
        Warning,
        "warning",
        Screen,
        "local default",
        "a valid screen without the LAR medication's substances, or possible spiking",
        "Non-adherence or diversion.",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR003",
        "non-prescribed-sedative",
        Warning,
        "warning",
        Screen,
        "local default",
        "a screen positive for an unexplained sedative",
        "Overdose risk.",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR004",
        "stimulant-use",
        Info,
        "info",
        Screen,
        "local default",
        "a screen positive for an unexplained stimulant",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR005",
        "alcohol-use",
        Warning,
        "warning",
        Screen,
        "local default",
        "a screen positive for alcohol",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR006",
        "sample-not-given",
        Warning,
        "warning",
        Screen,
        "local default",
        "status missed or refused",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR007",
        "sample-invalid",
        Warning,
        "warning",
        Screen,
        "local default",
        "status dilute or adulterated, or creatinine below the cut-off",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "SCR008",
        "prescribed-drug-absent",
        Info,
        "info",
        Screen,
        "local default",
        "a prescribed drug's substance tested negative",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "ODR001",
        "loss-of-tolerance-event",
        Warning,
        "warning",
        Overdose,
        "WHO 2014",
        "an overdose-risk event in the last 28 days",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "ODR002",
        "naloxone-not-documented",
        Warning,
        "warning",
        Overdose,
        "WHO 2014",
        "no take-home naloxone while an overdose-risk factor is present",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "ODR003",
        "early-methadone-induction",
        Info,
        "info",
        Overdose,
        "N10-V2B; N10-8.4.2",
        "days 1-14 of a methadone-family induction",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "ODR004",
        "unsafe-storage-with-children",
        Critical,
        "critical / warning / info",
        Overdose,
        "P11-UTL; NO-GL-2022 utlevering",
        "children in the home without safe storage",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "PIC001",
        "pickup-looser-than-supported",
        Critical,
        "warning / critical",
        Pickup,
        "N10-9.3",
        "the current level is above the proposed level",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "PIC002",
        "pickup-can-be-relaxed",
        Info,
        "info",
        Pickup,
        "N10-9.3",
        "the proposal is one level looser than now",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "PIC003",
        "take-home-over-maximum",
        Warning,
        "warning",
        Pickup,
        "N10-9.3",
        "take-home doses above the maximum",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "PIC004",
        "depot-take-home",
        Critical,
        "critical",
        Pickup,
        "FK-BUVIDAL",
        "take-home doses of a depot medication",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "MST001",
        "mastery-conflict",
        Info,
        "info",
        Pickup,
        "local default",
        "the clinician assessment is better than the screens show",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "DAT001",
        "unknown-drug",
        Warning,
        "warning",
        Data,
        "local default",
        "a prescription's drug is not in the catalogue",
        "",
        "",
        "",
        [],
        false
    ),
    rule!(
        "DAT002",
        "unrecorded-days",
        Info,
        "info",
        Data,
        "local default",
        "days in the look-back with no dose and no missed record; they are treated as missed",
        "A gap in the record is not evidence of a dose: assuming lost tolerance is the safe error. The finding lists the runs so the record can be completed.",
        "doses until 10 Nov, nothing recorded 11-13 Nov",
        "complete records; days after `treatment.ended`; days covered by depot",
        ["general.history_lookback_days"],
        true
    ),
    rule!(
        "DAT003",
        "no-recent-screen",
        Info,
        "info",
        Data,
        "local default",
        "no valid screen in the window",
        "",
        "",
        "",
        [],
        false
    ),
];

/// Looks a code up (case-insensitive).
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Every code.
pub fn codes() -> Vec<&'static str> {
    RULES.iter().map(|r| r.code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.code), "duplicate {}", r.code);
            let b = r.code.as_bytes();
            assert!(
                b.len() == 6
                    && b[..3].iter().all(u8::is_ascii_uppercase)
                    && b[3..].iter().all(u8::is_ascii_digit),
                "{}",
                r.code
            );
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.name
            );
        }
    }

    #[test]
    fn implemented_rules_are_fully_explained() {
        for r in RULES.iter().filter(|r| r.implemented) {
            assert!(
                !r.why.is_empty() && !r.example.is_empty() && !r.not_when.is_empty(),
                "{} lacks an explanation",
                r.code
            );
        }
    }

    #[test]
    fn every_param_table_exists_in_the_config() {
        let c = crate::config::Config::embedded();
        for r in RULES {
            for p in r.params {
                let mut t = &c.table;
                let parts: Vec<&str> = p.split('.').collect();
                for (i, part) in parts.iter().enumerate() {
                    let v = t
                        .get(*part)
                        .unwrap_or_else(|| panic!("{}: no `{p}` in the config", r.code));
                    if i + 1 < parts.len() {
                        t = v.as_table().unwrap();
                    }
                }
            }
        }
    }
}
