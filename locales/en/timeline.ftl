# English texts: larcheck timeline (issue 22).

# "Timeline of case.toml: 17 mornings, 2026-11-14 to 2026-11-30"
timeline-header = Timeline of { $path }: { $mornings ->
    [one] 1 morning
   *[other] { $mornings } mornings
}, { $from } to { $to }
# When no morning of the range has a finding.
timeline-none = No findings on any morning.
# "2026-11-19 MIS001 appeared (warning): 3 days missed before 2026-11-19 …"
timeline-appeared = { $date } { $code } appeared ({ $severity }): { $message }
# "2026-11-20 MIS001 became critical (was warning): 4 days missed …"
timeline-severity = { $date } { $code } became { $severity } (was { $was }): { $message }
# Same severity, other numbers: "2026-11-21 DAT002 changed: …"
timeline-message = { $date } { $code } changed: { $message }
# "2026-11-21 MIS001 gone"
timeline-gone = { $date } { $code } gone
# "Still reported on 2026-11-30: DAT002, MIS003"
timeline-open-at-end = Still reported on { $to }: { $codes }
# --from after --to.
timeline-empty-range = no mornings to replay: --from { $from } is after --to { $to }
# "2026-11-25 INT004 acknowledged until 2027-01-31: known, prescribed by the GP"
timeline-acknowledged = { $date } { $code } acknowledged until { $until }: { $reason }
# The acknowledgement's until has passed: the finding counts again.
timeline-ack-expired = { $date } { $code } acknowledgement ran out ({ $severity }): { $message }
# The pickup proposal's course: "2026-11-20 pickup: level 3 → 0, take-home days 3 → 0 (tighten)".
timeline-pickup = { $date } pickup: { $proposal } ({ $change })
timeline-pickup-level = level { $level }, take-home days { $take_home }
timeline-pickup-level-changed = level { $was_level } → { $level }, take-home days { $was_take_home } → { $take_home }
timeline-pickup-not-applicable = not applicable
timeline-pickup-change = { $change ->
    [relax] may relax
    [keep] keep
    [hold] hold
    [tighten] tighten
    [unknown] regime not recorded
   *[not-applicable] not applicable
}
# Appeared with an acknowledgement already in force.
timeline-appeared-acknowledged = { $date } { $code } appeared ({ $severity }, acknowledged until { $until }): { $message }
