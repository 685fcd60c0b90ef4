# Texts of the renderers (table, worklist) in English.
# Numbers are passed as numbers: they choose the plural form.

## The summary at the end of a batch (check, worklist).

# "120 patients: 16 need action before the next dose or pickup, 61 a review, 43 nothing"
summary-patients =
    { $checked ->
        [one] 1 patient
       *[other] { $checked } patients
    }: { $action ->
        [one] 1 needs
       *[other] { $action } need
    } action before the next dose or pickup, { $review } a review, { $nothing } nothing
# Appended to summary-patients when files could not be read.
summary-unreadable =
    ; { $errors ->
        [one] 1 file
       *[other] { $errors } files
    } could not be read
# "findings: 2 critical, 1 warning, 0 info"
summary-findings =
    findings: { $critical } critical, { $warning ->
        [one] 1 warning
       *[other] { $warning } warnings
    }, { $info } info
# Appended to summary-findings: " (1 acknowledged)".
summary-acknowledged = { " " }({ $acknowledged } acknowledged)

## The table of `check`: the header line of a case.

# "oslo-0042 · methadone · maintenance day 93 · 80 mg · as of 2026-11-20"
header = { $id } · { $med } · { $day } · { $dose } · as of { $date }
# "maintenance day 93"
header-phase-day = { $phase } day { $day }
# "maintenance, in LAR since 2020-03-01 (6 years)"
header-in-lar-since = { $phase }, in LAR since { $since } ({ $duration })
# "last injection 128 mg monthly on 2026-11-01"
header-last-injection = last injection { $mg } mg { $product } on { $date }
# "last dose 80 mg" (after missed days)
header-last-dose = last dose { $mg } mg
# "80 mg"
header-dose = { $mg } mg
header-no-dose = no current dose
# How long: "6 years", "7 months", "12 days".
duration-years =
    { $n ->
        [one] 1 year
       *[other] { $n } years
    }
duration-months =
    { $n ->
        [one] 1 month
       *[other] { $n } months
    }
duration-days =
    { $n ->
        [one] 1 day
       *[other] { $n } days
    }
# The phases (the JSON keeps `induction`, `maintenance`, …).
phase-induction = induction
phase-switch = switch
phase-maintenance = maintenance
phase-taper = taper
phase-ended = ended
# A depot product's interval: "128 mg monthly".
depot-weekly = weekly
depot-monthly = monthly
# "viewed as of 2026-11-01: 3 later records set aside"
viewed-as-of =
    viewed as of { $date }: { $records ->
        [one] 1 later record
       *[other] { $records } later records
    } set aside

## The action block and the findings.

# The heading of the action block (and of the worklist's first group).
before-next-dose = BEFORE THE NEXT DOSE OR PICKUP
# "before dosing: 3 days missed; assess before dosing; …"
before-dosing = before dosing: { $words }
no-findings = no findings
# The columns of the findings table.
col-severity = severity
col-code = code
col-finding = finding
col-source = source
# "acknowledgement EXPIRED 2026-11-01: reviewed with the LAR doctor"
ack-expired = acknowledgement EXPIRED { $until }: { $reason }
# "acknowledged until 2026-12-01: reviewed with the LAR doctor"
ack-until = acknowledged until { $until }: { $reason }
# "WARNING (acknowledged)"
sev-acknowledged = { $severity } (acknowledged)
# A file that could not be read: "ERROR: unknown key `x`".
table-error = ERROR: { $message }
# Every further problem of the file: "also 14:3: unknown key `x`".
table-also = also { $at }{ $message }
# "local configuration: 3 changes (clinic.toml), 1 unsafe accepted with --allow-unsafe-config"
config-line =
    local configuration: { $changes ->
        [one] 1 change
       *[other] { $changes } changes
    } ({ $files }){ $weak }
config-unsafe = , { $unsafe } unsafe accepted with --allow-unsafe-config

## Drug mastery.

# "drug mastery: GOOD (3 screens in 28 days: 0 concern); 140 days since the last concern screen (2026-07-03); 400 days in LAR"
mastery-line = drug mastery: { $class } ({ $basis }); { $stable }; { $in_lar }
# "no screens and no assessment in the last 28 days"
mastery-basis-none =
    no screens and no assessment in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
mastery-basis-assessment = clinician assessment only
# "3 screens in 28 days: 1 concern, 1 some use, 2 notes"
mastery-basis-screens =
    { $screens ->
        [one] 1 screen
       *[other] { $screens } screens
    } in { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $parts }
