# Norske tekster: larcheck import fhir (issue 21).

fhir-case-header = Importert fra FHIR med larcheck import fhir: { $source }
fhir-no-treatment = Ingen dose av et LAR-legemiddel ble importert: legg inn [treatment] medication før saken sjekkes.

fhir-note-not-imported = Ikke importert: { $resource } ({ $reason })
fhir-note-assumed = Antatt: { $resource } ({ $reason })
fhir-reason-not-mapped = denne ressurstypen importeres ikke ennå
fhir-reason-not-lar = ikke et LAR-legemiddel, eller koden er ikke en ATC-kode
fhir-reason-unit = doseenhet `{ $unit }`, ikke mg
fhir-reason-no-dose = ingen dose i mg eller ikke et helt antall dager
fhir-reason-no-date = ingen dato
fhir-reason-status = status `{ $status }`, ikke fullført
fhir-reason-no-patient = gjelder ingen pasient (Patient) i filene
fhir-reason-unreadable = kan ikke leses som denne ressurstypen: { $message }
fhir-reason-supply-after-supervised = utlevert på en dag med inntak under påsyn: dosene til hjemmebruk regnet fra dagen etter

fhir-patient-no-treatment = pasient { $id }: ingen dose av et LAR-legemiddel importert; saken har ingen [treatment]
fhir-summary = { $resources ->
    [one] 1 ressurs lest
   *[other] { $resources } ressurser lest
}; { $patients ->
    [one] 1 pasient
   *[other] { $patients } pasienter
}, { $doses ->
    [one] 1 doseperiode
   *[other] { $doses } doseperioder
}; { $notes ->
    [one] 1 merknad
   *[other] { $notes } merknader
}

fhir-first-dose-is-start = Den første importerte dosen ({ $date }) leses som starten på behandlingen (opptrapping): bruk --started-lar DATO hvis pasienten var i LAR før den.
fhir-patient-note = pasient { $id }: { $note }

fhir-position = linje { $line }, kolonne { $column }
fhir-err-not-json = ikke JSON: { $message }
fhir-err-not-fhir = ikke FHIR: et JSON-objekt med resourceType ventes
fhir-err-conflict = begge registrerer dosen { $date }
fhir-err-no-patient = ingen pasient (Patient) i `{ $path }`
fhir-err-several-patients = { $n } pasienter i filene: bruk --out MAPPE for én saksfil per pasient
fhir-err-no-json-yet = import fhir har ennå ingen --format json-oppsummering: den skriver saksfiler, og merknadene til standard error
