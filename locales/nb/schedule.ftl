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
sch-col-intake = inntak
sch-col-step = steg
sch-supervised = under påsyn
sch-take-home = til hjemmebruk
sch-step = { $step ->
    [first-day] første dag
    [increase] økning
   *[target] måldose
}
sch-induction-reached = Måldosen nås { $date } (dag { $days }).
sch-checked = Kontrollert mot reglene som gjelder: ingen { $families }-funn.
sch-paste = `--format toml` skriver planen som [[plan]]-oppføringer til saksfilen. Verktøyet gir råd; legen bestemmer.
