# English texts: overdose.

## Events (the case's `[[events]] kind`).

odr-event-prison-release = release from prison
odr-event-detox-discharge = discharge from detox
odr-event-hospital-discharge = discharge from hospital
odr-event-overdose = an overdose
odr-event-treatment-interruption = a treatment interruption

## ODR001

# "2 days without the medication around it (2026-11-14 to 2026-11-15)"
odr001-undosed =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } without the medication around it ({ $spans })
# "discharged on 2026-11-15 (5 days ago) with daily doses recorded: …"
odr001-message-discharged = discharged on { $date } ({ $ago }) with daily doses recorded: check the discharge list for new opioids or sedatives
odr001-suggestion-discharged = compare the discharge list with the prescriptions here: new opioids, sedatives or QT drugs
# "an overdose on 2026-11-15 (5 days ago): tolerance may be low; 2 days without …"
# `undosed` is empty or "; " and odr001-undosed.
odr001-message-overdose = an overdose on { $date } ({ $ago }): tolerance may be low{ $undosed }
# "release from prison on 2026-11-15 (5 days ago) with 2 days without the medication around it (…): tolerance may be low"
odr001-message-low = { $event } on { $date } ({ $ago }) with { $undosed }: tolerance may be low
odr001-suggestion-low = check tolerance before dosing, supervise intake, and hand out take-home naloxone with training
# "release from prison on 2026-11-15 (5 days ago), daily doses recorded: the weeks after carry the risk (…)"
odr001-message-dosed = { $event } on { $date } ({ $ago }), daily doses recorded: the weeks after carry the risk (new supply, old contacts, other prescribers)
odr001-suggestion-dosed = talk about the first weeks after the stay (use, contacts, other prescribers), keep take-home naloxone at hand, and check the discharge papers

## ODR002

# "take-home naloxone is not documented while overdose risk is raised: early treatment (induction), benzodiazepine prescribed (BZD001)"
odr002-message =
    { $kit ->
        [none] the patient has no take-home naloxone
       *[undocumented] take-home naloxone is not documented
    } while overdose risk is raised: { $factors }
# Risk factors: "early treatment (induction)", phase as the code spells it.
odr002-early = early treatment ({ $phase })
# "4 days missed"
odr002-missed =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed
odr002-ended = treatment ended
odr002-taper = tapering (tolerance falls)
odr002-suggestion = hand out a naloxone nasal spray with training to the patient and the people around them, and record it in the chart (and in the case file)

## ODR003

# "methadone induction: day 12 of the first 14 days, when mortality is raised"
odr003-message =
    { $medication } { $phase }: { $day ->
        [-1] the first days
       *[other] day { $day }
    } of the first { $days ->
        [one] 1 day
       *[other] { $days } days
    }, when mortality is raised
odr003-suggestion-week-one = supervise every dose and observe 2 h after intake in the first week; check for sedation before each dose
# "… no take-home doses in the first 14 days"
odr003-suggestion =
    supervise every dose and check for sedation before each; no take-home doses in the first { $days ->
        [one] 1 day
       *[other] { $days } days
    }

## ODR004

# "children live in the home and safe storage is not documented (3 take-home doses at a time)"
odr004-message =
    children live in the home and { $storage ->
        [unlockable] take-home doses cannot be locked away
       *[undocumented] safe storage is not documented
    } ({ $regime })
# "3 take-home doses at a time"
odr004-regime =
    { $doses ->
        [one] 1 take-home dose
       *[other] { $doses } take-home doses
    } at a time
odr004-regime-none = no take-home doses now
odr004-regime-unrecorded = regime not recorded
odr004-suggestion = even a part of one dose can kill a child: no take-home doses until a lockable box is in use; supervise intake meanwhile
odr004-suggestion-no-take-home = take-home doses must wait until a lockable box is in use; give one and record that it is in use
# The counter's line (BEFORE THE NEXT DOSE OR PICKUP).
odr004-counter-locked = no take-home doses until the box is locked: children live in the home
odr004-counter-undocumented = no take-home doses until safe storage is documented: children live in the home
