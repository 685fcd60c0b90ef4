# Bokmål: switch. Ordvalg: locales/glossary.toml.

## SWI001: for høy metadondose før buprenorfin.

swi001-message = { $med } startet { $date } etter { $prev } { $last } mg (siste dose før byttet { $last_day }); reduser først til høyst { $limit } mg
swi001-suggestion-started = byttet er startet: vurder utløst abstinens (COWS) før neste dose, og behandle den
swi001-suggestion = trapp ned { $prev } til { $limit } mg eller mindre før byttet, eller planlegg en mikrooppstart; risiko for kraftig utløst abstinens
swi001-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
swi001-summary = første dose i buprenorfingruppen (depot medregnet) følger en siste dose av full agonist over grensen
swi001-why = Fra høye metadondoser utløser buprenorfin kraftig abstinens; de nasjonale tabellene reduserer metadon til 30 mg først.
swi001-example = metadon 60 mg, så buprenorfin 4 mg dagen etter
swi001-not-when = mikrooppstart (SWI008), og siste doser på eller under grensen
swi001-counter = kontroller byttet med LAR-legen før neste dose: { $message }

## SWI002: buprenorfin for tidlig etter full agonist.

swi002-message-same-day = { $med } startet { $date } samme dag som { $prev } også ble gitt (siste dose før byttet { $last } mg), uten nulldag
swi002-message-next-day = { $med } startet { $date } dagen etter siste dose { $prev } ({ $last } mg { $last_day }), uten nulldag
swi002-suggestion = la det gå minst 24 t (de nasjonale tabellene bruker én nulldag), og start når abstinensen er objektiv
swi002-grades = kritisk / advarsel; en tidligere hendelse eldre enn 7 dager: advarsel
swi002-summary = buprenorfin samme dag som en full agonist (kritisk), eller dagen etter uten nulldag (advarsel)
swi002-why = Preparatomtalen krever minst 24 t etter metadon; de norske tabellene bruker en nulldag.
swi002-example = metadon 10. november, buprenorfin 11. november
swi002-not-when = mikrooppstart, og bytter med en nulldag
swi002-counter = kontroller byttet med LAR-legen før neste dose: { $message }

## SWI003: depotdosen passer ikke med omregningen.

swi003-message =
    første depotinjeksjon { $dose } mg { $product ->
        [weekly] ukedepot
       *[other] månedsdepot
    } { $date } etter sublingual { $sublingual } mg; { $want }
swi003-matches =
    { $dose } mg { $product ->
        [weekly] ukedepot
       *[other] månedsdepot
    } passer
swi003-none-matches =
    ingen styrke av { $product ->
        [weekly] ukedepot
       *[other] månedsdepot
    } passer
swi003-suggestion = sjekk omregningstabellen (ukedepot 8/16/24/32 mg, månedsdepot 64-160 mg etter den sublinguale dosen)
swi003-grades = advarsel
swi003-summary = første depotinjeksjon passer ikke med intervallet for siste sublinguale dose
swi003-why = For lav dose gir abstinens og sidebruk; for høy dose gir sedasjon. Omregningsintervallene er produsentens.
swi003-example = sublingual 16 mg, så månedsdepot 160 mg (96 mg passer)
swi003-not-when = injeksjoner som passer med intervallet, og depotstart uten sublingual dose i byttevinduet

## SWI004 og SWI005: omregningsforholdet overskredet.

swi-ratio-half = halvparten ({ $ratio }:1) av
swi-ratio-times = { $ratio } ganger
swi-ratio-message = { $prev } → { $med }: { $worst } mg { $date } er over { $ratio } siste dose { $prev } på { $last } mg (høyst { $max } mg){ $more }
swi-ratio-days-above =
    ; { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } over
swi-ratio-suggestion =
    gi høyst { $max } mg { $med } de første { $early ->
        [one] dagen
       *[other] { $early } dagene
    }, og trapp opp derfra
swi004-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
swi004-summary = metadon → levometadon med en levometadondose i dag 1-14 over halvparten av siste metadondose (eller levometadon → metadon over det dobbelte)
swi004-why = Levometadon er omtrent dobbelt så potent per mg; et bytte 1:1 er en dobbel dose.
swi004-example = metadon 100 mg, så levometadon 60 mg (høyst 50 mg)
swi004-not-when = doser innenfor forholdet, og etter dag 14
swi004-counter = kontroller byttet med LAR-legen før neste dose: { $message }
swi005-grades = kritisk; en tidligere hendelse eldre enn 7 dager: advarsel
swi005-summary = metadon → depotmorfin med en morfindose i dag 1-14 over 8 × siste metadondose
swi005-why = Preparatomtalen for Substitol går aldri over 1:8; høyere forhold gir overdose.
swi005-example = metadon 60 mg, så morfin 600 mg (høyst 480 mg)
swi005-not-when = doser innenfor forholdet
swi005-counter = kontroller byttet med LAR-legen før neste dose: { $message }

## SWI006: metadon startet høyt etter buprenorfin.

swi006-message = metadon startet med { $dose } mg { $date } etter { $prev }; grensen er { $limit } mg
swi006-suggestion = start metadon med høyst { $limit } mg, og observer i 2 t etter inntak den første uken
swi006-grades = advarsel
swi006-summary = første metadondose etter buprenorfin er over grensen
swi006-why = Toleranse for buprenorfin kan ikke overføres mg for mg; den nasjonale prosedyren starter metadon lavt.
swi006-example = buprenorfin 16 mg, så metadon 50 mg (grense 40 mg)
swi006-not-when = første doser på eller under grensen

## SWI007: bytte poliklinisk.

swi007-message = bytte { $from } → { $to } { $date } poliklinisk; bytte under innleggelse er hovedregelen
swi007-suggestion = hvis byttet forblir poliklinisk: daglig inntak under påsyn, en navngitt kontaktperson, og observasjon etter de første dosene
swi007-grades = til informasjon
swi007-summary = et bytte mellom buprenorfingruppen og fulle agonister, eller mellom depotmorfin 12 t og 24 t, med `setting = "outpatient"`
swi007-why = Retningslinjen fra 2022 gjør bytte under innleggelse til hovedregelen på grunn av risiko for overdose og abstinens.
swi007-example = metadon → buprenorfin poliklinisk
swi007-not-when = bytter under innleggelse, bytter innen samme gruppe

## SWI008: mikrooppstart.

swi008-message = mikrooppstart: { $med }{ $dose } startet { $date } sammen med { $prev }
swi008-dose = { " " }{ $dose } mg
swi008-suggestion = la den fulle agonisten ligge stabilt mens de overlapper, og øk buprenorfin trinnvis
swi008-grades = til informasjon
swi008-summary = en byttepisode i buprenorfingruppen der første dose er høyst 1 mg og tas en dag med en dose full agonist: en planlagt mikrooppstart
swi008-why = Mikrooppstart lar den fulle agonisten overlappe med vilje; SWI001 og SWI002 ville vært falske alarmer.
swi008-example = metadon 60 mg videreført mens buprenorfin starter med 0,5 mg
swi008-not-when = første doser over terskelen, eller uten full agonist den dagen
