# Norwegian texts: larcheck schedule (issue 20).

## Errors: a request no schedule can satisfy (exit 2).

err-toml-only-schedule = `--format toml` er bare for `schedule`; de andre kommandoene skriver table eller json
sch-no-induction = ingen opptrappingsplan for { $med }: depot-buprenorfin injiseres (ukentlig eller månedlig) og 12-timers morfin gis to ganger daglig; lag slike planer for hånd
sch-not-positive = { $option } må være over 0 (fikk { $value })
sch-over-limit = { $option } { $value } er over { $rule }-grensen på { $limit } ({ $key }); ingen plan kan oppfylle det
sch-under-limit = { $option } { $value } er under { $rule }-intervallet på { $limit } dager ({ $key }); ingen plan kan oppfylle det
sch-too-long = planen ville ta { $days } dager, mer enn { $max }; be om større steg eller færre dager mellom dem
sch-flagged = intern feil: planen som ble laget ville blitt flagget av { $codes }; den skrives ikke ut (meld fra om dette)

## The table.

sch-induction-title = Opptrapping: { $med } til { $target } mg fra { $start }, { $setting ->
    [inpatient] døgnenhet
   *[other] poliklinisk
}
sch-col-from = fra
sch-col-to = til
sch-col-days = dager
sch-col-mg = mg/dag
sch-col-mg-dose = mg
sch-col-intake = inntak
sch-col-step = steg
sch-supervised = under påsyn
sch-take-home = til hjemmebruk
sch-step = { $step ->
    [first-day] første dag
    [increase] økning
    [hold] uendret
    [reduce] reduksjon
    [last-dose] siste dose
    [zero-day] nulldag, ingen dose
    [switch] første dose
    [restart] dose ved gjenopptak
    [injection] injeksjon
   *[target] måldose
}
sch-induction-reached = Måldosen nås { $date } (dag { $days }).
sch-checked = Kontrollert mot reglene som gjelder: ingen { $families }-funn.
sch-checked-info = Kontrollert mot reglene som gjelder: ingen { $families }-advarsel eller kritisk funn; info som planen er ment å gi: { $info }.
sch-checked-restart = Kontrollert i saksfilen: planen gir ingen nye { $families }-funn (MIS001 er selve oppholdet).
sch-paste = `--format toml` skriver planen som [[plan]]-oppføringer til saksfilen. Verktøyet gir råd; legen bestemmer.

## Taper, switch, restart (issue 20, items 2-4).

sch-not-below = { $option } { $value } er ikke under dosen nå ({ $from } mg); en nedtrapping går nedover
sch-no-pair = ingen nasjonal byttemodell fra { $from } til { $to }{ $micro ->
    [yes] {" "}som mikrooppstart (bare metadon eller levometadon til sublingval buprenorfin)
   *[other] {""}
}; modellene: metadon → buprenorfin (eller --micro), buprenorfin → metadon, sublingval → depot-buprenorfin, metadon ↔ levometadon, metadon → morphine-sr-24h
sch-pregnancy-window = nedtrappingen får ikke plass i svangerskapsuke { $first }-{ $last } (PRG001, prg001.first_week/last_week): den ville trenge uke { $week }; be om høyere --to-mg eller start tidligere
sch-no-band = ingen { $product } depotdose passer til sublingval { $mg } mg (SWI003, swi003.band); velg det andre produktet
sch-no-missed-run = ingen oppholdsperiode før as_of som MIS001 gir råd om: ingen ny oppstart trengs
sch-other-medication = neste dose er et annet legemiddel, så MIS001 gir ingen dose: planlegg en ny opptrapping (schedule induction) eller et bytte (schedule switch)
sch-taper-title = Nedtrapping: { $med } { $from } → { $to } mg fra { $start }, { $setting ->
    [inpatient] døgnenhet
   *[other] poliklinisk
}
sch-switch-title = Bytte: { $from } { $mg } mg → { $to }{ $micro ->
    [yes] {" "}(mikrooppstart)
   *[other] {""}
} fra { $start }, { $setting ->
    [inpatient] døgnenhet
   *[other] poliklinisk
}
sch-restart-title = Gjenopptak etter opphold: { $id }, { $med }, fra { $date }
sch-col-medication = legemiddel
sch-taper-ended = Siste dose fra { $last } til { $date }: behandlingen avsluttes etter { $date }.
sch-switch-reached = Måldosen nås { $date } (dag { $days }): { $med }.
sch-note-follow-up = TAP002: tett oppfølging i { $days } dager etter siste dose ({ $ended }), til { $until }; rask vei tilbake ved tilbakefall.
sch-note-naloxone = ODR002: nalokson nesespray med hjem, og en samtale om lavere toleranse (WHO 2014).
sch-note-stable = N22-NED: neste reduksjon først når pasienten er stabil på dosen, uten abstinens eller sterkt sug; opp igjen ved ønske. Én reduksjon i uka (TAP001 summerer alle 7 dager) er lokal standardverdi.
sch-note-pregnancy = PRG001/PRG002: reduksjon bare i svangerskapsuke { $first }-{ $last }, { $limited ->
    [yes] høyst { $limit } mg i løpet av 7 dager
   *[other] i TAP001-takt (PRG002 har ingen grense for morfin)
}; stopp nedtrappingen ved ønske, plagsom abstinens eller funn hos fosteret (P11-NED).
sch-note-cows = DOS008: første buprenorfindose tidligst { $hours } timer etter siste dose { $from } ({ $last }) og med COWS minst { $cows }; skriv [induction] last_opioid, last_opioid_at, first_dose_at og cows i saksfilen.
sch-note-observe = Nasjonal tabell (NO-GL-2022 gjengitt i TSK-2024; dosing.md §4.2): observer { $agonist } min etter hver dose fullagonist og { $bup } min etter hver buprenorfindose.
sch-note-micro = SWI008: mikrooppstart (Bern-metoden, HAMMIG; 0,5 mg dag 1 som JABFM; doblet hver dag med høyst DOS002-steget: lokal standardverdi); fullagonisten gis uendret til { $last } og stoppes når buprenorfin når måldosen.
sch-note-observe-methadone = N10-V11: observer minst 2 timer etter metadondosen dag 3-7 og snakk med pasienten daglig; ved sedasjon langsommere opptrapping (+10 mg annenhver dag).
sch-note-next-injection = Neste injeksjon skal gis { $date } (SPC Buvidal).
sch-note-ratio = { $rule }: ingen dose { $med } over { $most } mg dag 1-14 (omregningsgrensen fra { $from }; { $rule ->
    [SWI004] RELIS-LEVO, SE-LEVO 2:1
   *[other] DE-SUBSTITOL, aldri over 1:8; start på 4 × som IDWIKI-SROM, mål 1:6 som DE-SUBSTITOL
}); juster etter abstinens eller sedasjon under den.
sch-note-missed = MIS001: { $days } dager uten dose, { $action ->
    [reduce] reduser
    [see-prescriber] til LAR-lege først
    [review] revurder
   *[re-induce] ny oppstart
}: { $same ->
    [yes] siste dose, { $last } mg, etter ny vurdering
   *[other] gi høyst { $next } mg (siste dose { $last } mg), deretter opp igjen som i tabellen
}.
sch-note-checker = { $code } (info) notert av kontrollen: ventet for denne planen.
