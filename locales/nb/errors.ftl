# Norske tekster: feil. Problemer i en saksfil (posisjonen og nøkkelen står
# ved siden av setningen); nøkkelnavn, tabellnavn og verdier står som filen
# skriver dem.

## Saksfiler: hele filen.

err-empty-file = filen er tom: en sak trenger `schema = 1`, en `[patient]`-tabell og en `[treatment]`-tabell
err-schema = `schema` = { $schema } støttes ikke; denne larcheck leser schema 1
err-missing-top = påkrevd nøkkel `{ $key }` mangler på øverste nivå
err-missing-key-in = påkrevd nøkkel `{ $key }` mangler i { $table }
err-unreadable = saken kunne ikke leses
err-more-problems = og { $n ->
        [one] 1 problem til
       *[other] { $n } problemer til
    } i denne filen (bare de første { $listed } er listet)
err-unknown-table = ukjent tabell `{ $table }`{ $hint }
err-unknown-top-key = ukjent nøkkel `{ $key }` på øverste nivå{ $hint }
err-unknown-key-in = ukjent nøkkel `{ $key }` i { $table }{ $hint }
err-did-you-mean = ; mente du `{ $name }`?
err-write-instead = ; skriv `{ $name }`
err-or = eller
err-table-and-list = `[[{ $name }]]` står der `[{ $name }]` allerede står: en tabell og en liste kan ikke ha samme navn
err-table-twice = `[{ $name }]` står to ganger: gi hver nøkkel én gang, i én `[{ $name }]`-tabell
err-write-as-list = `[{ $name }]` må skrives `[[{ $name }]]`: det er en liste, én `[[{ $name }]]`-tabell per oppføring
err-write-as-table = `[[{ $name }]]` må skrives `[{ $name }]`: en sak har én `[{ $name }]`-tabell, ikke en liste
err-key-twice = `{ $key }` er oppgitt to ganger: oppgi den én gang
err-date-order = `{ $key }`: datoer skrives år-måned-dag uten anførselstegn, som { $date }
err-key-parser = `{ $key }`: { $what }

## TOML-leserens ord.

err-parser-expected-whole = forventet et heltall
err-parser-expected-number = forventet et tall
err-parser-as-whole = som et heltall
err-parser-expected-date = forventet en dato som 2026-11-20
err-parser-table-given = en tabell ble oppgitt
err-parser-expected-list = forventet en liste
err-parser-expected-text = forventet tekst i anførselstegn
err-parser-expected-bool = forventet true eller false
err-parser-invalid-type = feil type:
err-parser-invalid-value = ugyldig verdi:
err-parser-unknown-variant = ukjent verdi
err-parser-expected-one-of = forventet en av
err-parser-integer = heltall{ " " }
err-parser-float = desimaltall{ " " }
err-parser-boolean = sannhetsverdi{ " " }
err-parser-string = tekst{ " " }
err-parser-expected = forventet
err-parser-unexpected = uventet
err-parser-in-list = i en liste
err-parser-value = verdi
err-parser-missing-comma = komma mangler mellom elementene i listen
err-parser-must-be-quoted = tekst må stå i anførselstegn
err-parser-boolean-word = sannhetsverdi
err-parser-unexpected-key-or-value = uventet nøkkel eller verdi
err-parser-string-word = tekst
err-parser-extra = ekstra
err-parser-nothing = ingenting
err-parser-newline = linjeskift
err-parser-invalid-date = ugyldig dato
err-parser-invalid-time = ugyldig klokkeslett
err-parser-no-value = nøkkel uten verdi
err-parser-unclosed-table = tabellen er ikke lukket
err-parser-unclosed-list = listen er ikke lukket
err-parser-day-between = dag mellom
err-parser-month-between = måned mellom
err-parser-and = { " " }og{ " " }
err-parser-invalid = ugyldig{ " " }

## Saksfiler: én verdi.

