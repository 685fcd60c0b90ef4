# English texts: dose.

## DOS001: the day-1 dose of an induction.

# "methadone 45 mg given on day 1 of an induction (2026-11-20) is above the critical limit of 40 mg"; $kind: planned or given; $severity: warning or critical.
dos001-message =
    { $med } { $dose } mg { $kind ->
        [planned] planned for
       *[other] given on
    } day 1 of an induction ({ $date }) is above the { $severity ->
        [critical] critical
       *[other] warning
    } limit of { $limit } mg
dos001-suggestion-past = day 1 has passed: allow for the high start when judging sedation this week; check for drowsiness before each dose
# "start at most 30 mg on day 1 and titrate by the response; tolerance is unknown until proven"
dos001-suggestion = start at most { $limit } mg on day 1 and titrate by the response; tolerance is unknown until proven

## DOS002: one step too large.

# "methadone raised 15 mg in one step on 2026-11-01 (60 → 75 mg); the step limit is 10 mg"
dos002-message = { $med } raised { $step } mg in one step on { $date } ({ $from } → { $to } mg); the step limit is { $limit } mg
# "raise by at most 10 mg at a time"
dos002-suggestion = raise by at most { $limit } mg at a time

## DOS003: an increase too soon.

# "in days 1-14 of an induction or switch" (inside dos003-message).
dos003-in-titration = in days 1-{ $window } of an induction or switch
dos003-in-maintenance = in maintenance
# "methadone raised 90 → 100 mg on 2026-11-08, 7 days after the previous increase or start (2026-11-01); in maintenance allow 14 days"; $allowed: the interval as written, $one: 1 when it is one day.
dos003-message =
    { $med } raised { $from } → { $to } mg on { $date }, { $days ->
        [one] 1 day
       *[other] { $days } days
    } after the previous increase or start ({ $before }); { $what } allow { $allowed } day{ $one ->
        [1] {""}
       *[other] s
    }
# "wait at least 14 days between increases so each step reaches steady state"
dos003-suggestion =
    wait at least { $allowed } day{ $one ->
        [1] {""}
       *[other] s
    } between increases so each step reaches steady state

## DOS004: the weekly cap in the first days.

# "methadone raised from 40 to 80 mg within 7 days (2026-11-02 to 2026-11-05) in the first 14 days of an induction: 40 mg of increases; the cap is 30 mg in any 7 days"
dos004-message =
    { $med } raised from { $from } to { $to } mg within 7 days ({ $span }) in the first { $early ->
        [one] 1 day
       *[other] { $early } days
    } of an induction: { $total } mg of increases; the cap is { $cap } mg in any 7 days
# "hold the dose and check for sedation before every dose (withhold or reduce if drowsy); at most 30 mg of increases in any 7 days of the first 14 days; the dose may not have peaked yet"
dos004-suggestion =
    hold the dose and check for sedation before every dose (withhold or reduce if drowsy); at most { $cap } mg of increases in any 7 days of the first { $early ->
        [one] 1 day
       *[other] { $early } days
    }; the dose may not have peaked yet

## DOS005: above the maximum.

# "buprenorphine 28 mg per administration 2026-11-01 to 2026-11-20 is above the warning maximum of 24 mg"
dos005-message =
    { $med } { $dose } mg per administration { $span } is above the { $severity ->
        [critical] critical
       *[other] warning
    } maximum of { $limit } mg
dos005-suggestion-methadone = check the prescription for a typing error; a dose above the maximum needs a documented reason, an ECG and a serum level
dos005-suggestion = check the prescription for a typing error; a dose above the maximum needs a documented reason

## DOS006: below the effective range.

# "methadone 40 mg is below the effective range (from 60 mg) and the screen of 2026-11-06 shows 6-mam"
dos006-message = { $med } { $dose } mg is below the effective range (from { $min } mg) and the screen of { $date } shows { $substances }
# "consider raising the dose toward the effective range (60 mg or more) rather than tightening alone; use may be withdrawal"
dos006-suggestion = consider raising the dose toward the effective range ({ $min } mg or more) rather than tightening alone; use may be withdrawal

## DOS007: unsupervised in the first days.

# "methadone unsupervised in the first 14 days of an induction episode started 2026-11-01: 2026-11-05 (1 day)"; $kind: induction or switch.
dos007-message =
    { $med } unsupervised in the first { $early ->
        [one] 1 day
       *[other] { $early } days
    } of { $kind ->
        [switch] a switch
       *[other] an induction
    } episode started { $start }: { $spans } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
# "give every dose under supervision in the first 14 days; no take-home doses during induction"
dos007-suggestion =
    give every dose under supervision in the first { $early ->
        [one] 1 day
       *[other] { $early } days
    }; no take-home doses during induction

## DOS008: a buprenorphine start too early.

# "buprenorphine start: 3 h after the last short-acting opioid (6 h needed)"; $failed: the failed checks joined by "; ".
dos008-message = { $med } start: { $failed }
# "3 h after the last long-acting opioid (methadone) (24 h needed)"; $kind: short, long or unrecorded; $named: dos008-named or nothing.
dos008-too-early =
    { $hours } h after the last { $kind ->
        [short] short-acting
        [long] long-acting
       *[other] unrecorded (judged as long-acting)
    } opioid{ $named } ({ $need } h needed)
# " (slow-release morphine (12 h))": the last opioid by name.
dos008-named = { " " }({ $name })
# "COWS 8 (at least 12 needed)"
dos008-cows = COWS { $cows } (at least { $need } needed)
dos008-unrecorded = neither the time since the last opioid nor COWS is recorded
# "wait for objective withdrawal (COWS ≥ 12) and at least 6 h after short-acting or 24 h after long-acting opioids; precipitated withdrawal drives patients back to street opioids"
dos008-suggestion = wait for objective withdrawal (COWS ≥ { $cows }) and at least { $short } h after short-acting or { $long } h after long-acting opioids; precipitated withdrawal drives patients back to street opioids

## DOS009: a depot dose that is not a strength.

# "depot injection of 100 mg on 2026-11-01 is not a monthly strength (64/96/128/160 mg)"
dos009-message = depot injection of { $dose } mg on { $date } is { $why }
# "above the weekly maximum of 32 mg"; $product: weekly or monthly.
dos009-above-maximum = above the { $product } maximum of { $max } mg
# "not a monthly strength (64/96/128/160 mg)"
dos009-not-a-strength = not a { $product } strength ({ $strengths } mg)
dos009-suggestion = correct the record or the dose before the next injection
