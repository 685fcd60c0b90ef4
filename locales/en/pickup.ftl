# English texts: pickup.
# Drug mastery (MST001) and the pickup proposal (PIC001-PIC004).

## Regimes and levels in the pharmacy's words.

# A recorded regime: "5 supervised intakes a week, 2 take-home doses".
regime =
    { $supervised ->
        [7] daily supervised intake
        [0] no supervised intake
        [one] 1 supervised intake a week
       *[other] { $supervised } supervised intakes a week
    }, { $take_home ->
        [0] no take-home doses
        [one] 1 take-home dose
       *[other] { $take_home } take-home doses
    }
# A rung of the ladder: "5 supervised intakes a week, up to 2 take-home doses".
level =
    { $supervised ->
        [7] daily supervised intake
        [one] 1 supervised intake a week
       *[other] { $supervised } supervised intakes a week
    }, { $take_home ->
        [0] no take-home doses
        [one] 1 take-home dose
       *[other] up to { $take_home } take-home doses
    }
# A rung with its words: "…, up to 2 take-home doses (supervised on weekdays, the weekend at home)".
level-with-words = { $regime } ({ $words })
# The words of the embedded rungs (config/default.toml `pickup.level.words`).
level-words-daily-supervised = every dose under supervision
level-words-sunday-home = the Sunday dose handed out on Saturday
level-words-weekend-home = supervised on weekdays, the weekend at home
level-words-supervised-3-per-week = supervised 3 days a week, e.g. Monday, Wednesday, Friday
level-words-supervised-2-per-week = supervised 2 days a week
level-words-supervised-1-per-week = weekly pickup

## The table's labels of what holds a patient back, by step.

step-acute = why (acute)
step-cap = capped
step-down = one rung down
step-hold = holding
step-next = the next rung needs

## Drug-mastery classes in words (the JSON keeps `some-use`).

mastery-class-good = good
mastery-class-some-use = some use
mastery-class-dependence-like = dependence-like
mastery-class-unknown = unknown

## What a criterion needs (`holding_back[].needs`).

# The JSON's form: "< 3 days", ">= 90 days".
need-json-at-least = >= { $days } days
need-json-fewer-than = < { $days } days
# In words: "at least 90 days", "fewer than 3 days".
need-at-least = at least { $days } days
need-fewer-than = fewer than { $days } days
need-after-day = after day { $days }
need-after-switch-day = after day { $days } of the switch
need-valid-screen-within =
    a valid screen in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
need-screen-or-assessment-within =
    a valid screen or a clinician assessment in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
need-no-event-within =
    none in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
need-no-note-within =
    no note in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# "back at 80 mg"
need-back-at = back at { $mg } mg
# "5 supervised intakes a week, … at most for methadone (clinic setting)"
need-level-at-most = { $level } at most for { $med } (clinic setting)
need-tolerance-intact = tolerance intact
need-no-repeated-use = no repeated opioid or sedative use
need-no-critical-combination = no unacknowledged critical INT004
need-locked-storage = locked storage (children in the home)
need-no-reduced-restart = no reduced restart
need-no-critical-safety-finding = no unacknowledged critical BZD or INT finding
need-pregnancy-team = a decision with the pregnancy team
need-no-taper = no taper going on
need-regular-intake = regular intake
need-combination-reviewed = the combination reviewed

## What holds a patient back, as one phrase (`holding_back[].words`).

# "induction day 3 (daily supervised intake through day 14)"
block-early-treatment = { $has } (daily supervised intake through day { $day })
# "… (needs …)"
block-needs = { $has } (needs { $needs })
# "60 days in LAR (needs at least 90 days)"
block-days-in-lar = { $has } in LAR (needs { $needs })
block-stable-days = { $has } since the last concern screen (needs { $needs })
# "drug mastery some use (needs good)"
block-mastery = drug mastery { $class } (needs { $needs })
block-missed-run = { $has } missed (needs { $needs })
block-safe-storage = children at home and no locked storage for take-home doses
block-critical-safety-finding = unacknowledged critical finding { $has }
# "no valid screen in the last 10 days (last valid screen 2026-11-01)"
block-recent-screen =
    no valid screen in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $has })

## Why a screen counts as it does ("sample missed, dilute").

mst-sample-missed = sample missed
mst-sample-refused = sample refused
mst-sample-adulterated = sample adulterated
mst-dilute = dilute
mst-agonist-absent = LAR medication absent
# "possible spiking (methadone without its metabolite)"
mst-spiking = possible spiking ({ $substance } without its metabolite)

## MST001.

# "clinician assessment "good" (2026-11-01) is better than the 3 screens of the last 28 days show ("some use": 1 concern, 0 some use)"
mst001-message =
    clinician assessment "{ $assessment }" ({ $assessed }) is better than the { $screens ->
        [one] 1 screen
       *[other] { $screens } screens
    } of the last { $days ->
        [one] 1 day
       *[other] { $days } days
    } show ("{ $screen_class }": { $concern } concern, { $some_use } some use)
