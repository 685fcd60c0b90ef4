# Bokmål: qtc. Ordvalg: locales/glossary.toml.

qtc-no-ecg = ingen EKG registrert

## QTC001

qtc001-message =
    siste QTc { $qtc } ms ({ $date }) er over { $severity ->
        [critical] den kritiske grensen
       *[other] advarselsgrensen
    } på { $limit } ms
qtc001-suggestion-critical = risiko for torsades: henvis til kardiolog, sjekk kalium og magnesium, fjern andre QT-forlengende legemidler, og vurder lavere metadondose eller buprenorfin; ikke stopp opioidbehandlingen brått
qtc001-suggestion = ta nytt EKG, sjekk elektrolytter, og gå gjennom andre QT-forlengende legemidler

## QTC002

qtc002-message =
    ingen EKG registrert fra { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } før oppstarten med { $medication } { $start } ({ $ago })
qtc002-suggestion = ta EKG med QTc nå og etter opptrappingen

## QTC003

qtc003-last-ecg = siste EKG { $date }
qtc003-message =
    { $medication } { $dose } mg (fra { $threshold } mg skal det tas EKG hvert år) og ingen EKG { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }; { $last }
qtc003-suggestion = ta EKG med QTc

## QTC004

qtc004-message = QT-forlengende legemiddel sammen med { $medication }: { $drugs }{ $why }
qtc004-high = siste QTc { $qtc } ms er over { $limit } ms
qtc004-drugs = { $count } QT-forlengende legemidler
qtc004-checked = EKG fra { $date } viser QTc { $qtc } ms, på eller under { $limit } ms: kontrollen er gjort, gjenta hvert år
qtc004-old =
    siste EKG { $date } er mer enn { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } gammelt
qtc004-before-start = siste EKG { $date } er tatt før det QT-forlengende legemidlet ble startet
qtc004-suggestion-high = QTc er allerede forlenget: bytt ut det QT-forlengende legemidlet nå om mulig, og sjekk kalium og magnesium
qtc004-suggestion-checked = EKG-kontrollen er gjort: gjenta EKG hvert år og når en dose eller et QT-forlengende legemiddel endres
qtc004-suggestion = unngå QT-forlengende legemidler sammen med metadon: velg et alternativ, eller ta EKG og sjekk elektrolytter

## Regeltekstene (declare_rule! i src/rules/qtc.rs).

qtc001-grades = advarsel / kritisk
qtc001-summary = siste QTc er over den kjønnsspesifikke advarselsgrensen (bare metadonlegemidler) eller over { $qtc001-critical_ms } ms (alle legemidler)
qtc001-why = Metadon forlenger QT doseavhengig; over 500 ms er risikoen for torsades de pointes klar.
qtc001-example = QTc 512 ms med metadon 140 mg
qtc001-not-when = QTc på eller under grensen; buprenorfin under { $qtc001-critical_ms } ms
qtc001-counter = { $message }: snakk med LAR-legen før neste dose { $med }

qtc002-grades = advarsel
qtc002-summary = metadonlegemiddel, oppstarten med metadonlegemidlet er kjent og mer enn { $qtc002-after_start_days } dager siden, og ingen EKG er registrert fra { $qtc002-before_start_days } dager før oppstarten og fram til nå
qtc002-why = Retningslinjen ber om EKG før eller kort etter oppstart og etter opptrappingen.
qtc002-example = metadon startet for 45 dager siden og ingen EKG
qtc002-not-when = ukjent oppstart (videreføring), de første { $qtc002-after_start_days } dagene, et EKG i perioden

qtc003-grades = advarsel
qtc003-summary = metadon { $qtc003-methadone_mg } mg eller mer (levometadon { $qtc003-levomethadone_mg } mg) og ingen EKG de siste { $qtc003-interval_days } dagene
qtc003-why = QTc over 500 ms ble bare sett ved doser på 120 mg eller mer i Oslo-studien.
qtc003-example = metadon 140 mg, siste EKG for 14 måneder siden
qtc003-not-when = lavere doser, et nylig EKG

qtc004-grades = kritisk (QTc over advarselsgrensen, eller to QT-forlengende legemidler) / advarsel / info (et normalt EKG fra de siste 365 dagene, etter at legemidlet ble startet)
qtc004-summary = et aktivt QT-forlengende legemiddel sammen med et metadonlegemiddel; kritisk når siste QTc er over advarselsgrensen eller to eller flere QT-forlengende legemidler er aktive; info når siste EKG er fra de siste { $qtc004-ecg_valid_days } dagene, tatt på eller etter oppstarten av hvert QT-forlengende legemiddel, og normalt (gjenta hvert år)
qtc004-why = QT-effektene legges sammen; citalopram skal ikke kombineres med andre QT-forlengende legemidler.
qtc004-example = Cipramil med metadon og QTc 512 ms
qtc004-not-when = pasienter på buprenorfinlegemidler
qtc004-counter = { $message }: snakk med LAR-legen før neste dose { $med }
