# Bokmål: dose. Ordvalg: locales/glossary.toml.

## DOS001: dosen på dag 1 av en oppstart.

dos001-message =
    { $med } { $dose } mg { $kind ->
        [planned] planlagt
       *[other] gitt
    } dag 1 av en oppstart ({ $date }) er over { $severity ->
        [critical] den kritiske grensen
       *[other] advarselsgrensen
    } på { $limit } mg
dos001-suggestion-past = dag 1 er passert: ta høyde for den høye startdosen når sedasjon vurderes denne uken; se etter døsighet før hver dose
dos001-suggestion = start med høyst { $limit } mg på dag 1 og trapp opp etter effekt; toleransen er ukjent til den er vist
dos001-grades = advarsel / kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
dos001-summary = totaldosen på dag 1 av en oppstart er over advarselsgrensen (advarsel) eller den kritiske grensen (kritisk)
dos001-why = Toleransen er ukjent på dag 1; de fleste dødsfall ved oppstart følger en første dose som var for høy for pasienten. Metadon hoper seg opp over flere dager, så en dag 1 som ser trygg ut kan drepe på dag 3.
dos001-example = metadon 40 mg på dag 1 av en oppstart: advarsel (grense 30 mg); 45 mg: kritisk (grense 40 mg)
dos001-not-when = bytte av legemiddel (SWI-reglene vurderer det), videreføringer, og første dose etter uteblitte dager med samme legemiddel (MIS002 vurderer den)
dos001-counter = kontroller dosen med LAR-legen før den gis: { $message }

## DOS002: ett trinn for stort.

dos002-message = { $med } økt { $step } mg i ett trinn { $date } ({ $from } → { $to } mg); grensen per trinn er { $limit } mg
dos002-suggestion = øk med høyst { $limit } mg om gangen
dos002-grades = advarsel
dos002-summary = én økning av døgndosen er større enn grensen per trinn (samme grense i alle faser)
dos002-why = Store trinn løper fra den langsomme opphopningen av metadon og levometadon; de nasjonale opptrappingsplanene øker med høyst 10 mg om gangen.
dos002-example = metadon 60 mg, så 75 mg: et trinn på 15 mg (grense 10 mg)
dos002-not-when = nedtrapping, bytte av legemiddel, og økninger innenfor grensen

## DOS003: en økning for tidlig.

dos003-in-titration = i dag 1-{ $window } av en oppstart eller et bytte
dos003-in-maintenance = i vedlikeholdsfasen
dos003-message =
    { $med } økt { $from } → { $to } mg { $date }, { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } etter forrige økning eller start ({ $before }); { $what } skal det gå minst { $allowed } { $one ->
        [1] dag
       *[other] dager
    }
dos003-suggestion =
    vent minst { $allowed } { $one ->
        [1] dag
       *[other] dager
    } mellom økningene, så hvert trinn når likevekt
dos003-grades = advarsel
dos003-summary = en økning kommer færre dager etter forrige økning (eller starten) enn tillatt: 1-2 dager i dag 1-{ $general-titration_window_days } av en oppstart eller et bytte, { $dos003-maintenance_interval_days } dager etter det
dos003-why = En dose trenger dager for å nå likevekt; å øke igjen før forrige trinn har full effekt legger doser oppå hverandre (IS-1701 §8.6: omtrent 14 dager mellom økninger i vedlikeholdsfasen).
dos003-example = metadon i vedlikeholdsfasen: 80 mg økt til 90 mg 1. november og til 100 mg 8. november (7 dager; 14 kreves)
dos003-not-when = nedtrapping; økninger etter minst intervallet; første dose i en episode

## DOS004: ukegrensen de første dagene.

dos004-message =
    { $med } økt fra { $from } til { $to } mg innen 7 dager ({ $span }) de første { $early ->
        [one] dagen
       *[other] { $early } dagene
    } av en oppstart: { $total } mg i økninger; grensen er { $cap } mg på 7 dager
dos004-suggestion =
    ikke øk dosen, og se etter sedasjon før hver dose (vent med dosen eller reduser ved døsighet); høyst { $cap } mg i økninger på 7 dager de første { $early ->
        [one] dagen
       *[other] { $early } dagene
    }; dosen har kanskje ikke nådd full virkning ennå
dos004-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
dos004-summary = i dag 1-{ $general-early_phase_days } av en oppstart er summen av økningene på 7 dager etter hverandre større enn grensen
dos004-why = Dødsfall med metadon samler seg de to første ukene, når dosen økes raskere enn legemidlet hoper seg opp.
dos004-example = metadon 40 → 55 → 60 → 70 → 80 mg på dag 1-5: 40 mg i økninger på 7 dager (grense 30 mg)
dos004-not-when = bytte av legemiddel, etter dag { $general-early_phase_days }, buprenorfin og morfin (ingen grense satt)
dos004-counter = kontroller dosen med LAR-legen før den gis: { $message }

## DOS005: over maksimaldosen.

dos005-message =
    { $med } { $dose } mg per administrasjon { $span } er over { $severity ->
        [critical] den kritiske maksimaldosen
       *[other] advarselsgrensen for maksimaldose
    } på { $limit } mg