err-not-a-date = `{ $key }` = { $value } er ikke en gyldig dato
err-date-like = `{ $key }` må være en dato som 2026-11-20, ikke `{ $value }`
err-to-before-from = `{ $key }.to` ({ $to }) er før `from` ({ $from })
err-not-a-date-time = `{ $key }` = { $value } er ikke en gyldig dato og tid
err-date-time-like = `{ $key }` må være en lokal dato og tid som 2026-11-20T08:30:00, ikke `{ $value }`
err-dose-above-zero = `{ $key }` må være en dose over 0 mg, ikke { $value }
err-dose-rounds-to-zero = `{ $key }` = { $value } blir 0 mg avrundet: en dose må være minst 0,001 mg
err-dose-implausible = `{ $key }` = { $value } mg er ikke en mulig dose
err-not-one-of = `{ $key }` = "{ $value }" er ikke en av { $names }{ $hint }
err-maps-to-no-lar = "{ $value }" i `{ $key }` svarer ikke til noe LAR-legemiddel
err-lar-medications = ; LAR-legemidlene er { $names }
err-nearest-lar = ; de nærmeste LAR-legemidlene er { $names }
err-not-lar = "{ $value }" i `{ $key }` er { $generic } ({ $atc }), ikke et LAR-legemiddel{ $hint }
err-unknown-lar = ukjent LAR-legemiddel "{ $value }" i `{ $key }`{ $hint }
err-unknown-substance = ukjent stoff i rusmiddeltest "{ $value }" i `{ $key }`{ $hint }
err-int-between = `{ $key }` = { $value } må være mellom { $lo } og { $hi }
err-unknown-rule-code = ukjent regelkode "{ $value }" i `{ $key }`{ $hint }
err-must-be = `{ $key }` må være { $names }, ikke { $value }
err-empty-value = `{ $key }` kan ikke være tom
err-pregnancy-male = `patient.pregnancy_week` er oppgitt for en pasient med `sex = "male"`
err-last-opioid = ukjent `induction.last_opioid` "{ $value }"; bruk en av { $names }{ $hint }
err-qtc-implausible = `{ $key }.qtc_ms` = { $value } er ikke en mulig QTc (200–800 ms)
err-ack-reason = `{ $key }.reason` må si hvorfor funnet er kvittert
err-not-acknowledgeable = `{ $key }.code` = "{ $code }" kan ikke kvitteres: { $why }
err-ack-until = `{ $key }.until` = { $until } er mer enn { $max ->
        [one] 1 dag
       *[other] { $max } dager
    } etter dagen for kontrollen ({ $day }): en kvittering vurderes på nytt minst hver { $max ->
        [one] dag
       *[other] { $max }. dag
    }; sett `until` til { $limit } eller tidligere
err-depot-in-doses = depotbuprenorfin føres i [[injections]], ikke i `{ $key }`
err-patch-and-daily = `{ $key }` har både `daily_mg` og `patch_ug_per_hour`: oppgi én av dem (plasterstyrken gir døgndosen)
err-patch-above-zero = `{ $key }` må være en plasterstyrke over 0 µg/time, ikke { $value }
err-patch-implausible = `{ $key }` = { $value } µg/time er ikke en mulig plasterstyrke
err-not-a-patch = `{ $key }` gjelder bare depotplaster; "{ $drug }" ({ $generic }) er ikke et plaster: oppgi `daily_mg`
err-positive-status = `{ $key }.positive` er bare tillatt med status `valid` eller `dilute`: en prøve som uteble, ble nektet eller er manipulert, har ingen resultater
err-creatinine-urine = `{ $key }.creatinine_mmol_l` gjelder bare urinprøver
err-creatinine-implausible = `{ $key }.creatinine_mmol_l` = { $value } er ikke en mulig kreatininverdi

## Saksfiler: på tvers av oppføringer.

