# Bokmål: overdose. Ordvalg: locales/glossary.toml.

## Hendelser.

odr-event-prison-release = løslatelse fra fengsel
odr-event-detox-discharge = utskrivning fra avrusning
odr-event-hospital-discharge = utskrivning fra sykehus
odr-event-overdose = en overdose
odr-event-treatment-interruption = et avbrudd i behandlingen

## ODR001

odr001-undosed =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uten legemidlet rundt hendelsen ({ $spans })
odr001-message-discharged = utskrevet { $date } ({ $ago }) med daglige doser registrert: sjekk utskrivningslisten for nye opioider eller beroligende midler
odr001-suggestion-discharged = sammenlign utskrivningslisten med reseptene her: nye opioider, beroligende midler eller QT-forlengende legemidler
odr001-message-overdose = en overdose { $date } ({ $ago }): toleransen kan være lav{ $undosed }
odr001-message-low = { $event } { $date } ({ $ago }) med { $undosed }: toleransen kan være lav
odr001-suggestion-low = sjekk toleransen før dosering, gi dosen under påsyn, og del ut nalokson nesespray med opplæring
odr001-message-dosed = { $event } { $date } ({ $ago }), daglige doser registrert: ukene etterpå gir risiko (ny tilgang, gamle kontakter, andre leger)
odr001-suggestion-dosed = snakk om de første ukene etter oppholdet (bruk, kontakter, andre leger), ha nalokson nesespray for hånden, og sjekk utskrivningspapirene

## ODR002

odr002-message =
    { $kit ->
        [none] pasienten har ikke nalokson nesespray
       *[undocumented] nalokson nesespray er ikke dokumentert
    } mens overdoserisikoen er økt: { $factors }
odr002-early =
    tidlig i behandlingen ({ $phase ->
        [induction] oppstart
        [switch] bytte av legemiddel
        [maintenance] vedlikehold
        [taper] nedtrapping
        [ended] avsluttet
       *[other] { $phase }
    })
odr002-missed =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt
odr002-ended = behandlingen er avsluttet
odr002-taper = nedtrapping (toleransen faller)
odr002-suggestion = del ut nalokson nesespray med opplæring til pasienten og folk rundt, og før det i journalen (og i saksfilen)

## ODR003

odr003-message =
    { $medication }, { $phase ->
        [induction] oppstart
        [switch] bytte av legemiddel
        [maintenance] vedlikehold
        [taper] nedtrapping
        [ended] avsluttet
       *[other] { $phase }
    }: { $day ->
        [-1] de første dagene
       *[other] dag { $day }
    } av de første { $days ->
        [one] 1 dag
       *[other] { $days } dagene
    }, når dødeligheten er økt
odr003-suggestion-week-one = gi hver dose under påsyn og observer 2 t etter inntak den første uka; sjekk for sedasjon før hver dose
odr003-suggestion =
    gi hver dose under påsyn og sjekk for sedasjon før hver; ingen doser til hjemmebruk de første { $days ->
        [one] 1 dag
       *[other] { $days } dagene
    }

## ODR004

odr004-message =
    barn bor i hjemmet, og { $storage ->
        [unlockable] doser til hjemmebruk kan ikke låses inn
       *[undocumented] trygg oppbevaring er ikke dokumentert
    } ({ $regime })
odr004-regime =
    { $doses ->
        [one] 1 dose til hjemmebruk
       *[other] { $doses } doser til hjemmebruk
    } om gangen
odr004-regime-none = ingen doser til hjemmebruk nå
odr004-regime-unrecorded = utleveringsordning ikke registrert
odr004-suggestion = selv en del av én dose kan drepe et barn: ingen doser til hjemmebruk før et låsbart skrin er i bruk; gi dosene under påsyn så lenge
odr004-suggestion-no-take-home = doser til hjemmebruk må vente til et låsbart skrin er i bruk; gi pasienten et og registrer at det er i bruk
odr004-counter-locked = ingen doser til hjemmebruk før skrinet er låst: barn bor i hjemmet
odr004-counter-undocumented = ingen doser til hjemmebruk før trygg oppbevaring er dokumentert: barn bor i hjemmet

## Regeltekstene (declare_rule! i src/rules/overdose.rs).

odr001-grades = advarsel / info (en utskrivning fra sykehus der alle dagene rundt er dosert)
odr001-summary = en [[events]]-hendelse de siste 28 dagene (løslatelse fra fengsel, utskrivning fra avrusning eller sykehus, overdose, avbrudd i behandlingen); en utskrivning fra sykehus der alle dagene rundt (6 dager før til 7 etter, dager før `as_of`) er dosert, er info (sjekk utskrivningslisten)
odr001-why = Overdosedødsfall hoper seg opp de første ukene etter løslatelse eller utskrivning, når toleransen er lav.
odr001-example = løslatt fra fengsel for 5 dager siden
odr001-not-when = hendelser for mer enn 28 dager siden

odr002-grades = advarsel
odr002-summary = ikke `take_home_kit = true` mens en risikofaktor for overdose finnes (tidlig i behandlingen, 3+ uteblitte dager på rad, behandling avsluttet eller nedtrapping, TAP001, ODR001, BZD001-003, INT001-004, SCR001, SCR003, SCR005)
odr002-why = Nalokson i hjemmet reverserer en overdose før ambulansen kommer.
odr002-example = benzodiazepin forskrevet og ingen nalokson registrert
odr002-not-when = take_home_kit = true, eller ingen risikofaktor

odr003-grades = info
odr003-summary = as_of er på dag 1-14 av en oppstart med et metadonlegemiddel, eller av et bytte fra et buprenorfinlegemiddel
odr003-why = Dødeligheten er økt de to første ukene med metadon; observer 2 t etter inntak den første uka.
odr003-example = oppstart med metadon, dag 12
odr003-not-when = oppstart med buprenorfin, etter dag 14

odr004-grades = kritisk (metadonlegemidler) / advarsel (buprenorfinlegemidler) med doser til hjemmebruk; ellers info
odr004-summary = barn bor i hjemmet, og det finnes ingen trygg (låst) oppbevaring
odr004-why = Selv en del av én metadondose kan drepe et lite barn.
odr004-example = metadon med 3 doser til hjemmebruk, barn i hjemmet, ikke noe låsbart skrin
odr004-not-when = safe_storage = true
