# Bokmål: taper. Ordvalg: locales/glossary.toml.

## TAP001: for rask nedtrapping.

tap001-message = { $med } redusert { $sum } mg innen 7 dager ({ $span }{ $planned }, fra { $from } mg); høyst { $limit } mg per uke ({ $percent } % eller { $min_step } mg){ $others }
tap001-planned = , planlagt
tap001-others =
    ; { $n ->
        [one] 1 reduksjon
       *[other] { $n } reduksjoner
    } i denne nedtrappingen ({ $span })
tap001-suggestion = trapp ned langsommere (omtrent 10 % av dosen per uke), og la pasienten ta pause eller gå opp igjen når som helst
tap001-grades = advarsel
tap001-summary = de medregnede reduksjonene på 7 dager er til sammen mer enn det største av 10 % av dosen før dem og minste trinn; ett funn per nedtrapping (reduksjonene av ett legemiddel uten økning mellom dem), med 7-dagersvinduet med størst overskridelse
tap001-why = Rask nedtrapping ender i tilbakefall, og tilbakefall etter tapt toleranse ender i overdose.
tap001-example = metadon 80 → 60 mg innen en uke (høyst 8 mg)
tap001-not-when = reduksjoner av det gamle legemidlet som hører til et bytte, første dose etter uteblitte dager

## TAP002: oppfølging etter avsluttet behandling.

tap002-message =
    behandlingen ble avsluttet { $date } ({ $ago }); følg opp tett i { $days ->
        [one] 1 dag
       *[other] { $days } dager
    } etter siste dose
tap002-suggestion = toleransen faller: avtal oppfølgingstime, gi nalokson nesespray og en vei tilbake til behandling
tap002-grades = advarsel
tap002-summary = fase `ended`, og `treatment.ended` er i løpet av de siste 28 dagene
tap002-why = Ukene etter siste dose har høyest risiko for overdose; retningslinjen ber om tett oppfølging i 4 uker.
tap002-example = nedtrappingen ble avsluttet for 10 dager siden
tap002-not-when = mer enn 28 dager etter avslutning

## PRG001: reduksjon utenfor uke 14-32.

prg001-reduction = { $date } i uke { $week } ({ $from }→{ $to } mg)
prg001-message =
    gravid (uke { $week }): { $n ->
        [one] 1 reduksjon
       *[other] { $n } reduksjoner
    } utenfor uke { $first }+0 til { $last }+6: { $list }
prg001-suggestion = la dosen ligge stabilt utenfor uke { $first }-{ $last }; abstinens skader fosteret; øk dosen hvis abstinens oppstår
prg001-grades = advarsel
prg001-summary = gravid, og en reduksjon i dette svangerskapet faller utenfor svangerskapsuke 14+0 til 32+6
prg001-why = Abstinens tidlig i svangerskapet gir risiko for spontanabort, og sent i svangerskapet for prematur fødsel og truende fosterasfyksi.
prg001-example = en metadonreduksjon i uke 36
prg001-not-when = ikke gravid, reduksjoner i uke 14-32

## PRG002: for rask nedtrapping i svangerskapet.

prg002-message =
    gravid (uke { $week }): { $med } redusert { $sum } mg innen 7 dager ({ $span }); grensen { $setting ->
        [inpatient] under innleggelse
       *[other] poliklinisk
    } er { $limit } mg per uke
prg002-suggestion = reduser langsommere; i svangerskapet skal nedtrapping gå langsomt, og stanses ved tegn på abstinens
prg002-grades = advarsel
prg002-summary = gravid, og reduksjonene i dette svangerskapet på 7 dager er til sammen mer enn ukegrensen
prg002-why = Retningslinjen for gravide tillater bare langsomme reduksjoner, raskere under innleggelse enn poliklinisk.
prg002-example = metadon redusert 15 mg på en uke poliklinisk (grense 10 mg)
prg002-not-when = langsomme reduksjoner; morfin (ingen grense satt; TAP001 gjelder fortsatt)

## PRG003: oppfølging i svangerskapet.

prg003-message = gravid (uke { $week }) med { $med }: oppfølging av svangerskapsteamet (TSB med svangerskapsomsorgen); ikke press på nedtrapping (hennes valg, bare i uke { $first }-{ $last }); plan for den nyfødte (neonatal abstinens){ $late }
prg003-late = ; fra uke { $third } kan dosen måtte økes eller deles (f.eks. 2/3 om morgenen, 1/3 om kvelden)
prg003-suggestion-late = kontroller svangerskapsteamets oppfølging og planen for fødselen og den nyfødte; spør om abstinens om kvelden: del eller øk dosen heller enn å trappe ned
prg003-suggestion = kontroller at svangerskapsteamet (TSB med svangerskapsomsorgen) følger henne opp, og at det lages en plan for den nyfødte; ikke press på nedtrapping
prg003-grades = til informasjon
prg003-summary = gravid (`pregnancy_week` oppgitt): oppfølging av svangerskapsteamet, ikke press på nedtrapping, plan for den nyfødte; fra uke 28 i metadongruppen kan dosen måtte økes eller deles
prg003-why = Svangerskapet endrer planen: svangerskapsteamet (TSB med svangerskapsomsorgen) følger henne, nedtrapping er hennes valg og bare i uke 14-32, den nyfødte kan trenge behandling for neonatal abstinens, og sent i svangerskapet gir samme dose lavere konsentrasjon.
prg003-example = buprenorfin 8 mg i uke 24: til informasjon; metadon 90 mg i uke 30: til informasjon med merknaden om tredje trimester
prg003-not-when = ikke gravid (`pregnancy_week` mangler)

## PRG004: depot i svangerskapet.

prg004-message = gravid (uke { $week }) med depotbuprenorfin (Buvidal): lite data i svangerskapet; preparatomtalen tillater det bare hvis nytten oppveier risikoen
prg004-suggestion = drøft med svangerskapsteamet om depot skal fortsette eller byttes til sublingual buprenorfin, og skriv ned beslutningen; lag en plan for den nyfødte
prg004-grades = advarsel
prg004-summary = gravid med depotbuprenorfin (`buprenorphine-depot`)
prg004-why = Preparatomtalen for depotet har lite data i svangerskapet og tillater det bare hvis nytten oppveier risikoen; beslutningen om å fortsette eller bytte til sublingual buprenorfin tilhører svangerskapsteamet og bør skrives ned.
prg004-example = Buvidal ukentlig 16 mg i uke 18
prg004-not-when = sublingual buprenorfin eller metadongruppen i svangerskapet (bare PRG003); ikke gravid
