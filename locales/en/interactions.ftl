# English texts: interactions.

## Shared: a co-prescription graded by how long it has stood (INT003, INT008).

# "sedating drug co-prescribed with methadone: Nozinan 25 mg/day (levomepromazine) (started 2026-11-10, 10 days ago)"
int-graded-message = { $what } with { $medication }: { $prescription } ({ $standing })

## INT001

# "gabapentinoid co-prescribed with methadone: Lyrica 300 mg/day (pregabalin)"
int001-message = gabapentinoid co-prescribed with { $medication }: { $prescription }
int001-suggestion = gabapentinoids with opioids can cause fatal respiratory depression: use the lowest dose, check for misuse, and give take-home naloxone

## INT002

# "OxyNorm: no daily dose recorded"
int002-no-dose = { $drug }: no daily dose recorded
int002-no-factor = { $drug }: no conversion factor
# "30 mg oral morphine equivalents a day"
int002-mme = { $mg } mg oral morphine equivalents a day
int002-mme-none = oral morphine equivalents could not be computed (incomplete: { $missing })
int002-mme-at-least = at least { $mg } mg oral morphine equivalents a day (incomplete: { $missing })
# "opioid co-prescribed with methadone: OxyNorm 20 mg/day (oxycodone); 30 mg oral morphine equivalents a day, not counting the LAR medication"
int002-message = opioid co-prescribed with { $medication }: { $drugs }; { $mme }, not counting the LAR medication
int002-suggestion = additive respiratory depression: keep the course short, supervise the LAR dose, and give take-home naloxone

## INT003

int003-what = sedating drug co-prescribed
int003-suggestion = additive sedation: review the need, use the lowest dose, warn the patient, and give take-home naloxone
int003-suggestion-long = a long-standing prescription: review the need at the next planned consultation and make sure naloxone is at home

## INT004

# A class with what shows it: "gabapentinoid (prescription Lyrica)"; the class as the code spells it.
int004-class =
    { $class ->
        [benzodiazepine-or-z-hypnotic] benzodiazepine or z-hypnotic
        [other-opioid] other opioid
       *[other] { $class }
    } ({ $items })
int-prescription = prescription { $drug }
# "screen 2026-11-13: 6-mam, morphine"
int-screen = screen { $date }: { $substances }
# "Sobril started 2026-11-10"
int004-started = { $drug } started { $date }
int004-newly-prescribed = newly prescribed: { $drugs }
int004-from-screen = found in a screen without a prescription
int004-known = a known combination (long-standing or TSB-approved prescriptions): review, taper plan, naloxone
# "methadone plus 2 CNS-depressant classes: gabapentinoid (prescription Lyrica); other opioid (prescription OxyNorm); newly prescribed: Lyrica started 2026-11-10"
int004-message =
    { $medication } plus { $count ->
        [one] 1 CNS-depressant class
       *[other] { $count } CNS-depressant classes
    }: { $classes }; { $grade }
int004-suggestion-known = a known, monitored combination: review every sedating drug at the next consultation, keep a taper plan, and make sure naloxone is at home; do not stop or reduce the LAR medication because of this
int004-suggestion = the highest overdose risk: review every sedating drug with the patient, supervise intake, test, and make sure naloxone is at home; do not stop or reduce the LAR medication because of this

## INT005

int005-message = opioid antagonist co-prescribed with { $medication }: { $prescription }
int005-suggestion = contraindicated: it precipitates withdrawal within minutes, and overriding the block with opioids can kill; stop the antagonist, not the agonist

## INT006

int006-message = partial agonist co-prescribed with { $medication }: { $prescription }
int006-suggestion = a partial agonist precipitates withdrawal in a full-agonist patient: choose another analgesic

## INT007

# "enzyme inducer stopped 2026-11-15 (5 days ago): Tegretol 400 mg/day (carbamazepine)"
int007-message-stopped = enzyme inducer stopped { $date } ({ $ago }): { $prescription }
int007-suggestion-stopped = levels of the LAR medication rise over the next days: watch for sedation and reduce the dose if it was raised for the inducer
# "enzyme inducer co-prescribed with methadone: Tegretol 400 mg/day (carbamazepine) (long-standing, since 2025-01-01)"
int007-message = enzyme inducer co-prescribed with { $medication }: { $prescription } ({ $standing })
int007-suggestion-long = a long-standing prescription: the dose was found on it; when the inducer stops, levels rise fast: plan the dose before it stops
int007-suggestion = levels of the LAR medication may fall over 1-2 weeks (withdrawal): the dose may need to rise; when the inducer stops, levels rise fast: plan the dose for both

## INT008

# "strong CYP3A4"; the strength as the catalogue spells it.
int008-graded = { $strength } { $pathway }
# "strong CYP3A4 and moderate CYP2B6 inhibitor"
int008-inhibitor = { $graded } inhibitor
# "enzyme inhibitor (named in the methadone SmPC)"; family: methadone, buprenorphine, morphine.
int008-named-in-smpc = enzyme inhibitor (named in the { $family } SmPC)
int008-what = { $inhibitor } co-prescribed
int008-suggestion = levels of the LAR medication may rise over the next days: watch for sedation, consider a lower dose, and expect withdrawal when the inhibitor stops
int008-suggestion-long = a long-standing prescription: the dose was found on it; watch for withdrawal if the inhibitor stops and for sedation if its dose rises

## INT009

int009-message = MAO inhibitor co-prescribed with { $medication }: { $prescription }
int009-suggestion = contraindicated with methadone (serotonin toxicity); stop the MAO inhibitor at least two weeks before

## INT010

# "80 mg a day in the dose record"
int010-lar-dose = { $mg } mg a day in the dose record
int010-lar-depot = depot injections in the record
int010-lar-no-dose = no current dose in the dose record
# "60 mg a day"
int010-rx-dose = { $mg } mg a day
int010-rx-no-dose = no dose given
# "Metadon (methadone) on the prescription list (line 12, 60 mg a day) is the patient's own LAR medication methadone (80 mg a day in the dose record): a second supply outside the dose record?"
int010-message = { $drug } on the prescription list (line { $line }, { $dose }) is the patient's own LAR medication { $medication } ({ $lar_dose }): a second supply outside the dose record?
int010-suggestion = check for a second supply (another prescriber, a pharmacy dispensing outside LAR); the LAR medication belongs in the dose record, not in [[prescriptions]]
