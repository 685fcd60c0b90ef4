# Bokmål: pickup. Ordvalg: locales/glossary.toml.
# Rusmestring (MST001) og forslaget til utlevering (PIC001-PIC004) på bokmål.

## Ordninger og trinn i apotekets ord.

regime =
    { $supervised ->
        [7] daglig inntak under påsyn
        [0] ingen inntak under påsyn
        [one] 1 inntak under påsyn i uken
       *[other] { $supervised } inntak under påsyn i uken
    }, { $take_home ->
        [0] ingen doser til hjemmebruk
        [one] 1 dose til hjemmebruk
       *[other] { $take_home } doser til hjemmebruk
    }
level =
    { $supervised ->
        [7] daglig inntak under påsyn
        [one] 1 inntak under påsyn i uken
       *[other] { $supervised } inntak under påsyn i uken
    }, { $take_home ->
        [0] ingen doser til hjemmebruk
        [one] 1 dose til hjemmebruk
       *[other] opptil { $take_home } doser til hjemmebruk
    }
level-with-words = { $regime } ({ $words })
level-words-daily-supervised = hver dose under påsyn
level-words-sunday-home = søndagsdosen utleveres lørdag
level-words-weekend-home = påsyn på hverdager, helgen hjemme
level-words-supervised-3-per-week = påsyn 3 dager i uken, f.eks. mandag, onsdag, fredag
level-words-supervised-2-per-week = påsyn 2 dager i uken
level-words-supervised-1-per-week = utlevering hver uke

## Tabellens etiketter for hva som holder pasienten tilbake, etter trinn.

step-acute = hvorfor (akutt)
step-cap = begrenset
step-down = ett trinn ned
step-hold = holdes
step-next = neste trinn krever

## Klassene for rusmestring i ord (JSON beholder `some-use`).

mastery-class-good = god
mastery-class-some-use = noe bruk
mastery-class-dependence-like = avhengighetspreget
mastery-class-unknown = ukjent

## Erklærte tekster.

pic004-counter = gi aldri depotbuprenorfin med pasienten hjem

mst001-grades = til informasjon
mst001-summary = den kliniske vurderingen i vinduet er bedre enn det rusmiddeltestene viser (rusmiddeltester fra utredningen telles ikke)
mst001-why = Det dårligste av de to avgjør; uoverensstemmelsen bør snakkes gjennom.
mst001-example = vurdering god, to bekymringsfulle rusmiddeltester
mst001-not-when = ingen vurdering, eller en vurdering like dårlig som rusmiddeltestene

pic001-grades = kritisk når forslaget er daglig inntak under påsyn av en akutt grunn og ordningen har doser til hjemmebruk; advarsel ellers (en grense, ett trinn ned)
pic001-summary = dagens utleveringsordning er løsere enn forslaget: daglig inntak under påsyn av en akutt grunn (tidlig i behandlingen, en ny start etter uteblitte doser som krever LAR-legen eller ny oppstart, tap av toleranse rundt en hendelse, avhengighetspreget bruk av opioider eller sedativer, en kritisk INT004, metadon med barn i hjemmet og uten låsbar oppbevaring), en grense (6/1 de første 90 dagene, ved avhengighetspreget bruk ellers og ved bytte innen metadonfamilien; 7/0 for en redusert ny start og opptrappingen etter den) eller ett trinn ned (noe bruk, et kritisk BZD- eller INT-funn; aldri under 6/1)
pic001-why = Doser til hjemmebruk utover det rusmestringen tilsier gir risiko for overdose, videresalg og doser som havner hos barn; kritisk bare der noe må endres før neste utlevering.
pic001-example = 4 uteblitte doser metadon og 4 doser til hjemmebruk: daglig inntak under påsyn fra i dag (kritisk); 60 dager i LAR på 5/2: 6/1 (advarsel)
pic001-not-when = ingen [pickup] (ordningen er ukjent), eller en ordning på eller under forslaget

pic002-grades = til informasjon
pic002-summary = forslaget er ett trinn løsere enn dagens ordning
pic002-why = Stabile pasienter skal ikke ha mer påsyn enn de trenger; det koster arbeid og skolegang.
pic002-example = god rusmestring, 2,5 år i LAR, en negativ rusmiddeltest forrige uke: fra 5/2 til 3 inntak under påsyn i uken
pic002-not-when = et kriterium holder fortsatt pasienten tilbake; uendret ordning (ukjent rusmestring, graviditet, nedtrapping, uteblitte doser, en hendelse, spor av cannabis eller en uteblitt eller fortynnet prøve, en kjent INT004, barn i hjemmet og uten låsbar oppbevaring)