err-label-today = dagens dato (ingen `treatment.as_of`)
err-since-before-start = `treatment.medication_since` ({ $since }) er før `started_lar` ({ $started })
err-record-before-start = en [[{ $table }]]-oppføring { $date } er før `treatment.started_lar` ({ $started })
err-dose-after-end = `{ $key }` gir en dose { $date }, etter `treatment.ended` ({ $end })
err-injection-after-end = injeksjon { $date } er etter `treatment.ended` ({ $end })
err-two-injections = to injeksjoner { $date }
err-history-span = oppføringene strekker seg over { $days } dager ({ $first } til { $last }), mer enn de { $max } som er tillatt (general.max_history_days); er året i `{ $key }` ({ $date }) skrevet feil?
err-history-why = historikken er det som skjedde før { $label }
err-doses-reach-as-of = `{ $key }` går til { $date }, som er samme dag som eller etter { $label } ({ $as_of }); { $why }: før doser fra { $as_of } og senere i [[plan]]
err-missed-reach-as-of = `{ $key }` går til { $date }, som er samme dag som eller etter { $label } ({ $as_of }); { $why }
err-injection-reach-as-of = injeksjon { $date } er samme dag som eller etter { $label } ({ $as_of }); { $why }
err-plan-before-as-of = `{ $key }` starter { $date }, som er før { $label } ({ $as_of }); doser som er gitt, føres i [[doses]]
err-record-after-as-of = [[{ $table }]] datert { $date } er etter { $label } ({ $as_of }); er året skrevet feil?
err-key-after-as-of = `{ $key }` ({ $date }) er etter { $label } ({ $as_of })
err-overlap = `{ $key }` overlapper `{ $other }`: { $med } er gitt to ganger { $date }
err-dosed-and-missed = { $date } står både som dosert (`{ $dose }`) og som uteblitt (`{ $missed }`)

## Feil som stopper en kommando (etter `error: `).

err-configuration = konfigurasjon `{ $path }`: { $message }
err-cannot-read = kan ikke lese `{ $path }`
err-unknown-code = ukjent regelkode eller kildenøkkel `{ $code }`{ $hint }
err-cannot-write = kan ikke skrive utdata
err-caused-by = årsak:
err-csv-only-worklist = `--format csv` er bare for `worklist`; de andre kommandoene skriver table eller json

## Å lese en saksfil.

err-size = { $mib } ({ $bytes } byte)
err-size-above = mer enn { $max } MiB
err-too-big = { $what } er { $size }, over grensen på { $max } MiB for en saksfil (general.max_case_mib); den ble ikke lest
err-stdin = standard inn
err-cannot-read-stdin = kan ikke lese standard inn: { $why }
err-cannot-read-file = kan ikke lese `{ $path }`: { $why }
err-no-such-file = filen finnes ikke
err-permission-denied = ingen tilgang
err-not-a-file = `{ $path }` er { $kind }, ikke en saksfil; den ble ikke åpnet
err-became = `{ $path }` ble { $kind } mens den ble lest, ikke en saksfil; den ble ikke lest
err-kind-fifo = en navngitt rørledning (FIFO)
err-kind-socket = en sokkel
err-kind-device = en enhet
err-kind-folder = en mappe
err-kind-other = ikke en vanlig fil
err-not-utf8 = { $what } er ikke UTF-8-tekst: byte { $byte } på linje { $line }, kolonne { $column } er ikke et tegn; lagre filen som UTF-8

## Et --config-lag som avvises.

err-config-unknown-key = { $at }ukjent nøkkel `{ $key }`{ $hint }
err-config-kind = { $at }`{ $key }` må være { $want }, ikke { $given }
err-config-integer = et heltall
err-config-float = et tall
err-config-string = tekst
err-config-boolean = true eller false
err-config-list = en liste
err-config-table = en tabell
err-config-date = en dato
err-config-unsafe = { $at }`{ $key }` er utrygg: { $reason }; avvises uten --allow-unsafe-config{ $more }
err-config-also-unsafe = { " " }(også utrygge: { $keys })

## En konfigurasjonsverdi som ikke gir mening.

