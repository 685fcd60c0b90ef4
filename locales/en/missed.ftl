# English texts: missed.

## MIS001: the missed run before as_of.

# "4 days missed before 2026-11-20 (2026-11-16 to 2026-11-19, 1 of them unrecorded); give at most 40 mg (last dose 80 mg) and see the prescriber first"
mis001-message =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed before { $date } ({ $span }{ $unrec }); { $words }
# ", 1 of them unrecorded" (inside the brackets of the message).
mis001-unrecorded = , { $n } of them unrecorded
# " a day: 20 mg twice" (after the advised daily dose).
mis001-per-twice = { " " }a day: { $each } mg twice
# " a day (80 mg every other day)".
mis001-per-every = { " " }a day ({ $each } mg { $every })
# "give at most 40 mg (last dose 80 mg)"
mis001-action-reduce = give at most { $next } mg{ $per } (last dose { $last } mg)
# "give at most 40 mg (last dose 80 mg) and see the prescriber first"
mis001-action-see-prescriber = give at most { $next } mg{ $per } (last dose { $last } mg) and see the prescriber first
# "review before dosing; give at most 16 mg (last dose 16 mg)"
mis001-action-review = review before dosing; give at most { $next } mg{ $per } (last dose { $last } mg)
# "tolerance may be lost: re-induce from at most 30 mg (last dose 70 mg)"
mis001-action-re-induce = tolerance may be lost: re-induce from at most { $next } mg{ $per } (last dose { $last } mg)
# "the next dose is methadone, a new start judged by DOS001 with its own limits (last buprenorphine dose 16 mg)"
mis001-other-re-induce = the next dose is { $next_med }, a new start judged by DOS001 with its own limits (last { $last_med } dose { $last } mg)
# "the next dose is methadone, a new start judged by the switch rules (last buprenorphine dose 16 mg)"
mis001-other-review = the next dose is { $next_med }, a new start judged by the switch rules (last { $last_med } dose { $last } mg)
# "see the prescriber before dosing; give at most 40 mg and review"
mis001-suggestion-see-prescriber = see the prescriber before dosing; give at most { $next } mg and review
# "after talking with the prescriber: check for sedation and recent use, give at most 40 mg, then build back up step by step"
mis001-suggestion-reduce = after talking with the prescriber: check for sedation and recent use, give at most { $next } mg, then build back up step by step
# "assess for intoxication and withdrawal before dosing; at most 16 mg"
mis001-suggestion-review = assess for intoxication and withdrawal before dosing; at most { $next } mg
# "treat as a new induction: start at most 30 mg, supervised, and titrate again"
mis001-suggestion-re-induce = treat as a new induction: start at most { $next } mg, supervised, and titrate again
mis001-suggestion-other = see the prescriber before the first dose of the new medication
# "every other day", "every 3rd day", "every 4th day".
every-days =
    { $n ->
        [2] every other day
        [3] every 3rd day
       *[other] every { $n }th day
    }

## The restart advice at the counter (src/actions.rs): the first line the
## person at the counter reads.

# "4 days missed; give at most 40 mg (last dose 80 mg)"
restart-reduce =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; give at most { $next } mg (last dose { $last } mg)
# "4 days missed; give at most 40 mg (last dose 80 mg) and see the prescriber first"
restart-see-prescriber =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; give at most { $next } mg (last dose { $last } mg) and see the prescriber first
# "3 days missed; assess before dosing; the usual dose of 16 mg may be given"
restart-review =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; assess before dosing; the usual dose of { $next } mg may be given
# "5 days missed; restart as a new induction: at most 30 mg, supervised (last dose 70 mg)"
restart-re-induce =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; restart as a new induction: at most { $next } mg, supervised (last dose { $last } mg)
# "5 days missed; the next dose is another medication: start it as a new induction"
restart-other-re-induce =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; the next dose is another medication: start it as a new induction
# "3 days missed; the next dose is another medication: see the prescriber before the switch"
restart-other =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed; the next dose is another medication: see the prescriber before the switch

## MIS002: a restart above the advised dose.

# "methadone 80 mg given on 2026-11-20 after 4 days without a dose (2026-11-16 to 2026-11-19); at most 40 mg advised (last dose 80 mg)"; $kind: planned or given.
mis002-message =
    { $med } { $dose } mg { $kind ->
        [planned] planned for
       *[other] given on
    } { $date } after { $days ->
        [one] 1 day
       *[other] { $days } days
    } without a dose ({ $span }); at most { $advised } mg advised (last dose { $last } mg)
# "lower the restart dose to at most 40 mg and build back up; tolerance falls within days"
mis002-suggestion = lower the restart dose to at most { $advised } mg and build back up; tolerance falls within days

## MIS003: frequent missed days.

# "4 days missed or unrecorded in the 28 days before 2026-11-20 (2026-11-01 to 2026-11-02, 2026-11-10 to 2026-11-11); the threshold is 4"
mis003-message =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed or unrecorded in the { $window ->
        [one] 1 day
       *[other] { $window } days
    } before { $date } ({ $spans }); the threshold is { $threshold }
mis003-suggestion = talk with the patient about the missed days; review take-home doses and the pickup regime

## MIS004: an overdue depot injection.

# "monthly depot injection overdue: last given 2026-10-01 (46 days since, 128 mg); due 2026-10-29, at the latest 2026-11-05"; $product: weekly or monthly.
mis004-message = { $product } depot injection overdue: last given { $date } ({ $since ->
        [one] 1 day
       *[other] { $since } days
    } since, { $dose } mg); due { $due }, at the latest { $latest }
mis004-suggestion-critical = contact the patient today; assess tolerance and withdrawal before the next injection; offer naloxone
mis004-suggestion-warning = contact the patient and give the next injection; check for withdrawal and top-up use
