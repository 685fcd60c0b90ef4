# English texts: larcheck chart (issue 22). The picture of a case's course.

# "oslo-0042 · buprenorphine · as of 2026-11-30"
chart-title = { $id } · { $medication } · as of { $date }
# "2026-08-01 to 2026-11-30 (122 days)"
chart-range = { $from } to { $to } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
chart-dose-unit = mg a day
chart-mg = { $mg } mg
chart-as-of = as of { $date }
chart-depot = depot
# Tooltip of an injection: "2026-10-01: 128 mg monthly, covers 28 days (to 2026-10-28)"
chart-injection = { $date }: { $mg } mg { $product }, covers { $interval } days (to { $until })
chart-gap-missed = missed
chart-gap-planned-off = zero day by decision
chart-gap-unrecorded = not recorded
# Tooltip of a shaded run: "missed: 2026-11-16 to 2026-11-20 (5 days)"
chart-gap-title = { $kind }: { $span } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
chart-screens = screens
chart-screen-clean = clean
chart-screen-note = note
chart-screen-some-use = some use
chart-screen-concern = concern
# Tooltip of a screen: "2026-11-10 screen: concern. Positive: heroin, morphine. Why: 6-mam, morphine"
chart-screen-title = { $date } screen: { $reading }. Positive: { $positive }.{ $why }
chart-screen-why = { " " }Why: { $why }
chart-screen-baseline = { " " }Baseline screen (before LAR): not counted.
chart-none = none
chart-prescriptions = prescriptions
# A bar's label: "Sobril 30 mg: benzodiazepine"
chart-rx = { $drug }{ $dose }: { $classes }
chart-rx-title = { $drug }: { $span }
chart-rx-open = { $from } onwards
chart-marks = ECG, events
chart-ecg = QTc { $qtc }
chart-ecg-title = { $date } ECG: QTc { $qtc } ms
chart-event-title = { $date }: { $words }
chart-findings = findings
# Tooltip of a finding: "MIS001 (critical): 5 days missed …"
chart-finding-title = { $code } ({ $severity }{ $ack }): { $message }
chart-acknowledged = , acknowledged
chart-legend = Legend
chart-legend-dose = daily dose
chart-legend-plan = plan after as of (dashed)
chart-legend-injection = depot injection, bar: its interval
chart-legend-rx = prescription of an interaction class
chart-legend-ecg = ECG (QTc, ms)
chart-legend-event = overdose-risk event
chart-legend-critical = finding: critical
chart-legend-warning = finding: warning
chart-legend-info = finding: info
chart-legend-screen = screen: { $reading }
chart-legend-baseline = baseline screen (before LAR)
# The date axis: "16 Nov", "Nov 2026".
chart-axis-day = { $day } { $month }
chart-axis-month = { $month } { $year }
chart-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# The terminal picture.
chart-term-title = { $id } · { $medication } · last { $days } days to { $date }
chart-term-dose = dose
chart-term-gaps = gaps
chart-term-screens = screens
chart-term-max = top of the scale { $mg } mg
chart-term-key = key: { $missed } missed  { $unrecorded } not recorded  { $off } zero day by decision · screens: { $clean } clean  { $note } note  { $some } some use  { $concern } concern
chart-term-nothing = no LAR doses in the last { $days } days
chart-term-depot = depot
chart-term-key-depot = depot: { $shot } injection  { $covered } the days its interval covers
# Errors.
chart-empty-range = nothing to draw: --from { $from } is after --to { $to }
chart-bad-out = --out must end in .svg or .html: { $path }
chart-wrote = wrote { $path }
