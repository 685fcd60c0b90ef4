# Norske tekster: oppslagskommandoene (rules, explain, drugs, validate).

## larcheck rules: tabellens overskrift.

cmd-rules-code = kode
cmd-rules-name = navn
cmd-rules-severity = alvorlighet
cmd-rules-source = kilde
cmd-local-default = lokal standardverdi

## larcheck explain KODE: avsnittene.

cmd-explain-checks = Hva regelen sjekker
cmd-explain-fires-when = Slår ut når { $summary }.
cmd-explain-why = Hvorfor det er viktig
cmd-explain-source-line = Kilde: { $source }
cmd-explain-source = Kilde
cmd-explain-example = Eksempel
cmd-explain-not-when = Slår ikke ut når
cmd-explain-references = Referanser (larcheck explain NØKKEL for én av dem)
cmd-explain-parameters = Parametre (config/default.toml; overstyr med --config)
cmd-explain-code = Kode
cmd-explain-defined-in = { "  " }definert i { $location }; testsaker: { $fixtures }
cmd-unknown-hint = ; mente du { $names }?

## larcheck explain NØKKEL: en kilde.

cmd-source-heading = { $key } (kilde)
cmd-source-title = tittel
cmd-source-document = dokument
cmd-source-publisher = utgiver
cmd-source-authors = forfattere
cmd-source-year = år
cmd-source-section = avsnitt
cmd-source-address = adresse
cmd-source-type = type
cmd-source-note = merknad
cmd-source-not-stated = ikke oppgitt
cmd-source-no-address = ingen offentlig adresse
cmd-source-aliases = { "  " }også sitert som: { $names }
cmd-source-cited-by = { "  " }sitert av: { $codes }

## larcheck validate.

cmd-validate-summary = { $valid ->
        [one] 1 fil
       *[other] { $valid } filer
    } gyldige, { $bad } med feil

## larcheck drugs SØK.

cmd-drugs-formerly = { " " }(tidligere { $atc })
cmd-drugs-brands = { "  " }varenavn:  { $value }
cmd-drugs-classes = { "  " }klasser:   { $value }
cmd-drugs-components = { "  " }virkestoffer: { $value }
cmd-drugs-routes = { "  " }administrasjonsveier: { $value }
cmd-drugs-lar = { "  " }LAR-legemiddel: { $value }
cmd-drugs-explains = { "  " }forklarer i rusmiddeltest: { $value }
cmd-drugs-mme = { "  " }orale morfinekvivalenter: { $value } per mg/døgn
cmd-drugs-rule = { "  " }{ $code } { $name }: med { $with }
cmd-drugs-note = { "  " }merknad: { $value }
cmd-drugs-related = beslektede oppføringer: { $names }
cmd-drugs-matches = { $n ->
        [one] 1 treff
       *[other] { $n } treff
    }
cmd-drugs-nearest = ; nærmeste navn: { $names }
cmd-drugs-no-match = ingen legemidler passer til `{ $query }` (en resept med dette navnet er et ukjent legemiddel){ $hint }

## Brukerfeil (etter "error: ").

cmd-validate-no-path = validate trenger minst én STI (eller --show-config)
cmd-drugs-no-query = `drugs` trenger et navn, et varenavn eller en ATC-kode å slå opp
cmd-drugs-route = , administrasjonsvei { $route }

## Faste uttrykk i koden (`Lang::phrase`): hvilke LAR-legemidler en regel
## gjelder, hvordan et navn ble lest, administrasjonsveier.

phrase-any-lar-medication = alle LAR-legemidler
phrase-methadone-family-medications-methadone-levomethadone-morphine-sr = legemidler i metadongruppen (metadon, levometadon, depotmorfin)
phrase-methadone-levomethadone-and-the-buprenorphine-family = metadon, levometadon og buprenorfingruppen
phrase-methadone-levomethadone-and-morphine-sr = metadon, levometadon og depotmorfin
phrase-methadone-and-levomethadone = metadon og levometadon
phrase-the-buprenorphine-family-and-morphine-sr = buprenorfingruppen og depotmorfin
phrase-the-buprenorphine-family = buprenorfingruppen
phrase-morphine-sr = depotmorfin
phrase-any-lar-medication-with-another-benzodiazepine-or-z-hypnotic = alle LAR-legemidler, sammen med et annet benzodiazepin eller z-hypnotikum
phrase-any-lar-medication-with-one-more-cns-depressant-class = alle LAR-legemidler, sammen med én klasse sentraldempende legemidler til
phrase-any-lar-medication-when-a-screen-tests-for-its-substances-and-finds-none = alle LAR-legemidler, når en rusmiddeltest ser etter stoffene og ikke finner dem
phrase-name = navn
phrase-atc-code = ATC-kode
phrase-name-with-strength-or-form = navn med styrke eller legemiddelform
phrase-spelling-variant = annen skrivemåte
phrase-atc-group-substance-not-listed = ATC-gruppe (virkestoffet står ikke i katalogen)
phrase-combination = kombinasjonspreparat
phrase-oral = oral
phrase-sublingual = sublingual
phrase-buccal = bukkal
phrase-nasal = nasal
phrase-transdermal = transdermal
phrase-injection = injeksjon
phrase-depot-injection = depotinjeksjon
