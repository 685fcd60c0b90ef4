# Bokmål: interactions. Ordvalg: locales/glossary.toml.

## Felles: en forskrivning vurdert etter hvor lenge den har stått (INT003, INT008).

int-graded-message = { $what } sammen med { $medication }: { $prescription } ({ $standing })

## INT001

int001-message = gabapentinoid forskrevet sammen med { $medication }: { $prescription }
int001-suggestion = gabapentinoider sammen med opioider kan gi dødelig respirasjonsdemping: bruk lavest mulig dose, se etter misbruk, og sørg for at pasienten har nalokson nesespray

## INT002

int002-no-dose = { $drug }: ingen døgndose registrert
int002-no-factor = { $drug }: ingen omregningsfaktor
int002-mme = { $mg } mg orale morfinekvivalenter per døgn
int002-mme-none = orale morfinekvivalenter kunne ikke regnes ut (ufullstendig: { $missing })
int002-mme-at-least = minst { $mg } mg orale morfinekvivalenter per døgn (ufullstendig: { $missing })
int002-message = opioid forskrevet sammen med { $medication }: { $drugs }; { $mme }, LAR-legemidlet ikke medregnet
int002-suggestion = mer respirasjonsdemping: gjør kuren kort, gi LAR-dosen under påsyn, og sørg for at pasienten har nalokson nesespray

## INT003

int003-what = sederende legemiddel forskrevet
int003-suggestion = sedasjonen legges sammen: vurder behovet, bruk lavest mulig dose, advar pasienten, og sørg for at pasienten har nalokson nesespray
int003-suggestion-long = en langvarig forskrivning: vurder behovet ved neste planlagte konsultasjon, og sørg for at nalokson nesespray finnes hjemme

## INT004

int004-class =
    { $class ->
        [benzodiazepine-or-z-hypnotic] benzodiazepin eller z-hypnotikum
        [gabapentinoid] gabapentinoid
        [other-opioid] annet opioid
        [sedative] sederende legemiddel
        [alcohol] alkohol
       *[other] { $class }
    } ({ $items })
int-prescription = resept { $drug }
int-screen = rusmiddeltest { $date }: { $substances }
int004-started = { $drug } startet { $date }
int004-newly-prescribed = nylig forskrevet: { $drugs }
int004-from-screen = funnet i en rusmiddeltest uten resept
int004-known = en kjent kombinasjon (langvarige forskrivninger eller forskrivninger besluttet av TSB): vurdering, nedtrappingsplan, nalokson nesespray
int004-message =
    { $medication } pluss { $count ->
        [one] 1 klasse sentraldempende legemidler
       *[other] { $count } klasser sentraldempende legemidler
    }: { $classes }; { $grade }
int004-suggestion-known = en kjent, fulgt opp kombinasjon: gå gjennom hvert sederende legemiddel ved neste konsultasjon, ha en nedtrappingsplan, og sørg for at nalokson nesespray finnes hjemme; ikke stopp eller reduser LAR-legemidlet på grunn av dette
int004-suggestion = den høyeste overdoserisikoen: gå gjennom hvert sederende legemiddel med pasienten, gi dosene under påsyn, ta rusmiddeltest, og sørg for at nalokson nesespray finnes hjemme; ikke stopp eller reduser LAR-legemidlet på grunn av dette

## INT005

int005-message = opioidantagonist forskrevet sammen med { $medication }: { $prescription }
int005-suggestion = kontraindisert: den utløser abstinens i løpet av minutter, og å overstyre blokaden med opioider kan være dødelig; stopp antagonisten, ikke agonisten

## INT006

int006-message = partiell agonist forskrevet sammen med { $medication }: { $prescription }
int006-suggestion = en partiell agonist utløser abstinens hos en pasient på full agonist: velg et annet smertestillende legemiddel

## INT007

int007-message-stopped = enzyminduktor seponert { $date } ({ $ago }): { $prescription }
int007-suggestion-stopped = nivået av LAR-legemidlet stiger de neste dagene: se etter sedasjon, og reduser dosen hvis den ble økt på grunn av induktoren
int007-message = enzyminduktor forskrevet sammen med { $medication }: { $prescription } ({ $standing })
int007-suggestion-long = en langvarig forskrivning: dosen ble funnet med den; når induktoren stoppes, stiger nivået raskt: planlegg dosen før den stoppes
int007-suggestion = nivået av LAR-legemidlet kan falle over 1-2 uker (abstinens): dosen kan måtte økes; når induktoren stoppes, stiger nivået raskt: planlegg dosen for begge

