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
fhir-reason-not-mapped = no mapping for this resource type yet
fhir-reason-not-lar = not a LAR medication, or its code is not an ATC code
# "dose unit `ml`, not mg"
fhir-reason-unit = dose unit `{ $unit }`, not mg
fhir-reason-no-dose = no dose in mg or no whole number of supply days
fhir-reason-no-date = no date
# "status `not-done`, not completed"
fhir-reason-status = status `{ $status }`, not completed
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
# --format json before the JSON summary exists.
fhir-err-no-json-yet = import fhir has no --format json summary yet: it writes case files, and its notes to standard error
