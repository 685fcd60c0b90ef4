# Bokmål: data. Ordvalg: locales/glossary.toml.

## Felles

dat-lines = linje { $lines } og { $last }
dat-lines-more = linje { $lines } og { $more } til

## DAT001

dat001-line = linje { $line }
dat001-nearest = ; nærmeste navn i katalogen: { $names }
dat001-message = resepten «{ $drug }» ({ $lines }) finnes ikke i legemiddelkatalogen: interaksjonene kunne ikke sjekkes{ $hint }
dat001-suggestion = skriv virkestoffet, det norske preparatnavnet eller ATC-koden, eller legg legemidlet inn i en katalogfil (--drugs); sjekk interaksjonene for hånd inntil videre

## DAT002

dat002-message =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten dose og uten registrert uteblitt dose ({ $runs }); regnes som uteblitt
dat002-suggestion = fullfør doseregistreringen: legg inn [[doses]] eller [[missed]] for disse dagene

## DAT003

dat003-assessed = rusmestringen bygger på den kliniske vurderingen
dat003-unknown = rusmestringen er ukjent
dat003-samples =
    { $count ->
        [one] den ene prøven i perioden var
       *[other] de { $count } prøvene i perioden var
    } uteblitt, nektet, fortynnet eller manipulert
dat003-last = siste gyldige rusmiddeltest { $date }
dat003-none = ingen gyldig rusmiddeltest registrert
dat003-message =
    ingen gyldig rusmiddeltest { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    } ({ $last }); { $basis }
dat003-suggestion = ta en rusmiddeltest hvis utleveringsordningen skal lempes

## DAT004

dat004-message-ug = { $name } { $mg } mg per døgn er over det sannsynlige maksimum på { $max } mg per døgn (linje { $line }): ble µg/t skrevet som mg? Et plaster på { $mg } µg/t er { $patch_mg } mg per døgn
dat004-suggestion-ug = sjekk plasterstyrken; for et plaster på { $ug } µg/t skriv `patch_ug_per_hour = { $value }` i stedet for `daily_mg` (morfinekvivalentene regnes fra dosen slik den står inntil da)
dat004-patch = { $ug } µg/t plaster ({ $mg } mg per døgn)
dat004-daily = { $mg } mg per døgn
dat004-message = { $name } { $dose } er over det sannsynlige maksimum på { $max } mg per døgn (linje { $line }): sjekk enheten og dosen
dat004-suggestion = sjekk resepten mot legens liste; rett enheten eller dosen i saksfilen (interaksjonsreglene bruker dosen slik den står)

## DAT005

dat005-what-drug = kvitteringen for { $code } for { $drug }
dat005-what = kvitteringen for { $code }
dat005-message = { $what } (til { $until }) treffer ingenting: ingen { $code }-funn meldes for den
dat005-message-new = { $what } treffer ingenting; { $drugs } er { $count ->
        [one] nytt
       *[other] nye
    }
dat005-suggestion = fjern kvitteringen, eller rett koden eller legemiddelnavnet i den
dat005-suggestion-new = vurder det nye legemidlet som en ny beslutning; kvitter det med navn bare hvis teamet går inn for det, og fjern den gamle oppføringen

## DAT006

dat006-last = ; siste doseregistrering er { $date }
dat006-none = ; saken har ingen doseregistrering i det hele tatt
dat006-message =
    ingen doseregistrering av { $medication } { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }{ $before }: uteblitte doser, gjenoppstartsdosen og dosereglene kan ikke sjekkes
dat006-suggestion = legg inn dosehistorikken ([[doses]] og [[missed]]) fra utleveringsjournalen, eller dagens planlagte dose i [[plan]], og sjekk på nytt

## DAT007

dat007-message =
    { $medications } gitt samtidig { $overlap } av { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    } ({ $runs }): overlapp ved bytte eller mikrooppstart varer dager, ikke uker; { $agonists ->
        [full] dobbel forsyning av fulle agonister eller en feil i registreringen
       *[any] dobbel forsyning eller en feil i registreringen
    }
dat007-suggestion-critical = før neste dose: finn ut hvilket legemiddel pasienten faktisk tar, og stopp den andre forsyningen; rett doseregistreringen
dat007-suggestion = finn ut hvilket legemiddel pasienten tar; avslutt den andre forsyningen eller rett doseregistreringen

## DAT008

dat008-low = { $medication } { $mg } mg per døgn (linje { $line }, { $when }) er under det sannsynlige minimum på { $min } mg
dat008-sparse =
    { $medication } hver { $every ->
        [one] dag
       *[other] { $every }. dag
    } (linje { $line }, { $when }): fulle agonister doseres daglig
dat008-message = { $problems }: sjekk enheten eller registreringen
dat008-suggestion = sjekk dosen og enheten mot resepten og utleveringsjournalen, og rett saksfilen; reglene vurderte dosene slik de står

## Regeltekstene (declare_rule! i src/rules/data.rs).

