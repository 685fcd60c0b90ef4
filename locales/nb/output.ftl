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
