# English texts: larcheck import fhir (issue 21).

## The comment at the top of an imported case.

# "Imported from FHIR by larcheck import fhir: export.json"
fhir-case-header = Imported from FHIR by larcheck import fhir: { $source }
# Written where [treatment] would be when no LAR dose was imported.
fhir-no-treatment = No dose of a LAR medication was imported: add [treatment] medication before checking this case.

## Notes: one per resource not imported or imported with an assumption
## (a comment in the case and a line on standard error).

# "Not imported: Observation/uds-1 (no mapping for this resource type yet)"
fhir-note-not-imported = Not imported: { $resource } ({ $reason })
# "Assumed: MedicationDispense/d1 (handed over on a day with a supervised dose: the supply counted from the next day)"
fhir-note-assumed = Assumed: { $resource } ({ $reason })
# One assumption made for several resources of a patient (the case file
# lists every one of them below it).
# "Assumed for 50 resources, MedicationDispense/d1 to MedicationDispense/d358 (handed over ...)"
fhir-note-assumed-many = Assumed for { $count } resources, { $first } to { $last } ({ $reason })
fhir-reason-not-mapped = no mapping for this resource type yet
# "dose unit `ml`, not mg"
fhir-reason-unit = dose unit `{ $unit }`, not mg
fhir-reason-no-dose = no dose in mg or no whole number of supply days
fhir-reason-no-date = no date
# "status `not-done`, not completed"
fhir-reason-status = status `{ $status }`, not completed
fhir-reason-no-status = no status: not known to be completed
fhir-reason-no-patient = its subject is no Patient of the input
# "not readable as this resource type: invalid type: ..."
fhir-reason-unreadable = not readable as this resource type: { $message }
fhir-reason-supply-after-supervised = handed over on a day with a supervised dose: the supply counted from the next day

## Standard error.

# "patient p2: no dose of a LAR medication imported; the case has no [treatment]"
fhir-patient-no-treatment = patient { $id }: no dose of a LAR medication imported; the case has no [treatment]
# "12 resources read; 1 patient, 3 dose ranges; 2 notes"
fhir-summary = { $resources ->
    [one] 1 resource read
   *[other] { $resources } resources read
}; { $patients ->
    [one] 1 patient
   *[other] { $patients } patients
}, { $doses ->
    [one] 1 dose range
   *[other] { $doses } dose ranges
}; { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}

# "The first imported dose (2026-11-09) reads as the start of treatment (induction): give --started-lar DATE if the patient was in LAR before it."
fhir-first-dose-is-start = The first imported dose ({ $date }) reads as the start of treatment (induction): give --started-lar DATE if the patient was in LAR before it.
# "patient lar-0042: <a note>"
fhir-patient-note = patient { $id }: { $note }

## Errors.

# "line 3, column 1"
fhir-position = line { $line }, column { $column }
# "not JSON: EOF while parsing an object at line 3 column 0"
fhir-err-not-json = not JSON: { $message }
fhir-err-not-fhir = not FHIR: a JSON object with a resourceType is expected
# "both record the dose of 2026-11-12"
fhir-err-conflict = both record the dose of { $date }
# "no Patient resource in `export.json`"
fhir-err-no-patient = no Patient resource in `{ $path }`
# "3 patients in the input: give --out DIR for one case file each"
fhir-err-several-patients = { $n } patients in the input: give --out DIR for one case file each

## Step 2 onwards: prescriptions, screens, ECGs, events, treatment dates.

# "the catalogue knows none of: http://snomed.info/sct 123, Foo"
fhir-reason-unknown-drug = the drug catalogue resolves none of its codes or names ({ $tried }); no terminology server is asked
# "a reference to `Medication/m9` that points to no resource of the input"
fhir-reason-dangling = its reference `{ $target }` points to no resource of the input
fhir-reason-specimen-dangling = its specimen `{ $target }` points to no resource of the input: the sample type read from the test's name
fhir-reason-no-medication = no medication (neither medicationCodeableConcept nor medicationReference)
fhir-reason-not-lar-dose = a dose of a drug that is not a LAR medication (prescriptions are read from MedicationRequest and MedicationStatement)
fhir-reason-lar-statement = a statement of the LAR medication says what the patient takes, not which days a dose was taken: no doses written
fhir-reason-lar-request = a LAR prescription or treatment episode that gave no date used in the case
fhir-reason-depot = depot buprenorphine given: [[injections]] are not imported; write them by hand
fhir-reason-plan = doses on or after as_of written as [[plan]]
fhir-reason-after-as-of = dated after as_of: set aside
# "started_lar = 2024-05-02 read from it"
fhir-reason-started-lar = started_lar = { $date } read from it
fhir-reason-medication-since = medication_since = { $date } read from it
fhir-reason-start-after-first-dose = its start ({ $date }) is after the first imported dose: not written as started_lar
fhir-reason-dose-not-derived = no daily dose could be computed from dosageInstruction (dose × frequency per period, or a patch strength): written without one
fhir-reason-from-authored = no validity period: from = the day it was written
fhir-reason-no-end = stopped or completed without an end date: not written
fhir-reason-not-read-observation = neither a drug test, a QTc nor a gestational age
fhir-reason-unknown-substance = a drug test of a substance outside the screen vocabulary
fhir-reason-no-result = no result larcheck can read (detected or not detected)
fhir-reason-assumed-urine = the specimen type is not given: read as urine
fhir-reason-pregnant-no-week = a pregnancy without a gestational week: write pregnancy_week by hand
# "pregnancy_week = 24 counted on to as_of"
fhir-reason-week-counted-on = pregnancy_week = { $week } counted on to as_of
fhir-reason-pregnancy-over = the gestational age counts to week { $week } on as_of: the pregnancy is over or the date is wrong; no pregnancy_week written
fhir-reason-not-admission = not an ended inpatient stay: no event
fhir-reason-not-event = neither a pregnancy nor an opioid overdose
fhir-reason-pickup-derived = [pickup] read from the dispensing of the last 4 weeks (the same supervised days and take-home supply every week)
fhir-reason-pickup-not-derived = no [pickup]: the dispensing of the last 4 weeks is not fully recorded or not the same every week
fhir-reason-id-fallback = no identifier of the --id-from system: the resource id is the patient id
fhir-reason-skipped = no dose of a LAR medication: no case written (--all-patients writes one)
# "a pregnancy of a patient recorded as male"
fhir-err-conflict-pregnancy-male = a pregnancy of a patient recorded as male
fhir-err-conflict-pregnancy-weeks = two gestational ages more than a week apart
# "one sample: methadone both found and not found on 2026-11-12"
fhir-err-conflict-screen = one sample: { $substance } both found and not found on { $date }
# --id-from with a national identity number system.
fhir-err-national-id = --id-from { $system } is a national identity number: give --allow-national-id to write it into the case files
# "no patient with a dose of a LAR medication in `export.json` (2 skipped)"
fhir-err-no-lar-patient = no patient with a dose of a LAR medication in `{ $path }` ({ $skipped } skipped; --all-patients writes them)
