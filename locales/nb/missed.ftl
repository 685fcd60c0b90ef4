# Bokmål: missed. Ordvalg: locales/glossary.toml.

## MIS001: uteblitte dager før as_of.

mis001-message =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt før { $date } ({ $span }{ $unrec }); { $words }
mis001-unrecorded = , { $n } av dem ikke registrert
mis001-per-twice = { " " }i døgnet: { $each } mg to ganger
mis001-per-every = { " " }i døgnet ({ $each } mg { $every })
mis001-action-reduce = gi høyst { $next } mg{ $per } (siste dose { $last } mg)
mis001-action-see-prescriber = gi høyst { $next } mg{ $per } (siste dose { $last } mg), og kontakt LAR-legen først
mis001-action-review = vurder pasienten før dosering; gi høyst { $next } mg{ $per } (siste dose { $last } mg)
mis001-action-re-induce = toleransen kan være tapt: ny oppstart med høyst { $next } mg{ $per } (siste dose { $last } mg)
mis001-other-re-induce = neste dose er { $next_med }, en ny oppstart som vurderes etter DOS001 med egne grenser (siste dose { $last_med } { $last } mg)
mis001-other-review = neste dose er { $next_med }, en ny start som vurderes etter bytteregelene (siste dose { $last_med } { $last } mg)
mis001-suggestion-see-prescriber = kontakt LAR-legen før dosering; gi høyst { $next } mg og vurder pasienten
mis001-suggestion-reduce = etter samtale med LAR-legen: se etter sedasjon og nylig rusbruk, gi høyst { $next } mg, og trapp så opp igjen trinnvis
mis001-suggestion-review = vurder ruspåvirkning og abstinens før dosering; høyst { $next } mg
mis001-suggestion-re-induce = behandle som ny oppstart: start med høyst { $next } mg, inntak under påsyn, og trapp opp på nytt
mis001-suggestion-other = kontakt LAR-legen før første dose av det nye legemidlet
every-days =
    { $n ->
        [2] annenhver dag
       *[other] hver { $n }. dag
    }

mis001-grades = kritisk når dagens dose endres (reduce, see-prescriber, re-induce) / advarsel (review ved siste dose)
mis001-summary = de uteblitte dagene før `as_of` når en terskel; funnet sier hva som skal gjøres og anbefalt neste dose (per administrasjon for depotmorfin (12 t) og dosering med `every`); med et annet legemiddel som neste dose: re-induce kritisk, review advarsel
mis001-why = Toleransen faller i løpet av få dager; vanlig dose etter flere uteblitte dager er en klassisk årsak til metadondødsfall.
mis001-example = metadon 80 mg, 4 dager uteblitt: kontakt LAR-legen, gi høyst 40 mg
mis001-not-when = færre uteblitte dager enn første terskel, depot (MIS004 vurderer det), etter avsluttet behandling
mis001-not-acknowledgeable = en uteblitt dose skal følges opp, ikke kvitteres

## Utlevering etter uteblitte dager ved disken (src/actions.rs): den
## første linjen den som står ved disken leser.

restart-reduce =
    Ikke full dose i dag: gi høyst { $next } mg (siste dose { $last } mg). { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.
restart-see-prescriber =
    Ikke full dose i dag: gi høyst { $next } mg (siste dose { $last } mg), og kontakt LAR-legen først. { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.
restart-review =
    Vurder pasienten før dosering: vanlig dose { $next } mg kan gis. { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.
restart-re-induce =
    Ikke full dose i dag: ny oppstart med høyst { $next } mg, inntak under påsyn (siste dose { $last } mg). { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.
restart-other-re-induce =
    Neste dose er et annet legemiddel: start det som ny oppstart. { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.
restart-other =
    Neste dose er et annet legemiddel: kontakt LAR-legen før byttet. { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt.

## MIS002: for høy dose ved gjenopptak.

mis002-message =
    { $med } { $dose } mg { $kind ->
        [planned] planlagt
       *[other] gitt
    } { $date } etter { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten dose ({ $span }); høyst { $advised } mg anbefalt (siste dose { $last } mg)
mis002-suggestion = senk dosen ved gjenopptak til høyst { $advised } mg og trapp opp igjen; toleransen faller i løpet av få dager

mis002-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
mis002-summary = etter uteblitte dager (i historikken eller planen) er første dose høyere enn MIS001 ville ha anbefalt
mis002-why = Dosen ved gjenopptak er der tapt toleranse møter den gamle dosen.
mis002-example = metadon 80 mg, 4 dager uteblitt, gjenopptatt med 80 mg (høyst 40 mg anbefalt)
mis002-not-when = gjenopptak med et annet legemiddel (DOS001 eller SWI-reglene vurderer det)
mis002-not-acknowledgeable = en uteblitt dose skal følges opp, ikke kvitteres
mis002-counter = for høy dose ved gjenopptak: { $message }

## MIS003: hyppige uteblitte dager.

mis003-message =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt eller ikke registrert { $window ->
        [one] det siste døgnet
       *[other] de siste { $window } dagene
    } før { $date } ({ $spans }); terskelen er { $threshold }
mis003-suggestion = snakk med pasienten om de uteblitte dosene; vurder doser til hjemmebruk og utleveringsordningen på nytt

mis003-grades = advarsel
mis003-summary = 4 eller flere uteblitte eller ikke registrerte dager (planlagte nulldager telles ikke) de siste 28 dagene før `as_of`; en periode som er selve oppholdet (som slutter samme dag eller dagen før løslatelse fra fengsel, utskrivning fra avrusning eller sykehus, eller begynner samme dag eller dagen etter et behandlingsavbrudd) telles ikke
mis003-why = Gjentatte uteblitte dager betyr svingende toleranse og kanskje videreformidlede doser til hjemmebruk; ordningen bør vurderes på nytt.
mis003-example = 2 + 2 uteblitte dager de siste fire ukene
mis003-not-when = planlagte nulldager, færre dager enn terskelen, fravær under et opphold (dager uteblitt etter løslatelse eller utskrivning telles fortsatt)

## MIS004: depotinjeksjon på overtid.

mis004-message =
    { $product ->
        [weekly] ukentlig
       *[other] månedlig
    } depotinjeksjon på overtid: sist gitt { $date } (for { $since ->
        [one] 1 dag
       *[other] { $since } dager
    } siden, { $dose } mg); forfalt { $due }, senest { $latest }
mis004-suggestion-critical = kontakt pasienten i dag; vurder toleranse og abstinens før neste injeksjon; tilby nalokson nesespray
mis004-suggestion-warning = kontakt pasienten og gi neste injeksjon; se etter abstinens og sidebruk

mis004-grades = advarsel / kritisk
mis004-summary = dagene siden siste depotinjeksjon er flere enn intervallet pluss tillatt vindu (advarsel) eller flere enn to ganger intervallet (kritisk)
mis004-why = En depotinjeksjon på overtid etterlater pasienten uten dekning; toleransen faller som ved uteblitte perorale doser.
mis004-example = månedlig depot sist gitt for 46 dager siden (28 + 7 tillatt)
mis004-not-when = innenfor vinduet, eller en pasient som ikke får depot nå
mis004-not-acknowledgeable = en uteblitt dose skal følges opp, ikke kvitteres
mis004-counter = { $message }: kontakt LAR-legen før neste injeksjon
