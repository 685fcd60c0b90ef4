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
sch-col-intake = intake
sch-col-step = step
sch-supervised = supervised
sch-take-home = take-home
sch-step = { $step ->
    [first-day] first day
    [increase] increase
   *[target] target
}
# "Target reached on 2026-12-10 (day 4)."
sch-induction-reached = Target reached on { $date } (day { $days }).
# "Checked by the rules in force: no DOS, MIS, SWI, TAP or PRG finding."
sch-checked = Checked by the rules in force: no { $families } finding.
sch-paste = `--format toml` prints it as [[plan]] entries for the case file. The tool advises; the doctor decides.
