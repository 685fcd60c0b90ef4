# English texts: larcheck schedule (issue 20).

## Errors: a request no schedule can satisfy (exit 2).

err-toml-only-schedule = `--format toml` is for `schedule` only; the other commands write table or json
# "no induction schedule for depot buprenorphine: ..."
sch-no-induction = no induction schedule for { $med }: depot buprenorphine is injected (weekly or monthly) and 12-hour morphine is two administrations a day; plan these by hand
# "--target-mg must be above 0 (got 0)"
sch-not-positive = { $option } must be above 0 (got { $value })
# "--first-mg 45 is above the DOS001 limit of 30 (dos001.warning_mg.methadone); no schedule can satisfy it"
sch-over-limit = { $option } { $value } is above the { $rule } limit of { $limit } ({ $key }); no schedule can satisfy it
# "--every-days 1 is below the DOS003 interval of 2 days (dos003.induction_interval_days.levomethadone)"
sch-under-limit = { $option } { $value } is below the { $rule } interval of { $limit } days ({ $key }); no schedule can satisfy it
sch-too-long = the schedule would take { $days } days, more than { $max }; ask for larger steps or fewer days between them
# An internal error: the checker flagged what the generator made.
sch-flagged = internal error: the schedule made would be flagged by { $codes }; it is not printed (please report this)

## The table.

# "Induction: methadone to 60 mg from 2026-12-07, outpatient"
sch-induction-title = Induction: { $med } to { $target } mg from { $start }, { $setting ->
    [inpatient] inpatient
   *[other] outpatient
}
sch-col-from = from
sch-col-to = to
sch-col-days = days
sch-col-mg = mg/day
sch-col-mg-dose = mg
sch-col-intake = intake
sch-col-step = step
sch-supervised = supervised
sch-take-home = take-home
sch-step = { $step ->
    [first-day] first day
    [increase] increase
    [hold] unchanged
    [reduce] reduction
    [last-dose] last dose
    [zero-day] zero day, no dose
    [switch] first dose
    [restart] restart dose
    [injection] injection
   *[target] target
}
# "Target reached on 2026-12-10 (day 4)."
sch-induction-reached = Target reached on { $date } (day { $days }).
# "Checked by the rules in force: no DOS, MIS, SWI, TAP or PRG finding."
sch-checked = Checked by the rules in force: no { $families } finding.
sch-checked-info = Checked by the rules in force: no { $families } warning or critical; info as this schedule intends: { $info }.
sch-checked-restart = Checked in the case: the schedule adds no { $families } finding (MIS001 is the missed run itself).
sch-paste = `--format toml` prints it as [[plan]] entries for the case file. The tool advises; the doctor decides.

## Taper, switch, restart (issue 20, items 2-4).

# "--to-mg 60 is not below the dose now (60 mg); a taper goes down"
sch-not-below = { $option } { $value } is not below the dose now ({ $from } mg); a taper goes down
sch-no-pair = no national switch pattern from { $from } to { $to }{ $micro ->
    [yes] {" "}as a micro-induction (methadone or levomethadone to sublingual buprenorphine only)
   *[other] {""}
}; the patterns: methadone → buprenorphine (or --micro), buprenorphine → methadone, sublingual → depot buprenorphine, methadone ↔ levomethadone, methadone → morphine-sr-24h
# "the taper cannot end within gestational weeks 14-32 (PRG001, prg001.last_week): it would need week 35; ask for a higher --to-mg or start earlier"
sch-pregnancy-window = the taper cannot fit within gestational weeks { $first }-{ $last } (PRG001, prg001.first_week/last_week): it would need week { $week }; ask for a higher --to-mg or start earlier
sch-no-band = no { $product } depot dose matches sublingual { $mg } mg (SWI003, swi003.band); choose the other product
sch-no-missed-run = no missed run before as_of that MIS001 acts on: no restart is needed
sch-other-medication = the next dose is another medication, so MIS001 advises no dose: plan a new induction (schedule induction) or a switch (schedule switch)
# "Taper: methadone 60 → 0 mg from 2026-12-07, outpatient"
sch-taper-title = Taper: { $med } { $from } → { $to } mg from { $start }, { $setting ->
    [inpatient] inpatient
   *[other] outpatient
}
sch-switch-title = Switch: { $from } { $mg } mg → { $to }{ $micro ->
    [yes] {" "}(micro-induction)
   *[other] {""}
} from { $start }, { $setting ->
    [inpatient] inpatient
   *[other] outpatient
}
sch-restart-title = Restart after missed days: { $id }, { $med }, from { $date }
sch-col-medication = medication
sch-taper-ended = Last dose from { $last } to { $date }: treatment ends after { $date }.
sch-switch-reached = Target reached on { $date } (day { $days }): { $med }.
sch-note-follow-up = TAP002: close follow-up for { $days } days after the last dose ({ $ended }), until { $until }; a quick way back in if she or he relapses.
sch-note-naloxone = ODR002: a naloxone take-home kit, and a talk about lower tolerance (WHO 2014).
sch-note-stable = N22-NED: the next reduction only when stable on this dose, without withdrawal or strong craving; go back up on request. One reduction a week (TAP001 sums any 7 days) is a local default.
sch-note-pregnancy = PRG001/PRG002: reductions only in gestational weeks { $first }-{ $last }, { $limited ->
    [yes] at most { $limit } mg in any 7 days
   *[other] at TAP001's pace (PRG002 has no limit for morphine)
}; stop tapering on request, with troublesome withdrawal or on fetal findings (P11-NED).
sch-note-cows = DOS008: the first buprenorphine dose at least { $hours } h after the last { $from } dose ({ $last }) and with COWS at least { $cows }; write [induction] last_opioid, last_opioid_at, first_dose_at and cows in the case.
sch-note-observe = National table (NO-GL-2022 as reproduced in TSK-2024; dosing.md §4.2): observe { $agonist } min after each full-agonist dose and { $bup } min after each buprenorphine dose.
sch-note-micro = SWI008: micro-induction (Bernese method, HAMMIG; 0.5 mg on day 1 as JABFM; doubled each day by at most the DOS002 step: local default); the full agonist goes on unchanged until { $last } and stops when buprenorphine reaches the target.
sch-note-observe-methadone = N10-V11: observe at least 2 h after the methadone dose on days 3-7 and talk with the patient daily; if sedated, titrate more slowly (+10 mg every other day).
sch-note-next-injection = The next injection is due on { $date } (SmPC Buvidal).
sch-note-ratio = { $rule }: no { $med } dose above { $most } mg in days 1-14 (the conversion limit from { $from }; { $rule ->
    [SWI004] RELIS-LEVO, SE-LEVO 2:1
   *[other] DE-SUBSTITOL, never above 1:8; start at 4 × as IDWIKI-SROM, target 1:6 as DE-SUBSTITOL
}); adjust to withdrawal or sedation below it.
sch-note-missed = MIS001: { $days } days missed, { $action ->
    [reduce] reduce
    [see-prescriber] see the prescriber first
    [review] reassess
   *[re-induce] re-induce
}: { $same ->
    [yes] the last dose, { $last } mg, after reassessment
   *[other] give at most { $next } mg (last dose { $last } mg), then back up as in the table
}.
sch-note-checker = { $code } (info) noted by the checker: expected for this schedule.