err-config-negative = `{ $key }` = { $value } må være et tall som er 0 eller større
err-config-implausible = `{ $key }` = { $value } er ikke en mulig verdi (høyst { $limit })
err-config-max-case-mib = `general.max_case_mib` må være minst 1 (MiB)
err-config-no-levels = `pickup.level` trenger minst nivå 0
err-config-cap-level = `pickup.cap_level` ({ $cap }) må være et av de konfigurerte nivåene (0–{ $top })
err-config-medication-days = `{ $key }` må være et helt antall dager, minst 1
err-config-looser = `{ $key }` må være løsere enn nivået før
err-config-panel-substance = ukjent stoff `{ $name }` i et `screens`-panel{ $hint }
err-config-at-least-one = `mastery.dependence_like_min_concern`, `int004.min_classes` og `taper.min_reductions` må være minst 1
err-config-creatinine = `screens.creatinine_cutoff_mmol_l` må være over 0
err-config-warning-above-critical = `{ $warning }` ({ $w }) er over `{ $critical }` ({ $c })
err-config-qtc-critical = `qtc001.critical_ms` kan ikke være under advarselsgrensene
err-config-ratio = `{ $key }` må være over 0: det er et omregningsforhold
err-config-tap001-fraction = `tap001.fraction` må være mellom 0 og 1
err-config-mis001-days = radene i `{ $key }` trenger `days` på minst 1
err-config-mis001-fraction = `{ $key }`: raden for { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } trenger en `fraction`

## Hvorfor en konfigurasjonsverdi er utrygg (etter "`NØKKEL` er utrygg: ").

err-unsafe-classes = fjerner { $n ->
        [one] klassen
       *[other] klassene
    } { $classes } som den innebygde katalogen gir `{ $generic }` (config/drugs.toml): reglene som ser etter { $n ->
        [one] den
       *[other] dem
    }, ville ikke se { $n ->
        [one] den
       *[other] dem
    }
err-unsafe-zero-days = må være et positivt antall dager (et vindu eller intervall på 0 slår regelen av)
err-unsafe-zero-hours = må være et positivt antall timer (et vindu eller intervall på 0 slår regelen av)
err-unsafe-int004 = { $value } er flere enn de { $classes } klassene INT004 teller ({ $names }): regelen kunne aldri slå ut
err-unsafe-raised = { $value } er mer enn det dobbelte av standardverdien { $default } ({ $source }): et lag kan senke en grense, ikke heve den over { $max }
err-unsafe-no-rows = har ingen rader: uteblitte doser av { $med } ville aldri bli rapportert (standardverdien slår til fra { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }: { $source })
err-unsafe-acts-later = slår først til etter { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } med uteblitte doser, senere enn standardverdiens { $default ->
        [one] 1 dag
       *[other] { $default } dager
    } ({ $source })
err-unsafe-no-reinduce = har ingen rad for ny oppstart: etter mange uteblitte dager ville siste dose bli gitt igjen (standardverdien gir ny oppstart fra { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }: { $source })
err-unsafe-reinduce-later = gir ny oppstart fra { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }, senere enn det publiserte ({ $default ->
        [one] 1 dag
       *[other] { $default } dager
    }: { $source })
err-unsafe-fraction = { $value } er utenfor (0, 1]: startdosen er en del av siste dose (0 gir ingen dose, over 1 mer enn pasienten tålte)
err-unsafe-level-0 = må være daglig inntak under påsyn uten doser til hjemmebruk (7 under påsyn, 0 til hjemmebruk): alle akutte grunner foreslår det

## Å gå gjennom en mappe med saksfiler.

err-no-case-files-in = advarsel: ingen *.toml-saksfiler i `{ $path }`
err-cannot-read-folder = kan ikke lese mappen `{ $path }`: { $why }; saksfilene i den blir ikke kontrollert
err-link-contains = `{ $link }` er en symbolsk lenke til `{ $target }`, som inneholder mappen `{ $folder }` som kontrolleres; ikke fulgt
err-link-outside = `{ $link }` er en symbolsk lenke til `{ $target }`, utenfor mappen `{ $folder }` som kontrolleres; ikke fulgt (--follow følger lenker ut av mappen)
err-no-case-files = fant ingen saksfiler (*.toml) i { $paths }
err-stdin-once = `-` (standard inn) kan bare oppgis én gang
