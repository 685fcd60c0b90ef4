# The words every area uses. The names of medications, substances, drug
# classes and severities are written in English by the code itself (they
# are the spellings of the case format); the other languages name them in
# their own vocab file (`med-*`, `substance-*`, `class-*`, `severity-*`).

# A run of days: "2026-11-16 to 2026-11-19" (a single day is its date).
span = { $from } to { $to }
# How long ago: "today", "1 day ago", "5 days ago".
ago =
    { $days ->
        [0] today
        [one] 1 day ago
       *[other] { $days } days ago
    }
# Appended to a critical message about a past event that is now an audit:
# " (past event, on 2026-10-01, 61 days ago)"; $several: 1 when the
# finding is about several dates ("last on").
past-event =
    { " " }(past event, { $several ->
        [1] last on
       *[other] on
    } { $date }, { $ago })
# How an active prescription grades.
standing-new = started { $date }, { $ago }
standing-since = long-standing, since { $date }
standing-no-date = long-standing, no start date
# A prescription in words: "Sobril (oxazepam) 30 mg/day".
rx-named = { $drug } ({ $generic })
rx-patch = { $name } { $ug } µg/h patch ({ $mg } mg/day)
rx-daily = { $name } { $mg } mg/day
# The word between the last two of a list: "a and b".
and = and
