# English texts: taper.

## TAP001: a taper too fast.

# "methadone reduced 20 mg within 7 days (2026-11-01 to 2026-11-05, planned, from 80 mg); at most 8 mg a week (10 % or 5 mg); 4 reductions in this taper (2026-10-01 to 2026-11-05)"
tap001-message = { $med } reduced { $sum } mg within 7 days ({ $span }{ $planned }, from { $from } mg); at most { $limit } mg a week ({ $percent } % or { $min_step } mg){ $others }
# ", planned" (inside the brackets of the message).
tap001-planned = , planned
# "; 4 reductions in this taper (2026-10-01 to 2026-11-05)"
tap001-others = ; { $n } reductions in this taper ({ $span })
tap001-suggestion = slow the taper (about 10 % of the dose a week), and let the patient pause or go back up at any time

## TAP002: follow-up after the end of treatment.

# "treatment ended 2026-11-10 (10 days ago); follow up closely for 28 days after the last dose"
tap002-message =
    treatment ended { $date } ({ $ago }); follow up closely for { $days ->
        [one] 1 day
       *[other] { $days } days
    } after the last dose
tap002-suggestion = tolerance is falling: make a follow-up appointment, give take-home naloxone and a way back into treatment

## PRG001: a reduction outside weeks 14-32.

# "2026-11-01 in week 34 (60→55 mg)" (one item of prg001-message).
prg001-reduction = { $date } in week { $week } ({ $from }→{ $to } mg)
# "pregnant (week 36): 1 reduction outside weeks 14+0 to 32+6: 2026-11-01 in week 34 (60→55 mg)"
prg001-message =
    pregnant (week { $week }): { $n } reduction{ $n ->
        [one] {""}
       *[other] s
    } outside weeks { $first }+0 to { $last }+6: { $list }
# "keep the dose stable outside weeks 14-32; withdrawal harms the fetus; raise the dose if withdrawal appears"
prg001-suggestion = keep the dose stable outside weeks { $first }-{ $last }; withdrawal harms the fetus; raise the dose if withdrawal appears

## PRG002: a taper too fast in pregnancy.

# "pregnant (week 20): methadone reduced 15 mg within 7 days (2026-11-01 to 2026-11-05); the outpatient limit is 10 mg a week"; $setting: outpatient or inpatient.
prg002-message =
    pregnant (week { $week }): { $med } reduced { $sum } mg within 7 days ({ $span }); the { $setting ->
        [inpatient] inpatient
       *[other] outpatient
    } limit is { $limit } mg a week
prg002-suggestion = slow the reduction; in pregnancy taper only slowly, and stop at withdrawal signs

## PRG003: pregnancy follow-up.

# "pregnant (week 30) on methadone: follow-up by the pregnancy team (TSB with maternity care); no pressure to taper (her choice, weeks 14-32 only); plan for the newborn (neonatal abstinence); from week 28 the dose may need to rise or be split (e.g. 2/3 in the morning, 1/3 in the evening)"
prg003-message = pregnant (week { $week }) on { $med }: follow-up by the pregnancy team (TSB with maternity care); no pressure to taper (her choice, weeks { $first }-{ $last } only); plan for the newborn (neonatal abstinence){ $late }
# "; from week 28 the dose may need to rise or be split (e.g. 2/3 in the morning, 1/3 in the evening)"
prg003-late = ; from week { $third } the dose may need to rise or be split (e.g. 2/3 in the morning, 1/3 in the evening)
prg003-suggestion-late = check the pregnancy team's follow-up and the plan for the birth and the newborn; ask about withdrawal in the evening: split or raise the dose rather than taper
prg003-suggestion = check that the pregnancy team (TSB with maternity care) follows her and that a plan for the newborn is made; do not press for a taper

## PRG004: depot in pregnancy.

# "pregnant (week 18) on depot buprenorphine (Buvidal): little data in pregnancy; the SmPC allows it only if the benefit outweighs the risk"
prg004-message = pregnant (week { $week }) on depot buprenorphine (Buvidal): little data in pregnancy; the SmPC allows it only if the benefit outweighs the risk
prg004-suggestion = discuss with the pregnancy team whether to continue the depot or change to sublingual buprenorphine, and write down the decision; plan for the newborn