dat001-grades = advarsel
dat001-summary = legemidlet i en resept finnes ikke i katalogen; interaksjonssjekkene for det kunne ikke kjøres
dat001-why = Et ukjent legemiddel er et funn, ikke stillhet: interaksjonene er ikke sjekket.
dat001-example = «Fantasiol» 5 mg/døgn
dat001-not-when = navn, preparatnavn og ATC-koder i config/drugs.toml eller en --drugs-fil

dat002-grades = info
dat002-summary = dager i tilbakeblikket uten dose og uten registrert uteblitt dose; de regnes som uteblitt
dat002-why = Et hull i registreringen er ikke bevis for en dose: å anta tapt toleranse er den trygge feilen. Funnet lister periodene så registreringen kan fullføres.
dat002-example = doser til 10. nov, ingenting registrert 11.-13. nov
dat002-not-when = fullstendig registrering; dager etter `treatment.ended`; dager dekket av depot

dat003-grades = info
dat003-summary = ingen gyldig rusmiddeltest i perioden; rusmestringen bygger på den kliniske vurderingen eller er ukjent
dat003-why = Uten rusmiddeltest kan forslaget til utlevering ikke lempe på ordningen.
dat003-example = siste rusmiddeltest for 40 dager siden
dat003-not-when = en gyldig eller fortynnet rusmiddeltest de siste { $mastery-window_days } dagene

dat004-grades = advarsel
dat004-summary = døgndosen i en resept (`daily_mg`, eller `patch_ug_per_hour` × 24 / 1000) er over katalogens sannsynlige maksimale døgndose for legemidlet
dat004-why = En dose langt over preparatets maksimum er som regel en enhetsfeil, og morfinekvivalentene og interaksjonsgradene regnet ut fra den blir da feil: et fentanylplaster på 25 µg/t skrevet som 25 mg per døgn er 2500 mg oral morfin i stedet for 60.
dat004-example = Durogesic daily_mg = 25: «ble µg/t skrevet som mg? Et plaster på 25 µg/t er 0,6 mg per døgn»
dat004-not-when = doser på eller under maksimum; legemidler uten maksimum i katalogen; resepter som er avsluttet

dat005-grades = info
dat005-summary = en `[[acknowledged]]`-oppføring som ikke er utløpt og ikke demper noe funn
dat005-why = En kvittering som ikke treffer noe, betyr som regel at situasjonen har endret seg under den: et preparatbytte (den kvitterte Vival er nå Stesolid, som ingen har vurdert) eller en skrivefeil i koden eller legemidlet.
dat005-example = kvitteringen for Vival treffer ingenting; Stesolid (diazepam) er nytt
dat005-not-when = en kvittering som dekker et funn; en utløpt kvittering (meldes på funnet som utløpt)

dat006-grades = advarsel
dat006-summary = et LAR-legemiddel som tas gjennom munnen, uten `[[doses]]`- eller `[[missed]]`-registrering i tilbakeblikket og uten `[[plan]]`-oppføring for `as_of`
dat006-why = Uten doseregistrering kan uteblitte doser, gjenoppstartsdosen og dosereglene ikke vurderes: saken må aldri se ren ut.
dat006-example = metadon med bare resepter og rusmiddeltester i filen
dat006-not-when = depotbuprenorfin (MIS004 vurderer injeksjonene); en behandling som er avsluttet; en plan for as_of
dat006-not-acknowledgeable = rett registreringen i stedet

dat007-grades = advarsel / kritisk
dat007-summary = to ulike LAR-virkestoffer gitt på mer enn `overlap_max_days` ({ $dat007-overlap_max_days }) av de siste { $dat007-window_days } dagene; kritisk når begge er fulle agonister (metadonlegemidler)
dat007-why = Et overlapp ved bytte eller mikrooppstart varer dager, ikke måneder: et langt overlapp er dobbel forsyning eller en feil i registreringen, og to fulle agonister samtidig gir risiko for overdose.
dat007-example = metadon og levometadon begge gitt 28 av de siste 28 dagene: kritisk
dat007-not-when = preparatbytter av samme virkestoff (buprenorfin og buprenorfin-nalokson, depotmorfin 12 t og 24 t); sublinguale tilleggsdoser under depot (DOS005); overlapp på { $dat007-overlap_max_days } dager eller færre
dat007-not-acknowledgeable = rett registreringen i stedet

dat008-grades = advarsel
dat008-summary = en LAR-dose i tilbakeblikket eller planen under det sannsynlige minimum (metadon 1 mg, levometadon 0,5 mg, buprenorfinlegemidler 0,1 mg, depotmorfin 5 mg per døgn), eller et metadonlegemiddel gitt med `every` 2 eller flere dager
dat008-why = En dose som 0,08 mg metadon er en enhets- eller registreringsfeil, og en full agonist annenhver dag er ikke slik den gis: dosereglene vurderer da tall som ikke beskriver pasienten.
dat008-example = metadon mg = 0.08; metadon every = 2
dat008-not-when = sannsynlige døgndoser; buprenorfin annenhver dag
dat008-not-acknowledgeable = rett registreringen i stedet