## INT008

int008-graded =
    { $strength ->
        [strong] sterk
        [moderate] moderat
       *[weak] svak
    } { $pathway }
int008-inhibitor = { $graded }-hemmer
int008-named-in-smpc =
    enzymhemmer (nevnt i preparatomtalen for { $family ->
        [methadone] metadon
        [buprenorphine] buprenorfin
       *[morphine] morfin
    })
int008-what = { $inhibitor } forskrevet
int008-suggestion = nivået av LAR-legemidlet kan stige de neste dagene: se etter sedasjon, vurder lavere dose, og regn med abstinens når hemmeren stoppes
int008-suggestion-long = en langvarig forskrivning: dosen ble funnet med den; se etter abstinens hvis hemmeren stoppes, og etter sedasjon hvis dosen av den økes

## INT009

int009-message = MAO-hemmer forskrevet sammen med { $medication }: { $prescription }
int009-suggestion = kontraindisert med metadon (serotonergt syndrom); stopp MAO-hemmeren minst to uker før

## INT010

int010-lar-dose = { $mg } mg per døgn i doseregistreringen
int010-lar-depot = depotinjeksjoner i journalen
int010-lar-no-dose = ingen gjeldende dose i doseregistreringen
int010-rx-dose = { $mg } mg per døgn
int010-rx-no-dose = ingen dose oppgitt
int010-message = { $drug } på reseptlisten (linje { $line }, { $dose }) er pasientens eget LAR-legemiddel { $medication } ({ $lar_dose }): en ekstra forsyning utenom doseregistreringen?
int010-suggestion = sjekk om det finnes en ekstra forsyning (en annen lege, et apotek som leverer ut utenom LAR); LAR-legemidlet hører hjemme i doseregistreringen, ikke i [[prescriptions]]

## Regeltekstene (declare_rule! i src/rules/interactions.rs).

int001-grades = advarsel
int001-summary = aktivt pregabalin eller gabapentin (ATC N02BF, tidligere N03AX12/N03AX16)
int001-why = Gabapentinoider sammen med opioider gir dødelig respirasjonsdemping, og pregabalin misbrukes mye.
int001-example = Lyrica 300 mg/døgn med metadon
int001-not-when = resepter som ikke er aktive
int001-naloxone-risk = gabapentinoid forskrevet

int002-grades = advarsel
int002-summary = en aktiv opioidresept (N02A, R05DA, kodeinkombinasjoner; et smertestillende buprenorfinpreparat hos en pasient på et buprenorfinlegemiddel medregnet); gir orale morfinekvivalenter for bare disse opioidene
int002-why = Et opioid i tillegg til agonisten gir mer respirasjonsdemping. Morfinekvivalentene viser hvor stor tilleggsbelastningen er; LAR-legemidlet regnes aldri om.
int002-example = OxyNorm 20 mg/døgn med metadon: 30 mg orale morfinekvivalenter per døgn
int002-not-when = LAR-legemidler skrevet som resepter, resepter som ikke er aktive
int002-naloxone-risk = et annet opioid forskrevet

int003-grades = advarsel (startet de siste 28 dagene) / info (langvarig)
int003-summary = et aktivt sederende antipsykotikum, sederende antihistamin, barbiturat eller sentralt virkende muskelavslappende middel; info når forskrivningen er langvarig (ingen `from`, eller `from` før `as_of` − 28 dager; en fornyelse uten opphold regnes fra den første)
int003-why = Sedasjon og respirasjonsdemping legges sammen.
int003-example = quetiapin med metadon
int003-not-when = ikke-sederende legemidler i de samme gruppene
int003-naloxone-risk = sederende legemiddel forskrevet

int004-grades = kritisk (positiv rusmiddeltest eller en ny forskrivning som ikke er besluttet av TSB) / advarsel (en kjent kombinasjon)
int004-summary = LAR-legemidlet pluss to eller flere klasser sentraldempende legemidler samtidig (benzodiazepin eller z-hypnotikum, gabapentinoid, annet opioid inkl. 6-MAM, sederende legemiddel, alkohol), fra aktive resepter eller uforklarte positive rusmiddeltester de siste 28 dagene; advarsel når alle klassene kommer fra langvarige forskrivninger eller forskrivninger besluttet av TSB
int004-why = Opioid pluss to andre dempende stoffer er kombinasjonen bak de fleste overdosedødsfall.
int004-example = metadon med Lyrica og OxyNorm
int004-not-when = bare én klasse (to benzodiazepiner er én klasse)
int004-naloxone-risk = kombinasjon av sentraldempende legemidler
int004-counter = { $first_sentence }: ikke stopp { $med }; ingen doser til hjemmebruk før vurdering, nalokson nesespray

