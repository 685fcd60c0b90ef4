# English texts: data.

## Shared

# "lines 12, 20 and 28"
dat-lines = lines { $lines } and { $last }
# "lines 12, 20, 28, 36, 44 and 9995 more"
dat-lines-more = lines { $lines } and { $more } more

## DAT001

# "line 12"
dat001-line = line { $line }
# "; nearest names in the catalogue: Fentanyl, Fenazon"
dat001-nearest = ; nearest names in the catalogue: { $names }
# "prescription "Fantasiol" (line 12) is not in the drug catalogue: its interactions could not be checked; nearest names …"
dat001-message = prescription "{ $drug }" ({ $lines }) is not in the drug catalogue: its interactions could not be checked{ $hint }
dat001-suggestion = write the generic name, the Norwegian brand or the ATC code, or add the drug to a --drugs catalogue file; until then check its interactions by hand

## DAT002

# "3 days with no dose and no missed record (2026-11-11 to 2026-11-13); treated as missed"
dat002-message =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    } with no dose and no missed record ({ $runs }); treated as missed
dat002-suggestion = complete the dose record: add [[doses]] or [[missed]] for these days

## DAT003

dat003-assessed = drug mastery rests on the clinician assessment
dat003-unknown = drug mastery is unknown
# "the 2 samples in the window were missed, refused, dilute or adulterated"
dat003-samples =
    { $count ->
        [one] the 1 sample in the window was
       *[other] the { $count } samples in the window were
    } missed, refused, dilute or adulterated
# "last valid screen 2026-10-01"
dat003-last = last valid screen { $date }
dat003-none = no valid screen on record
# "no valid screen in the last 28 days (last valid screen 2026-10-01); drug mastery is unknown"
dat003-message =
    no valid screen in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $last }); { $basis }
dat003-suggestion = take a screen if the pickup regime is to be relaxed

## DAT004

# "Durogesic (fentanyl) 25 mg a day is above the plausible maximum of 10 mg a day (line 12): was µg/h entered as mg? A 25 µg/h patch is 0.6 mg a day"
dat004-message-ug = { $name } { $mg } mg a day is above the plausible maximum of { $max } mg a day (line { $line }): was µg/h entered as mg? A { $mg } µg/h patch is { $patch_mg } mg a day
# `value` is the TOML value (a decimal point in every language).
dat004-suggestion-ug = check the patch strength; for a { $ug } µg/h patch write `patch_ug_per_hour = { $value }` instead of `daily_mg` (the morphine equivalents are computed from the dose as given until then)
# "25 µg/h patch (0.6 mg a day)"
dat004-patch = { $ug } µg/h patch ({ $mg } mg a day)
# "400 mg a day"
dat004-daily = { $mg } mg a day
# "OxyNorm (oxycodone) 4000 mg a day is above the plausible maximum of 400 mg a day (line 12): check the unit and the dose"
dat004-message = { $name } { $dose } is above the plausible maximum of { $max } mg a day (line { $line }): check the unit and the dose
dat004-suggestion = check the prescription against the prescriber's list; correct the unit or the dose in the case file (the interaction rules use the dose as given)

## DAT005

# "acknowledgement of BZD001 for Vival"
dat005-what-drug = acknowledgement of { $code } for { $drug }
dat005-what = acknowledgement of { $code }
# "acknowledgement of BZD001 for Vival (until 2026-12-31) matches nothing: no BZD001 finding is reported for it"
dat005-message = { $what } (until { $until }) matches nothing: no { $code } finding is reported for it
# "acknowledgement of BZD001 for Vival matches nothing; Stesolid (diazepam) is new"
dat005-message-new =
    { $what } matches nothing; { $drugs } { $count ->
        [one] is
       *[other] are
    } new
dat005-suggestion = remove the acknowledgement, or correct its code or drug name
dat005-suggestion-new = review the new drug as a new decision; acknowledge it by name only if the team approves it, and remove the old entry

## DAT006

# "; the last dose record is 2026-09-30"
dat006-last = ; the last dose record is { $date }
dat006-none = ; the case has no dose record at all
# "no dose record of methadone in the last 60 days; the case has no dose record at all: …"
dat006-message =
    no dose record of { $medication } in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }{ $before }: missed doses, the restart dose and the dose rules cannot be checked
dat006-suggestion = add the dose history ([[doses]] and [[missed]]) from the dispensing record, or the planned dose for today in [[plan]], and check again

## DAT007

# "methadone and levomethadone dosed together on 28 of the last 28 days (2026-10-23 to 2026-11-19): …; a double full-agonist supply or a record error"
dat007-message =
    { $medications } dosed together on { $overlap } of the last { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $runs }): a switch or micro-induction overlap lasts days, not weeks; { $agonists ->
        [full] a double full-agonist supply or a record error
       *[any] a double supply or a record error
    }
dat007-suggestion-critical = before the next dose: find out which medication the patient really takes and stop the other supply; correct the dose record
dat007-suggestion = find out which medication the patient takes; end the other supply or correct the dose record

## DAT008

# "methadone 0.08 mg a day (line 14, 2026-11-01 to 2026-11-19) is below the plausible minimum of 1 mg"
dat008-low = { $medication } { $mg } mg a day (line { $line }, { $when }) is below the plausible minimum of { $min } mg
# "methadone every 2 days (line 14, …): full agonists are dosed daily"
dat008-sparse = { $medication } every { $every } days (line { $line }, { $when }): full agonists are dosed daily
dat008-message = { $problems }: check the unit or the record
dat008-suggestion = check the dose and its unit against the prescription and the dispensing record, and correct the case file; the rules judged the doses as given
