# Bokmål: screens. Ordvalg: locales/glossary.toml.

## Ord funnene fra rusmiddeltestene deler.

scr-on = i rusmiddeltesten { $date }
scr-in-screens = i { $count } rusmiddeltester: { $dates }
scr-or = eller
scr-heroin = heroin (6-MAM)
scr-opiates = opiater (klasseresultat)
scr-group-benzo = benzodiazepiner eller z-hypnotika
scr-group-gabapentinoid = gabapentinoider
scr-group-sedative = beroligende midler
scr-dated = { $date } { $what }
scr-status-missed = uteblitt
scr-status-refused = nektet
scr-spiked-methadone = metadon uten EDDP
scr-spiked-buprenorphine = buprenorfin uten norbuprenorfin

## SCR001

scr001-message = { $opioid } funnet { $screens }, og ingen forskrivning forklarer det
scr001-suggestion = snakk med pasienten om bruken; sjekk at dosen er i effektivt område, vurder utleveringsordningen, og sørg for at pasienten har nalokson nesespray
scr001-message-own =
    { $substance } funnet { $screens }, men ingen dose { $medication } er registrert { $days ->
        [one] dagen
       *[other] de { $days } dagene
    } før: tatt fra en annen kilde?
scr001-suggestion-own = sjekk doseregistreringen (en dose gitt, men ikke registrert?); er ingen dose gitt, snakk med pasienten om { $substance } fra en annen kilde

## SCR002

scr002-message-absent =
    { $medications } ikke funnet { $screens }, selv om det ble gitt { $days ->
        [one] dagen
       *[other] de { $days } dagene
    } før og testet for: mulig manglende inntak eller lekkasje
scr002-message-spiked = { $parents } i urin { $screens }: mulig tilsatt prøven (legemidlet lagt i prøven, ikke inntatt)
scr002-suggestion = ta ny prøve avgitt under påsyn; vurder inntak under påsyn og doser til hjemmebruk

## SCR003

scr003-message = { $group } ({ $substances }) funnet { $screens }, og ingen resept forklarer det
scr003-suggestion = beroligende midler sammen med opioider står bak de fleste overdosedødsfall: snakk med pasienten, gi dosene under påsyn, og sørg for at pasienten har nalokson nesespray; ikke stopp eller reduser LAR-legemidlet på grunn av dette

## SCR004

scr004-message = { $substance } funnet { $screens }, og ingen resept forklarer det
scr004-suggestion = snakk med pasienten om bruk av sentralstimulerende midler

## SCR005

scr005-message = alkohol (EtG/EtS) funnet { $screens }
scr005-suggestion = alkohol gir mer respirasjonsdemping: snakk med pasienten; vurder å ikke gi dosen når pasienten er påvirket

## SCR006

scr006-message-one = rusmiddeltest { $part }: ingen prøve avgitt
scr006-message = { $count } prøver ikke avgitt: { $parts }
scr006-suggestion = snakk med pasienten; be om ny prøve (avgitt under påsyn)

## SCR007

scr007-adulterated = manipulert
scr007-dilute = fortynnet
scr007-dilute-creatinine = fortynnet (kreatinin { $creatinine } mmol/L, under { $cutoff } mmol/L)
scr007-message-one = rusmiddeltest { $part }: negative svar beviser ingenting
scr007-message = { $count } ugyldige prøver: { $parts }: negative svar beviser ingenting
scr007-suggestion = ta ny prøve avgitt under påsyn, tidlig på dagen

## SCR008

scr008-message =
    { $drug } er forskrevet, men { $substances } ble ikke funnet { $screens }{ $number ->
       *[other] {""}
    }
scr008-suggestion = spør om pasienten tar legemidlet; det kan bli gitt videre til andre

## Regeltekstene (declare_rule! i src/rules/screens.rs).

