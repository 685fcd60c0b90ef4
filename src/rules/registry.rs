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
}

macro_rules! rule {
    ($code:literal, $name:literal, $sev:ident, $grades:literal, $fam:ident, $src:literal,
     $summary:literal, $why:literal, $example:literal, $not:literal, [$($p:literal),*]) => {
        RuleInfo {
            code: $code, name: $name, severity: Severity::$sev, grades: $grades, family: Family::$fam,
            source: $src, summary: $summary, why: $why, example: $example, not_when: $not,
            params: &[$($p),*],
        }
    };
}

/// Every rule, in code order within families.
pub static RULES: &[RuleInfo] = &[
    rule!(
        "DOS001",
        "first-day-dose-high",
        Critical,
        "warning / critical; a past event older than 7 days: warning",
        Dose,
        "FK-SUBUTEX; P11-GRAV; AU-IND; US-REG; SE-LEVO; DE-SUBSTITOL",
        "the day-1 total of an induction episode is above the warning limit (warning) or the critical limit (critical)",
        "Tolerance is unknown on day 1; most induction deaths follow a first dose too high for the patient. Methadone accumulates over days, so a safe-looking day 1 can kill on day 3.",
        "methadone 40 mg on day 1 of an induction: warning (limit 30 mg); 45 mg: critical (limit 40 mg)",
        "switch episodes (the SWI rules judge them), continuations, and the first dose after a missed run of the same medication (MIS002 judges that one)",
        [
            "dos001",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
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
        ["dos002", "general.history_lookback_days"]
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
        [
            "dos003",
            "general.titration_window_days",
            "general.history_lookback_days"
        ]
    ),
    rule!(
        "DOS004",
        "weekly-increase-over-cap",
        Critical,
        "critical; a past event older than 7 days: warning",
        Dose,
        "RCGP; local default (levomethadone)",
        "in days 1-14 of an induction episode, the increases in any 7 consecutive days add up to more than the cap",
        "Methadone deaths cluster in the first two weeks, when doses are raised faster than the drug accumulates.",
        "methadone 40 → 55 → 60 → 70 → 80 mg on days 1-5: 40 mg of increases in 7 days (cap 30 mg)",
        "switch episodes, after day 14, buprenorphine and morphine (no cap configured)",
        [
            "dos004",
            "general.early_phase_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "DOS005",
        "dose-above-maximum",
        Critical,
        "warning / critical; a past event older than 7 days: warning",
        Dose,
        "EMA-SUBOX; CH-ADDICT; DK-LEVO; BCCSU-SROM; local default (methadone)",
        "one administration (`mg`) of a sublingual or oral LAR medication is above the warning or the critical maximum",
        "Doses above the product maximum are rarely needed and raise the risk of toxicity, QT prolongation and diversion.",
        "buprenorphine 28 mg a day: warning (above 24 mg)",
        "depot injections (DOS009 judges those); doses at or below the maximum; a past dose that is not the current one is an audit (warning)",
        [
            "dos005",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
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
        ["dos006"]
    ),
    rule!(
        "DOS007",
        "unsupervised-induction-dose",
        Critical,
        "critical (methadone family) / warning (buprenorphine family); a past event older than 7 days: warning",
        Dose,
        "N10-8.4; N22-OPP; FK-SUBOXONE",
        "a dose in days 1-14 of an induction or switch episode is recorded with `supervised = false`",
        "Induction is when overdose risk is highest; the guideline requires supervised intake so that sedation is seen and diversion prevented.",
        "methadone day 5 given as a take-home dose",
        "product changes of one molecule (e.g. buprenorphine → buprenorphine-naloxone at the same dose), continuations and after day 14",
        [
            "general.early_phase_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "DOS008",
        "buprenorphine-start-too-early",
        Critical,
        "critical / warning; a past event older than 7 days: warning",
        Dose,
        "FK-SUBUTEX; FK-SUBOXONE; DE-BUVIDAL",
        "the first buprenorphine-family dose after a full agonist or after none comes too few hours after the last opioid (critical), or COWS is below the threshold or neither timing nor COWS is recorded (warning)",
        "Buprenorphine displaces full agonists from the receptor: given too early it precipitates withdrawal, and patients then return to street opioids.",
        "heroin at 06:00, buprenorphine at 09:00 (3 h; 6 h needed)",
        "without an `[induction]` table, micro-inductions, switches within the buprenorphine family",
        [
            "dos008",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "DOS009",
        "depot-dose-invalid",
        Critical,
        "critical; a past event older than 7 days: warning",
        Dose,
        "FK-BUVIDAL; AU-BUVIDAL",
        "an injection's mg is not a strength of its product, or above the weekly/monthly maximum",
        "Buvidal comes in fixed strengths; any other number is a recording error or a dosing error, and both must be caught before the next injection.",
        "monthly depot 100 mg (strengths 64/96/128/160 mg)",
        "injections at a product strength",
        [
            "dos009",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "MIS001",
        "missed-doses-adjust-next-dose",
        Critical,
        "critical when today's dose changes (reduce, see-prescriber, re-induce) / warning (review at the last dose)",
        Missed,
        "AU-MISS; N10-13.3; IDWIKI-SROM",
        "the missed run before `as_of` reaches a threshold; the finding states the action and the advised next dose (per administration for morphine-sr-12h and `every` dosing); on another medication next: re-induce critical, review warning",
        "Tolerance falls within days; the usual dose after several missed days is a classic cause of methadone death.",
        "methadone 80 mg, 4 days missed: see the prescriber, give at most 40 mg",
        "runs shorter than the first threshold, depot (MIS004 judges that), after the end of treatment",
        ["mis001", "dosing_step", "dos001.warning_mg"]
    ),
    rule!(
        "MIS002",
        "restart-dose-too-high",
        Critical,
        "critical; a past event older than 7 days: warning",
        Missed,
        "AU-MISS; N10-13.3; IDWIKI-SROM",
        "after a missed run (in history or plan) the first dose is above what MIS001 would have advised",
        "The restart dose is where lost tolerance meets the old dose.",
        "methadone 80 mg, 4 days missed, restarted at 80 mg (at most 40 mg advised)",
        "restarts with another medication (DOS001 or the SWI rules judge those)",
        [
            "mis001",
            "dosing_step",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "MIS003",
        "frequent-missed-doses",
        Warning,
        "warning",
        Missed,
        "local default",
        "4 or more missed or unrecorded days (planned zero days not counted) in the 28 days before `as_of`; a run that is the stay itself (ending on the day of or the day before a prison release, detox or hospital discharge, or beginning on the day of or the day after a treatment interruption) is not counted",
        "Repeated missed days mean fluctuating tolerance and possibly diverted take-home doses; the regime should be reviewed.",
        "2 + 2 missed days in the last four weeks",
        "planned zero days, fewer days than the threshold, the absence during a stay (days missed after a release still count)",
        ["mis003"]
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
        ["mis004"]
    ),
    rule!(
        "SWI001",
        "methadone-too-high-before-buprenorphine",
        Critical,
        "critical; a past event older than 7 days: warning",
        Switch,
        "N10-V11; FK-SUBOXONE; local default (levomethadone, morphine)",
        "the first buprenorphine-family dose (depot included) follows a last full-agonist dose above the limit",
        "From high methadone doses buprenorphine precipitates severe withdrawal; the national tables cut methadone to 30 mg first.",
        "methadone 60 mg, then buprenorphine 4 mg the next day",
        "micro-inductions (SWI008), and last doses at or below the limit",
        [
            "swi001",
            "general.switch_window_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "SWI002",
        "buprenorphine-too-soon-after-full-agonist",
        Critical,
        "critical / warning; a past event older than 7 days: warning",
        Switch,
        "FK-SUBOXONE; N10-V11",
        "buprenorphine on the same day as a full agonist (critical), or on the next day with no zero day (warning)",
        "The SmPC asks for at least 24 h after methadone; the Norwegian tables use a zero day.",
        "methadone on 10 Nov, buprenorphine on 11 Nov",
        "micro-inductions, and switches with a zero day",
        [
            "general.switch_window_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
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
        [
            "swi003",
            "general.switch_window_days",
            "general.history_lookback_days"
        ]
    ),
    rule!(
        "SWI004",
        "levomethadone-conversion-unsafe",
        Critical,
        "critical; a past event older than 7 days: warning",
        Switch,
        "RELIS-LEVO; SE-LEVO",
        "methadone → levomethadone with a levomethadone dose in days 1-14 above half the last methadone dose (or levomethadone → methadone above twice)",
        "Levomethadone is about twice as potent per mg; a 1:1 switch is a double dose.",
        "methadone 100 mg, then levomethadone 60 mg (at most 50 mg)",
        "doses within the ratio, and after day 14",
        [
            "swi004",
            "general.early_phase_days",
            "general.switch_window_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
    ),
    rule!(
        "SWI005",
        "morphine-conversion-unsafe",
        Critical,
        "critical; a past event older than 7 days: warning",
        Switch,
        "DE-SUBSTITOL",
        "methadone → slow-release morphine with a morphine dose in days 1-14 above 8 × the last methadone dose",
        "The Substitol SmPC never goes above 1:8; higher ratios overdose.",
        "methadone 60 mg, then morphine 600 mg (at most 480 mg)",
        "doses within the ratio",
        [
            "swi005",
            "general.early_phase_days",
            "general.switch_window_days",
            "general.history_lookback_days",
            "general.recent_event_days"
        ]
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
        [
            "swi006",
            "general.switch_window_days",
            "general.history_lookback_days"
        ]
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
        [
            "general.switch_window_days",
            "general.history_lookback_days"
        ]
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
        [
            "swi008",
            "general.switch_window_days",
            "general.history_lookback_days"
        ]
    ),
    rule!(
        "TAP001",
        "taper-too-fast",
        Warning,
        "warning",
        Taper,
        "N22-NED; GPNB; RUSINFO-BUP; DK-LEVO; local default (morphine)",
        "the counted reductions in any 7 days add up to more than the larger of 10 % of the dose before them and the minimum step; one finding per taper (the reductions of one medication with no increase between them), naming the 7-day window with the largest excess",
        "Fast tapers end in relapse, and relapse after lost tolerance ends in overdose.",
        "methadone 80 → 60 mg within a week (at most 8 mg)",
        "a switch's own reductions of the outgoing medication, the first dose after a missed run",
        [
            "tap001",
            "general.history_lookback_days",
            "general.switch_window_days"
        ]
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
        ["tap002"]
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
        ["prg001", "general.history_lookback_days"]
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
        ["prg002", "general.history_lookback_days"]
    ),
    rule!(
        "PRG003",
        "pregnancy-follow-up",
        Info,
        "info",
        Taper,
        "P11-MED; P11-NED; P11-BARSEL; local default (week 28)",
        "pregnant (`pregnancy_week` given): follow-up by the pregnancy team, no pressure to taper, plan for the newborn; from week 28 on the methadone family, the dose may need to rise or be split",
        "Pregnancy changes the plan: the pregnancy team (TSB with maternity care) follows her, tapering is her choice and only in weeks 14-32, the newborn may need treatment for neonatal abstinence, and late in pregnancy the same dose gives lower levels.",
        "buprenorphine 8 mg in week 24: info; methadone 90 mg in week 30: info with the third-trimester note",
        "not pregnant (`pregnancy_week` absent)",
        ["prg003", "prg001"]
    ),
    rule!(
        "PRG004",
        "depot-in-pregnancy",
        Warning,
        "warning",
        Taper,
        "FK-BUVIDAL",
        "pregnant on depot buprenorphine (`buprenorphine-depot`)",
        "The depot's SmPC has limited data in pregnancy and allows it only if the benefit outweighs the risk; the decision to continue or change to sublingual buprenorphine belongs to the pregnancy team and should be written down.",
        "Buvidal weekly 16 mg in week 18",
        "sublingual buprenorphine or the methadone family in pregnancy (PRG003 only); not pregnant",
        []
    ),
    rule!(
        "BZD001",
        "benzodiazepine-coprescribed",
        Critical,
        "critical; warning if approved by TSB",
        Benzo,
        "N10-7.2.2 (B, key recommendation); NO-GL-2022 (TSB-decided substitution); FDA-2016-BZD; FDA-2017-MAT",
        "an active prescription of a benzodiazepine (ATC N05BA, N05CD, N03AE01)",
        "Benzodiazepines with opioids cause fatal respiratory depression; they are in most Norwegian overdose deaths. The advice is never to stop the agonist: tighten supervision, test, and give naloxone.",
        "Sobril 30 mg/day with buprenorphine-naloxone: critical; Vival approved by TSB: warning",
        "the prescription has ended or starts after as_of; z-hypnotics (BZD002)",
        []
    ),
    rule!(
        "BZD002",
        "z-hypnotic-coprescribed",
        Warning,
        "warning",
        Benzo,
        "DMP-INTER (\"forholdsregler bør tas\", N05CF with opioids)",
        "an active z-hypnotic (ATC N05CF: zopiclone, zolpidem)",
        "Z-hypnotics add CNS and respiratory depression; the Norwegian interaction database asks for precautions.",
        "Imovane 7.5 mg with buprenorphine",
        "benzodiazepines (BZD001), inactive prescriptions",
        []
    ),
    rule!(
        "BZD003",
        "several-benzodiazepines",
        Critical,
        "critical",
        Benzo,
        "HDIR-VANE (at most one drug from the group)",
        "two or more active drugs from the benzodiazepine and z-hypnotic group",
        "Each added sedative multiplies the overdose risk; the national guidance allows at most one.",
        "oxazepam and zopiclone at once",
        "a single drug, or two prescriptions of the same generic",
        ["bzd003"]
    ),
    rule!(
        "INT001",
        "gabapentinoid-coprescribed",
        Warning,
        "warning",
        Interaction,
        "CH-FI-SUBUTEX, CH-FI-METHADONE (class warning); SLV-PREGABALIN (pregabalin to reseptgruppe B); FDA-2019-GABA",
        "active pregabalin or gabapentin (ATC N02BF, formerly N03AX12/N03AX16)",
        "Gabapentinoids with opioids cause fatal respiratory depression, and pregabalin is widely misused.",
        "Lyrica 300 mg/day with methadone",
        "inactive prescriptions",
        []
    ),
    rule!(
        "INT002",
        "opioid-coprescribed",
        Warning,
        "warning",
        Interaction,
        "CH-FI-SUBUTEX, CH-FI-METHADONE (class warning); HDIR-OMEQ (opioid conversion table)",
        "an active opioid prescription (N02A, R05DA, codeine combinations; a buprenorphine analgesic for a buprenorphine-family patient included); reports the oral morphine equivalents of those opioids only",
        "Another opioid on top of the agonist adds respiratory depression. The morphine equivalents size the added load; the LAR medication is never converted.",
        "OxyNorm 20 mg/day with methadone: 30 mg oral morphine equivalents a day",
        "LAR medications written as prescriptions, inactive prescriptions",
        []
    ),
    rule!(
        "INT003",
        "sedative-coprescribed",
        Warning,
        "warning (started in the last 28 days) / info (long-standing)",
        Interaction,
        "CH-FI-SUBUTEX, CH-FI-METHADONE (class warnings: antipsychotics, sedating antihistamines, barbiturates, muscle relaxants)",
        "an active sedating antipsychotic, sedating antihistamine, barbiturate or centrally acting muscle relaxant; info when the prescription is long-standing (no `from`, or from before `as_of` − 28 days; a renewal without a gap counts from the first)",
        "Additive sedation and respiratory depression.",
        "quetiapine with methadone",
        "non-sedating drugs of the same groups",
        ["general.established_days"]
    ),
    rule!(
        "INT004",
        "cns-depressant-combination",
        Critical,
        "critical (a screen positive or a new, not TSB-approved prescription) / warning (a known combination)",
        Interaction,
        "FDA-2016-BZD; FDA-2017-MAT; SLV-BZD-OPIOID; local default (two more classes)",
        "the LAR medication plus two or more CNS-depressant classes at once (benzodiazepine or z-hypnotic, gabapentinoid, other opioid incl. 6-mam, sedative, alcohol), from active prescriptions or unexplained screen positives of the last 28 days; a warning when every class comes from long-standing or TSB-approved prescriptions",
        "Opioid plus two more depressants is the combination behind most overdose deaths.",
        "methadone with Lyrica and OxyNorm",
        "one class only (two benzodiazepines are one class)",
        ["int004", "general.established_days"]
    ),
    rule!(
        "INT005",
        "antagonist-coprescribed",
        Critical,
        "critical",
        Interaction,
        "FK-NALTREXONE, FK-SELINCRO, FK-SUBOXONE (contraindicated)",
        "active naltrexone or nalmefene (rescue naloxone excluded)",
        "An antagonist precipitates withdrawal within minutes; overriding the block with opioids can kill.",
        "Selincro for alcohol with buprenorphine",
        "take-home naloxone for overdose rescue",
        []
    ),
    rule!(
        "INT006",
        "partial-agonist-with-full-agonist",
        Critical,
        "critical",
        Interaction,
        "US-METHADONE-LABEL (precipitated withdrawal)",
        "a buprenorphine analgesic (N02AE01), pentazocine, nalbuphine or butorphanol with a methadone-family medication",
        "A partial agonist displaces the full agonist and precipitates withdrawal.",
        "Norspan patch with methadone",
        "buprenorphine-family patients (INT002 reports their buprenorphine analgesics)",
        []
    ),
    rule!(
        "INT007",
        "enzyme-inducer",
        Critical,
        "warning (started in the last 28 days) / info (long-standing) / critical (stopped in the last 14 days)",
        Interaction,
        "ROP-7.9.3 (stopping an inducer raises levels fast)",
        "an active inducer of a pathway of the LAR medication (methadone and levomethadone: CYP3A4, CYP2B6; buprenorphine family: CYP3A4; morphine-sr: glucuronidation, e.g. rifampicin), or one stopped in the last 14 days: rifampicin, carbamazepine, phenytoin, phenobarbital, efavirenz, nevirapine, St John's wort, ...",
        "Inducers lower methadone and buprenorphine levels (withdrawal, top-up use); when they stop, levels rise fast and a dose raised for the inducer becomes an overdose.",
        "carbamazepine stopped 5 days ago: critical",
        "stopped more than 14 days ago; inducers of another pathway (carbamazepine with morphine-sr, ritonavir with buprenorphine)",
        ["int007", "general.established_days"]
    ),
    rule!(
        "INT008",
        "enzyme-inhibitor",
        Warning,
        "warning (started in the last 28 days) / info (long-standing)",
        Interaction,
        "CH-FI-SUBUTEX, CH-FI-METHADONE; LMH-MET",
        "an active inhibitor the catalogue grades moderate or strong for a pathway of the LAR medication (methadone family: CYP3A4, CYP2B6, plus ciprofloxacin and fluvoxamine named in the methadone SmPC; buprenorphine family: CYP3A4, fluvoxamine; morphine-sr: none): azoles, clarithromycin, erythromycin, HIV protease inhibitors, cobicistat, fluvoxamine, ...",
        "Inhibitors raise methadone and buprenorphine levels: sedation and, with methadone, QT prolongation.",
        "fluconazole with methadone",
        "inactive prescriptions; weak inhibitors (sertraline); ciprofloxacin with buprenorphine; morphine-sr",
        ["general.established_days"]
    ),
    rule!(
        "INT009",
        "maoi-with-methadone",
        Critical,
        "critical",
        Interaction,
        "CH-FI-METHADONE (MAO inhibitor within 2 weeks contraindicated)",
        "an active MAO inhibitor with a methadone-family medication",
        "Serotonin toxicity and unpredictable opioid effects.",
        "moclobemide with methadone",
        "buprenorphine-family patients",
        []
    ),
    rule!(
        "INT010",
        "lar-medication-also-prescribed",
        Warning,
        "warning",
        Interaction,
        "local default",
        "an active prescription resolves to the patient's own LAR molecule (any LAR product of it)",
        "A LAR medication on the prescription list beside the dose record may be a second supply (another prescriber, a pharmacy outside LAR): the dose rules see only the dose record. The LAR prescription itself belongs in the dose record.",
        "Metadon 60 mg/day on the prescription list of a methadone patient at 80 mg a day",
        "another LAR molecule (INT002: another opioid); a buprenorphine analgesic (patch, injection, Temgesic) for a buprenorphine patient (INT002); inactive prescriptions",
        []
    ),
    rule!(
        "QTC001",
        "qtc-prolonged",
        Critical,
        "warning / critical",
        Qtc,
        "RELIS-QT (sex-specific warning limits); KRANTZ (500 ms)",
        "the latest QTc is above the sex-specific warning limit (methadone family only) or above 500 ms (any medication)",
        "Methadone prolongs QT dose-dependently; above 500 ms the risk of torsades de pointes is clear.",
        "QTc 512 ms on methadone 140 mg",
        "QTc at or below the limit; buprenorphine below 500 ms",
        ["qtc001"]
    ),
    rule!(
        "QTC002",
        "ecg-missing-at-start",
        Warning,
        "warning",
        Qtc,
        "N10-8.2",
        "methadone family, the methadone-family start is known and more than 30 days ago, and no ECG is recorded from 90 days before that start onward",
        "The guideline asks for an ECG before or soon after the start and after titration.",
        "methadone started 45 days ago and no ECG",
        "an unknown start (continuation), the first 30 days, any ECG in the window",
        ["qtc002", "general.methadone_family_gap_days"]
    ),
    rule!(
        "QTC003",
        "ecg-overdue-high-dose",
        Warning,
        "warning",
        Qtc,
        "N10-8.2 (above 110-120 mg: yearly); ANCHERSEN",
        "methadone at 120 mg or more (levomethadone 60 mg) and no ECG in the last 365 days",
        "QTc above 500 ms was seen only at doses of 120 mg or more in the Oslo study.",
        "methadone 140 mg, last ECG 14 months ago",
        "lower doses, a recent ECG",
        ["qtc003"]
    ),
    rule!(
        "QTC004",
        "qt-drug-with-methadone",
        Critical,
        "critical (QTc above the warning limit, or two QT drugs) / warning / info (a normal ECG from the last 365 days, after the drug's start)",
        Qtc,
        "N10-8.2 (avoid QT drugs with methadone); SLV-CITALOPRAM",
        "an active QT-prolonging drug with a methadone-family medication; critical when the latest QTc is above the warning limit or two or more QT drugs are active; info when the latest ECG is from the last 365 days, on or after every QT drug's start, and normal (repeat yearly)",
        "QT effects add up; citalopram must not be combined with other QT-prolonging drugs.",
        "Cipramil with methadone and QTc 512 ms",
        "buprenorphine-family patients",
        ["qtc004", "qtc001"]
    ),
    rule!(
        "SCR001",
        "non-prescribed-opioid",
        Warning,
        "warning",
        Screen,
        "N10-8.7.1; FURST-OPIATER (what a screen detects)",
        "a valid or dilute screen in the last 28 days is positive for an opioid that no active prescription or recently dosed LAR medication explains (6-mam always counts as heroin; methadone and levomethadone explain a screen for 14 days, the others for 7); one finding per opioid with every screen that showed it; the patient's own medication found with no dose recorded says so (taken from another source?)",
        "Opioid use on top of the agonist is an overdose risk and often a sign the dose is too low.",
        "heroin (6-mam) in 3 screens of a buprenorphine patient: one finding listing the dates",
        "baseline screens (before the start of LAR or on its first day: they show why treatment started); opioids explained by the LAR medication or a prescription; refused or missed samples",
        ["screens.window_days", "screens"]
    ),
    rule!(
        "SCR002",
        "agonist-absent",
        Warning,
        "warning",
        Screen,
        "local default; WI-DHS75, KY-OTP (a screen without the prescribed drug)",
        "a valid screen that tested at least one substance of a LAR medication dosed in the 7 days before it found none of them; or, in a valid urine, buprenorphine without norbuprenorphine or methadone without EDDP (possible spiking)",
        "The prescribed agonist missing from the urine suggests non-adherence or diversion of take-home doses.",
        "buprenorphine prescribed, screen negative for buprenorphine and norbuprenorphine",
        "baseline screens; dilute samples (negatives prove nothing); panels that did not test the substance; a medication last dosed more than 7 days before (a taper that ended 10 days ago is not \"agonist absent\"); spiking in oral fluid or blood",
        ["screens.absence_days", "screens"]
    ),
    rule!(
        "SCR003",
        "non-prescribed-sedative",
        Warning,
        "warning",
        Screen,
        "local default; SLV-BZD-OPIOID (class warning)",
        "a screen positive for a benzodiazepine, z-hypnotic, gabapentinoid, GHB, barbiturate or xylazine that no active prescription explains; one finding per drug group",
        "Street sedatives with opioids cause most overdose deaths.",
        "clonazepam in a methadone patient with no prescription",
        "baseline screens; sedatives explained by an active prescription (diazepam explains oxazepam)",
        ["screens"]
    ),
    rule!(
        "SCR004",
        "stimulant-use",
        Info,
        "info",
        Screen,
        "local default",
        "a screen positive for a stimulant no prescription explains",
        "Worth knowing for the drug-mastery assessment; stimulants do not add respiratory depression.",
        "amphetamine without a prescription",
        "dexamphetamine or methylphenidate prescribed",
        ["screens"]
    ),
    rule!(
        "SCR005",
        "alcohol-use",
        Warning,
        "warning",
        Screen,
        "local default; CH-FI-SUBUTEX, LMH-BUP (alcohol increases sedation)",
        "a screen positive for alcohol (EtG/EtS)",
        "Alcohol adds respiratory depression.",
        "EtG positive",
        "no alcohol in the window",
        ["screens"]
    ),
    rule!(
        "SCR006",
        "sample-not-given",
        Warning,
        "warning",
        Screen,
        "local default (no Norwegian rule found)",
        "a screen with status missed or refused; one finding listing the samples",
        "A sample not given hides the result. For drug mastery a missed sample is a note and a refused one some use (configurable, local default).",
        "refused sample",
        "valid samples",
        ["screens"]
    ),
    rule!(
        "SCR007",
        "sample-invalid",
        Warning,
        "warning",
        Screen,
        "LABHANDBOK (creatinine cut-off 2.0 mmol/L, lab-dependent 1.7-3.0)",
        "a screen with status dilute or adulterated, or creatinine below the cut-off; one finding listing the samples",
        "A dilute or manipulated sample cannot prove abstinence.",
        "creatinine 1.4 mmol/L",
        "creatinine at or above the cut-off",
        ["screens.creatinine_cutoff_mmol_l", "screens"]
    ),
    rule!(
        "SCR008",
        "prescribed-drug-absent",
        Info,
        "info",
        Screen,
        "local default",
        "a valid screen tested a substance that an active prescription should produce and found none of them",
        "A prescribed drug that is not taken may be passed on to others.",
        "diazepam prescribed, benzodiazepines negative",
        "dilute samples, panels that did not test the substance",
        ["screens"]
    ),
    rule!(
        "ODR001",
        "loss-of-tolerance-event",
        Warning,
        "warning / info (a hospital discharge with every day of its window dosed)",
        Overdose,
        "HDIR-OVERDOSE (prison release, detox and hospital discharge); N10-13.3 (loss of tolerance)",
        "an [[events]] entry in the last 28 days (prison release, detox or hospital discharge, overdose, treatment interruption); a hospital discharge whose window (6 days before to 7 after, days before `as_of`) is all dosed is info (check the discharge list)",
        "Overdose deaths cluster in the first weeks after release or discharge, when tolerance is low.",
        "released from prison 5 days ago",
        "events more than 28 days ago",
        ["odr"]
    ),
    rule!(
        "ODR002",
        "naloxone-not-documented",
        Warning,
        "warning",
        Overdose,
        "WHO-2014 (strong recommendation)",
        "no `take_home_kit = true` while an overdose-risk factor is present (early treatment, missed run of 3+ days, phase ended or taper, TAP001, ODR001, BZD001-003, INT001-004, SCR001, SCR003, SCR005)",
        "Naloxone in the home reverses an overdose before the ambulance comes.",
        "benzodiazepine co-prescribed and no naloxone recorded",
        "take_home_kit = true, or no risk factor",
        ["odr"]
    ),
    rule!(
        "ODR003",
        "early-methadone-induction",
        Info,
        "info",
        Overdose,
        "N10-V2B; N10-8.4.2",
        "as_of is in days 1-14 of a methadone-family induction, or of a switch from the buprenorphine family",
        "Mortality is raised in the first two weeks of methadone; observe 2 h after intake in week 1.",
        "methadone induction day 12",
        "buprenorphine inductions, after day 14",
        ["general.early_phase_days"]
    ),
    rule!(
        "ODR004",
        "unsafe-storage-with-children",
        Critical,
        "critical (methadone family) / warning (buprenorphine family) with take-home doses; info otherwise",
        Overdose,
        "P11-OPPB; P11-UTL; N22-UTL",
        "children live in the home and there is no safe (locked) storage",
        "Even part of one methadone dose can kill a small child.",
        "methadone with 3 take-home doses, children at home, no lockable box",
        "safe_storage = true",
        []
    ),
    rule!(
        "PIC001",
        "pickup-looser-than-supported",
        Critical,
        "critical when the proposal is daily supervised intake for an acute reason and the regime has take-home doses; warning otherwise (a cap, one rung down)",
        Pickup,
        "N10-9.3; N22-UTL; local default (the rungs and when to move)",
        "the current pickup regime is looser than the proposal: daily supervised intake for an acute reason (early treatment, a see-prescriber or re-induce restart, tolerance loss around an event, dependence-like opioid or sedative use, a critical INT004, methadone with children and no locked storage), a cap (6/1 in the first 90 days, for dependence-like use otherwise and in a methadone-family switch; 7/0 for a reduced restart and its re-titration) or one rung down (some use, a critical BZD or INT finding; never below 6/1)",
        "Take-home doses beyond what drug mastery supports risk overdose, diversion and doses reaching children; a critical only where something must change before the next pickup.",
        "4 days missed of methadone and 4 take-home doses: daily supervised intake from today (critical); 60 days in LAR on 5/2: 6/1 (warning)",
        "no [pickup] (the regime is unknown), or a regime at or below the proposal",
        ["pickup"]
    ),
    rule!(
        "PIC002",
        "pickup-can-be-relaxed",
        Info,
        "info",
        Pickup,
        "N10-V9 (hentestige); N10-9.3; local default (six rungs)",
        "the proposal is one level looser than the current regime",
        "Stable patients should not carry more supervision than they need; it costs work and schooling.",
        "good mastery, 2.5 years in LAR, a clean screen last week: from 5/2 to 3 supervised intakes a week",
        "any criterion still holding the patient back; a hold (unknown mastery, pregnancy, a taper, a missed run, an event, a cannabis trace or a missed or dilute sample, a known INT004, children and no locked storage)",
        ["pickup"]
    ),
    rule!(
        "PIC003",
        "take-home-over-maximum",
        Warning,
        "warning",
        Pickup,
        "N10-9.3 (at most one week)",
        "take_home_days above the maximum of the highest configured level (6 by default)",
        "The guideline maximum is one week of doses at a time.",
        "14 take-home doses",
        "6 or fewer",
        ["pickup.level"]
    ),
    rule!(
        "PIC004",
        "depot-take-home",
        Critical,
        "critical",
        Pickup,
        "FK-BUVIDAL (given by health personnel only)",
        "a depot medication with take-home doses in the regime",
        "Depot buprenorphine must never be handed to the patient.",
        "Buvidal with take_home_days = 7",
        "no take-home doses",
        []
    ),
    rule!(
        "MST001",
        "mastery-conflict",
        Info,
        "info",
        Pickup,
        "N10-9.5.1.2 (screens are part of the assessment); N22-URIN; SERAF (last 4 weeks); local default (grades)",
        "the clinician assessment in the window is better than what the screens show (baseline screens not counted)",
        "The worse of the two decides; the conflict is worth talking through.",
        "assessment good, two concern screens",
        "no assessment, or an assessment as bad as the screens",
        ["mastery"]
    ),
    rule!(
        "DAT001",
        "unknown-drug",
        Warning,
        "warning",
        Data,
        "local default",
        "a prescription's drug is not in the catalogue; interaction checks for it could not run",
        "An unknown drug is a finding, not silence: its interactions are unchecked.",
        "\"Fantasiol\" 5 mg/day",
        "names, brands and ATC codes in config/drugs.toml or a --drugs file",
        []
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
        ["general.history_lookback_days"]
    ),
    rule!(
        "DAT003",
        "no-recent-screen",
        Info,
        "info",
        Data,
        "local default",
        "no valid screen in the window; mastery rests on the clinician assessment or is unknown",
        "Without a screen the pickup proposal cannot relax the regime.",
        "last screen 40 days ago",
        "a valid or dilute screen in the last 28 days",
        ["mastery.window_days"]
    ),
    rule!(
        "DAT004",
        "implausible-prescription-dose",
        Warning,
        "warning",
        Data,
        "local default (plausible daily maxima per drug in the catalogue, each with its own source)",
        "a prescription's daily dose (`daily_mg`, or `patch_ug_per_hour` × 24 / 1000) above the catalogue's plausible daily maximum for the drug",
        "A dose far above the product's maximum is usually a unit error, and the morphine equivalents and interaction grades computed from it are then wrong: a 25 µg/h fentanyl patch entered as 25 mg a day is 2500 mg oral morphine instead of 60.",
        "Durogesic daily_mg = 25: \"was µg/h entered as mg? A 25 µg/h patch is 0.6 mg a day\"",
        "doses at or below the maximum; drugs with no maximum in the catalogue; prescriptions that have ended",
        []
    ),
    rule!(
        "DAT005",
        "unused-acknowledgement",
        Info,
        "info",
        Data,
        "local default",
        "an unexpired `[[acknowledged]]` entry that mutes no finding",
        "An acknowledgement that matches nothing usually means the situation changed under it: a brand swap (the acknowledged Vival is now Stesolid, which nobody has reviewed) or a typo in its code or drug.",
        "acknowledgement for Vival matches nothing; Stesolid (diazepam) is new",
        "an acknowledgement that covers a finding; an expired one (reported on the finding as expired)",
        []
    ),
    rule!(
        "DAT006",
        "no-dose-history",
        Warning,
        "warning",
        Data,
        "local default",
        "an oral LAR medication with no `[[doses]]` or `[[missed]]` record in the look-back and no `[[plan]]` entry for `as_of`",
        "Without a dose record missed doses, the restart dose and the dose rules cannot be judged: the case must never look clean.",
        "methadone with only prescriptions and screens in the file",
        "depot buprenorphine (MIS004 judges injections); a treatment that has ended; a plan for as_of",
        ["general.history_lookback_days"]
    ),
    rule!(
        "DAT007",
        "concurrent-lar-medications",
        Critical,
        "warning / critical",
        Data,
        "local default",
        "two different LAR molecules dosed on more than `overlap_max_days` (14) of the last 28 days; critical when both are full agonists (methadone family)",
        "A switch or micro-induction overlap lasts days, not months: a long overlap is a double supply or a record error, and two full agonists together are an overdose risk.",
        "methadone and levomethadone both dosed on 28 of the last 28 days: critical",
        "product changes of one molecule (buprenorphine and buprenorphine-naloxone, 12 h and 24 h morphine); sublingual supplements during depot (DOS005); overlaps of 14 days or fewer",
        ["dat007"]
    ),
    rule!(
        "DAT008",
        "implausible-lar-dose",
        Warning,
        "warning",
        Data,
        "local default",
        "a LAR dose in the look-back or the plan below the plausible minimum (methadone 1 mg, levomethadone 0.5 mg, buprenorphine family 0.1 mg, morphine-sr 5 mg a day), or a methadone-family medication dosed `every` 2 or more days",
        "A dose such as 0.08 mg methadone is a unit or record error, and a full agonist every other day is not how it is given: the dose rules then judge numbers that do not describe the patient.",
        "methadone mg = 0.08; methadone every = 2",
        "plausible daily doses; alternate-day buprenorphine",
        ["dat008", "general.history_lookback_days"]
    ),
];

/// The README's rule table (Markdown), generated from the registry.
pub fn markdown_table() -> String {
    let mut s = String::from("| code | name | severity | source |\n|---|---|---|---|\n");
    for r in RULES {
        s.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.grades,
            r.source.replace('|', "\\|")
        ));
    }
    s
}

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
    fn every_code_is_emitted_by_a_rule_file_and_every_emitted_code_is_registered() {
        let sources = [
            include_str!("dose.rs"),
            include_str!("missed.rs"),
            include_str!("switch.rs"),
            include_str!("taper.rs"),
            include_str!("benzo.rs"),
            include_str!("interactions.rs"),
            include_str!("qtc.rs"),
            include_str!("screens.rs"),
            include_str!("overdose.rs"),
            include_str!("pickup.rs"),
            include_str!("data.rs"),
        ];
        let all = sources.concat();
        for r in RULES {
            assert!(
                all.contains(&format!("\"{}\"", r.code)),
                "{} has no rule that reports it",
                r.code
            );
        }
        // Every quoted code in the rule files is in the registry.
        for part in all.split('"').skip(1).step_by(2) {
            let b = part.as_bytes();
            if b.len() == 6
                && b[..3].iter().all(u8::is_ascii_uppercase)
                && b[3..].iter().all(u8::is_ascii_digit)
            {
                assert!(
                    find(part).is_some(),
                    "{part} is reported but not registered"
                );
            }
        }
    }

    #[test]
    fn implemented_rules_are_fully_explained() {
        for r in RULES {
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
