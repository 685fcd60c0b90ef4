# English texts: switch.

## SWI001: methadone too high before buprenorphine.

# "buprenorphine started 2026-11-20 after methadone 60 mg (last dose before the switch 2026-11-19); reduce to at most 30 mg first"
swi001-message = { $med } started { $date } after { $prev } { $last } mg (last dose before the switch { $last_day }); reduce to at most { $limit } mg first
swi001-suggestion-started = the switch has started: assess for precipitated withdrawal (COWS) before the next dose and treat it
# "taper methadone to 30 mg or less before the switch, or plan a micro-induction; risk of severe precipitated withdrawal"
swi001-suggestion = taper { $prev } to { $limit } mg or less before the switch, or plan a micro-induction; risk of severe precipitated withdrawal

## SWI002: buprenorphine too soon after a full agonist.

# "buprenorphine started 2026-11-20 on a day methadone was also given (last dose before the switch 30 mg), with no zero day"
swi002-message-same-day = { $med } started { $date } on a day { $prev } was also given (last dose before the switch { $last } mg), with no zero day
# "buprenorphine started 2026-11-20 the day after the last methadone dose (30 mg on 2026-11-19), with no zero day"
swi002-message-next-day = { $med } started { $date } the day after the last { $prev } dose ({ $last } mg on { $last_day }), with no zero day
swi002-suggestion = leave at least 24 h (the national tables use one zero day) and start when withdrawal is objective

## SWI003: a depot conversion that does not match.

# "first depot injection 160 mg monthly on 2026-11-20 after sublingual 16 mg; 96 mg monthly matches"; $product: weekly or monthly.
swi003-message = first depot injection { $dose } mg { $product } on { $date } after sublingual { $sublingual } mg; { $want }
# "96 mg monthly matches"
swi003-matches = { $dose } mg { $product } matches
# "no weekly product matches"
swi003-none-matches = no { $product } product matches
swi003-suggestion = check the conversion table (weekly 8/16/24/32 mg, monthly 64-160 mg by the sublingual dose)

## SWI004 and SWI005: a conversion ratio exceeded.

# "half (2:1)" (inside swi-ratio-message).
swi-ratio-half = half ({ $ratio }:1)
# "8 times"
swi-ratio-times = { $ratio } times
# "methadone → levomethadone: 60 mg on 2026-11-20 is above half (2:1) the last methadone dose of 100 mg (at most 50 mg); 3 days above"
swi-ratio-message = { $prev } → { $med }: { $worst } mg on { $date } is above { $ratio } the last { $prev } dose of { $last } mg (at most { $max } mg){ $more }
# "; 3 days above"
swi-ratio-days-above = ; { $days } days above
# "give at most 50 mg levomethadone in the first 14 days and titrate from there"
swi-ratio-suggestion =
    give at most { $max } mg { $med } in the first { $early ->
        [one] 1 day
       *[other] { $early } days
    } and titrate from there

## SWI006: methadone started high after buprenorphine.

# "methadone started at 50 mg on 2026-11-20 after buprenorphine; the limit is 40 mg"
swi006-message = methadone started at { $dose } mg on { $date } after { $prev }; the limit is { $limit } mg
# "start methadone at most 40 mg and observe 2 h after intake in the first week"
swi006-suggestion = start methadone at most { $limit } mg and observe 2 h after intake in the first week

## SWI007: an outpatient switch.

# "methadone → buprenorphine switch on 2026-11-20 as an outpatient; inpatient switching is the main rule"
swi007-message = { $from } → { $to } switch on { $date } as an outpatient; inpatient switching is the main rule
swi007-suggestion = if the switch stays outpatient: daily supervised intake, a named contact, and observation after the first doses

## SWI008: a micro-induction.

# "micro-induction: buprenorphine 0.5 mg started 2026-11-20 alongside methadone"
swi008-message = micro-induction: { $med }{ $dose } started { $date } alongside { $prev }
# " 0.5 mg" (after the medication).
swi008-dose = { " " }{ $dose } mg
swi008-suggestion = keep the full agonist stable during the overlap and raise buprenorphine step by step
