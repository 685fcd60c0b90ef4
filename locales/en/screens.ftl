# English texts: screens.

## Words the screen findings share.

# "on 2026-11-02"
scr-on = on { $date }
# "in 3 screens: 2026-11-02, 11-09, 11-16"
scr-in-screens = in { $count } screens: { $dates }
# Joins substances: "buprenorphine or norbuprenorphine".
scr-or = or
scr-heroin = heroin (6-mam)
scr-opiates = opiates (class result)
scr-group-benzo = benzodiazepines or z-hypnotics
scr-group-gabapentinoid = gabapentinoids
scr-group-sedative = sedatives
# A screen and what was wrong with it: "2026-11-02 refused".
scr-dated = { $date } { $what }
scr-status-missed = missed
scr-status-refused = refused
scr-spiked-methadone = methadone without EDDP
scr-spiked-buprenorphine = buprenorphine without norbuprenorphine

## SCR001

# "heroin (6-mam) found in 3 screens: 2026-11-02, 11-09, 11-16, which nothing prescribed explains"
scr001-message = { $opioid } found { $screens }, which nothing prescribed explains
scr001-suggestion = talk with the patient about use; check that the dose is in the effective range, review the pickup regime, and give take-home naloxone
# "buprenorphine found on 2026-11-20, but no dose of buprenorphine is recorded in the 7 days before: taken from another source?"
scr001-message-own =
    { $substance } found { $screens }, but no dose of { $medication } is recorded in the { $days ->
        [one] 1 day
       *[other] { $days } days
    } before: taken from another source?
# "check the dose record (…); if none was given, talk with the patient about buprenorphine from another source"
scr001-suggestion-own = check the dose record (a dose given but not recorded?); if none was given, talk with the patient about { $substance } from another source

## SCR002

# "no buprenorphine found on 2026-11-20 although it was dosed in the 7 days before and tested for: possible non-adherence or diversion"
scr002-message-absent =
    no { $medications } found { $screens } although it was dosed in the { $days ->
        [one] 1 day
       *[other] { $days } days
    } before and tested for: possible non-adherence or diversion
# "methadone without EDDP in urine on 2026-11-20: possible spiking (…)"
scr002-message-spiked = { $parents } in urine { $screens }: possible spiking (the drug added to the sample, not taken)
scr002-suggestion = repeat the test with observed collection; review supervised intake and take-home doses

## SCR003

# "benzodiazepines or z-hypnotics (clonazepam) found on 2026-11-20, which no prescription explains"
scr003-message = { $group } ({ $substances }) found { $screens }, which no prescription explains
scr003-suggestion = sedatives with opioids cause most overdose deaths: talk with the patient, supervise intake, and give naloxone; do not stop or reduce the LAR medication because of this

## SCR004

# "amphetamine found on 2026-11-20, which no prescription explains"
scr004-message = { $substance } found { $screens }, which no prescription explains
scr004-suggestion = talk with the patient about stimulant use

## SCR005

# "alcohol (EtG/EtS) found on 2026-11-20"
scr005-message = alcohol (EtG/EtS) found { $screens }
scr005-suggestion = alcohol adds respiratory depression: talk with the patient; consider not dosing while intoxicated

## SCR006

# "screen 2026-11-20 refused: no sample was given"
scr006-message-one = screen { $part }: no sample was given
# "2 samples not given: 2026-11-13 missed, 2026-11-20 refused"
scr006-message = { $count } samples not given: { $parts }
scr006-suggestion = talk with the patient; ask for a new sample (observed collection)

## SCR007

scr007-adulterated = adulterated
scr007-dilute = dilute
# "dilute (creatinine 1.4 mmol/L, below 2 mmol/L)"
scr007-dilute-creatinine = dilute (creatinine { $creatinine } mmol/L, below { $cutoff } mmol/L)
# "screen 2026-11-20 dilute: its negatives prove nothing"
scr007-message-one = screen { $part }: its negatives prove nothing
# "2 invalid samples: 2026-11-13 dilute, 2026-11-20 adulterated: their negatives prove nothing"
scr007-message = { $count } invalid samples: { $parts }: their negatives prove nothing
scr007-suggestion = repeat the sample with observed collection, early in the day

## SCR008

# "Vival is prescribed, but benzodiazepines were not found on 2026-11-20"
scr008-message =
    { $drug } is prescribed, but { $substances } { $number ->
        [plural] were
       *[singular] was
    } not found { $screens }
scr008-suggestion = ask whether the patient takes the drug; it may be passed on to others
