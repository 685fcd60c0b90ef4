# Bokmål: larcheck plan (issue 20). Apotekets utleveringsplan. Ordvalg: locales/glossary.toml.

## Feil (avslutningskode 2).

plan-bad-out = --out må slutte på .html (eller være - for standard utdata): { $path }
plan-weeks = --weeks må være 1 til { $max } (fikk { $weeks })
plan-always-closed = apoteket kan ikke være stengt alle ukedager; oppgi dagene det er stengt
plan-ended = behandlingen ble avsluttet { $date }; det er ingen dose å levere ut
plan-ended-phase = behandlingen er avsluttet; det er ingen dose å levere ut
plan-no-dose = ingen planlagt eller registrert dose { $med } å levere ut; legg [[plan]] (eller depotinjeksjonene) inn i saken

## Planen.

plan-title = Utleveringsplan: { $id } · { $medication } · { $from } til { $to } ({ $weeks ->
    [one] 1 uke
   *[other] { $weeks } uker
}) · { $regime }
plan-regime-depot = Depotbuprenorfin: injeksjoner når de forfaller, eventuell sublingval dose under påsyn. Vurderes igjen innen { $review }.
plan-closed = Apoteket stengt: { $days }.
plan-closed-none = åpent alle dager
plan-closed-day = apoteket stengt
plan-contact = KONTAKT LAR-LEGEN FØR FØRSTE UTLEVERING: apoteket er stengt ({ $closed }), og ordningen ({ $regime }) tillater ikke flere doser til hjemmebruk; { $count ->
    [one] 1 dag er
   *[other] { $count } dager er
} ikke ordnet: { $dates }. Planen leverer ikke ut disse dosene: avtal inntak under påsyn et annet sted (vaktapotek, klinikken) eller en beslutning fra LAR-legen.
plan-contact-injection = KONTAKT LAR-LEGEN FØR FØRSTE UTLEVERING: { $count ->
    [one] 1 dag er
   *[other] { $count } dager er
} ikke ordnet: { $dates } (apoteket er stengt: { $closed }; ordning: { $regime }). En depotinjeksjon som forfaller på en stengt dag flyttes ikke av planen: LAR-legen bestemmer dagen.
plan-col-date = dato
plan-col-day = dag
plan-col-dose = dose
plan-col-intake = inntak
plan-col-hand-out = utleveres til hjemmebruk
plan-mg = { $mg } mg
plan-morning = morgen { $mg }
plan-evening = kveld { $mg }
plan-injection = injeksjon { $mg }
plan-none-off-day = ingen dose (fridag)
plan-none-ended = ingen dose (behandlingen avsluttet)
plan-none-depot = ingen dose (depot)
plan-none-planned = INGEN DOSE PLANLAGT
plan-supervised = under påsyn
plan-take-home = til hjemmebruk (fra { $pickup })
plan-given-injection = injeksjon under påsyn
plan-not-arranged = IKKE ORDNET: kontakt LAR-legen
plan-early-pickup = Utlevert { $date }, før planen starter: { $doses }.
plan-note-evening = Depotmorfin (12 t): kveldsdosen utleveres til hjemmebruk ved hvert inntak under påsyn om morgenen; skal også kveldsdosen tas under påsyn, avtal det med LAR-legen.
plan-note-starts-at-counter = Planen starter med inntak under påsyn den første dagen: hva som ble utlevert før den, står ikke i saken.
plan-note-injection-overdue = Depotinjeksjonen forfalt før planen starter: den er satt opp den første dagen; kontakt LAR-legen (MIS004).
plan-note-continued = Doser fra [[plan]] til og med { $date }; etter det fortsetter den siste planlagte dosen (en resept står til den endres).
plan-note-current-dose = Ingen [[plan]] i saken: dagens dose fortsetter hver dag.
plan-note-not-planned = INGEN DOSE PLANLAGT markerer en dag inne i planen som ingen [[plan]] dekker (en nulldag, eller et hull å spørre LAR-legen om).
plan-wd-mon = man
plan-wd-tue = tir
plan-wd-wed = ons
plan-wd-thu = tor
plan-wd-fri = fre
plan-wd-sat = lør
plan-wd-sun = søn
plan-day-monday = mandag
plan-day-tuesday = tirsdag
plan-day-wednesday = onsdag
plan-day-thursday = torsdag
plan-day-friday = fredag
plan-day-saturday = lørdag
plan-day-sunday = søndag
plan-regime-relax = Ordning: pasientens egen, slik den er registrert. Forslaget til utlevering tillater ett trinn lettere, { $proposed }; planen endres når LAR-legen registrerer det i [pickup]. Vurderes igjen innen { $review }.
plan-take-home-today = til hjemmebruk
plan-regime-keep = Ordning: pasientens egen; forslaget til utlevering beholder den. Vurderes igjen innen { $review }.
plan-regime-hold = Ordning: pasientens egen; forslaget til utlevering holder den (ingen lemping nå). Vurderes igjen innen { $review }.
plan-regime-tighten = Ordning: STRAMMET INN slik forslaget til utlevering sier, fra planens første dag; LAR-legen bekrefter. Vurderes igjen innen { $review }.
plan-regime-unknown = Ordning: ingen [pickup] registrert, derfor trinnet i forslaget til utlevering; LAR-legen bestemmer. Vurderes igjen innen { $review }.
plan-open-every-day = Apoteket er åpent alle dager.
plan-totals = Sum: { $planned } mg planlagt = { $supervised } mg under påsyn ({ $intakes ->
    [one] 1 inntak
   *[other] { $intakes } inntak
}) + { $take_home } mg til hjemmebruk ({ $doses ->
    [one] 1 dose
   *[other] { $doses } doser
})
plan-totals-injected = { " " }+ { $mg } mg injisert
plan-totals-not-arranged = { " " }+ { $mg } mg IKKE ORDNET ({ $doses ->
    [one] 1 dose
   *[other] { $doses } doser
})
plan-hand-out-head = utleveres:
plan-depot-words = { $product ->
    [weekly] ukentlig
   *[other] månedlig
} depotinjeksjon hver { $days }. dag, eventuell sublingval dose under påsyn