mst001-suggestion = the worse of the two is used; talk the screens through with the patient and the team

## The criteria of the proposal: what the case has.

pic-event-prison-release = release from prison
pic-event-detox-discharge = discharge from detox
pic-event-hospital-discharge = discharge from hospital
pic-event-overdose = overdose
pic-event-treatment-interruption = treatment interruption
# "induction day 3"
pic-has-phase-day = { $phase } day { $day }
# "induction phase"
pic-has-phase = { $phase } phase
# "4 days"
pic-days =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    }
pic-has-no-safe-storage = no safe storage
pic-storage-not-documented = children at home and safe storage for take-home doses is not documented
# "6 days missed: a new induction (the restart and the re-titration are supervised)"
pic-missed-reinduce =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed: a new induction (the restart and the re-titration are supervised)
pic-missed-see-prescriber =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed: a reduced restart after the prescriber's review (the restart and the re-titration are supervised)
# "repeated use on top of the LAR medication (fentanyl on 2026-11-10; 3 concern screens in 28 days)"
pic-repeated-use =
    repeated use on top of the LAR medication ({ $substances } on { $date }; { $concern ->
        [one] 1 concern screen
       *[other] { $concern } concern screens
    } in { $days ->
        [one] 1 day
       *[other] { $days } days
    })
pic-critical-combination = dangerous combination of CNS depressants now (INT004): { $message }
pic-tolerance-overdose = overdose on { $date }: tolerance may be low
# "release from prison on 2026-11-10 with 5 days without the medication around it: tolerance may be low"
pic-tolerance-event =
    { $event } on { $date } with { $days ->
        [one] 1 day
       *[other] { $days } days
    } without the medication around it: tolerance may be low
# "switch from methadone to levomethadone, day 5 of 14"
pic-mf-switch-day = switch from { $from } to { $to }, day { $day } of { $early }
pic-mf-switch = switch from { $from } to { $to }, in its first { $early } days
pic-reduced-restart =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed: the dose is reduced today; every dose supervised while it is built back up
# "re-titration after the restart on 2026-11-10: 40 mg now, 80 mg before the missed days"
pic-retitration = re-titration after the restart on { $date }: { $now } mg now, { $old } mg before the missed days
pic-pregnancy = pregnant, week { $week }: changes are decided with the pregnancy team
pic-taper = tapering: falling tolerance, a time to keep contact
pic-missed-before-today =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } missed before today
pic-frequent-missed =
    frequent missed doses in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# "overdose on 2026-11-10"
pic-event-on = { $event } on { $date }
# "cannabis on 2026-11-10: no relax at this review"
pic-note-screen = { $why } on { $date }: no relax at this review
pic-known-combination = a known, prescribed combination of CNS depressants (INT004): reviewed, not rewarded
pic-no-valid-screen = no valid screen on record
pic-last-valid-screen = last valid screen { $date }
# "200 days in LAR and no concern screen (needs at least 28 days without one)"
pic-stable-no-concern =
    { $in_lar } and no concern screen (needs at least { $days ->
        [one] 1 day
       *[other] { $days } days
    } without one)
pic-stable-no-screens =
    { $in_lar } and no screens on record (needs at least { $days ->
        [one] 1 day
       *[other] { $days } days
    } without a concern screen)
pic-no-start-needs = no start of LAR on record (needs { $needs } in LAR)

## The proposal's notes.

pic-note-work = the patient works or studies: fit the pickup days to working hours (NO-GL-2010 §9.2)
pic-note-depot = depot buprenorphine: the proposal is the injection schedule; no take-home doses
pic-note-ended = treatment has ended: no pickup proposal

## PIC001-PIC004.

# "the pickup regime is looser than supported: …. Now 5 supervised intakes a week, 2 take-home doses; supported: daily supervised intake, no take-home doses"
pic001-message = the pickup regime is looser than supported: { $why }. Now { $now }; supported: { $supported }
pic001-suggestion-critical = no take-home doses from today: every dose under supervision until the prescriber has reviewed
pic001-suggestion = at the next consultation: change to { $level }
# The counter's line for a critical PIC001.
pic001-counter-daily = daily supervised intake from today, no take-home doses
pic001-counter-daily-why = daily supervised intake from today, no take-home doses: { $why }
pic002-message = pickup can be relaxed: from { $now } to { $level }
pic002-suggestion = consider { $level }
# "14 take-home doses at one pickup; the maximum is 6 (one week)"
pic003-message =
    { $take_home ->
        [one] 1 take-home dose
       *[other] { $take_home } take-home doses
    } at one pickup; the maximum is { $max } (one week)
pic003-suggestion =
    hand out at most { $max ->
        [one] 1 dose
       *[other] { $max } doses
    } at a time
pic004-message =
    depot buprenorphine with { $take_home ->
        [one] 1 take-home dose
       *[other] { $take_home } take-home doses
    } recorded: depot is given by health personnel only
pic004-suggestion = never hand depot buprenorphine to the patient; correct the regime or the record