int005-grades = kritisk
int005-summary = aktivt naltrekson eller nalmefen (nalokson til overdosebehandling unntatt)
int005-why = En antagonist utløser abstinens i løpet av minutter; å overstyre blokaden med opioider kan være dødelig.
int005-example = Selincro mot alkohol med buprenorfin
int005-not-when = nalokson nesespray til overdosebehandling
int005-counter = { $message }: ikke gi det sammen med { $med }

int006-grades = kritisk
int006-summary = et smertestillende buprenorfinpreparat (N02AE01), pentazocin, nalbufin eller butorfanol med et metadonlegemiddel
int006-why = En partiell agonist fortrenger den fulle agonisten og utløser abstinens.
int006-example = Norspan plaster med metadon
int006-not-when = pasienter på buprenorfinlegemidler (INT002 melder deres smertestillende buprenorfinpreparater)
int006-counter = { $message }: snakk med LAR-legen før neste dose

int007-grades = advarsel (startet de siste 28 dagene) / info (langvarig) / kritisk (seponert de siste 14 dagene)
int007-summary = en aktiv induktor av en nedbrytningsvei for LAR-legemidlet (metadon og levometadon: CYP3A4, CYP2B6; buprenorfinlegemidler: CYP3A4; depotmorfin: glukuronidering, f.eks. rifampicin), eller en seponert de siste 14 dagene: rifampicin, karbamazepin, fenytoin, fenobarbital, efavirenz, nevirapin, johannesurt, ...
int007-why = Induktorer senker nivået av metadon og buprenorfin (abstinens, sidebruk); når de stoppes, stiger nivået raskt, og en dose som ble økt for induktoren blir en overdose.
int007-example = karbamazepin seponert for 5 dager siden: kritisk
int007-not-when = seponert for mer enn 14 dager siden; induktorer av en annen nedbrytningsvei (karbamazepin med depotmorfin, ritonavir med buprenorfin)

int008-grades = advarsel (startet de siste 28 dagene) / info (langvarig)
int008-summary = en aktiv hemmer som katalogen graderer som moderat eller sterk for en nedbrytningsvei for LAR-legemidlet (metadonlegemidler: CYP3A4, CYP2B6, samt ciprofloksacin og fluvoksamin nevnt i preparatomtalen for metadon; buprenorfinlegemidler: CYP3A4, fluvoksamin; depotmorfin: ingen): azoler, klaritromycin, erytromycin, HIV-proteasehemmere, kobicistat, fluvoksamin, ...
int008-why = Hemmere øker nivået av metadon og buprenorfin: sedasjon og, med metadon, QT-forlengelse.
int008-example = flukonazol med metadon
int008-not-when = resepter som ikke er aktive; svake hemmere (sertralin); ciprofloksacin med buprenorfin; depotmorfin

int009-grades = kritisk
int009-summary = en aktiv MAO-hemmer med et metadonlegemiddel
int009-why = Serotonergt syndrom og uforutsigbare opioideffekter.
int009-example = moklobemid med metadon
int009-not-when = pasienter på buprenorfinlegemidler
int009-counter = { $message }: snakk med LAR-legen før neste dose

int010-grades = advarsel
int010-summary = en aktiv resept gjelder pasientens eget LAR-virkestoff (et hvilket som helst LAR-preparat av det)
int010-why = Et LAR-legemiddel på reseptlisten ved siden av doseregistreringen kan være en ekstra forsyning (en annen lege, et apotek utenfor LAR): doseringsreglene ser bare doseregistreringen. Selve LAR-resepten hører hjemme i doseregistreringen.
int010-example = Metadon 60 mg/døgn på reseptlisten til en metadonpasient på 80 mg per døgn
int010-not-when = et annet LAR-virkestoff (INT002: et annet opioid); et smertestillende buprenorfinpreparat (plaster, injeksjon, Temgesic) hos en buprenorfinpasient (INT002); resepter som ikke er aktive
