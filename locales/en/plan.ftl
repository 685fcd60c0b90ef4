# English texts: larcheck plan (issue 20). The pharmacy's dispensing plan.

## Errors (exit 2).

plan-bad-out = --out must end in .html (or be - for standard output): { $path }
plan-weeks = --weeks must be 1 to { $max } (got { $weeks })
plan-always-closed = the pharmacy cannot be closed every day of the week; name the days it is closed
plan-ended = treatment ended on { $date }; there is no dose to dispense
plan-ended-phase = treatment has ended; there is no dose to dispense
plan-no-dose = no planned or recorded dose of { $med } to dispense; add [[plan]] entries (or the depot injections) to the case

## The plan.

# "Dispensing plan: oslo-0042 · methadone · 2026-11-20 to 2026-12-17 (4 weeks) · 5 supervised intakes a week, …"
plan-title = Dispensing plan: { $id } · { $medication } · { $from } to { $to } ({ $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}) · { $regime }
plan-regime-depot = Depot buprenorphine: injections as they fall due, any sublingual dose under supervision. Review by { $review }.
# "Pharmacy closed: Sunday."
plan-closed = Pharmacy closed: { $days }.
plan-closed-none = open every day
plan-closed-day = pharmacy closed
# The block first of all when a dose is not arranged.
plan-contact = CONTACT THE PRESCRIBER BEFORE THE FIRST PICKUP: the pharmacy is closed ({ $closed }) and the regime ({ $regime }) allows no more take-home doses; { $count ->
    [one] 1 day is
   *[other] { $count } days are
} not arranged: { $dates }. This plan does not hand those doses out: arrange a supervised intake elsewhere (an out-of-hours pharmacy, the clinic) or a decision by the prescriber.
plan-contact-injection = CONTACT THE PRESCRIBER BEFORE THE FIRST PICKUP: { $count ->
    [one] 1 day is
   *[other] { $count } days are
} not arranged: { $dates } (the pharmacy is closed: { $closed }; regime: { $regime }). A depot injection due on a closed day is not moved by this plan: the prescriber sets the day.
plan-col-date = date
plan-col-day = day
plan-col-dose = dose
plan-col-intake = intake
plan-col-hand-out = hand out for home
plan-mg = { $mg } mg
plan-morning = morning { $mg }
plan-evening = evening { $mg }
plan-injection = injection { $mg }
plan-none-off-day = no dose (off day)
plan-none-ended = no dose (treatment ended)
plan-none-depot = no dose (depot)
plan-none-planned = NO DOSE PLANNED
plan-supervised = supervised
# "take-home (from Fri 2026-11-20)"
plan-take-home = take-home (from { $pickup })
plan-given-injection = injection under supervision
plan-not-arranged = NOT ARRANGED: contact the prescriber
plan-early-pickup = Handed out on { $date }, before this plan starts: { $doses }.
plan-note-evening = 12-hour morphine: the evening dose goes home with each supervised morning intake; if the evening dose must be supervised too, arrange it with the prescriber.
plan-note-starts-at-counter = The plan starts with a supervised intake on its first day: what was handed out before it is not in the case.
plan-note-injection-overdue = The depot injection was due before this plan starts: it is planned on the first day; see the prescriber (MIS004).
plan-note-continued = Doses from [[plan]] up to { $date }; after it the last planned dose continues (a prescription stands until it is changed).
plan-note-current-dose = No [[plan]] in the case: the current dose continues every day.
plan-note-not-planned = NO DOSE PLANNED marks a day inside the plan that no [[plan]] entry covers (a zero day, or a gap to ask the prescriber about).
plan-wd-mon = Mon
plan-wd-tue = Tue
plan-wd-wed = Wed
plan-wd-thu = Thu
plan-wd-fri = Fri
plan-wd-sat = Sat
plan-wd-sun = Sun
plan-day-monday = Monday
plan-day-tuesday = Tuesday
plan-day-wednesday = Wednesday
plan-day-thursday = Thursday
plan-day-friday = Friday
plan-day-saturday = Saturday
plan-day-sunday = Sunday
plan-regime-relax = Regime: the patient's own as recorded. The pickup proposal allows one rung looser, { $proposed }; this plan changes when the prescriber records it in [pickup]. Review by { $review }.
# A 12-hour product's evening dose handed out with the same day's supervised morning dose.
plan-take-home-today = take-home
plan-regime-keep = Regime: the patient's own; the pickup proposal keeps it. Review by { $review }.
plan-regime-hold = Regime: the patient's own; the pickup proposal holds it (no relax at this review). Review by { $review }.
plan-regime-tighten = Regime: TIGHTENED as the pickup proposal says, from the first day of this plan; the prescriber confirms. Review by { $review }.
plan-regime-unknown = Regime: no [pickup] recorded, so the pickup proposal's rung; the prescriber decides. Review by { $review }.
plan-open-every-day = Pharmacy open every day.
plan-totals = Totals: { $planned } mg planned = { $supervised } mg supervised ({ $intakes ->
    [one] 1 intake
   *[other] { $intakes } intakes
}) + { $take_home } mg take-home ({ $doses ->
    [one] 1 dose
   *[other] { $doses } doses
})
plan-totals-injected = { " " }+ { $mg } mg injected
plan-totals-not-arranged = { " " }+ { $mg } mg NOT ARRANGED ({ $doses ->
    [one] 1 dose
   *[other] { $doses } doses
})
# The heading of a pickup's take-home doses in the HTML calendar.
plan-hand-out-head = hand out:
# The regime of a depot patient in the title: "weekly depot injection every 7 days".
plan-depot-words = { $product ->
    [weekly] weekly
   *[other] monthly
} depot injection every { $days } days, any sublingual dose under supervision
