# Tekstene til visningene (tabell, arbeidsliste) på bokmål.
# Tall sendes som tall: de velger flertallsform. Ordvalg: locales/glossary.toml.

## Oppsummeringen etter en samling saker (check, worklist).

# "120 pasienter: 16 trenger tiltak før neste dose eller utlevering, 61 gjennomgang, 43 ingen tiltak"
summary-patients =
    { $checked ->
        [one] 1 pasient
       *[other] { $checked } pasienter
    }: { $action } trenger tiltak før neste dose eller utlevering, { $review } gjennomgang, { $nothing } ingen tiltak
# Legges til summary-patients når filer ikke kunne leses.
summary-unreadable =
    ; { $errors ->
        [one] 1 fil
       *[other] { $errors } filer
    } kunne ikke leses
# "funn: 2 kritiske, 1 advarsel, 0 til informasjon"
summary-findings =
    funn: { $critical ->
        [one] 1 kritisk
       *[other] { $critical } kritiske
    }, { $warning ->
        [one] 1 advarsel
       *[other] { $warning } advarsler
    }, { $info } til informasjon
# Legges til summary-findings: " (1 kvittert)".
summary-acknowledged = { " " }({ $acknowledged } kvittert)

## Tabellen i `check`: overskriftslinjen for en sak.

header = { $id } · { $med } · { $day } · { $dose } · per { $date }
header-phase-day = { $phase } dag { $day }
header-in-lar-since = { $phase }, i LAR siden { $since } ({ $duration })
header-last-injection = siste injeksjon { $mg } mg { $product } den { $date }
header-last-dose = siste dose { $mg } mg
header-dose = { $mg } mg
header-no-dose = ingen gjeldende dose
duration-years =
    { $n ->
        [one] 1 år
       *[other] { $n } år
    }
duration-months =
    { $n ->
        [one] 1 måned
       *[other] { $n } måneder
    }
duration-days =
    { $n ->
        [one] 1 dag
       *[other] { $n } dager
    }
phase-induction = oppstart
phase-switch = bytte
phase-maintenance = vedlikehold
phase-taper = nedtrapping
phase-ended = avsluttet
depot-weekly = ukentlig
depot-monthly = månedlig
viewed-as-of =
    vist per { $date }: { $records ->
        [one] 1 senere registrering
       *[other] { $records } senere registreringer
    } holdt utenfor

## Tiltaksblokken og funnene.

before-next-dose = FØR NESTE DOSE ELLER UTLEVERING
before-dosing = før dosering: { $words }
no-findings = ingen funn
col-severity = alvorlighet
col-code = kode
col-finding = funn
col-source = kilde
ack-expired = kvitteringen UTLØPT { $until }: { $reason }
ack-until = kvittert til { $until }: { $reason }
sev-acknowledged = { $severity } (kvittert)
table-error = FEIL: { $message }
table-also = også { $at }{ $message }
config-line =
    lokal konfigurasjon: { $changes ->
        [one] 1 endring
       *[other] { $changes } endringer
    } ({ $files }){ $weak }
config-unsafe = , { $unsafe } usikre godtatt med --allow-unsafe-config

## Rusmestring.

mastery-line = rusmestring: { $class } ({ $basis }); { $stable }; { $in_lar }
mastery-basis-none =
    ingen rusmiddeltester og ingen vurdering de siste { $days ->
        [one] 1 dag
       *[other] { $days } dagene
    }
mastery-basis-assessment = bare klinisk vurdering
mastery-basis-screens =
    { $screens ->
        [one] 1 rusmiddeltest
       *[other] { $screens } rusmiddeltester
    } på { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }: { $parts }
mastery-concern = { $n } bekymringsfull
mastery-some-use = { $n } noe bruk
mastery-note =
    { $n ->
        [one] 1 merknad
       *[other] { $n } merknader
    }
mastery-stable =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } siden siste bekymringsfulle rusmiddeltest ({ $date })
mastery-no-concern = ingen bekymringsfull rusmiddeltest i behandlingen
mastery-no-screens =
    ingen rusmiddeltester de siste { $days ->
        [one] 1 dag
       *[other] { $days } dagene
    }
mastery-no-start = ingen LAR-start registrert
mastery-in-lar =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } i LAR
mastery-list-concern = bekymringsfull
mastery-list-note = merknad

## Forslaget til utlevering.

pickup-line = utlevering: { $line }
pickup-keep = behold: { $current }
pickup-hold = uendret: { $current }; ingen lemping ved denne gjennomgangen
pickup-tighten = STRAM INN til { $proposed }; nå { $current }
pickup-relax = kan lempes til { $proposed }; nå { $current }
pickup-unknown = ordningen er ikke registrert; disse dataene gir høyst { $proposed }
pickup-not-applicable = utlevering: gjelder ikke ({ $note }){ $due }
pickup-overdue =
    ; injeksjonen forfalt { $date } ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    })
pickup-next-due = ; neste injeksjon { $date }
pickup-note = merk: { $note }
pickup-review-by = ny vurdering innen { $date }

## Arbeidslisten.

worklist-col-id = id
worklist-col-medication = legemiddel
worklist-col-phase = fase
worklist-col-action = første tiltak
worklist-col-pickup = utlevering
worklist-col-codes = koder
group-review = GJENNOMGÅ DENNE UKEN
group-relax = KAN LEMPES
group-nothing = INGENTING Å GJØRE
group-error = KUNNE IKKE LESES
worklist-phase-induction-day = opp d{ $day }
worklist-phase-switch-day = bytte d{ $day }
worklist-phase-induction = opp
worklist-phase-switch = bytte
worklist-phase-maintenance = vedlik
worklist-phase-taper = nedtr
worklist-phase-ended = avsl
worklist-med-buprenorphine-naloxone = bup-nalokson
worklist-med-buprenorphine-depot = depotbup
worklist-med-morphine-sr-24h = morfin 24t
worklist-med-morphine-sr-12h = morfin 12t
worklist-no-dose = ingen dose
worklist-injection = injeksjon { $mg } mg { $product }
worklist-keep = behold { $regime }
worklist-hold = uendret { $regime }
worklist-tighten = stram { $regime }
worklist-relax = lemp { $regime }
worklist-at-most = høyst { $regime }
worklist-na = i.a.
worklist-tighten-to = stram inn til { $proposed }
worklist-relax-to = lemp til { $proposed }
worklist-not-applicable = gjelder ikke ({ $note })
worklist-no-match = ingen pasient passer filtrene
worklist-acknowledged = * kvittert: listet, løfter ikke gruppen
worklist-listed =
    listet { $listed } av { $checked ->
        [one] 1 pasient
       *[other] { $checked } pasienter
    } (filtrene velger linjene, ikke avslutningsstatusen)
worklist-restart-reduce =
    høyst { $mg } mg ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt)
worklist-restart-see-prescriber =
    høyst { $mg } mg ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt), kontakt LAR-legen først
worklist-restart-review =
    vurder, deretter vanlig dose { $mg } mg ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt)
worklist-restart-reinduce =
    høyst { $mg } mg ({ $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt), ny oppstart under påsyn
worklist-restart-other-reinduce =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt: start neste legemiddel som ny oppstart
worklist-restart-other =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } uteblitt: kontakt LAR-legen før byttet
worklist-more-problems =
    { $message } (og { $n ->
        [one] 1 problem til
       *[other] { $n } problemer til
    })