pic003-grades = advarsel
pic003-summary = take_home_days over maksimum for det høyeste konfigurerte trinnet (6 som standard)
pic003-why = Retningslinjens maksimum er doser for én uke om gangen.
pic003-example = 14 doser til hjemmebruk
pic003-not-when = 6 eller færre

pic004-grades = kritisk
pic004-summary = et depotlegemiddel med doser til hjemmebruk i ordningen
pic004-why = Depotbuprenorfin skal aldri gis til pasienten.
pic004-example = Buvidal med take_home_days = 7
pic004-not-when = ingen doser til hjemmebruk

## Hva et kriterium krever (`holding_back[].needs`).

need-json-at-least =
    >= { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
need-json-fewer-than =
    < { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
need-at-least =
    minst { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
need-fewer-than =
    færre enn { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
need-after-day = etter dag { $days }
need-after-switch-day = etter dag { $days } av byttet
need-valid-screen-within =
    en gyldig rusmiddeltest { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
need-screen-or-assessment-within =
    en gyldig rusmiddeltest eller en klinisk vurdering { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
need-no-event-within =
    ingen { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
need-no-note-within =
    ingen merknad { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
need-back-at = tilbake på { $mg } mg
need-level-at-most = høyst { $level } for { $med } (klinikkens innstilling)
need-tolerance-intact = toleransen er intakt
need-no-repeated-use = ingen gjentatt bruk av opioider eller sedativer
need-no-critical-combination = ingen ukvittert kritisk INT004
need-locked-storage = låsbar oppbevaring (barn i hjemmet)
need-no-reduced-restart = ingen redusert ny start
need-no-critical-safety-finding = ingen ukvittert kritisk BZD- eller INT-funn
need-pregnancy-team = en beslutning sammen med svangerskapsteamet
need-no-taper = ingen pågående nedtrapping
need-regular-intake = jevnlig inntak
need-combination-reviewed = kombinasjonen er gjennomgått

## Hva som holder pasienten tilbake, som én frase (`holding_back[].words`).

block-early-treatment = { $has } (daglig inntak under påsyn til og med dag { $day })
block-needs = { $has } (krever { $needs })
block-days-in-lar = { $has } i LAR (krever { $needs })
block-stable-days = { $has } siden siste bekymringsfulle rusmiddeltest (krever { $needs })
block-mastery = rusmestring: { $class } (krever { $needs })
block-missed-run = { $has } uteblitt (krever { $needs })
block-safe-storage = barn i hjemmet og ingen låsbar oppbevaring av doser til hjemmebruk
block-critical-safety-finding = ukvittert kritisk funn { $has }
block-recent-screen =
    ingen gyldig rusmiddeltest { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    } ({ $has })

## Hvorfor en rusmiddeltest teller som den gjør.

mst-sample-missed = prøve uteblitt
mst-sample-refused = prøve nektet
mst-sample-adulterated = manipulert prøve
mst-dilute = fortynnet prøve
mst-agonist-absent = LAR-legemiddelet ikke påvist
mst-spiking = mulig tilsetting i prøven ({ $substance } uten metabolitten)

## MST001.

mst001-message =
    klinisk vurdering «{ $assessment }» ({ $assessed }) er bedre enn { $screens ->
        [one] 1 rusmiddeltest
       *[other] { $screens } rusmiddeltester
    } { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    } viser («{ $screen_class }»: { $concern } bekymringsfull, { $some_use } noe bruk)
mst001-suggestion = det dårligste av de to brukes; snakk gjennom rusmiddeltestene med pasienten og teamet

## Kriteriene i forslaget: hva saken viser.

pic-event-prison-release = løslatelse fra fengsel
pic-event-detox-discharge = utskrivning fra avrusning
pic-event-hospital-discharge = utskrivning fra sykehus
pic-event-overdose = overdose
pic-event-treatment-interruption = avbrudd i behandlingen
pic-has-phase-day = { $phase } dag { $day }
pic-has-phase = fase: { $phase }
pic-days =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
pic-has-no-safe-storage = ingen låsbar oppbevaring
pic-storage-not-documented = barn i hjemmet, og låsbar oppbevaring av doser til hjemmebruk er ikke dokumentert
pic-missed-reinduce =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt: ny oppstart (ny start og ny opptrapping skjer med inntak under påsyn)
pic-missed-see-prescriber =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt: redusert ny start etter vurdering av LAR-legen (ny start og ny opptrapping skjer med inntak under påsyn)
pic-repeated-use =
    gjentatt bruk i tillegg til LAR-legemiddelet ({ $substances } den { $date }; { $concern ->
        [one] 1 bekymringsfull rusmiddeltest
       *[other] { $concern } bekymringsfulle rusmiddeltester
    } på { $days ->
        [one] 1 dag
       *[other] { $days } dager
    })
pic-critical-combination = farlig kombinasjon av sentraldempende midler nå (INT004): { $message }
pic-tolerance-overdose = overdose den { $date }: toleransen kan være lav
pic-tolerance-event =
    { $event } den { $date } med { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten legemiddelet rundt hendelsen: toleransen kan være lav
pic-mf-switch-day = bytte fra { $from } til { $to }, dag { $day } av { $early }
pic-mf-switch = bytte fra { $from } til { $to }, i de første { $early } dagene
pic-reduced-restart =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt: dosen reduseres i dag; hver dose under påsyn mens den trappes opp igjen
pic-retitration = ny opptrapping etter ny start den { $date }: { $now } mg nå, { $old } mg før de uteblitte dosene
pic-pregnancy = gravid, uke { $week }: endringer besluttes sammen med svangerskapsteamet
pic-taper = nedtrapping: fallende toleranse, en tid for å holde kontakten
pic-missed-before-today =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt før i dag
pic-frequent-missed =
    hyppige uteblitte doser { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
pic-event-on = { $event } den { $date }
pic-note-screen = { $why } den { $date }: ingen lemping ved denne gjennomgangen
pic-known-combination = en kjent, forskrevet kombinasjon av sentraldempende midler (INT004): gjennomgås, belønnes ikke
pic-no-valid-screen = ingen gyldig rusmiddeltest registrert
pic-last-valid-screen = siste gyldige rusmiddeltest { $date }
pic-stable-no-concern =
    { $in_lar } og ingen bekymringsfull rusmiddeltest (krever minst { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten)
pic-stable-no-screens =
    { $in_lar } og ingen rusmiddeltester registrert (krever minst { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten bekymringsfull rusmiddeltest)
pic-no-start-needs = ingen LAR-start registrert (krever { $needs } i LAR)

## Merknadene i forslaget.

pic-note-work = pasienten er i arbeid eller utdanning: legg utleveringsdagene etter arbeidstiden (NO-GL-2010 §9.2)
pic-note-depot = depotbuprenorfin: forslaget er injeksjonsplanen; ingen doser til hjemmebruk
pic-note-ended = behandlingen er avsluttet: intet forslag til utlevering

## PIC001-PIC004.

pic001-message = utleveringsordningen er løsere enn grunnlaget tilsier: { $why }. Nå { $now }; grunnlaget tilsier: { $supported }
pic001-suggestion-critical = ingen doser til hjemmebruk fra i dag: hver dose under påsyn til LAR-legen har vurdert
pic001-suggestion = ved neste konsultasjon: endre til { $level }
pic001-counter-daily = daglig inntak under påsyn fra i dag, ingen doser til hjemmebruk
pic001-counter-daily-why = daglig inntak under påsyn fra i dag, ingen doser til hjemmebruk: { $why }
pic002-message = utleveringen kan lempes: fra { $now } til { $level }
pic002-suggestion = vurder { $level }
pic003-message =
    { $take_home ->
        [one] 1 dose til hjemmebruk
       *[other] { $take_home } doser til hjemmebruk
    } ved én utlevering; maksimum er { $max } (én uke)
pic003-suggestion =
    lever ut høyst { $max ->
        [one] 1 dose
       *[other] { $max } doser
    } om gangen
pic004-message =
    depotbuprenorfin med { $take_home ->
        [one] 1 dose til hjemmebruk
       *[other] { $take_home } doser til hjemmebruk
    } registrert: depot gis bare av helsepersonell
pic004-suggestion = gi aldri depotbuprenorfin med pasienten hjem; rett ordningen eller registreringen