dos005-suggestion-methadone = kontroller forskrivningen for skrivefeil; en dose over maksimaldosen krever dokumentert begrunnelse, EKG og serumkonsentrasjon
dos005-suggestion = kontroller forskrivningen for skrivefeil; en dose over maksimaldosen krever dokumentert begrunnelse
dos005-grades = advarsel / kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
dos005-summary = én administrasjon (`mg`) av et sublingualt eller peroralt LAR-legemiddel er over advarselsgrensen eller den kritiske maksimaldosen
dos005-why = Doser over preparatets maksimaldose trengs sjelden og øker risikoen for toksisitet, QTc-forlengelse og videreformidling.
dos005-example = buprenorfin 28 mg i døgnet: advarsel (over 24 mg)
dos005-not-when = depotinjeksjoner (DOS009 vurderer dem); doser på eller under maksimaldosen; en tidligere dose som ikke er dagens dose er en etterkontroll (advarsel)
dos005-counter = kontroller dosen med LAR-legen før den gis: { $message }

## DOS006: under effektivt doseområde.

dos006-message = { $med } { $dose } mg er under effektivt doseområde (fra { $min } mg), og rusmiddeltesten { $date } viser { $substances }
dos006-suggestion = vurder å øke dosen mot effektivt doseområde ({ $min } mg eller mer) heller enn bare å stramme inn; bruken kan skyldes abstinens
dos006-grades = advarsel
dos006-summary = etter episodedag { $dos006-after_episode_day } (eller i en videreføring) er dagens dose under effektivt doseområde, mens en rusmiddeltest de siste { $dos006-screen_window_days } dagene viser et opioid som ikke forklares av noe forskrevet
dos006-why = For lav dose gir sug og abstinens, og pasienten supplerer med opioider fra gata: det kan være dosen, ikke pasienten, som er problemet.
dos006-example = metadon 40 mg og en rusmiddeltest med 6-MAM for to uker siden (effektiv fra 60 mg)
dos006-not-when = de første { $dos006-after_episode_day } dagene, uten positiv opioidtest, eller med en dose i området

## DOS007: uten påsyn de første dagene.

dos007-message =
    { $med } uten påsyn de første { $early ->
        [one] dagen
       *[other] { $early } dagene
    } av { $kind ->
        [switch] et bytte
       *[other] en oppstart
    } startet { $start }: { $spans } ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    })
dos007-suggestion =
    gi hver dose som inntak under påsyn de første { $early ->
        [one] dagen
       *[other] { $early } dagene
    }; ingen doser til hjemmebruk under oppstart
dos007-grades = kritisk (metadongruppen) / advarsel (buprenorfingruppen); en tidligere hendelse eldre enn 7 dager: advarsel
dos007-summary = en dose i dag 1-{ $general-early_phase_days } av en oppstart eller et bytte er registrert med `supervised = false`
dos007-why = Oppstarten er når risikoen for overdose er høyest; retningslinjen krever inntak under påsyn, så sedasjon blir sett og videreformidling hindret.
dos007-example = metadon dag 5 gitt som dose til hjemmebruk
dos007-not-when = preparatbytte innen samme virkestoff (f.eks. buprenorfin → buprenorfin-nalokson med samme dose), videreføringer og etter dag { $general-early_phase_days }
dos007-counter = gi hver dose under oppstart som inntak under påsyn: { $message }

## DOS008: buprenorfin startet for tidlig.

dos008-message = oppstart med { $med }: { $failed }
dos008-too-early =
    { $hours } t etter { $kind ->
        [short] siste korttidsvirkende opioid
        [long] siste langtidsvirkende opioid
       *[other] siste opioid, ikke registrert hvilket (vurdert som langtidsvirkende)
    }{ $named } ({ $need } t kreves)
dos008-named = { " " }({ $name })
dos008-cows = COWS { $cows } (minst { $need } kreves)
dos008-unrecorded = verken tiden siden siste opioid eller COWS er registrert
dos008-suggestion = vent på objektive abstinenstegn (COWS ≥ { $cows }) og minst { $short } t etter korttidsvirkende eller { $long } t etter langtidsvirkende opioider; utløst abstinens driver pasienter tilbake til opioider fra gata
dos008-grades = kritisk / advarsel; en tidligere hendelse eldre enn 7 dager: advarsel
dos008-summary = første dose i buprenorfingruppen etter en full agonist eller etter ingen kommer for få timer etter siste opioid (kritisk), eller COWS er under terskelen, eller verken tid eller COWS er registrert (advarsel)
dos008-why = Buprenorfin fortrenger fulle agonister fra reseptoren: gitt for tidlig utløser det abstinens, og pasienter går da tilbake til opioider fra gata.
dos008-example = heroin kl. 06.00, buprenorfin kl. 09.00 (3 t; 6 t kreves)
dos008-not-when = uten en `[induction]`-tabell, mikrooppstart, bytte innen buprenorfingruppen
dos008-counter = ikke gi { $med } ennå: { $message }

## DOS009: en depotdose som ikke er en styrke.

dos009-message = depotinjeksjon på { $dose } mg { $date } er { $why }
dos009-above-maximum =
    over { $product ->
        [weekly] maksimal ukedose
       *[other] maksimal månedsdose
    } på { $max } mg
dos009-not-a-strength =
    ikke en styrke av { $product ->
        [weekly] ukedepot
       *[other] månedsdepot
    } ({ $strengths } mg)
dos009-suggestion = rett opp registreringen eller dosen før neste injeksjon
dos009-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
dos009-summary = mg for en injeksjon er ikke en styrke av preparatet, eller er over maksimal uke- eller månedsdose
dos009-why = Buvidal finnes i faste styrker; ethvert annet tall er en registreringsfeil eller en doseringsfeil, og begge må fanges opp før neste injeksjon.
dos009-example = månedsdepot 100 mg (styrker 64/96/128/160 mg)
dos009-not-when = injeksjoner med en styrke av preparatet
dos009-counter = kontroller dosen med LAR-legen før den gis: { $message }