scr001-grades = advarsel
scr001-summary = en gyldig eller fortynnet rusmiddeltest de siste 28 dagene er positiv for et opioid som ingen aktiv resept eller nylig gitt LAR-legemiddel forklarer (6-MAM regnes alltid som heroin; metadon og levometadon forklarer en rusmiddeltest i 14 dager, de andre i 7); ett funn per opioid med alle rusmiddeltestene som viste det; pasientens eget legemiddel funnet uten registrert dose sier det (tatt fra en annen kilde?)
scr001-why = Opioidbruk i tillegg til agonisten gir risiko for overdose og er ofte et tegn på at dosen er for lav.
scr001-example = heroin (6-MAM) i 3 rusmiddeltester hos en buprenorfinpasient: ett funn som lister datoene
scr001-not-when = rusmiddeltester før eller på første dag av LAR (de viser hvorfor behandlingen startet); opioider som LAR-legemidlet eller en resept forklarer; nektede eller uteblitte prøver
scr001-naloxone-risk = opioidbruk i en rusmiddeltest

scr002-grades = advarsel
scr002-summary = en gyldig rusmiddeltest som testet minst ett stoff fra et LAR-legemiddel gitt de 7 dagene før, fant ingen av dem; eller, i en gyldig urinprøve, buprenorfin uten norbuprenorfin eller metadon uten EDDP (mulig tilsatt prøven)
scr002-why = Når den forskrevne agonisten mangler i urinen, tyder det på manglende inntak eller lekkasje av doser til hjemmebruk.
scr002-example = buprenorfin forskrevet, rusmiddeltesten negativ for buprenorfin og norbuprenorfin
scr002-not-when = rusmiddeltester før LAR startet; fortynnede prøver (negative svar beviser ingenting); paneler som ikke testet stoffet; et legemiddel sist gitt mer enn 7 dager før (en nedtrapping som sluttet for 10 dager siden er ikke «agonist mangler»); tilsatt prøve i spyttprøve eller blod
scr002-triggers = som LAR-legemiddel: rusmiddeltester som ikke finner stoffene

scr003-grades = advarsel
scr003-summary = en rusmiddeltest positiv for et benzodiazepin, z-hypnotikum, gabapentinoid, GHB, barbiturat eller xylazin som ingen aktiv resept forklarer; ett funn per legemiddelgruppe
scr003-why = Beroligende midler fra gata sammen med opioider står bak de fleste overdosedødsfall.
scr003-example = klonazepam hos en metadonpasient uten resept
scr003-not-when = rusmiddeltester før LAR startet; beroligende midler som en aktiv resept forklarer (diazepam forklarer oksazepam)
scr003-naloxone-risk = beroligende midler i en rusmiddeltest

scr004-grades = info
scr004-summary = en rusmiddeltest positiv for et sentralstimulerende middel som ingen resept forklarer
scr004-why = Nyttig for vurderingen av rusmestring; sentralstimulerende midler gir ikke mer respirasjonsdemping.
scr004-example = amfetamin uten resept
scr004-not-when = deksamfetamin eller metylfenidat forskrevet

scr005-grades = advarsel
scr005-summary = en rusmiddeltest positiv for alkohol (EtG/EtS)
scr005-why = Alkohol gir mer respirasjonsdemping.
scr005-example = EtG positiv
scr005-not-when = ingen alkohol i perioden
scr005-naloxone-risk = alkohol i en rusmiddeltest

scr006-grades = advarsel
scr006-summary = en rusmiddeltest med status uteblitt eller nektet; ett funn som lister prøvene
scr006-why = En prøve som ikke er avgitt skjuler svaret. For rusmestring er en uteblitt prøve en merknad og en nektet prøve noe bruk (kan stilles inn, lokal standard).
scr006-example = nektet prøve
scr006-not-when = gyldige prøver

scr007-grades = advarsel
scr007-summary = en rusmiddeltest med status fortynnet eller manipulert, eller kreatinin under grensen; ett funn som lister prøvene
scr007-why = En fortynnet eller manipulert prøve kan ikke vise rusfrihet.
scr007-example = kreatinin 1,4 mmol/L
scr007-not-when = kreatinin på eller over grensen

scr008-grades = info
scr008-summary = en gyldig rusmiddeltest testet et stoff som en aktiv resept skulle gi, og fant ingen av dem
scr008-why = Et forskrevet legemiddel som ikke blir tatt, kan bli gitt videre til andre.
scr008-example = diazepam forskrevet, benzodiazepiner negativ
scr008-not-when = fortynnede prøver, paneler som ikke testet stoffet
