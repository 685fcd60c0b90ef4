# Norske tekster: larcheck import fhir (issue 21).

fhir-case-header = Importert fra FHIR med larcheck import fhir: { $source }
fhir-no-treatment = Ingen dose av et LAR-legemiddel ble importert: legg inn [treatment] medication før saken sjekkes.

fhir-note-not-imported = Ikke importert: { $resource } ({ $reason })
fhir-note-assumed = Antatt: { $resource } ({ $reason })
fhir-note-assumed-many = Antatt for { $count } ressurser, { $first } til { $last } ({ $reason })
fhir-reason-not-mapped = denne ressurstypen importeres ikke ennå
fhir-reason-unit = doseenhet `{ $unit }`, ikke mg
fhir-reason-no-dose = ingen dose i mg eller ikke et helt antall dager
fhir-reason-no-date = ingen dato
fhir-reason-status = status `{ $status }`, ikke fullført
fhir-reason-no-status = ingen status: ikke kjent som fullført
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

fhir-reason-unknown-drug = legemiddelkatalogen kjenner ingen av kodene eller navnene ({ $tried }); ingen terminologitjener spørres
fhir-reason-dangling = referansen `{ $target }` peker ikke til noen ressurs i filene
fhir-reason-specimen-dangling = prøven `{ $target }` peker ikke til noen ressurs i filene: prøvematerialet lest fra analysens navn
fhir-reason-no-medication = ikke noe legemiddel (verken medicationCodeableConcept eller medicationReference)
fhir-reason-not-lar-dose = en dose av et legemiddel som ikke er et LAR-legemiddel (forskrivninger leses fra MedicationRequest og MedicationStatement)
fhir-reason-lar-statement = en legemiddelopplysning om LAR-legemiddelet sier hva pasienten bruker, ikke hvilke dager en dose ble tatt: ingen doser skrevet
fhir-reason-lar-request = en LAR-forskrivning eller behandlingsepisode som ikke ga noen dato saken bruker
fhir-reason-depot = depotbuprenorfin gitt: [[injections]] importeres ikke; skriv dem inn for hånd
fhir-reason-plan = doser på eller etter as_of skrevet som [[plan]]
fhir-reason-after-as-of = datert etter as_of: lagt til side
fhir-reason-started-lar = started_lar = { $date } lest herfra
fhir-reason-medication-since = medication_since = { $date } lest herfra
fhir-reason-start-after-first-dose = starten ({ $date }) er etter den første importerte dosen: ikke skrevet som started_lar
fhir-reason-dose-not-derived = ingen døgndose kunne regnes ut av dosageInstruction (dose × hyppighet per periode, eller plasterstyrke): skrevet uten
fhir-reason-from-authored = ingen gyldighetsperiode: from = dagen den ble skrevet
fhir-reason-no-end = seponert eller avsluttet uten sluttdato: ikke skrevet
fhir-reason-not-read-observation = verken en rusmiddeltest, en QTc eller en svangerskapslengde
fhir-reason-unknown-substance = en rusmiddeltest av et stoff utenfor stofflisten for prøver
fhir-reason-no-result = ikke noe resultat larcheck kan lese (påvist eller ikke påvist)
fhir-reason-assumed-urine = prøvematerialet er ikke oppgitt: lest som urin
fhir-reason-pregnant-no-week = et svangerskap uten svangerskapsuke: skriv pregnancy_week for hånd
fhir-reason-week-counted-on = pregnancy_week = { $week } regnet fram til as_of
fhir-reason-pregnancy-over = svangerskapslengden blir uke { $week } på as_of: svangerskapet er over eller datoen er feil; ingen pregnancy_week skrevet
fhir-reason-not-admission = ikke et avsluttet innleggelsesopphold: ingen hendelse
fhir-reason-not-event = verken et svangerskap eller en opioidoverdose
fhir-reason-pickup-derived = [pickup] lest av utleveringene de siste 4 ukene (samme antall dager under påsyn og samme antall doser til hjemmebruk hver uke)
fhir-reason-pickup-not-derived = ingen [pickup]: utleveringene de siste 4 ukene er ikke fullstendig registrert eller ikke like hver uke
fhir-reason-id-fallback = ingen identifikator fra --id-from-systemet: ressursens id er pasient-id
fhir-reason-skipped = ingen dose av et LAR-legemiddel: ingen sak skrevet (--all-patients skriver en)
fhir-err-conflict-pregnancy-male = et svangerskap hos en pasient registrert som mann
fhir-err-conflict-pregnancy-weeks = to svangerskapslengder mer enn en uke fra hverandre
fhir-err-conflict-screen = én prøve: { $substance } både påvist og ikke påvist { $date }
fhir-err-national-id = --id-from { $system } er et nasjonalt identitetsnummer: gi --allow-national-id for å skrive det inn i sakene
fhir-err-no-lar-patient = ingen pasient med en dose av et LAR-legemiddel i `{ $path }` ({ $skipped } hoppet over; --all-patients skriver dem)