mastery-concern = { $n } concern
mastery-some-use = { $n } some use
mastery-note =
    { $n ->
        [one] 1 note
       *[other] { $n } notes
    }
# "140 days since the last concern screen (2026-07-03)"
mastery-stable =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } since the last concern screen ({ $date })
mastery-no-concern = no concern screen in treatment
mastery-no-screens =
    no screens in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
mastery-no-start = no start of LAR on record
# "400 days in LAR"
mastery-in-lar =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } in LAR
# The labels of the listed screens: "concern: 2026-11-02 6-mam, morphine".
mastery-list-concern = concern
mastery-list-note = note

## The pickup proposal.

# "pickup: keep: 5 supervised intakes a week, 2 take-home doses"
pickup-line = pickup: { $line }
pickup-keep = keep: { $current }
pickup-hold = hold: { $current }; no relax at this review
pickup-tighten = TIGHTEN to { $proposed }; now { $current }
pickup-relax = may relax to { $proposed }; now { $current }
pickup-unknown = regime not recorded; these data support at most { $proposed }
# Depot: "pickup: not applicable (depot buprenorphine: …); next injection due 2026-11-27"
pickup-not-applicable = pickup: not applicable ({ $note }){ $due }
pickup-overdue =
    ; injection overdue since { $date } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
pickup-next-due = ; next injection due { $date }
pickup-note = note: { $note }
pickup-review-by = review by { $date }

## The worklist.

# The columns of a patient line.
worklist-col-id = id
worklist-col-medication = medication
worklist-col-phase = phase
worklist-col-action = first action
worklist-col-pickup = pickup
worklist-col-codes = codes
# The group headings after the first (before-next-dose).
group-review = REVIEW THIS WEEK
group-relax = CAN BE RELAXED
group-nothing = NOTHING TO DO
group-error = COULD NOT BE READ
# A phase in seven columns: "ind d3", "sw d12", "maint".
worklist-phase-induction-day = ind d{ $day }
worklist-phase-switch-day = sw d{ $day }
worklist-phase-induction = ind
worklist-phase-switch = sw
worklist-phase-maintenance = maint
worklist-phase-taper = taper
worklist-phase-ended = ended
# Medications in the table's few columns.
worklist-med-buprenorphine-naloxone = bup-naloxone
worklist-med-buprenorphine-depot = depot bup
worklist-med-morphine-sr-24h = morphine 24h
worklist-med-morphine-sr-12h = morphine 12h
worklist-no-dose = no dose
# The dose of a depot patient: "injection 128 mg monthly".
worklist-injection = injection { $mg } mg { $product }
# The pickup change in the table's short form: "keep 5/2".
worklist-keep = keep { $regime }
worklist-hold = hold { $regime }
worklist-tighten = tighten { $regime }
worklist-relax = relax { $regime }
worklist-at-most = at most { $regime }
worklist-na = n/a
# The pickup change in words (JSON and CSV `pickup`).
worklist-tighten-to = tighten to { $proposed }
worklist-relax-to = relax to { $proposed }
worklist-not-applicable = not applicable ({ $note })
worklist-no-match = no patient matches the filters
worklist-acknowledged = * acknowledged: listed, does not raise the group
# "listed 3 of 40 patients (filters choose the lines, not the exit status)"
worklist-listed =
    listed { $listed } of { $checked ->
        [one] 1 patient
       *[other] { $checked } patients
    } (filters choose the lines, not the exit status)
# The missed-dose restart in the worklist's few columns, the dose first so
# that it survives the cut: "at most 40 mg (4 days missed), see the prescriber first".
worklist-restart-reduce =
    at most { $mg } mg ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } missed)
worklist-restart-see-prescriber =
    at most { $mg } mg ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } missed), see the prescriber first
worklist-restart-review =
    assess, then the usual { $mg } mg ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } missed)
worklist-restart-reinduce =
    at most { $mg } mg ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } missed), a new induction, supervised
worklist-restart-other-reinduce =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed: start the next medication as a new induction
worklist-restart-other =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed: see the prescriber before the switch
# The worklist's line of a file with several problems: "unknown key `x` (and 2 more problems)".
worklist-more-problems =
    { $message } (and { $n ->
        [one] 1 more problem
       *[other] { $n } more problems
    })
